"""`annotator pack` of CSV / JSONL texts: UTF-8 and UTF-16 with a BOM, any common delimiter, CRLF; bad bytes named by line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.package import open_package
from tests.core.helpers import LABELS

# Non-ASCII in every script the encodings must keep: accents, ß, an emoji with a skin tone, a line
# break inside a text, each delimiter inside a text, quotes.
ROWS = [
    ("r1", "Caffè buono, ma caro", "it"),
    ("r2", "Straße; sehr gut", "de"),
    ("r3", 'Emoji 🎉👍🏽 and a "quote"\tafter a tab', "en"),
    ("r4", "Zeile eins\r\nZeile zwei", "de"),
]
TEXTS = [text for _, text, _ in ROWS]

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: text.encode("utf-8-sig"),
    "utf-16 LE with BOM": lambda text: b"\xff\xfe" + text.encode("utf-16-le"),
    "utf-16 BE with BOM": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
}


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(LABELS["text"]))
    return path


def pack(table: Path, labels: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["pack", str(table), "--labels", str(labels), "-o", str(table.parent / "out.zip")])
    return code, capsys.readouterr().err


def packed(path: Path) -> list[tuple[str, str, str | None]]:
    package = open_package(path)
    try:
        return [(item.id, package.item_text(item), item.lang) for item in package.manifest.items]
    finally:
        package.close()


def csv_text(delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["id", "text", "lang"])
    writer.writerows(ROWS)
    return buffer.getvalue()


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_csv_in_each_encoding_and_delimiter_packs_the_texts_unchanged(
    encoding: str, delimiter: str, tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.csv"
    table.write_bytes(ENCODINGS[encoding](csv_text(delimiter)))
    code, err = pack(table, labels, capsys)
    assert (code, err) == (0, "")
    assert packed(tmp_path / "out.zip") == list(ROWS)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_jsonl_in_each_encoding_with_crlf_packs_the_texts_unchanged(
    encoding: str, tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({"id": i, "text": t, "lang": lang}, ensure_ascii=False) for i, t, lang in ROWS]
    table = tmp_path / "texts.jsonl"
    table.write_bytes(ENCODINGS[encoding]("\r\n".join(lines) + "\r\n"))
    code, err = pack(table, labels, capsys)
    assert (code, err) == (0, "")
    assert packed(tmp_path / "out.zip") == list(ROWS)


def test_excel_unicode_text_packs(tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Byte for byte what Excel's "Unicode text" writes: UTF-16 LE with BOM, TAB, CRLF, a field with
    # quotes quoted and its quotes doubled, a comma left bare.
    table = tmp_path / "texts.csv"
    table.write_bytes(
        '\ufeffid\ttext\tlang\r\n1\tCaffè, per favore\tit\r\n2\t"Er sagte ""Straße"""\tde\r\n'.encode("utf-16-le")
    )
    code, err = pack(table, labels, capsys)
    assert (code, err) == (0, "")
    assert packed(tmp_path / "out.zip") == [("1", "Caffè, per favore", "it"), ("2", 'Er sagte "Straße"', "de")]


def test_a_one_column_csv_keeps_commas_in_its_texts(
    tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.csv"
    table.write_bytes(b"text\r\nHello, world; and\tmore\r\n")
    code, err = pack(table, labels, capsys)
    assert (code, err) == (0, "")
    assert [text for _, text, _ in packed(tmp_path / "out.zip")] == ["Hello, world; and\tmore"]


def test_jsonl_texts_with_unicode_line_separators_are_kept(
    tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # U+2028, U+2029 and U+0085 may stand unescaped in a JSON string; they do not end a JSONL line.
    texts = ["one\u2028two", "three\u2029four\x85five"]
    table = tmp_path / "texts.jsonl"
    table.write_bytes("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode())
    code, err = pack(table, labels, capsys)
    assert (code, err) == (0, "")
    assert [text for _, text, _ in packed(tmp_path / "out.zip")] == texts


BAD_TABLES = {
    "latin-1": (
        "texts.csv",
        b"id,text\r\n1,ok\r\n2,Caff\xe9 buono\r\n",
        "3: not UTF-8 text (invalid byte 0xe9 at column 7); save it as UTF-8 or UTF-16",
    ),
    # The column counts characters: "é" before the bad byte is two bytes but one column.
    "latin-1 after UTF-8": (
        "texts.csv",
        "text\nét".encode() + b"\xe9\n",
        "2: not UTF-8 text (invalid byte 0xe9 at column 3); save it as UTF-8 or UTF-16",
    ),
    "latin-1 in jsonl": (
        "texts.jsonl",
        b'{"text": "ok"}\n{"text": "Caf\xe9"}\n',
        "2: not UTF-8 text (invalid byte 0xe9 at column 14); save it as UTF-8 or UTF-16",
    ),
    "utf-16 without BOM": (
        "texts.csv",
        "text\r\nhello\r\n".encode("utf-16-le"),
        "1: not UTF-8 text (NUL byte at column 2; UTF-16 needs a byte-order mark); save it as UTF-8 or UTF-16",
    ),
    "NUL in utf-8": (
        "texts.csv",
        b"text\nab\x00c\n",
        "2: not UTF-8 text (NUL byte at column 3; UTF-16 needs a byte-order mark); save it as UTF-8 or UTF-16",
    ),
    "NUL in utf-16": (
        "texts.csv",
        b"\xff\xfe" + "text\nab\x00c\n".encode("utf-16-le"),
        "2: not UTF-16 text (NUL character at column 3); save it as UTF-8 or UTF-16",
    ),
    "utf-16 cut off": (
        "texts.csv",
        b"\xff\xfe" + "text\nab".encode("utf-16-le") + b"c",
        "2: not UTF-16 text (cut off mid-character at column 3); save it as UTF-8 or UTF-16",
    ),
    "utf-16 unpaired surrogate": (
        "texts.csv",
        b"\xfe\xff" + "text\nab".encode("utf-16-be") + b"\xd8\x00" + "c\n".encode("utf-16-be"),
        "2: not UTF-16 text (unpaired surrogate at column 3); save it as UTF-8 or UTF-16",
    ),
}


@pytest.mark.parametrize("case", BAD_TABLES)
def test_a_table_that_is_not_utf8_or_utf16_is_refused_by_line_and_column(
    case: str, tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, data, message = BAD_TABLES[case]
    table = tmp_path / name
    table.write_bytes(data)
    code, err = pack(table, labels, capsys)
    assert code == 1
    assert err == f"error: {table}:{message}\n1 problem found.\n"
    assert not (tmp_path / "out.zip").exists()


def test_a_malformed_jsonl_line_is_named_in_a_utf16_crlf_file(
    tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.jsonl"
    table.write_bytes(b"\xff\xfe" + '{"text": "Straße"}\r\n\r\n{"text": oops}\r\n'.encode("utf-16-le"))
    code, err = pack(table, labels, capsys)
    assert code == 1
    assert err == f"error: {table}:3: malformed JSON at column 10: Expecting value\n1 problem found.\n"


def test_a_csv_row_split_by_an_unquoted_delimiter_is_refused_not_cut(
    tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.csv"
    table.write_bytes(b"id,text\r\n1,Hello, world\r\n")
    code, err = pack(table, labels, capsys)
    assert code == 1
    assert err == (
        f"error: {table}:2: row has 3 fields but the header has 2; put a text that contains ',' in double quotes\n"
        "1 problem found.\n"
    )


def test_a_csv_quote_never_closed_is_refused_not_merged(
    tmp_path: Path, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "texts.csv"
    table.write_bytes(b'id;text\r\n1;fine\r\n2;"never closed\r\n3;swallowed\r\n')
    code, err = pack(table, labels, capsys)
    assert code == 1
    assert err == f"error: {table}:3: not valid CSV (a quoted field is never closed)\n1 problem found.\n"
