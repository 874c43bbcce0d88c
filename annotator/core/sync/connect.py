"""A Target object for a TargetConfig and its secret."""

from __future__ import annotations

from pathlib import Path

from annotator.core.sync.config import TargetConfig
from annotator.core.sync.target import PermanentError, Target


def open_target(config: TargetConfig, secret: str | None = None, *, timeout: float = 30.0) -> Target:
    """Connect nothing yet: build the target for `config` (its check() tests the connection)."""
    if config.needs_secret and not secret:
        raise PermanentError(f"{config.describe()}: a password or secret key is needed")
    if config.kind == "folder":
        from annotator.core.sync.folder_target import FolderTarget

        return FolderTarget(Path(config.location))
    if config.kind == "webdav":
        from annotator.core.sync.webdav_target import WebDavTarget

        return WebDavTarget(config.location, username=config.username, password=secret or "", timeout=timeout)
    from annotator.core.sync.s3_target import S3Target

    bucket, prefix = config.bucket_and_prefix
    return S3Target(
        bucket,
        prefix=prefix,
        endpoint_url=config.endpoint or None,
        region=config.region or None,
        access_key=config.username,
        secret_key=secret or "",
        timeout=timeout,
    )
