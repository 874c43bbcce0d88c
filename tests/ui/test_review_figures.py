"""Report ▸ Quality figures… in the review window: the figures of `annotator report`, as tables, and the same HTML report saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from annotator.core.bundle import read_bundle
from annotator.core.package import open_package
from annotator.core.quality.report import NEEDS_REVIEW, figures_from, ratio_text, write_report
from annotator.ui.review.figures_dialog import GOLD_COLUMNS, FiguresDialog
from tests.core.quality.test_gold_and_merge import Team
from tests.core.quality.test_review_bundle import annotator_bundle, judgement, text_package
from tests.ui.test_review_gold import open_with_key
from tests.ui.test_review_window import open_review, press

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_figures(qtbot, window) -> FiguresDialog:
    """Ctrl+I, and the figures once the worker has them."""
    press(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.figures_dialog is not None and window.figures_dialog.isVisible())
    dialog = window.figures_dialog
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=10_000)
    return dialog


def test_the_dialog_shows_the_reports_figures_and_saves_the_same_report(qtbot, tmp_path: Path) -> None:
    team = Team(tmp_path, "text")
    window = open_with_key(qtbot, team, team.bundle_paths, tmp_path / "review")
    dialog = open_figures(qtbot, window)

    package = open_package(team.source)
    package.close()
    bundles = [read_bundle(path) for path in team.bundle_paths]
    expected = figures_from(bundles, package.manifest, manifest_sha256=package.manifest_sha256, key=team.key)
    assert dialog.figures == expected

    annotators = dialog.table_rows(dialog.annotators_table)
    assert [row[0] for row in annotators] == ["ada", "bo", "cy"]
    assert [row[1] for row in annotators] == [str(a.items_done) for a in expected.annotators]
    assert [row[7] for row in annotators] == ["100.0 %", "66.7 %", "50.0 %"]  # gold accuracy, as the key scores it
    assert not any(dialog.annotators_table.isColumnHidden(column) for column in GOLD_COLUMNS)
    (text,) = expected.agreement
    overall = dialog.table_rows(dialog.agreement_table)
    assert overall == [["text", str(text.items), ratio_text(text.fleiss_kappa), ratio_text(text.krippendorff_alpha)]]
    assert overall[0][3] == f"{text.krippendorff_alpha:.2f}"
    labels = dialog.table_rows(dialog.label_table)
    assert [row[1] for row in labels] == list(text.labels)
    pairs = dialog.table_rows(dialog.pair_table)
    assert [row[1] for row in pairs] == [f"{a} – {b}" for a, b in sorted(text.pairwise_kappa)]
    assert [row[2] for row in pairs] == [str(text.pair_items[pair]) for pair in sorted(text.pairwise_kappa)]
    review = dialog.table_rows(dialog.review_table)
    assert [row[0] for row in review] == [i.item_id for i in expected.items if i.merged_status == NEEDS_REVIEW]
    assert {"t03", "t11"} <= {row[0] for row in review}
    assert next(row for row in review if row[0] == "t11")[4] == "flagged by ada: sarcasm?"

    # Save HTML report… (Alt+S), the path pasted into the file dialog's name box, Save clicked.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    target = tmp_path / "out" / "quality.html"
    target.parent.mkdir()
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    name.setText(str(target))
    with qtbot.waitSignal(dialog.report_saved, timeout=10_000) as saved:
        qtbot.mouseClick(
            chooser.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    files = saved.args[0]
    assert files.html == target and target.is_file()
    assert files.annotators_csv.is_file() and files.items_csv.is_file()
    assert str(target) in dialog.status.text()
    # The very report `annotator report` writes from the same bundles and key.
    again = tmp_path / "again" / "quality.html"
    again.parent.mkdir()
    write_report(expected, again)
    assert target.read_bytes() == again.read_bytes()
    assert files.items_csv.read_bytes() == again.with_name("quality-items.csv").read_bytes()


def test_without_a_key_the_gold_columns_are_hidden(qtbot, tmp_path: Path) -> None:
    package = text_package(tmp_path / "pkg")
    bundles = [
        annotator_bundle(tmp_path, package, "ada", {"t1": judgement("positive"), "t2": judgement("negative")}),
        annotator_bundle(tmp_path, package, "bob", {"t1": judgement("positive"), "t2": judgement("positive")}),
    ]
    window = open_review(qtbot, package, bundles, tmp_path / "review")
    dialog = open_figures(qtbot, window)
    assert all(dialog.annotators_table.isColumnHidden(column) for column in GOLD_COLUMNS)
    assert [row[:2] for row in dialog.table_rows(dialog.annotators_table)] == [["ada", "2"], ["bob", "2"]]
    assert [row[0] for row in dialog.table_rows(dialog.review_table)] == ["t2"]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)
    assert open_figures(qtbot, window) is dialog, "opened again, the figures are not computed twice"
