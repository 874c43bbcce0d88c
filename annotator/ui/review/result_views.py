"""Every annotator's result for the item on screen, side by side (and a gold item's answer key): a table for texts, boxes overlaid for images, a word diff for audio, readable lines for evaluation items."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.judgements import judgement_of
from annotator.core.model import EVALUATION_KINDS, Item
from annotator.core.package import Package
from annotator.core.quality.evaluation_summaries import annotation_lines, item_lines
from annotator.core.quality.review_session import Result
from annotator.core.segments import segments_of
from annotator.ui.i18n import translate
from annotator.ui.review.image_overlay import ANSWER_KEY, ImageResultView, answer_key_name
from annotator.ui.theme import on_theme_change, readable, tone
from annotator.ui.widgets.text_only import TextOnlyDocument, plain_tooltip
from annotator.ui.workers import run_in_background

# One colour per annotator, in the order of the review (distinct on the image's grey); as text, each is
# darkened or lightened to read on the theme in force (theme.readable).
ANNOTATOR_COLORS = ("#e6194b", "#4363d8", "#3cb44b", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#808000")


def annotator_colors(annotators: Sequence[str]) -> dict[str, QColor]:
    """Each annotator's colour, by their place in the review."""
    return {who: QColor(ANNOTATOR_COLORS[i % len(ANNOTATOR_COLORS)]) for i, who in enumerate(annotators)}


def transcript_words(annotation: Any) -> list[str]:
    """The words of an audio annotation, segment after segment."""
    return [word for segment in segments_of(annotation) for word in str(segment.get("text", "")).split()]


def word_diff(first: Sequence[str], other: Sequence[str]) -> list[tuple[str, str]]:
    """`other` against `first`, word by word: ('same' | 'del' | 'ins', word); 'del' are `first`'s words `other` lacks."""
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=list(first), b=list(other), autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            pieces += [("same", word) for word in other[b0:b1]]
            continue
        pieces += [("del", word) for word in first[a0:a1]]
        pieces += [("ins", word) for word in other[b0:b1]]
    return pieces


def labels_text(annotation: Any) -> str:
    """A text annotation in a cell: its labels ('positive, sarcastic'), or a binary answer, and its spans."""
    judgement = judgement_of(annotation)
    labels = ", ".join(judgement["labels"])
    if judgement["answer"]:
        labels = f"{judgement['answer']}: {judgement['question']}" if judgement["question"] else judgement["answer"]
    if judgement["spans"]:
        count = len(judgement["spans"])
        if count == 1:
            spans = translate("TextResultView", "(+{count} span)")
        else:
            spans = translate("TextResultView", "(+{count} spans)")
        labels += " " + spans.format(count=QLocale().toString(count))
    return labels or "—"


def _plain_item(text: str) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if text:
        cell.setToolTip(plain_tooltip(text))
    return cell


class _ResultTableView(QWidget):
    """An item as plain text above a table of one row per annotator (a gold item's answer key last), read-only."""

    item_shown = Signal(str)

    def __init__(self, name: str, text_name: str, headers: Sequence[str], parent: Any = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.text = QPlainTextEdit()
        self.text.setObjectName(text_name)
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{name}_table")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.table, 3)
        self._answer_row: int | None = None  # the answer key's row, on its own backdrop
        on_theme_change(self, self._colour_answer_row)

    def current_row(self) -> int:
        """The highlighted row (-1: none)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_rows(
        self, rows: Sequence[Sequence[str]], answer: Sequence[str] | None, *, current: str, fit_rows: bool = False
    ) -> None:
        """Fill the table: each row's cells (the annotator first), the `current` annotator's in bold and selected;
        the answer key's cells, when given, in a last row in italics on its own backdrop. `fit_rows`: each row as
        tall as its text."""
        self.table.setRowCount(len(rows) + (answer is not None))
        current_row = -1
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                cell = _plain_item(text)
                if cells[0] == current:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
            if cells[0] == current:
                current_row = row
        for column, text in enumerate(answer or ()):
            cell = _plain_item(text)
            font = QFont(cell.font())
            font.setItalic(True)
            cell.setFont(font)
            self.table.setItem(len(rows), column, cell)
        self._answer_row = len(rows) if answer is not None else None
        self._colour_answer_row()
        if fit_rows:
            self.table.resizeRowsToContents()
        if current_row >= 0:
            self.table.selectRow(current_row)
        else:
            self.table.clearSelection()

    def _colour_answer_row(self) -> None:
        if self._answer_row is None:
            return
        for column in range(self.table.columnCount()):
            cell = self.table.item(self._answer_row, column)
            if cell is not None:
                cell.setBackground(tone("answer_backdrop"))
                cell.setForeground(tone("answer"))


class TextResultView(_ResultTableView):
    """The item's text (plain, never markup) above a table of each annotator's labels, unsure mark and comment."""

    def __init__(self, parent: Any = None):
        # Before QWidget.__init__: tr() needs the object, translate() does not.
        headers = [
            translate("TextResultView", "Annotator"),
            translate("TextResultView", "Labels"),
            translate("TextResultView", "Unsure"),
            translate("TextResultView", "Comment"),
        ]
        super().__init__("review_text", "review_item_text", headers, parent)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._item_id = ""

    def show_item(
        self, package: Package, item: Item, results: Sequence[Result], *, current: str, answer: Any = None
    ) -> None:
        """Show a text item's results, the current annotator's row highlighted; a gold item's `answer` in a last row."""
        if item.id != self._item_id:
            self._item_id = item.id
            if item.text is not None:
                self.text.setPlainText(item.text)
            else:  # a text file of the package: read (and hash-checked) in a worker
                self.text.setPlainText(self.tr("Reading the text…"))
                run_in_background(lambda: (item.id, package.item_text(item)), self._on_text_read, self._on_text_failed)
        rows = []
        for result in results:
            unsure = self.tr("unsure") if judgement_of(result.annotation)["unsure"] else ""
            rows.append([result.annotator, labels_text(result.annotation), unsure, result.comment])
        answer_row = None if answer is None else [answer_key_name(), labels_text(answer), "", ""]
        self._show_rows(rows, answer_row, current=current)
        self.item_shown.emit(item.id)

    def _on_text_read(self, read: tuple[str, str]) -> None:
        if read[0] == self._item_id:
            self.text.setPlainText(read[1])

    def _on_text_failed(self, error: Exception) -> None:
        self.text.setPlainText(self.tr("⚠ This text cannot be shown: {error}").format(error=error))


class AudioResultView(QWidget):
    """Each annotator's transcript; every one after the first marks the words it drops or adds against the first.

    A gold item's answer key comes first, so each transcript is marked against it.
    """

    item_shown = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("review_audio")
        self.view = QTextEdit()
        self.view.setObjectName("review_transcripts")
        self.view.setReadOnly(True)
        self.view.setAcceptRichText(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Transcripts go in with insertText and formats only: nothing from a bundle is ever read as markup.
        self.document = TextOnlyDocument(self.view)
        self.view.setDocument(self.document)
        self.note = QLabel(self._note(against_answer=False))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self._shown: tuple[list[tuple[str, Any, QColor]], str] = ([], "")  # (who, transcript, colour), current
        on_theme_change(self, self._write_transcripts)  # the formats hold the colours: written again in the new ones

    def _note(self, *, against_answer: bool) -> str:
        if against_answer:
            return self.tr("Struck out on red: words the answer key has and this one lacks; on green: words added.")
        return self.tr("Struck out on red: words the first annotator has and this one lacks; on green: words added.")

    def show_item(
        self,
        item: Item,
        results: Sequence[Result],
        *,
        current: str,
        colors: dict[str, QColor],
        answer: Any = None,
    ) -> None:
        """Show an audio item's transcripts, the current annotator's highlighted; a gold item's `answer` first."""
        shown = [(r.annotator, r.annotation, colors[r.annotator]) for r in results]
        if answer is not None:
            shown.insert(0, (ANSWER_KEY, answer, QColor()))
        self.note.setText(self._note(against_answer=answer is not None))
        self._shown = (shown, current)
        self._write_transcripts()
        self.item_shown.emit(item.id)

    def _write_transcripts(self) -> None:
        shown, current = self._shown
        self.document.clear()
        cursor = QTextCursor(self.document)
        current_backdrop = tone("current_backdrop")
        first = transcript_words(shown[0][1]) if shown else []
        for index, (who, annotation, color) in enumerate(shown):
            block = QTextBlockFormat()
            if who == current:
                block.setBackground(current_backdrop)
            if index:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            words = transcript_words(annotation)
            pieces = [("same", word) for word in words] if index == 0 else word_diff(first, words)
            changed = sum(1 for op, _word in pieces if op != "same")
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            # The annotator's hue, readable on the theme's base and on the current result's backdrop.
            heading.setForeground(tone("answer") if who == ANSWER_KEY else readable(color, on=[current_backdrop]))
            marker = "▶ " if who == current else ""
            name = answer_key_name() if who == ANSWER_KEY else who
            note = "" if index == 0 else "  " + self._differ(changed, shown[0][0])
            cursor.insertText(f"{marker}{name}{note}", heading)
            cursor.insertBlock(block)
            if not pieces:
                empty = QTextCharFormat()
                empty.setFontItalic(True)
                empty.setForeground(tone("quiet"))
                cursor.insertText(self.tr("(no transcript)"), empty)
            for position, (op, word) in enumerate(pieces):
                cursor.insertText(" " if position else "", QTextCharFormat())
                cursor.insertText(word, self._word_format(op))

    def _differ(self, changed: int, first: str) -> str:
        """'(3 words differ from ada)': how many words a transcript drops or adds against the first one."""
        first = answer_key_name() if first == ANSWER_KEY else first
        if changed == 1:
            text = self.tr("({count} word differ from {first})")
        else:
            text = self.tr("({count} words differ from {first})")
        return text.format(count=QLocale().toString(changed), first=first)

    @staticmethod
    def _word_format(op: str) -> QTextCharFormat:
        word_format = QTextCharFormat()
        if op == "del":
            word_format.setFontStrikeOut(True)
            word_format.setBackground(tone("deleted_backdrop"))
        elif op == "ins":
            word_format.setBackground(tone("inserted_backdrop"))
            word_format.setFontUnderline(True)
        return word_format


class EvaluationResultView(_ResultTableView):
    """An evaluation item as text (its prompt and responses, with the systems that wrote them: the lead may see
    them) above a table of what each annotator decided, in words."""

    def __init__(self, parent: Any = None):
        headers = [
            translate("EvaluationResultView", "Annotator"),
            translate("EvaluationResultView", "Result"),
            translate("EvaluationResultView", "Comment"),
        ]
        super().__init__("review_evaluation", "review_evaluation_item", headers, parent)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_item(
        self, package: Package, item: Item, results: Sequence[Result], *, current: str, answer: Any = None
    ) -> None:
        """Show an evaluation item's results, the current annotator's row in bold; a gold item's `answer` last."""
        settings = package.manifest.task_configs.get(item.kind)
        self.text.setPlainText("\n".join(item_lines(item.kind, item.content)))

        def summary(annotation: Any) -> str:
            return "\n".join(annotation_lines(item.kind, annotation, item.content, settings=settings))

        rows = [[r.annotator, summary(r.annotation), r.comment] for r in results]
        answer_row = None if answer is None else [answer_key_name(), summary(answer), ""]
        self._show_rows(rows, answer_row, current=current, fit_rows=True)
        self.item_shown.emit(item.id)


class ResultViews(QStackedWidget):
    """One view per item kind; `item_shown` fires once the item is on screen (an image once decoded)."""

    item_shown = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("result_views")
        self.text_view = TextResultView()
        self.image_view = ImageResultView()
        self.audio_view = AudioResultView()
        self.evaluation_view = EvaluationResultView()
        self.placeholder = QLabel(self.tr("Nothing to review yet."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for view in (self.placeholder, self.text_view, self.image_view, self.audio_view, self.evaluation_view):
            self.addWidget(view)
            if hasattr(view, "item_shown"):
                view.item_shown.connect(self.item_shown)
        self.colors: dict[str, QColor] = {}

    def set_annotators(self, annotators: Sequence[str]) -> None:
        """The annotators under review, each given a colour."""
        self.colors = annotator_colors(annotators)

    def show_item(
        self,
        package: Package,
        item: Item,
        results: Sequence[Result],
        *,
        current: str,
        upcoming: Sequence[Item] = (),
        answer: Any = None,
    ) -> None:
        """Show every result of `item`, the one of `current` highlighted, and a gold item's `answer` beside them."""
        if item.kind == "image":
            self.setCurrentWidget(self.image_view)
            self.image_view.show_item(
                package, item, results, current=current, colors=self.colors, upcoming=upcoming, answer=answer
            )
        elif item.kind == "audio":
            self.setCurrentWidget(self.audio_view)
            self.audio_view.show_item(item, results, current=current, colors=self.colors, answer=answer)
        elif item.kind in EVALUATION_KINDS:
            self.setCurrentWidget(self.evaluation_view)
            self.evaluation_view.show_item(package, item, results, current=current, answer=answer)
        else:
            self.setCurrentWidget(self.text_view)
            self.text_view.show_item(package, item, results, current=current, answer=answer)

    def show_nothing(self, text: str) -> None:
        """No result on screen (none in the review, or none in the list)."""
        self.placeholder.setText(text)
        self.setCurrentWidget(self.placeholder)
