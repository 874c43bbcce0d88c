"""Our text JSONL: one object per text item with its text, labels, spans and the work on it; read back as prelabels.

Each line (UTF-8, "\\n" endings, keys in this order):

    {"id": "r1", "text": "Great 👍🏽 room", "lang": "en", "labels": ["positive"],
     "spans": [{"start": 8, "end": 12, "label": "positive", "text": "room"}],
     "unsure": false, "answer": null, "question": null,
     "comment": "", "status": "done", "annotator": "a-3f2c"}

- `labels`: the labels of the whole text, in schema order; `spans`: start and end are code points
  (Python `str` indices, end exclusive) and `text` is text[start:end].
- `answer`/`question`: binary schemas only (accept, reject or ignore; the label asked about), else null.
- `status`: todo, done, skipped or flagged; `annotator`: the bundle's pseudonym (null for an item
  nobody worked on). Every text item of the package is written, in package order.

Reading takes `id`, `text` (required), `lang`, `labels` and `spans` (their `text`, when given, must be
what the offsets cover) into prelabels; the other keys, and keys it does not know, are not read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import (
    Ids,
    given_id,
    judgement,
    label_list,
    lang_field,
    optional_list,
    prelabel,
    read_jsonl,
    span_list,
    spans_out,
    text_field,
    text_items,
    text_label_schema,
    write_jsonl,
)

TITLE = "Text JSONL (annotator)"


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Every text item as one line, in package order."""
    rows = []
    for item in text_items(dataset, out, TITLE):
        text = item.text or ""
        decided = judgement(item)
        rows.append(
            {
                "id": item.id,
                "text": text,
                "lang": item.lang,
                "labels": decided["labels"],
                "spans": spans_out(text, decided["spans"]),
                "unsure": decided["unsure"],
                "answer": decided["answer"],
                "question": decided["question"],
                "comment": item.comment,
                "status": item.status,
                "annotator": item.annotator,
            }
        )
    return write_jsonl(out, rows)


def read(src: Path) -> ImportedPackage:
    """Each line as a text item; its labels and spans become the item's prelabel."""
    ids = Ids(src)
    items = []
    for number, row in read_jsonl(src):
        items.append(item_of(row, number, f"{src}:{number}", ids))
    return ImportedPackage(title=src.stem, label_schemas={"text": text_label_schema(items)}, items=items)


def item_of(row: dict[str, Any], number: int, place: str, ids: Ids) -> ImportedItem:
    """One text item from an object with text, and optionally id, lang, labels and spans."""
    text = text_field(row, place)
    item_id = ids.take(given_id(row.get("id"), place), number, place)
    labels = label_list(optional_list(row, "labels"), place, "labels")
    spans = span_list(text, optional_list(row, "spans"), place)
    return ImportedItem(
        id=item_id, kind="text", text=text, lang=lang_field(row, place), prelabel=prelabel(labels, spans)
    )


FORMAT = register(Format(id="jsonl", title=TITLE, kinds=("text",), write=write, read=read))
