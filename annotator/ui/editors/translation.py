"""The translation check editor: MQM error spans on source and target by keyboard (or mouse), severity, category, ESA.

Anthea's way, on keys: the row being checked is lit, ↑/↓ go from sentence to sentence, Tab crosses
to the source and back, ←/→ step the caret by word, Shift extends the selection by words
(Alt+Shift by characters). M, N or B marks the selection, or the word at the caret, as a major,
minor or neutral error and opens the category type-ahead (Return takes the top match, Esc leaves
it for later, C reopens it). Delete removes, X marks a sentence as no translation, [ ] { } and the
digits give the ESA score, Return submits. Every change is one undoable step (Ctrl+Z).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from annotator.core.evaluation import translation as ops
from annotator.core.evaluation import word_steps
from annotator.core.evaluation.configs import TranslationConfig
from annotator.core.evaluation.content import is_summary, segments
from annotator.core.model import Item
from annotator.ui.actions import build_action, key_text
from annotator.ui.editors.evaluation_base import EvaluationEditor
from annotator.ui.editors.evaluation_texts import (
    error_place,
    number,
    severity_error,
    translation_gap,
    translation_summary,
)
from annotator.ui.editors.translation_keys import TRANSLATION_ACTIONS
from annotator.ui.editors.translation_segments import CategoryPicker, SentenceTable
from annotator.ui.theme import keep_tone

_SPECS = {spec.id: spec for spec in TRANSLATION_ACTIONS}


class TranslationEditor(EvaluationEditor):
    """Source and target side by side; marks errors, non-translation and ESA by keys (see the module's docstring)."""

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(context, parent)
        self.setObjectName("translation_editor")
        self._content: dict[str, Any] = {}
        self._config = TranslationConfig()
        self._row, self._side = 0, "target"
        self._anchor = self._position = 0
        self._picking: tuple[str, int, int, int] | None = None  # the error whose category is being chosen

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self.heading.setObjectName("translation_heading")
        self.heading.setStyleSheet("font-weight:bold;")
        self.table = SentenceTable()
        self.table.selected_by_mouse.connect(self._on_table_selected_by_mouse)
        self.picker = CategoryPicker()
        self.picker.chosen.connect(self._on_picker_chosen)
        self.picker.closed.connect(self._close_picker)
        self.score = QLabel()
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.score.setObjectName("translation_score")
        self.score.setStyleSheet("font-size:15px;font-weight:bold;")
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setObjectName("translation_hint")
        self.hint.setWordWrap(True)
        keep_tone(self.hint, "quiet")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.picker)
        layout.addWidget(self.score)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.table)
        self._build_actions()
        self._show_hint()

    def _build_actions(self) -> None:
        handlers = {
            "translation.next_sentence": lambda: self._go_row(1),
            "translation.previous_sentence": lambda: self._go_row(-1),
            "translation.switch_side": self._switch_side,
            "translation.word_right": lambda: self._step(right=True),
            "translation.word_left": lambda: self._step(right=False),
            "translation.extend_right": lambda: self._extend(right=True, by_word=True),
            "translation.extend_left": lambda: self._extend(right=False, by_word=True),
            "translation.extend_char_right": lambda: self._extend(right=True, by_word=False),
            "translation.extend_char_left": lambda: self._extend(right=False, by_word=False),
            "translation.sentence_start": lambda: self._caret_to(0),
            "translation.sentence_end": lambda: self._caret_to(len(self._sentence() or "")),
            "translation.major": lambda: self._mark("major"),
            "translation.minor": lambda: self._mark("minor"),
            "translation.neutral": lambda: self._mark("neutral"),
            "translation.category": self._choose_category,
            "translation.delete": self._delete,
            "translation.non_translation": self._toggle_non_translation,
            "translation.esa_down": lambda: self._step_esa(-5),
            "translation.esa_up": lambda: self._step_esa(5),
            "translation.esa_down_1": lambda: self._step_esa(-1),
            "translation.esa_up_1": lambda: self._step_esa(1),
            "translation.submit": self._submit,
            "translation.back": lambda: self.trigger_shell("go.previous"),
        }
        for spec in TRANSLATION_ACTIONS:
            if spec.id not in handlers:  # translation.esa_0 ... translation.esa_90
                value = int(spec.id.removeprefix("translation.esa_"))
                handlers[spec.id] = lambda v=value: self._set_esa(v)
            build_action(self, spec, handlers[spec.id])

    def keymap_changed(self) -> None:
        """The hint names the keys the user has now."""
        self._show_hint()

    @staticmethod
    def _key(name: str) -> str:
        """The first key of one of this editor's actions, as the user has it now."""
        return key_text(_SPECS[f"translation.{name}"]).split(", ")[0] or "—"

    def _show_hint(self) -> None:
        names = (
            "major", "minor", "neutral", "category", "delete", "non_translation", "word_left", "word_right",
            "extend_left", "extend_right", "extend_char_left", "extend_char_right", "previous_sentence",
            "next_sentence", "switch_side", "esa_down", "esa_up", "esa_down_1", "esa_up_1", "esa_0", "esa_90",
            "submit", "back",
        )  # fmt: skip
        keys = {name: self._key(name) for name in names}
        if self._config.esa:
            hint = self.tr(
                "{major} major · {minor} minor · {neutral} neutral   "
                "{category} category · {delete} remove · {non_translation} not a translation   "
                "{word_left}/{word_right} word · {extend_left}/{extend_right} select · "
                "{extend_char_left}/{extend_char_right} character   "
                "{previous_sentence}/{next_sentence} sentence · {switch_side} source/target   "
                "ESA: {esa_down}/{esa_up} ±5 · {esa_down_1}/{esa_up_1} ±1 · {esa_0}…{esa_90} = 0…90   "
                "{submit} submit · {back} back"
            )
        else:
            hint = self.tr(
                "{major} major · {minor} minor · {neutral} neutral   "
                "{category} category · {delete} remove · {non_translation} not a translation   "
                "{word_left}/{word_right} word · {extend_left}/{extend_right} select · "
                "{extend_char_left}/{extend_char_right} character   "
                "{previous_sentence}/{next_sentence} sentence · {switch_side} source/target   "
                "{submit} submit · {back} back"
            )
        self.hint.setText(hint.format(**keys))

    # -- showing an item -----------------------------------------------------------------------

    def load(self, item: Item, annotation: Any) -> None:
        """Show an item's sentences side by side, the caret at the start of the first target sentence."""
        assert self.session is not None
        self._content = dict(item.content or {})
        config = self.session.manifest.task_configs.get("translation")
        self._config = config if isinstance(config, TranslationConfig) else TranslationConfig()
        source, target = segments(self._content, "source"), segments(self._content, "target")
        languages = (self._content.get("source_lang"), self._content.get("target_lang"))
        source_side = (
            self.tr("Source ({language})").format(language=languages[0]) if languages[0] else self.tr("Source")
        )
        if is_summary(self._content):
            target_side = (
                self.tr("Summary ({language})").format(language=languages[1]) if languages[1] else self.tr("Summary")
            )
            counts = self.tr("{source} source and {target} summary sentences")
        else:
            target_side = (
                self.tr("Target ({language})").format(language=languages[1]) if languages[1] else self.tr("Target")
            )
            counts = self.tr("{source} source and {target} target sentences")
        self.heading.setText(
            self.tr("{source_side}  →  {target_side}   ·   {counts}").format(
                source_side=source_side,
                target_side=target_side,
                counts=counts.format(source=number(len(source)), target=number(len(target))),
            )
        )
        self.picker.hide()
        self._picking = None
        self.table.show_sentences(source, target)
        self._row, self._side = 0, "target" if target else "source"
        self._anchor = self._position = 0
        self._show_hint()
        self.refresh()

    def refresh(self) -> None:
        """Redraw the marks, the score and the picker from the stored annotation."""
        current = self._current()
        text = self._sentence() or ""
        self._anchor = min(self._anchor, len(text))
        self._position = min(self._position, len(text))
        if self._picking is not None and not self._error_at_key(current, self._picking):
            self._close_picker()  # undone: the error it was for is gone
        hint = word_steps.word_at(text, self._position) if text else None
        self.table.show_marks(
            errors=current["errors"],
            non_translation=current["non_translation"],
            focus=(self._row, self._side),
            selection=(self._anchor, self._position),
            hint=hint,
        )
        self.score.setText(translation_summary(ops.summary(current, config=self._config)))

    def take_focus(self) -> None:
        """The keyboard goes to the sentences."""
        self.table.setFocus()

    # -- state the tests and the hint read ------------------------------------------------------

    def focus(self) -> tuple[int, str]:
        """The focused row and side."""
        return self._row, self._side

    def selection(self) -> tuple[int, int]:
        """The selection in the focused sentence, (start, end) in code points (equal: just the caret)."""
        return min(self._anchor, self._position), max(self._anchor, self._position)

    def _current(self) -> dict[str, Any]:
        stored = ops.annotation_of(self.annotation, content=self._content)
        return ops.rescore(stored, config=self._config, content=self._content)

    def _sentence(self) -> str | None:
        return self.table.sentence(self._row, self._side)

    @staticmethod
    def _error_at_key(annotation: dict[str, Any], key: tuple[str, int, int, int]) -> dict[str, Any] | None:
        side, segment, start, end = key
        return next(
            (
                e
                for e in annotation["errors"]
                if (e["side"], e["segment"], e["start"], e["end"]) == (side, segment, start, end)
            ),
            None,
        )

    # -- moving --------------------------------------------------------------------------------

    def _go_row(self, step: int) -> None:
        row = max(0, min(self.table.row_count() - 1, self._row + step))
        if row == self._row:
            return
        self._row = row
        if self._sentence() is None:  # a summary's shorter side: go where there is a sentence
            self._side = "source" if self._side == "target" else "target"
        self._anchor = self._position = 0
        self.table.ensure_row_visible(row)
        self.refresh()

    def _switch_side(self) -> None:
        other = "source" if self._side == "target" else "target"
        if self.table.sentence(self._row, other) is None:
            if other == "source":
                self.show_message(self.tr("Row {row} has no source sentence.").format(row=self._row + 1))
            else:
                self.show_message(self.tr("Row {row} has no target sentence.").format(row=self._row + 1))
            return
        self._side = other
        self._anchor = self._position = 0
        self.refresh()

    def _forward(self, right: bool) -> bool:
        # Arrows go the way the eye reads them: in Arabic or Hebrew, Left is onward.
        return right != self.table.is_right_to_left(self._row, self._side)

    def _step(self, *, right: bool) -> None:
        text = self._sentence() or ""
        forward = self._forward(right)
        # From a selection (an error just marked) the caret goes on from its far edge: one key to the next word.
        start, end = self.selection()
        if forward:
            position = word_steps.next_word_start(text, end)
        else:
            position = word_steps.previous_word_start(text, start)
        self._caret_to(position)

    def _extend(self, *, right: bool, by_word: bool) -> None:
        text = self._sentence() or ""
        self._position = word_steps.extend(
            text, self._anchor, self._position, forward=self._forward(right), by_word=by_word
        )
        self.refresh()

    def _caret_to(self, position: int) -> None:
        self._anchor = self._position = position
        self.refresh()

    def _on_table_selected_by_mouse(self, row: int, side: str, anchor: int, position: int) -> None:
        if self._picking is not None:
            self._close_picker()
        self._row, self._side, self._anchor, self._position = row, side, anchor, position
        self.refresh()

    # -- marking -------------------------------------------------------------------------------

    def _apply(self, change: Any, text: str, *, merge_key: str | None = None) -> dict[str, Any] | None:
        """Run one operation on the annotation and commit it; a refusal is shown, not raised."""
        try:
            changed = change(self._current())
        except ops.TranslationCheckError as exc:
            self.show_message(self.tr("Not changed: {reason}.").format(reason=exc))
            return None
        self.show_message("")
        self.commit(changed, text, merge_key=merge_key)
        return changed

    def _span(self) -> tuple[int, int] | None:
        start, end = self.selection()
        if start == end:
            return word_steps.word_at(self._sentence() or "", self._position)
        return start, end

    def _mark(self, severity: str) -> None:
        span = self._span()
        if self._sentence() is None or span is None:
            self.show_message(self.tr("Nothing to mark here: this sentence is empty."))
            return
        try:
            start, end = ops.fit_span(self._sentence() or "", *span)
        except ops.TranslationCheckError as exc:
            self.show_message(self.tr("No error marked: {reason}.").format(reason=exc))
            return
        where = dict(side=self._side, segment=self._row, start=start, end=end)
        changed = self._apply(
            lambda a: ops.add_error(a, content=self._content, config=self._config, severity=severity, **where),
            {"major": self.tr("Major error"), "minor": self.tr("Minor error")}.get(severity, self.tr("Neutral error")),
        )
        if changed is None:
            return
        self._anchor, self._position = start, end
        error = self._error_at_key(changed, (self._side, self._row, start, end))
        self.refresh()
        preset = ops.default_category(self._side, self._config)
        if error is not None and error["category"] in (None, preset):
            self._open_picker(error)

    def _choose_category(self) -> None:
        current = self._current()
        start, end = self.selection()
        found = ops.errors_at(current, side=self._side, segment=self._row, start=start, end=end)
        exact = [e for e in found if (e["start"], e["end"]) == (start, end)]
        if not found:
            marks = ", ".join(self._key(name) for name in ("major", "minor", "neutral"))
            self.show_message(self.tr("No error here: select words and press {keys} first.").format(keys=marks))
            return
        self._open_picker((exact or found)[0])

    def _open_picker(self, error: dict[str, Any]) -> None:
        self._picking = (error["side"], error["segment"], error["start"], error["end"])
        title = self.tr("Category of {error} “{text}” ({place}):").format(
            error=severity_error(error["severity"]), text=error["text"], place=error_place(error)
        )
        first = error["category"] or ops.default_category(error["side"], self._config)
        self.picker.open(title, self._config.categories, first)

    def _on_picker_chosen(self, category: str) -> None:
        if self._picking is None:
            return
        side, segment, start, end = self._picking
        self._close_picker()
        self._apply(
            lambda a: ops.set_category(
                a,
                content=self._content,
                config=self._config,
                side=side,
                segment=segment,
                start=start,
                end=end,
                category=category,
            ),
            self.tr("Category {category}").format(category=category),
        )

    def _close_picker(self) -> None:
        had_focus = self.picker.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._picking = None
        self.picker.hide()
        if had_focus or self.focusWidget() is None:
            self.table.setFocus()

    def _delete(self) -> None:
        start, end = self.selection()
        if not ops.errors_at(self._current(), side=self._side, segment=self._row, start=start, end=end):
            self.show_message(self.tr("No error at the caret or in the selection to remove."))
            return
        where = dict(side=self._side, segment=self._row, start=start, end=end)
        self._apply(
            lambda a: ops.remove_errors_at(a, content=self._content, config=self._config, **where),
            self.tr("Remove error"),
        )

    def _toggle_non_translation(self) -> None:
        if self.table.sentence(self._row, "target") is None:
            self.show_message(
                self.tr("Row {row} has no target sentence to mark as not translated.").format(row=self._row + 1)
            )
            return
        self._apply(
            lambda a: ops.toggle_non_translation(a, content=self._content, config=self._config, segment=self._row),
            self.tr("Not a translation"),
        )

    def _esa_asked(self) -> bool:
        if not self._config.esa:
            self.show_message(self.tr("This package asks no ESA score."))
        return self._config.esa

    def _step_esa(self, delta: int) -> None:
        if self._esa_asked():
            self._apply(lambda a: ops.step_esa(a, delta=delta), self.tr("ESA score"), merge_key=self._esa_merge_key())

    def _set_esa(self, value: int) -> None:
        if self._esa_asked():
            self._apply(lambda a: ops.set_esa(a, value=value), self.tr("ESA score"), merge_key=self._esa_merge_key())

    def _esa_merge_key(self) -> str:
        # A run of ESA keys is one step to undo, as a slider drag would be.
        return f"esa:{self.item.id if self.item else ''}"

    # -- submitting ----------------------------------------------------------------------------

    def _submit(self) -> None:
        current = self._current()
        gaps = ops.missing(current, config=self._config)
        if gaps:
            without = next((gap for gap in gaps if gap.what == "category"), None)
            if without is not None:
                message = self.tr("Not yet submitted — still needed: {needed}. The caret is on it: {key} chooses one.")
            else:
                message = self.tr("Not yet submitted — still needed: {needed}.")
            self.show_message(message.format(needed="; ".join(map(translation_gap, gaps)), key=self._key("category")))
            if without is not None:  # to the first error without a category, ready for the category key
                self._row, self._side = without.segment, without.side
                self._anchor, self._position = without.start, without.end
                self.table.ensure_row_visible(self._row)
                self.refresh()
            return
        # A clean translation is stored too (no errors, MQM 0), and the score is the one of today's weights.
        self.commit(current, self.tr("Check translation"))
        self.trigger_shell("item.done")
