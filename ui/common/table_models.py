"""A small read-only table model over a list of frozen records (one account's contacts,
its timeline, the top people...). Columns are declared once with how to show a record.

For the big account list see ``accounts_table``: that model holds ids and loads lazily.
These lists are short (one account's data), so the records themselves are the rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from ui.common import formats

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    tooltip: Callable[[Any], str | None] | None = None
    right: bool = False
    sort_key: Callable[[Any], Any] | None = None
    icon: Callable[[Any], Any] | None = None  # a QIcon / QPixmap shown before the text


def show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return formats.date(value)
    return str(value)


#: The roles ``RecordTableModel.data`` answers; a view asks each painted cell for about
#: seven, the others are answered at once (a list of thousands, Today's due tasks, is
#: painted beside every change there).
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.DecorationRole,
    }
)


class RecordTableModel(QAbstractTableModel):
    """Rows are records; ``set_records`` replaces them (a reset); sortable by any column."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return show(column.value(record))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        key = spec.sort_key or spec.value

        def safe(record: Any) -> tuple[int, Any]:
            value = key(record)
            if value is None:
                return (1, "")
            if isinstance(value, str):
                return (0, value.casefold())
            return (0, value)

        self.layoutAboutToBeChanged.emit()
        self.records.sort(key=safe, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def fit_columns(view: QTableView, padding: int = 14) -> None:
    """Size the columns to their contents, with some air (the last one stretches).

    Qt measures the first and last rows and those on screen, up to the header's precision
    (1000 by default: 1.5 s on the UI thread for Today's thousands of due tasks, measured);
    200 rows size a column as well."""
    view.horizontalHeader().setResizeContentsPrecision(200)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count() - 1):
        header.resizeSection(col, header.sectionSize(col) + padding)


class ElidedTextTips(QStyledItemDelegate):
    """A cell whose text is cut short ("Open complaint from Vera Webe…") shows its whole
    text as its tooltip, with the model's own tip below it: nothing on screen is cut
    without a way to read it."""

    def cut_text(self, view: QAbstractItemView, index: QModelIndex) -> str | None:
        """The cell's whole text when the view shows it elided, else None."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or str(text) == "":
            return None
        option = QStyleOptionViewItem()
        option.initFrom(view)
        self.initStyleOption(option, index)
        option.rect = view.visualRect(index)
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        shown = option.fontMetrics.elidedText(
            str(text), view.textElideMode(), room.width() - 2 * margin
        )
        return str(text) if shown != str(text) else None

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(index, QModelIndex):
            whole = self.cut_text(view, index)
            if whole is not None:
                own = index.data(Qt.ItemDataRole.ToolTipRole)
                tip = whole if not own or str(own) == whole else f"{whole}\n{own}"
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)


def record_view(
    model: RecordTableModel, name: str, parent: QWidget | None = None, *, sortable: bool = False
) -> QTableView:
    """A compact, read-only, row-selecting table for a RecordTableModel."""
    view = QTableView(parent)
    view.setModel(model)
    style_table(view, name, sortable=sortable)
    return view


def style_table(view: QTableView, name: str, *, sortable: bool = False) -> None:
    """The app's one look for a read-only list table (the account page's tabs, Today's
    tasks, People, …): rows selected whole, compact rows, no grid, cut texts readable in
    their tips (:class:`ElidedTextTips`), the last column stretched."""
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setItemDelegate(ElidedTextTips(view))
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if sortable:
        view.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the given order first
