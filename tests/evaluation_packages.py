"""Work packages of the AI-output evaluation kinds, written to a folder for a test to open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.helpers import manifest_dict, write_folder_package


def write_evaluation_package(
    folder: Path, items: list[dict[str, Any]], *, settings: dict[str, Any] | None = None, package_id: str = "eval"
) -> Path:
    """A package folder of `items` (each {"id", "kind", "content", "lang"?}); `settings` go under 'labels' by kind."""
    document = manifest_dict(
        items, id=package_id, title="Evaluation", instructions="Judge the answers.", labels=settings or {}
    )
    return write_folder_package(folder, document)


def pairwise_item(item_id: str, prompt: Any, *texts: str, systems: list[str] | None = None) -> dict[str, Any]:
    """A pairwise item: responses r1, r2, ... with `texts`, written by `systems` when given."""
    responses = []
    for number, text in enumerate(texts, start=1):
        response = {"id": f"r{number}", "text": text}
        if systems:
            response["system"] = systems[number - 1]
        responses.append(response)
    return {"id": item_id, "kind": "pairwise", "content": {"prompt": prompt, "responses": responses}}
