"""The status bar's progress strip (ui.common.workers.TaskProgress) keeps its place: work
that starts or ends repaints the strip, it does not lay the window out again (≈ 30 ms of
the UI thread at 100,000 accounts when an accept ran longer than 200 ms)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTreeView

from ui.common.workers import TaskProgress, Workers

pytestmark = pytest.mark.gui


def test_the_strip_keeps_its_place_when_work_starts_and_ends(qtbot, workers: Workers) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QTreeView())
    strip = TaskProgress(workers, window)
    message = QLabel("Opened the example business")  # what shares the status bar's row
    window.statusBar().addWidget(message, 1)
    window.statusBar().addPermanentWidget(strip)
    window.statusBar().addPermanentWidget(QLabel("60 accounts"))
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # (the status bar's own first layout)
    before = (message.geometry(), window.centralWidget().geometry())
    go = threading.Event()
    long_text = "Accept: renewal due for Van Dijk Logistiek BV " * 4
    task = workers.start(lambda _job: go.wait(10), title=long_text)
    qtbot.waitUntil(strip.isVisible)
    assert (message.geometry(), window.centralWidget().geometry()) == before
    assert strip.label.text().endswith("…") and strip.label.toolTip() == long_text
    go.set()
    qtbot.waitUntil(lambda: task.is_finished and not strip.isVisible())
    assert (message.geometry(), window.centralWidget().geometry()) == before
