"""Pages that compute what they show in the background (Today, Dashboard).

One load at a time: a new load cancels the one still running (only the latest counts),
and a slim busy bar shows while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QProgressBar, QWidget

from ui.common.workers import BackgroundTask, Job, Workers


def busy_bar(parent: QWidget) -> QProgressBar:
    """A small indeterminate progress bar, hidden until a load runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumSize(120, 10)
    bar.hide()
    return bar


class LoadingView(QWidget):
    """Base of a page that loads in the background.

    Subclasses create ``self.workers``, ``self.busy`` (:func:`busy_bar`) and
    ``self._task = None``, and define the slots ``_on_loaded`` and ``_on_failed``.
    """

    workers: Workers
    busy: QProgressBar
    _task: BackgroundTask | None

    def _start_load(self, job: Callable[[Job], Any], title: str) -> None:
        if self._task is not None:
            self._task.cancel()  # a newer load is on its way; only the latest counts
        task = self.workers.start(job, title=title)
        task.succeeded.connect(self._on_loaded)  # type: ignore[attr-defined]
        task.failed.connect(self._on_failed)  # type: ignore[attr-defined]
        task.finished.connect(lambda t=task: self._on_task_finished(t))
        self._task = task
        self.busy.show()

    def _on_task_finished(self, task: BackgroundTask) -> None:
        if task is self._task:
            self._task = None
            self.busy.hide()
