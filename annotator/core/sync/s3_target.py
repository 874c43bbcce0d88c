"""S3 target: a bucket (and a prefix in it) on AWS or any S3-compatible server (MinIO, Ceph, SeaweedFS)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import threading
import uuid
from collections.abc import Callable
from typing import Any

from annotator.core.sync.target import (
    NotFoundError,
    ObjectInfo,
    PermanentError,
    SyncError,
    TransientError,
    check_object_name,
    is_object_name,
    require_secure_url,
)

# Server error codes worth another try besides every 5xx (but 501) and 429: throttling, a request the
# server gave up waiting for, a conditional write that raced another one on the same key (409), and a
# body that arrived short or altered (refused whole, so nothing was stored).
_TRANSIENT_CODES = frozenset(
    {
        "SlowDown",
        "RequestTimeout",
        "Throttling",
        "ThrottlingException",
        "RequestThrottled",
        "ServiceUnavailable",
        "InternalError",
        "ConditionalRequestConflict",
        "OperationAborted",
        "BadDigest",
        "IncompleteBody",
        "XAmzContentSHA256Mismatch",
    }
)
_HINTS = {
    "InvalidAccessKeyId": "check the key pair",
    "SignatureDoesNotMatch": "check the key pair",
    "AccessDenied": "the key pair may not do this",
    "NoSuchBucket": "no such bucket",
    "RequestTimeTooSkewed": "check this computer's clock",
}
_MAX_SERVER_MESSAGE = 300


class S3Target:
    """Objects under `prefix` in an S3 bucket. Thread-safe; boto3 is imported on first use, not at start.

    With `access_key` empty the standard AWS credential chain applies (environment, ~/.aws, instance role).
    `endpoint_url` selects an S3-compatible server and must be https (or http to this machine).
    """

    def __init__(
        self,
        bucket: str,
        *,
        prefix: str = "",
        endpoint_url: str | None = None,
        region: str | None = None,
        access_key: str = "",
        secret_key: str = "",
        timeout: float = 30.0,
        verify: bool | str = True,
        page_size: int = 1000,
    ) -> None:
        if endpoint_url is not None:
            require_secure_url(endpoint_url)
        prefix = prefix.strip("/")
        if prefix:
            check_object_name(prefix)
            prefix += "/"
        self.bucket = bucket
        self.prefix = prefix
        self.description = f"S3 s3://{bucket}/{prefix} at {endpoint_url or 'AWS'}"
        self._endpoint_url = endpoint_url
        self._region = region
        self._access_key = access_key
        self._secret_key = secret_key
        self._timeout = timeout
        self._verify = verify
        self._page_size = page_size
        self._client: Any = None
        self._lock = threading.Lock()

    # -- the Target interface -------------------------------------------------------------------------

    def list(self, prefix: str) -> list[ObjectInfo]:
        """Every object whose name starts with `prefix`, sorted, with its ETag; keys that are no object name are skipped."""
        if prefix and not is_object_name(prefix.removesuffix("/")):
            raise ValueError(f"{prefix!r} is not a sync object name prefix")
        key_prefix = self.prefix + prefix

        def run() -> list[ObjectInfo]:
            pages = (
                self._s3()
                .get_paginator("list_objects_v2")
                .paginate(Bucket=self.bucket, Prefix=key_prefix, PaginationConfig={"PageSize": self._page_size})
            )
            found = []
            for page in pages:
                for entry in page.get("Contents", ()):
                    name = entry["Key"][len(self.prefix) :]
                    if entry["Key"].startswith(self.prefix) and is_object_name(name):
                        # The ETag changes with the bytes (an MD5 for a single PUT); the quotes are S3's.
                        tag = str(entry.get("ETag", "")).strip('"')
                        found.append(ObjectInfo(name, int(entry.get("Size", 0)), tag))
            return sorted(found, key=lambda info: info.name)

        return self._call("LIST", key_prefix, run)

    def get(self, name: str) -> bytes:
        """The whole object; NotFoundError if there is none. A body cut short raises TransientError."""
        key = self._key(name)

        def run() -> bytes:
            body = self._s3().get_object(Bucket=self.bucket, Key=key)["Body"]
            try:
                # StreamingBody checks the length against Content-Length (IncompleteReadError if short).
                return body.read()
            finally:
                body.close()

        return self._call("GET", key, run)

    def put_if_absent(self, name: str, data: bytes) -> bool:
        """Create the object in one request with If-None-Match: *; False if the key already exists.

        One PUT makes the object whole or not at all, so nothing partial is ever visible, and the
        server, not a list-then-put race, decides who was first.
        """
        key = self._key(name)

        def run() -> bool:
            self._s3().put_object(Bucket=self.bucket, Key=key, Body=data, ContentMD5=_md5(data), IfNoneMatch="*")
            return True

        try:
            return self._call("PUT", key, run, exists_is_false=True)
        except _AlreadyExists:
            return False

    def put(self, name: str, data: bytes) -> None:
        """Create or replace the object in one PUT: readers see the old bytes or the new ones."""
        key = self._key(name)
        self._call(
            "PUT", key, lambda: self._s3().put_object(Bucket=self.bucket, Key=key, Body=data, ContentMD5=_md5(data))
        )

    def delete(self, name: str) -> None:
        """Remove the object; S3 answers 204 whether or not it existed."""
        key = self._key(name)

        def run() -> None:
            try:
                self._s3().delete_object(Bucket=self.bucket, Key=key)
            except Exception as exc:  # some S3-compatible servers answer NoSuchKey instead of 204
                if _error_code(exc) != "NoSuchKey":
                    raise

        self._call("DELETE", key, run)

    def check(self) -> None:
        """The bucket is there and the key pair may list, write, read and delete; conditional writes work.

        SyncError if not: PermanentError says "access denied: check the key pair" or "no such bucket".
        """
        try:
            self._call("HEAD", "", lambda: self._s3().head_bucket(Bucket=self.bucket))
        except PermanentError as exc:
            status = _status(exc.__cause__)
            if status == 403:
                raise PermanentError(f"{self.description}: access denied: check the key pair ({exc})") from exc
            if status == 404 or _error_code(exc.__cause__) == "NoSuchBucket":
                raise PermanentError(f"{self.description}: no such bucket {self.bucket!r} ({exc})") from exc
            raise
        self._call(
            "LIST", self.prefix, lambda: self._s3().list_objects_v2(Bucket=self.bucket, Prefix=self.prefix, MaxKeys=1)
        )
        probe = f"annotator-check-{uuid.uuid4().hex}.probe"
        data = b"annotator connection check\n"
        created = False
        try:
            created = self.put_if_absent(probe, data)
            if not created:
                raise PermanentError(f"{self.description}: a fresh probe object {probe!r} already existed")
            # A server that ignores If-None-Match would overwrite here; the sync relies on it never doing so.
            if self.put_if_absent(probe, data):
                raise PermanentError(
                    f"{self.description}: the server ignores conditional writes (If-None-Match: *), which sync needs"
                )
            if self.get(probe) != data:
                raise PermanentError(f"{self.description}: the probe object {probe!r} read back different bytes")
        except BaseException:
            if created:  # tidy up, but report what failed first, not a failed clean-up
                with contextlib.suppress(SyncError):
                    self.delete(probe)
            raise
        self.delete(probe)

    def close(self) -> None:
        """Release the connection pool; the next call opens a new one."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    # -- internals ------------------------------------------------------------------------------------

    def _key(self, name: str) -> str:
        return self.prefix + check_object_name(name)

    def _s3(self) -> Any:
        with self._lock:
            if self._client is None:
                self._client = self._make_client()
            return self._client

    def _make_client(self) -> Any:
        import boto3.session
        from botocore.config import Config

        config = Config(
            connect_timeout=self._timeout,
            read_timeout=self._timeout,
            # One attempt per call: the sync engine retries with its own back-off and shows each failure.
            # botocore's retries underneath would multiply the waits, and a retried put_if_absent whose
            # first attempt did land would answer False, indistinguishable from a real clash.
            # (total_max_attempts counts the first try; botocore's max_attempts counts retries, so
            # max_attempts=1 would still send every failed request twice.)
            retries={"total_max_attempts": 1, "mode": "standard"},
            signature_version="s3v4",
            # MinIO, SeaweedFS and Ceph are addressed as host/bucket/key; bucket.host needs wildcard DNS.
            s3={"addressing_style": "path"} if self._endpoint_url else {},
            # The body's integrity is our explicit Content-MD5 (see _md5). botocore's default extra CRC32
            # (aws-chunked with a trailer over https) is refused by several S3-compatible servers.
            request_checksum_calculation="when_required",
            # Only the endpoint passed here, never one from AWS_ENDPOINT_URL or ~/.aws/config: every
            # endpoint must pass require_secure_url.
            ignore_configured_endpoint_urls=True,
            user_agent_extra="annotator",
        )
        session = boto3.session.Session(
            aws_access_key_id=self._access_key or None,
            aws_secret_access_key=self._secret_key or None,
            # SigV4 needs a region; S3-compatible servers accept us-east-1.
            region_name=self._region or ("us-east-1" if self._endpoint_url else None),
        )
        return session.client("s3", endpoint_url=self._endpoint_url, verify=self._verify, config=config)

    def _call(self, op: str, key: str, run: Callable[[], Any], *, exists_is_false: bool = False) -> Any:
        """`run()`, with boto3's and the server's errors turned into Transient/Permanent/NotFound errors."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return run()
        except ClientError as exc:
            if exists_is_false and _status(exc) == 412:
                raise _AlreadyExists from None
            raise self._client_error(op, key, exc) from exc
        except BotoCoreError as exc:
            raise self._transport_error(op, key, exc) from exc

    def _where(self, op: str, key: str) -> str:
        return f"S3 {op} s3://{self.bucket}/{key} at {self._endpoint_url or 'AWS'}"

    def _client_error(self, op: str, key: str, exc: Exception) -> SyncError:
        status = _status(exc)
        code = _error_code(exc)
        message = self._scrub(str(getattr(exc, "response", {}).get("Error", {}).get("Message", "")))
        hint = _HINTS.get(code, "")
        text = f"{self._where(op, key)}: HTTP {status} {code}: {message}" + (f" ({hint})" if hint else "")
        if code == "NoSuchKey" or (op == "GET" and status == 404 and code != "NoSuchBucket"):
            return NotFoundError(text)
        # 501: the server lacks a feature we use (If-None-Match on some); asking again will not add it.
        if (status >= 500 and status != 501) or status == 429 or code in _TRANSIENT_CODES:
            return TransientError(text)
        return PermanentError(text)

    def _transport_error(self, op: str, key: str, exc: Exception) -> SyncError:
        from botocore import exceptions as boto

        text = f"{self._where(op, key)}: {self._scrub(str(exc))}"
        if isinstance(exc, boto.SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(exc):
            return PermanentError(f"{text} (the server's certificate is not trusted)")
        if isinstance(exc, boto.NoCredentialsError | boto.PartialCredentialsError):
            return PermanentError(f"{text} (no key pair configured)")
        transient = (
            boto.ConnectionError,  # EndpointConnectionError, ConnectTimeoutError, ProxyConnectionError, SSLError
            boto.HTTPClientError,  # ConnectionClosedError, ReadTimeoutError, ResponseStreamingError
            boto.IncompleteReadError,
            boto.FlexibleChecksumError,
            boto.ChecksumError,
        )
        if isinstance(exc, transient):
            return TransientError(text)
        return PermanentError(text)

    def _scrub(self, text: str) -> str:
        """Server and library text, shortened, with the secret cut out should anything ever echo it."""
        if self._secret_key:
            text = text.replace(self._secret_key, "***")
        return text if len(text) <= _MAX_SERVER_MESSAGE else text[:_MAX_SERVER_MESSAGE] + "..."


class _AlreadyExists(Exception):
    """Internal: put_if_absent's PUT was refused with 412 because the key exists."""


def _md5(data: bytes) -> str:
    """Content-MD5 of `data`. We send Content-MD5 (not ChecksumSHA256): every S3-compatible server checks it,
    and one whose body arrives short or altered is refused (400 BadDigest), never stored."""
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode("ascii")


def _status(exc: BaseException | None) -> int:
    response = getattr(exc, "response", None) or {}
    return int(response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)


def _error_code(exc: BaseException | None) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", ""))
