"""Read the CSV and JSONL tables of texts that `pack` takes: UTF-8 or UTF-16 (with a BOM), any common delimiter."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from annotator.core.documents.json_reader import decode_json_text
from annotator.core.errors import PackageError, Problem

TEXT_TABLE_SUFFIXES = frozenset({".csv", ".jsonl"})

# Byte-order marks, longest first. UTF-16 is accepted only with one: without it the byte order is a
# guess, and what Excel saves as "Unicode text" always carries one (UTF-16 LE).
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_SAVE_AS = "save it as UTF-8 or UTF-16"

# Comma (the standard), semicolon (Excel where the decimal mark is a comma), tab (Excel's "Unicode text").
_DELIMITERS = (",", ";", "\t")
# Used for a one-column table, whose rows must be read whole: NUL is refused before parsing, so it
# never occurs in the content and a comma in an unquoted text stays part of the text.
_NO_DELIMITER = "\0"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

Rows = list[tuple[int, dict[str, Any]]]


def read_text_table(path: Path, problems: list[Problem]) -> Rows:
    """The rows of a .csv or .jsonl file as (number, fields); what is wrong goes to `problems`.

    The number is the JSONL line, or the CSV record counting the header as 1 (blank lines left out).
    """
    try:
        content = decode_table(path.read_bytes(), str(path))
    except OSError as exc:
        problems.append(Problem(str(path), f"cannot be read ({exc.strerror or exc})"))
        return []
    except PackageError as exc:
        problems.extend(exc.problems)
        return []
    if path.suffix.lower() == ".csv":
        return _csv_rows(path, content, problems)
    return _jsonl_rows(path, content, problems)


def decode_table(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 with a BOM; raise PackageError naming the line and column.

    Columns count characters from 1, as a text editor shows them, so the column of a bad byte is
    where the editor's cursor would be on it.
    """
    encoding, start = "utf-8", 0
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            encoding, start = bom_encoding, len(bom)
            break
    body = data[start:]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        # Everything before the first bad byte decodes, so it says which line and column it is on.
        line, column = _position(body[: exc.start].decode(encoding))
        if encoding == "utf-8":
            reason = f"not UTF-8 text (invalid byte 0x{body[exc.start]:02x} at column {column})"
        else:
            what = "cut off mid-character" if exc.reason == "truncated data" else "unpaired surrogate"
            reason = f"not UTF-16 text ({what} at column {column})"
        raise PackageError([Problem(f"{name}:{line}", f"{reason}; {_SAVE_AS}")]) from exc
    nul = text.find("\0")
    if nul >= 0:
        # NUL decodes as UTF-8, but no text holds one: the file is binary, or UTF-16 without a BOM.
        line, column = _position(text[:nul])
        if encoding == "utf-8":
            reason = f"not UTF-8 text (NUL byte at column {column}; UTF-16 needs a byte-order mark)"
        else:
            reason = f"not UTF-16 text (NUL character at column {column})"
        raise PackageError([Problem(f"{name}:{line}", f"{reason}; {_SAVE_AS}")])
    return text


def _position(before: str) -> tuple[int, int]:
    """Line and column (both from 1) of the character just after `before`."""
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def _delimiter(header: str) -> str | None:
    """The delimiter that splits the header into the most fields, one of them 'text'; None if none does."""
    best: tuple[int, str] | None = None
    for delimiter in _DELIMITERS:
        fields = next(csv.reader([header], delimiter=delimiter), [])
        if "text" in fields and (best is None or len(fields) > best[0]):
            best = (len(fields), delimiter)
    if best is None:
        return None
    return _NO_DELIMITER if best[0] == 1 else best[1]


def _csv_rows(path: Path, content: str, problems: list[Problem]) -> Rows:
    delimiter = _delimiter(_LINE_BREAK.split(content, maxsplit=1)[0])
    if delimiter is None:
        problems.append(Problem(str(path), "CSV needs a header row with a 'text' column (optional: id, lang)"))
        return []
    # strict: an unclosed quote or text after a closing quote is refused, not silently merged or dropped.
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    rows: Rows = []
    number = 0  # of the last record read: the header is 1, and rows count on from 2 without blank lines,
    # as the ids made from these numbers always have
    try:
        header = next(reader, [])
        number = 1
        for fields in reader:
            if not fields:  # a blank line
                continue
            number += 1
            if len(fields) > len(header):
                problems.append(
                    Problem(
                        f"{path}:{number}",
                        f"row has {len(fields)} fields but the header has {len(header)}; "
                        f"put a text that contains {delimiter!r} in double quotes",
                    )
                )
                continue
            rows.append((number, dict(zip(header, fields, strict=False))))
    except csv.Error as exc:
        reason = "a quoted field is never closed" if "unexpected end of data" in str(exc) else str(exc)
        problems.append(Problem(f"{path}:{number + 1}", f"not valid CSV ({reason})"))
    return rows


def _jsonl_rows(path: Path, content: str, problems: list[Problem]) -> Rows:
    rows: Rows = []
    # Lines end at "\n" (or "\r\n") only: str.splitlines would also split at U+2028, U+0085 and
    # others, which JSON strings may hold unescaped.
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        row, line_problems = decode_json_text(line, f"{path}:{number}")
        if line_problems:
            # One line is one document: its own "line 1" says nothing, the file's line number does.
            problems.extend(
                Problem(p.file, p.reason.replace("malformed JSON at line 1, column", "malformed JSON at column"))
                for p in line_problems
            )
            continue
        if not isinstance(row, dict):
            problems.append(Problem(f"{path}:{number}", "each line must be a JSON object with 'text'"))
            continue
        rows.append((number, row))
    return rows
