"""The text CSV: columns as documented (checked with the csv module), BOM only for spreadsheets, read back through text_tables."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotator.core.errors import PackageError
from annotator.core.formats.catalog import load
from annotator.core.formats.dataset import DatasetItem
from annotator.core.formats.from_bundles import ExportError
from tests.core.formats.test_text_jsonl import EMOJI_TEXT, assert_imported, dataset, emoji_item, judgement, text_items

FORMATS = load()
HEADER = ["id", "text", "lang", "labels", "unsure", "comment", "status", "annotator"]
CSV_LABELS = ["positivo", "négatif", "積極的", "😀 joy", "שלום", "a,b", 'say "x"']


def read_rows(raw: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_columns_are_written_field_by_field(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    two = emoji_item(
        id="r3", annotation=judgement(["positivo", "négatif"], [], EMOJI_TEXT), comment="", status="flagged"
    )
    untouched = DatasetItem(id="r2", kind="text", text="line one\r\nline, two")
    assert FORMATS["csv"].write(dataset(emoji_item(), untouched, two), out) == [out]
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.startswith(b"id,text,lang,labels,unsure,comment,status,annotator\r\n")
    rows = read_rows(raw)
    assert rows[0] == HEADER
    assert rows[1] == ["r1", EMOJI_TEXT, "ar", "négatif", "true", 'ok, "quoted"\nsecond line', "done", "a-3f2c"]
    assert rows[2] == ["r2", "line one\r\nline, two", "", "", "false", "", "todo", ""]
    assert rows[3] == ["r3", EMOJI_TEXT, "ar", "positivo|négatif", "false", "", "flagged", "a-3f2c"]
    assert len(rows) == 4


def test_the_spreadsheet_variant_differs_only_by_the_byte_order_mark(tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    FORMATS["csv"].write(dataset(emoji_item()), plain)
    FORMATS["csv-excel"].write(dataset(emoji_item()), excel)
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert FORMATS["csv-excel"].read(excel).items == FORMATS["csv"].read(plain).items


def test_a_label_holding_the_separator_is_refused(tmp_path: Path) -> None:
    item = emoji_item(annotation=judgement(["a|b"], [], EMOJI_TEXT))
    out = tmp_path / "x.csv"
    with pytest.raises(ExportError) as caught:
        FORMATS["csv"].write(dataset(item), out)
    assert str(caught.value) == (
        f"{out}: item 'r1': the label 'a|b' holds '|', which separates labels in the CSV's labels column; "
        "export to jsonl instead"
    )
    assert not out.exists()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=text_items(label_pool=CSV_LABELS, with_spans=False))
def test_import_of_export_is_the_dataset(tmp_path: Path, items: list[DatasetItem]) -> None:
    for format_id in ("csv", "csv-excel"):
        out = tmp_path / f"{format_id}.csv"
        FORMATS[format_id].write(dataset(*items), out)
        assert_imported(FORMATS[format_id].read(out), items, spans=False)


def test_spreadsheet_quirks_are_read(tmp_path: Path) -> None:
    # Excel in a comma-decimal locale: semicolons; "Unicode text": UTF-16 with a BOM and tabs.
    table = 'id;text;labels\r\nr1;"a; b";x|y\r\n;👍🏽;\r\n'
    semicolons = tmp_path / "semi.csv"
    semicolons.write_bytes(b"\xef\xbb\xbf" + table.encode("utf-8"))
    tabs = tmp_path / "tabs.csv"
    tabs.write_bytes(table.replace(";", "\t").replace('"a\t b"', "a; b").encode("utf-16"))
    for path in (semicolons, tabs):
        imported = FORMATS["csv"].read(path)
        assert [(i.id, i.text, i.prelabel) for i in imported.items] == [
            ("r1", "a; b", {"labels": ["x", "y"]}),
            (f"{path.stem}-00003", "👍🏽", None),
        ]
        assert imported.label_schemas["text"] == {"mode": "multi", "labels": [{"name": "x"}, {"name": "y"}]}


BAD_TABLES = [
    ("id,label\r\na,b\r\n", None, "CSV needs a header row with a 'text' column (optional: id, lang)"),
    ('id,text\r\na,"open\r\n', 2, "not valid CSV (a quoted field is never closed)"),
    ("id,text\r\na,b,c\r\n", 2, "row has 3 fields but the header has 2; put a text that contains ',' in double quotes"),
    ("id,text\r\na, \r\n", 2, "'text' is empty"),
    ("id,text\r\na,\r\n", 2, "'text' is empty"),
    ("id,text\r\nx y,b\r\n", 2, "'id' \"x y\" must be 1-128 letters, digits, '.', '_', ':' or '-'"),
    ("id,text\r\nx,b\r\nx,c\r\n", 3, "id 'x' is used again (first on row 2)"),
    ("text,labels\r\nb,a||c\r\n", 2, "'labels' 'a||c' has an empty label (labels are separated by a single '|')"),
    ("text,labels\r\nb,a|a\r\n", 2, "'labels' 'a|a' names a label twice"),
]


@pytest.mark.parametrize(("content", "row", "reason"), BAD_TABLES)
def test_a_bad_table_is_refused_naming_the_file_and_the_row(
    tmp_path: Path, content: str, row: int | None, reason: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content.encode("utf-8"))
    with pytest.raises(PackageError) as caught:
        FORMATS["csv"].read(path)
    place = f"{path}:{row}" if row else str(path)
    assert str(caught.value) == f"{place}: {reason}"


def test_encodings_and_names_are_refused_clearly(tmp_path: Path) -> None:
    no_bom = tmp_path / "utf16.csv"
    no_bom.write_bytes("id,text\r\na,b\r\n".encode("utf-16-le"))
    with pytest.raises(PackageError) as caught:
        FORMATS["csv"].read(no_bom)
    assert str(caught.value) == (
        f"{no_bom}:1: not UTF-8 text (NUL byte at column 2; UTF-16 needs a byte-order mark); save it as UTF-8 or UTF-16"
    )
    named = tmp_path / "table.txt"
    named.write_text("text\nb\n")
    with pytest.raises(PackageError) as caught:
        FORMATS["csv"].read(named)
    assert str(caught.value) == f"{named}: a CSV table must be named *.csv"
