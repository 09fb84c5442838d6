"""Small building blocks shared by the shell's screens: headings, empty states, chips.

Colours come from the palette (or a ring's own colour with a readable text colour on
top), so light and dark themes both read well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.35) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Secondary text in the palette's soft text colour; follows a theme switch."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG luminance)."""

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.red())
        + 0.7152 * channel(background.green())
        + 0.0722 * channel(background.blue())
    )
    return QColor("#111111") if lum > 0.4 else QColor("#ffffff")


class Chip(QLabel):
    """A small rounded label in a colour (a ring's name on the account page)."""

    def set_chip(self, text: str, colour: str) -> None:
        bg = QColor(colour)
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ background: {bg.name()}; color: {text_on(bg).name()};"
            " border-radius: 9px; padding: 2px 10px; font-weight: 600; }"
        )


class EmptyPanel(QWidget):
    """Centred title and hint, with up to three buttons, for an empty or loading view
    (every screen's one "nothing here" / "loading" panel).

    Signals:
        buttonClicked(str): the key of the button the user clicked.
    """

    buttonClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, title: str = "", hint: str = "") -> None:
        super().__init__(parent)
        self.title = heading(title, self, scale=1.25)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = muted(hint, self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self._buttons_row = QHBoxLayout()
        self._buttons_row.addStretch(1)
        self._buttons_row.addStretch(1)
        self._buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addLayout(self._buttons_row)
        layout.addStretch(3)

    def set_text(
        self, title: str, hint: str = "", buttons: tuple[tuple[str, str], ...] = ()
    ) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        for button in self._buttons:
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for key, label in buttons:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, k=key: self.buttonClicked.emit(k))
            self._buttons_row.insertWidget(self._buttons_row.count() - 1, button)
            self._buttons.append(button)
