"""Small shared pieces of the inbox, insights, settings and dashboard screens.

``Banner`` is an inline message strip (what an action did, with an optional action
button such as Undo). The "nothing here" panel is ``ui.common.widgets.EmptyPanel``.
Colours derive from the palette so that light and dark themes both read well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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

from ui.common.fitted_text import fit_lines

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
        self._message = ""
        self._max_lines = 0  # 0: as many lines as the text needs
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
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self.hide()

    def set_max_lines(self, lines: int) -> None:
        """Show the message in ``lines`` lines at the most (a longer one ends in "…", and
        its tip has it whole), and keep that room while hidden: showing, changing or hiding
        the message moves nothing around it."""
        self._max_lines = lines
        self._text.setWordWrap(False)  # (wrapped here, to the label's width)
        self._text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._text.installEventFilter(self)
        keep = self.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.setSizePolicy(keep)
        margins = self._layout.contentsMargins()
        lines_high = self._text.fontMetrics().lineSpacing() * lines
        self.setFixedHeight(lines_high + margins.top() + margins.bottom())

    def text(self) -> str:
        return self._message

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
            # (by its own name: a banner named otherwise, such as capture's notice, was
            # left unstyled)
            self.setStyleSheet(
                f"QFrame#{self.objectName() or 'banner'} {{ background: {tint.name()}; "
                f"border-left: 4px solid {base.name()}; border-radius: 3px; }}"
            )
        self._message = text
        self._fit()
        self._action.setVisible(action is not None)
        if action is not None:
            self._action.setText(action)
        self.show()

    def _fit(self) -> None:
        if not self._max_lines:
            self._text.setText(self._message)
            return
        width = self._text.contentsRect().width()
        shown, cut = (
            fit_lines(self._message, self._text.font(), width, self._max_lines)
            if width > 0
            else (self._message, False)
        )
        if shown != self._text.text():
            self._text.setText(shown)
        self._text.setToolTip(self._message if cut else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._text and event.type() == QEvent.Type.Resize:
            self._fit()  # (the label's width decides where the lines break)
        return super().eventFilter(watched, event)
