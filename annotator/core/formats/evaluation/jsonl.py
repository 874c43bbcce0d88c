"""Every evaluation item as one JSONL line: what was judged, the judgement as stored, and the work on it (lossless).

Each line (UTF-8, "\\n" endings, keys in this order):

    {"id": "p7", "kind": "pairwise", "lang": "en", "content": {...}, "annotation": {...} | null,
     "status": "done", "annotator": "a-3f2c", "comment": ""}

- `content` is the package item's content exactly as packed (prompt, responses with their systems,
  sentences, ...); `annotation` the stored annotation exactly as its schema
  (`annotation-<kind>-v1`) shapes it: the shown order, ties and both-bad, rankings, rationales,
  MQM spans in code points with the score, rewrites with their edits. Nothing is left out or rounded.
- Every item of the four evaluation kinds is written, whatever its status, in package order;
  `annotation` and `annotator` are null for an item nobody worked on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.formats.evaluation import items_of
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import write_jsonl
from annotator.core.model import EVALUATION_KINDS

TITLE = "Evaluation JSONL (every item with its content and annotation)"


def line(item: DatasetItem) -> dict[str, Any]:
    """One item's line."""
    return {
        "id": item.id,
        "kind": item.kind,
        "lang": item.lang,
        "content": item.content,
        "annotation": item.annotation,
        "status": item.status,
        "annotator": item.annotator,
        "comment": item.comment,
    }


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Every evaluation item, in package order."""
    return write_jsonl(out, [line(item) for item in items_of(dataset, out, EVALUATION_KINDS, TITLE)])


FORMAT = register(Format(id="evaluation-jsonl", title=TITLE, kinds=EVALUATION_KINDS, write=write))
