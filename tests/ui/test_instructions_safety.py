"""Package text is text only: instructions and label descriptions load no image or file, local or remote."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from annotator.core.workspace import Workspace
from annotator.ui.editors.sentiment import SentimentEditor
from tests.core.helpers import LABELS, manifest_dict, text_item, write_folder_package
from tests.ui.windows import open_window

# An exact colour nothing in the window draws, so any pixel of it is the image showing.
IMAGE_RGB = (250, 10, 200)
SECRET = "root:x:0:0:SECRET-FROM-A-LOCAL-FILE"


def write_png(path: Path) -> Path:
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(*IMAGE_RGB))
    assert image.save(str(path), "PNG")
    return path


def image_pixels(image: QImage) -> int:
    """How many pixels of `image` have exactly the test image's colour."""
    wanted = QColor(*IMAGE_RGB).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == wanted)


@pytest.fixture
def loopback_server(tmp_path: Path) -> Iterator[tuple[int, list[str]]]:
    """A real HTTP server on 127.0.0.1 that serves the test PNG for any path and records every request."""
    png = write_png(tmp_path / "served.png").read_bytes()
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *_args: object) -> None:  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], requests
    server.shutdown()
    server.server_close()
    thread.join()


def open_text_package(qtbot, workspace: Workspace, root: Path, *, instructions: str, description: str = ""):
    labels = dict(LABELS)
    if description:
        positive = {**LABELS["text"]["labels"][0], "description": description}
        labels["text"] = {**LABELS["text"], "labels": [positive, *LABELS["text"]["labels"][1:]]}
    manifest = manifest_dict([text_item("txt-1", "The room was clean.")], instructions=instructions, labels=labels)
    return open_window(qtbot, workspace, write_folder_package(root, manifest))


def image_formats(document: QTextDocument) -> list[str]:
    """The names of every image in the document, found fragment by fragment."""
    names = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(char_format.toImageFormat().name())
            fragments += 1
        block = block.next()
    return names


@pytest.mark.parametrize("where", ["absolute file URL", "relative path", "local text file", "loopback HTTP"])
def test_instructions_show_no_image_and_read_no_file(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loopback_server, where: str
) -> None:
    port, requests = loopback_server
    media = tmp_path / "files"
    media.mkdir()
    png = write_png(media / "red.png")
    secret = media / "passwd"
    secret.write_text(SECRET + "\n")
    # A relative path is resolved against the working directory, so put the image right there.
    monkeypatch.chdir(media)
    url = {
        "absolute file URL": QUrl.fromLocalFile(str(png)).toString(),
        "relative path": "red.png",
        "local text file": QUrl.fromLocalFile(str(secret)).toString(),
        "loopback HTTP": f"http://127.0.0.1:{port}/red.png",
    }[where]
    instructions = (
        f"# Rules\n\nBefore the picture.\n\n![the example]({url})\n\nAfter the picture, see [the file]({url}).\n"
    )

    window = open_text_package(qtbot, workspace, tmp_path / "pkg", instructions=instructions)
    view = window.instructions_view
    qtbot.waitUntil(lambda: "After the picture" in view.toPlainText())
    document = view.document()

    # The image became its alt text; nothing in the document is an image any more.
    assert "the example" in view.toPlainText()
    assert image_formats(document) == []
    for kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.StyleSheetResource):
        assert document.resource(kind, QUrl(url)) is None
    assert SECRET not in view.toPlainText() and SECRET not in view.toHtml()
    # What a person sees: the panel has none of the image's pixels.
    assert image_pixels(view.viewport().grab().toImage()) == 0
    assert requests == []


def test_a_label_description_tooltip_is_shown_as_literal_text(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    png = write_png(tmp_path / "red.png")
    markup = f'<img src="{QUrl.fromLocalFile(str(png)).toString()}" width=48 height=48>'
    window = open_text_package(
        qtbot, workspace, tmp_path / "pkg", instructions="Pick one.", description=f"{markup} Clearly good."
    )
    editor = window.findChild(SentimentEditor, "sentiment_editor")
    button = editor.label_bar.buttons["positive"]

    # Hover the button as a person would, and wait for Qt to show its tooltip.
    qtbot.mouseMove(button)
    qtbot.mouseMove(button, button.rect().center())
    qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible())
    assert isinstance(tip, QLabel)
    shown = tip.text()
    # Read the tip the way Qt renders it: the words a person reads include the tag, literally.
    read = QTextDocument()
    if QtGui.Qt.mightBeRichText(shown):
        read.setHtml(shown)
    else:
        read.setPlainText(shown)
    assert markup in read.toPlainText() and "Clearly good." in read.toPlainText()
    assert image_pixels(tip.grab().toImage()) == 0
    QToolTip.hideText()
