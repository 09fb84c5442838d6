"""The insights screen's dialog: record that an account received an insight, and its answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.services.accounts import ContactInfo
from ui.common import formats
from ui.common.language import QT_TRANSLATE_NOOP

DETAIL_TEXT = {
    "full": QT_TRANSLATE_NOOP("Insights", "Full text"),
    "summary": QT_TRANSLATE_NOOP("Insights", "Summary"),
    "headline": QT_TRANSLATE_NOOP("Insights", "Headline"),
}


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RecordShareDialog(QDialog):
    """Record that an account (and a contact) received the insight, and what they said."""

    def __init__(
        self,
        contacts: Sequence[ContactInfo],
        recipient: Any,
        release: Any,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Record share — {account_name}").format(account_name=recipient.account_name)
        )
        self.account_id = recipient.account_id
        self.contact_combo = QComboBox(self)
        self.contact_combo.addItem(self.tr("(the account as a whole)"), None)
        for contact in contacts:
            self.contact_combo.addItem(f"{contact.name} — {contact.role.replace('_', ' ')}",
                                       contact.id)  # fmt: skip
        main = self.contact_combo.findData(recipient.contact_id)
        self.contact_combo.setCurrentIndex(max(0, main))
        self.date_edit = QDateEdit(qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setDisplayFormat(formats.date_pattern())
        level = QCoreApplication.translate(
            "Insights", DETAIL_TEXT.get(release.detail_level, release.detail_level)
        )
        discuss = self.tr(", open for discussion") if release.discussion_open else ""
        self.level_label = QLabel(
            self.tr("{level}{discuss} (the ring's version)").format(level=level, discuss=discuss),
            self,
        )
        self.early_check = QCheckBox(
            self.tr("Share before {ring_name}'s release on {release_on} (on purpose)").format(
                ring_name=release.ring_name, release_on=formats.date(release.release_on)
            ),
            self,
        )  # fmt: skip
        self.early_check.setVisible(release.release_on > today)
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setPlaceholderText(
            self.tr("What did they answer? Ideas, objections, what they want to build with you…")
        )
        self.answer_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Contact:"), self.contact_combo)
        form.addRow(self.tr("&Shared on:"), self.date_edit)
        form.addRow(self.tr("Version:"), self.level_label)
        form.addRow("", self.early_check)
        form.addRow(self.tr("&Answer:"), self.answer_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 340)

    def values(self) -> dict[str, Any]:
        return {
            "contact": self.contact_combo.currentData(),
            "on": self.date_edit.date().toPython(),
            "answer": self.answer_edit.toPlainText().strip(),
            "early": self.early_check.isVisible() and self.early_check.isChecked(),
        }
