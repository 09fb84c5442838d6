"""Small shared pieces of the inbox, insights, settings and dashboard screens.

``Banner`` is an inline message strip (what an action did, with an optional action
button such as Undo). The "nothing here" panel is ``ui.common.widgets.EmptyPanel``.
Colours derive from the palette so that light and dark themes both read well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

_TONES = {"info": "#2563eb", "success": "#16a34a", "error": "#dc2626"}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class Banner(QFrame):
    """A one-line message with an optional action button; hidden until ``show_message``.

    Signals:
        actionTriggered(): the action button (e.g. "Undo") was clicked.
    """

    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._colours: tuple[str, str] | None = None  # the tone's, as styled last
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._action = QPushButton(self)
        self._action.clicked.connect(self.actionTriggered)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Hide this message"))
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self.hide()

    def text(self) -> str:
        return self._text.text()

    def action_text(self) -> str:
        return self._action.text() if self._action.isVisible() else ""

    def show_message(self, text: str, tone: str = "info", action: str | None = None) -> None:
        base = QColor(_TONES.get(tone, _TONES["info"]))
        window = self.palette().color(QPalette.ColorRole.Window)
        # A tint of the tone over the window colour: soft on light, deep on dark themes.
        mix = 0.22 if is_dark(self) else 0.12
        tint = QColor(
            round(window.red() * (1 - mix) + base.red() * mix),
            round(window.green() * (1 - mix) + base.green() * mix),
            round(window.blue() * (1 - mix) + base.blue() * mix),
        )
        colours = (tint.name(), base.name())
        if colours != self._colours:  # restyling re-polishes every child (~10 ms at 100k)
            self._colours = colours
            self.setStyleSheet(
                f"QFrame#banner {{ background: {tint.name()}; border-left: 4px solid "
                f"{base.name()}; border-radius: 3px; }}"
            )
        self._text.setText(text)
        self._action.setVisible(action is not None)
        if action is not None:
            self._action.setText(action)
        self.show()
