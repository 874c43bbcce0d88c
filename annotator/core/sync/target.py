"""The one small interface every sync target has (list, get, put-if-absent, put, delete) and its errors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from annotator.core.errors import AnnotatorError

# Object names are relative POSIX paths of safe segments: letters, digits, '.', '_', '-' (no '..',
# no leading dot, no empty segment). Every name the layout makes fits; a listed name that does not is
# skipped by the engine, so a stray file on a shared drive can never steer a path. Segments that
# Windows, FAT or SMB drives cannot hold (a trailing dot, CON, nul.json, ...) are refused too, since a
# sync folder is often such a drive.
_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
)


def _is_segment(part: str) -> bool:
    return bool(_SEGMENT.match(part)) and not part.endswith(".") and part.split(".")[0].lower() not in _WINDOWS_RESERVED


def is_object_name(name: str) -> bool:
    """True for a name a target may hold: '/'-separated safe segments that every file system can store."""
    return 0 < len(name) <= 1024 and all(_is_segment(part) for part in name.split("/"))


def check_object_name(name: str) -> str:
    """`name`, or ValueError: targets never build a path or URL from anything else."""
    if not is_object_name(name):
        raise ValueError(f"{name!r} is not a sync object name (safe '/'-separated segments only)")
    return name


@dataclass(frozen=True)
class ObjectInfo:
    """One object on a target: its name (relative to the target's root), size in bytes, and change tag.

    `tag` changes whenever the object's bytes do (an S3 or WebDAV ETag; a folder's size and
    modification time), so a pull can skip what it already has without downloading it; '' when
    the target cannot tell.
    """

    name: str
    size: int
    tag: str = ""


class SyncError(AnnotatorError):
    """A target could not do what was asked; `str()` says which target, which object, and why."""


class TransientError(SyncError):
    """Worth another try: the connection dropped or timed out, the server answered 5xx or 429."""


class PermanentError(SyncError):
    """Another try would fail the same way: wrong credentials, no permission, no such bucket or folder."""


class NotFoundError(PermanentError):
    """The object asked for does not exist on the target."""


class Target(Protocol):
    """A place bundles go to and packages come from. Every method is safe to call again after a failure.

    Names are `check_object_name` names. No partial object is ever visible under its name: a target
    writes under a temporary name and renames, or (S3) makes the object whole in one request.
    """

    description: str  # e.g. "WebDAV https://cloud.example.org/remote.php/dav/files/ada/annotator"

    def list(self, prefix: str) -> list[ObjectInfo]:
        """Every object whose name starts with `prefix` ('' for all; 'a/b/' for a folder), sorted by name."""
        ...

    def get(self, name: str) -> bytes:
        """The whole object; NotFoundError if there is none."""
        ...

    def put_if_absent(self, name: str, data: bytes) -> bool:
        """Create the object; False (nothing written) if one of that name already exists. Never overwrites.

        (A folder on a drive without hard links — FAT, exFAT, SMB — checks, then renames: two writers
        racing for one name there could both succeed. Our names hold their content's hash, so both
        would write the same bytes.)
        """
        ...

    def put(self, name: str, data: bytes) -> None:
        """Create or replace the object: readers never see a mix of old and new bytes.

        (On WebDAV a replacing MOVE may delete before it renames, so a reader can briefly find none.)
        """
        ...

    def delete(self, name: str) -> None:
        """Remove the object; no error if it is already gone."""
        ...

    def check(self) -> None:
        """Test the connection and permissions (list the root, write and remove a probe); SyncError if not."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def require_secure_url(url: str) -> str:
    """`url` if it is https, or http to this machine only (tests, a local proxy); PermanentError otherwise.

    Credentials and results never cross a network in clear text: plain http is refused for any
    other host, whatever the user typed.
    """
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError as exc:  # "http://[::1": urlsplit refuses a bracket left open
        raise PermanentError(f"{url!r} is not a valid address ({exc})") from exc
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and _is_loopback(parts.hostname):
        return url
    if parts.scheme == "http":
        raise PermanentError(f"{url}: plain http is allowed only to this machine (127.0.0.1); use https://")
    raise PermanentError(f"{url!r} is not an https:// address")


def _is_loopback(host: str | None) -> bool:
    import ipaddress

    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False
