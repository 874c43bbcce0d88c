"""Text formats (JSONL, CSV, spaCy, doccano, Prodigy), and what their readers and writers share.

Span offsets everywhere in the core are code points of the text as stored (Python `str` indices,
end exclusive). A format that counts otherwise (doccano's UTF-16 units) is converted at its edge.
Readers stop at the first fault and raise PackageError with one Problem naming the file and the
place (`file:line`, then the field); they never let a TypeError or a traceback through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from annotator.core.atomic import write_atomic
from annotator.core.documents.json_reader import decode_json_text
from annotator.core.errors import PackageError, Problem
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedItem
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.to_package import item_id_for
from annotator.core.manifest import IDENTIFIER_RULE, is_identifier
from annotator.core.text_offsets import cluster_end, cluster_start
from annotator.core.text_tables import decode_table

# Readers report at most this much of a value they refuse, so one bad field never floods a message.
_SHOWN = 40


def fail(place: str, reason: str) -> NoReturn:
    """Refuse the input: one problem, at `place` (`file:line` or `file:where`)."""
    raise PackageError([Problem(place, reason)])


def shown(value: Any) -> str:
    """A value as a message quotes it: JSON-like, cut to a readable length."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def is_int(value: Any) -> bool:
    """A JSON whole number (not a bool, not 3.0)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    """A JSON number (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def read_text(path: Path) -> str:
    """A file's text: UTF-8 (BOM optional) or UTF-16 with a BOM, as `pack` reads text tables."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        fail(str(path), f"cannot be read ({exc.strerror or exc})")
    return decode_table(data, str(path))


def read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """The objects of a JSONL file with their line numbers; blank lines are skipped, CRLF is fine.

    Each line is decoded strictly (no NaN, no duplicate keys, bounded nesting).
    """
    rows: list[tuple[int, dict[str, Any]]] = []
    # "\n" only: str.splitlines would also split at U+2028 and U+0085, which JSON strings may hold.
    for number, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        value, problems = decode_json_text(line, f"{path}:{number}")
        if problems:
            # One line is one document: its own "line 1" says nothing, the file's line number does.
            problem = problems[0]
            fail(problem.file, problem.reason.replace("malformed JSON at line 1, column", "malformed JSON at column"))
        if not isinstance(value, dict):
            fail(f"{path}:{number}", f"each line must be a JSON object (found {shown(value)})")
        rows.append((number, value))
    return rows


def write_jsonl(out: Path, rows: Iterable[dict[str, Any]]) -> list[Path]:
    """Write one JSON object a line (UTF-8, no BOM, "\\n" endings), atomically; floats as Python writes them."""
    body = "".join(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n" for row in rows)
    write_atomic(out, body.encode("utf-8"))
    return [out]


def text_items(dataset: Dataset, out: Path, format_title: str) -> list[DatasetItem]:
    """The dataset's text items, or an ExportError when it has none (an empty file helps nobody)."""
    items = dataset.of_kind("text")
    if not items:
        raise ExportError([Problem(str(out), f"{format_title} holds texts, and this package has no text items")])
    for item in items:
        if item.text is None:
            raise ExportError([Problem(str(out), f"item '{item.id}': its text could not be read")])
    return items


def judgement(item: DatasetItem) -> dict[str, Any]:
    """The item's text annotation with every field present (an item not worked on has none)."""
    stored = item.annotation or {}
    return {
        "labels": list(stored.get("labels", [])),
        "answer": stored.get("answer"),
        "question": stored.get("question"),
        "unsure": bool(stored.get("unsure", False)),
        "spans": [dict(span) for span in stored.get("spans", [])],
    }


def spans_out(text: str, spans: Sequence[dict[str, Any]], *, with_text: bool = True) -> list[dict[str, Any]]:
    """Spans as formats write them: start, end (code points), label, and the text they cover."""
    result = []
    for span in spans:
        entry: dict[str, Any] = {"start": span["start"], "end": span["end"], "label": span["label"]}
        if with_text:
            entry["text"] = text[span["start"] : span["end"]]
        result.append(entry)
    return result


def given_id(value: Any, place: str) -> str | None:
    """An item id as the row gives it (None when it gives none); never changed to fit, as `pack` does.

    Results are matched back to rows by id, so an id that is not a package id is refused, not mended.
    """
    if value is None or value == "":
        return None
    if is_int(value):
        return str(value)  # JSONL ids are often numbers
    if not isinstance(value, str):
        fail(place, f"'id' must be a string or a whole number (found {shown(value)})")
    if not is_identifier(value):
        fail(place, f"'id' {shown(value)} must be {IDENTIFIER_RULE}")
    return value


class Ids:
    """Hands out item ids: given ones as written, made ones (`stem-00003`) from the line or row; a repeat is refused."""

    def __init__(self, path: Path, unit: str = "line"):
        self._stem = item_id_for(path.name)
        self._unit = unit
        self._taken: dict[str, int] = {}

    def take(self, given: str | None, number: int, place: str) -> str:
        """The id for the row at line (or CSV record) `number`, found at `place`."""
        item_id = given if given is not None else f"{self._stem}-{number:05d}"
        first = self._taken.get(item_id)
        if first is not None:
            if given is not None:
                fail(place, f"id '{item_id}' is used again (first on {self._unit} {first})")
            fail(
                place,
                f"the row has no id, and the id it would get, '{item_id}', is used on {self._unit} {first}; give this row an id",
            )
        self._taken[item_id] = number
        return item_id


def text_field(row: dict[str, Any], place: str, key: str = "text") -> str:
    """The row's text: a string with something in it."""
    text = row.get(key)
    if not isinstance(text, str):
        fail(place, f"'{key}' must be a string (found {shown(text)})" if key in row else f"the row has no '{key}'")
    if not text.strip():
        fail(place, f"'{key}' is empty")
    return text


def lang_field(row: dict[str, Any], place: str) -> str | None:
    """The row's language tag, if it gives one."""
    lang = row.get("lang")
    if lang is None or lang == "":
        return None
    if not isinstance(lang, str):
        fail(place, f"'lang' must be a language tag such as 'en' (found {shown(lang)})")
    return lang


def optional_list(row: dict[str, Any], key: str) -> Any:
    """The row's value for `key`, an empty list when the key is missing or null."""
    value = row.get(key)
    return [] if value is None else value


def label_list(value: Any, place: str, field: str) -> list[str]:
    """A list of label names: non-empty strings, none twice."""
    if not isinstance(value, list):
        fail(place, f"'{field}' must be a list of label names (found {shown(value)})")
    seen: set[str] = set()
    for index, name in enumerate(value):
        if not isinstance(name, str) or not name:
            fail(place, f"'{field}[{index}]' must be a label name (found {shown(name)})")
        if name in seen:
            fail(place, f"'{field}' names {shown(name)} twice")
        seen.add(name)
    return list(value)


def checked_span(text: str, start: Any, end: Any, label: Any, place: str, where: str) -> dict[str, Any]:
    """One span of `text` in code points, refused unless it lies inside the text and keeps characters whole."""
    for name, value in (("start", start), ("end", end)):
        if not is_int(value):
            fail(place, f"'{where}.{name}' must be a whole number (found {shown(value)})")
    if not isinstance(label, str) or not label:
        fail(place, f"'{where}.label' must be a label name (found {shown(label)})")
    if not 0 <= start < end <= len(text):
        fail(place, f"'{where}' [{start}, {end}) is not inside the text ({len(text)} characters)")
    if cluster_start(text, start) != start or cluster_end(text, end) != end:
        fail(
            place,
            f"'{where}' [{start}, {end}) splits a character (an accent, a joiner or an emoji modifier); "
            "offsets must be code points that keep each character whole",
        )
    return {"start": start, "end": end, "label": label}


def span_list(text: str, value: Any, place: str, field: str = "spans") -> list[dict[str, Any]]:
    """`[{start, end, label, text?}]` in code points; an optional `text` must be what the offsets cover."""
    if not isinstance(value, list):
        fail(place, f"'{field}' must be a list of spans (found {shown(value)})")
    spans = []
    for index, raw in enumerate(value):
        where = f"{field}[{index}]"
        if not isinstance(raw, dict):
            fail(place, f"'{where}' must be an object with start, end and label (found {shown(raw)})")
        span = checked_span(text, raw.get("start"), raw.get("end"), raw.get("label"), place, where)
        covered = raw.get("text")
        if covered is not None and covered != text[span["start"] : span["end"]]:
            fail(
                place,
                f"'{where}.text' is {shown(covered)} but [{span['start']}, {span['end']}) of the text is "
                f"{shown(text[span['start'] : span['end']])} (offsets must be code points)",
            )
        spans.append(span)
    return sorted_spans(spans)


def sorted_spans(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans in the order annotations keep them (start, end, label), each (start, end, label) once."""
    unique = {(s["start"], s["end"], s["label"]): s for s in spans}
    return [unique[key] for key in sorted(unique)]


def prelabel(
    labels: Sequence[str], spans: Sequence[dict[str, Any]], score: float | None = None
) -> dict[str, Any] | None:
    """A text prelabel (package textPrelabel) from labels and spans; None when it suggests nothing."""
    result: dict[str, Any] = {}
    if labels:
        result["labels"] = list(labels)
    if spans:
        result["spans"] = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]
    if result and score is not None:
        result["score"] = score
    return result or None


def text_label_schema(
    items: Sequence[ImportedItem], known: Sequence[str] = (), mode: str | None = None
) -> dict[str, Any]:
    """The text label schema imported items need: `known` names first, then each other name as first met.

    Single-label unless some item suggests two labels (then multi), or as `mode` says.
    """
    names = list(dict.fromkeys(known))
    several = False
    for item in items:
        suggestion = item.prelabel or {}
        labels = suggestion.get("labels", [])
        several = several or len(labels) > 1
        for name in [*labels, *(span["label"] for span in suggestion.get("spans", []))]:
            if name not in names:
                names.append(name)
    chosen = mode or ("multi" if several else "single")
    return {"mode": chosen, "labels": [{"name": name} for name in names]}
