"""A list's own keys (ui.common.list_keys): Today's inbox and its due tasks claim theirs
before the window's shortcuts; every other key still reaches the list or the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QMainWindow

from ui.common.list_keys import ClaimedKeys

pytestmark = pytest.mark.gui

NO = Qt.KeyboardModifier.NoModifier


def test_a_lists_keys_win_over_the_windows_shortcuts_and_other_keys_go_on(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    for keys in ("C", "Shift+C"):
        action = QAction(keys, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, keys=keys: fired.append(keys))
        window.addAction(action)
    view = QListView(window)
    view.setModel(QStringListModel(["first", "second", "third"], view))
    window.setCentralWidget(view)
    claimed = ClaimedKeys(view, {(Qt.Key.Key_C, NO): "complete", (Qt.Key.Key_Enter, NO): "open"})
    pressed: list[str] = []
    claimed.pressed.connect(pressed.append)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))

    qtbot.keyClick(view, Qt.Key.Key_C)  # the list's: the window's C does not fire
    assert pressed == ["complete"] and fired == []

    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)  # not the list's
    assert pressed == ["complete"] and fired == ["Shift+C"]

    qtbot.keyClick(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # keypad Enter
    assert pressed == ["complete", "open"]

    qtbot.keyClick(view, Qt.Key.Key_Down)  # the list's own keys still work
    assert view.currentIndex().row() == 1
