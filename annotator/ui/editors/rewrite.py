"""The rewrite editor: the response pre-filled in a text box, a live word diff, edit distances, a category per edit.

The keyboard stays in the text box. Every keystroke is saved at once as an undoable step, and a run of
typing undoes as one (Ctrl+Z, the app's undo: the box keeps no history of its own). Ctrl+R puts the
original back, Alt+↑/↓ go from edit to edit, Alt+1…Alt+9 tag the edit at the caret with the package's
categories (Alt+0 untags, Alt+C lists them all), Alt+R shows the prompt raw, Alt+Return submits: an
unchanged response asks to be confirmed first (Return yes, Esc no). The diff of a long response is
worked out ~150 ms after typing pauses, unless only a small stretch of it changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from annotator.core.evaluation import rewrite as ops
from annotator.core.evaluation.configs import RewriteConfig
from annotator.core.evaluation.content import prompt_turns, response_text
from annotator.core.model import Item
from annotator.core.session import PackageSession
from annotator.ui.actions import SHELL_ACTIONS, build_action, key_text, spec_by_id
from annotator.ui.editors.evaluation_base import EvaluationEditor
from annotator.ui.editors.evaluation_texts import rewrite_gap, rewrite_summary
from annotator.ui.editors.rewrite_keys import CATEGORY_SLOTS, REWRITE_ACTIONS
from annotator.ui.editors.rewrite_panels import (
    DiffView,
    EditList,
    RewriteBox,
    category_chooser,
    no_category,
    unchanged_question,
)
from annotator.ui.theme import keep_tone
from annotator.ui.widgets.response_view import ResponseView, chat_markdown

_SPECS = {spec.id: spec for spec in REWRITE_ACTIONS}
# A keystroke whose changed window is this small is diffed at once (a few ms even in a 50,000-character
# response); a larger window (edits at both ends of a long text) waits for a pause in the typing.
DIFF_NOW_CHARS = 4_000
DIFF_DELAY_MS = 150
# The tracked-changes view of a longer text is redrawn after a pause too: rebuilding it costs more than a keystroke may.
DRAW_NOW_CHARS = 10_000


def _label(name: str, style: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class RewriteEditor(EvaluationEditor):
    """Prompt, rewrite box, tracked changes and the list of edits; all on keys (see the module's docstring)."""

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(context, parent)
        self.setObjectName("rewrite_editor")
        self._original = ""
        self._config = RewriteConfig()
        self._focused: int | None = None
        self._syncing = False  # the box is being set from the store: its change is not typing
        self._run = 0  # typing between two other steps undoes as one; a new run after each of them
        self._typing = False  # a commit of typing is under way (its refresh keeps the run going)
        self._revision = -1  # the box's document revision the caret last saw: a move without a change is no typing
        self._diff_timer = QTimer(self)
        self._diff_timer.setSingleShot(True)
        self._diff_timer.setInterval(DIFF_DELAY_MS)
        self._diff_timer.timeout.connect(self._catch_up)
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(DIFF_DELAY_MS)
        self._draw_timer.timeout.connect(self._draw_diff)

        self.prompt_view = ResponseView()
        self.prompt_view.setObjectName("rewrite_prompt")
        self.prompt_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.box = RewriteBox()
        self.box.textChanged.connect(self._on_box_text_changed)
        self.box.cursorPositionChanged.connect(self._on_box_cursor_moved)
        self.diff_view = DiffView()
        self.edit_list = EditList()
        self.edit_list.setMaximumHeight(150)
        self.edit_list.itemClicked.connect(lambda item: self._go_to_edit(self.edit_list.row(item)))
        self.distance = _label("rewrite_distance", "font-size:15px;font-weight:bold;")
        self.legend = _label("rewrite_categories")
        keep_tone(self.legend, "quiet")  # a theme switch reaches it: no fixed grey
        self.hint = _label("rewrite_hint")
        keep_tone(self.hint, "quiet")

        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self._titled(self.tr("Your rewrite"), self.box))
        sides.addWidget(self._titled(self.tr("Changes (struck through: deleted; underlined: added)"), self.diff_view))
        self._prompt_panel = self._titled(self.tr("Prompt"), self.prompt_view)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(self._prompt_panel)
        parts.addWidget(sides)
        parts.setStretchFactor(0, 1)
        parts.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.message)
        layout.addWidget(parts, 1)
        layout.addWidget(self.distance)
        layout.addWidget(self.edit_list)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.box)
        self._build_actions()
        self._show_keys()

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_title(title))
        column.addWidget(widget, 1)
        return panel

    def _build_actions(self) -> None:
        handlers = {
            "rewrite.submit": self._submit,
            "rewrite.reset": self._reset,
            "rewrite.next_edit": lambda: self._step_edit(1),
            "rewrite.previous_edit": lambda: self._step_edit(-1),
            "rewrite.clear_category": lambda: self._tag(None),
            "rewrite.choose_category": self._choose_category,
            "rewrite.raw_prompt": lambda: self.prompt_view.set_raw(not self.prompt_view.is_raw()),
        }
        for slot in range(1, CATEGORY_SLOTS + 1):
            handlers[f"rewrite.category_{slot}"] = lambda s=slot: self._tag_slot(s)
        for spec in REWRITE_ACTIONS:
            build_action(self, spec, handlers[spec.id])

    def keymap_changed(self) -> None:
        """The legend and the hint name the keys the user has now."""
        self._show_keys()

    def _key(self, name: str) -> str:
        return key_text(_SPECS[f"rewrite.{name}"]).split(", ")[0] or "—"

    def _show_keys(self) -> None:
        slots = [f"{self._key(f'category_{n}')} {name}" for n, name in enumerate(self._config.categories[:9], 1)]
        if len(self._config.categories) > CATEGORY_SLOTS:
            legend = self.tr("Category of the edit at the caret:   {slots}   {none} none   {choose} all…")
        else:
            legend = self.tr("Category of the edit at the caret:   {slots}   {none} none   {choose} list")
        legend = legend.format(
            slots="   ".join(slots), none=self._key("clear_category"), choose=self._key("choose_category")
        )
        if self._config.require_category:
            legend = self.tr("{legend}   (every edit needs one)").format(legend=legend)
        self.legend.setText(legend)
        undo = key_text(spec_by_id("edit.undo", SHELL_ACTIONS)).split(", ")[0]
        self.hint.setText(
            self.tr(
                "{submit} submit · {reset} reset to the original · {previous}/{next} previous/next edit · "
                "{undo} undo · {raw} prompt raw/rendered"
            ).format(
                submit=self._key("submit"),
                reset=self._key("reset"),
                previous=self._key("previous_edit"),
                next=self._key("next_edit"),
                undo=undo,
                raw=self._key("raw_prompt"),
            )
        )

    # -- showing an item -----------------------------------------------------------------------

    def show_item(self, session: PackageSession, item: Item) -> None:
        """Finish the diff of the item being left (typing may have just paused), then show the new one."""
        self._flush()
        super().show_item(session, item)

    def take_focus(self) -> None:
        """The keyboard goes into the rewrite box."""
        self.box.setFocus()

    def load(self, item: Item, annotation: Any) -> None:
        """Show the prompt, the response (or the stored rewrite) in the box, the caret at its start."""
        assert self.session is not None
        content = dict(item.content or {})
        self._original = response_text(content)
        config = self.session.manifest.task_configs.get("rewrite")
        self._config = config if isinstance(config, RewriteConfig) else RewriteConfig()
        turns = prompt_turns(content)
        self._prompt_panel.setVisible(bool(turns))
        self.prompt_view.show_text(chat_markdown(turns))
        self._run += 1
        self._syncing = True
        try:
            self.box.setPlainText(ops.editable(self._text()))
        finally:
            self._syncing = False
            self._revision = self.box.document().revision()
        self._focused = None
        self._show_keys()
        self._show_annotation(draw_now=True)
        text = self._text()
        if annotation and ops.changed_window(self._original, text) > DIFF_NOW_CHARS:
            # Saved mid-typing (the app closed before the typing paused): its diff is worked out again.
            if not ops.is_current(annotation, self._original):
                self._diff_timer.start()

    def refresh(self) -> None:
        """Mirror the store: after an undo, redo or reset the box takes the stored text (only what differs)."""
        if not self._typing:
            self._run += 1  # typing after any other step (an undo, a category) is a step of its own
        if self._box_text() != self._text():
            self._diff_timer.stop()
            self._syncing = True
            try:
                self.box.replace_text(ops.editable(self._text()))
            finally:
                self._syncing = False
                self._revision = self.box.document().revision()
        self._show_annotation()

    def _text(self) -> str:
        return self.annotation["text"] if self.annotation else self._original

    def _box_text(self) -> str:
        return ops.from_editor(self._original, self.box.text())

    def _show_annotation(self, *, draw_now: bool = False) -> None:
        annotation = self.annotation
        self.distance.setText(rewrite_summary(ops.summary(annotation)))
        self._focused = ops.edit_at(annotation, self._stored_caret())
        edits = (annotation or {}).get("edits") or []
        self.edit_list.show_edits(edits, self._focused)
        if draw_now or len(self._original) + len(self._text()) <= DRAW_NOW_CHARS:
            self._draw_timer.stop()
            self._draw_diff()
        else:
            self._draw_timer.start()

    def _draw_diff(self) -> None:
        self.diff_view.show_diff(self._original, (self.annotation or {}).get("edits") or [])
        self.diff_view.focus_edit(self._focused)

    # -- typing --------------------------------------------------------------------------------

    def _on_box_text_changed(self) -> None:
        if self._syncing or self.item is None:
            return
        text = self._box_text()
        if text == self._text():
            return
        self.show_message("")
        if ops.changed_window(self._original, text) <= DIFF_NOW_CHARS:
            self._diff_timer.stop()
            annotation = ops.annotation_for(self._original, text, self.annotation)
        else:
            # Saved now, diffed when the typing pauses: a long text must never lag under the fingers.
            annotation = ops.typed(self.annotation, self._original, text)
            self._diff_timer.start()
        self._commit_typing(annotation)

    def _commit_typing(self, annotation: dict[str, Any]) -> None:
        self._typing = True
        try:
            self.commit(annotation, self.tr("Type in the rewrite"), merge_key=f"rewrite.type.{self._run}")
        finally:
            self._typing = False

    def _catch_up(self) -> None:
        """Store the diff and distances of the text typed last (part of the same undoable step as the typing)."""
        self._diff_timer.stop()
        if self.annotation is None or self.item is None:
            return
        self._commit_typing(ops.annotation_for(self._original, self.annotation["text"], self.annotation))

    def _flush(self) -> None:
        """Before any other step: the diff waiting for a pause in the typing is worked out now."""
        if self._diff_timer.isActive():
            self._catch_up()

    def _on_box_cursor_moved(self) -> None:
        if self._syncing:
            return
        revision = self.box.document().revision()
        if revision == self._revision:
            self._run += 1  # the caret moved without typing: what is typed next, elsewhere, undoes on its own
        self._revision = revision
        focused = ops.edit_at(self.annotation, self._stored_caret())
        if focused != self._focused:
            self._focused = focused
            self.edit_list.show_edits((self.annotation or {}).get("edits") or [], focused)
            self.diff_view.focus_edit(focused)

    def _stored_caret(self) -> int:
        return ops.to_stored(self._original, self.box.text(), self.box.caret())

    # -- the editor's keys ---------------------------------------------------------------------

    def _reset(self) -> None:
        self._flush()
        self.show_message("")
        if self.annotation is None or self.annotation == ops.reset(self._original):
            self.show_message(self.tr("The rewrite is the original response already."))
            return
        self.commit(ops.reset(self._original), self.tr("Reset the rewrite to the original"))

    def _edits(self) -> list[dict[str, Any]]:
        return (self.annotation or {}).get("edits") or []

    def _step_edit(self, step: int) -> None:
        self._flush()
        edits = self._edits()
        if not edits:
            self.show_message(self.tr("No edits yet: change the response in the box first."))
            return
        current = self._focused if self._focused is not None else (-1 if step > 0 else len(edits))
        self._go_to_edit(max(0, min(len(edits) - 1, current + step)))

    def _go_to_edit(self, index: int) -> None:
        edits = self._edits()
        if not 0 <= index < len(edits):
            return
        edit = edits[index]
        self.box.set_caret(ops.to_editor(self._original, self._text(), edit["after_start"] + len(edit["after"])))
        self.take_focus()

    def _tag_slot(self, slot: int) -> None:
        categories = self._config.categories
        if slot > len(categories):
            last = self._key(f"category_{min(len(categories), CATEGORY_SLOTS)}") if categories else "—"
            if not categories:
                message = self.tr("This package has no categories.")
            elif len(categories) == 1:
                message = self.tr("This package has 1 category: {first}…{last}.")
            else:
                message = self.tr("This package has {count} categories: {first}…{last}.")
            self.show_message(message.format(count=len(categories), first=self._key("category_1"), last=last))
            return
        self._tag(categories[slot - 1])

    def _tag(self, category: str | None) -> None:
        self._flush()
        if not self._edits() or self._focused is None:
            self.show_message(self.tr("No edit to tag yet: change the response in the box first."))
            return
        self.show_message("")
        tagged = ops.set_category(
            self.annotation, index=self._focused, category=category, categories=self._config.categories
        )
        number = self._focused + 1
        if category:
            self.commit(tagged, self.tr("Edit {number}: {category}").format(number=number, category=category))
        else:
            self.commit(tagged, self.tr("Edit {number}: no category").format(number=number))

    def _choose_category(self) -> None:
        self._flush()
        if not self._edits() or self._focused is None:
            self.show_message(self.tr("No edit to tag yet: change the response in the box first."))
            return
        if not self._config.categories:
            self.show_message(self.tr("This package lists no categories."))
            return
        index = self._focused
        current = self._edits()[index]["category"]
        dialog = category_chooser(self, self._config.categories, current, number=index + 1)
        item_id = self.item.id if self.item else None

        def chosen(value: str) -> None:
            if self.item is not None and self.item.id == item_id and index == self._focused:
                self._tag(None if value == no_category() else value)

        dialog.textValueSelected.connect(chosen)
        dialog.finished.connect(lambda _result: (dialog.deleteLater(), self._back_from_dialog()))
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the list at once, wherever the window manager puts it

    def _submit(self) -> None:
        self._flush()
        self.show_message("")
        problems = ops.missing(self.annotation, self._config, self._original)
        if not problems:
            self.trigger_shell("item.done")
        elif problems == [ops.UNCONFIRMED]:
            self._ask_unchanged()
        else:
            shown = " ".join(rewrite_gap(problem) for problem in problems)
            if self._config.require_category:
                message = self.tr(
                    "Not submitted yet. {problems} Put the caret in an edit ({key}) and give it a category."
                )
            else:
                message = self.tr("Not submitted yet. {problems}")
            self.show_message(message.format(problems=shown, key=self._key("next_edit")))

    def _ask_unchanged(self) -> None:
        box, yes = unchanged_question(self)
        item_id = self.item.id if self.item else None
        box.finished.connect(lambda _result: self._on_unchanged_answered(box, item_id, box.clickedButton() is yes))
        box.open()
        box.activateWindow()  # the keyboard goes to the question at once, wherever the window manager puts it

    def _on_unchanged_answered(self, box: QMessageBox, item_id: str | None, confirmed: bool) -> None:
        box.deleteLater()
        if self.item is None or self.item.id != item_id:
            return
        self._back_from_dialog()
        if not confirmed:
            self.show_message(self.tr("Not submitted: rewrite the response, or submit again to keep it unchanged."))
            return
        if ops.missing(self.annotation, self._config, self._original) == [ops.UNCONFIRMED]:
            self.commit(
                ops.confirm_unchanged(self.annotation, self._original), self.tr("Confirm the response needs no change")
            )
        self.trigger_shell("item.done")

    def _back_from_dialog(self) -> None:
        # The keyboard returns to the rewrite, with the window active again wherever the dialog left it.
        self.window().activateWindow()
        self.take_focus()


def _title(text: str) -> QLabel:
    title = QLabel(text)
    title.setTextFormat(Qt.TextFormat.PlainText)
    title.setStyleSheet("font-weight:bold;")
    keep_tone(title, "quiet")
    return title
