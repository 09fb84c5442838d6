"""Pages that compute what they show in the background (Today, Dashboard).

One load at a time: a new load cancels the one still running (only the latest counts),
and a slim busy bar shows while it runs. The load runs on the app's one task manager
(``ops.workers``) with the open database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QProgressBar, QWidget

from ui.common.workers import BackgroundTask, Job
from ui.operations import Operations
from ui.shell.lazy_pages import Screen

if TYPE_CHECKING:
    from circlesoftrust.storage import Database


def busy_bar(parent: QWidget) -> QProgressBar:
    """A small indeterminate progress bar, hidden until a load runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumSize(120, 10)
    bar.hide()
    return bar


class LoadingView(Screen):
    """Base of a screen that loads in the background.

    Subclasses create ``self.busy`` (:func:`busy_bar`) and define ``_on_loaded`` and
    ``_on_failed``.
    """

    busy: QProgressBar

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._task: BackgroundTask | None = None

    @property
    def db(self) -> Database:
        db = self.ops.db
        assert db is not None, "a screen is shown only while a database is open"
        return db

    def _start_load(self, read: Callable[[Database], Any], title: str) -> None:
        if self._task is not None:
            self._task.cancel()  # a newer load is on its way; only the latest counts
        db = self.db

        def job(_job: Job) -> Any:
            return read(db)

        task = self.ops.workers.start(job, title=title, show_after_ms=200)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_failed)
        task.finished.connect(lambda t=task: self._on_task_finished(t))
        self._task = task
        self.busy.show()

    def _on_loaded(self, result: Any) -> None:
        raise NotImplementedError

    def _on_failed(self, exc: object) -> None:
        raise NotImplementedError

    def _on_task_finished(self, task: BackgroundTask) -> None:
        if task is self._task:
            self._task = None
            self.busy.hide()
