"""WMT's MQM TSV (google/wmt-mqm-human-evaluation, Marot): one row per error, the span marked inline with <v>…</v>.

Header and columns (tab-separated, UTF-8, "\\n" endings, no quoting):

    system  doc  doc_id  seg_id  rater  source  target  category  severity  comment

- `system`: the item's `content.system` (empty when it names none); `doc`: `content.doc`, else
  the item id (each item is a document of sentences); `doc_id`: the sentence's 1-based number in
  its document; `seg_id`: a 1-based number for each (doc, doc_id), first met first, so the same
  sentence translated by two systems (two items of one doc) has one seg_id; `rater`: the
  annotator's pseudonym; `comment`: the error's note.
- One row per error, in the annotation's order within each sentence. The marked text is wrapped
  in <v>…</v>: in `target` for a target error, in `source` for a source-side one (an omission,
  marked where the missing text is). A sentence with no error is one row `No-error`/`No-error`.
  A non-translated sentence is one row `Non-translation`/`Major` with its whole target marked;
  errors also marked in it are left out here, because WMT's scoring gives such a sentence the
  non-translation weight whatever else is in it, and tools that add up rows would count them
  too (the evaluation JSONL keeps them).
- `category` is the package's category (Type/Subtype) as chosen, empty when none was; severity is
  Major, Minor or Neutral.
- Text fields: a backslash, tab, line feed or carriage return inside a sentence or a note is
  written as \\\\, \\t, \\n or \\r (`annotator.core.formats.evaluation.tsv_text` undoes it), so each row
  is one line and no field needs quotes; read it with quoting off, e.g. pandas
  `read_csv(path, sep="\\t", quoting=csv.QUOTE_NONE, keep_default_na=False)`. A `<v>` that a
  sentence itself holds is written as it is (WMT's files do the same).

Re-scoring the rows gives the item's MQM score: per (doc, doc_id, system, rater), the weights of its
rows (`TranslationConfig.weight(category, severity)`; No-error 0; Non-translation the package's
non-translation weight), averaged over the item's target sentences. Only items that are done with
an annotation are written, in package order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.atomic import write_atomic
from annotator.core.evaluation.content import segments
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.evaluation import (
    checked_error,
    finished,
    items_of,
    marked,
    nothing_finished,
    sentence_at,
    tsv_field,
)
from annotator.core.formats.registry import Format, register

TITLE = "WMT MQM TSV (one row per error, span marked with <v>)"
COLUMNS = ("system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category", "severity", "comment")
NO_ERROR = "No-error"
NON_TRANSLATION = "Non-translation"


class _SegmentIds:
    """Hands out seg_id: one 1-based number per (doc, sentence), first met first."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, int], int] = {}

    def of(self, doc: str, segment: int) -> int:
        return self._ids.setdefault((doc, segment), len(self._ids) + 1)


def item_rows(item: DatasetItem, seg_ids: _SegmentIds) -> list[tuple[str, ...]]:
    """The rows of one checked translation, sentence by sentence."""
    content = item.content or {}
    annotation = item.annotation or {}
    source, target = segments(content, "source"), segments(content, "target")
    doc = content.get("doc") or item.id
    common = (content.get("system") or "", doc)
    rater = item.annotator or ""
    errors: list[dict[str, Any]] = list(annotation.get("errors", []))
    non_translated = set(annotation.get("non_translation", []))
    indices = sorted(set(range(len(target))) | {error["segment"] for error in errors} | non_translated)
    rows: list[tuple[str, ...]] = []
    for index in indices:
        src, tgt = sentence_at(source, index), sentence_at(target, index)
        place = (*common, str(index + 1), str(seg_ids.of(doc, index)), rater)
        if index in non_translated:
            rows.append((*place, src, marked(tgt, 0, len(tgt)) if tgt else tgt, NON_TRANSLATION, "Major", ""))
            continue
        here = [error for error in errors if error["segment"] == index]
        if not here:
            rows.append((*place, src, tgt, NO_ERROR, NO_ERROR, ""))
        for error in here:
            on_source = error["side"] == "source"
            start, end = checked_error(item, error, src if on_source else tgt)
            shown_src = marked(src, start, end) if on_source else src
            shown_tgt = tgt if on_source else marked(tgt, start, end)
            category = error.get("category") or ""
            rows.append((*place, shown_src, shown_tgt, category, error["severity"].capitalize(), error.get("note", "")))
    return rows


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Every checked translation's rows, in package order."""
    items = items_of(dataset, out, ("translation",), TITLE)
    done = finished(items)
    if not done:
        nothing_finished(out, TITLE, "translation", len(items))
    seg_ids = _SegmentIds()
    lines = ["\t".join(COLUMNS)]
    for item in done:
        lines += ["\t".join(tsv_field(field) for field in row) for row in item_rows(item, seg_ids)]
    write_atomic(out, ("\n".join(lines) + "\n").encode("utf-8"))
    return [out]


FORMAT = register(Format(id="wmt-mqm-tsv", title=TITLE, kinds=("translation",), write=write))
