"""Praat TextGrid (.TextGrid): one interval tier per speaker, times as exact floats.

Out: Praat's long text form in UTF-8 (LF, no BOM), one interval tier per speaker named after them
(the label schema's speakers first, then others as they first speak), and one unnamed tier ("")
for segments without a speaker. Each tier covers 0 to the file's end (its duration, else the last
segment's end): the gaps between segments are empty intervals, as Praat needs. Times are written
as the shortest text that reads back as the same float (never rounded). A segment with no text (or
only white space) is not kept: in a TextGrid it cannot be told from a gap.

In: the long and the short text forms (Praat reads both alike: numbers, "texts" and <flags> in
order, the rest being labels), in UTF-8 (a BOM allowed) or UTF-16 with a BOM (which Praat writes
for texts outside Latin-1). Every interval tier is read, its name being the speaker ("" is none);
empty intervals are gaps; point tiers (TextTier) are passed over. Binary TextGrids are refused.
Sorting, overlaps between tiers, zero-length intervals and the audio's end: see
annotator.core.formats.audio.common.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.audio.common import (
    Cue,
    decode,
    read_transcripts,
    segments_of,
    short,
    speaker_order,
    write_transcripts,
)
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedPackage
from annotator.core.formats.registry import Format, register

SUFFIX = ".TextGrid"
TITLE = "TextGrid"

# -- writing ------------------------------------------------------------------------------------


def show(seconds: float) -> str:
    """A time as a TextGrid holds it: the float's shortest text (Praat writes whole numbers without '.0')."""
    if seconds.is_integer() and abs(seconds) < 1e15:
        return str(int(seconds))
    return repr(seconds)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def render(item: DatasetItem, speakers: list[str]) -> tuple[bytes, list[Problem]]:
    """One item's transcript as a long-form TextGrid, one interval tier per speaker."""
    segments = [s for s in segments_of(item) if s["text"].strip()]
    ends = [s["end"] for s in segments_of(item)]
    xmax = item.duration if item.duration is not None else max(ends, default=0.0)
    tiers: dict[str | None, list[dict]] = {}
    for name in [*speakers, None]:
        chosen = [s for s in segments if s.get("speaker") == name]
        if chosen:
            tiers[name] = chosen
    lines = [
        'File type = "ooTextFile"',
        'Object class = "TextGrid"',
        "",
        "xmin = 0 ",
        f"xmax = {show(xmax)} ",
        "tiers? <exists> ",
        f"size = {len(tiers)} ",
        "item []: ",
    ]
    for number, (name, chosen) in enumerate(tiers.items(), start=1):
        intervals = _intervals(chosen, xmax)
        lines += [
            f"    item [{number}]:",
            '        class = "IntervalTier" ',
            f"        name = {_quoted(name or '')} ",
            "        xmin = 0 ",
            f"        xmax = {show(xmax)} ",
            f"        intervals: size = {len(intervals)} ",
        ]
        for index, (start, end, text) in enumerate(intervals, start=1):
            lines += [
                f"        intervals [{index}]:",
                f"            xmin = {show(start)} ",
                f"            xmax = {show(end)} ",
                f"            text = {_quoted(text)} ",
            ]
    return ("\n".join(lines) + "\n").encode("utf-8"), []


def _intervals(segments: list[dict], xmax: float) -> list[tuple[float, float, str]]:
    """The tier's segments with empty intervals in the gaps, from 0 to xmax."""
    result: list[tuple[float, float, str]] = []
    cursor = 0.0
    for segment in segments:
        if segment["start"] > cursor:
            result.append((cursor, segment["start"], ""))
        result.append((segment["start"], segment["end"], segment["text"]))
        cursor = segment["end"]
    if xmax > cursor:
        result.append((cursor, xmax, ""))
    return result


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Write one .TextGrid per annotated audio item into the folder `out`."""
    items = dataset.of_kind("audio")
    speakers = speaker_order(dataset, items)
    return write_transcripts(dataset, out, suffix=SUFFIX, render=lambda item: render(item, speakers))


# -- reading ------------------------------------------------------------------------------------

# Praat's text form, token by token: a "text" ("" inside is one quote), a <flag>, a number, or what
# Praat passes over (labels such as `xmin =` and `item [3]:`, and `!` comments to the end of a line).
_TOKEN = re.compile(
    r'(?P<space>\s+)|(?P<comment>![^\n]*)|"(?P<text>(?:[^"]|"")*)"|(?P<open>")|<(?P<flag>[A-Za-z]+)>'
    r"|(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|(?P<label>\[[^\]\n]*\]|[A-Za-z_][A-Za-z0-9_?]*|[=:])"
)


@dataclass
class _Token:
    kind: str  # "text", "flag", "number" or "end"
    value: str
    line: int

    def described(self) -> str:
        if self.kind == "end":
            return "the end of the file"
        if self.kind == "text":
            return f"the text {short(self.value)}"
        if self.kind == "flag":
            return f"<{self.value}>"
        return f"the number {self.value}"


class _Tokens:
    """The values of a TextGrid in order, each with its line, read on demand."""

    def __init__(self, name: str, content: str):
        self.name = name
        self.content = content
        self.at = 0
        self.line = 1

    def next(self) -> _Token:
        while self.at < len(self.content):
            match = _TOKEN.match(self.content, self.at)
            line = self.line
            if match is None:
                self.refuse(line, f"unexpected {short(self.content[self.at])} (not a number, a text or a label)")
            self.at = match.end()
            self.line += match.group().count("\n")
            kind = match.lastgroup
            if kind == "open":
                self.refuse(line, "a text that never ends (no closing '\"')")
            if kind in ("text", "flag", "number"):
                value = match.group(kind)
                return _Token(kind, value.replace('""', '"') if kind == "text" else value, line)
        # The end is named on the last line that holds anything, where an editor shows the file stopping.
        return _Token("end", "", self.content.rstrip().count("\n") + 1)

    def text(self, what: str) -> tuple[str, int]:
        token = self.next()
        if token.kind != "text":
            self.refuse(token.line, f"{what}: expected a text in quotes, found {token.described()}")
        return token.value, token.line

    def number(self, what: str) -> tuple[float, int]:
        token = self.next()
        if token.kind != "number":
            self.refuse(token.line, f"{what}: expected a number, found {token.described()}")
        value = float(token.value)
        if not math.isfinite(value):
            self.refuse(token.line, f"{what}: {token.value} is not a finite number")
        return value, token.line

    def count(self, what: str) -> int:
        value, line = self.number(what)
        if not value.is_integer() or value < 0:
            self.refuse(line, f"{what}: expected a whole number, found {show(value)}")
        return int(value)

    def refuse(self, line: int, reason: str) -> NoReturn:
        raise PackageError([Problem(f"{self.name}:{line}", reason)])


def parse(name: str, data: bytes) -> list[Cue]:
    """The non-empty intervals of every interval tier, as cues; PackageError names the line and tier."""
    if data.startswith(b"ooBinaryFile"):
        raise PackageError([Problem(f"{name}:1", "a binary TextGrid; save it from Praat as a text file")])
    tokens = _Tokens(name, decode(data, name))
    file_type, line = tokens.text("File type")
    if file_type not in ("ooTextFile", "ooTextFile short"):  # the second from Praat's older short form
        tokens.refuse(line, f"not a Praat text file: the file type is {short(file_type)}, not 'ooTextFile'")
    object_class, line = tokens.text("Object class")
    if object_class != "TextGrid":
        tokens.refuse(line, f"not a TextGrid: the object class is {short(object_class)}")
    tokens.number("the TextGrid's xmin")
    tokens.number("the TextGrid's xmax")
    flag = tokens.next()
    if flag.kind == "flag" and flag.value == "absent":
        return []
    if flag.kind != "flag" or flag.value != "exists":
        tokens.refuse(flag.line, f"tiers: expected <exists> or <absent>, found {flag.described()}")
    cues: list[Cue] = []
    for number in range(1, tokens.count("the number of tiers") + 1):
        cues += _tier(tokens, number)
    return cues


def _tier(tokens: _Tokens, number: int) -> list[Cue]:
    tier_class, class_line = tokens.text(f"tier {number}")
    tier_name, _ = tokens.text(f"tier {number}'s name")
    where = f"tier {number} ({short(tier_name)})"
    if tier_class not in ("IntervalTier", "TextTier"):
        tokens.refuse(class_line, f"{where}: unknown tier class {short(tier_class)} (not IntervalTier or TextTier)")
    tokens.number(f"{where} xmin")
    tokens.number(f"{where} xmax")
    cues = []
    if tier_class == "TextTier":
        for index in range(1, tokens.count(f"{where}: the number of points") + 1):
            tokens.number(f"{where} point {index}: its time")
            tokens.text(f"{where} point {index}: its mark")
        return cues
    for index in range(1, tokens.count(f"{where}: the number of intervals") + 1):
        label = f"{where} interval {index}"
        start, line = tokens.number(f"{label}: its xmin")
        end, _ = tokens.number(f"{label}: its xmax")
        text, _ = tokens.text(f"{label}: its text")
        if text.strip() or end < start:  # an empty interval is a gap, unless it runs backwards
            cues.append(Cue(start, end, text, tier_name or None, line=line, label=label))
    return cues


def read(src: Path) -> ImportedPackage:
    """Audio items with their TextGrid transcripts as prelabels (a folder, or one .TextGrid with its audio beside it)."""
    return read_transcripts(src, suffix=SUFFIX, format_title=TITLE, parse=parse, show=show)


register(
    Format(
        id="textgrid",
        title="Praat TextGrid (one file per audio item; one interval tier per speaker)",
        kinds=("audio",),
        write=write,
        read=read,
        output="folder",
        rounding="",
    )
)
