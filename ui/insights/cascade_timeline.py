"""A painted timeline of an insight's cascade: publication day, then each ring's release.

One row per ring, inner ring first. A diamond marks the day the ring may receive the
insight, labelled with its detail level; the bar after it shows how much of the ring has
received it. A dashed line marks today. Colours come from the rings and the palette,
so the widget reads well on light and dark themes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from circlesoftrust.vocabulary import word
from ui.common import formats


@dataclass(frozen=True)
class CascadeStep:
    """One ring's release of an insight, as the timeline shows it."""

    ring_name: str
    colour: str
    release_on: dt.date
    detail_level: str
    discussion_open: bool
    received: int
    members: int


_ROW_H = 34
_TOP = 34
_BOTTOM = 42
_LABEL_W = 150
_RIGHT = 24


class CascadeTimeline(QWidget):
    """Shows ``set_cascade(published_on, steps, today)``; empty text when nothing is set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._published: dt.date | None = None
        self._steps: list[CascadeStep] = []
        self._today = dt.date.today()
        self._empty_text = QCoreApplication.translate(
            "CascadeTimeline", "Publish the insight to see when each ring receives it."
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(420)
        self.setAccessibleName(
            QCoreApplication.translate("CascadeTimeline", "Insight cascade timeline")
        )

    # --- data -------------------------------------------------------------------------

    def set_cascade(
        self, published_on: dt.date | None, steps: list[CascadeStep], today: dt.date
    ) -> None:
        self._published = published_on
        self._steps = list(steps) if published_on else []
        self._today = today
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def steps(self) -> list[CascadeStep]:
        return list(self._steps)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._steps))
        return QSize(640, _TOP + rows * _ROW_H + _BOTTOM if self._steps else 90)

    # --- painting ---------------------------------------------------------------------

    def _x_for(self, day: dt.date, start: dt.date, span: int) -> float:
        width = self.width() - _LABEL_W - _RIGHT
        return _LABEL_W + width * ((day - start).days / span)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(40)
        if not self._steps or self._published is None:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return

        start = self._published
        last = max([s.release_on for s in self._steps] + [self._today, start])
        span = max(7, (last - start).days)
        span = int(span * 1.08) + 1  # room for the last label

        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() * 0.9))
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(small)
        bottom = _TOP + len(self._steps) * _ROW_H

        # Axis: publication day at the left, ticks at sensible intervals.
        painter.setFont(small)
        tick = 7 if span <= 70 else 14 if span <= 140 else 30
        for days in range(0, span + 1, tick):
            x = self._x_for(start + dt.timedelta(days=days), start, span)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, _TOP - 6), QPointF(x, bottom))
            painter.setPen(muted)
            label = self.tr("day {n}").format(n=days)
            painter.drawText(
                QRectF(x - 40, bottom + 4, 80, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        painter.setPen(text)
        painter.setFont(bold)
        painter.drawText(
            QRectF(4, 4, 400, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Published {day}").format(day=formats.date(start)),
        )

        # Today.
        if start <= self._today <= start + dt.timedelta(days=span):
            x = self._x_for(self._today, start, span)
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, _TOP - 10), QPointF(x, bottom + 4 + metrics.height()))
            painter.setFont(small)
            said = self.tr("today ({day})").format(day=formats.date(self._today))
            # As wide as the words need (longer in Dutch and German), kept inside the widget.
            wide = metrics.horizontalAdvance(said) + 8
            left = min(max(0.0, x - wide / 2), self.width() - wide)
            painter.drawText(
                QRectF(left, bottom + 4 + metrics.height(), wide, metrics.height() + 2),
                Qt.AlignmentFlag.AlignHCenter,
                said,
            )

        right = self.width() - _RIGHT
        for row, step in enumerate(self._steps):
            y = _TOP + row * _ROW_H + _ROW_H / 2
            colour = QColor(step.colour)
            # Ring label with its colour dot.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(10, y), 5, 5)
            painter.setPen(text)
            painter.setFont(base)
            name = QFontMetrics(base).elidedText(
                step.ring_name, Qt.TextElideMode.ElideRight, _LABEL_W - 30
            )
            painter.drawText(
                QRectF(22, y - 10, _LABEL_W - 26, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x = self._x_for(step.release_on, start, span)
            # Availability bar: faint for the ring, solid for the share already reached.
            track = QColor(colour)
            track.setAlpha(60)
            bar = QRectF(x, y - 4, max(0.0, right - x), 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 4, 4)
            if step.members:
                done = QRectF(bar)
                done.setWidth(bar.width() * min(1.0, step.received / step.members))
                painter.setBrush(colour)
                painter.drawRoundedRect(done, 4, 4)
            # Release marker.
            diamond = QPainterPath()
            diamond.moveTo(x, y - 8)
            diamond.lineTo(x + 8, y)
            diamond.lineTo(x, y + 8)
            diamond.lineTo(x - 8, y)
            diamond.closeSubpath()
            # Released rings get a solid marker; upcoming releases an outlined one.
            released = step.release_on <= self._today
            painter.setBrush(colour if released else pal.color(QPalette.ColorRole.Base))
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Base) if released else colour, 1.8))
            painter.drawPath(diamond)
            delay = (step.release_on - start).days
            level = word(step.detail_level) + (
                self.tr(" · discuss") if step.discussion_open else ""
            )
            when = (
                ""
                if released
                else self.tr(" · from {day}").format(day=formats.date(step.release_on))
            )
            label = self.tr("day {delay}{when} · {level} · {received}/{members} received").format(
                delay=delay, when=when, level=level, received=step.received, members=step.members
            )
            painter.setFont(small)
            painter.setPen(text)
            width = metrics.horizontalAdvance(label) + 8
            lx = x + 12 if x + 12 + width <= right else max(_LABEL_W, x - 12 - width)
            painter.drawText(
                QRectF(lx, y - _ROW_H / 2, width, _ROW_H / 2 - 3),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                label,
            )
        painter.end()
