"""Report ▸ Quality figures…: the figures of `annotator report` for the bundles under review, as plain tables, and the HTML report saved."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import ProblemsError
from annotator.core.quality.report import (
    MISSING,
    NEEDS_REVIEW,
    ReportFigures,
    ReportFiles,
    figures_from,
    hours_minutes,
    percent_text,
    ratio_text,
    seconds_text,
    write_report,
)
from annotator.core.quality.review_session import ReviewSession
from annotator.ui.widgets.text_only import plain_tooltip
from annotator.ui.workers import run_in_background

ANNOTATOR_HEAD = (
    "Annotator",
    "Done",
    "Skipped",
    "Flagged",
    "To do",
    "Active time",
    "Median time/item",
    "Gold accuracy",
    "Gold items",
)
GOLD_COLUMNS = (7, 8)  # hidden without an answer key
AGREEMENT_HEAD = ("Kind", "Items compared", "Fleiss' κ", "Krippendorff's α")
LABEL_HEAD = ("Kind", "Label", "Krippendorff's α")
PAIR_HEAD = ("Kind", "Annotators", "Items both did", "Cohen's κ")
REVIEW_HEAD = ("Item", "Kind", "Annotators", "Agreement", "Why")
_LONG = 40  # a cell longer than this has its whole text in a tooltip


def annotator_cells(figures: ReportFigures) -> list[list[str]]:
    """The per-annotator table, as shown."""
    return [
        [
            a.annotator,
            str(a.items_done),
            str(a.items_skipped),
            str(a.items_flagged),
            str(a.items_todo),
            hours_minutes(a.active_ms),
            seconds_text(a.median_item_ms),
            percent_text(a.gold_accuracy),
            str(a.gold_items),
        ]
        for a in figures.annotators
    ]


def agreement_cells(figures: ReportFigures) -> list[list[str]]:
    """Agreement per item kind: Fleiss' kappa and Krippendorff's alpha over every label."""
    return [
        [k.kind, str(k.items), ratio_text(k.fleiss_kappa), ratio_text(k.krippendorff_alpha)] for k in figures.agreement
    ]


def label_cells(figures: ReportFigures) -> list[list[str]]:
    """Krippendorff's alpha of each label, in schema order."""
    return [[k.kind, label, ratio_text(k.label_alpha.get(label))] for k in figures.agreement for label in k.labels]


def pair_cells(figures: ReportFigures) -> list[list[str]]:
    """Cohen's kappa of each pair of annotators, on the items both did."""
    return [
        [k.kind, f"{first} – {second}", str(k.pair_items.get((first, second), 0)), ratio_text(kappa)]
        for k in figures.agreement
        for (first, second), kappa in sorted(k.pairwise_kappa.items())
    ]


def review_cells(figures: ReportFigures) -> list[list[str]]:
    """The items the merge could not settle (or someone flagged), with why."""
    return [
        [
            item.item_id,
            item.kind,
            ", ".join(item.annotators) or "—",
            f"{ratio_text(item.agreement)} {item.measure}".strip() if item.agreement is not None else MISSING,
            item.reason,
        ]
        for item in figures.items
        if item.merged_status == NEEDS_REVIEW
    ]


def _table(name: str, head: Sequence[str], *, numeric: Collection[int] = ()) -> QTableWidget:
    """A read-only table; the `numeric` columns are aligned right."""
    table = QTableWidget(0, len(head))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(head))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setProperty("numeric", list(numeric))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(len(head) - 1 not in numeric)  # a figure stays beside its row, not far right
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    numeric = set(table.property("numeric") or ())
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)  # a table cell is text: a name or reason from a bundle is never markup
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column in numeric:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif len(text) > _LONG:
                cell.setToolTip(plain_tooltip(text))
            table.setItem(row, column, cell)


def _titled(title: str, table: QTableWidget) -> list[QWidget]:
    label = QLabel(title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(table)
    return [label, table]


class FiguresDialog(QDialog):
    """The figures of the session's bundles (and key), computed in a worker; Save HTML report… writes `annotator report`'s files."""

    figures_ready = Signal(object)  # ReportFigures
    report_saved = Signal(object)  # ReportFiles
    failed = Signal(str)

    def __init__(self, session: ReviewSession, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("figures_dialog")
        self.setWindowTitle(f"Quality figures: {session.manifest.title}")
        self.session = session
        self.figures: ReportFigures | None = None
        self.file_dialog: QFileDialog | None = None
        self.status = QLabel("Computing the figures of the bundles…")
        self.status.setObjectName("figures_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.annotators_table = _table("figures_annotators", ANNOTATOR_HEAD, numeric=range(1, len(ANNOTATOR_HEAD)))
        self.agreement_table = _table("figures_agreement", AGREEMENT_HEAD, numeric=(1, 2, 3))
        self.agreement_table.horizontalHeaderItem(2).setToolTip("n/a unless every item compared has as many annotators")
        self.label_table = _table("figures_label_alpha", LABEL_HEAD, numeric=(2,))
        self.pair_table = _table("figures_pairwise", PAIR_HEAD, numeric=(2, 3))
        self.review_table = _table("figures_review", REVIEW_HEAD, numeric=(3,))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("figures_tabs")
        self.tabs.addTab(self.annotators_table, "&Annotators")
        agreement = QWidget()
        agreement_layout = QVBoxLayout(agreement)
        for title, table in (
            ("Overall, per item kind", self.agreement_table),
            ("Per label", self.label_table),
            ("Per pair of annotators", self.pair_table),
        ):
            for widget in _titled(title, table):
                agreement_layout.addWidget(widget)
        self.tabs.addTab(agreement, "A&greement")
        self.tabs.addTab(self.review_table, "Items to &review")
        self.save_button = QPushButton("&Save HTML report…")
        self.save_button.setObjectName("figures_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._compute()

    def _compute(self) -> None:
        session = self.session
        bundles, names = list(session.bundles), list(session.bundle_names)
        run_in_background(
            lambda: figures_from(
                bundles, session.manifest, manifest_sha256=session.manifest_sha256, key=session.key, names=names
            ),
            self._on_figures_computed,
            self._on_figures_failed,
        )

    def _on_figures_computed(self, figures: ReportFigures) -> None:
        self.figures = figures
        _fill(self.annotators_table, annotator_cells(figures))
        for column in GOLD_COLUMNS:
            self.annotators_table.setColumnHidden(column, not figures.has_key)
        _fill(self.agreement_table, agreement_cells(figures))
        _fill(self.label_table, label_cells(figures))
        _fill(self.pair_table, pair_cells(figures))
        review = review_cells(figures)
        _fill(self.review_table, review)
        agreement = "" if figures.agreement else "; no labels to compare for agreement"
        self.status.setText(
            f"{len(figures.annotators)} annotator{'s' if len(figures.annotators) != 1 else ''} on "
            f"{figures.item_count} items, {len(review)} to review{agreement}."
        )
        self.save_button.setEnabled(True)
        self.figures_ready.emit(figures)

    def _on_figures_failed(self, error: Exception) -> None:
        self.status.setText(f"The figures cannot be computed: {_problems(error)}")
        self.failed.emit(self.status.text())

    def table_rows(self, table: QTableWidget) -> list[list[str]]:
        """A table's cells as shown, row by row."""
        return [
            [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
        ]

    # -- the HTML report ------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        """Save HTML report…: where the page goes (its two CSV files go beside it)."""
        dialog = QFileDialog(self, "Save the quality report")
        dialog.setObjectName("save_report_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["HTML page (*.html)", "All files (*)"])
        dialog.setDefaultSuffix("html")
        dialog.setDirectory(str(self.session.folder))
        dialog.selectFile(f"report-{self.session.manifest.id}.html")
        dialog.fileSelected.connect(self.save_report)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_report(self, path: Path | str) -> None:
        """Write the report's page and CSV files, in a worker."""
        figures = self.figures
        if figures is None:
            return
        target = Path(path)
        self.status.setText(f"Writing {target}…")
        run_in_background(lambda: write_report(figures, target), self._on_report_written, self._on_report_failed)

    def _on_report_written(self, files: ReportFiles) -> None:
        self.status.setText(
            f"Saved the report to {files.html}, with {files.annotators_csv.name} and {files.items_csv.name} beside it."
        )
        self.report_saved.emit(files)

    def _on_report_failed(self, error: Exception) -> None:
        self.status.setText(f"The report was not saved: {_problems(error)}")
        self.failed.emit(self.status.text())


def _problems(error: Exception) -> str:
    if isinstance(error, ProblemsError):
        return "; ".join(str(problem) for problem in error.problems[:5])
    return str(error)
