"""Formats by id: each module registers a pure read and/or write function; no dialogs, no Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.formats.dataset import Dataset, ImportedPackage

Writer = Callable[[Dataset, Path], Sequence[Path]]
Reader = Callable[[Path], ImportedPackage]


@dataclass(frozen=True)
class Format:
    """One external format: which item kinds it carries, and how to write and/or read it.

    `write(dataset, out)` writes into `out` (a file, or a folder for layouts of many files) and
    returns the files written; `read(src)` returns what to pack. `rounding` says what the format
    itself forces on numbers (empty: floats are written as they are).
    """

    id: str
    title: str
    kinds: tuple[str, ...]
    write: Writer | None = None
    read: Reader | None = None
    output: str = "file"  # "file" or "folder"
    rounding: str = ""


class UnknownFormatError(AnnotatorError):
    """No format has that id."""


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    """Add a format; ids are unique."""
    if fmt.id in FORMATS:
        raise ValueError(f"format {fmt.id!r} is registered twice")
    FORMATS[fmt.id] = fmt
    return fmt


def get_format(format_id: str, *, direction: str) -> Format:
    """The format with this id that can be read ('in') or written ('out'), or a clear error listing those that can."""
    fmt = FORMATS.get(format_id)
    usable = sorted(f.id for f in FORMATS.values() if (f.write if direction == "out" else f.read))
    if fmt is None or (fmt.write if direction == "out" else fmt.read) is None:
        verb = "export to" if direction == "out" else "import from"
        raise UnknownFormatError(f"cannot {verb} '{format_id}'; formats: {', '.join(usable)}")
    return fmt
