"""Instructions as long as a package may carry render in pieces: the window keeps answering, and all of it shows."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextFormat

from annotator.core.manifest import MAX_INSTRUCTIONS_CHARS
from annotator.core.workspace import Workspace
from annotator.ui.main_window import MainWindow
from annotator.ui.widgets.text_only import render_markdown
from tests.core.helpers import manifest_dict, text_item, write_folder_package
from tests.ui.windows import open_window

GLOSSARY_TERMS = 3_000
# A turn of the event loop longer than this is a stutter a person notices while typing.
MAX_GAP_SECONDS = 0.100


def long_instructions(length: int = MAX_INSTRUCTIONS_CHARS) -> str:
    """Markdown of exactly `length` characters the way guidelines are written: sections of headings,
    paragraphs with bold and links, rule lists, quotes, then a glossary of one-line terms."""
    glossary = "".join(f"- **term {n}**: what a box of class {n} must hold\n" for n in range(GLOSSARY_TERMS))
    sections = []
    n = 0
    while sum(map(len, sections)) < length - len(glossary):
        n += 1
        sections.append(
            f"## Section {n}: drawing **class {n}**\n\n"
            f"Draw one box around every *visible* object of class {n}; see [the guide](https://example.com/{n}) "
            "and keep the edges **tight**: the box touches the outermost pixel of the object.\n\n"
            f"- Rule {n}.1: include the occluded part only when `occluded` is set\n"
            f"- Rule {n}.2: **never** merge two objects into one box\n"
            f"  - a nested remark with a [link](https://example.com/{n}/more)\n"
            "1. Look at the whole image first\n2. Then draw, from the largest object down\n\n"
            f"> An edge case for class {n}: reflections are not objects.\n\n"
        )
    body = "".join(sections)[: length - len(glossary) - len("\n\n# Glossary\n\n")]
    return body + "\n\n# Glossary\n\n" + glossary


def write_package(root: Path, package_id: str, instructions: str) -> Path:
    items = [text_item("txt-1", "The room was clean.")]
    return write_folder_package(root, manifest_dict(items, id=package_id, instructions=instructions))


class TickRecorder:
    """A timer that should fire every 10 ms; the longest wait between two ticks is how long the UI was stuck."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._on_timer_timeout()
        self._timer.stop()
        return self.longest

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def test_the_window_keeps_answering_while_long_instructions_render(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    markdown = long_instructions()
    assert len(markdown) == MAX_INSTRUCTIONS_CHARS
    package = write_package(tmp_path / "pkg", "long", markdown)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.instructions_view
    ticks = TickRecorder()

    ticks.start()
    with qtbot.waitSignal(window.package_opened, timeout=10_000):
        window.open_package(package)
    # The package is open and the item on screen before the instructions are: a short note says so.
    assert "Loading instructions" in view.toPlainText()
    qtbot.waitUntil(lambda: f"term {GLOSSARY_TERMS - 1}" in view.toPlainText(), timeout=20_000)
    longest = ticks.stop()

    assert longest < MAX_GAP_SECONDS, f"the event loop stood still for {longest * 1000:.0f} ms"


def test_long_instructions_show_in_full_as_one_text(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    markdown = long_instructions()
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", "long", markdown))
    view = window.instructions_view
    qtbot.waitUntil(lambda: not view.is_rendering(), timeout=20_000)

    whole = render_markdown(markdown, font=view.font())
    assert view.toPlainText() == whole.toPlainText()
    assert view.document().blockCount() == whole.blockCount()
    glossary = [b for b in _blocks(view.document()) if b.textList() is not None and b.text().startswith("term ")]
    assert len(glossary) == GLOSSARY_TERMS
    # The rule lists keep their numbering across the pieces the text was rendered in.
    numbered = [
        b.textList().itemText(b)
        for b in _blocks(view.document())
        if b.text() == "Then draw, from the largest object down"
    ]
    assert numbered and set(numbered) == {"2."}


def test_a_package_opened_while_instructions_render_shows_its_own(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(qtbot, workspace, write_package(tmp_path / "long", "long", long_instructions()))
    view = window.instructions_view
    assert view.is_rendering()
    with qtbot.waitSignal(window.item_shown, timeout=10_000):
        window.open_package(write_package(tmp_path / "short", "short", "# Short\n\nOnly this."))

    qtbot.waitUntil(lambda: "Only this." in view.toPlainText())
    # Nothing of the first package's instructions lands later on top of the second's.
    with qtbot.assertNotEmitted(view.rendered, wait=100):
        pass
    assert "Glossary" not in view.toPlainText() and not view.is_rendering()


def mixed_instructions(sections: int = 300) -> str:
    """Every block Markdown has, repeated: headings of both kinds, quotes, fenced code holding blank lines
    and list-like lines, lists of both kinds, rules, small tables, and reference-style links."""
    section = (
        "## Part {n}\n\nParagraph {n} with **bold**, *italic* and a [reference link][guide].\n"
        "Setext heading {n}\n===\n\n> A quote {n}\n> on two lines\n\n"
        "```\ncode {n}\n\n- not a list item\n# not a heading\n```\n\n"
        "- bullet {n}\n- another\n  - nested\n\n1. first\n2. second\n\n---\n\n"
        "| case | box |\n|---|---|\n| {n} | *tight* |\n\nAfter the table.\n\n    indented code {n}\n\n"
    )
    # A code block longer than a piece, full of lines that would start blocks outside it.
    long_code = "```\n" + "".join(f"code line {n}\n\n# not a heading {n}\n" for n in range(600)) + "```\n\n"
    body = "".join(section.format(n=n) for n in range(sections))
    return "Intro.\n\n" + long_code + body + "[guide]: https://example.com/guide\n"


def test_instructions_rendered_in_pieces_look_as_if_rendered_whole(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    markdown = mixed_instructions()
    window = open_window(qtbot, workspace, write_package(tmp_path / "pkg", "mixed", markdown))
    view = window.instructions_view
    qtbot.waitUntil(lambda: not view.is_rendering(), timeout=20_000)

    shown = [_looks(block) for block in _blocks(view.document())]
    whole = [_looks(block) for block in _blocks(render_markdown(markdown, font=view.font()))]
    assert len(shown) == len(whole)
    assert shown == whole
    assert any(href == "https://example.com/guide" for look in shown for href in look[-1])


def _looks(block) -> tuple:
    """What a reader sees of a block: its text, heading level, quote depth, code or not, list marker, link targets."""
    fmt = block.blockFormat()
    marker = block.textList().itemText(block) if block.textList() is not None else None
    links = []
    fragments = block.begin()
    while not fragments.atEnd():
        char_format = fragments.fragment().charFormat()
        if char_format.isAnchor():
            links.append(char_format.anchorHref())
        fragments += 1
    return (
        block.text(),
        fmt.headingLevel(),
        fmt.intProperty(QTextFormat.Property.BlockQuoteLevel),
        fmt.nonBreakableLines(),
        marker,
        tuple(links),
    )


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()
