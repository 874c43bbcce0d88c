"""The lead's fix being chosen (pure): a label of the schema for a text, or which annotator's result wins for an image or audio item."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.judgements import ANSWERS, choose_label, judgement_of, set_answer
from annotator.core.model import LabelSchema
from annotator.core.quality.review_session import Result
from annotator.ui.i18n import translate

MAX_OPTIONS = 9  # digits 1-9


@dataclass
class FixChoice:
    """Digits pick among `options`; `annotation` is the fix as it stands (None until a digit is pressed)."""

    result: Result
    options: list[str]
    by_label: bool
    _results: Sequence[Result] = ()
    _schema: LabelSchema | None = None
    annotation: Any = None
    chosen: list[str] = field(default_factory=list)

    @classmethod
    def for_result(cls, result: Result, results: Sequence[Result], schema: LabelSchema | None) -> FixChoice:
        """A text result is fixed by label (answers for a binary schema); any other by picking a result."""
        if result.kind == "text" and schema is not None:
            names = list(ANSWERS) if schema.mode == "binary" else schema.label_names()
            return cls(result, names[:MAX_OPTIONS], True, results, schema)
        return cls(result, [r.annotator for r in results][:MAX_OPTIONS], False, results, schema)

    def pick(self, number: int) -> bool:
        """Press digit `number` (1-9); False if it picks nothing."""
        if not 1 <= number <= len(self.options):
            return False
        option = self.options[number - 1]
        if not self.by_label:
            self.annotation = copy.deepcopy(self._results[number - 1].annotation)
            self.chosen = [option]
            return True
        assert self._schema is not None
        base = self.annotation if self.annotation is not None else judgement_of(self.result.annotation)
        if self._schema.mode == "binary":
            question = base.get("question") or (self._schema.label_names() or [""])[0]
            self.annotation = set_answer(base, answer=option, question=question)
            self.chosen = [option]
        else:
            self.annotation = choose_label(base, label=option, schema=self._schema)
            self.chosen = list(self.annotation["labels"])
        return True

    def prompt(self) -> str:
        """What the status bar says while choosing."""
        numbered = " · ".join(f"{n} {name}" for n, name in enumerate(self.options, start=1))
        if self.by_label:
            text = translate(
                "FixChoice", "Fix {item} ({annotator}): press {options} for the fixed label, then Enter (Esc cancels)"
            )
        else:
            text = translate(
                "FixChoice",
                "Fix {item} ({annotator}): press {options} for whose result becomes the fix, then Enter (Esc cancels)",
            )
        text = text.format(item=self.result.item_id, annotator=self.result.annotator, options=numbered)
        if self.annotation is None:
            return text
        chosen = ", ".join(self.chosen) or translate("FixChoice", "no label")
        return f"{text} — " + translate("FixChoice", "chosen: {chosen}").format(chosen=chosen)
