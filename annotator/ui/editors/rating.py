"""The rating editor: one response scored on a rubric grid by keys, or a search item's results graded.

Rubric items show the prompt and the response on the left and the grid on the right; search items
show the query above its results. The keyboard stays on the editor: arrows (and j/k) move the focused
criterion or result and scale point, digits choose and move on, letters answer the policy flags, and
Return submits once nothing is missing. Every change is one undoable commit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractSlider, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from annotator.core.evaluation import rating as ops
from annotator.core.evaluation.configs import RatingConfig, ScalePoint
from annotator.core.evaluation.content import SearchResult, is_search, prompt_turns, response_text, search_results
from annotator.core.model import Item
from annotator.ui.actions import BREAK_ACTIONS, SHELL_ACTIONS, build_action
from annotator.ui.editors.evaluation_base import EvaluationEditor
from annotator.ui.editors.evaluation_texts import rating_gap, rating_summary
from annotator.ui.editors.rating_keys import FLAG_FALLBACK_KEYS, RATING_ACTIONS
from annotator.ui.editors.rating_panels import ConfidenceBar, FlagBar, ResultList, RubricGrid
from annotator.ui.keymap import current as current_keymap
from annotator.ui.theme import keep_tone
from annotator.ui.widgets.response_view import ResponseView, chat_markdown

_FLAG_SPECS = tuple(spec for spec in RATING_ACTIONS if spec.id.startswith("rating.flag_"))
_SPECS = {spec.id: spec for spec in RATING_ACTIONS}
# Narrower than this, the prompt and response beside the grid were a word wide: they go above it instead.
_SIDE_BY_SIDE_FROM = 640


def _first_key(action_id: str, number: int = 0) -> str:
    """An action's first (or `number`-th) key as the user has it now, as the platform writes it ('' if none)."""
    keys = current_keymap().keys_for(_SPECS[action_id])
    return QKeySequence(keys[number]).toString(QKeySequence.SequenceFormat.NativeText) if len(keys) > number else ""


def _plain(name: str, style: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # package text, never markup
    label.setObjectName(name)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def _response_view(name: str) -> ResponseView:
    view = ResponseView()
    view.setObjectName(name)
    # The keyboard stays on the editor (its keys are single letters); the mouse still scrolls and selects.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


class RatingEditor(EvaluationEditor):
    """Rates a `rating` item: the rubric grid with flags and confidence, or search results graded."""

    def __init__(self, context: Any, parent: Any = None):
        super().__init__(context, parent)
        self.setObjectName("rating_editor")
        self.setAccessibleName(self.tr("Rating"))
        self.setAccessibleDescription(
            self.tr("Arrow keys choose a criterion and a point of its scale; F1 lists the keys")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._config: RatingConfig | None = None
        self._content: dict[str, Any] = {}
        self._results: list[SearchResult] = []
        self._search = False
        self._row = 0  # the focused criterion (search: result)
        self._point = 0  # the focused scale point of that row
        self._flag_keys: dict[str, str] = {}
        self._problems: list[str] = []  # what is wrong with the package's flag keys, shown with each item

        self.prompt_view = _response_view("rating_prompt")
        self.response_view = _response_view("rating_response")
        self.grid = RubricGrid()
        self.grid.cell_clicked.connect(self._on_grid_cell_clicked)
        self.grid.na_clicked.connect(self._on_grid_na_clicked)
        self.query = _plain("rating_query", "font-size:16px;font-weight:bold;padding:4px;")
        self.results = ResultList()
        self.results.grade_clicked.connect(self._on_results_grade_clicked)
        # A see-through grey: a panel on the light theme and on the dark one, in the theme's own text colour.
        self.anchor = _plain("rating_anchor", "background:rgba(127,127,127,40);padding:6px;border-radius:4px;")
        self.flags = FlagBar()
        self.flags.flag_clicked.connect(self._on_flags_flag_clicked)
        self.confidence = ConfidenceBar()
        self.confidence.level_clicked.connect(self._on_confidence_level_clicked)
        self.summary = _plain("rating_summary")
        self.hint = _plain("rating_hint")
        keep_tone(self.hint, "quiet")  # a theme switch reaches it: no fixed grey

        texts = QSplitter(Qt.Orientation.Vertical)
        texts.addWidget(self.prompt_view)
        texts.addWidget(self.response_view)
        texts.setStretchFactor(1, 3)
        grid_column = QWidget()
        grid_layout = QVBoxLayout(grid_column)
        grid_layout.setContentsMargins(8, 0, 0, 0)
        grid_layout.addWidget(self.grid)
        grid_layout.addStretch(1)
        rubric = QSplitter(Qt.Orientation.Horizontal)
        rubric.addWidget(texts)
        rubric.addWidget(grid_column)
        rubric.setStretchFactor(0, 3)
        rubric.setStretchFactor(1, 2)
        self._rubric = rubric
        search = QWidget()
        search_layout = QVBoxLayout(search)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.query)
        search_layout.addWidget(self.results, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(rubric)
        self.pages.addWidget(search)
        # Flags above confidence: side by side they made the window wider than a small laptop's screen.
        controls = QVBoxLayout()
        controls.addWidget(self.flags, 0, Qt.AlignmentFlag.AlignLeft)
        controls.addWidget(self.confidence, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.anchor)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        self._flag_actions: list[QAction] = []
        self._build_actions()

    def _build_actions(self) -> None:
        handlers = {
            "rating.submit": self._submit,
            "rating.back": lambda: self.trigger_shell("go.previous"),
            "rating.next": lambda: self._move_row(1),
            "rating.previous": lambda: self._move_row(-1),
            "rating.point_right": lambda: self._move_point(1),
            "rating.point_left": lambda: self._move_point(-1),
            "rating.pick": self._pick,
            "rating.na": self._toggle_na,
            "rating.clear": self._clear,
            "rating.raw": self._toggle_raw,
            "rating.scroll_down": lambda: self._scroll(QAbstractSlider.SliderAction.SliderPageStepAdd),
            "rating.scroll_up": lambda: self._scroll(QAbstractSlider.SliderAction.SliderPageStepSub),
        }
        for spec in RATING_ACTIONS:
            kind, _, number = spec.id.removeprefix("rating.").rpartition("_")
            if kind == "digit":
                build_action(self, spec, lambda d=int(number): self._digit(d))
            elif kind == "confidence":
                build_action(self, spec, lambda level=int(number): self._set_confidence(level))
            elif kind == "flag":
                slot = int(number)
                self._flag_actions.append(build_action(self, spec, lambda s=slot: self._on_flag_key(s)))
            else:
                build_action(self, spec, handlers[spec.id])

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= _SIDE_BY_SIDE_FROM
        self._rubric.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    # -- showing an item -----------------------------------------------------------------------

    def load(self, item: Item, annotation: Any) -> None:
        """Show a rubric or search item with its stored rating; the focus starts on the first thing unrated."""
        assert self.session is not None
        config = self.session.manifest.task_configs.get("rating") or RatingConfig()
        if config != self._config:
            self._set_config(config)
        self._content = item.content or {}
        self._search = is_search(self._content)
        self.annotation = ops.annotation_of(annotation, search=self._search)
        if self._search:
            self._results = search_results(self._content)
            self.query.setText(self._content.get("query", ""))
            self.results.show_results(self._results)
        else:
            self._results = []
            turns = prompt_turns(self._content)
            self.prompt_view.setVisible(bool(turns))
            self.prompt_view.show_text(chat_markdown(turns))
            self.response_view.show_text(response_text(self._content))
        self.pages.setCurrentIndex(1 if self._search else 0)
        self.flags.setVisible(not self._search and bool(config.flags))
        gaps = [gap for gap in ops.missing(self.annotation, config, self._content) if gap.what != "confidence"]
        self._row = self._row_of(gaps[0]) if gaps else 0
        self._point = 0
        self._point = self._chosen_index(self._row)
        self._note("")
        self.refresh()

    def keymap_changed(self) -> None:
        """The user changed keys: the flags take their letters again, around the editor's new keys."""
        if self._config is not None:
            self._assign_flag_keys(self._config)
            self.confidence.set_levels(self._config.confidence_levels, self._confidence_keys())
        self.refresh()

    def _set_config(self, config: RatingConfig) -> None:
        self._config = config
        self.grid.set_rubric(config.criteria, allow_na=config.allow_na)
        self.results.set_scale(config.relevance)
        self.confidence.set_levels(config.confidence_levels, self._confidence_keys())
        self._assign_flag_keys(config)

    def _confidence_keys(self) -> list[str]:
        return [_first_key(f"rating.confidence_{level}") for level in range(1, 6)]

    def _assign_flag_keys(self, config: RatingConfig) -> None:
        """Each flag's letter: a key the user set for its slot, else the package's, else a free letter of its name."""
        keymap = current_keymap()
        chosen = {spec.id for spec in _FLAG_SPECS if spec.id in keymap.overrides()}
        others = [spec for spec in (*SHELL_ACTIONS, *BREAK_ACTIONS, *RATING_ACTIONS) if spec not in _FLAG_SPECS]
        reserved = {key.upper() for spec in others for key in keymap.keys_for(spec)}
        reserved |= {key.upper() for spec in _FLAG_SPECS if spec.id in chosen for key in keymap.keys_for(spec)}
        derived = [flag for slot, flag in enumerate(config.flags) if _FLAG_SPECS[slot].id not in chosen]
        fallbacks = [
            FLAG_FALLBACK_KEYS[slot] for slot in range(len(config.flags)) if _FLAG_SPECS[slot].id not in chosen
        ]
        keys, self._problems = ops.flag_keys(derived, reserved=reserved, fallbacks=fallbacks)
        for slot, action in enumerate(self._flag_actions):
            flag = config.flags[slot] if slot < len(config.flags) else None
            if flag is not None and _FLAG_SPECS[slot].id in chosen:
                user_keys = keymap.keys_for(_FLAG_SPECS[slot])
                keys[flag.name] = user_keys[0] if user_keys else ""
                action.setShortcuts([QKeySequence(key) for key in user_keys])
            else:
                key = keys.get(flag.name) if flag is not None else None
                action.setShortcuts([QKeySequence(key)] if key else [])
            action.setEnabled(flag is not None)
        self._flag_keys = {flag.name: keys[flag.name] for flag in config.flags if keys.get(flag.name)}
        self.flags.set_flags(config.flags, self._flag_keys)

    def flag_keys(self) -> dict[str, str]:
        """The letter each policy flag answers to, as its button shows it."""
        return dict(self._flag_keys)

    # -- what is on screen ---------------------------------------------------------------------

    def _points(self, row: int) -> tuple[ScalePoint, ...]:
        assert self._config is not None
        if self._search:
            return self._config.relevance
        return self._config.criteria[row].points if row < len(self._config.criteria) else ()

    def _row_count(self) -> int:
        assert self._config is not None
        return len(self._results) if self._search else len(self._config.criteria)

    def _chosen(self, row: int) -> int | None:
        assert self._config is not None
        if row >= self._row_count():
            return None
        if self._search:
            return (self.annotation["relevance"] or {}).get(self._results[row].id)
        return self.annotation["scores"].get(self._config.criteria[row].name)

    def _chosen_index(self, row: int) -> int:
        values = [point.value for point in self._points(row)]
        chosen = self._chosen(row)
        if chosen in values:
            return values.index(chosen)
        return min(self._point, max(len(values) - 1, 0))

    def _row_of(self, gap: ops.Missing) -> int:
        assert self._config is not None
        if gap.what == "result":
            return next(i for i, result in enumerate(self._results) if result.id == gap.name)
        return next(i for i, row in enumerate(self._config.criteria) if row.name == gap.name)

    def refresh(self) -> None:
        """Redraw the chosen cells, N/A, flags, confidence, the focused point's anchor, the summary and the hint."""
        if self._config is None:
            return
        self.annotation = ops.annotation_of(self.annotation, search=self._search)
        annotation, config = self.annotation, self._config
        if self._search:
            self.results.show_state(self._results, annotation["relevance"] or {}, (self._row, self._point))
        else:
            self.grid.show_state(config.criteria, annotation["scores"], annotation["na"], (self._row, self._point))
            self.flags.show_state(annotation["flags"])
        self.confidence.show_state(annotation["confidence"])
        self.anchor.setText(self._anchor_text())
        gaps = ops.missing(annotation, config, self._content)
        if len(gaps) == 1:
            summary = self.tr("{summary}   (1 to go)").format(summary=rating_summary(annotation))
        elif gaps:
            summary = self.tr("{summary}   ({count} to go)").format(summary=rating_summary(annotation), count=len(gaps))
        else:
            summary = self.tr("{summary}   (ready: {key} submits)").format(
                summary=rating_summary(annotation), key=_first_key("rating.submit")
            )
        self.summary.setText(summary)
        self.hint.setText(self._hint_text())

    def _anchor_text(self) -> str:
        """The focused row and point, in words: what the criterion asks and what the focused point means."""
        assert self._config is not None
        points = self._points(self._row)
        if self._row >= self._row_count() or not points:
            return ""
        chosen = self._chosen(self._row)
        no_description = self.tr("no description")
        if self._search:
            result = self._results[self._row]
            lines = [
                self.tr("Result {number} of {total}: {title}").format(
                    number=self._row + 1, total=len(self._results), title=result.title
                )
            ]
            for index, point in enumerate(points):
                lead = "▶" if index == self._point else "   "
                line = f"{lead} {point.value} — {point.anchor or no_description}"
                lines.append(self.tr("{point}   ✓ chosen").format(point=line) if point.value == chosen else line)
            return "\n".join(lines)
        criterion = self._config.criteria[self._row]
        point = points[self._point]
        head = f"{criterion.name}: {criterion.description}" if criterion.description else criterion.name
        text = self.tr("{criterion}\n▶ {value} — {anchor}").format(
            criterion=head, value=point.value, anchor=point.anchor or no_description
        )
        if chosen is not None and chosen != point.value:
            anchor = next((p.anchor for p in points if p.value == chosen), "")
            if anchor:
                text = self.tr("{text}\nchosen: {value} — {anchor}").format(text=text, value=chosen, anchor=anchor)
            else:
                text = self.tr("{text}\nchosen: {value}").format(text=text, value=chosen)
        elif chosen is not None:
            text = self.tr("{point}   ✓ chosen").format(point=text)
        elif criterion.name in self.annotation["na"]:
            text = self.tr("{text}\nchosen: N/A").format(text=text)
        return text

    def _hint_text(self) -> str:
        assert self._config is not None
        key = _first_key
        points = self._points(self._row)
        digits = (
            f"{ops.digit_for_point(points, 0)}–{ops.digit_for_point(points, len(points) - 1) or 9}"
            if points
            else self.tr("digits")
        )
        moves = f"{key('rating.previous')}/{key('rating.next')}"
        if key("rating.previous", 1) and key("rating.next", 1):
            moves += f" ({key('rating.previous', 1)}/{key('rating.next', 1)})"
        if self._search:
            text = self.tr("{moves} result · {left}/{right} point · {digits} grade and next · {pick} choose")
        else:
            text = self.tr("{moves} criterion · {left}/{right} point · {digits} score and next · {pick} choose")
        text = text.format(
            moves=moves,
            left=key("rating.point_left"),
            right=key("rating.point_right"),
            digits=digits,
            pick=key("rating.pick"),
        )
        if not self._search:
            if self._config.allow_na:
                text = self.tr("{hint} · {key} N/A").format(hint=text, key=key("rating.na"))
            if self._flag_keys:
                letters = "/".join(self._flag_keys.values())
                text = self.tr("{hint} · {keys} flags yes/no (unanswered: not flagged)").format(hint=text, keys=letters)
            text = self.tr("{hint} · {key} raw text").format(hint=text, key=key("rating.raw"))
        text = self.tr("{hint} · {key} clear").format(hint=text, key=key("rating.clear"))
        levels = self._config.confidence_levels
        if levels:
            text = self.tr("{hint} · {first}…{last} confidence").format(
                hint=text, first=key("rating.confidence_1"), last=key(f"rating.confidence_{levels}")
            )
        return self.tr("{hint} · {submit} submit · {back} back").format(
            hint=text, submit=key("rating.submit"), back=key("rating.back")
        )

    # -- keys ----------------------------------------------------------------------------------

    def _ready(self) -> bool:
        return self._config is not None and self.item is not None

    def _note(self, text: str) -> None:
        """Say why a key did nothing (or, with no text, show only what is wrong with the package's keys)."""
        self.show_message("\n".join([*self._problems, text] if text else self._problems))

    def _apply(self, change: Any, text: str) -> bool:
        """Commit the result of one operation (a RatingError is said, not raised); True when it was allowed."""
        try:
            annotation = change()
        except ops.RatingError as exc:
            self._note(f"{exc}.")
            return False
        self._note("")
        self.commit(annotation, text)
        return True

    def _move_row(self, delta: int) -> None:
        if not self._ready() or not self._row_count():
            return
        self._row = max(0, min(self._row_count() - 1, self._row + delta))
        self._point = self._chosen_index(self._row)
        self.refresh()

    def _move_point(self, delta: int) -> None:
        if not self._ready():
            return
        count = len(self._points(self._row))
        self._point = max(0, min(count - 1, self._point + delta))
        self.refresh()

    def _set_value(self, row: int, value: int) -> bool:
        assert self._config is not None
        config = self._config
        if self._search:
            result_id = self._results[row].id
            return self._apply(
                lambda: ops.set_grade(
                    self.annotation, config=config, content=self._content, result_id=result_id, grade=value
                ),
                self.tr("Grade {result} {value}").format(result=result_id, value=value),
            )
        name = config.criteria[row].name
        return self._apply(
            lambda: ops.set_score(self.annotation, config=config, criterion=name, value=value),
            self.tr("Rate {criterion} {value}").format(criterion=name, value=value),
        )

    def _pick(self) -> None:
        if not self._ready() or self._row >= self._row_count():
            return
        points = self._points(self._row)
        if points:
            self._set_value(self._row, points[self._point].value)
            self.refresh()

    def _digit(self, digit: int) -> None:
        if not self._ready() or self._row >= self._row_count():
            return
        points = self._points(self._row)
        point = ops.point_for_digit(points, digit)
        if point is None:
            if self._search:
                where = self.tr("the relevance scale")
            else:
                where = self.tr("the scale of {criterion}").format(criterion=self._config.criteria[self._row].name)
            values = ", ".join(str(p.value) for p in points)
            if ops.digits_are_values(points):
                self._note(
                    self.tr("{digit} is not on {scale} ({values}): nothing changed.").format(
                        digit=digit, scale=where, values=values
                    )
                )
            else:
                last = ops.digit_for_point(points, len(points) - 1) or "0"
                self._note(
                    self.tr(
                        "Digits 1–{last} pick the points of {scale} ({values}) in order; {digit} picks none."
                    ).format(last=last, scale=where, values=values, digit=digit)
                )
            return
        if self._set_value(self._row, point.value):
            self._row = min(self._row + 1, self._row_count() - 1)
            self._point = self._chosen_index(self._row)
        self.refresh()

    def _toggle_na(self) -> None:
        if not self._ready():
            return
        assert self._config is not None
        if self._search:
            self._note(
                self.tr("N/A is for rubric criteria; grade each result instead (the lowest grade: not relevant).")
            )
            return
        config, name = self._config, self._config.criteria[self._row].name
        self._apply(
            lambda: ops.toggle_na(self.annotation, config=config, criterion=name),
            self.tr("N/A {criterion}").format(criterion=name),
        )

    def _clear(self) -> None:
        if not self._ready() or self._row >= self._row_count():
            return
        assert self._config is not None
        config = self._config
        if self._search:
            result_id = self._results[self._row].id
            self._apply(
                lambda: ops.clear_grade(self.annotation, content=self._content, result_id=result_id),
                self.tr("Clear {result}").format(result=result_id),
            )
        else:
            name = config.criteria[self._row].name
            self._apply(
                lambda: ops.clear_score(self.annotation, config=config, criterion=name),
                self.tr("Clear {criterion}").format(criterion=name),
            )

    def _set_confidence(self, level: int) -> None:
        if not self._ready():
            return
        config = self._config
        self._apply(
            lambda: ops.set_confidence(self.annotation, config=config, level=level),
            self.tr("Confidence {level}").format(level=level),
        )

    def _on_flag_key(self, slot: int) -> None:
        if not self._ready():
            return
        assert self._config is not None
        if self._search:
            self._note(self.tr("Search results have no policy flags."))
            return
        if slot <= len(self._config.flags):
            self._toggle_flag(self._config.flags[slot - 1].name)

    def _toggle_flag(self, name: str) -> None:
        config = self._config
        self._apply(
            lambda: ops.toggle_flag(self.annotation, config=config, name=name), self.tr("Flag {flag}").format(flag=name)
        )

    def _toggle_raw(self) -> None:
        raw = not self.response_view.is_raw()
        self.prompt_view.set_raw(raw)
        self.response_view.set_raw(raw)

    def _scroll(self, action: QAbstractSlider.SliderAction) -> None:
        view = self.results if self._search else self.response_view
        view.verticalScrollBar().triggerAction(action)

    def _submit(self) -> None:
        """Submit once nothing is missing (open flags are stored as not flagged); else say what is missing."""
        if not self._ready():
            return
        assert self._config is not None
        gaps = ops.missing(self.annotation, self._config, self._content)
        if gaps:
            first = next((gap for gap in gaps if gap.what != "confidence"), None)
            if first is not None:
                self._row = self._row_of(first)
                self._point = self._chosen_index(self._row)
            needed = "; ".join(rating_gap(gap) for gap in gaps[:6]) + ("; …" if len(gaps) > 6 else "")
            self._note(self.tr("Not submitted yet — still missing: {needed}.").format(needed=needed))
            self.refresh()
            return
        self.commit(ops.answer_open_flags(self.annotation, self._config, self._content), self.tr("Submit rating"))
        self.trigger_shell("item.done")

    # -- the mouse -----------------------------------------------------------------------------

    def _on_grid_cell_clicked(self, row: int, index: int) -> None:
        self._row, self._point = row, index
        self._pick()

    def _on_grid_na_clicked(self, row: int) -> None:
        self._row = row
        self._point = self._chosen_index(row)
        self._toggle_na()

    def _on_results_grade_clicked(self, row: int, index: int) -> None:
        self._row, self._point = row, index
        self._pick()

    def _on_flags_flag_clicked(self, name: str) -> None:
        self._toggle_flag(name)

    def _on_confidence_level_clicked(self, level: int) -> None:
        self._set_confidence(level)
