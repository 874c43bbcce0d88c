"""spaCy/Prodigy-style span JSONL: `{"text", "spans": [{"start", "end", "label"}], "meta": {"id"}}`, out and in.

Offsets are character offsets as Python counts them: code points of the text (what
`doc.char_span(start, end, label=...)` takes, and what Prodigy writes, being Python too), end
exclusive. Written: every text item that has an annotation and was not skipped, in package order;
`meta` holds the item id (and `lang` when the item has one). Spans may overlap; spaCy's `doc.ents`
refuses overlaps, `doc.spans[...]` takes them. The labels of the whole text, comments and status are
not written (use jsonl). Read: `text`, `spans` (a span's `text`, when given, must be what the
offsets cover) and the id from `meta.id` or `id`; other keys (`tokens`, `_input_hash`, ...) are not read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import (
    Ids,
    fail,
    given_id,
    judgement,
    lang_field,
    optional_list,
    prelabel,
    read_jsonl,
    shown,
    span_list,
    spans_out,
    text_field,
    text_items,
    text_label_schema,
    write_jsonl,
)

TITLE = "spaCy/Prodigy span JSONL"


def write(dataset: Dataset, out: Path) -> list[Path]:
    """One line per annotated text: its text, its spans in code points, and its id in `meta`."""
    rows = []
    for item in text_items(dataset, out, TITLE):
        if item.annotation is None or item.status == "skipped":
            continue
        meta: dict[str, Any] = {"id": item.id}
        if item.lang is not None:
            meta["lang"] = item.lang
        text = item.text or ""
        rows.append({"text": text, "spans": spans_out(text, judgement(item)["spans"], with_text=False), "meta": meta})
    return write_jsonl(out, rows)


def read(src: Path) -> ImportedPackage:
    """Each line as a text item with its spans as the prelabel."""
    ids = Ids(src)
    items = []
    for number, row in read_jsonl(src):
        place = f"{src}:{number}"
        text = text_field(row, place)
        meta = row.get("meta")
        if meta is not None and not isinstance(meta, dict):
            fail(place, f"'meta' must be an object (found {shown(meta)})")
        meta = meta or {}
        item_id = ids.take(given_id(meta.get("id", row.get("id")), place), number, place)
        spans = span_list(text, optional_list(row, "spans"), place)
        lang = lang_field(meta, place) or lang_field(row, place)
        items.append(ImportedItem(id=item_id, kind="text", text=text, lang=lang, prelabel=prelabel([], spans)))
    return ImportedPackage(title=src.stem, label_schemas={"text": text_label_schema(items)}, items=items)


FORMAT = register(Format(id="spacy-jsonl", title=TITLE, kinds=("text",), write=write, read=read))
