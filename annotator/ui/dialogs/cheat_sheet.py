"""The cheat sheet (F1): every action and its keys, grouped by where they work, filterable by typing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout

from annotator.core.model import Manifest
from annotator.ui.actions import ActionSpec, area_of, key_text, menu_title, spec_by_id, spec_description, spec_text
from annotator.ui.i18n import translate

# The headers in English; shown translated (the CheatSheetDialog context).
COLUMNS = (
    QT_TRANSLATE_NOOP("CheatSheetDialog", "Where"),
    QT_TRANSLATE_NOOP("CheatSheetDialog", "Group"),
    QT_TRANSLATE_NOOP("CheatSheetDialog", "Action"),
    QT_TRANSLATE_NOOP("CheatSheetDialog", "Keys"),
    QT_TRANSLATE_NOOP("CheatSheetDialog", "What it does"),
)
_ACTION = COLUMNS.index("Action")


def menu_path(action_id: str) -> str:
    """Where an action of the main window is, as its menus say it in the UI's language ('File ▸ Pseudonym…')."""
    spec = spec_by_id(action_id)
    return f"{_plain(menu_title(spec.menu))} ▸ {spec_text(spec).replace('&', '')}"


def package_key_names(manifest: Manifest) -> dict[str, str]:
    """Action text naming what a numbered key picks in this package, e.g. 'Class 1 — person'.

    The numbering follows the editors: box classes by schema hotkey, else by position (0 is the
    tenth); text labels and speakers by position.
    """
    names: dict[str, str] = {}
    image = manifest.label_schemas.get("image")
    if image is not None:
        by_hotkey = {label.hotkey: label.name for label in image.labels if label.hotkey}
        for digit in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0):
            position = 9 if digit == 0 else digit - 1
            name = by_hotkey.get(str(digit)) or (image.labels[position].name if position < len(image.labels) else None)
            shown = name or translate("CheatSheetDialog", "none in this package")
            names[f"bbox.class_{digit}"] = translate("CheatSheetDialog", "Class {digit} — {name}").format(
                digit=digit, name=shown
            )
    text = manifest.label_schemas.get("text")
    if text is not None:
        for slot, label in enumerate(text.labels, start=1):
            names[f"sentiment.label_{slot}"] = translate("CheatSheetDialog", "Label {slot} — {name}").format(
                slot=slot, name=label.name
            )
    audio = manifest.label_schemas.get("audio")
    if audio is not None:
        for number, speaker in enumerate(audio.speakers[:9], start=1):
            names[f"transcription.speaker_{number}"] = translate(
                "CheatSheetDialog", "Speaker {number} — {name}"
            ).format(number=number, name=speaker)
    rating = manifest.task_configs.get("rating")
    if rating is not None:
        for slot, flag in enumerate(rating.flags, start=1):
            names[f"rating.flag_{slot}"] = translate("CheatSheetDialog", "Policy flag {slot} — {name}").format(
                slot=slot, name=flag.name
            )
    return names


class CheatSheetDialog(QDialog):
    """A table of where, group, action, keys and description; typing in the box filters the rows."""

    def __init__(self, specs: Iterable[ActionSpec], parent: Any = None, *, names: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # As wide as the screen allows (up to 1280): at 820 px the descriptions were cut to two words.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(max(820, min(1280, screen.width() - 40)), max(520, min(720, screen.height() - 40)))
        self._search = QLineEdit()
        self._search.setObjectName("cheat_sheet_search")
        self._search.setAccessibleName(self.tr("Filter the shortcuts"))
        self._search.setPlaceholderText(
            self.tr("Type to filter: an action, a key, an editor (e.g. sentiment), a class…")
        )
        self._search.setClearButtonEnabled(True)
        self._table = QTableWidget(0, len(COLUMNS))
        self._table.setObjectName("cheat_sheet_table")
        self._table.setAccessibleName(self.tr("Actions and their keys"))
        self._table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
        self._table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self._table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # A long description wraps onto a second line of its row instead of ending in "…".
        self._table.setWordWrap(True)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._specs = list(specs)
        for spec in self._specs:
            self._add_row(spec)
        self.set_names(names or {})
        self._search.textChanged.connect(self._on_search_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._search)
        layout.addWidget(self._table)

    def _add_row(self, spec: ActionSpec) -> None:
        row = self._table.rowCount()
        self._table.insertRow(row)
        group = _plain(menu_title(spec.menu)) if spec.menu else ""
        texts = (area_of(spec), group, _plain(spec_text(spec)), key_text(spec), spec_description(spec))
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, spec.id)
            self._table.setItem(row, column, cell)

    def set_names(self, names: Mapping[str, str]) -> None:
        """Name what numbered keys pick in the open package ('Class 1 — person'); other rows keep their text."""
        for row, spec in enumerate(self._specs):
            self._table.item(row, _ACTION).setText(names.get(spec.id, _plain(spec_text(spec))))
        self._table.resizeColumnsToContents()
        self._on_search_text_changed(self._search.text())

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        for row, spec in enumerate(self._specs):
            # The id too: "sentiment" or "bbox" finds an editor's keys whatever its group is called.
            cells = [self._table.item(row, column).text() for column in range(len(COLUMNS))]
            haystack = " ".join([*cells, spec.id]).casefold()
            self._table.setRowHidden(row, needle not in haystack)

    def visible_action_ids(self) -> list[str]:
        """Ids of the rows the filter shows."""
        return [spec.id for row, spec in enumerate(self._specs) if not self._table.isRowHidden(row)]

    def action_text(self, action_id: str) -> str:
        """The Action column of one row, as shown."""
        row = next(row for row, spec in enumerate(self._specs) if spec.id == action_id)
        return self._table.item(row, _ACTION).text()


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")
