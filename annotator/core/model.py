"""Plain frozen dataclasses for the things a work package and a workspace hold."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# The AI-output evaluation kinds: their items carry inline `content` (a prompt and responses, a
# source and its translation, ...) instead of media, and their settings in `Manifest.task_configs`.
EVALUATION_KINDS = ("pairwise", "rating", "translation", "rewrite")
ITEM_KINDS = ("image", "audio", "text", *EVALUATION_KINDS)


class Status(StrEnum):
    """Where an item stands for the annotator."""

    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"
    FLAGGED = "flagged"


@dataclass(frozen=True)
class Label:
    """One class of a label schema, with its colour and default hotkey."""

    name: str
    color: str
    hotkey: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class LabelSchema:
    """The labels for one item kind: single, multi or binary choice, plus kind-specific extras."""

    mode: str
    labels: tuple[Label, ...]
    tags: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()

    def label_names(self) -> list[str]:
        """Names of the labels in schema order."""
        return [label.name for label in self.labels]


@dataclass(frozen=True)
class Item:
    """One unit of work. `media` is a package-relative POSIX path; text items may be inline."""

    id: str
    kind: str
    media: str | None = None
    sha256: str | None = None
    text: str | None = None
    lang: str | None = None
    prelabel: dict[str, Any] | None = None
    # Evaluation kinds only: what the annotator judges, as `package-v1`'s `$defs/<kind>Content` shapes it.
    content: dict[str, Any] | None = None


@dataclass(frozen=True)
class PayRate:
    """What the work pays, for the worker's own estimate."""

    currency: str
    per_item: float | None = None
    per_hour: float | None = None


@dataclass(frozen=True)
class Manifest:
    """The parsed `package.json` of a work package."""

    schema_version: int
    id: str
    title: str
    instructions: str
    label_schemas: dict[str, LabelSchema]
    items: tuple[Item, ...]
    pay: PayRate | None = None
    due: str | None = None
    # Evaluation kinds: kind -> its settings (annotator.core.evaluation.configs), defaults when the package sets none.
    task_configs: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def item_kinds(self) -> list[str]:
        """The kinds present, in the canonical order."""
        present = {item.kind for item in self.items}
        return [kind for kind in ITEM_KINDS if kind in present]
