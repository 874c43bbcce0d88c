"""Exports of the AI-output evaluation kinds (TRL, Chatbot Arena, WMT MQM, ESA, qrels, JSONL), and what they share.

Which items an export takes: the JSONL of everything writes every evaluation item; the others
write only the judgements that are finished, an item whose status is `done` and that has an
annotation (a skipped or flagged item, or one still being worked on, says nothing yet).

Offsets are code points of the sentence as the package stores it (Python `str` indices, end
exclusive), as the annotations keep them; each span is checked against the text it names before
it is written, so a result that does not fit its item is refused naming the item, never garbled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from annotator.core.errors import Problem
from annotator.core.evaluation.configs import TranslationConfig
from annotator.core.evaluation.content import Response, responses
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.from_bundles import ExportError
from annotator.core.model import Status

# How a format names the items it holds, in its "this package has none" message.
KIND_WORDS = {
    "pairwise": "pairwise comparisons",
    "rating": "ratings",
    "translation": "translation checks",
    "rewrite": "rewrites",
}


def refuse(out: Path, reason: str) -> NoReturn:
    """Stop the export with one problem about the output."""
    raise ExportError([Problem(str(out), reason)])


def items_of(dataset: Dataset, out: Path, kinds: Sequence[str], title: str) -> list[DatasetItem]:
    """The dataset's items of `kinds`, in package order, or an ExportError when it has none."""
    items = [item for item in dataset.items if item.kind in kinds]
    if not items:
        words = " and ".join(KIND_WORDS.get(kind, kind) for kind in kinds)
        refuse(out, f"{title} holds {words}, and this package has no {'/'.join(kinds)} items")
    return items


def finished(items: Iterable[DatasetItem]) -> list[DatasetItem]:
    """The items whose judgement is finished: status done, with an annotation."""
    return [item for item in items if item.status == Status.DONE and item.annotation is not None]


def nothing_finished(out: Path, title: str, kind: str, count: int, why: str = "") -> NoReturn:
    """Refuse an export that would write no row: name how many items there are and why none counts."""
    refuse(
        out,
        f"{title}: no {kind} item is done with a judgement yet ({count} in this package), so there is nothing to write"
        f"{why}",
    )


def translation_config(dataset: Dataset) -> TranslationConfig:
    """The package's MQM weights (the defaults when the dataset carries none)."""
    config = dataset.task_configs.get("translation")
    return config if isinstance(config, TranslationConfig) else TranslationConfig()


def system_of(response: Response) -> str:
    """The name a battle gives a response: the system that wrote it, else the response's own id."""
    return response.system or response.id


# -- pairwise outcomes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """Two responses as they were shown (left first) and the outcome: 'left', 'right', 'tie' or 'both_bad'.

    `ranked` says the comparison comes from an N-way ranking (equal ranks are a 'tie').
    """

    left: Response
    right: Response
    outcome: str
    ranked: bool = False

    def winner(self) -> tuple[Response, Response] | None:
        """(better, worse) when one side won, else None."""
        if self.outcome == "left":
            return self.left, self.right
        if self.outcome == "right":
            return self.right, self.left
        return None


_SIDES = {"A": "left", "B": "right", "tie": "tie", "both_bad": "both_bad"}


def comparisons(item: DatasetItem) -> list[Comparison]:
    """The decided comparisons of a pairwise item, in shown order.

    Two responses: one comparison from `choice` (A is the left one of `order`). N-way items: every
    pair of ranked responses, (i, j) for i left of j in `order`, the lower rank winning and equal
    ranks tying. An undecided item has none.
    """
    annotation = item.annotation or {}
    by_id = {response.id: response for response in responses(item.content)}
    order = list(annotation.get("order") or [])
    for response_id in order:
        if response_id not in by_id:
            _bad(item, f"the shown order names the response '{response_id}', which the item does not have")
    ranking = annotation.get("ranking")
    if ranking:
        ranked = [response_id for response_id in order if response_id in ranking]
        found: list[Comparison] = []
        for i, first in enumerate(ranked):
            for second in ranked[i + 1 :]:
                a, b = ranking[first], ranking[second]
                outcome = "left" if a < b else "right" if b < a else "tie"
                found.append(Comparison(by_id[first], by_id[second], outcome, ranked=True))
        return found
    choice = annotation.get("choice")
    if choice is None:
        return []
    if len(order) != 2:
        _bad(item, f"a choice between two responses needs an order of two (found {len(order)})")
    return [Comparison(by_id[order[0]], by_id[order[1]], _SIDES[choice])]


def _bad(item: DatasetItem, reason: str) -> NoReturn:
    raise ExportError([Problem(f"item '{item.id}'", reason)])


# -- spans ------------------------------------------------------------------------------------------

OPEN_MARK, CLOSE_MARK = "<v>", "</v>"


def checked_error(item: DatasetItem, error: dict[str, Any], sentence: str) -> tuple[int, int]:
    """An error span's (start, end), refused unless it lies in its sentence and covers the text it names."""
    start, end = error["start"], error["end"]
    where = f"{error['side']} sentence {error['segment'] + 1}"
    if not 0 <= start < end <= len(sentence):
        _bad(item, f"an error span [{start}, {end}) is not inside {where} ({len(sentence)} characters)")
    if "text" in error and sentence[start:end] != error["text"]:
        _bad(
            item,
            f"an error span [{start}, {end}) of {where} covers {sentence[start:end]!r}, not {error['text']!r} "
            "(offsets must be code points)",
        )
    return start, end


def marked(sentence: str, start: int, end: int) -> str:
    """The sentence with [start, end) wrapped in WMT's <v>…</v> marks."""
    return f"{sentence[:start]}{OPEN_MARK}{sentence[start:end]}{CLOSE_MARK}{sentence[end:]}"


def sentence_at(sentences: Sequence[str], index: int) -> str:
    """The sentence at `index`, or "" where that side has none (a summary's sides need not pair)."""
    return sentences[index] if 0 <= index < len(sentences) else ""


# -- tab-separated fields ---------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def tsv_field(text: str) -> str:
    """A text as one TSV field: backslash, tab, line feed and carriage return written as \\\\, \\t, \\n, \\r.

    So every row is one line with exactly one tab between fields, and no quoting is needed (read it
    with quoting off, e.g. pandas `quoting=csv.QUOTE_NONE`); `tsv_text` gives the text back.
    """
    return "".join(_ESCAPES.get(char, char) for char in text)


def tsv_text(field: str) -> str:
    """The text a `tsv_field` was made from."""
    out: list[str] = []
    chars = iter(field)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_UNESCAPES.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)
