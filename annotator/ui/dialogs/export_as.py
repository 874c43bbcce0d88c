"""File ▸ Export as…: pick a format the package's items fit, a file or folder, and write it in a worker."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
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
from annotator.core.model import ITEM_KINDS
from annotator.ui.dialogs.job_dialog import JobDialog
from annotator.ui.i18n import translate
from annotator.ui.interop_jobs import ExportOutcome, error_text
from annotator.ui.recent import LastFolders

# What a file format's file is usually called; a folder layout gets no suffix.
SUFFIXES = {
    "coco": ".json",
    "createml": ".json",
    "csv": ".csv",
    "csv-excel": ".csv",
    "cvat": ".xml",
    "jsonl": ".jsonl",
    "label-studio": ".json",
    "spacy-jsonl": ".jsonl",
    "arena-battles": ".jsonl",
    "esa-csv": ".csv",
    "evaluation-jsonl": ".jsonl",
    "trec-qrels": ".qrels",
    "trl-preference": ".jsonl",
    "trl-preference-chat": ".jsonl",
    "trl-unpaired": ".jsonl",
    "trl-unpaired-chat": ".jsonl",
    "wmt-mqm-tsv": ".tsv",
}
# In English; shown translated (the ExportAsDialog context).
KIND_WORDS = {
    "image": QT_TRANSLATE_NOOP("ExportAsDialog", "images"),
    "audio": QT_TRANSLATE_NOOP("ExportAsDialog", "audio"),
    "text": QT_TRANSLATE_NOOP("ExportAsDialog", "texts"),
    "pairwise": QT_TRANSLATE_NOOP("ExportAsDialog", "pairwise comparisons"),
    "rating": QT_TRANSLATE_NOOP("ExportAsDialog", "ratings"),
    "translation": QT_TRANSLATE_NOOP("ExportAsDialog", "translation checks"),
    "rewrite": QT_TRANSLATE_NOOP("ExportAsDialog", "rewrites"),
}
FORMAT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FormatChoice:
    """One row of the format list: a writable format, why it cannot be chosen (empty: it can), and a note."""

    fmt: Format
    reason: str = ""
    note: str = ""


def _kind_word(kind: str) -> str:
    return translate("ExportAsDialog", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def _words(kinds: Iterable[str]) -> str:
    names = [_kind_word(kind) for kind in kinds]
    if len(names) < 2:
        return "".join(names)
    conjunction = translate("ExportAsDialog", "and")
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def export_choices(formats: Iterable[Format], kinds: Counter[str]) -> list[FormatChoice]:
    """Every writable format, by id: usable if it carries a kind the package has; the others say why not."""
    # Every kind the package has, in the manifest's kind order (then any other, which no format carries).
    present = [kind for kind in ITEM_KINDS if kinds[kind]] + sorted(
        kind for kind in kinds if kind not in ITEM_KINDS and kinds[kind]
    )
    choices = []
    for fmt in sorted((f for f in formats if f.write), key=lambda f: f.id):
        carried = [kind for kind in present if kind in fmt.kinds]
        if not carried:
            reason = translate("ExportAsDialog", "holds {kinds} only; this package has {present}").format(
                kinds=_words(fmt.kinds), present=_words(present) or translate("ExportAsDialog", "no items")
            )
            choices.append(FormatChoice(fmt, reason=reason))
            continue
        left_out = [kind for kind in present if kind not in fmt.kinds]
        note = ""
        if left_out:
            counts = ", ".join(f"{QLocale().toString(kinds[kind])} {_kind_word(kind)}" for kind in left_out)
            note = translate("ExportAsDialog", "writes the {kinds}; leaves out {counts}").format(
                kinds=_words(carried), counts=counts
            )
        choices.append(FormatChoice(fmt, note=note))
    return choices


class ExportAsDialog(JobDialog):
    """The format list (type its id to find one), the output path, Export (Enter) and Close (Esc)."""

    exported = Signal(str)  # what was written, as the dialog says it
    export_failed = Signal(str)

    def __init__(
        self,
        choices: list[FormatChoice],
        *,
        package_id: str,
        last_folders: LastFolders,
        job_for: Callable[[Format, Path], Callable[[], ExportOutcome]],
        show_error: Callable[[str, str], Any],
        parent: Any = None,
    ):
        super().__init__(parent)
        self.setObjectName("export_as_dialog")
        self.setWindowTitle(self.tr("Export as"))
        self._package_id = package_id
        self._last_folders = last_folders
        self._job_for = job_for
        self._show_error = show_error
        self._suggested = ""
        self.running = False

        self.format_list = QListWidget()
        self.format_list.setObjectName("export_as_formats")
        for choice in choices:
            text = f"{choice.fmt.id} — {choice.fmt.title}"
            if choice.reason or choice.note:
                text += f"\n      {choice.reason or choice.note}"
            row = QListWidgetItem(text)
            row.setData(FORMAT_ROLE, choice.fmt.id)
            row.setToolTip(choice.reason or choice.note or choice.fmt.title)
            if choice.reason:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.format_list.addItem(row)
        self._formats = {choice.fmt.id: choice.fmt for choice in choices if not choice.reason}
        self.format_list.currentItemChanged.connect(self._on_format_list_current_changed)

        self.output = QLineEdit()
        self.output.setObjectName("export_as_output")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("export_as_browse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.output, 1)
        path_row.addWidget(self.browse)
        self.output_label = QLabel(self.tr("&Write to:"))
        self.output_label.setBuddy(self.output)

        self._build_job_widgets(
            "export_as",
            run_text=self.tr("&Export"),
            on_run=self.start_export,
            busy_note=self.tr("Still writing; Esc closes once it is done."),
        )
        self.export_button = self.run_button
        self.export_button.setObjectName("export_as_export")

        formats_label = QLabel(self.tr("&Format (type its name to find it):"))
        formats_label.setBuddy(self.format_list)
        layout = QVBoxLayout(self)
        layout.addWidget(formats_label)
        layout.addWidget(self.format_list, 1)
        layout.addWidget(self.output_label)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 520)

        first = next((r for r in range(self.format_list.count()) if self._format_at(r) is not None), None)
        if first is not None:
            self.format_list.setCurrentRow(first)
        self._update_enablement()
        self.format_list.setFocus()

    # -- state -------------------------------------------------------------------------------

    def selected_format(self) -> Format | None:
        """The format chosen in the list (None while nothing usable is)."""
        row = self.format_list.currentRow()
        return self._format_at(row) if row >= 0 else None

    def _format_at(self, row: int) -> Format | None:
        return self._formats.get(self.format_list.item(row).data(FORMAT_ROLE))

    def _suggestion(self, fmt: Format) -> str:
        folder = self._last_folders.folder("export") or Path.home()
        suffix = SUFFIXES.get(fmt.id) if fmt.output == "file" else None
        name = f"{self._package_id}{suffix}" if suffix else f"{self._package_id}-{fmt.id}"
        return str(folder / name)

    def _on_format_list_current_changed(self, *_args: object) -> None:
        fmt = self.selected_format()
        if fmt is not None:
            if fmt.output == "folder":
                self.output_label.setText(self.tr("&Write to this folder (a new or empty one):"))
            else:
                self.output_label.setText(self.tr("&Write to this file:"))
            # A path the user typed stays; the one proposed follows the format.
            if self.output.text() in ("", self._suggested):
                self._suggested = self._suggestion(fmt)
                self.output.setText(self._suggested)
        self._update_enablement()

    def _update_enablement(self) -> None:
        self.export_button.setEnabled(not self.running and self.selected_format() is not None)
        self.browse.setEnabled(not self.running)
        self.format_list.setEnabled(not self.running)
        self.output.setReadOnly(self.running)

    # -- browse ------------------------------------------------------------------------------

    def _on_browse_clicked(self) -> None:
        fmt = self.selected_format()
        if fmt is None:
            return
        current = Path(self.output.text()).expanduser() if self.output.text() else Path(self._suggestion(fmt))
        dialog = QFileDialog(self, self.tr("Export as {format}").format(format=fmt.title))
        dialog.setObjectName("export_as_file_dialog")
        if fmt.output == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.setDirectory(str(current.parent))
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDirectory(str(current.parent))
            dialog.selectFile(current.name)
        dialog.fileSelected.connect(self.output.setText)
        dialog.open()

    # -- export ------------------------------------------------------------------------------

    def start_export(self) -> None:
        """Write the chosen format to the path given, in a worker; the dialog stays live and shows it is busy."""
        fmt = self.selected_format()
        text = self.output.text().strip()
        if self.running or fmt is None:
            return
        if not text:
            self.status.setText(self.tr("Name the file or folder to write."))
            self.output.setFocus()
            return
        out = Path(text).expanduser()
        self._last_folders.remember("export", out)
        job = self._job_for(fmt, out)
        self._run_job(job, self.tr("Writing {format} to {path}…").format(format=fmt.title, path=out))

    def _on_job_finished(self, outcome: ExportOutcome) -> None:
        message = outcome.message()
        self.status.setText(message)
        self.exported.emit(message)

    def _on_job_failed(self, error: Exception) -> None:
        text = self.tr("Nothing was exported:\n\n{error}").format(error=error_text(error))
        self.status.setText(self.tr("Nothing was exported."))
        self._show_error(self.tr("Cannot export"), text)
        self.export_failed.emit(text)


def kinds_of(items: Iterable[Any]) -> Counter[str]:
    """How many items of each kind."""
    return Counter(item.kind for item in items)


def open_export_as(window: Any, *, job_for: Callable[[Format, Path], Callable[[], ExportOutcome]]) -> ExportAsDialog:
    """Build and open the dialog for the window's open package."""
    session = window.session
    dialog = ExportAsDialog(
        export_choices(load().values(), kinds_of(session.items)),
        package_id=session.package_id,
        last_folders=window.last_folders,
        job_for=job_for,
        show_error=window.show_error,
        parent=window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exported.connect(lambda message: window.statusBar().showMessage(message, 8000))
    dialog.open()
    return dialog
