"""The text classification editor: one key per decision, spans for aspects, every change one undoable edit."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from annotator.core import judgements as jd
from annotator.core.edits import Edit, SetAnnotation, SetComment, comment_edit
from annotator.core.model import Item, LabelSchema
from annotator.core.session import PackageSession
from annotator.ui.actions import SENTIMENT_ACTIONS, SHELL_ACTIONS, build_action
from annotator.ui.editors.label_bar import LabelBar
from annotator.ui.editors.text_view import DEFAULT_POINT_SIZE, TextView
from annotator.ui.keymap import current as current_keymap
from annotator.ui.theme import keep_tone
from annotator.ui.workers import run_in_background

FONT_SETTING = "sentiment.point_size"
PREFETCH = 3
CACHE_SIZE = 16
# Keys the editor and the shell use; a schema hotkey on one of them would make both keys dead (ambiguous).
_LABEL_SPECS = tuple(spec for spec in SENTIMENT_ACTIONS if spec.id.startswith("sentiment.label_"))


def _reserved_keys() -> tuple[str, ...]:
    """Keys a schema hotkey may not take: the shell's and this editor's own, as the user has them now."""
    specs = (*SHELL_ACTIONS, *SENTIMENT_ACTIONS)
    return tuple(key for spec in specs if spec not in _LABEL_SPECS for key in current_keymap().keys_for(spec))


def _default_label_keys() -> tuple[str, ...]:
    """The keys of label slots 1, 2, ... (the user may have remapped them)."""
    return tuple(keys[0] for spec in _LABEL_SPECS if (keys := current_keymap().keys_for(spec)))


class CommentBox(QLineEdit):
    """A one-line comment; Escape hands the keyboard back to the text (Return does so via the submit key)."""

    left = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return
        super().keyPressEvent(event)


class SentimentEditor(QWidget):
    """Shows a text item; label keys, binary answers, unsure, comment, spans, submit and back."""

    item_shown = Signal(str)

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("sentiment_editor")
        self._context = context
        self._session: PackageSession | None = None
        self._item: Item | None = None
        self._text = ""
        self._schema = LabelSchema(mode="single", labels=())
        self._judgement = jd.empty_judgement()
        self._suggestion: jd.Suggestion | None = None
        self._keys: dict[str, str] = {}
        self._colors: dict[str, QColor] = {}
        self._texts: OrderedDict[str, str] = OrderedDict()  # media texts read ahead, by item id
        self._pending: set[str] = set()
        self._loaded = False  # the item's text is on screen (not "Loading…"), so edits may be made
        self._schema_problems: list[str] = []

        self._message = QLabel()
        self._message.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self._message.setObjectName("editor_message")
        self._message.setWordWrap(True)
        self._message.setStyleSheet("background:#fff3cd;color:#5c4400;padding:6px;border-radius:4px;")
        self._message.hide()
        self._question = QLabel()
        self._question.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self._question.setObjectName("sentiment_question")
        self._question.setStyleSheet("font-size:16px;font-weight:bold;")
        self._suggestion_label = QLabel()
        self._suggestion_label.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self._suggestion_label.setObjectName("sentiment_suggestion")
        self._suggestion_label.setStyleSheet("font-style:italic;")
        keep_tone(self._suggestion_label, "quiet")  # a theme switch reaches it: no fixed grey
        self.text_view = TextView()
        self.label_bar = LabelBar()
        self.label_bar.label_clicked.connect(self._on_label_bar_label_clicked)
        self.label_bar.answer_clicked.connect(self._answer)
        self.unsure_button = QPushButton(self.tr("U  unsure"))
        self.unsure_button.setObjectName("unsure_button")
        self.unsure_button.setCheckable(True)
        self.unsure_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unsure_button.setStyleSheet(
            "QPushButton{border:2px solid #b58900;border-radius:6px;padding:6px 14px;font-size:15px;}"
            "QPushButton:checked{background:#b58900;color:white;}"
        )
        self.unsure_button.clicked.connect(self._toggle_unsure)
        self._spans_label = QLabel()
        self._spans_label.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self._spans_label.setObjectName("sentiment_spans")
        self._spans_label.setWordWrap(True)
        self.comment_box = CommentBox()
        self.comment_box.setObjectName("comment_box")
        self.comment_box.setAccessibleName(self.tr("Comment for the team lead"))
        self.comment_box.setPlaceholderText(
            self.tr("Comment for the team lead (C) — Return or Esc goes back to the text")
        )
        self.comment_box.editingFinished.connect(self._commit_comment)
        # Saved at every keystroke, so a crash mid-sentence loses nothing typed.
        self.comment_box.textEdited.connect(lambda _text: self._commit_comment(typing=True))
        self.comment_box.left.connect(self._leave_comment)
        self._hint = QLabel()
        self._hint.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
        self._hint.setObjectName("sentiment_hint")
        self._hint.setWordWrap(True)
        keep_tone(self._hint, "quiet")

        choices = QHBoxLayout()
        choices.addWidget(self.label_bar, 1)
        choices.addWidget(self.unsure_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._message)
        layout.addWidget(self._question)
        layout.addWidget(self._suggestion_label)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(choices)
        layout.addWidget(self._spans_label)
        layout.addWidget(self.comment_box)
        layout.addWidget(self._hint)
        # When the host switches to this editor the keyboard lands in the text, ready for label keys.
        self.setFocusProxy(self.text_view)
        self._label_actions: list[QAction] = []
        self._build_actions()

    def _build_actions(self) -> None:
        handlers = {
            "sentiment.submit": self._submit,
            "sentiment.back": lambda: self._trigger_shell("go.previous"),
            "sentiment.accept": lambda: self._answer("accept"),
            "sentiment.reject": lambda: self._answer("reject"),
            "sentiment.ignore": lambda: self._answer("ignore"),
            "sentiment.unsure": self._toggle_unsure,
            "sentiment.comment": self._focus_comment,
            "sentiment.remove_span": self._remove_spans,
            "sentiment.font_bigger": lambda: self._change_font(1.15),
            "sentiment.font_smaller": lambda: self._change_font(1 / 1.15),
            "sentiment.font_reset": lambda: self._change_font(None),
        }
        for spec in SENTIMENT_ACTIONS:
            if spec.id.startswith("sentiment.label_"):
                slot = int(spec.id.removeprefix("sentiment.label_"))
                self._label_actions.append(build_action(self, spec, lambda s=slot: self._on_label_key(s)))
            else:
                build_action(self, spec, handlers[spec.id])

    # -- showing an item ---------------------------------------------------------------------

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Show a text item and its stored judgement (or the suggestion); media texts come from a worker."""
        self._commit_comment()  # a comment being typed belongs to the item it was typed on
        new_session = self._session is not session
        if new_session:
            self._texts.clear()
            self._session = session
            size = session.workspace.setting(FONT_SETTING, DEFAULT_POINT_SIZE)
            self.text_view.set_point_size(float(size) if isinstance(size, (int, float)) else DEFAULT_POINT_SIZE)
        self._item = item
        self._set_schema(session.manifest.label_schemas.get("text", self._schema))
        self._suggestion = jd.suggestion_of(item.prelabel, self._schema)
        state = session.state(item.id)
        self._judgement = jd.judgement_of(state.annotation)
        self.comment_box.setText(state.comment)
        self._take_keyboard(first=new_session)
        text = item.text if item.text is not None else self._texts.get(item.id)
        if text is None:
            self._text, self._loaded = "", False
            self.text_view.show_text(self.tr("Loading…"))
            self._read_text(item)
        else:
            self._show_text(text)
        self._prefetch()

    def _take_keyboard(self, *, first: bool) -> None:
        # A freshly opened package starts in the text; later the keyboard stays where the annotator put it
        # (the item queue, say), except that a comment never carries over to the next text.
        focus = QApplication.focusWidget()
        if first or focus is None or not focus.isVisible() or self.isAncestorOf(focus):
            self.text_view.setFocus()

    def keymap_changed(self) -> None:
        """Re-derive the label keys from the user's new keys (schema hotkeys still come first)."""
        self._keys = {}
        self._set_schema(self._schema)
        self._refresh()

    def _set_schema(self, schema: LabelSchema) -> None:
        if schema == self._schema and self._keys:
            return
        self._schema = schema
        self._keys, problems = jd.assign_label_keys(
            schema.labels, reserved=_reserved_keys(), defaults=_default_label_keys()
        )
        self._colors = {label.name: QColor(label.color) for label in schema.labels}
        self.label_bar.set_schema(schema, self._keys)
        for slot, action in enumerate(self._label_actions):
            label = schema.labels[slot] if slot < len(schema.labels) else None
            key = self._keys.get(label.name) if label else None
            action.setShortcuts([QKeySequence(key)] if key else [])
            action.setEnabled(label is not None)
        self._schema_problems = problems

    def _show_text(self, text: str) -> None:
        assert self._item is not None
        self._text, self._loaded = text, True
        # Suggested spans are checked against the text, so the full suggestion waits for it.
        self._suggestion = jd.suggestion_of(self._item.prelabel, self._schema, text=text)
        self.text_view.show_text(text)
        self._message.setVisible(bool(self._schema_problems))
        self._message.setText("\n".join(self._schema_problems))
        self._refresh()
        self.item_shown.emit(self._item.id)

    def _read_text(self, item: Item) -> None:
        assert self._session is not None
        package = self._session.package
        self._pending.add(item.id)
        run_in_background(lambda: (item.id, package.item_text(item)), self._on_text_read, self._on_text_failed)

    def _on_text_read(self, result: tuple[str, str]) -> None:
        item_id, text = result
        self._pending.discard(item_id)
        self._texts[item_id] = text
        while len(self._texts) > CACHE_SIZE:
            self._texts.popitem(last=False)
        if self._item is not None and self._item.id == item_id and not self._loaded:
            self._show_text(text)

    def _on_text_failed(self, error: Exception) -> None:
        if self._item is None or self._item.id not in self._pending:
            return  # a read-ahead failed; its own item shows the error when it comes up
        self._pending.discard(self._item.id)
        self._message.setText(
            self.tr("⚠ This text cannot be shown:\n{error}\n\nFlag it (Ctrl+G) or skip it (Ctrl+K).").format(
                error=error
            )
        )
        self._message.show()
        self.text_view.show_text("")
        self.item_shown.emit(self._item.id)

    def _prefetch(self) -> None:
        """Read the next media texts now, so the next item is on screen the moment this one is submitted."""
        if self._session is None or self._item is None:
            return
        index = self._session.index_of(self._item.id)
        upcoming = [item for item in self._session.items[index + 1 :] if item.kind == "text"][:PREFETCH]
        for item in upcoming:
            if item.text is None and item.id not in self._texts and item.id not in self._pending:
                self._read_text(item)

    def item_changed(self, edit: Edit) -> None:
        """Re-read the item after an edit, undo or redo of it."""
        if self._item is None or self._session is None or edit.item_id != self._item.id:
            return
        if isinstance(edit, SetAnnotation):
            self._judgement = jd.judgement_of(self._session.state(self._item.id).annotation)
            self._refresh()
        elif isinstance(edit, SetComment) and not self.comment_box.hasFocus():
            self.comment_box.setText(self._session.state(self._item.id).comment)

    # -- state the tests and the hint read ---------------------------------------------------

    def judgement(self) -> jd.Judgement:
        """The judgement on screen (what is stored for this item, or an empty one)."""
        return jd.judgement_of(self._judgement)

    def label_keys(self) -> dict[str, str]:
        """The key of each label, as the buttons show them."""
        return dict(self._keys)

    def _question_label(self) -> str | None:
        return self._judgement["question"] or jd.binary_question(self._schema, self._suggestion)

    def _refresh(self) -> None:
        judgement, binary = self._judgement, self._schema.mode == "binary"
        self.label_bar.show_state(
            chosen=[] if binary else judgement["labels"], answer=judgement["answer"], suggestion=self._suggestion
        )
        self.unsure_button.setChecked(judgement["unsure"])
        self.text_view.set_spans(judgement["spans"], self._colors, suggested=self._suggested_spans())
        self._question.setVisible(binary)
        if binary:
            question = self.tr("Is this text “{label}”?  A accept · X reject · Space ignore")
            self._question.setText(question.format(label=self._question_label()))
        if self._suggestion is not None:
            if judgement["source"] == "prelabel":
                suggestion = self.tr("Suggestion: {suggestion} — accepted")
            else:
                suggestion = self.tr("Suggestion: {suggestion} — A accepts it and moves on")
            self._suggestion_label.setText(suggestion.format(suggestion=self._suggestion_text(self._suggestion)))
        self._suggestion_label.setVisible(self._suggestion is not None)
        spans = judgement["spans"]
        listed = " · ".join(f"“{s['text']}” → {s['label']}" for s in spans[:8])
        self._spans_label.setText(self.tr("%n span(s): {spans}", "", len(spans)).format(spans=listed) if spans else "")
        self._spans_label.setVisible(bool(spans))
        keys = [self._keys[label.name] for label in self._schema.labels if label.name in self._keys]
        label_keys = f"{keys[0]}–{keys[-1]}" if len(keys) > 1 else (keys[0] if keys else "")
        if binary:
            lead = self.tr("A/X/Space answer")
        elif self._schema.mode == "multi":
            lead = self.tr("{keys} toggle labels").format(keys=label_keys)
        else:
            lead = self.tr("{keys} choose").format(keys=label_keys)
        hint = self.tr(
            "{lead} · U unsure · C comment · Return submit · Backspace back · "
            "select text then {keys}: span · Del remove span · Ctrl +/− text size"
        )
        self._hint.setText(hint.format(lead=lead, keys=label_keys or self.tr("a label key")))

    def _suggested_spans(self) -> list[jd.Span]:
        # Drawn only until the annotator decides anything; they are stored only when the suggestion is accepted.
        if self._suggestion is None or self._judgement != jd.empty_judgement():
            return []
        return list(self._suggestion.spans)

    def _suggestion_text(self, suggestion: jd.Suggestion) -> str:
        """The suggested labels with their score, and how many spans: "positive (87%) · 2 spans"."""
        parts = [", ".join(suggestion.labels)] if suggestion.labels else []
        if suggestion.spans:
            count = len(suggestion.spans)
            # One and many, as Italian and German count too: whole phrases for the translators.
            spans = self.tr("{count} span") if count == 1 else self.tr("{count} spans")
            parts.append(spans.format(count=count))
        if suggestion.score is not None:
            # The number in the UI language's digits; "%" spaced as that language writes it ("87 %" in German).
            percent = QLocale().toString(round(suggestion.score * 100))
            parts[0] += " (" + self.tr("{percent}%").format(percent=percent) + ")"
        return " · ".join(parts)

    # -- edits -------------------------------------------------------------------------------

    def _commit(self, judgement: jd.Judgement, text: str) -> None:
        if self._session is None or self._item is None or not self._loaded or judgement == self._judgement:
            return
        before = self._session.state(self._item.id).annotation
        self._context.push(SetAnnotation(self._session.package_id, self._item.id, before, judgement, text))

    def _on_label_key(self, slot: int) -> None:
        if slot <= len(self._schema.labels):
            self._apply_label(self._schema.labels[slot - 1].name)

    def _on_label_bar_label_clicked(self, name: str) -> None:
        self._apply_label(name)

    def _apply_label(self, name: str) -> None:
        """With text selected: label it as a span. Otherwise choose (or toggle) the item's label."""
        start, end = self.text_view.selection()
        if start != end and self._loaded:
            try:
                spanned = jd.add_span(self._judgement, text=self._text, start=start, end=end, label=name)
            except jd.JudgementError as exc:
                self._show_hint_message(self.tr("No span: {reason}.").format(reason=exc))
                return
            self._commit(spanned, self.tr("Span {label}").format(label=name))
            self.text_view.clear_selection()
        elif self._schema.mode == "binary":
            self._show_hint_message(self.tr("Select some text first: in a yes/no task label keys mark spans."))
        else:
            chosen = jd.choose_label(self._judgement, label=name, schema=self._schema)
            self._commit(chosen, self.tr("Label {label}").format(label=name))

    def _answer(self, answer: str) -> None:
        if self._schema.mode != "binary":
            if answer == "accept":
                self._accept_suggestion()
            return
        question = self._question_label()
        if question is None:
            return
        answered = jd.set_answer(self._judgement, answer=answer, question=question)
        self._commit(answered, self._answer_text(answer))
        self._trigger_shell("item.done")

    def _accept_suggestion(self) -> None:
        if self._suggestion is None:
            self._show_hint_message(self.tr("This text has no suggestion to accept."))
            return
        accepted = jd.accept_suggestion(self._judgement, suggestion=self._suggestion, schema=self._schema)
        self._commit(accepted, self.tr("Accept suggestion"))
        self._trigger_shell("item.done")

    def _toggle_unsure(self) -> None:
        self._commit(jd.toggle_unsure(self._judgement), self.tr("Unsure"))
        self.unsure_button.setChecked(self._judgement["unsure"])  # a click must not flip the button on its own

    def _remove_spans(self) -> None:
        start, end = self.text_view.selection()
        if jd.spans_at(self._judgement, start=start, end=end):
            self._commit(jd.remove_spans(self._judgement, start=start, end=end), self.tr("Remove span"))

    def _submit(self) -> None:
        if self.comment_box.hasFocus():
            self._leave_comment()
            return
        if not jd.is_decided(self._judgement, self._schema):
            if self._schema.mode == "binary":
                text = self.tr(
                    "Nothing chosen yet: answer with A, X or Space. Ctrl+K skips the text, Ctrl+Return marks it done."
                )
            else:
                text = self.tr(
                    "Nothing chosen yet: choose a label (or U for unsure). "
                    "Ctrl+K skips the text, Ctrl+Return marks it done."
                )
            self._show_hint_message(text)
            return
        self._trigger_shell("item.done")

    def _answer_text(self, answer: str) -> str:
        """The undo step's name for an answer."""
        if answer == "accept":
            return self.tr("Answer accept")
        if answer == "reject":
            return self.tr("Answer reject")
        return self.tr("Answer ignore")

    def _trigger_shell(self, action_id: str) -> None:
        # Done-and-next and navigation belong to the shell; its own actions do them, so Return here and
        # Ctrl+Return there behave the same.
        window = self.window()
        action = window.findChild(QAction, action_id) if window is not None else None
        if action is not None and action.isEnabled():
            action.trigger()

    def _show_hint_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.show()

    # -- comment -----------------------------------------------------------------------------

    def _focus_comment(self) -> None:
        self.comment_box.setFocus()
        self.comment_box.end(False)

    def _leave_comment(self) -> None:
        self._commit_comment()
        self.text_view.setFocus()

    def _commit_comment(self, *, typing: bool = False) -> None:
        if self._session is None or self._item is None:
            return
        comment = self.comment_box.text()
        if comment != self._session.state(self._item.id).comment:
            merge_key = f"comment:{self._item.id}" if typing else None
            self._context.push(
                comment_edit(self._session.workspace, self._session.package_id, self._item.id, comment, merge_key)
            )

    # -- text size ---------------------------------------------------------------------------

    def _change_font(self, factor: float | None) -> None:
        size = DEFAULT_POINT_SIZE if factor is None else self.text_view.point_size() * factor
        used = self.text_view.set_point_size(size)
        if self._session is not None:
            self._session.workspace.set_setting(FONT_SETTING, round(used, 1))
