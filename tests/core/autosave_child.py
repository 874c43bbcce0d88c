"""The child of test_kill_during_autosave.py: saves operation after operation and acknowledges each; kept free of pytest so it starts fast."""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

from annotator.core.evaluation import rewrite as ops
from annotator.core.manifest import parse_manifest
from annotator.core.model import Manifest, Status
from annotator.core.workspace import Workspace

PKG = "kill-pkg"
TEXTS = ["t1", "t2", "t3"]
REWRITE = "rw"
# A long response (~24,000 characters), as a rewrite item may hold; each typing step changes a word in it.
ORIGINAL = " ".join(f"Sentence {n} says the Eiffel Tower is in Berlin and was built in 1889." for n in range(330))
LABELS = {
    "text": {"mode": "single", "labels": [{"name": n, "color": "#2ca02c"} for n in ("positive", "negative", "neutral")]}
}
STATUSES = [Status.DONE, Status.FLAGGED, Status.SKIPPED, Status.TODO]


def manifest() -> Manifest:
    """Three text items and one rewrite item of the long response."""
    items: list[dict[str, Any]] = [{"id": item_id, "kind": "text", "text": f"text of {item_id}"} for item_id in TEXTS]
    items.append({"id": REWRITE, "kind": "rewrite", "content": {"prompt": "Where is it?", "response": ORIGINAL}})
    document = {
        "format": "annotator.package",
        "schema_version": 1,
        "id": PKG,
        "title": "Kill",
        "labels": LABELS,
        "items": items,
    }
    parsed, problems = parse_manifest(document, "package.json")
    assert parsed is not None, problems
    return parsed


@cache
def operation(n: int) -> tuple[str, str, Any]:
    """Operation number `n` (from 1): (field, item id, value). The same for the child and for the check."""
    item = TEXTS[n % len(TEXTS)]
    step = n % 4
    if step == 0:
        words = ORIGINAL.split(" ")
        words[(n * 7) % len(words)] = f"Paris{n}"
        return "annotation", REWRITE, ops.annotation_for(ORIGINAL, " ".join(words))
    if step == 1:
        label = ["positive", "negative", "neutral"][n % 3]
        annotation = {"labels": [label], "answer": None, "question": None, "unsure": n % 2 == 0, "spans": []}
        return "annotation", item, {**annotation, "source": "user", "n": n}
    if step == 2:
        return "comment", item, f"comment {n}: unsure — ask the lead ✓"
    return "status", item, STATUSES[n % len(STATUSES)].value


def main(folder: str, done: str) -> None:
    """Carry on after operation `done` in the workspace at `folder`, forever; print `ack n` once n is committed."""
    workspace = Workspace.open(folder)
    workspace.register_package(manifest(), manifest_sha256="b" * 64, path="pkg.zip")
    n = int(done)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        n += 1
        field, item, value = operation(n)
        if field == "annotation":
            workspace.set_annotation(PKG, item, value, run=True)  # typing: a run extends the last history entry
        elif field == "comment":
            workspace.set_comment(PKG, item, value)
        else:
            workspace.set_status(PKG, item, Status(value))
        sys.stdout.write(f"ack {n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(*sys.argv[1:3])
