"""One app per workspace: `annotator open PKG` while the app runs hands the package to its window."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from annotator.ui.single_instance import ACK, REFUSED, encode_request, hand_over, serve, server_name
from tests.conftest import REPO_ROOT
from tests.core.helpers import manifest_dict, text_item, write_folder_package


def other_package(tmp_path: Path) -> Path:
    items = [text_item("t-1", "The room was clean."), text_item("t-2", "Breakfast was cold.")]
    return write_folder_package(tmp_path / "other", manifest_dict(items, id="other", title="Other"))


def send(qtbot, name: str, line: bytes) -> bytes:
    """What the running window answers to one line, sent as a second process would (without blocking it)."""
    client = QLocalSocket()
    client.connectToServer(name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(line)
    reply = bytearray()

    def answered() -> bool:
        reply.extend(bytes(client.readAll().data()))
        return reply.endswith(b"\n")

    qtbot.waitUntil(answered)
    client.disconnectFromServer()
    return bytes(reply)


def test_a_package_sent_to_the_running_window_opens_there(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    server = serve(window, workspace.folder)
    assert server.is_listening()
    name = server_name(workspace.folder)
    assert send(qtbot, name, b"not a request\n") == REFUSED
    # A bare `annotator` while the app runs only brings its window to the front.
    with qtbot.waitSignal(server.window_requested):
        assert send(qtbot, name, encode_request(None)) == ACK
    assert window.session.package_id == "demo"

    package = other_package(tmp_path)
    with qtbot.waitSignal(window.package_opened, timeout=10_000) as opened:
        assert send(qtbot, name, encode_request(package)) == ACK
    assert opened.args == ["other"]
    qtbot.waitUntil(lambda: window.session.current_item.id == "t-1")
    # Another workspace is another app: nothing listens under its name.
    assert server_name(tmp_path / "elsewhere") != name
    assert hand_over(server_name(tmp_path / "elsewhere"), package) is False


def test_annotator_open_in_a_second_process_hands_the_package_over_and_exits_0(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    serve(window, workspace.folder)
    package = other_package(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "annotator", "--data-dir", str(workspace.folder), "open", str(package)]
    with qtbot.waitSignal(window.package_opened, timeout=60_000) as opened:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # The window keeps its event loop turning (it must answer) while the second process finishes.
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    assert process.returncode == 0, err.decode()
    assert b"already running on this workspace" in out
    assert b"in use" not in err
    assert opened.args == ["other"]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="Unix socket files only")
def test_a_socket_left_by_a_crashed_app_is_taken_over(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    name = server_name(workspace.folder)
    stale = Path(QDir.tempPath()) / name
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(stale))
    crashed.close()  # the file stays, as after a kill -9, and nobody listens
    assert stale.exists()
    server = serve(window, workspace.folder)
    assert server.is_listening(), server.error_text()
    with qtbot.waitSignal(window.package_opened, timeout=10_000):
        assert send(qtbot, name, encode_request(other_package(tmp_path))) == ACK
    server.close()
    assert not stale.exists()
