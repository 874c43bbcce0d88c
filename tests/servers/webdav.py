"""A real WsgiDAV server on loopback, run as a subprocess for the sync tests and benchmarks."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import requests
import yaml

START_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0

# The server's own entry point, run by this interpreter, so it is the venv's WsgiDAV whatever PATH says.
_LAUNCH = "from wsgidav.server.server_cli import run; run()"


class WebDavServer:
    """A running WsgiDAV serving `root` as '/' at `url`; a context manager that stops it on exit."""

    def __init__(self, root: Path, *, username: str = "", password: str = "") -> None:
        self.root = Path(root)
        self.username = username
        self.password = password
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self._work = Path(tempfile.mkdtemp(prefix="wsgidav-"))
        self._config = self._work / "wsgidav.yaml"
        self._config.write_text(yaml.safe_dump(self._settings()), encoding="utf-8")
        self._log = self._work / "server.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """The server process's id while it runs, else None."""
        return self._process.pid if self._process is not None else None

    def start(self) -> WebDavServer:
        """Start the server and wait until it answers; RuntimeError with its log if it does not."""
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _LAUNCH, "--config", str(self._config)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                requests.request("OPTIONS", self.url, timeout=0.5)
                return self
            except requests.RequestException:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"WsgiDAV did not start on {self.url}:\n{self._log.read_text(errors='replace')}")

    def stop(self) -> None:
        """Stop the server by its PID: terminate, wait, then kill. Safe to call twice."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(STOP_TIMEOUT)

    def restart(self) -> WebDavServer:
        """Stop and start again on the same port and folder (a server that died and came back)."""
        self.stop()
        return self.start()

    def __enter__(self) -> WebDavServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
        shutil.rmtree(self._work, ignore_errors=True)

    def _settings(self) -> dict[str, object]:
        users: object = {self.username: {"password": self.password}} if self.username else True
        return {
            "host": "127.0.0.1",
            "port": self.port,
            "server": "cheroot",
            "server_args": {"numthreads": 16},
            "provider_mapping": {"/": str(self.root)},
            "verbose": 1,
            "logging": {"enable_loggers": []},
            "http_authenticator": {
                "domain_controller": None,  # the SimpleDomainController, users from simple_dc
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {"user_mapping": {"*": users}},
            # GET on a collection would answer an HTML page; a WebDAV client should see what a plain server does.
            "dir_browser": {"enable": False},
            "property_manager": None,
            "lock_storage": True,
        }


def start_wsgidav(root: Path, *, username: str = "", password: str = "") -> WebDavServer:
    """A started WsgiDAV serving `root` (anonymous, or basic auth for the one user given)."""
    return WebDavServer(root, username=username, password=password).start()


def _free_port() -> int:
    # The port is free when asked; the server binds it a moment later (SO_REUSEADDR), and keeps it
    # across restart() so clients can reconnect to the same address.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
