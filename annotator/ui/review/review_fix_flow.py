"""The review window's fix flow: choosing a fix by digits (F) or in the kind's usual editor (E), taking or cancelling it.

A mixin of ReviewWindow (it uses the window's session, package, result on screen, status bar and decisions),
so the window module keeps to opening a review, moving through the queue and showing where it stands.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from annotator.core.errors import AnnotatorError
from annotator.ui.review.fix_choice import FixChoice
from annotator.ui.review.fix_editor import FixEditorDialog


class ReviewFixFlow:
    """ReviewWindow's fix methods (mixed into ReviewWindow; not a window of its own)."""

    fixing: FixChoice | None  # the digit choice under way (F), None outside fix mode
    fix_editor: FixEditorDialog | None  # the editor of the fix under way (E)

    def start_fix(self) -> None:
        """Start choosing the fix of the result on screen (F): digits pick, Enter takes it, Esc cancels."""
        result = self.current_result()
        if result is None or self.session is None:
            return
        schema = self.session.manifest.label_schemas.get(result.kind)
        self.fixing = FixChoice.for_result(result, self.session.results_of(result.item_id), schema)
        if not self.fixing.options:
            self.fixing = None
            self.statusBar().showMessage(self.tr("This package's schema has no label to fix with."), 5000)
            return
        self._update_enablement()
        self.statusBar().showMessage(self.fixing.prompt())

    def edit_fix(self) -> FixEditorDialog | None:
        """Fix the result on screen in its kind's usual editor (E), starting from it; Ctrl+Return there takes the fix."""
        self.cancel_fix("")
        result = self.current_result()
        if result is None or self.session is None or self.package is None:
            return None
        item = self.session.items[self._positions[result.item_id]]
        if self.session.is_gold(item.id) or item not in self.package.manifest.items:
            self.statusBar().showMessage(
                self.tr("A gold item is fixed with F: its media are not in this package."), 5000
            )
            return None
        try:
            dialog = FixEditorDialog(
                package=self.package, item=item, result=result, review_folder=self.session.folder, parent=self
            )
        except (AnnotatorError, OSError) as exc:
            text = self.tr("The editor for the fix cannot be opened:\n\n{error}").format(error=exc)
            self.show_error(self.tr("Cannot open the editor"), text)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        target = (result.item_id, result.annotator)
        dialog.fix_chosen.connect(lambda annotation: self._fix_with(target, annotation))
        dialog.finished.connect(self._on_fix_editor_finished)
        self.fix_editor = dialog
        dialog.open()
        return dialog

    def _fix_with(self, target: tuple[str, str], annotation: object) -> None:
        if self.session is not None:
            self._take(self.session.decide(*target, "fix", annotation=annotation))

    def _on_fix_editor_finished(self, code: int) -> None:
        self.fix_editor = None
        self._on_dialog_finished(code)

    def pick(self, number: int) -> None:
        """Digit `number` while fixing."""
        if self.fixing is None:
            return
        if not self.fixing.pick(number):
            there_is_none = self.tr("There is no option {number}.").format(number=QLocale().toString(number))
            self.statusBar().showMessage(f"{there_is_none} {self.fixing.prompt()}")
            return
        self.statusBar().showMessage(self.fixing.prompt())

    def confirm_fix(self) -> None:
        """Enter while fixing: the fix is taken as one decision."""
        fixing = self.fixing
        if fixing is None or self.session is None:
            return
        if fixing.annotation is None:
            first = self.tr("Press a digit first.")
            self.statusBar().showMessage(f"{first} {fixing.prompt()}")
            return
        self.fixing = None
        self._update_enablement()
        self.statusBar().clearMessage()
        result = fixing.result
        self._take(self.session.decide(result.item_id, result.annotator, "fix", annotation=fixing.annotation))

    def cancel_fix(self, message: str) -> None:
        """Leave fix mode without deciding."""
        if self.fixing is None:
            return
        self.fixing = None
        self._update_enablement()
        if message:
            self.statusBar().showMessage(message, 4000)
        else:
            self.statusBar().clearMessage()
