"""What the transcript formats share: one file per audio item out, transcripts paired with their audio in, one overlap rule.

SRT, WebVTT, TextGrid and EAF each hold the transcript of one media file, and a package holds many
audio items, so every one of them is written as a FOLDER with one file per audio item, named after
its media file (`talk.wav` -> `talk.srt`; `sub/c.wav` -> `sub/c.srt`; when two media files of one
folder share a stem, both keep their whole name: `a.wav.srt`, `a.flac.srt`). Items never worked
on (no annotation) get no file; files already in the folder are replaced or left as they are,
never deleted. Nothing is written unless every file can be.

Reading takes a folder (searched with its subfolders) or one transcript file. Each transcript is
paired with the audio file beside it of the same stem (`talk.wav` + `talk.srt`, or the whole name:
`talk.wav.srt`); an audio file without a transcript becomes an item without a prelabel. What is
read becomes segments as the editor keeps them, by these rules:

- unsorted cues are sorted (by start, then end);
- an overlapping cue is cut: the earlier one ends where the later one starts (no text is lost,
  only the earlier cue's end moves); two cues that start at the same time cannot be cut and are
  refused, naming both;
- a cue of no length (end == start) is refused, and so is one that ends before it starts;
- an end up to 1 ms past the end of the audio file (the rounding of a millisecond format) is set to
  the file's end; a cue ending later than that is refused (the transcript is of another file).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn

from annotator.core.atomic import WriteError, require_folder, write_atomic
from annotator.core.errors import MediaError, PackageError, Problem
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedItem, ImportedPackage
from annotator.core.formats.from_bundles import ExportError
from annotator.core.formats.to_package import item_id_for
from annotator.core.media.probe import AUDIO_SUFFIXES
from annotator.core.text_tables import decode_table

# An end this far past the end of the audio is the rounding of a millisecond format, not a mistake.
END_TOLERANCE = 0.001
# No transcript is this large; a file that is, is something else, and is not read into memory.
MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024
NO_SUCH_FILE = "no such file or folder"

Segment = dict[str, Any]


@dataclass
class Cue:
    """One timed piece of text as a reader found it, with where it is for messages."""

    start: float
    end: float
    text: str
    speaker: str | None
    line: int  # where it is in the file, for messages
    label: str  # how a message names it: "cue 3", "tier 'A' interval 2", "annotation 'a5' on tier 'A'"


# -- times --------------------------------------------------------------------------------------


def to_ms(seconds: float) -> int:
    """The nearest whole millisecond of an exact float (halves to even), without float error in the product."""
    return round(Fraction(seconds) * 1000)


def clock(ms: int, *, decimal: str) -> str:
    """Milliseconds as hh:mm:ss,mmm (SRT, decimal=',') or hh:mm:ss.mmm (WebVTT, decimal='.'); hours grow past 99."""
    seconds, milli = divmod(ms, 1000)
    minutes, second = divmod(seconds, 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours:02d}:{minute:02d}:{second:02d}{decimal}{milli:03d}"


def ms_times(item: DatasetItem, format_title: str) -> tuple[list[tuple[int, int, Segment]], list[Problem]]:
    """Each segment of an audio item with its start and end in whole milliseconds.

    A segment shorter than the millisecond the format keeps would be written with no length, which
    no reader takes back: that item is refused, naming the segment, rather than changed.
    """
    timed, problems = [], []
    for number, segment in enumerate(segments_of(item), start=1):
        start, end = to_ms(segment["start"]), to_ms(segment["end"])
        if end <= start:
            problems.append(
                Problem(
                    f"item '{item.id}'",
                    f"segment {number} ({segment['start']!r} s to {segment['end']!r} s) is shorter than the "
                    f"millisecond {format_title} keeps; lengthen it",
                )
            )
        timed.append((start, end, segment))
    return timed, problems


def segments_of(item: DatasetItem) -> list[Segment]:
    """An audio item's segments, in order (none if it has no annotation)."""
    return list((item.annotation or {}).get("segments", []))


def speaker_order(dataset: Dataset, items: Iterable[DatasetItem]) -> list[str]:
    """Speakers in the label schema's order, then any others in the order they first speak."""
    schema = dataset.label_schemas.get("audio")
    order = list(schema.speakers) if schema else []
    for item in items:
        for segment in segments_of(item):
            speaker = segment.get("speaker")
            if speaker is not None and speaker not in order:
                order.append(speaker)
    return order


def text_lines(text: str) -> list[str]:
    """The lines of a segment's text for a cue-based format: a blank line would end the cue, so blank lines are left out."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line for line in lines if line.strip()]


# -- writing: one file per audio item -----------------------------------------------------------


def write_transcripts(
    dataset: Dataset, out: Path, *, suffix: str, render: Callable[[DatasetItem], tuple[bytes, list[Problem]]]
) -> list[Path]:
    """Write `render(item)` for every annotated audio item into the folder `out`, named after its media file.

    The folder is made if its parent exists (subfolders mirror the media's); every item is rendered
    before anything is written, and any refusal is raised as an ExportError listing them all.
    """
    # Names come from every audio item, worked on or not, so a file keeps its name as work goes on.
    names = transcript_names([item.file_name for item in dataset.of_kind("audio")], suffix)
    items = [item for item in dataset.of_kind("audio") if item.annotation is not None]
    files: list[tuple[Path, bytes]] = []
    problems: list[Problem] = []
    for item in items:
        data, item_problems = render(item)
        problems += item_problems
        files.append((out / names[item.file_name], data))
    if problems:
        raise ExportError(problems)
    _make_folder(out)
    for path, data in files:
        if path.parent != out:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WriteError.from_os_error(path, exc) from exc
        write_atomic(path, data)
    return [path for path, _ in files]


def transcript_names(media_names: Sequence[str], suffix: str) -> dict[str, str]:
    """The transcript file of each media file: `sub/talk.wav` -> `sub/talk.srt`, or `sub/talk.wav.srt` when stems clash."""
    stems: dict[str, int] = {}
    for name in media_names:
        key = Path(name).with_suffix("").as_posix().casefold()
        stems[key] = stems.get(key, 0) + 1
    result = {}
    for name in media_names:
        path = Path(name)
        clash = stems[path.with_suffix("").as_posix().casefold()] > 1
        result[name] = (path.parent / (path.name + suffix if clash else path.stem + suffix)).as_posix()
    return result


def _make_folder(out: Path) -> None:
    if out.is_dir():
        return
    if out.exists():
        raise WriteError(out, "is a file; the transcripts are written into a folder")
    require_folder(out)  # the folder is made, but never its parents: a mistyped path is refused
    try:
        out.mkdir()
    except OSError as exc:
        raise WriteError.from_os_error(out, exc) from exc


# -- reading: transcripts paired with their audio -----------------------------------------------

Parser = Callable[[str, bytes], list[Cue]]


def read_transcripts(
    src: Path, *, suffix: str, format_title: str, parse: Parser, show: Callable[[float], str]
) -> ImportedPackage:
    """Read one transcript file, or every `suffix` file in a folder, as audio items with prelabels.

    `parse(name, data)` returns the cues of one file or raises PackageError naming its place;
    `show` writes a time for messages as the format does. Every problem of every file is listed
    together; nothing is returned while there are any.
    """
    if src.is_dir():
        root = src
        files = sorted(p for p in src.rglob("*") if p.is_file() or p.is_symlink())
        transcripts = [p for p in files if _has_suffix(p, suffix)]
        audio = [p for p in files if p.suffix.lower() in AUDIO_SUFFIXES]
        if not transcripts:
            raise PackageError([Problem(str(src), f"no {suffix} files in this folder (or its subfolders)")])
    elif src.is_file():
        if not _has_suffix(src, suffix):
            raise PackageError([Problem(str(src), f"not a {format_title} file (its name must end in {suffix})")])
        root, transcripts = src.parent, [src]
        audio = sorted(p for p in src.parent.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
    else:
        raise PackageError([Problem(str(src), NO_SUCH_FILE)])

    problems: list[Problem] = []
    pairs = _pair(transcripts, audio, suffix, problems)
    if src.is_file():
        audio = list(pairs.values())
    links = [path for path in [*transcripts, *audio] if path.is_symlink()]
    problems += [Problem(str(link), "symbolic links are not packed; copy the file instead") for link in links]
    prelabels: dict[Path, dict[str, Any]] = {}
    for transcript, sound in pairs.items():
        if transcript in links or sound in links:
            continue
        try:
            segments = resolve(_parse_file(transcript, parse), str(transcript), audio=sound, show=show)
        except PackageError as exc:
            problems += exc.problems
            continue
        prelabels[sound] = {"segments": segments}
    if problems:
        raise PackageError(problems)

    items, speakers, taken = [], [], set()
    for sound in audio:
        rel = sound.relative_to(root).as_posix()
        item_id = base = item_id_for(rel)
        counter = 2
        while item_id in taken:  # like pack: `a.wav` and `a.flac` become `a` and `a-2`
            item_id, counter = f"{base}-{counter}", counter + 1
        taken.add(item_id)
        prelabel = prelabels.get(sound)
        for segment in (prelabel or {}).get("segments", []):
            if segment["speaker"] is not None and segment["speaker"] not in speakers:
                speakers.append(segment["speaker"])
        items.append(ImportedItem(id=item_id, kind="audio", source=sound, media_name=rel, prelabel=prelabel))
    title = (src.resolve().name if src.is_dir() else src.stem) or "imported"
    schema = {"audio": {"mode": "single", "labels": [], "speakers": speakers}}
    return ImportedPackage(title=title, label_schemas=schema, items=items)


def _has_suffix(path: Path, suffix: str) -> bool:
    return path.name.lower().endswith(suffix.lower()) and len(path.name) > len(suffix)


def _pair(transcripts: list[Path], audio: list[Path], suffix: str, problems: list[Problem]) -> dict[Path, Path]:
    """Each transcript's audio file: the one named like it without the suffix (`talk.wav.srt`), or of its stem."""
    by_folder: dict[Path, list[Path]] = {}
    for sound in audio:
        by_folder.setdefault(sound.parent, []).append(sound)
    pairs: dict[Path, Path] = {}
    claimed: dict[Path, Path] = {}
    for transcript in transcripts:
        stem = transcript.name[: -len(suffix)]
        beside = by_folder.get(transcript.parent, [])
        exact = [s for s in beside if s.name == stem]
        matches = exact or [s for s in beside if s.stem == stem]
        if not matches:
            problems.append(
                Problem(
                    str(transcript),
                    f"no audio file beside it named {stem} with {', '.join(sorted(AUDIO_SUFFIXES))}",
                )
            )
            continue
        if len(matches) > 1:
            names = ", ".join(s.name for s in matches)
            problems.append(
                Problem(
                    str(transcript),
                    f"two audio files could be its audio ({names}); name it after one, e.g. {matches[0].name}{suffix}",
                )
            )
            continue
        sound = matches[0]
        if sound in claimed:
            problems.append(
                Problem(str(transcript), f"{claimed[sound].name} is also the transcript of {sound.name}; keep one")
            )
            continue
        claimed[sound] = transcript
        pairs[transcript] = sound
    return pairs


def _parse_file(path: Path, parse: Parser) -> list[Cue]:
    try:
        size = path.stat().st_size
        if size > MAX_TRANSCRIPT_BYTES:
            raise PackageError([Problem(str(path), f"is {size} bytes; a transcript is never over 256 MB")])
        data = path.read_bytes()
    except OSError as exc:
        raise PackageError([Problem(str(path), f"cannot be read ({exc.strerror or exc})")]) from exc
    return parse(str(path), data)


def decode(data: bytes, name: str) -> str:
    """Text of UTF-8 (a BOM allowed) or UTF-16 with a BOM; line ends become '\\n'. A bad byte is named by line and column."""
    text = decode_table(data, name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def audio_duration(sound: Path) -> float:
    """The length of an audio file in seconds, from its header."""
    from annotator.core.media.audio import open_audio

    with open_audio(sound, name=str(sound)) as audio:
        return audio.frames / audio.samplerate


def resolve(
    cues: list[Cue], file: str, *, audio: Path | None = None, show: Callable[[float], str] = repr
) -> list[Segment]:
    """Cues as the editor's segments: sorted, never overlapping, inside the audio file (see the module's rules).

    `show` writes a time as the format writes it, for messages. Raises PackageError with one
    problem, naming the file and the line.
    """
    for cue in cues:
        if cue.end < cue.start:
            _refuse(file, cue, f"{cue.label} ends ({show(cue.end)}) before it starts ({show(cue.start)})")
        if cue.end == cue.start:
            _refuse(file, cue, f"{cue.label} has no length (it starts and ends at {show(cue.start)})")
    ordered = sorted(cues, key=lambda cue: (cue.start, cue.end))
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if later.start < earlier.end:
            if later.start == earlier.start:
                first, second = sorted((earlier, later), key=lambda cue: cue.line)
                _refuse(
                    file,
                    second,
                    f"{first.label} and {second.label} both start at {show(later.start)} and overlap; "
                    "segments cannot overlap, so move one",
                )
            earlier.end = later.start
    if audio is not None and ordered:
        try:
            duration = audio_duration(audio)
        except MediaError as exc:
            raise PackageError([exc.problem]) from exc
        last = max(ordered, key=lambda cue: cue.end)
        if last.end > duration + END_TOLERANCE:
            _refuse(
                file,
                last,
                f"{last.label} ends at {show(last.end)}, after the end of {audio.name} ({show(duration)}); "
                "is it the transcript of another file?",
            )
        for cue in ordered:
            cue.end = min(cue.end, duration)
            if cue.start >= cue.end:
                _refuse(file, cue, f"{cue.label} starts at {show(cue.start)}, at the end of {audio.name}")
    return [{"start": c.start, "end": c.end, "text": c.text, "speaker": c.speaker} for c in ordered]


def _refuse(file: str, cue: Cue, reason: str) -> NoReturn:
    raise PackageError([Problem(f"{file}:{cue.line}", reason)])


def short(text: str, limit: int = 40) -> str:
    """A piece of the input quoted for a message, cut to `limit` characters."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_WHITESPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Runs of white space as one space, none at the ends (how a WebVTT voice name is read)."""
    return _WHITESPACE.sub(" ", text).strip()
