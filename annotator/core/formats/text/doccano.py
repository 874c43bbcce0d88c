"""doccano JSONL exports, in: text classification and sequence labelling, as prelabels.

Lines doccano writes (older versions call the text `data`):

    {"id": 1, "text": "...", "label": ["positive", "short"]}              text classification
    {"id": 2, "text": "...", "label": [[0, 5, "ORG"], [10, 14, "LOC"]]}   sequence labelling
    {"id": 3, "text": "...", "entities": [{"start_offset": 0, "end_offset": 5, "label": "ORG"}],
     "relations": []}                                                      with relations on

Offsets: doccano's editor counts UTF-16 code units, as JavaScript does (doccano#2290), not code
points; so each offset is converted here, and one that falls between the two halves of an emoji is
refused. For a text without emoji and other characters beyond U+FFFF both counts are the same.
Projects with "count grapheme clusters as one character" on are not read correctly (their offsets
count clusters). `Comments`, `relations` and other keys are not read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.formats.dataset import ImportedItem, ImportedPackage
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import (
    Ids,
    checked_span,
    fail,
    given_id,
    is_int,
    label_list,
    prelabel,
    read_jsonl,
    shown,
    sorted_spans,
    text_field,
    text_label_schema,
)


def read(src: Path) -> ImportedPackage:
    """Each line as a text item; its labels or spans (UTF-16 offsets made code points) as the prelabel."""
    ids = Ids(src)
    items = []
    for number, row in read_jsonl(src):
        place = f"{src}:{number}"
        text = text_field(row, place, "data" if "text" not in row and "data" in row else "text")
        item_id = ids.take(given_id(row.get("id"), place), number, place)
        labels, spans = _annotations(row, text, place)
        items.append(ImportedItem(id=item_id, kind="text", text=text, prelabel=prelabel(labels, spans)))
    return ImportedPackage(title=src.stem, label_schemas={"text": text_label_schema(items)}, items=items)


def _annotations(row: dict[str, Any], text: str, place: str) -> tuple[list[str], list[dict[str, Any]]]:
    field = "label" if "label" in row else "labels"
    value = row.get(field) or []
    entities = row.get("entities") or []
    if not isinstance(value, list):
        fail(place, f"'{field}' must be a list of labels or of [start, end, label] (found {shown(value)})")
    if not isinstance(entities, list):
        fail(place, f"'entities' must be a list (found {shown(entities)})")
    if all(isinstance(entry, str) for entry in value):
        labels = label_list(value, place, field)
        found = [(f"entities[{n}]", entry) for n, entry in enumerate(entities)]
    else:
        labels = []
        found = [(f"{field}[{n}]", entry) for n, entry in enumerate(value)]
        found += [(f"entities[{n}]", entry) for n, entry in enumerate(entities)]
    units = _utf16_to_code_points(text)
    spans = []
    for where, entry in found:
        if isinstance(entry, list) and len(entry) == 3:
            start, end, label = entry
        elif isinstance(entry, dict):
            start, end, label = entry.get("start_offset"), entry.get("end_offset"), entry.get("label")
        else:
            fail(
                place,
                f"'{where}' must be [start, end, label] or an object with start_offset, end_offset and label (found {shown(entry)})",
            )
        start, end = (_code_point(units, offset, text, place, where) for offset in (start, end))
        spans.append(checked_span(text, start, end, label, place, where))
    return labels, sorted_spans(spans)


def _utf16_to_code_points(text: str) -> dict[int, int]:
    """Each UTF-16 offset that lies between two characters, mapped to the code point index there."""
    mapping, unit = {}, 0
    for index, char in enumerate(text):
        mapping[unit] = index
        unit += 2 if ord(char) > 0xFFFF else 1
    mapping[unit] = len(text)
    return mapping


def _code_point(units: dict[int, int], offset: Any, text: str, place: str, where: str) -> Any:
    """The code point index of a doccano offset (anything not a whole number is left for checked_span to refuse)."""
    if not is_int(offset):
        return offset  # checked_span says what is wrong with it
    if offset in units:
        return units[offset]
    length = max(units)
    if not 0 < offset < length:
        fail(place, f"'{where}' offset {offset} is not inside the text ({length} UTF-16 units, as doccano counts)")
    char = next(text[i] for u, i in sorted(units.items(), reverse=True) if u < offset)
    fail(
        place,
        f"'{where}' offset {offset} falls inside {shown(char)} (doccano counts UTF-16 units, two for this character)",
    )


FORMAT = register(Format(id="doccano", title="doccano JSONL (classification and spans)", kinds=("text",), read=read))
