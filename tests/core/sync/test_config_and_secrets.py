"""Target set-up: what people type becomes a checked config; secrets go to the keyring or the session, never the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from annotator.core.sync.config import config_from_json, load_config, save_config, target_config
from annotator.core.sync.credentials import CredentialStore
from annotator.core.sync.layout import delta_object, package_segment, parse_delta_place
from annotator.core.sync.retry import RetryPolicy, with_retries
from annotator.core.sync.target import PermanentError, TransientError, check_object_name, require_secure_url
from annotator.core.workspace import Workspace

SECRET = "correct-horse-battery-staple-7f3a"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend class (the keyring API), holding passwords in a dict like an OS keyring would."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.mark.parametrize(
    ("typed", "kind", "location"),
    [
        ("/media/usb/annotator", "folder", "/media/usb/annotator"),
        ("file:///srv/share/team%20a", "folder", "/srv/share/team a"),
        (
            "https://cloud.example.org/remote.php/dav/files/ada/annotator",
            "webdav",
            "https://cloud.example.org/remote.php/dav/files/ada/annotator/",
        ),
        ("http://127.0.0.1:8080/dav", "webdav", "http://127.0.0.1:8080/dav/"),
        ("s3://team-bucket/round-3/", "s3", "s3://team-bucket/round-3"),
        ("s3://team-bucket", "s3", "s3://team-bucket"),
    ],
)
def test_typed_locations_become_configs(typed: str, kind: str, location: str) -> None:
    config = target_config(typed)
    assert (config.kind, config.location) == (kind, location)
    assert config_from_json(config.to_json()) == config


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("http://cloud.example.org/dav", "plain http is allowed only to this machine"),
        ("relative/folder", "full path"),
        ("s3://", "s3://bucket"),
        ("ftp://example.org/x", "folder"),
    ],
)
def test_unsafe_or_unclear_locations_are_refused_saying_what_to_type(typed: str, says: str) -> None:
    with pytest.raises(PermanentError, match=says):
        target_config(typed)


def test_an_s3_endpoint_must_be_https_unless_it_is_this_machine() -> None:
    with pytest.raises(PermanentError, match="plain http"):
        target_config("s3://b", endpoint="http://minio.example.org:9000")
    assert target_config("s3://b", endpoint="http://127.0.0.1:9000").endpoint == "http://127.0.0.1:9000"
    assert require_secure_url("https://s3.example.org") == "https://s3.example.org"


def test_object_names_never_steer_a_path() -> None:
    for bad in ("../x", "a/../b", "/abs", "a//b", ".hidden", "a/.tmp", "a b", "é", ""):
        with pytest.raises(ValueError):
            check_object_name(bad)
    assert package_segment("team:round-2") != package_segment("team_round-2"), "':' never merges two packages"
    name = delta_object("team:round-2", "ada", "00000001-0123456789abcdef.delta.json")
    place = parse_delta_place(name)
    assert place is not None and place.annotator == "ada" and place.package_segment == package_segment("team:round-2")


def test_the_workspace_file_holds_no_secret_after_a_target_is_set_up(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    with Workspace.open(tmp_path / "ws") as workspace:
        config = target_config("https://cloud.example.org/remote.php/dav/files/ada/annotator", username="ada")
        save_config(workspace, config)
        store = CredentialStore(keyring)
        assert store.set(config, SECRET) == "keyring"
        assert load_config(workspace) == config
        assert CredentialStore(keyring).get(config) == SECRET, "a new session finds it in the keyring"
        raw = b"".join(path.read_bytes() for path in (tmp_path / "ws").iterdir() if path.is_file())
    raw += b"".join(path.read_bytes() for path in (tmp_path / "ws").iterdir() if path.is_file())
    assert b"cloud.example.org" in raw, "the scan reads what the workspace stores"
    assert SECRET.encode() not in raw and SECRET.encode("utf-16-le") not in raw


def test_without_a_keyring_the_secret_lives_for_the_session_only(tmp_path: Path) -> None:
    config = target_config("s3://bucket", username="AKIAEXAMPLE", endpoint="https://s3.example.org")
    session = CredentialStore(None)
    assert not session.persistent
    assert session.set(config, SECRET) == "session"
    assert session.get(config) == SECRET
    assert CredentialStore(None).get(config) is None, "the next session asks again"
    session.forget(config)
    assert session.get(config) is None


def test_the_default_store_uses_no_keyring_when_the_system_has_none() -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not CredentialStore().persistent
    finally:
        keyring.set_keyring(previous)


def test_retries_back_off_with_jitter_and_stop_at_permanent_errors() -> None:
    waits: list[float] = []
    calls = iter([TransientError("503"), TransientError("dropped"), "done"])

    def flaky() -> str:
        value = next(calls)
        if isinstance(value, Exception):
            raise value
        return value

    policy = RetryPolicy(attempts=5, base=0.5, cap=1.5)
    assert with_retries(flaky, policy=policy, sleep=waits.append, draw=lambda: 1.0) == "done"
    assert waits == [0.5, 1.0]
    assert policy.delay(5, lambda: 1.0) == 1.5, "capped"
    assert policy.delay(3, lambda: 0.25) == pytest.approx(0.375), "full jitter: a random share of the capped wait"

    def refused() -> None:
        raise PermanentError("401")

    waits.clear()
    with pytest.raises(PermanentError):
        with_retries(refused, policy=policy, sleep=waits.append)
    assert waits == []

    def down() -> None:
        raise TransientError("down")

    with pytest.raises(TransientError):
        with_retries(down, policy=policy, sleep=waits.append, draw=lambda: 0.0)
    assert len(waits) == 4, "five attempts in all"
