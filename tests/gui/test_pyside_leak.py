"""Guard against the PySide6 6.12 reference leak on ``None`` (see pyproject.toml).

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every Qt call that returns
nothing, including every ``QModelIndex.data()`` that yields no value: 2,000 tooltip lookups
lower ``sys.getrefcount(None)`` by 2,000, and a long session dies with
``Fatal Python error: none_dealloc``. 6.11.x is clean. If a dependency bump brings the bug
back, these tests fail before users crash.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

CALLS = 2_000
MARGIN = 50  # unrelated allocations may move the count a little; the bug moves it by CALLS


def test_pyside6_is_pinned_below_6_12() -> None:
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), (
        f"PySide6 {PySide6.__version__}: 6.12.0 leaks a reference to None on every Qt call "
        "that returns nothing and crashes with 'none_dealloc' (tests/gui/test_pyside_leak.py); "
        "keep 'PySide6-Essentials>=6.11,<6.12' until a fixed release is verified here"
    )


def refs_lost(model: QStandardItemModel | QAbstractTableModel) -> int:
    index = model.index(0, 0)
    assert index.isValid()
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        index.data(Qt.ItemDataRole.ToolTipRole)
    return before - sys.getrefcount(None)


class _Tiny(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return "Alder Labs" if role == Qt.ItemDataRole.DisplayRole else None


def test_empty_model_data_keeps_none_alive(qapp: object) -> None:
    model = QStandardItemModel()
    model.appendRow(QStandardItem("Alder Labs"))
    assert refs_lost(model) < MARGIN
    assert refs_lost(_Tiny()) < MARGIN
