"""File ▸ Import…: another tool's files packed as a work package (their labels as prelabels) in a worker, then opened."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from annotator.core.formats.catalog import load
from annotator.core.formats.registry import Format
from annotator.core.model import EVALUATION_KINDS
from annotator.ui.dialogs.job_dialog import JobDialog
from annotator.ui.interop_jobs import ImportOutcome, default_package_path, error_text, import_job
from annotator.ui.recent import LastFolders

FORMAT_ROLE = Qt.ItemDataRole.UserRole


class ImportFromDialog(JobDialog):
    """The format list, the source (a file or a folder), the package to make; Import (Enter), Close (Esc)."""

    imported = Signal(str)  # the package written
    import_failed = Signal(str)

    def __init__(
        self,
        formats: Iterable[Format],
        *,
        last_folders: LastFolders,
        show_error: Callable[[str, str], Any],
        parent: Any = None,
    ):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import"))
        self._last_folders = last_folders
        self._show_error = show_error
        self._suggested = ""
        self.running = False

        self.format_list = QListWidget()
        self.format_list.setObjectName("import_formats")
        self._formats: dict[str, Format] = {}
        for fmt in sorted((f for f in formats if f.read), key=lambda f: f.id):
            row = QListWidgetItem(f"{fmt.id} — {fmt.title}")
            row.setData(FORMAT_ROLE, fmt.id)
            # Evaluation kinds are written, never read (a format reads media and text items only).
            readable = [kind for kind in fmt.kinds if kind not in EVALUATION_KINDS]
            row.setToolTip(self.tr("{format}: {kinds} items").format(format=fmt.title, kinds=", ".join(readable)))
            self.format_list.addItem(row)
            self._formats[fmt.id] = fmt
        self.format_list.currentItemChanged.connect(self._update_enablement)

        self.source = QLineEdit()
        self.source.setObjectName("import_source")
        self.source.textChanged.connect(self._on_source_text_changed)
        self.source_file = self._button(
            self.tr("F&ile…"), "import_source_file", lambda: self._browse_source(folder=False)
        )
        self.source_folder = self._button(
            self.tr("Fol&der…"), "import_source_folder", lambda: self._browse_source(folder=True)
        )
        self.output = QLineEdit()
        self.output.setObjectName("import_output")
        self.output_browse = self._button(self.tr("&Browse…"), "import_output_browse", self._browse_output)

        self._build_job_widgets(
            "import",
            run_text=self.tr("&Import"),
            on_run=self.start_import,
            busy_note=self.tr("Still importing; Esc closes once it is done."),
        )
        self.import_button = self.run_button
        self.import_button.setObjectName("import_import")

        layout = QVBoxLayout(self)
        layout.addWidget(self._label(self.tr("&Format (type its name to find it):"), self.format_list))
        layout.addWidget(self.format_list, 1)
        layout.addWidget(
            self._label(self.tr("&Read from (a file, or a folder for layouts of many files):"), self.source)
        )
        layout.addLayout(self._row(self.source, self.source_file, self.source_folder))
        layout.addWidget(self._label(self.tr("&Make this work package (.zip):"), self.output))
        layout.addLayout(self._row(self.output, self.output_browse))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        if self.format_list.count():
            self.format_list.setCurrentRow(0)
        self._update_enablement()
        self.format_list.setFocus()

    def _button(self, text: str, name: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter imports, wherever the keyboard is
        button.clicked.connect(handler)
        return button

    @staticmethod
    def _label(text: str, buddy: Any) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(field: QLineEdit, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        for button in buttons:
            row.addWidget(button)
        return row

    def selected_format(self) -> Format | None:
        """The format chosen in the list."""
        row = self.format_list.currentItem()
        return self._formats.get(row.data(FORMAT_ROLE)) if row is not None else None

    def _update_enablement(self, *_args: object) -> None:
        self.import_button.setEnabled(not self.running and self.selected_format() is not None)
        for widget in (self.format_list, self.source_file, self.source_folder, self.output_browse):
            widget.setEnabled(not self.running)
        self.source.setReadOnly(self.running)
        self.output.setReadOnly(self.running)

    def _on_source_text_changed(self, text: str) -> None:
        # The package path proposed follows the source until the user types one of their own.
        if self.output.text() in ("", self._suggested):
            self._suggested = str(default_package_path(Path(text).expanduser())) if text.strip() else ""
            self.output.setText(self._suggested)

    def _start_folder(self) -> str:
        folder = self._last_folders.folder("import") or self._last_folders.folder("open")
        return str(folder) if folder is not None else str(Path.home())

    def _browse_source(self, *, folder: bool) -> None:
        dialog = QFileDialog(self, self.tr("Import from"))
        dialog.setObjectName("import_source_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory if folder else QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(self._start_folder())
        dialog.fileSelected.connect(self.source.setText)
        dialog.open()

    def _browse_output(self) -> None:
        dialog = QFileDialog(self, self.tr("Make the work package"))
        dialog.setObjectName("import_output_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Work packages (*.zip)")])
        dialog.setDefaultSuffix("zip")
        current = Path(self.output.text()).expanduser() if self.output.text() else None
        dialog.setDirectory(str(current.parent) if current else self._start_folder())
        if current:
            dialog.selectFile(current.name)
        dialog.fileSelected.connect(self.output.setText)
        dialog.open()

    def start_import(self) -> None:
        """Read the source and pack it, in a worker; the dialog stays live and shows it is busy."""
        fmt = self.selected_format()
        if self.running or fmt is None:
            return
        source_text, output_text = self.source.text().strip(), self.output.text().strip()
        if not source_text or not output_text:
            self.status.setText(self.tr("Name the file or folder to read, and the package to make."))
            (self.output if source_text else self.source).setFocus()
            return
        source, output = Path(source_text).expanduser(), Path(output_text).expanduser()
        self._last_folders.remember("import", source)
        self._run_job(
            import_job(fmt, source, output),
            self.tr("Reading {path} as {format}…").format(path=source, format=fmt.title),
        )

    def _on_job_finished(self, outcome: ImportOutcome) -> None:
        self.status.setText(outcome.message())
        self.imported.emit(str(outcome.output))
        self.accept()

    def _on_job_failed(self, error: Exception) -> None:
        text = self.tr("No package was made:\n\n{error}").format(error=error_text(error))
        self.status.setText(self.tr("No package was made."))
        self._show_error(self.tr("Cannot import"), text)
        self.import_failed.emit(text)


def open_import_from(window: Any) -> ImportFromDialog:
    """Build and open the dialog; the package it makes opens in `window`."""
    dialog = ImportFromDialog(
        load().values(), last_folders=window.last_folders, show_error=window.show_error, parent=window
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda path: window.statusBar().showMessage(dialog.status.text(), 8000))
    dialog.imported.connect(window.open_package)
    dialog.open()
    return dialog
