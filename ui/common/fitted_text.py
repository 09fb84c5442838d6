"""Text kept to a fixed number of lines, so that what lies around it never moves.

:func:`fit_lines` wraps a text to a width in a number of lines at the most, ending in "…"
when it was longer. :class:`FittedText` is a label of a fixed height, so many lines of its
own font, that shows a few parts of a text (say a reason, a line of facts and what an
action does), each wrapped and cut to the room it gets; its tip holds the whole text
whenever any of it was cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def _line_spans(text: str, font: QFont, width: int, most: int) -> list[tuple[int, int]]:
    """Where the lines of ``text`` wrapped to ``width`` start and how long they are (one
    more than ``most`` when the text needs more)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while len(lines) <= most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return lines


def fit_lines(text: str, font: QFont, width: int, most: int) -> tuple[str, bool]:
    """``text`` wrapped at word boundaries to ``width`` pixels, in ``most`` lines at the
    most (joined by newlines); the last line ends in "…" when the text was longer. Also
    says whether it was cut."""
    lines = _line_spans(text, font, width, most)
    kept = [text[start : start + length].rstrip() for start, length in lines[:most]]
    cut = len(lines) > most
    if cut:
        rest = text[lines[most - 1][0] :]
        kept[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return "\n".join(kept), cut


def share_lines(needs: Sequence[int], room: int) -> list[int]:
    """How many of ``room`` lines each part gets, given the lines each needs: all it needs
    when everything fits; otherwise one line each, and the rest to the parts in order (the
    first gets all it needs first). Parts past the room get none."""
    if sum(needs) <= room:
        return list(needs)
    shares = [1 if i < room else 0 for i in range(len(needs))]
    spare = room - sum(shares)
    for i, need in enumerate(needs):
        more = max(0, min(need - shares[i], spare))
        shares[i] += more
        spare -= more
    return shares


class FittedText(QLabel):
    """Plain text in a fixed room of ``lines`` lines of the label's own font (so it holds
    in every language and at every font size): changing the text never changes its
    height, and whatever lies below it stays put.

    The text comes in parts (:meth:`set_parts`), each starting on a new line. When they
    need more lines than the room holds, every part keeps a line and the earlier parts
    get the rest; a part cut short ends in "…", and the tip and the accessible
    description hold the whole text.
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._parts: list[str] = []
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)  # (wrapped here, to the width)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # (any width: a long line is cut, it never widens the window)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._keep_height()

    def set_parts(self, parts: Sequence[str]) -> None:
        """Show ``parts`` (empty ones are left out), each from a new line."""
        self._parts = [p for p in parts if p]
        self._fit()

    def whole_text(self) -> str:
        """All the parts, uncut, one to a line."""
        return "\n".join(self._parts)

    def is_cut(self) -> bool:
        return bool(self.toolTip())

    def _keep_height(self) -> None:
        margins = self.contentsMargins()
        # (as drawn: each line's height is rounded up, a pixel more than lineSpacing())
        sample = "\n".join(["Ág"] * self._lines)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        drawn = self.fontMetrics().boundingRect(QRect(0, 0, 100_000, 100_000), flags, sample)
        high = drawn.height() + 2 * self.margin()
        self.setFixedHeight(high + margins.top() + margins.bottom())

    def _fit(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        whole = self.whole_text()
        if width <= 0 or not self._parts:
            shown, cut = whole, False
        else:
            font = self.font()
            needs = [len(_line_spans(p, font, width, self._lines)) for p in self._parts]
            shares = share_lines(needs, self._lines)
            pairs = zip(self._parts, shares, strict=True)
            fitted = [fit_lines(p, font, width, share) for p, share in pairs if share]
            shown = "\n".join(text for text, _ in fitted)
            cut = any(c for _, c in fitted) or len(fitted) < len(self._parts)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(whole if cut else "")
        self.setAccessibleDescription(whole if cut else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # (the width decides where the lines break)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_height()
            self._fit()
