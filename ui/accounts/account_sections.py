"""Parts of the account page: the score card and the keyboard-first touchpoint form.

The touchpoint form is built for speed: Ctrl+T puts the cursor in "kind" (type the first
letter: m, c, e…), Tab to the contact (type a few letters), Tab to the note, Enter saves.
The form keeps kind and contact for the next entry and clears the note.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.vocabulary import Direction, TouchpointKind
from ui.common.dialogs import label
from ui.common.widgets import heading, muted, section_title

# The everyday kinds first; purchase/referral/complaint/feedback have their own records.
TOUCH_KINDS = (
    "meeting",
    "call",
    "email",
    "event",
    "social",
    "support",
    *(
        k.value
        for k in TouchpointKind
        if k.value not in ("meeting", "call", "email", "event", "social", "support")
    ),
)

if TYPE_CHECKING:
    from circlesoftrust.overview import GroupMember


class ScoreCard(QFrame):
    """The trust score, the ring it points to, and each component's contribution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.score_label = heading("—", self, scale=2.0)
        self.score_label.setMinimumWidth(
            self.score_label.fontMetrics().horizontalAdvance("100") + 12
        )
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score_label.setAccessibleName("Trust score")
        caption = muted("trust score", self)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.target_label = muted("", self)
        self.components = QGridLayout()
        self.components.setHorizontalSpacing(10)
        self.components.setVerticalSpacing(2)
        left = QVBoxLayout()
        left.addWidget(self.score_label)
        left.addWidget(caption)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.components)
        right.addWidget(self.target_label)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(left)
        layout.addSpacing(8)
        layout.addLayout(right, 1)
        self._rows: list[QWidget] = []

    def _clear(self) -> None:
        for widget in self._rows:
            self.components.removeWidget(widget)
            widget.deleteLater()
        self._rows = []

    def show_score(self, score: Any | None, state: str, ring_names: dict[int, str]) -> None:
        """``state``: "ready", "loading" or "unavailable" (the engine has not landed)."""
        self._clear()
        if score is None:
            self.score_label.setText("…" if state == "loading" else "—")
            self.target_label.setText(
                "Scoring…"
                if state == "loading"
                else "The trust score appears here once the trust engine is installed."
            )
            return
        self.score_label.setText(f"{round(float(score.score))}")
        bold = QFont(self.font())
        bold.setBold(True)
        for row, c in enumerate(score.components):
            name = QLabel(label(str(c.name)), self)
            name.setFont(bold)
            points = QLabel(f"{float(c.points):+.0f}", self)
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            points.setToolTip(f"weight {c.weight}, value {c.value}")
            why = muted(str(c.explanation), self)
            for col, widget in enumerate((name, points, why)):
                self.components.addWidget(widget, row, col)
                self._rows.append(widget)
        self.components.setColumnStretch(2, 1)
        target = getattr(score, "target_ring_position", None)
        current = getattr(score, "current_ring_position", None)
        if target is None or target == current:
            self.target_label.setText("The score fits the ring the account is in.")
        else:
            direction = "promotion" if target < current else "a move outwards"
            self.target_label.setText(
                f"The score points to {ring_names.get(target, target)} — {direction} is suggested."
            )


class TouchpointForm(QFrame):
    """Kind, contact, note, Enter to save.

    Signals:
        submitted(dict): the user pressed Enter / Save with these values
            (kind, direction, contact, on, note); the page saves them.
    """

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = QComboBox(self)
        for kind in TOUCH_KINDS:
            self.kind.addItem(label(kind), kind)
        self.kind.setAccessibleName("Touchpoint kind")
        self.direction = QComboBox(self)
        self.direction.addItem("Default direction", None)
        for d in Direction:
            self.direction.addItem(label(d.value).replace("Two way", "Two-way"), d.value)
        self.direction.setAccessibleName("Direction")
        self.direction.setToolTip("Meetings and calls default to two-way, e-mails to outbound")
        self.contact = QComboBox(self)
        self.contact.setAccessibleName("Contact")
        self.contact.setMinimumContentsLength(14)
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName("Date")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText("What happened? Enter saves")
        self.note.setAccessibleName("Note")
        self.save = QPushButton("Log", self)
        self.save.setToolTip("Save the touchpoint (Enter)")
        title = section_title("Log a touchpoint  (Ctrl+T)", self)
        row1 = QHBoxLayout()
        row1.addWidget(self.kind)
        row1.addWidget(self.contact, 1)
        row1.addWidget(self.direction)
        row1.addWidget(self.date)
        row2 = QHBoxLayout()
        row2.addWidget(self.note, 1)
        row2.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.note.returnPressed.connect(self._submit)
        self.save.clicked.connect(self._submit)
        self.reset_date()

    def reset_date(self) -> None:
        today = dt.date.today()
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))

    def set_contacts(self, members: list[GroupMember]) -> None:
        current = self.contact.currentData()
        self.contact.clear()
        self.contact.addItem("No particular contact", None)
        for m in members:
            role = f" ({label(m.role)})" if m.role and m.role != "other" else ""
            self.contact.addItem(f"{m.name}{role}", m.contact_id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(current)))

    def start(self) -> None:
        """Ctrl+T: the cursor goes to "kind"; type a letter, Tab, Tab, note, Enter."""
        self.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def values(self) -> dict[str, Any]:
        d = self.date.date()
        return {
            "kind": self.kind.currentData(),
            "direction": self.direction.currentData(),
            "contact": self.contact.currentData(),
            "on": dt.date(d.year(), d.month(), d.day()),
            "note": self.note.text(),
        }

    def _submit(self) -> None:
        self.submitted.emit(self.values())

    def saved(self) -> None:
        """After a successful save: ready for the next one."""
        self.note.clear()
        self.direction.setCurrentIndex(0)
        self.reset_date()
        self.note.setFocus()
