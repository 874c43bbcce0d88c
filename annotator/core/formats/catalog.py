"""Imports every format module once, so the registry is complete; the CLI and the app call `load()`."""

from __future__ import annotations

import importlib
import pkgutil

from annotator.core.formats.registry import FORMATS, Format

_FAMILIES = (
    "annotator.core.formats.image",
    "annotator.core.formats.audio",
    "annotator.core.formats.text",
    "annotator.core.formats.labelstudio",
    "annotator.core.formats.evaluation",
)


def load() -> dict[str, Format]:
    """Every registered format by id (importing the family packages that exist)."""
    for family in _FAMILIES:
        try:
            package = importlib.import_module(family)
        except ModuleNotFoundError as exc:
            if exc.name != family:
                raise
            continue
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{family}.{module.name}")
    return FORMATS
