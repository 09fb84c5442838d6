"""Parts of the account page: the score card and the keyboard-first touchpoint form.

The touchpoint form is built for speed: Ctrl+T puts the cursor in "kind" (type the first
letter: m, c, e…), Tab to the contact (type a few letters), Tab to the note, Enter saves.
The form keeps kind and contact for the next entry of the same account and clears the
note; another account starts afresh.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.vocabulary import Direction, TouchpointKind, component_label
from ui.common import formats
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
        self.score_label.setAccessibleName(self.tr("Trust score"))
        caption = muted(self.tr("trust score"), self)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """At least as tall as the wrapped explanations need at the card's width: the page's
        scroll area sizes its content by minimum heights, which know nothing of a height
        for a width, and would squeeze long explanations on top of each other."""
        layout = self.layout()
        width = self.width()
        if layout is None or width <= 0:
            return
        need = layout.totalHeightForWidth(width)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _clear(self) -> None:
        for widget in self._rows:
            self.components.removeWidget(widget)
            widget.hide()  # (gone from the card now, deleted once the event loop runs)
            widget.deleteLater()
        self._rows = []

    def show_score(self, score: Any | None, state: str, ring_names: dict[int, str]) -> None:
        """``state``: the store's analysis state ("ready", "loading", "kept" while the last
        pass's numbers show, "unavailable" when the pass failed)."""
        self._clear()
        if score is None:
            scoring = state in ("loading", "kept")
            self.score_label.setText("…" if scoring else "—")
            self.target_label.setText(
                self.tr("Scoring…")
                if scoring
                else self.tr("The score could not be computed (see the message).")
            )
            return
        self.score_label.setText(formats.score(float(score.score)))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, c in enumerate(score.components):
            name = QLabel(component_label(str(c.name)), self)
            name.setFont(bold)
            points = QLabel(formats.points(float(c.points)), self)
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            points.setToolTip(
                self.tr("weight {weight}, value {value}").format(
                    weight=formats.number(c.weight), value=formats.number(round(c.value, 1))
                )
            )
            why = muted(str(c.explanation), self)
            for col, widget in enumerate((name, points, why)):
                self.components.addWidget(widget, row, col)
                self._rows.append(widget)
        self.components.setColumnStretch(2, 1)
        self._fit_height()
        target = getattr(score, "target_ring_position", None)
        current = getattr(score, "current_ring_position", None)
        if target is None or target == current:
            self.target_label.setText(self.tr("The score fits the ring the account is in."))
        else:
            text = (
                self.tr("The score points to {ring} — a promotion is suggested.")
                if target < current
                else self.tr("The score points to {ring} — a move outwards is suggested.")
            )
            self.target_label.setText(text.format(ring=ring_names.get(target, target)))
        # Lay the new lines out now (not on a later pass): until then the card showed them
        # piled on top of each other, and the page around it kept the old height.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.updateGeometry()


class KindChoice(QComboBox):
    """The touchpoint kind, picked by typing: the first kind whose name starts with the
    letters typed in a row ("c" is always Call, "co" Complaint), never the next match
    after the current one (Qt's default cycled "c" on Call to Complaint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if not (plain and text and text.isprintable() and not text.isspace()):
            self._typed = ""
            super().keyPressEvent(event)
            return
        fresh = (
            not self._clock.isValid()
            or self._clock.elapsed() > QApplication.keyboardInputInterval()
        )
        self._clock.restart()
        typed = text if fresh else self._typed + text
        for candidate in (typed, text):  # a new first letter starts a new search
            index = next(
                (
                    i
                    for i in range(self.count())
                    if self.itemText(i).casefold().startswith(candidate.casefold())
                ),
                -1,
            )
            if index >= 0:
                self._typed = candidate
                self.setCurrentIndex(index)
                break
        event.accept()


class ElidedChoice(QComboBox):
    """A combo that elides a long choice ("Marie-Claire Vandenbroucke (Decision…") and
    shows it whole as its tip, instead of cutting it mid-word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 2
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class TouchpointForm(QFrame):
    """Kind, contact, note, Enter to save (direction and date are optional details).

    Tab goes kind → contact → note → Log → direction → date, as the F1 sheet says.

    Signals:
        submitted(dict): the user pressed Enter / Save with these values
            (kind, direction, contact, on, note); the page saves them.
    """

    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = KindChoice(self)
        for kind in TOUCH_KINDS:
            self.kind.addItem(label(kind), kind)
        self.kind.setAccessibleName(self.tr("Touchpoint kind"))
        self.kind.setToolTip(self.tr("Type the first letter: m meeting, c call, e e-mail…"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.contact = ElidedChoice(self)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setMinimumContentsLength(12)
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What happened? Enter saves"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save = QPushButton(self.tr("Log"), self)
        self.save.setToolTip(self.tr("Save the touchpoint (Enter)"))
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Usual direction"), None)
        for d in Direction:
            self.direction.addItem(label(d.value), d.value)
        self.direction.setAccessibleName(self.tr("Direction"))
        self.direction.setToolTip(
            self.tr("Meetings and calls default to two-way, e-mails to outbound")
        )
        self.direction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(formats.date_pattern())
        self.date.setAccessibleName(self.tr("Date"))
        title = section_title(self.tr("Log a touchpoint  (Ctrl+T)"), self)
        title.setWordWrap(True)  # (longer in German: it wraps instead of widening the page)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.direction)
        head.addWidget(self.date)
        row1 = QHBoxLayout()
        row1.addWidget(self.kind)
        row1.addWidget(self.contact, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.note, 1)
        row2.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(row1)
        layout.addLayout(row2)
        chain = (self.kind, self.contact, self.note, self.save, self.direction, self.date)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
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
        self.contact.addItem(self.tr("No particular contact"), None)
        for m in members:
            role = f" ({label(m.role)})" if m.role and m.role != "other" else ""
            self.contact.addItem(f"{m.name}{role}", m.contact_id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(current)))

    def new_account(self) -> None:
        """Another account is shown: start afresh (kind, direction, date, note)."""
        self.kind.setCurrentIndex(0)
        self.direction.setCurrentIndex(0)
        self.note.clear()
        self.reset_date()

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
