"""Report ▸ Quality figures…: the figures of `annotator report` for the bundles under review, as plain tables, and the HTML report saved."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
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
    NEEDS_REVIEW,
    ReportFigures,
    ReportFiles,
    figures_from,
    hours_minutes,
    write_report,
)
from annotator.core.quality.review_session import ReviewSession
from annotator.ui.i18n import translate
from annotator.ui.widgets.button_order import tab_as_laid_out
from annotator.ui.widgets.text_only import plain_tooltip
from annotator.ui.workers import run_in_background

# The column heads in English; _table shows them in the UI's language.
ANNOTATOR_HEAD = (
    QT_TRANSLATE_NOOP("FiguresDialog", "Annotator"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Done"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Skipped"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Flagged"),
    QT_TRANSLATE_NOOP("FiguresDialog", "To do"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Active time"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Median time/item"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Gold accuracy"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Gold items"),
)
GOLD_COLUMNS = (7, 8)  # hidden without an answer key
AGREEMENT_HEAD = (
    QT_TRANSLATE_NOOP("FiguresDialog", "Kind"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Items compared"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Fleiss' κ"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Krippendorff's α"),
)
LABEL_HEAD = (
    QT_TRANSLATE_NOOP("FiguresDialog", "Kind"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Label"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Krippendorff's α"),
)
PAIR_HEAD = (
    QT_TRANSLATE_NOOP("FiguresDialog", "Kind"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Annotators"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Items both did"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Cohen's κ"),
)
REVIEW_HEAD = (
    QT_TRANSLATE_NOOP("FiguresDialog", "Item"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Kind"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Annotators"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Agreement"),
    QT_TRANSLATE_NOOP("FiguresDialog", "Why"),
)
_LONG = 40  # a cell longer than this has its whole text in a tooltip


# The report's figures as `annotator report` writes them, in the UI's number format (its page and CSV files stay
# in one format for every reader). A duration as hours:minutes reads the same everywhere.
def missing_text() -> str:
    """A figure that cannot be given ('n/a')."""
    return translate("FiguresDialog", "n/a")


def count_text(value: int) -> str:
    """A count, e.g. '1,204' (English) or '1.204' (German)."""
    return QLocale().toString(int(value))


def ratio_text(value: float | None) -> str:
    """A kappa, alpha or other agreement figure with two decimals ('0.83', '-0.12'; '0,83' in Italian)."""
    if value is None or not math.isfinite(value):
        return missing_text()
    return QLocale().toString(float(value), "f", 2)


def percent_text(value: float | None) -> str:
    """A fraction in [0, 1] as a percentage with one decimal ('83.3 %')."""
    return missing_text() if value is None else f"{QLocale().toString(value * 100, 'f', 1)} %"


def seconds_text(ms: float | None) -> str:
    """An item's duration: '4.2 s' under 10 s, '42 s' under a minute, else 'm:ss'."""
    if ms is None:
        return missing_text()
    seconds = ms / 1000
    if seconds < 9.95:
        return f"{QLocale().toString(seconds, 'f', 1)} s"
    if seconds < 59.5:
        return f"{QLocale().toString(seconds, 'f', 0)} s"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def annotator_cells(figures: ReportFigures) -> list[list[str]]:
    """The per-annotator table, as shown."""
    return [
        [
            a.annotator,
            count_text(a.items_done),
            count_text(a.items_skipped),
            count_text(a.items_flagged),
            count_text(a.items_todo),
            hours_minutes(a.active_ms),
            seconds_text(a.median_item_ms),
            percent_text(a.gold_accuracy),
            count_text(a.gold_items),
        ]
        for a in figures.annotators
    ]


def agreement_cells(figures: ReportFigures) -> list[list[str]]:
    """Agreement per item kind: Fleiss' kappa and Krippendorff's alpha over every label."""
    return [
        [k.kind, count_text(k.items), ratio_text(k.fleiss_kappa), ratio_text(k.krippendorff_alpha)]
        for k in figures.agreement
    ]


def label_cells(figures: ReportFigures) -> list[list[str]]:
    """Krippendorff's alpha of each label, in schema order."""
    return [[k.kind, label, ratio_text(k.label_alpha.get(label))] for k in figures.agreement for label in k.labels]


def pair_cells(figures: ReportFigures) -> list[list[str]]:
    """Cohen's kappa of each pair of annotators, on the items both did."""
    return [
        [k.kind, f"{first} – {second}", count_text(k.pair_items.get((first, second), 0)), ratio_text(kappa)]
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
            f"{ratio_text(item.agreement)} {item.measure}".strip() if item.agreement is not None else missing_text(),
            item.reason,
        ]
        for item in figures.items
        if item.merged_status == NEEDS_REVIEW
    ]


def _table(name: str, head: Sequence[str], *, numeric: Collection[int] = ()) -> QTableWidget:
    """A read-only table; the `numeric` columns are aligned right."""
    table = QTableWidget(0, len(head))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([translate("FiguresDialog", text) for text in head])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
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
        self.setWindowTitle(self.tr("Quality figures: {title}").format(title=session.manifest.title))
        self.session = session
        self.figures: ReportFigures | None = None
        self.file_dialog: QFileDialog | None = None
        self.status = QLabel(self.tr("Computing the figures of the bundles…"))
        self.status.setObjectName("figures_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.annotators_table = _table("figures_annotators", ANNOTATOR_HEAD, numeric=range(1, len(ANNOTATOR_HEAD)))
        self.agreement_table = _table("figures_agreement", AGREEMENT_HEAD, numeric=(1, 2, 3))
        self.agreement_table.horizontalHeaderItem(2).setToolTip(
            self.tr("n/a unless every item compared has as many annotators")
        )
        self.label_table = _table("figures_label_alpha", LABEL_HEAD, numeric=(2,))
        self.pair_table = _table("figures_pairwise", PAIR_HEAD, numeric=(2, 3))
        self.review_table = _table("figures_review", REVIEW_HEAD, numeric=(3,))
        # The agreement tables are named by the titles above them; these two fill their tab alone.
        self.annotators_table.setAccessibleName(self.tr("Annotators"))
        self.review_table.setAccessibleName(self.tr("Items to review"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("figures_tabs")
        self.tabs.addTab(self.annotators_table, self.tr("&Annotators"))
        agreement = QWidget()
        agreement_layout = QVBoxLayout(agreement)
        for title, table in (
            (self.tr("Overall, per item kind"), self.agreement_table),
            (self.tr("Per label"), self.label_table),
            (self.tr("Per pair of annotators"), self.pair_table),
        ):
            for widget in _titled(title, table):
                agreement_layout.addWidget(widget)
        self.tabs.addTab(agreement, self.tr("A&greement"))
        self.tabs.addTab(self.review_table, self.tr("Items to &review"))
        self.save_button = QPushButton(self.tr("&Save HTML report…"))
        self.save_button.setObjectName("figures_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))  # ours, with Qt's or without
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        tab_as_laid_out(buttons)
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
        one = len(figures.annotators) == 1
        if figures.agreement:
            text = (
                self.tr("{annotators} annotator on {items} items, {review} to review.")
                if one
                else self.tr("{annotators} annotators on {items} items, {review} to review.")
            )
        elif one:
            text = self.tr(
                "{annotators} annotator on {items} items, {review} to review; no labels to compare for agreement."
            )
        else:
            text = self.tr(
                "{annotators} annotators on {items} items, {review} to review; no labels to compare for agreement."
            )
        self.status.setText(
            text.format(
                annotators=count_text(len(figures.annotators)),
                items=count_text(figures.item_count),
                review=count_text(len(review)),
            )
        )
        self.save_button.setEnabled(True)
        self.figures_ready.emit(figures)

    def _on_figures_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The figures cannot be computed: {problems}").format(problems=_problems(error)))
        self.failed.emit(self.status.text())

    def table_rows(self, table: QTableWidget) -> list[list[str]]:
        """A table's cells as shown, row by row."""
        return [
            [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
        ]

    # -- the HTML report ------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        """Save HTML report…: where the page goes (its two CSV files go beside it)."""
        dialog = QFileDialog(self, self.tr("Save the quality report"))
        dialog.setObjectName("save_report_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("HTML page (*.html)"), self.tr("All files (*)")])
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
        self.status.setText(self.tr("Writing {path}…").format(path=target))
        run_in_background(lambda: write_report(figures, target), self._on_report_written, self._on_report_failed)

    def _on_report_written(self, files: ReportFiles) -> None:
        text = self.tr("Saved the report to {page}, with {annotators} and {items} beside it.")
        self.status.setText(
            text.format(page=files.html, annotators=files.annotators_csv.name, items=files.items_csv.name)
        )
        self.report_saved.emit(files)

    def _on_report_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The report was not saved: {problems}").format(problems=_problems(error)))
        self.failed.emit(self.status.text())


def _problems(error: Exception) -> str:
    if isinstance(error, ProblemsError):
        return "; ".join(str(problem) for problem in error.problems[:5])
    return str(error)
