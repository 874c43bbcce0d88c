"""Prodigy JSONL (`prodigy db-out`, or a stream of tasks), in: accepted labels and spans as prelabels.

Prodigy is Python, so span offsets are code points of the text (end exclusive), as ours are.
A line is a task: `text`, and what was decided about it:

- `"answer"`: "accept" uses the task's labels and spans; "reject" and "ignore" keep the text with
  no prelabel (a rejected suggestion is not one to make again). A task without an answer (a stream
  of model suggestions) is taken as it is.
- labels: `"accept": [...]` (the choice interface, ids of `options`; a number id is shown by the
  option's text), else `"label": "X"` (textcat, binary or not).
- `"spans": [{"start", "end", "label", ...}]` (ner, spans); a span's `text`, when given, must be what
  the offsets cover.
- the id: `meta.id` or `id` when the task has one, else made from the line (`db-out` has none;
  `_input_hash` and `_task_hash` are not ids: a text annotated twice has the same ones).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.formats.dataset import ImportedItem, ImportedPackage
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import (
    Ids,
    fail,
    given_id,
    is_int,
    label_list,
    optional_list,
    prelabel,
    read_jsonl,
    shown,
    span_list,
    text_field,
    text_label_schema,
)

ANSWERS = ("accept", "reject", "ignore")


def read(src: Path) -> ImportedPackage:
    """Each task as a text item; an accepted (or unanswered) task's labels and spans as its prelabel."""
    ids = Ids(src)
    items = []
    for number, row in read_jsonl(src):
        place = f"{src}:{number}"
        text = text_field(row, place)
        meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
        item_id = ids.take(given_id(meta.get("id", row.get("id")), place), number, place)
        answer = row.get("answer")
        if answer is not None and answer not in ANSWERS:
            fail(place, f"'answer' must be accept, reject or ignore (found {shown(answer)})")
        labels = _labels(row, place)
        spans = span_list(text, optional_list(row, "spans"), place)
        suggestion = prelabel(labels, spans) if answer in (None, "accept") else None
        items.append(ImportedItem(id=item_id, kind="text", text=text, prelabel=suggestion))
    return ImportedPackage(title=src.stem, label_schemas={"text": text_label_schema(items)}, items=items)


def _labels(row: dict[str, Any], place: str) -> list[str]:
    if "accept" in row:
        accepted = optional_list(row, "accept")
        if not isinstance(accepted, list):
            fail(place, f"'accept' must be a list of option ids (found {shown(accepted)})")
        names = {}
        for option in optional_list(row, "options") if isinstance(row.get("options"), list) else []:
            if isinstance(option, dict) and is_int(option.get("id")) and isinstance(option.get("text"), str):
                names[option["id"]] = option["text"]
        return label_list(
            [names.get(entry, str(entry)) if is_int(entry) else entry for entry in accepted], place, "accept"
        )
    label = row.get("label")
    if label is None:
        return []
    if not isinstance(label, str) or not label:
        fail(place, f"'label' must be a label name (found {shown(label)})")
    return [label]


FORMAT = register(Format(id="prodigy", title="Prodigy JSONL (accepted labels and spans)", kinds=("text",), read=read))
