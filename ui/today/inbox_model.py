"""The inbox's item model: suggestions grouped by kind, most urgent group first.

A thin two-level adapter over the engine's frozen ``Suggestion`` values: group rows are
kinds, child rows are suggestions ordered by priority, then due date. The model never
touches the database; the inbox view hands it a fresh list after each engine call.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from circlesoftrust.engine.suggestions import Suggestion
from ui.common import formats
from ui.common.language import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

# How each kind reads as a group heading, in the order groups appear for equal urgency.
KIND_LABELS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("Inbox", "Open complaints"),
    "at_risk": QT_TRANSLATE_NOOP("Inbox", "At risk"),
    "promote": QT_TRANSLATE_NOOP("Inbox", "Promote"),
    "demote": QT_TRANSLATE_NOOP("Inbox", "Demote"),
    "renewal": QT_TRANSLATE_NOOP("Inbox", "Renewals coming"),
    "satisfaction_check": QT_TRANSLATE_NOOP("Inbox", "Satisfaction checks"),
    "follow_up": QT_TRANSLATE_NOOP("Inbox", "Follow-ups due"),
    "insight_due": QT_TRANSLATE_NOOP("Inbox", "Insights to share"),
    "perk_grant": QT_TRANSLATE_NOOP("Inbox", "Perks to grant"),
    "perk_withdraw": QT_TRANSLATE_NOOP("Inbox", "Perks to withdraw"),
    "referral_ask": QT_TRANSLATE_NOOP("Inbox", "Ask for a referral"),
    "widen": QT_TRANSLATE_NOOP("Inbox", "Widen single-threaded accounts"),
    "low_score": QT_TRANSLATE_NOOP("Inbox", "Low relational scores"),
    "reach_decision_maker": QT_TRANSLATE_NOOP("Inbox", "Reach the decision maker"),
    "duplicate": QT_TRANSLATE_NOOP("Inbox", "Possible duplicates"),
}

COLUMNS = (
    QT_TRANSLATE_NOOP("Inbox", "Suggestion"),
    QT_TRANSLATE_NOOP("Inbox", "Account"),
    QT_TRANSLATE_NOOP("Inbox", "Contact"),
    QT_TRANSLATE_NOOP("Inbox", "Due"),
    QT_TRANSLATE_NOOP("Inbox", "Priority"),
)
COL_REASON, COL_ACCOUNT, COL_CONTACT, COL_DUE, COL_PRIORITY = range(5)

SuggestionIdRole = Qt.ItemDataRole.UserRole + 1
AccountIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    if text is None:
        return kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("Inbox", text)


PRIORITY_LABELS = {
    1: QT_TRANSLATE_NOOP("Inbox", "High"),
    2: QT_TRANSLATE_NOOP("Inbox", "Normal"),
    3: QT_TRANSLATE_NOOP("Inbox", "Low"),
}  # the engine's 1..3


def priority_rank(priority: int) -> int:
    """Lower is more urgent (the engine's 1 high, 2 normal, 3 low)."""
    return int(priority)


def priority_label(priority: int) -> str:
    text = PRIORITY_LABELS.get(int(priority))
    return QCoreApplication.translate("Inbox", text) if text else str(priority)


def suggestion_id(s: Suggestion) -> str:
    return s.id


def contact_text(s: Suggestion) -> str:
    return s.contact_name or ""


def account_text(s: Suggestion, ring_names: Sequence[str]) -> str:
    """The account, or for a ring-level suggestion (an insight due) the ring and its count."""
    if s.account_name:
        return s.account_name
    if s.ring_position is not None and 0 <= s.ring_position < len(ring_names):
        ring = ring_names[s.ring_position]
        if not s.accounts:
            return ring
        many = (
            QCoreApplication.translate("inbox_model", "{ring} ({n} account)")
            if s.accounts == 1
            else QCoreApplication.translate("inbox_model", "{ring} ({n} accounts)")
        )
        return many.format(ring=ring, n=formats.number(s.accounts))
    return ""


def due_text(due: dt.date | None, today: dt.date) -> str:
    if due is None:
        return ""
    days = (due - today).days
    if days == 0:
        return QCoreApplication.translate("inbox_model", "today")
    if days == 1:
        return QCoreApplication.translate("inbox_model", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("inbox_model", "yesterday")
    if days < 0:
        return QCoreApplication.translate("inbox_model", "{n} days overdue").format(n=-days)
    return formats.date(due)


# Rows a group shows at most, its most urgent first (the heading counts them all). The
# rest move up as the user works through these. The tree lays every shown row of an open
# group out again after each accept: 5,000 rows took ≈ 60–130 ms of the UI thread.
SHOWN_PER_GROUP = 500


@dataclass
class _Group:
    kind: str
    items: list[Any] = field(default_factory=list)
    shown: int = 0  # rows the view knows of: min(len(items), SHOWN_PER_GROUP)
    # Each item's account, row for row: finding an account's rows after a change is then
    # one scan in C (reading account_id off 150,000 suggestions took ≈ 10 ms each time).
    owners: list[Any] = field(default_factory=list)

    def drop(self, row: int) -> None:
        del self.items[row]
        del self.owners[row]

    def put(self, row: int, s: Suggestion) -> None:
        self.items.insert(row, s)
        self.owners.insert(row, s.account_id)

    @property
    def rank(self) -> tuple[int, int]:
        best = min(s.priority for s in self.items)
        order = list(KIND_LABELS).index(self.kind) if self.kind in KIND_LABELS else 99
        return best, order


def _item_key(s: Suggestion) -> tuple[int, dt.date, str]:
    return s.priority, s.due_on, s.account_name or ""


_ID = operator.attrgetter("id")
_ACCOUNT = operator.attrgetter("account_id")


def group_suggestions(suggestions: Sequence[Suggestion]) -> list[_Group]:
    """Suggestions by kind, the kinds by their most urgent item, each kind's items by
    priority, due day and account (plain Python: safe in a worker thread)."""
    by_kind: dict[str, _Group] = {}
    for s in suggestions:
        by_kind.setdefault(s.kind, _Group(s.kind)).items.append(s)
    for group in by_kind.values():
        group.items = _sorted_items(group.items)
        group.owners = list(map(_ACCOUNT, group.items))
    return sorted(by_kind.values(), key=lambda g: g.rank)


#: Suggestions sorted in one call; longer groups are sorted in runs of this many, merged
#: in Python. Sorting a 62,000-item group at once was one call that held the interpreter
#: ≈ 50 ms at 100,000 accounts (the UI thread waited: measured); the merge hands it over
#: as it goes. The order is the same (the merge is stable, as the sort is).
SORT_RUN = 2000


def _sorted_items(items: list[Suggestion]) -> list[Suggestion]:
    if len(items) <= SORT_RUN:
        return sorted(items, key=_item_key)
    runs = [
        sorted(items[start : start + SORT_RUN], key=_item_key)
        for start in range(0, len(items), SORT_RUN)
    ]
    return list(heapq.merge(*runs, key=_item_key))


def _rows_of(owners: list[Any], account_id: int) -> list[int]:
    """The rows of ``account_id``'s suggestions (``owners``: each row's account), found in
    C (a Python scan of 150,000 suggestions took ≈ 20 ms of the UI thread after each accept
    at 100k)."""
    rows: list[int] = []
    start = 0
    while True:
        try:
            start = owners.index(account_id, start)
        except ValueError:
            return rows
        rows.append(start)
        start += 1


_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
#: The roles ``data`` answers; the view asks each painted cell for about seven, and the
#: others (decoration, alignment, check state, background) are answered at once.
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        SuggestionIdRole,
        AccountIdRole,
        KindRole,
    }
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class SuggestionModel(QAbstractItemModel):
    """Kinds as top-level rows, suggestions as their children (internalId = group + 1)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._today = dt.date.today()
        self._ring_names: list[str] = []

    # --- feeding -----------------------------------------------------------------------

    def set_groups(
        self, groups: list[_Group], today: dt.date, ring_names: Sequence[str] = ()
    ) -> list[_Group]:
        """Show suggestions grouped by :func:`group_suggestions` (which the screen runs off
        the UI thread: grouping and sorting 150,000 suggestions took seconds there).

        Returns the groups shown before: the caller lets go of them off the UI thread
        (freeing 150,000 suggestions here took 0.06–0.46 s at 100,000 accounts)."""
        self.beginResetModel()
        self._today = today
        self._ring_names = list(ring_names)
        for group in groups:
            group.shown = min(len(group.items), SHOWN_PER_GROUP)
            if len(group.owners) != len(group.items):
                group.owners = list(map(_ACCOUNT, group.items))
        old, self._groups = self._groups, groups
        self.endResetModel()
        return old

    def ring_names(self) -> list[str]:
        return list(self._ring_names)

    def suggestion_count(self) -> int:
        return sum(len(g.items) for g in self._groups)

    def kinds(self) -> list[str]:
        return [g.kind for g in self._groups]

    def suggestion_at(self, index: Index) -> Suggestion | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group.items[index.row()] if index.row() < len(group.items) else None

    def index_of(self, sid: object) -> QModelIndex:
        """The row of the suggestion ``sid`` if the view shows it (only a group's first
        SHOWN_PER_GROUP are), else an invalid index. Only the shown rows are looked at:
        scanning all 150,000 suggestions for one no longer there (just accepted) took
        10–20 ms of the UI thread at 100,000 accounts (measured)."""
        found = self._find(sid, shown_only=True)
        if found is None:
            return QModelIndex()
        return self.createIndex(found[1], 0, found[0] + 1)

    def _find(self, sid: object, *, shown_only: bool = False) -> tuple[int, int] | None:
        """The group and position of the suggestion ``sid``: the shown rows first (where
        the user works), then, unless ``shown_only``, the rest. Its kind's group goes
        first (ids start with the kind: "promote:acc:42"); ids are compared in C."""
        prefix = sid.split(":", 1)[0] if isinstance(sid, str) else None
        order = sorted(range(len(self._groups)), key=lambda g: self._groups[g].kind != prefix)
        for g in order:
            group = self._groups[g]
            ids = list(map(_ID, group.items[: group.shown]))
            if sid in ids:
                return g, ids.index(sid)
        if shown_only:
            return None
        for g in order:
            group = self._groups[g]
            ids = list(map(_ID, group.items[group.shown :]))
            if sid in ids:
                return g, group.shown + ids.index(sid)
        return None

    def first_suggestion_index(self) -> QModelIndex:
        if not self._groups:
            return QModelIndex()
        return self.createIndex(0, 0, 1)

    def group_index(self, row: int) -> QModelIndex:
        return self.createIndex(row, 0, 0)

    def remove_suggestion(self, sid: object) -> QModelIndex:
        """Drop one suggestion; returns the index that should become current next."""
        found = self._find(sid)
        if found is None:
            return QModelIndex()
        g, row = found
        group = self._groups[g]
        if row >= group.shown:
            group.drop(row)  # (not shown: the view never knew of it)
            self._heading_changed(g)
            return QModelIndex()
        if len(group.items) == 1:
            self.beginRemoveRows(QModelIndex(), g, g)
            del self._groups[g]
            self.endRemoveRows()
            if g < len(self._groups):
                return self.createIndex(0, 0, g + 1)
            if self._groups:
                last = len(self._groups) - 1
                return self.createIndex(self._groups[last].shown - 1, 0, last + 1)
            return QModelIndex()
        self._remove_row(g, row)
        self._heading_changed(g)
        return self.createIndex(min(row, group.shown - 1), 0, g + 1)

    def _heading_changed(self, g: int) -> None:
        self.dataChanged.emit(self.createIndex(g, 0, 0), self.createIndex(g, 0, 0))

    def _remove_row(self, g: int, row: int) -> None:
        """Drop the group's item at ``row``; a row not shown yet moves up into view."""
        group = self._groups[g]
        if row >= group.shown:
            group.drop(row)
            return
        parent = self.createIndex(g, 0, 0)
        self.beginRemoveRows(parent, row, row)
        group.drop(row)
        group.shown -= 1
        self.endRemoveRows()
        if group.shown < min(len(group.items), SHOWN_PER_GROUP):
            self.beginInsertRows(parent, group.shown, group.shown)
            group.shown += 1
            self.endInsertRows()

    def _insert_row(self, g: int, row: int, s: Suggestion) -> None:
        """Put ``s`` at ``row``; past the shown rows it waits unseen, and a row pushed
        past them leaves the view."""
        group = self._groups[g]
        if row > group.shown or (row == group.shown and group.shown >= SHOWN_PER_GROUP):
            group.put(row, s)
            return
        parent = self.createIndex(g, 0, 0)
        self.beginInsertRows(parent, row, row)
        group.put(row, s)
        group.shown += 1
        self.endInsertRows()
        if group.shown > SHOWN_PER_GROUP:
            last = group.shown - 1
            self.beginRemoveRows(parent, last, last)
            group.shown -= 1
            self.endRemoveRows()

    def replace_account(self, account_id: int, fresh: Sequence[Suggestion]) -> None:
        """This account's suggestions were read again: drop its old ones, put ``fresh``
        into their groups in order (a group is made, last, for a kind not shown yet; the
        next whole pass puts it in its place)."""
        for g in range(len(self._groups) - 1, -1, -1):
            group = self._groups[g]
            rows = _rows_of(group.owners, account_id)
            if len(rows) == len(group.items):
                self.beginRemoveRows(QModelIndex(), g, g)
                del self._groups[g]
                self.endRemoveRows()
                continue
            for row in reversed(rows):
                self._remove_row(g, row)
        for s in fresh:
            found = next((i for i, group in enumerate(self._groups) if group.kind == s.kind), None)
            if found is None:
                end = len(self._groups)
                self.beginInsertRows(QModelIndex(), end, end)
                self._groups.append(_Group(s.kind, [s], shown=1, owners=[s.account_id]))
                self.endInsertRows()
                continue
            items = self._groups[found].items
            row = bisect.bisect_right(items, _item_key(s), key=_item_key)
            self._insert_row(found, row, s)
        if self._groups:
            last = len(self._groups) - 1
            right = len(COLUMNS) - 1
            self.dataChanged.emit(self.createIndex(0, 0, 0), self.createIndex(last, right, 0))

    # --- Qt model API ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= self._groups[g].shown:
            return QModelIndex()
        return self.createIndex(row, column, g + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._groups[parent.row()].shown
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        # (asked thousands of times when the current item moves: no enum arithmetic here)
        return _ITEM_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("Inbox", COLUMNS[section])
                if 0 <= section < len(COLUMNS)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        s = self.suggestion_at(index)
        if s is None:
            return None
        return self._item_data(s, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_REASON:
            return f"{kind_label(group.kind)}  ({len(group.items)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == KindRole:
            return group.kind
        return None

    def _item_data(self, s: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_REASON:
                return s.reason[:1].upper() + s.reason[1:]
            if column == COL_ACCOUNT:
                return account_text(s, self._ring_names)
            if column == COL_CONTACT:
                return contact_text(s)
            if column == COL_DUE:
                return due_text(s.due_on, self._today)
            if column == COL_PRIORITY:
                return priority_label(s.priority)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not s.action:
                return s.reason
            return QCoreApplication.translate("Inbox", "{reason}\nAccepting: {action}").format(
                reason=s.reason, action=s.action
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DUE and s.due_on < self._today:
                return QColor("#dc2626") if _light() else QColor("#f87171")
            if column == COL_PRIORITY and s.priority == 1:
                return QColor("#b45309") if _light() else QColor("#fbbf24")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_REASON:
            return f"{kind_label(s.kind)}: {s.reason}"
        if role == SuggestionIdRole:
            return s.id
        if role == AccountIdRole:
            return s.account_id
        if role == KindRole:
            return s.kind
        return None


def _light() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128
