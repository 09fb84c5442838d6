"""Item models of the insights screen: the insight list, and per ring who received / is due.

Each is a thin adapter over the frozen values the insights service returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.common import formats

Index = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


def insight_status(info: Any, today: dt.date) -> str:
    published = getattr(info, "published_on", None)
    if published is None:
        return QCoreApplication.translate("insights_models", "Draft")
    if published > today:
        return QCoreApplication.translate("insights_models", "Scheduled for {day}").format(
            day=formats.date(published)
        )
    return QCoreApplication.translate("insights_models", "Published {day}").format(
        day=formats.date(published)
    )


class InsightListModel(QAbstractListModel):
    """Insights, newest first; the status line is drawn by :class:`InsightDelegate`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._today = dt.date.today()

    def set_insights(self, items: Sequence[Any], today: dt.date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def insight_at(self, row: int) -> Any | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, insight_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.id == insight_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.insight_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == StatusRole:
            return insight_status(item, self._today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return getattr(item, "headline", "") or item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}, {insight_status(item, self._today)}"
        if role == IdRole:
            return item.id
        return None


class InsightDelegate(QStyledItemDelegate):
    """Two lines per insight: the title, and its status in a muted colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.lineSpacing() * 2 + 14
        return QSize(option.rect.width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = opt.palette.color(role)
        muted = QColor(text)
        muted.setAlpha(170)
        rect = opt.rect.adjusted(10, 6, -8, -6)
        line = opt.fontMetrics.lineSpacing()
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        title = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width(),
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(opt.font)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            0,
            str(index.data(StatusRole) or ""),
        )
        painter.restore()
