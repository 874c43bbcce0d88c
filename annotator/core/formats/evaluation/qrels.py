"""TREC qrels of search-relevance ratings: `query_id 0 doc_id grade`, one line per graded result.

Lines are space-separated, "\\n" endings, UTF-8: the item id as the query id, the literal 0 (the
iteration column trec_eval ignores), the result's id, and its grade on the package's relevance
scale. Only search-relevance rating items that are done are written, in package order, their
results in the order the engine gave them; a result left ungraded has no line. Ids are package
identifiers, which hold no spaces, so the columns never shift.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.atomic import write_atomic
from annotator.core.evaluation.content import is_search, search_results
from annotator.core.formats.dataset import Dataset
from annotator.core.formats.evaluation import finished, items_of, nothing_finished, refuse
from annotator.core.formats.registry import Format, register

TITLE = "TREC qrels (search-relevance grades)"


def write(dataset: Dataset, out: Path) -> list[Path]:
    """A qrels line per graded result of every finished search-relevance item."""
    items = [item for item in items_of(dataset, out, ("rating",), TITLE) if is_search(item.content)]
    if not items:
        refuse(out, f"{TITLE} holds search-relevance grades, and this package's rating items have no search results")
    lines = []
    for item in finished(items):
        grades = (item.annotation or {}).get("relevance") or {}
        lines += [
            f"{item.id} 0 {result.id} {grades[result.id]}"
            for result in search_results(item.content)
            if result.id in grades
        ]
    if not lines:
        nothing_finished(out, TITLE, "search-relevance", len(items))
    write_atomic(out, ("\n".join(lines) + "\n").encode("utf-8"))
    return [out]


FORMAT = register(Format(id="trec-qrels", title=TITLE, kinds=("rating",), write=write))
