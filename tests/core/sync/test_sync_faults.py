"""Whole syncs when the network, the server or the local disk fails: nothing lost, nothing twice, nothing partial, and the next sync completes."""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.atomic import WriteError
from annotator.core.bundle import read_bundle
from annotator.core.sync import layout
from annotator.core.sync.gather import gather_bundles
from annotator.core.sync.journal import SyncJournal
from annotator.core.sync.retry import RetryPolicy
from annotator.core.sync.target import SyncError, Target, TransientError
from annotator.core.sync.webdav_target import WebDavTarget
from tests.core.sync.people import TARGET_KEY, Annotator, package_zip
from tests.servers.fault_proxy import FaultProxy
from tests.servers.webdav import WebDavServer, start_wsgidav

TIMEOUT = 1.0
FEW_TRIES = RetryPolicy(attempts=2, base=0.0, cap=0.0)


@dataclass
class Faulty:
    """A target reached through the fault proxy, the proxy, the method that makes an object, and a direct view."""

    target: Target
    proxy: FaultProxy
    upload: str
    direct: Target


@pytest.fixture(params=["webdav", "s3"])
def faulty(request: pytest.FixtureRequest, webdav_server: WebDavServer, webdav_collection: str) -> Iterator[Faulty]:
    if request.param == "webdav":
        path = webdav_collection[len(webdav_server.url) :]
        with FaultProxy(webdav_server.url) as proxy:
            target = WebDavTarget(proxy.url + path, timeout=TIMEOUT)
            direct = WebDavTarget(webdav_collection, timeout=5.0)
            # WebDAV makes an object with PUT (to a temporary name) then MOVE; the MOVE makes it visible.
            yield Faulty(target, proxy, "MOVE", direct)
            target.close()
            direct.close()
        return
    make = request.getfixturevalue("s3_through")
    with make(TIMEOUT) as (target, proxy, direct):
        yield Faulty(target, proxy, "PUT", direct)


def delta_names(target: Target) -> list[str]:
    return [info.name for info in target.list(layout.BUNDLES)]


def assert_nothing_partial(faulty: Faulty) -> None:
    """Every object on the target is whole: each delta reads back and checks (hash included)."""
    from annotator.core.sync.delta import decode_delta

    for name in delta_names(faulty.direct):
        document, problems = decode_delta(faulty.direct.get(name), name)
        assert problems == [] and document is not None


def working(tmp_path: Path, faulty: Faulty, items: int = 5) -> Annotator:
    faulty.direct.put("packages/p.zip", package_zip(tmp_path))
    person = Annotator(tmp_path, "ada")
    person.pull(faulty.direct)
    for number in range(items):
        person.label(f"t{number:02d}", "positive")
    return person


def lead_sees_everything(person: Annotator, faulty: Faulty, tmp_path: Path) -> None:
    gathered = gather_bundles(
        faulty.direct, person.ref.manifest, manifest_sha256=person.ref.manifest_sha256, out=tmp_path / "lead"
    )
    [bundle] = gathered.bundles
    assert read_bundle(bundle.path)["content_sha256"] == person.bundle()["content_sha256"]
    assert bundle.missing_sequences == ()


def test_errors_and_dropped_uploads_are_retried_and_nothing_is_twice(faulty: Faulty, tmp_path: Path) -> None:
    person = working(tmp_path, faulty)
    faulty.proxy.fail_next(503, count=1, method="PUT")
    faulty.proxy.fail_next(500, count=1, method=faulty.upload)
    faulty.proxy.drop_next(count=1, method="PUT", after_bytes=100)
    _plan, result = person.push(faulty.target)
    assert result.sent == 1 and result.retries >= 3
    assert len(delta_names(faulty.direct)) == 1
    assert_nothing_partial(faulty)
    lead_sees_everything(person, faulty, tmp_path)
    person.workspace.close()


def test_an_answer_lost_after_the_server_stored_the_delta_confirms_it_without_a_copy(
    faulty: Faulty, tmp_path: Path
) -> None:
    person = working(tmp_path, faulty)
    person.push(faulty.target)  # the folders exist now: the next upload's first try reaches its place
    person.label("t08", "negative")
    faulty.proxy.drop_response_next(count=1, method=faulty.upload)
    _plan, result = person.push(faulty.target)
    assert result.already_there == 1 and result.sent == 0
    assert len(delta_names(faulty.direct)) == 2
    assert SyncJournal(person.workspace).pending(TARGET_KEY, "team-pkg") == []
    lead_sees_everything(person, faulty, tmp_path)
    person.workspace.close()


def test_slow_answers_past_the_timeout_are_tried_again(faulty: Faulty, tmp_path: Path) -> None:
    person = working(tmp_path, faulty)
    faulty.proxy.delay_next(TIMEOUT * 2.5, count=1, method=faulty.upload)
    _plan, result = person.push(faulty.target)
    assert result.retries >= 1
    assert len(delta_names(faulty.direct)) == 1
    assert_nothing_partial(faulty)
    person.workspace.close()


def test_a_server_failing_the_whole_sync_leaves_the_work_pending_and_the_next_sync_completes(
    faulty: Faulty, tmp_path: Path
) -> None:
    person = working(tmp_path, faulty)
    faulty.proxy.fail_next(500, count=10_000)
    with pytest.raises(TransientError):
        person.push(faulty.target, policy=FEW_TRIES)
    journal = SyncJournal(person.workspace)
    [pending] = journal.pending(TARGET_KEY, "team-pkg")
    assert journal.confirmed_revision(TARGET_KEY, "team-pkg") == 0, "not marked synced"
    faulty.proxy.reset()
    assert delta_names(faulty.direct) == []
    person.label("t07", "negative")
    _plan, result = person.push(faulty.target)
    assert result.sent == 2, "the pending delta, then what changed since"
    assert delta_names(faulty.direct)[0].endswith(pending.name)
    lead_sees_everything(person, faulty, tmp_path)
    person.workspace.close()


def test_a_webdav_server_killed_mid_upload_and_restarted(tmp_path: Path) -> None:
    (tmp_path / "share").mkdir()
    with start_wsgidav(tmp_path / "share") as server, FaultProxy(server.url) as proxy:
        target = WebDavTarget(proxy.url, timeout=TIMEOUT)
        direct = WebDavTarget(server.url, timeout=5.0)
        faulty = Faulty(target, proxy, "MOVE", direct)
        person = working(tmp_path, faulty, items=12)
        # The upload is held in the proxy while the server is killed under it.
        proxy.delay_next(0.6, count=1, method="PUT")
        killer = threading.Timer(0.2, server.stop)
        killer.start()
        with pytest.raises(TransientError):
            person.push(target, policy=FEW_TRIES)
        killer.join()
        server.restart()
        assert delta_names(direct) == []
        _plan, result = person.push(target)
        assert result.sent == 1 and len(delta_names(direct)) == 1
        lead_sees_everything(person, faulty, tmp_path)
        person.workspace.close()
        target.close()
        direct.close()


def test_a_full_local_disk_while_pulling_keeps_the_old_file_and_the_next_pull_completes(
    folder_target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    person = Annotator(tmp_path, "ada")
    person.pull(folder_target)
    folder_target.put(layout.feedback_folder("team-pkg", "ada") + "review-1.json", b'{"round": 1}')
    from annotator.core.sync import pull as pull_module

    real = pull_module.write_atomic

    def full(path: Path, data: bytes) -> None:
        raise WriteError(path, "cannot write (No space left on device)", errno.ENOSPC)

    monkeypatch.setattr(pull_module, "write_atomic", full)
    with pytest.raises(WriteError, match="No space left"):
        person.pull(folder_target)
    assert (person.inbox / "packages" / "p.zip").read_bytes() == folder_target.get("packages/p.zip")
    assert not (person.inbox / "feedback").exists() or not any((person.inbox / "feedback").rglob("*.json"))
    monkeypatch.setattr(pull_module, "write_atomic", real)
    result = person.pull(folder_target)
    assert [path.name for path in result.new] == ["review-1.json"]
    person.workspace.close()


def test_a_full_local_disk_while_recording_a_delta_sends_nothing_and_the_next_sync_completes(
    folder_target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder_target.put("packages/p.zip", package_zip(tmp_path))
    person = Annotator(tmp_path, "ada")
    person.pull(folder_target)
    person.label("t01", "positive")

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SyncJournal, "add", full)
    with pytest.raises(SyncError, match="disk is full"):
        person.push(folder_target)
    assert delta_names(folder_target) == []
    monkeypatch.undo()
    _plan, result = person.push(folder_target)
    assert result.sent == 1
    person.workspace.close()
