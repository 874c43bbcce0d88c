"""A Dataset from result bundles of one package (and the package itself, for file names, image sizes and texts)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.bundle import bundle_matches_package
from annotator.core.errors import MediaError, Problem, ProblemsError
from annotator.core.formats.dataset import Dataset, DatasetItem
from annotator.core.media.probe import geometry_of_stream, probe_audio
from annotator.core.package import Package


class ExportError(ProblemsError):
    """The bundles cannot be exported as asked; each problem names the bundle or item."""


def dataset_from_bundles(bundles: Sequence[tuple[str, dict[str, Any]]], package: Package) -> Dataset:
    """Join verified bundles (name, document) of `package` into one Dataset, in package order.

    Bundles may split a package between annotators; an item worked on in two bundles is refused
    here (merging several annotators' results is the lead's decision, not an export's).
    """
    manifest = package.manifest
    problems: list[Problem] = []
    results: dict[str, tuple[str, dict[str, Any], str]] = {}
    for name, document in bundles:
        problems += [
            Problem(name, reason) for reason in bundle_matches_package(document, manifest, package.manifest_sha256)
        ]
        for entry in document["items"]:
            if entry["annotation"] is None and entry["status"] == "todo":
                continue
            if entry["id"] in results:
                first = results[entry["id"]][0]
                problems.append(
                    Problem(name, f"item '{entry['id']}' is also worked on in {first}: merge the bundles first")
                )
                continue
            results[entry["id"]] = (name, entry, document["annotator"])
    if problems:
        raise ExportError(problems)
    items = []
    for item in manifest.items:
        _, entry, annotator = results.get(item.id, ("", None, None))
        annotation = entry["annotation"] if entry else None
        fields: dict[str, Any] = {}
        if item.kind == "image":
            fields = _image_fields(package, item, annotation)
        elif item.kind == "text":
            fields = {"text": package.item_text(item)}
        elif item.kind == "audio":
            fields = {"duration": _audio_duration(package, item)}
        elif item.content is not None:
            fields = {"content": item.content}
        items.append(
            DatasetItem(
                id=item.id,
                kind=item.kind,
                media=item.media,
                lang=item.lang,
                annotation=annotation,
                status=entry["status"] if entry else "todo",
                annotator=annotator,
                comment=entry["comment"] if entry else "",
                **fields,
            )
        )
    return Dataset(
        package_id=manifest.id,
        title=manifest.title,
        label_schemas=manifest.label_schemas,
        items=tuple(items),
        task_configs=manifest.task_configs,
    )


def _audio_duration(package: Package, item: Any) -> float:
    # Transcript formats end their tiers at the end of the file; the header says where that is.
    try:
        with package.open_media(item) as stream:
            return probe_audio(stream, package.source.display(item.media or "")).duration
    except MediaError as exc:
        raise ExportError([exc.problem]) from exc


def _image_fields(package: Package, item: Any, annotation: dict[str, Any] | None) -> dict[str, Any]:
    # The editor records what the boxes were drawn on; an untouched image is probed (header only).
    geometry = (annotation or {}).get("image")
    if geometry is None:
        try:
            with package.open_media(item) as stream:
                geometry = geometry_of_stream(stream, package.source.display(item.media or ""))
        except MediaError as exc:
            raise ExportError([exc.problem]) from exc
    width, height = geometry["display_size"]
    return {
        "width": width,
        "height": height,
        "orientation": geometry["orientation"],
        "raw_size": tuple(geometry["raw_size"]),
    }
