"""Opens one window, dialog or overlay of the app on the demo, on a screen of one size, checks its layout and saves the screen.

Run by tests/e2e/test_window_sizes.py under Xvfb, on a screen exactly the window's size:
`python -m tests.e2e.sized_shot OUT DATA_DIR DEMO WIDTH HEIGHT VIEW [long]`. VIEW is a key of VIEWS; `long`
makes the break advice, labels and button texts about 1.6 times longer, as German and Italian are.
It prints `problem: ...` for each layout problem (tests/e2e/layout_checks.py), `font-px N` (the UI
font's height in device pixels) and, last, `screenshot OUT WxH`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QAction, QColor, QFontInfo, QPainter, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from annotator.core.breaks import BreakKind
from annotator.core.model import Status
from annotator.core.package import open_package
from annotator.core.workspace import Workspace
from annotator.ui import break_overlay
from tests.e2e.layout_checks import problems

# Items the views open on; the editors' come with the work an annotator would have done on them.
EDITOR_ITEMS = {
    "boxes": "img-coffee",
    "transcription": "aud-en",
    "sentiment": "txt-en-09",
    "pairwise": "pw-en-01",
    "rating": "rt-en-01",
    "translation": "tr-en-it-01",
    "rewrite": "rw-en-01",
}
DIALOG_ACTIONS = {
    "about": "help.about",
    "keymap": "settings.keys",
    "cheat-sheet": "help.cheat_sheet",
    "export-preview": "file.export_bundle",
    "export-as": "file.export_as",
    "import": "file.import",
    "pseudonym": "file.pseudonym",
    "break-settings": "settings.breaks",
    "sync-settings": "file.sync_settings",
    "sync-preview": "file.sync_now",
    "settings": "settings.open",
}
VIEWS = [*EDITOR_ITEMS, "break", "dashboard", "review", *DIALOG_ACTIONS]
# The done items a sync sends (its preview lists them).
DONE = ("img-astronaut", "img-coffee", "img-chelsea")
# Long enough for a decode, a waveform, a break screen's fade or a worker's result to land.
SETTLE_MS = 1500
LONG_ADVICE = (
    "Schauen Sie vom Bildschirm weg, auf etwas weit Entferntes, zum Beispiel aus dem Fenster auf einen Baum am "
    "Horizont. Blinzeln Sie ein paar Mal bewusst und entspannen Sie dabei Schultern und Nacken."
)
_PADDING = "ungsverhältnisübersichtsbildschirm"


def seed(data_dir: Path, demo: Path, item_id: str) -> None:
    """Register the demo and make `item_id` the current item, so the app resumes there."""
    package = open_package(demo)
    try:
        with Workspace.open(data_dir) as workspace:
            workspace.register_package(package.manifest, manifest_sha256=package.manifest_sha256, path=str(demo))
            workspace.set_current_item(package.manifest.id, item_id)
            workspace.set_setting("annotator_id", "worker-7")  # no first-run question in a screenshot
    finally:
        package.close()


def seed_view(data_dir: Path, demo: Path, view: str) -> str:
    """What the view needs in the workspace before the app starts; returns the item it opens on."""
    from annotator.core.sync.config import save_config, target_config
    from annotator.ui.dialogs.pseudonym import CHOSEN_SETTING
    from tests.e2e.test_editor_windows import SEEDS

    if view == "dashboard":
        from tests.e2e.dashboard_shot import seed as seed_week

        seed_week(data_dir, demo)
    item_id = EDITOR_ITEMS.get(view, "img-coffee")
    seed(data_dir, demo, item_id)
    with Workspace.open(data_dir) as workspace:
        workspace.set_setting(CHOSEN_SETTING, True)  # no pseudonym question before an export
        if item_id in SEEDS:
            annotation, comment, _name = SEEDS[item_id]
            workspace.set_annotation("demo", item_id, annotation)
            if comment:
                workspace.set_comment("demo", item_id, comment)
        if view.startswith("sync"):
            for done in DONE:
                workspace.set_status("demo", done, Status.DONE)
            # A folder target needs no password: the preview comes straight after the plan is built.
            save_config(workspace, target_config(str(data_dir / "sync-target")))
    return item_id


def lengthen(text: str) -> str:
    """`text` about 1.6 times longer, word by word, as a German or Italian translation runs."""
    words = []
    for word in text.split(" "):
        letters = sum(ch.isalpha() for ch in word)
        if letters >= 3 and "&" not in word:
            stem = word.rstrip(".,:;!?…)")
            words.append(stem + _PADDING[: max(1, round(0.6 * len(stem)))] + word[len(stem) :])
        else:
            words.append(word)
    return " ".join(words)


def lengthen_texts(top: QWidget) -> None:
    """Make the plain texts of labels and buttons under `top` long, as translations would."""
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.objectName().startswith("break_"):
            continue  # the break screen's texts are long German already (LONG_ADVICE)
        if isinstance(widget, QLabel) and widget.text() and not Qt.mightBeRichText(widget.text()):
            widget.setText(lengthen(widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            widget.setText(lengthen(widget.text()))


def newest_dialog(window: QWidget) -> QWidget | None:
    """The visible top-level dialog over `window` (the one a person is looking at)."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window and isinstance(w, QDialog)]
    return shown[-1] if shown else None


def framed_screen(window: QWidget, dialog: QWidget | None) -> Any:
    """The screen as a person sees it; a dialog gets a thin border (Xvfb has no window manager to frame it)."""
    picture = window.screen().grabWindow(0)
    if dialog is not None:
        painter = QPainter(picture)
        painter.setPen(QColor("#7a7a7a"))
        painter.drawRect(QRect(dialog.frameGeometry().topLeft(), dialog.frameGeometry().size()).adjusted(-1, -1, 0, 0))
        painter.end()
    return picture


def report(out: str, window: QWidget, checked: QWidget) -> None:
    """Check `checked`'s layout and that it is on the screen, save the screen to `out`, say what was found."""
    screen = window.screen().geometry()
    found = problems(checked)
    if not screen.contains(checked.frameGeometry()):
        found.append(f"off the screen: {checked.objectName()} at {checked.frameGeometry()} on {screen}")
    picture = framed_screen(window, checked if checked is not window else None)
    picture.save(out)
    for line in found:
        sys.stdout.write(f"problem: {line}\n")
    pixels = QFontInfo(checked.font()).pixelSize() * checked.devicePixelRatio()
    sys.stdout.write(f"font-px {pixels:g}\n")
    # A text to measure in the PNG (in its pixels): the break's title, or the status bar's item line.
    labels = [checked.findChild(QLabel, name) for name in ("break_title", "item_label")]
    probe = next((label for label in labels if label is not None and label.isVisible()), None)
    if probe is not None:
        ratio = picture.devicePixelRatio()
        at = probe.mapToGlobal(probe.rect().topLeft()) - window.screen().geometry().topLeft()
        box = [round(v * ratio) for v in (at.x(), at.y(), probe.width(), probe.height())]
        sys.stdout.write(f"probe {probe.objectName()} {' '.join(map(str, box))}\n")
    sys.stdout.write(f"screenshot {out} {picture.width()}x{picture.height()}\n")
    sys.stdout.flush()


def main(out: str, data_dir: str, demo: str, width: str, height: str, view: str, mode: str = "") -> int:
    """Show `view` at WIDTHxHEIGHT, check and save it, and quit."""
    long = mode == "long"
    if long:
        break_overlay.SUGGESTIONS[BreakKind.MICRO] = LONG_ADVICE
        break_overlay.TITLES[BreakKind.MICRO] = "Kurze Bildschirmpause"
    size = (int(width), int(height))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if view == "review":
        return review(out, Path(data_dir), Path(demo), size, long=long)
    item_id = seed_view(Path(data_dir), Path(demo), view)
    from annotator.ui.main_window import MainWindow

    workspace = Workspace.open(Path(data_dir))
    window = MainWindow(workspace)
    window.setGeometry(QRect(0, 0, *size))
    window.show()

    def shoot(checked: Callable[[], QWidget]) -> None:
        target = checked()
        if long:
            lengthen_texts(target)

        def grab() -> None:
            try:
                report(out, window, target)
            finally:  # a failed check must end the run, not leave it waiting for a timeout
                if target is not window:
                    target.close()
                window.close()
                QApplication.exit(0)

        QTimer.singleShot(400 if long else 0, grab)

    def open_view(shown_id: str) -> None:
        window.item_shown.disconnect(open_view)
        assert shown_id == item_id, (shown_id, item_id)
        if view in DIALOG_ACTIONS:
            action = window.findChild(QAction, DIALOG_ACTIONS[view])
            assert action is not None, f"no {DIALOG_ACTIONS[view]} action"
            # Some dialogs run their own event loop (exec): the shot is taken from inside it.
            QTimer.singleShot(SETTLE_MS, lambda: shoot(lambda: newest_dialog(window) or window))
            QTimer.singleShot(0, action.trigger)
            return
        if view == "break":
            window.findChild(QAction, "break.take_now").trigger()
        elif view == "dashboard":
            window.show_dashboard()
            QTimer.singleShot(SETTLE_MS, lambda: shoot(lambda: newest_dialog(window) or window))
            return
        QTimer.singleShot(SETTLE_MS, lambda: shoot(lambda: window))

    window.item_shown.connect(open_view)
    window.open_package(demo)
    try:
        return app.exec()
    finally:
        workspace.close()


def review(out: str, work: Path, demo: Path, size: tuple[int, int], *, long: bool) -> int:
    """The lead's review window on three annotators' bundles (those of tests/e2e/test_review_shot.py)."""
    from annotator.ui.review.review_window import ReviewWindow
    from tests.core.quality.test_review_bundle import annotator_bundle
    from tests.e2e.test_review_shot import WORK, _text

    bundles = []
    for annotator, items in WORK.items():
        annotations = {
            item_id: _text(value) if isinstance(value, str) else {"boxes": value, "verified": True}
            for item_id, value in items.items()
        }
        bundles.append(annotator_bundle(work, demo, annotator, annotations))
    app = QApplication.instance()
    window = ReviewWindow(reviewer="lead")
    window.setGeometry(QRect(0, 0, *size))
    window.show()

    def shoot(_item_id: str, _annotator: str) -> None:
        window.result_shown.disconnect(shoot)
        if long:
            lengthen_texts(window)

        def grab() -> None:
            try:
                report(out, window, window)
            finally:
                window.close()
                QApplication.exit(0)

        QTimer.singleShot(SETTLE_MS, grab)

    window.result_shown.connect(shoot)
    window.open_review(demo, bundles, folder=work / "review")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:8]))
