"""SubRip (.srt): numbered cues with hh:mm:ss,mmm times; no speakers.

Out: one UTF-8 file per audio item (LF line ends, no BOM), cues numbered from 1 in time order,
times rounded to the nearest millisecond (SRT's precision). The text is written as it is, plain:
SRT has no speaker field, so the speaker is left out (not prefixed to the text), and blank lines
inside a text are left out (a blank line ends a cue). A segment shorter than 1 ms is refused.

In: UTF-8 (with or without a BOM) or UTF-16 with a BOM; CRLF, CR or LF; cue numbers optional and
not checked; ',' or '.' before the milliseconds; anything after the end time (`X1:…` positions) is
ignored; text kept as written, tags such as <i> included. Speakers are empty. Sorting, overlaps,
zero-length cues and the audio's end: see annotator.core.formats.audio.common.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NoReturn

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.audio.common import (
    Cue,
    clock,
    decode,
    ms_times,
    read_transcripts,
    short,
    text_lines,
    to_ms,
    write_transcripts,
)
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedPackage
from annotator.core.formats.registry import Format, register

SUFFIX = ".srt"
TITLE = "SRT"
EXAMPLE = "00:00:01,000 --> 00:00:02,500"
_TIMING = re.compile(r"^\s*(\S+?)\s*-->\s*(\S+)(?:\s.*)?$")
_TIME = re.compile(r"^(\d{1,9}):([0-5]\d):([0-5]\d)[,.](\d{3})$")  # hours to 9 digits: any longer is no time


def show(seconds: float) -> str:
    """A time as SRT writes it (for messages)."""
    return clock(to_ms(seconds), decimal=",")


def render(item: DatasetItem) -> tuple[bytes, list[Problem]]:
    """One item's transcript as SRT bytes, and the problems that stop it being written."""
    timed, problems = ms_times(item, TITLE)
    blocks = []
    for number, (start, end, segment) in enumerate(timed, start=1):
        lines = [str(number), f"{clock(start, decimal=',')} --> {clock(end, decimal=',')}"]
        lines += text_lines(segment["text"])
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks).encode("utf-8"), problems


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Write one .srt per annotated audio item into the folder `out`."""
    return write_transcripts(dataset, out, suffix=SUFFIX, render=render)


def parse(name: str, data: bytes) -> list[Cue]:
    """The cues of an SRT file; PackageError names the line of the first thing wrong."""
    lines = decode(data, name).split("\n")
    cues: list[Cue] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        cues.append(_cue(name, lines[block_start:index], block_start + 1, len(cues) + 1))
    return cues


def _cue(name: str, block: list[str], first_line: int, number: int) -> Cue:
    label = f"cue {number}"
    at = 0
    if "-->" not in block[0]:
        if not block[0].strip().isdigit():
            _refuse(
                name,
                first_line,
                f"{label}: expected a cue number or a time line like '{EXAMPLE}' (found {short(block[0])})",
            )
        at = 1
        if len(block) < 2 or "-->" not in block[1]:
            found = short(block[1]) if len(block) > 1 else "nothing"
            _refuse(name, first_line + 1, f"{label}: expected a time line like '{EXAMPLE}' (found {found})")
    line = first_line + at
    match = _TIMING.match(block[at])
    if match is None:
        _refuse(name, line, f"{label}: expected a time line like '{EXAMPLE}' (found {short(block[at])})")
    start, end = (_seconds(name, line, label, text) for text in match.groups())
    text = "\n".join(block[at + 1 :])
    return Cue(start=start, end=end, text=text, speaker=None, line=line, label=label)


def _seconds(name: str, line: int, label: str, text: str) -> float:
    match = _TIME.match(text)
    if match is None:
        _refuse(name, line, f"{label}: {short(text)} is not an SRT time (hh:mm:ss,mmm)")
    hours, minutes, seconds, millis = (int(group) for group in match.groups())
    return (((hours * 60 + minutes) * 60 + seconds) * 1000 + millis) / 1000


def _refuse(name: str, line: int, reason: str) -> NoReturn:
    raise PackageError([Problem(f"{name}:{line}", reason)])


def read(src: Path) -> ImportedPackage:
    """Audio items with their SRT transcripts as prelabels (a folder, or one .srt with its audio beside it)."""
    return read_transcripts(src, suffix=SUFFIX, format_title=TITLE, parse=parse, show=show)


register(
    Format(
        id="srt",
        title="SubRip subtitles (.srt, one file per audio item)",
        kinds=("audio",),
        write=write,
        read=read,
        output="folder",
        rounding="times to the nearest millisecond",
    )
)
