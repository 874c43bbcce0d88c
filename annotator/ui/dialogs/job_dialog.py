"""A dialog that runs one job in a worker: a busy bar while it runs, Enter to start it, no closing mid-way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QProgressBar, QPushButton

from annotator.ui.widgets.button_order import tab_as_laid_out
from annotator.ui.workers import run_in_background


class JobDialog(QDialog):
    """Base of Export as… and Import…: subclasses build the widgets named below and handle the outcome."""

    progress: QProgressBar
    status: QLabel
    buttons: QDialogButtonBox
    format_list: QListWidget
    run_button: QPushButton
    # Said when Esc is pressed while the job runs.
    busy_note = "Still working; Esc closes once it is done."
    running = False

    def _build_job_widgets(self, prefix: str, *, run_text: str, on_run: Callable[[], None], busy_note: str) -> None:
        """The busy bar, the status line and the Close / run buttons, named `{prefix}_progress` and so on."""
        self.progress = QProgressBar()
        self.progress.setObjectName(f"{prefix}_progress")
        self.progress.setRange(0, 0)  # readers and writers report no progress: busy until done
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes paths
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton(run_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.busy_note = busy_note
        self.buttons.accepted.connect(on_run)
        self.buttons.rejected.connect(self.reject)

    def _update_enablement(self, *_args: object) -> None:
        raise NotImplementedError

    def _run_job(self, job: Callable[[], Any], note: str) -> None:
        self.running = True
        self._update_enablement()
        self.progress.show()
        self.status.setText(note)
        run_in_background(job, self._finished, self._failed)

    def _finished(self, outcome: Any) -> None:
        self._stop()
        self._on_job_finished(outcome)

    def _failed(self, error: Exception) -> None:
        self._stop()
        self._on_job_failed(error)

    def _on_job_finished(self, outcome: Any) -> None:
        raise NotImplementedError

    def _on_job_failed(self, error: Exception) -> None:
        raise NotImplementedError

    def _stop(self) -> None:
        self.running = False
        self.progress.hide()
        self._update_enablement()
        self.format_list.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Enter runs it wherever the keyboard is (the button box would make Close the default).
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.run_button.setDefault(True)
        tab_as_laid_out(self.buttons)  # the subclass has put the box in the dialog by now

    def reject(self) -> None:
        # The worker writes into the path; closing mid-way would hide how it ended.
        if self.running:
            self.status.setText(self.busy_note)
            return
        super().reject()
