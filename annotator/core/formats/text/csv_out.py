"""Text items as a CSV table, written for spreadsheets and read back (through `text_tables`) as prelabels.

Columns: id, text, lang, labels (joined by '|', in schema order), unsure (true/false), comment,
status (todo, done, skipped, flagged), annotator. RFC 4180: comma-separated, fields with a comma,
quote or line break in double quotes, CRLF between rows, UTF-8. `csv` has no byte-order mark;
`csv-excel` is the same table with one, which Excel needs to read UTF-8 (without it, Excel shows
"Ã©" for "é"). Spans are not written (use jsonl).

Reading goes through `annotator.core.text_tables`, as `pack` reads tables: UTF-8 (BOM optional) or
UTF-16 with a BOM, comma, semicolon or tab delimiters. It takes id, text, lang and labels.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from annotator.core.atomic import write_atomic
from annotator.core.errors import PackageError, Problem
from annotator.core.formats.dataset import Dataset, ImportedItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.registry import Format, register
from annotator.core.formats.text import (
    Ids,
    fail,
    given_id,
    judgement,
    lang_field,
    prelabel,
    text_field,
    text_items,
    text_label_schema,
)
from annotator.core.text_tables import read_text_table

COLUMNS = ("id", "text", "lang", "labels", "unsure", "comment", "status", "annotator")
LABEL_SEPARATOR = "|"
_BOM = "\ufeff"


def _table(dataset: Dataset, out: Path, title: str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in text_items(dataset, out, title):
        decided = judgement(item)
        for label in decided["labels"]:
            if LABEL_SEPARATOR in label:
                raise ExportError(
                    [
                        Problem(
                            str(out),
                            f"item '{item.id}': the label '{label}' holds '{LABEL_SEPARATOR}', which separates "
                            "labels in the CSV's labels column; export to jsonl instead",
                        )
                    ]
                )
        writer.writerow(
            (
                item.id,
                item.text,
                item.lang or "",
                LABEL_SEPARATOR.join(decided["labels"]),
                "true" if decided["unsure"] else "false",
                item.comment,
                item.status,
                item.annotator or "",
            )
        )
    return buffer.getvalue()


def write_csv(dataset: Dataset, out: Path) -> list[Path]:
    """The table as UTF-8 without a byte-order mark."""
    write_atomic(out, _table(dataset, out, CSV.title).encode("utf-8"))
    return [out]


def write_excel(dataset: Dataset, out: Path) -> list[Path]:
    """The table as UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8."""
    write_atomic(out, (_BOM + _table(dataset, out, CSV_EXCEL.title)).encode("utf-8"))
    return [out]


def read(src: Path) -> ImportedPackage:
    """Each row as a text item (id, text, lang); its labels, split at '|', become the prelabel."""
    if src.suffix.lower() != ".csv":
        fail(str(src), "a CSV table must be named *.csv")
    problems: list[Problem] = []
    rows = read_text_table(src, problems)
    if problems:
        raise PackageError(problems[:1])
    ids = Ids(src, unit="row")
    items = []
    for number, row in rows:
        place = f"{src}:{number}"
        text = text_field(row, place)
        item_id = ids.take(given_id(row.get("id"), place), number, place)
        raw = row.get("labels") or ""
        labels = raw.split(LABEL_SEPARATOR) if raw else []
        if "" in labels:
            fail(place, f"'labels' {raw!r} has an empty label (labels are separated by a single '|')")
        if len(set(labels)) != len(labels):
            fail(place, f"'labels' {raw!r} names a label twice")
        items.append(
            ImportedItem(id=item_id, kind="text", text=text, lang=lang_field(row, place), prelabel=prelabel(labels, []))
        )
    return ImportedPackage(title=src.stem, label_schemas={"text": text_label_schema(items)}, items=items)


CSV = register(Format(id="csv", title="Text CSV (UTF-8)", kinds=("text",), write=write_csv, read=read))
CSV_EXCEL = register(
    Format(
        id="csv-excel",
        title="Text CSV for spreadsheets (UTF-8 with BOM)",
        kinds=("text",),
        write=write_excel,
        read=read,
    )
)
