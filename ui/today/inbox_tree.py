"""The Today inbox's list: a tree of suggestions under their groups' headings.

It claims the inbox's keys (A, S, D, Enter, Ctrl+Z…) before the window's shortcuts see
them and says which command was pressed (:mod:`ui.common.list_keys`); rows are a little
roomier than the style's minimum; columns have fixed widths; only the most urgent groups
are unfolded. What the commands do is :mod:`ui.today.inbox_actions`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ui.common import formats
from ui.common.list_keys import ClaimedKeys, Keys
from ui.common.table_models import ElidedTextTips
from ui.today.inbox_model import (
    COL_ACCOUNT,
    COL_CONTACT,
    COL_DUE,
    COL_PRIORITY,
    COL_REASON,
    SuggestionModel,
    due_text,
    priority_label,
)

# Suggestions shown unfolded at once; more stay folded under their group's heading.
EXPANDED_ROWS = 500


class _RoomyDelegate(ElidedTextTips):
    """A little more height per row than the style's minimum: easier to read and click."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


_NO = Qt.KeyboardModifier.NoModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier

#: The inbox's keys and what they ask for (:meth:`InboxActions._on_key_command`).
KEYS: dict[Keys, str] = {
    (Qt.Key.Key_A, _NO): "accept",
    (Qt.Key.Key_A, _SHIFT): "accept_details",
    (Qt.Key.Key_S, _NO): "snooze",
    (Qt.Key.Key_S, _SHIFT): "snooze_pick",
    (Qt.Key.Key_D, _NO): "dismiss",
    (Qt.Key.Key_Return, _NO): "open",
    (Qt.Key.Key_Enter, _NO): "open",
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier): "undo",
    (Qt.Key.Key_Delete, _NO): "dismiss",
}


class InboxTree(QTreeView):
    """The suggestions, one row each under their group's heading.

    ``keys.pressed(str)`` says which inbox key was pressed ("accept", "accept_details",
    "snooze", "snooze_pick", "dismiss", "open", "undo"; see :data:`KEYS`).
    """

    def __init__(self, model: SuggestionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = ClaimedKeys(self, KEYS)
        self.suggestions = model
        self.setModel(model)
        self.setObjectName("inboxTree")
        self.setUniformRowHeights(True)
        self.setItemDelegate(_RoomyDelegate(self))
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Suggestions"))
        model.modelReset.connect(self.expand_groups)

    def size_columns(self, metrics: QFontMetrics) -> None:
        """The reason takes the room left; the other columns get fixed widths for texts
        measured with ``metrics``.

        Fixed widths, not ResizeToContents: that asks every row for its text and size on
        each reset (≈ 0.7 s of UI stall after an accept at 10,000 accounts, measured). Due
        and priority are as wide as their longest text ("678 days overdue" was cut);
        account and contact names elide, with the whole name as the cell's tip.
        """
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        today = dt.date.today()
        due_samples = [due_text(today - dt.timedelta(days=999), today), self.tr("Due")]
        due_samples += [formats.date(dt.date(2026, m, 28)) for m in range(1, 13)]
        widest_due = max(metrics.horizontalAdvance(t) for t in due_samples)
        widest_priority = max(
            metrics.horizontalAdvance(t)
            for t in (self.tr("Priority"), *(priority_label(p) for p in (1, 2, 3)))
        )
        for col, width in (
            (COL_ACCOUNT, 200),
            (COL_CONTACT, 150),
            (COL_DUE, widest_due + 28),
            (COL_PRIORITY, widest_priority + 40),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)

    def expand_groups(self) -> None:
        """Open the most urgent groups, up to EXPANDED_ROWS suggestions in all; the rest
        stay folded under their heading with their count (expanding tens of thousands of
        rows stalled the window for seconds at 100,000 accounts, measured)."""
        model = self.suggestions
        shown = 0
        for row in range(model.rowCount()):  # a group's title spans the whole row
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        for row in range(model.rowCount()):
            group = model.group_index(row)
            size = model.rowCount(group)
            if shown and shown + size > EXPANDED_ROWS:
                break
            self.expand(group)
            shown += size
