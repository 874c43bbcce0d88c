"""Audio transcription annotations as plain data: pure segment operations that return a new annotation.

An audio annotation is `{"segments": [Segment...]}`, the same shape as a package's audio prelabel.
A segment is `{"start": float, "end": float, "text": str, "speaker": str | None}` in seconds of the
source file. Segments are kept sorted by start, never overlap (touching is fine) and stay inside
`[0, duration]`. Nothing here rounds a time: clamping only ever picks one of the given floats.
"""

from __future__ import annotations

import copy
from typing import Any

Segment = dict[str, Any]
Annotation = dict[str, Any]

# Shorter than this is a click, not speech; also the smallest piece a split or an edge drag leaves.
MIN_LENGTH = 0.05


class SegmentError(ValueError):
    """An operation that cannot be done here (no room, outside every segment, unknown index)."""


def empty_annotation() -> Annotation:
    """An audio annotation with no segments."""
    return {"segments": []}


def segments_of(annotation: Annotation | None) -> list[Segment]:
    """The segments of an annotation (none if there is no annotation yet)."""
    return list((annotation or {}).get("segments", []))


def _segment(start: float, end: float, text: str = "", speaker: str | None = None) -> Segment:
    return {"start": start, "end": end, "text": text, "speaker": speaker}


def _copy(annotation: Annotation | None) -> Annotation:
    result = copy.deepcopy(annotation) if annotation else empty_annotation()
    result.setdefault("segments", [])
    return result


def _check_index(annotation: Annotation, index: int) -> None:
    if not 0 <= index < len(annotation["segments"]):
        raise SegmentError(f"no segment {index}")


def _join(first: str, second: str) -> str:
    return " ".join(part for part in (first.strip(), second.strip()) if part)


def from_prelabel(prelabel: dict[str, Any] | None, *, duration: float | None = None) -> Annotation:
    """Start from a package's suggested segments, made valid: sorted, inside the file, not overlapping.

    A suggestion that overlaps the one before starts where that one ends. One left with no length
    (or lying past the file's end) gives its text to a neighbour, so no suggested word is lost.
    """
    limit = float("inf") if duration is None else duration
    raw = sorted(
        (
            (seg["start"], seg["end"], seg.get("text") or "", seg.get("speaker"))
            for seg in (prelabel or {}).get("segments", [])
        ),
        key=lambda seg: (seg[0], seg[1]),
    )
    result: list[Segment] = []
    pending = ""  # text of leading suggestions with no room, for the first segment that has some
    for start, end, text, speaker in raw:
        floor = result[-1]["end"] if result else 0.0
        start = min(max(start, floor), limit)
        end = min(max(end, start), limit)
        if end <= start:
            if result:
                result[-1]["text"] = _join(result[-1]["text"], text)
            else:
                pending = _join(pending, text)
            continue
        result.append(_segment(start, end, _join(pending, text) if pending else text, speaker))
        pending = ""
    if pending and not result and 0.0 < limit < float("inf"):
        result.append(_segment(0.0, limit, pending))
    return {"segments": result}


def segment_at(annotation: Annotation | None, time: float) -> int | None:
    """The index of the segment playing at `time` (its start included, its end not, but the file's last instant is)."""
    segments = segments_of(annotation)
    for index, seg in enumerate(segments):
        if seg["start"] <= time < seg["end"]:
            return index
    if segments and segments[-1]["start"] <= time == segments[-1]["end"]:
        return len(segments) - 1
    return None


def create_segment(
    annotation: Annotation | None,
    *,
    start: float,
    end: float,
    duration: float,
    text: str = "",
    speaker: str | None = None,
    min_length: float = MIN_LENGTH,
) -> tuple[Annotation, int]:
    """Add a segment from `start` to `end` (either order), cut to the file and to the free gap it starts in.

    Returns the new annotation and the new segment's index. Raises SegmentError when the start lies
    inside another segment or what is left is shorter than `min_length`.
    """
    anchor = min(max(start, 0.0), duration)
    other = min(max(end, 0.0), duration)
    # The gap is found from the press point, so dragging across a neighbour stops at its edge.
    gap = _gap_for_drag(annotation, anchor, forward=other >= anchor, duration=duration)
    if gap is None:
        raise SegmentError(f"no room for a segment at {anchor} s: another segment is there")
    low, high = min(anchor, other), max(anchor, other)
    low, high = max(low, gap[0]), min(high, gap[1])
    if high - low < min_length:
        raise SegmentError(f"a segment must be at least {min_length} s long")
    result = _copy(annotation)
    segments = result["segments"]
    index = sum(1 for seg in segments if seg["start"] < low)
    segments.insert(index, _segment(low, high, text, speaker))
    return result, index


def _gap_for_drag(
    annotation: Annotation | None, anchor: float, *, forward: bool, duration: float
) -> tuple[float, float] | None:
    # A drag starting exactly on a boundary belongs to the gap on the side it moves towards.
    low, high = 0.0, duration
    for seg in segments_of(annotation):
        inside = seg["start"] < anchor < seg["end"]
        if inside or (forward and seg["start"] == anchor and seg["end"] > anchor):
            return None
        if not forward and seg["end"] == anchor and seg["start"] < anchor:
            return None
        if seg["end"] <= anchor:
            low = max(low, seg["end"])
        elif seg["start"] >= anchor:
            high = min(high, seg["start"])
    return (low, high) if low < high else None


def split_segment(
    annotation: Annotation, *, at: float, text_position: int | None = None, min_length: float = MIN_LENGTH
) -> tuple[Annotation, int]:
    """Cut the segment playing at `at` in two; returns the annotation and the second half's index.

    The text is cut at `text_position` (a character offset, e.g. the text cursor) when given,
    otherwise the first half keeps it all. Both halves keep the speaker.
    """
    index = segment_at(annotation, at)
    if index is None:
        raise SegmentError(f"no segment at {at} s to split")
    seg = annotation["segments"][index]
    if at - seg["start"] < min_length or seg["end"] - at < min_length:
        raise SegmentError(f"each half of a split must be at least {min_length} s long")
    text = seg["text"]
    cut = len(text) if text_position is None else min(max(text_position, 0), len(text))
    result = _copy(annotation)
    first = {**seg, "end": at, "text": text[:cut].rstrip()}
    second = {**seg, "start": at, "text": text[cut:].lstrip()}
    result["segments"][index : index + 1] = [first, second]
    return result, index + 1


def edge_limits(annotation: Annotation, *, index: int, edge: str, duration: float) -> tuple[float, float]:
    """Where an edge may go: between the neighbour (or the file's end) and the other edge, MIN_LENGTH apart."""
    _check_index(annotation, index)
    segments = annotation["segments"]
    seg = segments[index]
    if edge == "start":
        low = segments[index - 1]["end"] if index > 0 else 0.0
        return low, max(seg["end"] - MIN_LENGTH, low)
    if edge == "end":
        high = segments[index + 1]["start"] if index + 1 < len(segments) else duration
        return min(seg["start"] + MIN_LENGTH, high), high
    raise SegmentError(f"edge must be 'start' or 'end', not {edge!r}")


def move_edge(annotation: Annotation, *, index: int, edge: str, to: float, duration: float) -> Annotation:
    """Move a segment's start or end to `to`, stopping at a neighbour, the file's ends and the other edge."""
    low, high = edge_limits(annotation, index=index, edge=edge, duration=duration)
    result = _copy(annotation)
    seg = result["segments"][index]
    current = seg[edge]
    target = min(max(to, low), high)
    # An edge already past its limit (possible only in a hand-edited file) is left where it is.
    if (edge == "start" and current > high) or (edge == "end" and current < low):
        return result
    seg[edge] = target
    return result


def merge_with_next(annotation: Annotation, *, index: int) -> Annotation:
    """Join a segment and the one after it: first start to second end, texts joined by a space."""
    _check_index(annotation, index)
    if index + 1 >= len(annotation["segments"]):
        raise SegmentError("the last segment has no next segment to merge with")
    result = _copy(annotation)
    first, second = result["segments"][index], result["segments"][index + 1]
    merged = {
        **first,
        "end": second["end"],
        "text": _join(first["text"], second["text"]),
        "speaker": first["speaker"] if first["speaker"] is not None else second["speaker"],
    }
    result["segments"][index : index + 2] = [merged]
    return result


def delete_segment(annotation: Annotation, *, index: int) -> Annotation:
    """A new annotation without segment `index`."""
    _check_index(annotation, index)
    result = _copy(annotation)
    del result["segments"][index]
    return result


def set_text(annotation: Annotation, *, index: int, text: str) -> Annotation:
    """A new annotation with segment `index`'s text replaced."""
    _check_index(annotation, index)
    result = _copy(annotation)
    result["segments"][index]["text"] = text
    return result


def set_speaker(annotation: Annotation, *, index: int, speaker: str | None) -> Annotation:
    """A new annotation with segment `index`'s speaker set (None clears it)."""
    _check_index(annotation, index)
    result = _copy(annotation)
    result["segments"][index]["speaker"] = speaker
    return result


def insert_snippet(text: str, *, start: int, end: int, snippet: str) -> tuple[str, int]:
    """Put a tag or timestamp in place of `text[start:end]`, one space from the words either side.

    Returns the new text and the cursor position just after what was inserted. A space is added only
    where a word (or the text's end) would touch the snippet and no space is there already, so the
    snippet never leaves a double space. At the text's end the trailing space is added, so the next
    word can be typed straight on.
    """
    start, end = sorted((min(max(start, 0), len(text)), min(max(end, 0), len(text))))
    before, after = text[:start], text[end:]
    lead = " " if before and not before[-1].isspace() else ""
    trail = "" if after[:1].isspace() else " "
    inserted = f"{lead}{snippet}{trail}"
    return before + inserted + after, start + len(inserted)


def format_timestamp(seconds: float) -> str:
    """A timestamp to type into a transcript: `[mm:ss.s]`, or `[h:mm:ss.s]` from one hour on."""
    tenths = int(max(seconds, 0.0) * 10)  # truncated, so a stamp never points past what was heard
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    secs, tenth = divmod(rest, 10)
    if hours:
        return f"[{hours}:{minutes:02d}:{secs:02d}.{tenth}]"
    return f"[{minutes:02d}:{secs:02d}.{tenth}]"


def problems(annotation: Annotation | None, *, duration: float | None = None) -> list[str]:
    """What breaks the invariants (sorted, not overlapping, inside the file, start < end); empty if none."""
    found: list[str] = []
    previous_end: float | None = None
    for index, seg in enumerate(segments_of(annotation)):
        start, end = seg.get("start"), seg.get("end")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (start, end)):
            found.append(f"segment {index}: start and end must be numbers")
            continue
        if not start < end:
            found.append(f"segment {index}: start {start} is not before end {end}")
        if start < 0:
            found.append(f"segment {index}: starts at {start}, before the file's start")
        if previous_end is not None and start < previous_end:
            found.append(f"segment {index}: starts at {start}, before the previous one ends at {previous_end}")
        if duration is not None and end > duration:
            found.append(f"segment {index}: ends at {end}, after the file's end at {duration}")
        if not isinstance(seg.get("text"), str):
            found.append(f"segment {index}: text must be a string")
        if seg.get("speaker") is not None and not isinstance(seg.get("speaker"), str):
            found.append(f"segment {index}: speaker must be a string or null")
        previous_end = end if previous_end is None else max(previous_end, end)
    return found
