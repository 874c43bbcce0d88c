"""ELAN (.eaf): one time-aligned tier per speaker (its PARTICIPANT), times in whole milliseconds.

Out: EAF 3.0 in UTF-8, one file per audio item: its media file named relative to the .eaf
(`./talk.wav`), one independent tier per speaker (TIER_ID and PARTICIPANT the speaker's name; the
label schema's speakers first, then others as they first speak) and one tier "transcript" without
a PARTICIPANT for segments without a speaker (an item with no segments gets that tier, empty).
Times are rounded to the nearest millisecond (EAF's unit); a segment shorter than 1 ms is refused,
and so is a text or speaker holding a character XML cannot (U+0000-U+0008, U+000B, U+000C,
U+000E-U+001F, U+FFFE, U+FFFF). DATE is always 1970-01-01T00:00:00Z, so the same transcript gives
the same bytes; AUTHOR is empty.

In: parsed by defusedxml with DOCTYPEs refused, so no entity is ever declared or expanded (no
"billion laughs") and no other file or URL is read (no external entities). Every independent tier
(no PARENT_REF) is read: its PARTICIPANT is the speaker (none if empty; the TIER_ID is not taken as
one), each ALIGNABLE_ANNOTATION a segment, its ANNOTATION_VALUE the text exactly. Dependent tiers
(translations, glosses, subdivisions), controlled vocabularies and the media descriptor are passed
over. A time slot without a TIME_VALUE (unaligned) used by an annotation read is refused rather
than guessed (ELAN aligns the annotations of independent tiers). Only TIME_UNITS="milliseconds".
Sorting, overlaps between tiers, zero-length annotations and the audio's end: see
annotator.core.formats.audio.common.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import quote
from xml.parsers import expat

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from annotator.core.errors import PackageError, Problem
from annotator.core.formats.audio.common import (
    Cue,
    ms_times,
    read_transcripts,
    short,
    speaker_order,
    to_ms,
    write_transcripts,
)
from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedPackage
from annotator.core.formats.registry import Format, register

SUFFIX = ".eaf"
TITLE = "EAF"
NO_SPEAKER_TIER = "transcript"
LINGUISTIC_TYPE = "default-lt"
DATE = "1970-01-01T00:00:00Z"
# What XML 1.0 cannot hold at all, not even as a character reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_MS = re.compile(r"^\s*(\d{1,15})\s*$")  # 15 digits: 30,000 years of milliseconds

# -- writing ------------------------------------------------------------------------------------


def show(seconds: float) -> str:
    """A time as EAF holds it, in milliseconds (for messages)."""
    return f"{to_ms(seconds)} ms"


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(value: str) -> str:
    # A parser turns tabs and line breaks in attributes into spaces unless they are written as references.
    escaped = _text(value).replace('"', "&quot;")
    return escaped.replace("\t", "&#9;").replace("\n", "&#10;")


def _mime(name: str) -> str:
    return "audio/x-wav" if name.lower().endswith(".wav") else "audio/*"


def render(item: DatasetItem, speakers: list[str]) -> tuple[bytes, list[Problem]]:
    """One item's transcript as EAF bytes, one tier per speaker, and the problems that stop it being written."""
    timed, problems = ms_times(item, TITLE)
    for number, (_, _, segment) in enumerate(timed, start=1):
        for what, value in (("text", segment["text"]), ("speaker", segment.get("speaker") or "")):
            bad = _NOT_XML.search(value)
            if bad:
                problems.append(
                    Problem(
                        f"item '{item.id}'",
                        f"segment {number}'s {what} holds U+{ord(bad.group()):04X}, which an XML file cannot hold",
                    )
                )
    tiers: list[tuple[str, str | None, list[tuple[int, int, str]]]] = []
    for name in [*speakers, None]:
        chosen = [(start, end, s["text"]) for start, end, s in timed if s.get("speaker") == name]
        if chosen or (name is None and not tiers):
            tier_id = name if name is not None else _free_id(NO_SPEAKER_TIER, speakers)
            tiers.append((tier_id, name, chosen))
    # Time slots are numbered in time order (as ELAN numbers them), two for each annotation.
    boundaries: list[tuple[int, int, int, int]] = []
    for tier_index, (_, _, pieces) in enumerate(tiers):
        for index, (start, end, _) in enumerate(pieces):
            boundaries += [(start, tier_index, index, 0), (end, tier_index, index, 1)]
    slot_of = {key[1:]: f"ts{n}" for n, key in enumerate(sorted(boundaries), start=1)}
    media = Path(item.file_name).name
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<ANNOTATION_DOCUMENT AUTHOR="" DATE="{DATE}" FORMAT="3.0" VERSION="3.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">',
        '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">',
        f'        <MEDIA_DESCRIPTOR MEDIA_URL="{_attr(quote("./" + media))}" MIME_TYPE="{_mime(media)}" '
        f'RELATIVE_MEDIA_URL="{_attr(quote("./" + media))}"/>',
        f'        <PROPERTY NAME="lastUsedAnnotationId">{len(boundaries) // 2}</PROPERTY>',
        "    </HEADER>",
        "    <TIME_ORDER>",
    ]
    for start, tier_index, index, edge in sorted(boundaries):
        lines.append(f'        <TIME_SLOT TIME_SLOT_ID="{slot_of[(tier_index, index, edge)]}" TIME_VALUE="{start}"/>')
    lines.append("    </TIME_ORDER>")
    annotation_id = 0
    for tier_index, (tier_id, speaker, pieces) in enumerate(tiers):
        participant = f' PARTICIPANT="{_attr(speaker)}"' if speaker is not None else ""
        if not pieces:
            lines.append(f'    <TIER LINGUISTIC_TYPE_REF="{LINGUISTIC_TYPE}"{participant} TIER_ID="{_attr(tier_id)}"/>')
            continue
        lines.append(f'    <TIER LINGUISTIC_TYPE_REF="{LINGUISTIC_TYPE}"{participant} TIER_ID="{_attr(tier_id)}">')
        for index, (_, _, text) in enumerate(pieces):
            annotation_id += 1
            lines += [
                "        <ANNOTATION>",
                f'            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a{annotation_id}" '
                f'TIME_SLOT_REF1="{slot_of[(tier_index, index, 0)]}" TIME_SLOT_REF2="{slot_of[(tier_index, index, 1)]}">',
                f"                <ANNOTATION_VALUE>{_text(text)}</ANNOTATION_VALUE>",
                "            </ALIGNABLE_ANNOTATION>",
                "        </ANNOTATION>",
            ]
        lines.append("    </TIER>")
    lines += [
        f'    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="{LINGUISTIC_TYPE}" TIME_ALIGNABLE="true"/>',
        "</ANNOTATION_DOCUMENT>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8"), problems


def _free_id(wanted: str, taken: list[str]) -> str:
    tier_id, counter = wanted, 2
    while tier_id in taken:
        tier_id, counter = f"{wanted}-{counter}", counter + 1
    return tier_id


def write(dataset: Dataset, out: Path) -> list[Path]:
    """Write one .eaf per annotated audio item into the folder `out`."""
    items = dataset.of_kind("audio")
    speakers = speaker_order(dataset, items)
    return write_transcripts(dataset, out, suffix=SUFFIX, render=lambda item: render(item, speakers))


# -- reading ------------------------------------------------------------------------------------


class _Builder(ElementTree.TreeBuilder):
    """A tree builder that remembers the line each element starts on, for messages."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Any, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ElementTree.Element:  # type: ignore[override]
        element = super().start(tag, attrs)
        self.lines[element] = self.expat.CurrentLineNumber if self.expat is not None else 0
        return element


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse(name: str, data: bytes) -> list[Cue]:
    """The annotations of every independent tier, as cues; PackageError names the line and the element."""
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        line = parser.parser.CurrentLineNumber
        raise PackageError(
            [
                Problem(
                    f"{name}:{line}",
                    "a DOCTYPE is refused: an EAF file has none, and one can declare entities that expand "
                    f"without bound or read other files ({type(exc).__name__})",
                )
            ]
        ) from exc
    except ElementTree.ParseError as exc:
        line, column = exc.position
        raise PackageError(
            [Problem(f"{name}:{line}", f"not well-formed XML ({expat.ErrorString(exc.code)} at column {column + 1})")]
        ) from exc
    except (ValueError, LookupError) as exc:  # an encoding expat does not know
        raise PackageError([Problem(f"{name}:1", f"not readable XML ({exc})")]) from exc
    return _Reader(name, builder.lines).cues(root)


class _Reader:
    def __init__(self, name: str, lines: dict[Any, int]):
        self.name = name
        self.lines = lines

    def refuse(self, element: Any, reason: str) -> NoReturn:
        raise PackageError([Problem(f"{self.name}:{self.lines.get(element, 1)}", reason)])

    def cues(self, root: Any) -> list[Cue]:
        if _local(root.tag) != "ANNOTATION_DOCUMENT":
            self.refuse(root, f"not an ELAN file: the root element is <{_local(root.tag)}>, not <ANNOTATION_DOCUMENT>")
        for header in self.children(root, "HEADER"):
            units = header.get("TIME_UNITS", "milliseconds")
            if units != "milliseconds":
                self.refuse(header, f"HEADER: TIME_UNITS {short(units)} is not supported (only milliseconds)")
        slots = self.time_slots(root)
        cues: list[Cue] = []
        for tier in self.children(root, "TIER"):
            tier_id = tier.get("TIER_ID")
            if tier_id is None:
                self.refuse(tier, "TIER without a TIER_ID")
            if tier.get("PARENT_REF"):
                continue  # a dependent tier: translations, glosses, subdivisions of another tier's annotations
            speaker = tier.get("PARTICIPANT") or None
            for wrapper in self.children(tier, "ANNOTATION"):
                for annotation in wrapper:
                    cues.append(self.annotation(annotation, tier_id, speaker, slots))
        return cues

    def children(self, element: Any, tag: str) -> list[Any]:
        return [child for child in element if _local(child.tag) == tag]

    def time_slots(self, root: Any) -> dict[str, int | None]:
        slots: dict[str, int | None] = {}
        for order in self.children(root, "TIME_ORDER"):
            for slot in self.children(order, "TIME_SLOT"):
                slot_id = slot.get("TIME_SLOT_ID")
                if slot_id is None:
                    self.refuse(slot, "TIME_SLOT without a TIME_SLOT_ID")
                if slot_id in slots:
                    self.refuse(slot, f"TIME_SLOT {short(slot_id)} is defined twice")
                value = slot.get("TIME_VALUE")
                if value is None:
                    slots[slot_id] = None
                    continue
                match = _MS.match(value)
                if match is None:
                    self.refuse(
                        slot,
                        f"TIME_SLOT {short(slot_id)}: TIME_VALUE {short(value)} is not a whole number of milliseconds",
                    )
                slots[slot_id] = int(match.group(1))
        return slots

    def annotation(self, annotation: Any, tier_id: str, speaker: str | None, slots: dict[str, int | None]) -> Cue:
        annotation_id = annotation.get("ANNOTATION_ID", "?")
        label = f"annotation {short(annotation_id)} on tier {short(tier_id)}"
        if _local(annotation.tag) != "ALIGNABLE_ANNOTATION":
            self.refuse(
                annotation,
                f"{label}: a <{_local(annotation.tag)}> on a tier without a PARENT_REF (only ALIGNABLE_ANNOTATION is)",
            )
        times = []
        for ref in ("TIME_SLOT_REF1", "TIME_SLOT_REF2"):
            slot_id = annotation.get(ref)
            if slot_id is None:
                self.refuse(annotation, f"{label} has no {ref}")
            if slot_id not in slots:
                self.refuse(annotation, f"{label}: {ref} {short(slot_id)} is no TIME_SLOT")
            value = slots[slot_id]
            if value is None:
                self.refuse(
                    annotation,
                    f"{label}: its time slot {short(slot_id)} has no TIME_VALUE (unaligned); align it in ELAN first",
                )
            times.append(value / 1000)
        values = self.children(annotation, "ANNOTATION_VALUE")
        text = "".join(values[0].itertext()) if values else ""
        return Cue(times[0], times[1], text, speaker, line=self.lines.get(annotation, 1), label=label)


def read(src: Path) -> ImportedPackage:
    """Audio items with their ELAN transcripts as prelabels (a folder, or one .eaf with its audio beside it)."""
    return read_transcripts(src, suffix=SUFFIX, format_title=TITLE, parse=parse, show=show)


register(
    Format(
        id="eaf",
        title="ELAN annotation (.eaf, one file per audio item; one tier per speaker)",
        kinds=("audio",),
        write=write,
        read=read,
        output="folder",
        rounding="times to the nearest millisecond",
    )
)
