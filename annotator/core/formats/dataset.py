"""What exporters write and importers read: a package's items with their annotations, independent of any file format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.model import LabelSchema


@dataclass(frozen=True)
class DatasetItem:
    """One item as an exporter sees it.

    `width`/`height` are the DISPLAYED size (the file turned by its EXIF orientation): box
    coordinates are in displayed pixels, so every image format gets that size; `raw_size` and
    `orientation` say how it relates to the file's own pixels.
    """

    id: str
    kind: str
    media: str | None = None
    text: str | None = None
    lang: str | None = None
    width: int | None = None
    height: int | None = None
    orientation: int = 1
    raw_size: tuple[int, int] | None = None
    duration: float | None = None
    annotation: dict[str, Any] | None = None
    status: str = "todo"
    annotator: str | None = None
    comment: str = ""
    # Evaluation kinds: what was judged (the package item's `content`: prompt, responses, sentences, ...).
    content: dict[str, Any] | None = None

    @property
    def file_name(self) -> str:
        """The media's file name as exports name it (the package-relative path without 'media/')."""
        media = self.media or f"{self.id}.txt"
        return media[len("media/") :] if media.startswith("media/") else media


@dataclass(frozen=True)
class Dataset:
    """A package's items with their results: what every exporter takes."""

    package_id: str
    title: str
    label_schemas: dict[str, LabelSchema]
    items: tuple[DatasetItem, ...]
    # Evaluation kinds' settings (annotator.core.evaluation.configs), e.g. the MQM weights an export re-scores with.
    task_configs: dict[str, Any] = field(default_factory=dict)

    def labels(self, kind: str) -> list[str]:
        """The label names of a kind, in schema order (the order category ids follow)."""
        schema = self.label_schemas.get(kind)
        return schema.label_names() if schema else []

    def of_kind(self, kind: str) -> list[DatasetItem]:
        """The items of one kind, in package order."""
        return [item for item in self.items if item.kind == kind]


@dataclass
class ImportedItem:
    """One item an importer found: its media file on disk (or inline text) and the prelabel to pack with it."""

    id: str
    kind: str
    source: Path | None = None
    media_name: str | None = None
    text: str | None = None
    lang: str | None = None
    prelabel: dict[str, Any] | None = None


@dataclass
class ImportedPackage:
    """What an importer read: items with prelabels and the label schemas they need (package.json shapes)."""

    title: str
    label_schemas: dict[str, dict[str, Any]]
    items: list[ImportedItem] = field(default_factory=list)
