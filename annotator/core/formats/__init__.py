"""Interoperability: one module per external format, registered by id (see registry.FORMATS)."""

from __future__ import annotations

from annotator.core.formats.dataset import Dataset, DatasetItem, ImportedItem, ImportedPackage
from annotator.core.formats.registry import FORMATS, Format, UnknownFormatError, get_format, register

__all__ = [
    "FORMATS",
    "Dataset",
    "DatasetItem",
    "Format",
    "ImportedItem",
    "ImportedPackage",
    "UnknownFormatError",
    "get_format",
    "register",
]
