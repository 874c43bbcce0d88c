"""The comparison editor: a prompt, two (or N) answers side by side as A, B, …, decided on single keys.

The answers are shown in the annotator's own stable order (`shown_order`, or the order a stored
annotation recorded, so it never changes under them), under side letters only: the systems that
wrote them are never named. Every change is one undoable step through `commit`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout

from annotator.core.evaluation import pairwise as pw
from annotator.core.evaluation.configs import PairwiseConfig
from annotator.core.evaluation.content import Response, prompt_turns, responses
from annotator.core.evaluation.order import shown_order, side_letter
from annotator.core.model import Item
from annotator.ui.actions import SHELL_ACTIONS, build_action, key_text, spec_by_id
from annotator.ui.editors.evaluation_base import EvaluationEditor
from annotator.ui.editors.evaluation_texts import (
    choice_text,
    number,
    pairwise_contradiction,
    pairwise_gap,
    pairwise_summary,
    side_text,
)
from annotator.ui.editors.pairwise_keys import (
    PAIRWISE_ACTIONS,
    REASON_SLOTS,
    STRENGTH_KEYS,
    hint_text,
    key_of,
    strength_id,
)
from annotator.ui.editors.pairwise_panels import (
    BAD,
    CHOSEN,
    TIED,
    AnswerBoard,
    CriteriaGrid,
    RationaleBox,
    ReasonChips,
    StrengthBar,
    plain_label,
)
from annotator.ui.keymap import current as current_keymap
from annotator.ui.theme import keep_tone
from annotator.ui.widgets.response_view import MARGIN, ResponseView, chat_markdown

PROMPT_HEIGHT = 150
_SPECS = {spec.id: spec for spec in PAIRWISE_ACTIONS}
_DIGIT_IDS = ("pairwise.choose_a", "pairwise.choose_b", "pairwise.tie", "pairwise.both_bad") + tuple(
    f"pairwise.rank_{digit}" for digit in range(5, 10)
)
_CRITERION_SIDES = ("A", "B", "tie")


def _undo_key() -> str:
    """The undo key as the user has it now."""
    return key_text(spec_by_id("edit.undo", SHELL_ACTIONS)).split(", ")[0]


class PairwiseEditor(EvaluationEditor):
    """Prompt on top, the answers below; digits decide (or rank), letters grade strength, chips and a rationale."""

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(context, parent)
        self.setObjectName("pairwise_editor")
        self.config = PairwiseConfig()
        self._responses: list[Response] = []
        self._order: list[str] = []
        self._current: pw.Annotation | None = None
        self._row = 0  # the focused criteria row (len(criteria): the overall row)
        self._answer = 0  # the focused answer (the one a rank digit ranks)
        self._raw = False
        self._diff = False
        self._hint_for: tuple[Any, ...] | None = None
        # The next comparison's answers are laid out while this one is read, so Return shows them at once.
        self._read_ahead_timer = QTimer(self)
        self._read_ahead_timer.setSingleShot(True)
        self._read_ahead_timer.setInterval(0)
        self._read_ahead_timer.timeout.connect(self._read_ahead)

        self.prompt_title = plain_label(self.tr("Prompt"), "pairwise_prompt_title")
        self.prompt_title.setStyleSheet("font-weight:bold;")
        keep_tone(self.prompt_title, "quiet")  # a theme switch reaches it: no fixed grey
        self.prompt_view = ResponseView()
        self.prompt_view.setObjectName("pairwise_prompt")
        self.prompt_view.setMaximumHeight(PROMPT_HEIGHT)
        self.prompt_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.board = AnswerBoard()
        self.panels = self.board.panels
        for panel in self.panels:  # read out by its side letter, as the frame shows it
            panel.view.setAccessibleName(self.tr("Answer {letter}").format(letter=panel.letter))
        self.note = plain_label("", "pairwise_contradiction")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#7a4f00;background:#fff8e1;padding:4px;border-radius:4px;")
        self.note.hide()
        self.summary = plain_label("", "pairwise_summary")
        self.summary.setWordWrap(True)  # a long summary wraps on a small screen instead of widening the window
        self.grid = CriteriaGrid()
        self.strength = StrengthBar()
        self.reasons = ReasonChips()
        self.reasons.toggled.connect(self._toggle_reason_named)
        self.rationale = RationaleBox()
        self.rationale.setObjectName("pairwise_rationale")
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.textEdited.connect(self._on_rationale_edited)
        self.rationale.left.connect(self._leave_rationale)
        self.hint = plain_label("", "pairwise_hint")
        self.hint.setWordWrap(True)
        keep_tone(self.hint, "quiet")

        decisions = QHBoxLayout()
        decisions.addWidget(self.grid)
        decisions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.message)
        layout.addWidget(self.prompt_title)
        layout.addWidget(self.prompt_view)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addLayout(decisions)
        layout.addWidget(self.strength)
        layout.addWidget(self.reasons)
        layout.addWidget(self.rationale)
        layout.addWidget(self.hint)
        self._actions: dict[str, QAction] = {}
        self._build_actions()
        self.grid.set_rows(self.config.criteria)
        self._show_keys()

    # -- actions -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        handlers = {
            "pairwise.row_up": lambda: self._move_row(-1),
            "pairwise.row_down": lambda: self._move_row(1),
            "pairwise.next_answer": lambda: self._move_answer(1),
            "pairwise.previous_answer": lambda: self._move_answer(-1),
            "pairwise.rationale": self._focus_rationale,
            "pairwise.diff": self._toggle_diff,
            "pairwise.raw": self._toggle_raw,
            "pairwise.submit": self._submit,
            "pairwise.back": lambda: self.trigger_shell("go.previous"),
        }
        for digit, action_id in enumerate(_DIGIT_IDS, start=1):
            handlers[action_id] = lambda d=digit: self._on_digit(d)
        for value in STRENGTH_KEYS:
            handlers[strength_id(value)] = lambda v=value: self._on_strength(v)
        for slot in range(1, REASON_SLOTS + 1):
            handlers[f"pairwise.reason_{slot}"] = lambda s=slot: self._toggle_reason_slot(s)
        for spec in PAIRWISE_ACTIONS:
            self._actions[spec.id] = build_action(self, spec, handlers[spec.id])

    def keymap_changed(self) -> None:
        """Take the user's new keys: the actions' shortcuts, and the keys the hint, scale and chips show."""
        for action_id, action in self._actions.items():
            action.setShortcuts([QKeySequence(key) for key in current_keymap().keys_for(_SPECS[action_id])])
        self._hint_for = None
        self._show_keys()
        if self._current is not None:
            self.refresh()

    # -- showing an item ---------------------------------------------------------------------

    def load(self, item: Item, annotation: Any) -> None:
        """Show the item's prompt and answers in this annotator's order, and what is stored for it."""
        assert self.session is not None
        config = self.session.manifest.task_configs.get("pairwise") or PairwiseConfig()
        if config != self.config:  # a package of other settings: rows, chips and keys shown anew
            self.config = config
            self.grid.set_rows(config.criteria)
            self._show_keys()
        self._responses = responses(item.content)
        ids = [response.id for response in self._responses]
        order = pw.stored_order(annotation, ids)
        if order is None:
            order = shown_order(self.annotator, item.id, ids, randomize=self.config.randomize)
            if annotation is not None:
                self.show_message(
                    self.tr(
                        "What was stored for this item names other answers than it has now; it starts afresh "
                        "({undo} after your first change brings the old one back)."
                    ).format(undo=_undo_key())
                )
        self._order = order
        if self.isAncestorOf(QApplication.focusWidget()):
            # Before a panel is hidden: Qt would hand the keyboard of a hidden view to a widget outside the editor.
            self.panels[0].view.setFocus()
        self._answer = 0
        self._current = pw.annotation_of(annotation, order)
        self._row = next(
            (row for row, name in enumerate(self.config.criteria) if name not in self._current["criteria"]),
            len(self.config.criteria),
        )
        self.board.place(len(order))
        prompt = chat_markdown(prompt_turns(item.content))
        # A short prompt takes a short box; counted from the text, not from a layout of a long one.
        lines = sum(1 + len(line) // 110 for line in prompt.splitlines()) or 1
        spacing = self.prompt_view.fontMetrics().lineSpacing()
        self.prompt_view.setMaximumHeight(min(PROMPT_HEIGHT, 2 * MARGIN + 6 + lines * spacing))
        if prompt != self.prompt_view.text() or self.prompt_view.is_raw() != self._raw:
            self.prompt_view.show_text(prompt, raw=self._raw)  # items often share a prompt: rendered once
        self._show_answers()
        self.rationale.setText(self._current["rationale"])
        self.refresh()
        self._read_ahead_timer.start()

    def _read_ahead(self) -> None:
        """Render the next comparison's answers into the views that will show them (in its shown order)."""
        if self.session is None or self.item is None or self._diff or not self.session.workspace.is_open:
            return  # nothing to read ahead for (or the window is being taken down)
        index = self.session.index_of(self.item.id)
        upcoming = next((item for item in self.session.items[index + 1 :] if item.kind == "pairwise"), None)
        if upcoming is None:
            return
        answers = responses(upcoming.content)
        ids = [response.id for response in answers]
        stored = self.session.state(upcoming.id).annotation
        order = pw.stored_order(stored, ids) or shown_order(
            self.annotator, upcoming.id, ids, randomize=self.config.randomize
        )
        texts = {response.id: response.text for response in answers}
        for panel, response_id in zip(self.board.panels, order, strict=False):
            panel.view.prepare(texts[response_id], raw=self._raw)

    def take_focus(self) -> None:
        """The keyboard goes to the focused answer's view: decision keys work there, PgUp/PgDown scroll it."""
        self.panels[self._answer].view.setFocus()

    def refresh(self) -> None:
        """Redraw the decision from the stored annotation: frames, grid, scale, chips, rationale, note."""
        if self.item is None or not self._order:
            return
        current = pw.annotation_of(self.annotation, self._order)
        self._current = current
        nway = pw.is_ranking(current)
        choice = current["choice"]
        ranking = current["ranking"] or {}
        for index, response_id in enumerate(self._order):
            if nway:
                rank = ranking.get(response_id)
                color = CHOSEN if rank == 1 else None
                text = self.tr("rank {rank}").format(rank=rank) if rank is not None else self.tr("not ranked")
            else:
                color, text = self._side_state(choice, side_letter(index))
            self.panels[index].set_state(color=color, focused=index == self._answer, text=text)
        self.grid.setVisible(not nway)
        if not nway:
            rows: list[str | None] = [current["criteria"].get(name) for name in self.config.criteria]
            self.grid.show_choices([*rows, choice], self._row)
        self.strength.setVisible(self.config.strength and not nway)
        self.strength.show_value(current["strength"])
        self.reasons.show_chosen(current["reasons"])
        if not self.rationale.hasFocus() and self.rationale.text() != current["rationale"]:
            self.rationale.setText(current["rationale"])  # not while typing: the cursor would jump
        note = pairwise_contradiction(pw.contradiction(current, self.config))
        self.note.setText(note or "")
        self.note.setVisible(note is not None)
        self.summary.setText(pairwise_summary(pw.summary(current, self.config)))
        self._show_hint(nway)

    def _side_state(self, choice: str | None, letter: str) -> tuple[QColor | None, str]:
        if choice == letter:
            return CHOSEN, self.tr("better")
        if choice == "tie":
            return TIED, self.tr("tie")
        if choice == "both_bad":
            return BAD, self.tr("bad")
        return None, ""

    def _show_answers(self) -> None:
        """Put each answer's text in its view (rendered or raw), with the word diff of A and B when it is on."""
        texts = {response.id: response.text for response in self._responses}
        self.board.show_texts([texts[response_id] for response_id in self._order], raw=self._raw, diff=self._diff)

    def _show_keys(self) -> None:
        self.strength.set_keys({value: key_of(strength_id(value)) for value in STRENGTH_KEYS})
        self.reasons.set_reasons(
            self.config.reasons, [key_of(f"pairwise.reason_{slot}") for slot in range(1, REASON_SLOTS + 1)]
        )
        key, least = key_of("pairwise.rationale"), self.config.rationale_min_chars
        if least:
            placeholder = self.tr(
                "Rationale ({key}): at least {least} characters — Return or Esc goes back to the answers"
            ).format(key=key, least=number(least))
        else:
            placeholder = self.tr("Rationale ({key}) — Return or Esc goes back to the answers").format(key=key)
        self.rationale.setPlaceholderText(placeholder)

    def _show_hint(self, nway: bool) -> None:
        shown = self.tr("diff on") if self._diff else self.tr("raw") if self._raw else self.tr("rendered")
        state = (nway, self.config.strength, bool(self.config.criteria), len(self._order), shown)
        if state != self._hint_for:
            self._hint_for = state
            self.hint.setText(
                hint_text(
                    nway=nway,
                    strength=self.config.strength,
                    criteria=bool(self.config.criteria),
                    answers=len(self._order),
                    shown=shown,
                )
            )

    # -- decisions ---------------------------------------------------------------------------

    def _change(self, operation: Any, step: str, *, merge_key: str | None = None, **arguments: Any) -> bool:
        """Run a pure operation on the annotation and commit it; a refusal is shown, not raised."""
        if self._current is None or self.item is None:
            return False
        try:
            changed = operation(self._current, **arguments)
        except pw.PairwiseError as exc:
            message = str(exc)
            self.show_message(message[:1].upper() + message[1:] + ".")
            return False
        self.show_message("")
        self.commit(changed, step, merge_key=merge_key)
        return True

    def _on_digit(self, digit: int) -> None:
        if self._current is None:
            return
        if pw.is_ranking(self._current):
            response_id = self._order[self._answer]
            if self._change(
                pw.set_rank, self.tr("Rank {rank}").format(rank=digit), response_id=response_id, rank=digit
            ):
                self._answer = min(self._answer + 1, len(self._order) - 1)
                self.take_focus()
                self.refresh()
            return
        if digit > 4:
            self.show_message(
                self.tr(
                    "Digits above 4 rank items of three or more answers; here {a} is A, {b} B, {tie} tie, {bad} both bad."
                ).format(
                    a=key_of("pairwise.choose_a"),
                    b=key_of("pairwise.choose_b"),
                    tie=key_of("pairwise.tie"),
                    bad=key_of("pairwise.both_bad"),
                )
            )
            return
        criteria = self.config.criteria
        if self._row < len(criteria):
            if digit == 4:
                self.show_message(self.tr("A criterion is decided A, B or tie; 'both bad' is for the overall row."))
                return
            name = criteria[self._row]
            side = _CRITERION_SIDES[digit - 1]
            step = f"{name}: {side_text(side)}"
            if self._change(pw.set_criterion, step, name=name, side=side, config=self.config):
                self._row += 1
                self.refresh()
            return
        choice = pw.CHOICES[digit - 1]
        self._change(pw.decide, choice_text(choice).capitalize(), choice=choice, config=self.config)

    def _on_strength(self, value: int) -> None:
        self._change(
            pw.set_strength, self.tr("Strength {value}").format(value=f"{value:+d}"), value=value, config=self.config
        )

    def _move_row(self, step: int) -> None:
        if self._current is None or pw.is_ranking(self._current):
            return
        self._row = max(0, min(len(self.config.criteria), self._row + step))
        self.refresh()

    def _move_answer(self, step: int) -> None:
        if not self._order:
            return
        self._answer = (self._answer + step) % len(self._order)
        self.take_focus()
        self.refresh()

    def _toggle_reason_slot(self, slot: int) -> None:
        if slot > len(self.config.reasons):
            self.show_message(
                self.tr("This package has {count} reasons; there is no reason {slot}.").format(
                    count=len(self.config.reasons), slot=slot
                )
            )
            return
        self._toggle_reason_named(self.config.reasons[slot - 1])

    def _toggle_reason_named(self, name: str) -> None:
        self._change(pw.toggle_reason, self.tr("Reason {reason}").format(reason=name), reason=name, config=self.config)
        self.refresh()  # a click on a chip must not leave it checked on its own

    # -- rationale ---------------------------------------------------------------------------

    def _focus_rationale(self) -> None:
        self.rationale.setFocus()
        self.rationale.end(False)

    def _leave_rationale(self) -> None:
        self.take_focus()

    def _on_rationale_edited(self, text: str) -> None:
        # Saved at every keystroke (a crash loses nothing typed); one merge key makes a run of typing one undo step.
        assert self.item is not None
        self._change(pw.set_rationale, self.tr("Rationale"), merge_key=f"pairwise.rationale:{self.item.id}", text=text)

    # -- views -------------------------------------------------------------------------------

    def _toggle_diff(self) -> None:
        if len(self._order) < 2:
            return
        self._diff = not self._diff
        self._show_answers()
        self._hint_for = None
        self.refresh()

    def _toggle_raw(self) -> None:
        self._raw = not self._raw
        if self._diff and not self._raw:
            self._diff = False  # a diff is of the raw text: rendered again means the diff is off
            self._show_answers()
        else:
            self.board.set_raw(self._raw or self._diff)
        self.prompt_view.set_raw(self._raw)
        self._hint_for = None
        self.refresh()

    def is_diff_on(self) -> bool:
        """Whether the word diff of A and B is shown."""
        return self._diff

    def is_raw(self) -> bool:
        """Whether raw text is shown instead of rendered Markdown."""
        return self._raw

    def focused_answer(self) -> int:
        """The position (0 = A) of the focused answer."""
        return self._answer

    def focused_row(self) -> int:
        """The focused criteria row (the number of criteria: the overall row)."""
        return self._row

    # -- submit ------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self.rationale.hasFocus():
            self._leave_rationale()
            return
        if self._current is None:
            return
        gaps = [pairwise_gap(gap) for gap in pw.missing(self._current, self.config, len(self._order))]
        if gaps:
            self.show_message(self.tr("Not ready to submit; still needed: {needed}.").format(needed="; ".join(gaps)))
            return
        self.trigger_shell("item.done")
