"""Background work with progress and cancel, off the UI thread.

``Workers.start(fn, title=...)`` runs ``fn(job)`` in a private thread pool and returns a
:class:`BackgroundTask` that lives in the UI thread; its signals are always delivered
there, so slots may touch widgets. ``fn`` reports with ``job.progress(text, done, total)``
and calls ``job.check_cancelled()`` at safe points (raising :class:`Cancelled` rolls back
the service's transaction). A service call that cannot be interrupted still runs to its
end after a cancel, but its result is dropped.

Each call opens its own transactions through the services: no Session ever crosses a
thread; the same :class:`~circlesoftrust.storage.Database` may be used by several
threads because SQLAlchemy's engine pool is thread-safe.

``TaskProgress`` is the status-bar strip that shows the running task with a Cancel button.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class Job:
    """What a background function gets: progress reporting and the cancel flag."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, text: str, done: int = 0, total: int = 0) -> None:
        """Report a step; ``total == 0`` means "busy, amount unknown"."""
        self.check_cancelled()
        with contextlib.suppress(RuntimeError):  # the task handle was deleted (window closed)
            self._relay.progress.emit(text, done, total)


class _Relay(QObject):
    """Emitted from the worker thread; queued to the task handle in the UI thread."""

    progress = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    """Runs the function in a pool thread.

    Python objects must not be freed in a pool thread if they own Qt objects: the task
    handle keeps its own reference to ``fn`` (released in the UI thread), and this
    runnable drops its reference before it reports, so the last one is never here.
    """

    def __init__(self, fn: Callable[[Job], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn: Callable[[Job], Any] | None = fn
        self._job = job
        self._relay = relay

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None
        try:
            self._job.check_cancelled()
            result = fn(self._job)
            del fn
            self._job.check_cancelled()
        except Cancelled:
            self._emit(self._relay.cancelled)
        except Exception as exc:  # delivered to the UI thread and shown there
            self._emit(self._relay.failed, exc, traceback.format_exc())
        else:
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class BackgroundTask(QObject):
    """A handle on one background job, living in the UI thread.

    Signals:
        progress(str, int, int): a step's text, done and total (total 0 = unknown).
        succeeded(object): the job returned this result.
        failed(object): the job raised this exception (``details`` holds the traceback).
        cancelled(): the job stopped because the user cancelled it.
        finished(): emitted last, after any of the three outcomes.
    """

    progress = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self, title: str, cancellable: bool, parent: QObject | None = None, show_after_ms: int = 0
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.show_after_ms = show_after_ms  # quick work never flashes in the status bar
        self.cancellable = cancellable
        self.text = title
        self.done_steps = 0
        self.total_steps = 0
        self.result: Any = None
        self.error: BaseException | None = None
        self.details = ""
        self.is_finished = False
        # Anything the starter wants back in its slots (via ``sender().tag``): slots are
        # bound methods, never lambdas holding widgets (a long-lived task would keep a
        # dead widget's wrapper alive and crash when both are freed).
        self.tag: Any = None
        # A child of the handle, so it is deleted with it, in the UI thread; the worker
        # only emits before the handle finishes, never after.
        self._relay = _Relay(self)
        self.job = Job(self._relay)
        self._fn: Callable[[Job], Any] | None = None
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.job.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self.job.cancelled

    @Slot(str, int, int)
    def _on_progress(self, text: str, done: int, total: int) -> None:
        if self.is_finished:
            return
        self.text, self.done_steps, self.total_steps = text, done, total
        self.progress.emit(text, done, total)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        if self.job.cancelled:  # finished after a cancel: reported as cancelled
            self.result = result  # (kept so the owner can release it, e.g. close a database)
            self._on_cancelled()
            return
        self.result = result
        self._finish(self.succeeded, result)

    @Slot(object, str)
    def _on_failed(self, exc: object, details: str) -> None:
        if self.job.cancelled:
            self._on_cancelled()
            return
        self.error = exc if isinstance(exc, BaseException) else None
        self.details = details
        self._finish(self.failed, exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(self.cancelled)

    def _finish(self, signal: Any, *args: object) -> None:
        if self.is_finished:
            return
        self.is_finished = True
        self._fn = None  # the closure's last reference goes here, in the UI thread
        signal.emit(*args)
        self.finished.emit()


class Workers(QObject):
    """The app's background thread pool and the list of tasks that are running.

    Signals:
        taskStarted(BackgroundTask): a task began (the progress strip follows it).
        busyChanged(bool): whether any task is running.
    """

    taskStarted = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: list[BackgroundTask] = []

    @property
    def running(self) -> list[BackgroundTask]:
        return list(self._running)

    def start(
        self,
        fn: Callable[[Job], Any],
        *,
        title: str,
        cancellable: bool = False,
        tag: Any = None,
        show_after_ms: int = 0,
    ) -> BackgroundTask:
        """Run ``fn(job)`` off the UI thread; connect to the returned task's signals.

        The progress strip shows the task (when it has a title) once it has run for
        ``show_after_ms``."""
        task = BackgroundTask(title, cancellable, self, show_after_ms)
        task._fn = fn
        task.tag = tag
        self._running.append(task)
        task.finished.connect(self._on_task_finished)
        self._pool.start(_Runnable(fn, task.job, task._relay))
        self.taskStarted.emit(task)
        if len(self._running) == 1:
            self.busyChanged.emit(True)
        return task

    @Slot()
    def _on_task_finished(self) -> None:
        task = self.sender()
        if isinstance(task, BackgroundTask):
            self._forget(task)

    def _forget(self, task: BackgroundTask) -> None:
        if task in self._running:
            self._running.remove(task)
            if not self._running:
                self.busyChanged.emit(False)
        task.deleteLater()

    def when_idle(self, then: Callable[[], object], poll_ms: int = 50) -> None:
        """Call ``then`` once no task runs (e.g. to close a file no read holds any more)."""
        if not self._running:
            then()
            return
        QTimer.singleShot(poll_ms, lambda: self.when_idle(then, poll_ms))

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel()

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Cancel everything and wait for the threads (when the window closes)."""
        self.cancel_all()
        return self._pool.waitForDone(msecs)


#: The status bar's progress strip is this wide, shown or not.
STRIP_WIDTH = 360


class TaskProgress(QWidget):
    """Status-bar strip: the latest visible task's text, a progress bar and Cancel.

    Hidden while nothing runs. Only tasks started with a title are shown. Its place in the
    status bar is kept while hidden and its width is fixed (a long text is cut with "…",
    whole in its tip): showing it, hiding it or a new text then repaints the strip only.
    Laying the window out again each time took ≈ 30 ms of the UI thread at 100,000
    accounts, when an accept ran longer than 200 ms (measured).
    """

    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[BackgroundTask] = []
        self.label = QLabel(self)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this work"))
        self.cancel_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._cancel_current)
        workers.taskStarted.connect(self._on_started)
        for widget in (self, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.setFixedWidth(STRIP_WIDTH)
        self.hide()

    def _say(self, text: str) -> None:
        width = self.label.width()
        shown = (
            self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            if width > 0
            else text
        )
        self.label.setText(shown)
        self.label.setToolTip(text if shown != text else "")

    def current(self) -> BackgroundTask | None:
        return self._tasks[-1] if self._tasks else None

    def _on_started(self, task: BackgroundTask) -> None:
        if not task.title:
            return
        if task.show_after_ms > 0:
            QTimer.singleShot(task.show_after_ms, task, lambda: self._track(task))
        else:
            self._track(task)

    def _track(self, task: BackgroundTask) -> None:
        if task.is_finished:
            return
        self._tasks.append(task)
        task.progress.connect(self._show)
        task.finished.connect(self._on_finished)
        self._show()

    @Slot()
    def _on_finished(self) -> None:
        task = self.sender()
        if task in self._tasks:
            self._tasks.remove(task)
        self._show()

    def _show(self, *_args: object) -> None:
        task = self.current()
        if task is None:
            self.hide()
            return
        self._say(task.text or task.title)
        if task.total_steps > 0:
            self.bar.setRange(0, task.total_steps)
            self.bar.setValue(task.done_steps)
        else:
            self.bar.setRange(0, 0)
        self.cancel_button.setVisible(task.cancellable)
        self.show()

    def _cancel_current(self) -> None:
        task = self.current()
        if task is not None:
            task.cancel()
            self._say(self.tr("{title} — cancelling…").format(title=task.title))
