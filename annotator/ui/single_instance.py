"""One app per workspace: a second `annotator open PKG` hands the package to the running window and exits.

The running window listens on a local socket named after its workspace folder (two workspaces, two
apps). A client sends one line of JSON, `{"open": "/abs/path"}` (or `{"open": null}` to bring the
window to the front), and the window answers `ok` once it has taken the request.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACK = b"ok\n"
REFUSED = b"refused\n"
# A path is short; anything longer is not one of ours and is dropped before it costs memory.
MAX_MESSAGE = 64 * 1024
CONNECT_MS = 1000
REPLY_MS = 5000


def server_name(data_dir: Path | str) -> str:
    """The socket name for a workspace folder: the same folder (however spelled) always gives the same name."""
    folder = str(Path(data_dir).expanduser().resolve())
    # The user id too: two accounts that point at one shared folder must not reach each other's window.
    owner = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{owner}\0{folder}".encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return f"annotator-{digest}"


def encode_request(package: Path | None) -> bytes:
    """The line a client sends: the package as an absolute path (the app's folder is not the client's)."""
    return json.dumps({"open": None if package is None else str(Path(package).absolute())}).encode() + b"\n"


def hand_over(name: str, package: Path | None, *, reply_ms: int = REPLY_MS) -> bool:
    """Give `package` to the app listening on `name`; True once it acknowledged, False if none answers.

    Blocking, for the second process before it has an event loop (or a window) of its own.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False  # nobody listens: no app, or a stale socket a crashed one left behind
    socket.write(encode_request(package))
    if not socket.waitForBytesWritten(reply_ms):
        return False
    reply = b""
    while not reply.endswith(b"\n") and len(reply) < 64:
        if not socket.waitForReadyRead(reply_ms):
            break
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == ACK


def serve(window: Any, data_dir: Path | str) -> InstanceServer:
    """Listen for packages handed to `window`'s workspace; it opens them and comes to the front.

    The server is the window's child: it stops listening when the window goes.
    """
    server = InstanceServer(server_name(data_dir), window)
    server.package_received.connect(window.open_package)
    server.package_received.connect(lambda _path: bring_to_front(window))
    server.window_requested.connect(lambda: bring_to_front(window))
    server.listen()
    return server


def bring_to_front(window: QWidget) -> None:
    """Show a window over the others (the window manager may only flash it in the task bar)."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for packages handed over by a second `annotator open`, for the window that holds the workspace."""

    package_received = Signal(str)
    window_requested = Signal()

    def __init__(self, name: str, parent: Any = None):
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may connect (on Unix the socket file is made 0700).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed app is removed and taken over. False if that fails."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # The caller holds the workspace lock, so no live app serves this workspace: whatever is
            # there was left by one that crashed (a Unix socket file outlives its process).
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        return False

    def is_listening(self) -> bool:
        """Whether a second `annotator open` would reach this window."""
        return self._server.isListening()

    def error_text(self) -> str:
        """Why listening failed, as Qt says it."""
        return self._server.errorString()

    def close(self) -> None:
        """Stop listening (the socket file goes too)."""
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._on_socket_ready_read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(buffer[: buffer.index(b"\n")])
        buffer.clear()
        request = _decode(line)
        if request is None:
            socket.write(REFUSED)
        else:
            # Emitted before the answer, so "ok" means the window has the package in hand.
            if request == "":
                self.window_requested.emit()
            else:
                self.package_received.emit(request)
            socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()


def _decode(line: bytes) -> str | None:
    """The requested path ("" for none), or None for a line that is not a request."""
    try:
        message = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(message, dict) or set(message) != {"open"}:
        return None
    path = message["open"]
    if path is None:
        return ""
    return path if isinstance(path, str) and path else None
