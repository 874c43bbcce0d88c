"""WebDavTarget when the network or server fails: errors are transient or permanent, and nothing partial is ever visible."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from annotator.core.sync.target import NotFoundError, PermanentError, Target, TransientError
from annotator.core.sync.webdav_target import TEMP_COLLECTION, WebDavTarget
from tests.servers.fault_proxy import FaultProxy
from tests.servers.webdav import WebDavServer, start_wsgidav

TIMEOUT = 1.0
BIG = 2 * 1024 * 1024


def listed(target: Target, prefix: str = "") -> list[tuple[str, int]]:
    """(name, size) of what `target.list(prefix)` answers; tags are tested on their own."""
    return [(info.name, info.size) for info in target.list(prefix)]


@pytest.fixture
def proxy(webdav_server: WebDavServer) -> Iterator[FaultProxy]:
    with FaultProxy(webdav_server.url) as proxy:
        yield proxy


@pytest.fixture
def collection(webdav_collection: str, webdav_server: WebDavServer) -> Path:
    """The folder on the server's disk behind the test's collection."""
    return webdav_server.root / webdav_collection[len(webdav_server.url) :].rstrip("/")


@pytest.fixture
def target(proxy: FaultProxy, webdav_collection: str, webdav_server: WebDavServer) -> Iterator[WebDavTarget]:
    """A target on the test's fresh collection, reached through the fault proxy."""
    target = WebDavTarget(proxy.url + webdav_collection[len(webdav_server.url) :], timeout=TIMEOUT)
    yield target
    target.close()


def process_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_proxy_forwards_everything_when_told_nothing(target: WebDavTarget, proxy: FaultProxy) -> None:
    target.check()
    assert target.put_if_absent("a/b.json", b"1") is True
    assert listed(target, "") == [("a/b.json", 1)]
    assert set(proxy.outcomes()) == {"forwarded"}
    assert {entry.method for entry in proxy.log} >= {"PROPFIND", "MKCOL", "PUT", "MOVE", "DELETE"}


def test_the_proxy_forwards_a_chunked_upload_whole_and_keeps_heads_bodiless(
    proxy: FaultProxy, webdav_collection: str, webdav_server: WebDavServer
) -> None:
    # boto3 may send Transfer-Encoding: chunked; the proxy forwards it de-chunked with a Content-Length.
    url = proxy.url + webdav_collection[len(webdav_server.url) :] + "chunked.bin"
    with requests.Session() as session:
        assert session.put(url, data=iter([b"abc", b"", b"defgh"]), timeout=5).status_code == 201
        assert session.get(url, timeout=5).content == b"abcdefgh"
        head = session.head(url, timeout=5)
        assert (head.status_code, head.headers["Content-Length"], head.content) == (200, "8", b"")
        assert session.get(url, timeout=5).content == b"abcdefgh", "the connection is still usable after a HEAD"
    assert proxy.outcomes() == ["forwarded"] * 4


@pytest.mark.parametrize("status", [500, 502, 503, 507, 429])
def test_server_errors_and_too_many_requests_are_transient(
    target: WebDavTarget, proxy: FaultProxy, status: int
) -> None:
    proxy.fail_next(status)
    with pytest.raises(TransientError, match=rf"{target.url}: cannot list, the server answered {status}"):
        target.list("")
    assert target.list("") == []  # the next try goes through


@pytest.mark.parametrize(("status", "message"), [(403, "no permission"), (400, "400 Bad Request"), (401, "password")])
def test_refusals_are_permanent(target: WebDavTarget, proxy: FaultProxy, status: int, message: str) -> None:
    proxy.fail_next(status, method="PUT")
    with pytest.raises(PermanentError, match=message) as caught:
        target.put("a.json", b"x")
    assert not isinstance(caught.value, TransientError)
    assert target.list("") == []


def test_a_503_on_the_upload_leaves_nothing(target: WebDavTarget, proxy: FaultProxy) -> None:
    proxy.fail_next(503, method="PUT")
    with pytest.raises(TransientError, match="503"):
        target.put_if_absent("bundles/x.json", b"x")
    assert target.list("") == []
    assert target.put_if_absent("bundles/x.json", b"x") is True


def test_a_503_on_the_move_leaves_nothing_and_no_temp(
    target: WebDavTarget, proxy: FaultProxy, collection: Path
) -> None:
    proxy.fail_next(503, method="MOVE")
    with pytest.raises(TransientError, match="503"):
        target.put_if_absent("bundles/x.json", b"x")
    assert target.list("") == []
    assert list((collection / TEMP_COLLECTION).iterdir()) == [], "the temp upload was deleted"


def test_a_connection_dropped_mid_upload_leaves_nothing_visible(
    target: WebDavTarget, proxy: FaultProxy, collection: Path
) -> None:
    data = os.urandom(BIG)
    proxy.drop_next(method="PUT", after_bytes=BIG // 2)
    with pytest.raises(TransientError) as caught:
        target.put_if_absent("packages/big.zip", data)
    assert str(caught.value).startswith(f"{target.url}packages/big.zip: the connection failed (")
    assert proxy.outcomes("PUT") == ["dropped"]
    assert proxy.outcomes("MOVE") == []
    # WsgiDAV keeps the half that arrived under the temp name; the target deletes it.
    assert [entry.method for entry in proxy.log][-1] == "DELETE"
    assert list((collection / TEMP_COLLECTION).iterdir()) == []
    with pytest.raises(NotFoundError):
        target.get("packages/big.zip")
    assert target.list("") == [], "no partial upload is visible anywhere"
    assert target.put_if_absent("packages/big.zip", data) is True
    assert target.get("packages/big.zip") == data
    assert listed(target, "") == [("packages/big.zip", BIG)]


def test_a_connection_dropped_before_the_move_arrives_leaves_nothing(target: WebDavTarget, proxy: FaultProxy) -> None:
    proxy.drop_next(method="MOVE")
    with pytest.raises(TransientError):
        target.put_if_absent("a/b.json", b"whole")
    assert target.list("") == []
    assert target.put_if_absent("a/b.json", b"whole") is True


def test_a_move_whose_answer_was_lost_is_found_done_on_the_retry(target: WebDavTarget, proxy: FaultProxy) -> None:
    data = os.urandom(100_000)
    target.put("a/other.json", b"so the folder exists")
    proxy.drop_response_next(method="MOVE")
    with pytest.raises(TransientError):
        target.put_if_absent("a/b.bin", data)
    assert proxy.outcomes("MOVE")[-1] == "response dropped"
    assert target.put_if_absent("a/b.bin", data) is False, "it exists: the caller compares the bytes"
    assert target.get("a/b.bin") == data


def test_a_replace_whose_answer_was_lost_can_simply_be_repeated(target: WebDavTarget, proxy: FaultProxy) -> None:
    target.put("state.json", b"old")
    proxy.drop_response_next(method="MOVE")
    with pytest.raises(TransientError):
        target.put("state.json", b"new")
    target.put("state.json", b"new")
    assert target.get("state.json") == b"new"


def test_a_lost_answer_to_a_get_is_transient(target: WebDavTarget, proxy: FaultProxy) -> None:
    target.put("a.json", b"1")
    proxy.drop_response_next(method="GET")
    with pytest.raises(TransientError):
        target.get("a.json")
    assert target.get("a.json") == b"1"


def test_an_answer_slower_than_the_timeout_is_transient(target: WebDavTarget, proxy: FaultProxy) -> None:
    proxy.delay_next(TIMEOUT * 3, method="PROPFIND")
    with pytest.raises(TransientError, match=f"no answer from the server within {TIMEOUT:g} s"):
        target.list("")
    assert target.list("") == []


def test_an_answer_within_the_timeout_is_fine(target: WebDavTarget, proxy: FaultProxy) -> None:
    proxy.delay_next(TIMEOUT / 10, count=2)
    target.put("a.json", b"1")
    assert proxy.outcomes()[:2] == ["delayed", "delayed"]


def test_faults_count_down_per_method(target: WebDavTarget, proxy: FaultProxy) -> None:
    proxy.fail_next(500, count=2, method="GET")
    target.put("a.json", b"1")
    for _ in range(2):
        with pytest.raises(TransientError):
            target.get("a.json")
    assert target.get("a.json") == b"1"
    assert proxy.outcomes("GET") == ["failed", "failed", "forwarded"]


def test_a_server_killed_mid_run_is_transient_and_fine_once_back(tmp_path: Path) -> None:
    with start_wsgidav(tmp_path) as server:
        target = WebDavTarget(server.url, timeout=TIMEOUT)
        target.put("a/b.json", b"before")
        pid = server.pid
        assert pid is not None
        server.stop()
        assert process_is_gone(pid)
        for call in (
            lambda: target.put("a/c.json", b"during"),
            lambda: target.list(""),
            lambda: target.get("a/b.json"),
        ):
            with pytest.raises(TransientError, match="connection failed"):
                call()
        server.restart()
        assert target.put_if_absent("a/c.json", b"after") is True
        assert listed(target, "") == [("a/b.json", 6), ("a/c.json", 5)]
        target.close()
        pid = server.pid
    assert pid is not None and process_is_gone(pid)


def test_a_server_killed_mid_upload_leaves_nothing_visible(tmp_path: Path) -> None:
    with start_wsgidav(tmp_path) as server, FaultProxy(server.url) as proxy:
        target = WebDavTarget(proxy.url, timeout=TIMEOUT)
        proxy.delay_next(TIMEOUT / 2, method="PUT")  # the upload is on its way...
        failure: list[BaseException] = []

        def upload() -> None:
            try:
                target.put_if_absent("packages/p.zip", os.urandom(BIG))
            except BaseException as exc:  # handed to the test thread
                failure.append(exc)

        uploading = threading.Thread(target=upload)
        uploading.start()
        deadline = time.monotonic() + 5
        while ("MKCOL", "/.annotator-tmp/", "forwarded") not in proxy.log and time.monotonic() < deadline:
            time.sleep(0.01)
        server.stop()  # ...when the server dies
        uploading.join(5)
        assert len(failure) == 1 and isinstance(failure[0], TransientError), failure
        server.restart()
        assert target.list("") == []
        assert list((tmp_path / TEMP_COLLECTION).iterdir()) == []
        assert target.put_if_absent("packages/p.zip", b"whole") is True
        assert target.get("packages/p.zip") == b"whole"
        target.close()
