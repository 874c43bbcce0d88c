"""Cut long Markdown into pieces that render one by one as they render together (no Qt here).

Qt's Markdown import runs on the UI thread whatever we do (PySide holds the GIL through it, so a
worker thread would freeze the UI just the same), and it is quadratic in the items of one list and
the rows of one table: 4,000 one-line items take 0.4 s, 28,000 take 26 s. Rendering in pieces
between event-loop turns keeps each turn short. A piece only starts where a new top-level block
starts for certain: after a blank line, at a heading, between the one-line items of a long top-level
list, or between the rows of a long table (whose header is then repeated). Inside fenced code, right
after a table, or anywhere unsure, the text is not cut.
"""

from __future__ import annotations

import re

# About 1 ms of Markdown import each.
PIECE_CHARS = 8_000
# Qt imports a list of n items, or a table of n rows, in time ~n²: 200 items or 100 rows take about a millisecond.
MAX_LIST_ITEMS = 200
MAX_TABLE_ROWS = 100
# Link reference definitions are repeated in every piece so references resolve; beyond this
# much of them, the text is rendered in one piece rather than re-parsed many times.
MAX_DEFINITION_CHARS = 20_000

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CLOSING_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")
_BULLET = re.compile(r"^[-*+][ \t]+\S")
_ORDERED = re.compile(r"^\d{1,9}([.)])[ \t]+\S")
_HEADING = re.compile(r"^#{1,6}([ \t]|$)")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_TABLE_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")


def _list_family(line: str) -> str | None:
    """The kind of top-level list item the line starts (None: not one); a change of kind starts a new list."""
    first = line[:1]
    if first in ("-", "*", "+"):
        return first if _BULLET.match(line) and not _THEMATIC_BREAK.match(line) else None
    if first.isdigit() and (ordered := _ORDERED.match(line)):
        return "ordered" + ordered.group(1)
    return None


class _Cutter:
    """Walks the lines once, remembering just enough of the block structure to know where a cut is safe."""

    def __init__(self, piece_chars: int, max_list_items: int, max_table_rows: int):
        self.piece_chars, self.max_list_items, self.max_table_rows = piece_chars, max_list_items, max_table_rows
        self.pieces: list[list[str]] = [[]]
        self.size = self.items = self.rows = 0
        self.fence: str | None = None
        self.previous = ""  # the line before, as written
        self.previous_had_pipe = False  # the last non-blank line could be a table row
        self.family: str | None = None  # the kind of top-level list whose items came last
        self.table_head: list[str] | None = None  # header and delimiter row of the table being read

    def add(self, line: str) -> None:
        if self.fence is not None:
            closing = _CLOSING_FENCE.match(line)
            if closing and closing.group(1).startswith(self.fence):
                self.fence = None
        else:
            family = _list_family(line)
            self._cut_before(line, family)
            self._note(line, family)
        self.pieces[-1].append(line)
        self.size += len(line)
        self.previous = line

    def _cut_before(self, line: str, family: str | None) -> None:
        if not self.pieces[-1]:
            return
        blank_before = not self.previous.strip()
        if self.table_head is not None and line.strip() and "|" in line:
            if self.rows >= self.max_table_rows:
                self._start_piece(self.table_head)
            return
        starts_block = bool(line[:1].strip()) and "|" not in line and not self.previous_had_pipe
        if not starts_block:
            return
        if family is not None and family == self.family and not blank_before:
            if self.size >= self.piece_chars or self.items >= self.max_list_items:
                self._start_piece([])
        elif (blank_before or _HEADING.match(line)) and self.size >= self.piece_chars:
            self._start_piece([])

    def _start_piece(self, head: list[str]) -> None:
        self.pieces.append(list(head))
        self.size, self.items, self.rows = sum(map(len, head)), 0, 0

    def _note(self, line: str, family: str | None) -> None:
        if line.lstrip(" ")[:1] in ("`", "~") and (opening := _FENCE.match(line)):
            self.fence = opening.group(1)
        if not line.strip():
            self.table_head = None
            return
        if self.table_head is not None and "|" in line:
            self.rows += 1
        elif "|" in line and _TABLE_DELIMITER.match(line) and "|" in self.previous and self.previous.strip():
            self.table_head, self.rows = [self.previous, line], 0
        else:
            self.table_head = None
        self.previous_had_pipe = "|" in line
        if line[:1].strip():
            self.family = family
            if family is not None:
                self.items += 1


def split_markdown(
    markdown: str,
    *,
    piece_chars: int = PIECE_CHARS,
    max_list_items: int = MAX_LIST_ITEMS,
    max_table_rows: int = MAX_TABLE_ROWS,
) -> list[str]:
    """The Markdown as pieces to render one after the other (one piece if it is short or cannot be cut)."""
    if len(markdown) <= piece_chars:
        return [markdown]
    lines = markdown.splitlines(keepends=True)
    definitions = "".join(line for line in lines if _DEFINITION.match(line))
    if len(definitions) > MAX_DEFINITION_CHARS:
        return [markdown]
    suffix = "\n\n" + definitions if definitions else ""
    cutter = _Cutter(piece_chars, max_list_items, max_table_rows)
    for line in lines:
        cutter.add(line)
    return ["".join(piece) + suffix for piece in cutter.pieces if piece]
