"""S3Target against a real SeaweedFS on loopback: objects, conditional writes, listing, credentials, the https rule."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from annotator.core.sync.s3_target import S3Target
from annotator.core.sync.target import NotFoundError, PermanentError, Target
from tests.core.sync.conftest import S3_BUCKET
from tests.servers.seaweed import SeaweedServer

UNSAFE_NAMES = ["", "../escape.json", "a//b.json", "/absolute.json", ".hidden.json", "dönnées.json", "a b", "a?b"]


def listed(target: Target, prefix: str = "") -> list[tuple[str, int]]:
    """(name, size) of what `target.list(prefix)` answers; tags are tested on their own."""
    return [(info.name, info.size) for info in target.list(prefix)]


def target_on(server: SeaweedServer, **options: object) -> S3Target:
    settings: dict[str, object] = {
        "endpoint_url": server.endpoint,
        "access_key": server.access_key,
        "secret_key": server.secret_key,
        "timeout": 5.0,
    }
    settings.update(options)
    bucket = str(settings.pop("bucket", S3_BUCKET))
    return S3Target(bucket, **settings)  # type: ignore[arg-type]


def test_objects_round_trip_under_the_prefix_and_list_sorted_with_sizes(
    s3_target: S3Target, s3_server: SeaweedServer
) -> None:
    s3_target.put("packages/p.zip", b"zip")
    s3_target.put("bundles/ada/x.delta.json", b'{"a": 1}')
    s3_target.put("bundles/adam/y.json", b"y")
    assert s3_target.get("bundles/ada/x.delta.json") == b'{"a": 1}'
    assert listed(s3_target) == [("bundles/ada/x.delta.json", 8), ("bundles/adam/y.json", 1), ("packages/p.zip", 3)]
    assert listed(s3_target, "bundles/ada/") == [("bundles/ada/x.delta.json", 8)]
    assert listed(s3_target, "bundles/ada") == [("bundles/ada/x.delta.json", 8), ("bundles/adam/y.json", 1)]
    assert listed(s3_target, "nothing/") == []
    # The keys really live under the prefix in the bucket.
    raw = s3_server.client().get_object(Bucket=S3_BUCKET, Key=s3_target.prefix + "packages/p.zip")
    assert raw["Body"].read() == b"zip"


def test_put_if_absent_never_overwrites_and_put_does(s3_target: S3Target) -> None:
    assert s3_target.put_if_absent("bundles/a.json", b"first") is True
    assert s3_target.put_if_absent("bundles/a.json", b"second") is False
    assert s3_target.get("bundles/a.json") == b"first"
    s3_target.put("bundles/a.json", b"third, longer")
    assert s3_target.get("bundles/a.json") == b"third, longer"
    assert s3_target.put_if_absent("empty.json", b"") is True
    assert s3_target.get("empty.json") == b""
    assert listed(s3_target) == [("bundles/a.json", 13), ("empty.json", 0)]


def test_tags_are_etags_that_change_with_the_bytes(s3_target: S3Target) -> None:
    s3_target.put("a.json", b"one")
    (first,) = s3_target.list("")
    s3_target.put("a.json", b"two")
    (second,) = s3_target.list("")
    assert first.tag and second.tag and first.tag != second.tag
    assert '"' not in first.tag
    s3_target.put("a.json", b"one")
    assert s3_target.list("")[0].tag == first.tag


def test_get_of_a_missing_object_is_not_found_and_delete_of_one_is_fine(s3_target: S3Target) -> None:
    with pytest.raises(NotFoundError, match="missing.json"):
        s3_target.get("missing.json")
    s3_target.delete("missing.json")
    s3_target.put("gone.json", b"x")
    s3_target.delete("gone.json")
    with pytest.raises(NotFoundError):
        s3_target.get("gone.json")
    assert listed(s3_target) == []


def test_listing_skips_keys_that_are_no_object_names_and_keys_outside_the_prefix(
    s3_target: S3Target, s3_server: SeaweedServer
) -> None:
    raw = s3_server.client()
    for key in [".hidden.json", "a b.json", "dir/", "x/y.json.", "nul.json"]:
        raw.put_object(Bucket=S3_BUCKET, Key=s3_target.prefix + key, Body=b"stray")
    raw.put_object(Bucket=S3_BUCKET, Key=s3_target.prefix.rstrip("/") + "-sibling/a.json", Body=b"other")
    s3_target.put("ok.json", b"ok")
    assert listed(s3_target) == [("ok.json", 2)]


def test_prefix_is_normalised_and_an_empty_prefix_is_the_bucket_root(s3_server: SeaweedServer) -> None:
    bucket = s3_server.make_bucket("annotator-root-prefix")
    with_slashes = target_on(s3_server, bucket=bucket, prefix="/team/2024/")
    without = target_on(s3_server, bucket=bucket, prefix="team/2024")
    root = target_on(s3_server, bucket=bucket)
    try:
        with_slashes.put("a.json", b"a")
        assert listed(without) == [("a.json", 1)]
        assert listed(root) == [("team/2024/a.json", 1)]
        assert with_slashes.description == f"S3 s3://{bucket}/team/2024/ at {s3_server.endpoint}"
        assert root.description == f"S3 s3://{bucket}/ at {s3_server.endpoint}"
    finally:
        for target in (with_slashes, without, root):
            target.close()
    with pytest.raises(ValueError):
        S3Target(bucket, prefix="../up")


def test_listing_pages_through_more_objects_than_one_page(s3_server: SeaweedServer, s3_target: S3Target) -> None:
    paged = target_on(s3_server, prefix=s3_target.prefix, page_size=100)
    names = [f"many/{index:04d}.json" for index in range(250)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda name: paged.put(name, name.encode()), names))
    # The server does page at 100 (so the paginator's continuation really ran) ...
    page = s3_server.client().list_objects_v2(Bucket=S3_BUCKET, Prefix=paged.prefix + "many/", MaxKeys=100)
    assert page["KeyCount"] == 100 and page["IsTruncated"] is True
    # ... and every object comes back once, in order.
    assert listed(paged, "many/") == [(name, len(name)) for name in names]
    assert listed(s3_target, "many/") == [(name, len(name)) for name in names]
    paged.close()


def test_a_5_mb_object_round_trips(s3_target: S3Target) -> None:
    data = os.urandom(5 * 1024 * 1024)
    assert s3_target.put_if_absent("packages/big.zip", data) is True
    assert s3_target.get("packages/big.zip") == data
    assert listed(s3_target) == [("packages/big.zip", len(data))]


def test_check_passes_and_leaves_nothing_behind(s3_target: S3Target) -> None:
    s3_target.check()
    assert listed(s3_target) == []


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_unsafe_names_are_refused_before_any_request(s3_target: S3Target, name: str) -> None:
    for call in (s3_target.get, s3_target.delete, lambda n: s3_target.put(n, b"x")):
        with pytest.raises(ValueError):
            call(name)
    with pytest.raises(ValueError):
        s3_target.put_if_absent(name, b"x")


def test_a_wrong_secret_is_permanent_and_never_shown(s3_server: SeaweedServer) -> None:
    wrong_secret = "Wrong-Secret-0123456789abcdefXYZ"
    target = target_on(s3_server, secret_key=wrong_secret)
    try:
        with pytest.raises(PermanentError, match="access denied: check the key pair") as checked:
            target.check()
        messages = [str(checked.value)]
        for call in (lambda: target.list(""), lambda: target.get("a.json"), lambda: target.put("a.json", b"x")):
            with pytest.raises(PermanentError) as raised:
                call()
            assert not isinstance(raised.value, NotFoundError)
            messages.append(str(raised.value))
    finally:
        target.close()
    assert "SignatureDoesNotMatch" in messages[1]
    for message in messages:
        assert wrong_secret not in message
        assert s3_server.secret_key not in message
        assert S3_BUCKET in message


def test_an_unknown_access_key_is_permanent(s3_server: SeaweedServer) -> None:
    target = target_on(s3_server, access_key="AKNOSUCHKEY000000000")
    try:
        with pytest.raises(PermanentError, match="InvalidAccessKeyId.*check the key pair"):
            target.put("a.json", b"x")
        with pytest.raises(PermanentError, match="check the key pair"):
            target.check()
    finally:
        target.close()


def test_a_missing_bucket_is_permanent_never_not_found(s3_server: SeaweedServer) -> None:
    target = target_on(s3_server, bucket="annotator-no-such-bucket")
    try:
        with pytest.raises(PermanentError, match="no such bucket"):
            target.check()
        for call in (lambda: target.list(""), lambda: target.get("a.json"), lambda: target.put_if_absent("a", b"x")):
            with pytest.raises(PermanentError, match="NoSuchBucket") as raised:
                call()
            assert not isinstance(raised.value, NotFoundError), "a missing bucket is no missing object"
    finally:
        target.close()
    assert "annotator-no-such-bucket" not in {b["Name"] for b in s3_server.client().list_buckets()["Buckets"]}


@pytest.mark.parametrize("url", ["http://example.org", "http://192.168.1.10:9000", "ftp://127.0.0.1", "example.org"])
def test_plain_http_to_another_machine_is_refused(url: str) -> None:
    with pytest.raises(PermanentError):
        S3Target("bucket", endpoint_url=url, access_key="a", secret_key="b")


def test_https_and_loopback_http_endpoints_and_aws_are_accepted_without_a_request() -> None:
    assert S3Target("b", endpoint_url="https://s3.example.org").description == "S3 s3://b/ at https://s3.example.org"
    assert S3Target("b", endpoint_url="http://127.0.0.1:9000").description == "S3 s3://b/ at http://127.0.0.1:9000"
    assert S3Target("b", prefix="p", region="eu-central-1").description == "S3 s3://b/p/ at AWS"


def test_making_a_target_does_not_import_boto3() -> None:
    code = (
        "import sys\n"
        "from annotator.core.sync.s3_target import S3Target\n"
        "S3Target('b', endpoint_url='https://s3.example.org', access_key='a', secret_key='b')\n"
        "assert 'boto3' not in sys.modules and 'botocore' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
