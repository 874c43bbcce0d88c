"""Preference data in the shapes Hugging Face TRL trains on: pairs (DPO and kin) and unpaired rows (KTO).

Four formats, JSONL (one object a line, UTF-8, "\\n" endings), each with only the columns TRL reads,
each column of one type in the whole file (the `datasets` library refuses a column that mixes
text and message lists):

- `trl-preference`: {"prompt": str, "chosen": str, "rejected": str}
- `trl-preference-chat`: {"prompt": [{"role", "content"}, ...], "chosen": [{"role": "assistant",
  "content": str}], "rejected": [...]}
- `trl-unpaired`: {"prompt": str, "completion": str, "label": bool}
- `trl-unpaired-chat`: the same with prompt and completion as message lists.

Which judgements: pairwise items that are done with a decision, in package order. A choice of A or
B is one pair. An N-way ranking gives every strictly ordered pair of its ranked responses (the
left one of the shown order first); equal ranks give none. Ties and "both bad" say neither is
better, so the preference formats leave them out; the unpaired ones write each side of them: a
tie as two desirable completions (label true), both bad as two undesirable ones (false). A won
pair is the winner (true) then the loser (false), as TRL's `unpair_preference_dataset` makes of a
pair; the equal ranks of an N-way ranking are left out there too (a shared last place is no praise).

Prompts: the text formats write a plain prompt as it is, a chat of one user turn as that turn's
text, and a longer chat as "role: content" paragraphs; the chat formats write a plain prompt as one
user turn. Item ids, annotators and rationales are not columns TRL knows: the evaluation JSONL has them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.core.evaluation.content import is_chat, prompt_text, prompt_turns
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.evaluation import Comparison, comparisons, finished, items_of, nothing_finished
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import write_jsonl

Row = dict[str, Any]


def plain_prompt(item: DatasetItem) -> str:
    """The prompt as one string (see the module's note on chats)."""
    turns = prompt_turns(item.content)
    if is_chat(item.content) and len(turns) == 1 and turns[0].role == "user":
        return turns[0].content
    return prompt_text(item.content)


def chat_prompt(item: DatasetItem) -> list[dict[str, str]]:
    """The prompt as TRL's message list."""
    return [{"role": turn.role, "content": turn.content} for turn in prompt_turns(item.content)]


def _answer(text: str) -> list[dict[str, str]]:
    return [{"role": "assistant", "content": text}]


def _pairs(comparison: Comparison, prompt: Any, chat: bool) -> list[Row]:
    won = comparison.winner()
    if won is None:
        return []
    better, worse = won
    if chat:
        return [{"prompt": prompt, "chosen": _answer(better.text), "rejected": _answer(worse.text)}]
    return [{"prompt": prompt, "chosen": better.text, "rejected": worse.text}]


def _unpaired(comparison: Comparison, prompt: Any, chat: bool) -> list[Row]:
    won = comparison.winner()
    if won is not None:
        sides = [(won[0], True), (won[1], False)]
    elif comparison.ranked:
        return []
    else:
        good = comparison.outcome == "tie"
        sides = [(comparison.left, good), (comparison.right, good)]
    return [
        {"prompt": prompt, "completion": _answer(response.text) if chat else response.text, "label": label}
        for response, label in sides
    ]


def _register(
    format_id: str, title: str, rows_of: Callable[[Comparison, Any, bool], list[Row]], *, chat: bool, why: str = ""
) -> Format:
    """Register one of the four formats: `rows_of` makes a comparison's rows, `chat` the prompt's shape, `why` ends
    the error for a package with nothing to write."""

    def write(dataset: Dataset, out: Path) -> list[Path]:
        items = items_of(dataset, out, ("pairwise",), title)
        rows: list[Row] = []
        for item in finished(items):
            prompt = chat_prompt(item) if chat else plain_prompt(item)
            for comparison in comparisons(item):
                rows += rows_of(comparison, prompt, chat)
        if not rows:
            nothing_finished(out, title, "pairwise", len(items), why)
        return write_jsonl(out, rows)

    write.__doc__ = f"{title}: one JSONL row per {'pair' if rows_of is _pairs else 'completion'}, in package order."
    return register(Format(id=format_id, title=title, kinds=("pairwise",), write=write))


_NO_PAIRS = " (ties and both-bad are left out of preference pairs; the trl-unpaired formats write them)"

PREFERENCE = _register(
    "trl-preference", "TRL preference pairs, text (prompt, chosen, rejected)", _pairs, chat=False, why=_NO_PAIRS
)
PREFERENCE_CHAT = _register(
    "trl-preference-chat", "TRL preference pairs, conversational (message lists)", _pairs, chat=True, why=_NO_PAIRS
)
UNPAIRED = _register(
    "trl-unpaired", "TRL unpaired preferences for KTO, text (prompt, completion, label)", _unpaired, chat=False
)
UNPAIRED_CHAT = _register(
    "trl-unpaired-chat", "TRL unpaired preferences for KTO, conversational (message lists)", _unpaired, chat=True
)
