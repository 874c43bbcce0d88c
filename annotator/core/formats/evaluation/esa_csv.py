"""ESA scores as a CSV in the columns of Appraise's ESA export: one row per checked item, its score and error spans.

Columns (a header row first; RFC 4180 through the csv module: commas, fields with a comma, quote or
line break in double quotes, CRLF between rows, UTF-8 without a byte-order mark):

    login, systemID, itemID, type, src_lang, tgt_lang, score, documentID, span_errors

- `login`: the annotator's pseudonym; `systemID`: `content.system` (empty when none); `itemID`:
  the item id; `type`: TGT (attention checks are scored on the lead side, not marked here);
  `src_lang`/`tgt_lang`: `content.source_lang`/`target_lang` (the item's `lang` for the target when
  content names none); `score`: the ESA 0-100 score, empty when none was given; `documentID`:
  `content.doc`, else the item id.
- `span_errors`: JSON, `[{"start_i": 4, "end_i": 9, "severity": "major", "error_type":
  "Accuracy/Mistranslation"}, ...]`. The ESA score is of the whole target, so the offsets are code
  points (Python `str` indices, end exclusive; not UTF-16 units as a browser counts) of the item's
  target sentences joined by one space. ESA marks only the target: an error marked on the source
  (an omission) is `"start_i": "missing", "end_i": "missing"`, as Appraise writes its missing-text
  token. A non-translated sentence is one major span over that whole sentence, error_type
  "Non-translation". `error_type` is the MQM category, null when none was chosen.

Only items that are done with an annotation are written, in package order.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from annotator.core.atomic import write_atomic
from annotator.core.evaluation.content import segments
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.evaluation import checked_error, finished, items_of, nothing_finished
from annotator.core.formats.registry import Format, register

TITLE = "ESA scores CSV (Appraise style, with error spans)"
COLUMNS = ("login", "systemID", "itemID", "type", "src_lang", "tgt_lang", "score", "documentID", "span_errors")
JOINER = " "
MISSING = "missing"


def joined_target(content: dict[str, Any]) -> str:
    """The target as ESA scores it: its sentences joined by one space (what span_errors count in)."""
    return JOINER.join(segments(content, "target"))


def span_errors(item: DatasetItem) -> list[dict[str, Any]]:
    """The item's errors as ESA spans, in the annotation's order, then its non-translated sentences."""
    content = item.content or {}
    annotation = item.annotation or {}
    source, target = segments(content, "source"), segments(content, "target")
    starts = []
    position = 0
    for sentence in target:
        starts.append(position)
        position += len(sentence) + len(JOINER)
    spans: list[dict[str, Any]] = []
    for error in annotation.get("errors", []):
        segment = error["segment"]
        if error["side"] == "source":
            checked_error(item, error, source[segment] if 0 <= segment < len(source) else "")
            start_i: Any = MISSING
            end_i: Any = MISSING
        else:
            start, end = checked_error(item, error, target[segment] if 0 <= segment < len(target) else "")
            start_i, end_i = starts[segment] + start, starts[segment] + end
        spans.append(
            {"start_i": start_i, "end_i": end_i, "severity": error["severity"], "error_type": error.get("category")}
        )
    for segment in sorted(set(annotation.get("non_translation", []))):
        if 0 <= segment < len(target):
            start_i = starts[segment]
            spans.append(
                {
                    "start_i": start_i,
                    "end_i": start_i + len(target[segment]),
                    "severity": "major",
                    "error_type": "Non-translation",
                }
            )
    return spans


def row(item: DatasetItem) -> tuple[Any, ...]:
    """One item's row."""
    content = item.content or {}
    score = (item.annotation or {}).get("esa")
    return (
        item.annotator or "",
        content.get("system") or "",
        item.id,
        "TGT",
        content.get("source_lang") or "",
        content.get("target_lang") or item.lang or "",
        "" if score is None else score,
        content.get("doc") or item.id,
        json.dumps(span_errors(item), ensure_ascii=False),
    )


def write(dataset: Dataset, out: Path) -> list[Path]:
    """One row per checked translation, in package order."""
    items = items_of(dataset, out, ("translation",), TITLE)
    done = finished(items)
    if not done:
        nothing_finished(out, TITLE, "translation", len(items))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in done:
        writer.writerow(row(item))
    write_atomic(out, buffer.getvalue().encode("utf-8"))
    return [out]


FORMAT = register(Format(id="esa-csv", title=TITLE, kinds=("translation",), write=write))
