"""WebVTT (.vtt): cues with hh:mm:ss.ttt times; the speaker as a voice tag, `<v A>text`.

Out: one UTF-8 file per audio item (LF, no BOM): `WEBVTT`, then one cue per segment without cue
ids or settings, times rounded to the nearest millisecond (WebVTT's precision). A speaker is
written `<v A>`; `&`, `<` and `>` in texts and speakers are written `&amp;`, `&lt;`, `&gt;`. Blank
lines inside a text are left out (a blank line ends a cue). A segment shorter than 1 ms is refused.

In: UTF-8 (a BOM allowed; UTF-16 with a BOM too, though the standard says UTF-8), CRLF/CR/LF; the
header's own lines, NOTE, STYLE and REGION blocks, cue ids and cue settings (`align:start
position:10%`) are passed over. Times are `mm:ss.ttt` or `hh:mm:ss.ttt`. The first voice tag
`<v A>` (or `<v.loud A>`) is the speaker, the name read as the standard says (entities decoded,
white space collapsed); a cue with two different voices is refused, since a segment has one
speaker. Every other tag (<i>, <b>, <c.x>, <lang>, <ruby>, karaoke times) is left out of the text
and entities are decoded; a '<' that starts no tag is kept as text. Sorting, overlaps, zero-length
cues and the audio's end: see annotator.core.formats.audio.common.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import NoReturn

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.audio.common import (
    Cue,
    clock,
    collapse,
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

SUFFIX = ".vtt"
TITLE = "WebVTT"
EXAMPLE = "00:00:01.000 --> 00:00:02.500"
_TIMING = re.compile(r"^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$")
_TIME = re.compile(r"^(?:(\d{2,9}):)?([0-5]\d):([0-5]\d)\.(\d{3})$")  # hours to 9 digits: any longer is no time
# A cue text tag: a class span, italic, bold, underline, ruby, voice, language, or a karaoke time.
_TAG = re.compile(r"<(/?)([A-Za-z]+)((?:\.[^\s.>]+)*)(?:[ \t]([^>]*))?>|<(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}>")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def show(seconds: float) -> str:
    """A time as WebVTT writes it (for messages)."""
    return clock(to_ms(seconds), decimal=".")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(item: DatasetItem) -> tuple[bytes, list[Problem]]:
    """One item's transcript as WebVTT bytes, and the problems that stop it being written."""
    timed, problems = ms_times(item, TITLE)
    blocks = ["WEBVTT\n"]
    for start, end, segment in timed:
        lines = [_escape(line) for line in text_lines(segment["text"])]
        if segment.get("speaker") is not None:
            voice = f"<v {_escape(segment['speaker'])}>"
            lines = [voice + lines[0], *lines[1:]] if lines else [voice]
        blocks.append("\n".join([f"{clock(start, decimal='.')} --> {clock(end, decimal='.')}", *lines]) + "\n")
    return "\n".join(blocks).encode("utf-8"), problems


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Write one .vtt per annotated audio item into the folder `out`."""
    return write_transcripts(dataset, out, suffix=SUFFIX, render=render)


def parse(name: str, data: bytes) -> list[Cue]:
    """The cues of a WebVTT file; PackageError names the line of the first thing wrong."""
    lines = decode(data, name).split("\n")
    first = lines[0]
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        _refuse(name, 1, f"not a WebVTT file: the first line must be 'WEBVTT' (found {short(first)})")
    index = 1
    # The header's own lines (Kind:, Language:, …) run to a blank line; a time line there starts the cues.
    while index < len(lines) and lines[index].strip() and "-->" not in lines[index]:
        index += 1
    cues: list[Cue] = []
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        head = lines[index]
        if "-->" not in head and head.split(maxsplit=1)[0] in _SKIPPED_BLOCKS:
            while index < len(lines) and lines[index].strip():
                index += 1
            continue
        number = len(cues) + 1
        if "-->" not in head:  # a cue id; the time line follows it
            index += 1
            if index >= len(lines) or "-->" not in lines[index]:
                found = short(lines[index]) if index < len(lines) and lines[index].strip() else "nothing"
                _refuse(name, index + 1, f"cue {number}: expected a time line like '{EXAMPLE}' (found {found})")
        timing_line = index + 1
        cue_start, cue_end = _timing(name, timing_line, number, lines[index])
        index += 1
        payload = []
        # The text runs to a blank line, or to a line holding '-->', which the standard reads as the next cue.
        while index < len(lines) and lines[index].strip() and "-->" not in lines[index]:
            payload.append(lines[index])
            index += 1
        text, speaker = _payload(name, timing_line, number, payload)
        cues.append(Cue(cue_start, cue_end, text, speaker, line=timing_line, label=f"cue {number}"))
    return cues


def _timing(name: str, line: int, number: int, text: str) -> tuple[float, float]:
    match = _TIMING.match(text.strip())
    if match is None:
        _refuse(name, line, f"cue {number}: expected a time line like '{EXAMPLE}' (found {short(text)})")
    start, end = (_seconds(name, line, number, group) for group in match.groups())
    return start, end


def _seconds(name: str, line: int, number: int, text: str) -> float:
    match = _TIME.match(text)
    if match is None:
        _refuse(name, line, f"cue {number}: {short(text)} is not a WebVTT time (hh:mm:ss.ttt or mm:ss.ttt)")
    hours, minutes, seconds, millis = (int(group or 0) for group in match.groups())
    return (((hours * 60 + minutes) * 60 + seconds) * 1000 + millis) / 1000


def _payload(name: str, line: int, number: int, payload: list[str]) -> tuple[str, str | None]:
    """The cue's text without tags, entities decoded, and its speaker (the voice tag's name)."""
    speaker: str | None = None
    pieces: list[str] = []
    for text_line in payload:
        out, at = [], 0
        for tag in _TAG.finditer(text_line):
            out.append(html.unescape(text_line[at : tag.start()]))
            at = tag.end()
            closing, tag_name, _classes, annotation = tag.groups()
            if tag_name == "v" and not closing:
                voice = collapse(html.unescape(annotation or "")) or None
                if voice is not None and speaker is not None and voice != speaker:
                    _refuse(
                        name,
                        line,
                        f"cue {number} has two voices (<v {speaker}> and <v {voice}>); a segment has one "
                        "speaker, so split the cue",
                    )
                speaker = speaker or voice
        out.append(html.unescape(text_line[at:]))
        pieces.append("".join(out))
    return "\n".join(pieces), speaker


def _refuse(name: str, line: int, reason: str) -> NoReturn:
    raise PackageError([Problem(f"{name}:{line}", reason)])


def read(src: Path) -> ImportedPackage:
    """Audio items with their WebVTT transcripts as prelabels (a folder, or one .vtt with its audio beside it)."""
    return read_transcripts(src, suffix=SUFFIX, format_title=TITLE, parse=parse, show=show)


register(
    Format(
        id="webvtt",
        title="WebVTT captions (.vtt, one file per audio item; speakers as <v> voices)",
        kinds=("audio",),
        write=write,
        read=read,
        output="folder",
        rounding="times to the nearest millisecond",
    )
)
