"""Issue 18.5: texts cut in the inbox (Today) and People on a laptop screen. At 1366×768 and
1440×900 the inbox's due dates and priorities are shown whole ("678 days overd…" was
cut), Today's tasks pane needs no sideways scrolling, and any text cut short in these lists
shows whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolTip

from circlesoftrust.storage import Database
from tests.gui.test_main_window import _open
from ui.common.table_models import ElidedTextTips
from ui.shell.main_window import MainWindow
from ui.today.inbox_model import COL_DUE, COL_PRIORITY, COL_REASON

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    return _open(qtbot, location)


def _cells(view: QAbstractItemView) -> list[QModelIndex]:
    """The cells on screen (the inbox's groups opened)."""
    model = view.model()
    out = []
    roots = [QModelIndex()]
    roots += [
        model.index(r, 0) for r in range(model.rowCount()) if model.rowCount(model.index(r, 0)) > 0
    ]
    for parent in roots:
        for row in range(model.rowCount(parent)):
            for col in range(model.columnCount(parent)):
                index = model.index(row, col, parent)
                rect = view.visualRect(index)
                if rect.isValid() and view.viewport().rect().intersects(rect):
                    out.append(index)
    return out


def _tip_at(view: QAbstractItemView, index: QModelIndex) -> str:
    QToolTip.hideText()
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_today_and_people_cut_no_text_without_a_way_to_read_it(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    window.show_page(1)
    lazy = window.lazy["today"]
    qtbot.waitUntil(lambda: lazy.page is not None, timeout=10_000)
    inbox = lazy.page
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=30_000)
    tree = inbox.tree
    tree.expandAll()
    QApplication.processEvents()
    delegate = tree.itemDelegate()
    assert isinstance(delegate, ElidedTextTips)
    cut_reasons = 0
    for index in _cells(tree):
        whole = delegate.cut_text(tree, index)
        if index.column() in (COL_DUE, COL_PRIORITY) and index.parent().isValid():
            assert whole is None, f"cut: {index.data()!r}"
        if whole is not None:
            cut_reasons += index.column() == COL_REASON
            assert _tip_at(tree, index).startswith(whole)
    assert cut_reasons > 0  # (the long reasons are cut here: their tips were checked)

    tasks = inbox.tasks_panel.table
    qtbot.waitUntil(lambda: tasks.model().rowCount() > 0, timeout=10_000)
    QApplication.processEvents()
    header = tasks.horizontalHeader()
    assert header.length() <= tasks.viewport().width()  # no sideways scrolling
    for index in _cells(tasks):
        whole = tasks.itemDelegate().cut_text(tasks, index)  # type: ignore[attr-defined]
        if index.column() == 0:
            assert whole is None, f"cut: {index.data()!r}"
        if whole is not None:
            assert _tip_at(tasks, index).startswith(whole)

    window.show_page(2)
    people = window.people_view
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=30_000)
    QApplication.processEvents()
    view = people.view
    cut = 0
    for index in _cells(view):
        whole = view.itemDelegate().cut_text(view, index)  # type: ignore[attr-defined]
        if whole is not None:
            cut += 1
            assert _tip_at(view, index).startswith(whole)
    assert cut > 0  # ("Why" is cut on a laptop screen: read in the tips)
