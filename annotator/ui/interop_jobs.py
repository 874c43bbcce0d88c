"""The work behind File ▸ Export as… and File ▸ Import…: a snapshot taken on the UI thread, then a pure call for a worker."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from annotator.core.atomic import require_folder
from annotator.core.bundle import bundle_from_rows
from annotator.core.errors import AnnotatorError, ProblemsError
from annotator.core.formats.from_bundles import dataset_from_bundles
from annotator.core.formats.registry import Format
from annotator.core.formats.to_package import pack_imported, package_id_for
from annotator.core.package import open_package
from annotator.core.session import PackageSession
from annotator.core.workspace import Workspace
from annotator.ui.i18n import translate

# The name the workspace's own bundle goes by in export errors ("workspace: …").
BUNDLE_NAME = "workspace"
# As annotator/interop_cli.py makes a package id of the source's name (a core helper could serve both).


@dataclass(frozen=True)
class ExportOutcome:
    """What an export wrote."""

    out: Path
    written: tuple[Path, ...]
    annotated: int
    items: int

    def message(self) -> str:
        """E.g. "Wrote 3 files to /x/demo-yolo (12 annotated items of 39)."."""
        count = len(self.written)
        if count == 1:
            text = translate("ExportOutcome", "Wrote 1 file to {folder} ({annotated} annotated items of {items}).")
        else:
            text = translate(
                "ExportOutcome", "Wrote {count} files to {folder} ({annotated} annotated items of {items})."
            )
        locale = QLocale()
        return text.format(
            count=locale.toString(count),
            folder=self.out,
            annotated=locale.toString(self.annotated),
            items=locale.toString(self.items),
        )


@dataclass(frozen=True)
class ImportOutcome:
    """What an import packed."""

    output: Path
    items: int
    prelabels: int

    def message(self) -> str:
        """E.g. "Imported 3 items (2 with prelabels) into /x/a-package.zip."."""
        text = translate("ImportOutcome", "Imported {items} items ({prelabels} with prelabels) into {output}.")
        locale = QLocale()
        return text.format(
            items=locale.toString(self.items), prelabels=locale.toString(self.prelabels), output=self.output
        )


def export_job(workspace: Workspace, session: PackageSession, fmt: Format, out: Path) -> Callable[[], ExportOutcome]:
    """Read what the export needs from the workspace now (UI thread); the returned call does the rest in a worker.

    The flow of `annotator export`: the annotator's own bundle joined with the package, then the writer.
    """
    rows = workspace.bundle_rows(session.package_id)
    annotator = workspace.annotator_id()
    manifest, manifest_sha256, package_path = session.manifest, session.package.manifest_sha256, session.package.path
    write = fmt.write
    assert write is not None, f"{fmt.id} cannot be written"

    def run() -> ExportOutcome:
        require_folder(out)
        data, _summary = bundle_from_rows(manifest, manifest_sha256=manifest_sha256, annotator=annotator, rows=rows)
        # A package of its own: the session's stays with the editors, which read it on other threads.
        package = open_package(package_path)
        try:
            dataset = dataset_from_bundles([(BUNDLE_NAME, json.loads(data))], package)
        finally:
            package.close()
        written = write(dataset, out)
        annotated = sum(1 for item in dataset.items if item.annotation is not None)
        return ExportOutcome(out=out, written=tuple(written), annotated=annotated, items=len(dataset.items))

    return run


def default_package_path(source: Path) -> Path:
    """Where an import is packed unless the user says otherwise: SOURCE-package.zip beside the source."""
    return source.parent / f"{source.stem if source.is_file() else source.name}-package.zip"


def import_job(fmt: Format, source: Path, output: Path) -> Callable[[], ImportOutcome]:
    """The flow of `annotator import`, as one call for a worker."""
    read = fmt.read
    assert read is not None, f"{fmt.id} cannot be read"

    def run() -> ImportOutcome:
        require_folder(output)
        imported = read(source)
        package_id = package_id_for(source)
        result = pack_imported(imported, output=output, package_id=package_id, origin=str(source))
        prelabels = sum(1 for item in result.manifest.items if item.prelabel)
        return ImportOutcome(output=output, items=len(result.manifest.items), prelabels=prelabels)

    return run


def error_text(error: Exception, *, limit: int = 20) -> str:
    """An error as the user reads it: each problem on its line (file and place first), the rest counted."""
    if isinstance(error, ProblemsError):
        lines = [str(problem) for problem in error.problems]
        more = len(lines) - limit
        tail = (
            "\n" + translate("ErrorText", "… and {count} more").format(count=QLocale().toString(more))
            if more > 0
            else ""
        )
        return "\n".join(lines[:limit]) + tail
    if isinstance(error, AnnotatorError):
        return str(error)
    # Not one of the core's own errors: a defect, named so it can be reported.
    return f"{type(error).__name__}: {error}"
