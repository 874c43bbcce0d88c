"""Chatbot Arena battles: one JSONL row per judged pair, in the columns of LMSYS's published battle data.

Each line (UTF-8, "\\n" endings, keys in this order):

    {"question_id": "p7", "model_a": "gpt-x", "model_b": "r2", "winner": "model_a", "judge": "a-3f2c",
     "conversation_a": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}],
     "conversation_b": [...], "turn": 1, "anony": true, "language": "en"}

- `model_a` is the response shown on the LEFT (first of the recorded order), `model_b` the right
  one; a response without a `system` is named by its response id. So a position-bias check is a
  count of `model_a` wins.
- `winner`: model_a, model_b, tie, or "tie (bothbad)" (both bad), as Arena writes them.
- `question_id` is the item id, `judge` the annotator's pseudonym, `turn` the number of user turns
  of the prompt, `language` the item's language tag (null when the package gives none), `anony`
  true: annotators never see the system names.
- An N-way ranking is written as its pairs, (i, j) for i left of j in the shown order, equal
  ranks as a tie. Only items that are done with a decision are written, in package order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.evaluation.content import prompt_turns
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.evaluation import Comparison, comparisons, finished, items_of, nothing_finished, system_of
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import write_jsonl

TITLE = "Chatbot Arena battles JSONL (model_a, model_b, winner)"
WINNERS = {"left": "model_a", "right": "model_b", "tie": "tie", "both_bad": "tie (bothbad)"}


def battle(item: DatasetItem, comparison: Comparison) -> dict[str, Any]:
    """One battle row for a comparison of `item`."""
    turns = [{"role": turn.role, "content": turn.content} for turn in prompt_turns(item.content)]
    return {
        "question_id": item.id,
        "model_a": system_of(comparison.left),
        "model_b": system_of(comparison.right),
        "winner": WINNERS[comparison.outcome],
        "judge": item.annotator,
        "conversation_a": [*turns, {"role": "assistant", "content": comparison.left.text}],
        "conversation_b": [*turns, {"role": "assistant", "content": comparison.right.text}],
        "turn": sum(1 for turn in turns if turn["role"] == "user"),
        "anony": True,
        "language": item.lang,
    }


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Every decided comparison as a battle, in package order."""
    items = items_of(dataset, out, ("pairwise",), TITLE)
    rows = [battle(item, comparison) for item in finished(items) for comparison in comparisons(item)]
    if not rows:
        nothing_finished(out, TITLE, "pairwise", len(items))
    return write_jsonl(out, rows)


FORMAT = register(Format(id="arena-battles", title=TITLE, kinds=("pairwise",), write=write))
