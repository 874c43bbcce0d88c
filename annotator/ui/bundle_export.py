"""File ▸ Export bundle…: the preview of exactly what the bundle carries, then the file dialog, then the write in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core.atomic import write_atomic
from annotator.core.bundle import bundle_from_rows
from annotator.ui.dialogs.export_preview import ExportPreviewDialog
from annotator.ui.workers import run_in_background

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class BundleExport(QObject):
    """The export flow of one main window; it tells the window (`export_previewed`, `bundle_exported`) what happened."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self.preview: ExportPreviewDialog | None = None

    def start(self) -> None:
        """First show exactly what the bundle carries; the file dialog comes once the worker confirms."""
        window = self._window
        if window.session is None or window.ask_pseudonym_first(self.start):
            return
        window.breaks.flush()
        session = window.session
        rows = window.workspace.bundle_rows(session.package_id)
        annotator = window.workspace.annotator_id()

        def encode() -> bytes:
            data, _summary = bundle_from_rows(
                session.manifest, manifest_sha256=session.package.manifest_sha256, annotator=annotator, rows=rows
            )
            return data

        run_in_background(encode, self._on_preview_encoded, self._on_bundle_failed)

    def _on_preview_encoded(self, data: bytes) -> None:
        dialog = ExportPreviewDialog(data, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_path(data))
        self.preview = dialog
        dialog.open()
        self._window.export_previewed.emit()

    def _choose_path(self, data: bytes) -> None:
        window = self._window
        if window.session is None:
            return
        dialog = QFileDialog(window, self.tr("Export result bundle"))
        dialog.setObjectName("export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Result bundles (*.bundle.json)")])
        dialog.setDefaultSuffix("bundle.json")
        name = f"{window.session.package_id}.{window.workspace.annotator_id()}.bundle.json"
        folder = window.last_folders.folder("export")
        if folder is not None:
            dialog.setDirectory(str(folder))
            name = str(folder / name)
        dialog.selectFile(name)
        dialog.fileSelected.connect(lambda path: window.last_folders.remember("export", path))
        dialog.fileSelected.connect(lambda path: self.write(path, data=data))
        dialog.open()

    def write(self, path: Path | str, *, data: bytes | None = None) -> None:
        """Write the bundle in a worker: `data` as previewed, or encoded now from the workspace."""
        window = self._window
        if window.session is None:
            return
        session = window.session
        target = Path(path)
        rows, annotator = None, ""
        if data is None:
            window.breaks.flush()
            rows = window.workspace.bundle_rows(session.package_id)
            annotator = window.workspace.annotator_id()

        def encode_and_write() -> str:
            payload = data
            if payload is None:
                assert rows is not None
                payload, _summary = bundle_from_rows(
                    session.manifest, manifest_sha256=session.package.manifest_sha256, annotator=annotator, rows=rows
                )
            write_atomic(target, payload)
            return str(target)

        run_in_background(encode_and_write, self._on_bundle_written, self._on_bundle_failed)

    def _on_bundle_written(self, path: str) -> None:
        self._window.statusBar().showMessage(self.tr("Bundle written to {path}").format(path=path), 8000)
        self._window.bundle_exported.emit(path)

    def _on_bundle_failed(self, error: Exception) -> None:
        self._window.show_error(
            self.tr("Cannot export bundle"), self.tr("The bundle was not written:\n\n{error}").format(error=error)
        )
