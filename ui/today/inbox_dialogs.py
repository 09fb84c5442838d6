"""The inbox's small dialogs: accept with details (Shift+A) and snooze until a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.engine.suggestions import Suggestion
from ui.common.dialogs import label
from ui.today.inbox_model import kind_label

SNOOZE_DAYS = 7


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AcceptDialog(QDialog):
    """Accept with details (Shift+A): a note, and what the kind of suggestion can record."""

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = suggestion.kind
        self.setWindowTitle(
            self.tr("Accept — {kind_label}").format(kind_label=kind_label(suggestion.kind))
        )
        intro = QLabel(
            self.tr("{reason}\n\nAccepting: {action}").format(
                reason=suggestion.reason, action=suggestion.action
            ),
            self,
        )
        intro.setWordWrap(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What happened, in a few words (optional)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Note:"), self.note_edit)
        # Only the kind's own field is made: a widget made but left out of the form was
        # drawn over the reason and took Tab (and what was typed into it was lost).
        self.touch_combo: QComboBox | None = None
        self.nps_spin: QSpinBox | None = None
        self.resolution_edit: QLineEdit | None = None
        if self.kind == "follow_up":
            self.touch_combo = QComboBox(self)
            for kind in ("call", "meeting", "email", "event", "social"):
                self.touch_combo.addItem(label(kind), kind)
            form.addRow(self.tr("&How:"), self.touch_combo)
        if self.kind == "satisfaction_check":
            self.nps_spin = QSpinBox(self)
            self.nps_spin.setRange(-1, 10)
            self.nps_spin.setSpecialValueText(self.tr("no answer yet"))
            self.nps_spin.setValue(-1)
            form.addRow(self.tr("NPS &answer (0–10):"), self.nps_spin)
        if self.kind == "complaint":
            self.resolution_edit = QLineEdit(self)
            self.resolution_edit.setPlaceholderText(self.tr("Fill in to resolve the complaint now"))
            form.addRow(self.tr("&Resolution:"), self.resolution_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # (wrapped text)
        self.setMinimumWidth(460)

    def options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"note": self.note_edit.text().strip()}
        if self.touch_combo is not None:
            options["touch_kind"] = self.touch_combo.currentData()
        if self.nps_spin is not None and self.nps_spin.value() >= 0:
            options["nps"] = self.nps_spin.value()
        if self.resolution_edit is not None and self.resolution_edit.text().strip():
            options["resolution"] = self.resolution_edit.text().strip()
        return options


class SnoozeDialog(QDialog):
    """Pick the day a snoozed suggestion comes back (a week from today by default)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(qdate(today + dt.timedelta(days=1)))
        self.calendar.setSelectedDate(qdate(today + dt.timedelta(days=SNOOZE_DAYS)))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The suggestion comes back on the chosen day."), self))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def until(self) -> dt.date:
        day = self.calendar.selectedDate().toPython()
        assert isinstance(day, dt.date)
        return day
