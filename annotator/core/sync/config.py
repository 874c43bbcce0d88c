"""The sync target a workspace is set up with: where it is and who signs in — never the secret itself."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from annotator.core.sync.target import PermanentError, require_secure_url

Kind = Literal["folder", "webdav", "s3"]
SETTING = "sync.target"
AUTO_SETTING = "sync.auto"
KINDS: tuple[Kind, ...] = ("folder", "webdav", "s3")


@dataclass(frozen=True)
class TargetConfig:
    """A folder path, a WebDAV collection URL, or an S3 bucket (with prefix, endpoint and region).

    `username` is the WebDAV user or the S3 access key id; the password or secret key lives in the
    system keyring (see credentials.py), never here.
    """

    kind: Kind
    location: str
    username: str = ""
    endpoint: str = ""
    region: str = ""

    @property
    def key(self) -> str:
        """A stable id of this target, for the keyring entry and the sync journal."""
        text = "\n".join((self.kind, self.location, self.username, self.endpoint))
        return f"{self.kind}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"

    @property
    def needs_secret(self) -> bool:
        """True when signing in takes a password or secret key (a folder never does)."""
        return self.kind != "folder" and bool(self.username)

    @property
    def bucket_and_prefix(self) -> tuple[str, str]:
        """For S3: the bucket and the key prefix of `s3://bucket/prefix`."""
        parts = urlsplit(self.location)
        return parts.netloc, parts.path.strip("/")

    def describe(self) -> str:
        """One line for people: what and where, without any secret."""
        if self.kind == "folder":
            return f"folder {self.location}"
        if self.kind == "webdav":
            return f"WebDAV {self.location}" + (f" as {self.username}" if self.username else "")
        return f"S3 {self.location}" + (f" at {self.endpoint}" if self.endpoint else "")

    def to_json(self) -> dict[str, Any]:
        """The stored form (workspace setting `sync.target`)."""
        return asdict(self)


def target_config(
    location: str, *, kind: Kind | None = None, username: str = "", endpoint: str = "", region: str = ""
) -> TargetConfig:
    """A checked TargetConfig from what a person typed: `s3://bucket/prefix`, an https:// URL (WebDAV), or a folder.

    Refuses, with a PermanentError saying what to type instead: plain http to another machine, an
    S3 location without a bucket, a relative folder path.
    """
    text = location.strip()
    if kind is None:
        kind = "s3" if text.startswith("s3://") else "webdav" if text.startswith(("http://", "https://")) else "folder"
    if kind == "folder":
        if text.startswith("file://"):
            text = unquote(urlsplit(text).path)
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise PermanentError(f"{location!r}: give the sync folder as a full path (e.g. /media/usb/annotator)")
        return TargetConfig("folder", str(path))
    if kind == "webdav":
        require_secure_url(text)
        return TargetConfig("webdav", text if text.endswith("/") else text + "/", username=username.strip())
    if kind == "s3":
        try:
            parts = urlsplit(text)
        except ValueError as exc:  # "s3://[": urlsplit refuses a bracket left open
            raise PermanentError(f"{location!r}: give S3 storage as s3://bucket or s3://bucket/prefix") from exc
        if parts.scheme != "s3" or not parts.netloc:
            raise PermanentError(f"{location!r}: give S3 storage as s3://bucket or s3://bucket/prefix")
        if endpoint:
            require_secure_url(endpoint)
        prefix = parts.path.strip("/")
        return TargetConfig(
            "s3",
            f"s3://{parts.netloc}/{prefix}" if prefix else f"s3://{parts.netloc}",
            username=username.strip(),
            endpoint=endpoint.strip(),
            region=region.strip(),
        )
    raise PermanentError(f"unknown sync target kind {kind!r} (one of {', '.join(KINDS)})")


def config_from_json(value: Any) -> TargetConfig | None:
    """The stored config, re-checked (a hand-edited setting is refused like typed input), or None."""
    if not isinstance(value, dict) or value.get("kind") not in KINDS or not isinstance(value.get("location"), str):
        return None
    fields = {name: str(value.get(name) or "") for name in ("username", "endpoint", "region")}
    return target_config(value["location"], kind=value["kind"], **fields)


def load_config(workspace: Any) -> TargetConfig | None:
    """The workspace's sync target, or None when none is set up."""
    return config_from_json(workspace.setting(SETTING))


def save_config(workspace: Any, config: TargetConfig | None) -> None:
    """Set up (or with None, forget) the workspace's sync target."""
    workspace.set_setting(SETTING, None if config is None else config.to_json())
