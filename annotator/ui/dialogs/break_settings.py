"""The break and idle settings dialog: every interval, length and limit, in minutes or seconds."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from annotator.core.breaks import BreakSettings

# (field, caption, unit in seconds, minimum, maximum); the captions are translated where shown.
_FIELDS = (
    ("micro_every_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Micro-break every (min of active time)"), 60, 1, 240),
    ("micro_length_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Micro-break length (s)"), 1, 5, 600),
    ("rest_every_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Rest break every (min of active time)"), 60, 5, 480),
    ("rest_length_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Rest break length (min)"), 60, 1, 60),
    ("heads_up_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Heads-up before a break (s)"), 1, 0, 300),
    ("postpone_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Postpone by (min)"), 60, 1, 60),
    ("idle_threshold_s", QT_TRANSLATE_NOOP("BreakSettingsForm", "Idle after no input for (s)"), 1, 10, 1800),
)


class BreakSettingsForm(QWidget):
    """The break and idle fields, embeddable; `changed` fires on every edit, `settings()` reads them."""

    changed = Signal()

    def __init__(self, settings: BreakSettings, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("break_settings_form")
        self._initial = settings
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.micro_enabled = self._check("micro_enabled", self.tr("&Micro-breaks"), settings.micro_enabled)
        self.rest_enabled = self._check("rest_enabled", self.tr("&Rest breaks"), settings.rest_enabled)
        form.addRow(self.micro_enabled)
        form.addRow(self.rest_enabled)
        self.spins: dict[str, QSpinBox] = {}
        for name, english, unit, low, high in _FIELDS:
            caption = self.tr(english)
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(low, high)
            spin.setValue(round(getattr(settings, name) / unit))
            spin.setAccessibleName(caption)
            spin.valueChanged.connect(self.changed)
            self.spins[name] = spin
            form.addRow(caption, spin)
        self.daily_enabled = self._check(
            "daily_limit_enabled", self.tr("&Daily limit"), settings.daily_limit_s is not None
        )
        self.daily_limit = QSpinBox()
        self.daily_limit.setObjectName("daily_limit_s")
        daily_caption = self.tr("Daily limit (min of active time)")
        self.daily_limit.setAccessibleName(daily_caption)
        self.daily_limit.setRange(15, 24 * 60)
        self.daily_limit.setSingleStep(15)
        self.daily_limit.setValue(round((settings.daily_limit_s or 6 * 3600) / 60))
        self.daily_limit.setEnabled(self.daily_enabled.isChecked())
        self.daily_enabled.toggled.connect(self.daily_limit.setEnabled)
        self.daily_limit.valueChanged.connect(self.changed)
        form.addRow(self.daily_enabled)
        form.addRow(daily_caption, self.daily_limit)

    def _check(self, name: str, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        box.setChecked(checked)
        box.toggled.connect(lambda _on: self.changed.emit())
        return box

    def settings(self) -> BreakSettings:
        """The settings as the form shows them; fields it does not show keep their values."""
        values: dict[str, Any] = {
            name: float(self.spins[name].value() * unit) for name, _caption, unit, _low, _high in _FIELDS
        }
        values["micro_enabled"] = self.micro_enabled.isChecked()
        values["rest_enabled"] = self.rest_enabled.isChecked()
        values["daily_limit_s"] = float(self.daily_limit.value() * 60) if self.daily_enabled.isChecked() else None
        return replace(self._initial, **values)


class BreakSettingsDialog(QDialog):
    """The form in a dialog; `settings_chosen` carries the new settings when the user presses OK."""

    settings_chosen = Signal(object)

    def __init__(self, settings: BreakSettings, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("break_settings")
        self.setWindowTitle(self.tr("Breaks and idle time"))
        self.form = BreakSettingsForm(settings)
        # The fields by the names callers used before the form could be embedded elsewhere.
        self.spins, self.micro_enabled, self.rest_enabled = (
            self.form.spins,
            self.form.micro_enabled,
            self.form.rest_enabled,
        )
        self.daily_enabled, self.daily_limit = self.form.daily_enabled, self.form.daily_limit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def settings(self) -> BreakSettings:
        """The settings as the dialog shows them."""
        return self.form.settings()

    def accept(self) -> None:
        self.settings_chosen.emit(self.settings())
        super().accept()
