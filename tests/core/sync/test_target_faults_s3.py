"""S3Target when the network or server fails: errors are transient or permanent, and nothing partial is ever visible."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.sync.s3_target import S3Target
from annotator.core.sync.target import NotFoundError, PermanentError, Target, TransientError
from tests.core.sync.conftest import S3_BUCKET
from tests.servers.fault_proxy import FaultProxy
from tests.servers.seaweed import SeaweedServer, start_seaweedfs

TIMEOUT = 1.0
BIG = 2 * 1024 * 1024


def listed(target: Target, prefix: str = "") -> list[tuple[str, int]]:
    """(name, size) of what `target.list(prefix)` answers."""
    return [(info.name, info.size) for info in target.list(prefix)]


def process_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def proxy(s3_server: SeaweedServer) -> Iterator[FaultProxy]:
    with FaultProxy(s3_server.endpoint) as proxy:
        yield proxy


@pytest.fixture
def target(proxy: FaultProxy, s3_server: SeaweedServer) -> Iterator[S3Target]:
    """A target on a fresh prefix of the session's bucket, reached through the fault proxy."""
    target = S3Target(
        S3_BUCKET,
        prefix=f"faults-{secrets.token_hex(6)}",
        endpoint_url=proxy.url.rstrip("/"),
        access_key=s3_server.access_key,
        secret_key=s3_server.secret_key,
        timeout=TIMEOUT,
    )
    yield target
    target.close()


def test_signed_requests_pass_the_proxy_untouched(target: S3Target, proxy: FaultProxy) -> None:
    target.check()
    assert target.put_if_absent("a/b.json", b"1") is True
    assert target.get("a/b.json") == b"1"
    assert listed(target) == [("a/b.json", 1)]
    assert set(proxy.outcomes()) == {"forwarded"}
    assert {entry.method for entry in proxy.log} >= {"HEAD", "GET", "PUT", "DELETE"}


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_and_too_many_requests_are_transient(target: S3Target, proxy: FaultProxy, status: int) -> None:
    target.put("a.json", b"a")
    calls = {
        "PUT": lambda: target.put_if_absent("b.json", b"b"),
        "GET": lambda: target.get("a.json"),
        "DELETE": lambda: target.delete("a.json"),
        "HEAD": target.check,
    }
    for method, call in calls.items():
        proxy.fail_next(status, method=method)
        with pytest.raises(TransientError, match=str(status)):
            call()
    proxy.fail_next(status, method="GET")  # a LIST is a GET on the bucket
    with pytest.raises(TransientError):
        target.list("")
    assert listed(target) == [("a.json", 1)], "nothing was written or removed by a refused request"
    assert target.put_if_absent("b.json", b"b") is True, "the next try works"


@pytest.mark.parametrize("status", [400, 403, 501])
def test_refusals_and_a_missing_feature_are_permanent(target: S3Target, proxy: FaultProxy, status: int) -> None:
    proxy.fail_next(status, method="PUT")
    with pytest.raises(PermanentError, match=str(status)) as raised:
        target.put_if_absent("a.json", b"a")
    assert not isinstance(raised.value, TransientError)
    assert listed(target) == []


@pytest.mark.parametrize("conditional", [True, False], ids=["put_if_absent", "put"])
def test_an_upload_cut_mid_body_is_transient_and_leaves_no_object(
    target: S3Target, proxy: FaultProxy, conditional: bool
) -> None:
    data = os.urandom(BIG)
    proxy.drop_next(method="PUT", after_bytes=BIG // 2)
    with pytest.raises(TransientError):
        target.put_if_absent("packages/p.zip", data) if conditional else target.put("packages/p.zip", data)
    assert proxy.outcomes("PUT") == ["dropped"]
    time.sleep(0.2)  # give the server time to notice the cut connection (it must still store nothing)
    assert listed(target) == []
    with pytest.raises(NotFoundError):
        target.get("packages/p.zip")
    assert target.put_if_absent("packages/p.zip", data) is True, "the retry creates it"
    assert target.get("packages/p.zip") == data


def test_an_upload_whose_answer_is_lost_is_transient_and_the_retry_finds_it_whole(
    target: S3Target, proxy: FaultProxy
) -> None:
    data = os.urandom(BIG)
    proxy.drop_response_next(method="PUT")
    with pytest.raises(TransientError):
        target.put_if_absent("bundles/b.json", data)
    assert proxy.outcomes("PUT") == ["response dropped"]
    assert target.put_if_absent("bundles/b.json", data) is False, "it landed: the retry must not write again"
    assert target.get("bundles/b.json") == data
    assert listed(target) == [("bundles/b.json", BIG)]


def test_an_answer_slower_than_the_timeout_is_transient(target: S3Target, proxy: FaultProxy) -> None:
    target.put("a.json", b"a")
    proxy.delay_next(TIMEOUT + 1.0, method="GET")
    started = time.monotonic()
    with pytest.raises(TransientError, match="(?i)timeout|timed out"):
        target.get("a.json")
    assert time.monotonic() - started < TIMEOUT + 0.9, "the client gave up at its timeout, not the server's pace"
    assert target.get("a.json") == b"a"


def test_a_conditional_put_that_timed_out_may_still_land_and_its_retry_says_so(
    target: S3Target, proxy: FaultProxy
) -> None:
    # The proxy forwards the PUT after the client gave up: the object appears later, whole.
    proxy.delay_next(TIMEOUT + 0.3, method="PUT")
    with pytest.raises(TransientError):
        target.put_if_absent("bundles/late.json", b"late but whole")
    deadline = time.monotonic() + 5
    while proxy.outcomes("PUT") != ["delayed"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert target.put_if_absent("bundles/late.json", b"late but whole") is False
    assert target.get("bundles/late.json") == b"late but whole"


def test_a_stopped_server_is_transient_and_leaves_no_process(tmp_path: Path) -> None:
    server = start_seaweedfs(tmp_path / "weed")
    with server:
        server.make_bucket("annotator-stopped")
        target = S3Target(
            "annotator-stopped",
            endpoint_url=server.endpoint,
            access_key=server.access_key,
            secret_key=server.secret_key,
            timeout=10.0,  # the first write to a new bucket waits for SeaweedFS to grow a volume (~1 s)
        )
        target.put("a.json", b"a")
        with FaultProxy(server.endpoint) as proxy:
            proxied = S3Target(
                "annotator-stopped",
                endpoint_url=proxy.url.rstrip("/"),
                access_key=server.access_key,
                secret_key=server.secret_key,
                timeout=TIMEOUT,
            )
            server.stop()
            assert process_is_gone(server.pid)
            for each in (target, proxied):  # refused connections, and the proxy's 502
                with pytest.raises(TransientError):
                    each.get("a.json")
                with pytest.raises(TransientError):
                    each.list("")
                with pytest.raises(TransientError):
                    each.put("b.json", b"b")
                with pytest.raises(TransientError):
                    each.check()
                each.close()
    assert not list(Path("/tmp").glob(f"seaweedfs-*-{server.endpoint.rsplit(':', 1)[1]}.sock"))
