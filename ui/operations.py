"""The one door from the window to the core (Anki's ``CollectionOp`` / ``QueryOp``).

Every screen reaches the database through :class:`Operations`, never directly:

- ``run_query(fn, on_done)`` runs ``fn(db)`` (service reads) off the UI thread and hands
  the result to ``on_done`` in the UI thread.
- ``run_op(label, fn, on_done)`` runs ``fn(db)`` (service writes) off the UI thread
  through :func:`circlesoftrust.operations.perform`, one at a time in the order asked, puts
  its undo on the window's one :class:`QUndoStack` under ``label``, and emits
  ``changed(Changes, initiator)`` once; every view refreshes only what the change touched.
- ``run_long_op(label, fn, on_done)`` is ``run_op`` for long writes (an import, a
  restore of an export): ``fn(db, job)`` reports ``job.progress(...)``, which reaches the
  ticket's ``progress`` signal, and the ticket's ``cancel()`` stops it at its next
  ``job.check_cancelled()`` (its transaction is rolled back; the ticket says ``cancelled``).
- ``undo()`` / ``redo()`` apply the core's undo entries the same way, so account edits and
  inbox accepts share one history whose entries name what they undo.

Errors are shown in the standard dialog (``show_error``) unless the caller takes them
(``on_failed``, e.g. a form that keeps itself open with the message). Work that takes
longer than :data:`PROGRESS_AFTER_MS` shows in the status bar's progress strip (the
shared :class:`~ui.common.workers.Workers` pool is the app's one task manager).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.common.dialogs import show_error
from ui.common.workers import BackgroundTask, Job, Workers

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes, OpResult, Undo
    from circlesoftrust.storage import Database
    from ui.shell.store_pass import EnginePasses

T = TypeVar("T")

PROGRESS_AFTER_MS = 200


class NoDatabase(RuntimeError):
    """An operation was asked for while no database is open."""


class _UndoCommand(QUndoCommand):
    """One entry of the history; the work is done by :class:`Operations`, not here."""

    def __init__(self, entry: Undo) -> None:
        super().__init__(entry.label)
        self.entry = entry

    # QUndoStack calls these when its index moves; Operations moves it only after the
    # core has undone / redone the entry (off the UI thread), so they have nothing to do.
    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass


@dataclass
class _Queued:
    title: str
    run: Callable[[Job], object]
    succeeded: Callable[[object], None]
    failed: Callable[[BaseException, str], None]
    ticket: Ticket[object] | None = None


class Ticket(QObject, Generic[T]):
    """What ``run_op`` / ``run_query`` return: signals for the one caller that asked.

    Signals:
        done(object): the result (after the door pushed the undo and emitted ``changed``).
        failed(object): the exception (shown already unless the caller passed on_failed).
        progress(str, int, int): a long write's step: text, done, total (0 = unknown).
        cancelled(): the write stopped on ``cancel()``; nothing of it was kept.
    """

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None  # set once the work has started
        self.cancel_asked = False

    def cancel(self) -> None:
        """Stop the work: before it starts it never runs; a running one stops at its next
        check (``job.check_cancelled()``) and its transaction is rolled back."""
        self.cancel_asked = True
        if self.task is not None and isValid(self.task):
            self.task.cancel()


class Operations(QObject):
    """The window's one door to the database, task manager and undo history.

    Signals:
        changed(Changes, object): data changed; the second value is the initiator (the
            object that asked for the change, or None for undo / redo).
        busyChanged(bool): whether an operation (a write) is running.
        databaseChanged(object): another database (or none) is open now.
    """

    changed = Signal(object, object)
    busyChanged = Signal(bool)
    databaseChanged = Signal(object)

    def __init__(self, workers: Workers, window: QWidget) -> None:
        super().__init__(window)
        self.workers = workers
        self.window = window
        self.undo_stack = QUndoStack(self)
        self._db: Database | None = None
        self._queue: deque[_Queued] = deque()
        self._running: BackgroundTask | None = None
        self._passes: EnginePasses | None = None

    # --- the database -------------------------------------------------------------------

    @property
    def db(self) -> Database | None:
        return self._db

    def set_database(self, db: Database | None) -> None:
        """Work on ``db`` from now on; the history of the previous one is forgotten."""
        self._db = db
        self.undo_stack.clear()
        self.databaseChanged.emit(db)

    @property
    def passes(self) -> EnginePasses:
        """The window's engine passes (scores, next actions, the inbox): one at a time,
        shared by the account store and Today (:mod:`ui.shell.store_pass`)."""
        if self._passes is None:
            from ui.shell.store_pass import EnginePasses

            self._passes = EnginePasses(self)
        return self._passes

    def require_db(self) -> Database:
        if self._db is None:
            raise NoDatabase(self.tr("no database is open"))
        return self._db

    # --- reads --------------------------------------------------------------------------

    def run_query(
        self,
        fn: Callable[[Database], T],
        on_done: Callable[[T], None],
        *,
        title: str = "",
        on_failed: Callable[[BaseException], None] | None = None,
        action: str = "",
        owner: QObject | None = None,
    ) -> Ticket[T]:
        """Run ``fn(db)`` in the pool (reads may run side by side with each other).

        ``owner`` (default: the object of a bound ``on_done``) is the widget that asked:
        once it is deleted its callbacks are not called."""
        db = self.require_db()
        ticket: Ticket[T] = Ticket(_owner(owner, on_done) or self)
        action = action or self.tr("Reading")

        def work(_job: Job) -> T:
            return fn(db)

        task = self.workers.start(work, title=title, show_after_ms=PROGRESS_AFTER_MS)

        def ok(result: object) -> None:
            # A read of a database closed meanwhile, or for a widget gone, is dropped.
            if db is self._db and isValid(ticket):
                on_done(result)  # type: ignore[arg-type]
                ticket.done.emit(result)

        task.succeeded.connect(ok)
        task.failed.connect(lambda exc: self._fail(ticket, exc, task.details, action, on_failed))
        return ticket

    # --- writes -------------------------------------------------------------------------

    def run_op(
        self,
        label: str | Callable[[T], str],
        fn: Callable[[Database], T],
        on_done: Callable[[T], None] | None = None,
        *,
        initiator: object = None,
        on_failed: Callable[[BaseException], None] | None = None,
        title: str = "",
        owner: QObject | None = None,
    ) -> Ticket[T]:
        """Run the write ``fn(db)`` after the writes asked before it; record its undo.

        The write and its undo entry happen whatever becomes of ``owner``; only its
        callbacks are skipped once it is deleted."""
        return self._write(
            label, lambda db, _job: fn(db), on_done, initiator, on_failed, title, owner
        )

    def run_long_op(
        self,
        label: str | Callable[[T], str],
        fn: Callable[[Database, Job], T],
        on_done: Callable[[T], None] | None = None,
        *,
        initiator: object = None,
        on_failed: Callable[[BaseException], None] | None = None,
        title: str = "",
        owner: QObject | None = None,
    ) -> Ticket[T]:
        """``run_op`` for a long write: ``fn(db, job)`` may report ``job.progress(...)``
        (relayed by the ticket's ``progress``) and stops at ``job.check_cancelled()`` once
        the ticket's ``cancel()`` was called (the ticket then emits ``cancelled``)."""
        return self._write(label, fn, on_done, initiator, on_failed, title, owner)

    def _write(
        self,
        label: str | Callable[[T], str],
        fn: Callable[[Database, Job], T],
        on_done: Callable[[T], None] | None,
        initiator: object,
        on_failed: Callable[[BaseException], None] | None,
        title: str,
        owner: QObject | None,
    ) -> Ticket[T]:
        db = self.require_db()
        ticket: Ticket[T] = Ticket(_owner(owner, on_done) or self)
        action = label if isinstance(label, str) else self.tr("Saving")

        def work(job: Job) -> OpResult[T]:
            from circlesoftrust.operations import perform

            return perform(db, label, lambda: fn(db, job))

        def ok(value: object) -> None:
            result: OpResult[T] = value  # type: ignore[assignment]
            if db is self._db:
                if result.undo is not None:
                    self.undo_stack.push(_UndoCommand(result.undo))
                if not result.changes.empty:
                    self.changed.emit(result.changes, initiator)
            if isValid(ticket):
                if on_done is not None:
                    on_done(result.result)
                ticket.done.emit(result.result)

        def bad(exc: BaseException, details: str) -> None:
            self._fail(ticket, exc, details, action, on_failed)

        queued = _Queued(title or action, work, ok, bad, ticket)  # type: ignore[arg-type]
        self._enqueue(queued)
        return ticket

    def undo(self) -> None:
        """Take back the newest entry of the history (Ctrl+Z)."""
        self._step(back=True)

    def redo(self) -> None:
        self._step(back=False)

    def _step(self, *, back: bool) -> None:
        stack = self.undo_stack
        index = stack.index() - 1 if back else stack.index()
        if self._db is None or not 0 <= index < stack.count() or self.busy:
            return
        command = stack.command(index)
        assert isinstance(command, _UndoCommand)
        entry, db = command.entry, self._db
        verb = self.tr("Undo") if back else self.tr("Redo")
        # The entry as written, in the language's own pattern ("Undo “Import mail …”",
        # "Rückgängig: „Mail und …“"): the status bar and a failure name it alike.
        what = self.tr("{verb} “{label}”").format(verb=verb, label=entry.label)

        def work(_job: Job) -> Changes:
            from circlesoftrust import operations

            return operations.undo(db, entry) if back else operations.redo(db, entry)

        def ok(changes: object) -> None:
            if db is not self._db:
                return
            (stack.undo if back else stack.redo)()
            self.changed.emit(changes, None)

        def bad(exc: BaseException, details: str) -> None:
            if db is self._db:
                # The rows changed since: this entry (and what lies beyond it) cannot be
                # replayed any more; drop it so the history stays true.
                command.setObsolete(True)
                (stack.undo if back else stack.redo)()
            show_error(
                self.window,
                exc,
                action=what,
                details=details,
            )

        self._enqueue(_Queued(what, work, ok, bad))

    # --- the queue ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running is not None

    def _enqueue(self, item: _Queued) -> None:
        self._queue.append(item)
        if self._running is None:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            if self._running is not None:
                self._running = None
                self.busyChanged.emit(False)
            return
        item = self._queue.popleft()
        ticket = item.ticket
        if ticket is not None and isValid(ticket) and ticket.cancel_asked:
            ticket.cancelled.emit()  # cancelled while it waited: it never runs
            self._next()
            return
        was_idle = self._running is None
        task = self.workers.start(item.run, title=item.title, show_after_ms=PROGRESS_AFTER_MS)
        self._running = task
        if ticket is not None and isValid(ticket):
            ticket.task = task
            task.progress.connect(ticket.progress)
            task.cancelled.connect(ticket.cancelled)
        if was_idle:
            self.busyChanged.emit(True)

        def finished_ok(result: object) -> None:
            try:
                item.succeeded(result)
            finally:
                self._next()

        def finished_bad(exc: object) -> None:
            try:
                if isinstance(exc, BaseException):
                    item.failed(exc, task.details)
            finally:
                self._next()

        task.succeeded.connect(finished_ok)
        task.failed.connect(finished_bad)
        task.cancelled.connect(self._next)

    def _fail(
        self,
        ticket: QObject,
        exc: object,
        details: str,
        action: str,
        on_failed: Callable[[BaseException], None] | None,
    ) -> None:
        if not isinstance(exc, BaseException):
            return
        if not isValid(ticket):
            show_error(self.window, exc, action=action, details=details)
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            show_error(self.window, exc, action=action, details=details)
        if isinstance(ticket, Ticket):
            ticket.failed.emit(exc)

    def announce_everything(self) -> None:
        """Data changed in ways nobody can narrow down (an import, a restore, Reload):
        every view reads again."""
        from circlesoftrust.operations import Changes

        self.changed.emit(Changes.all(), None)

    def finish_writes(self, timeout_ms: int = 30_000) -> bool:
        """Let every write asked for finish (the window is closing); False on timeout.

        The event loop keeps turning meanwhile, so the writes stay off the UI thread."""
        if not self.busy:
            return True
        loop = QEventLoop()
        self.busyChanged.connect(loop.quit)  # (emitted once the last write is done)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.busyChanged.disconnect(loop.quit)
        return not self.busy


def _owner(owner: QObject | None, callback: object) -> QObject | None:
    if owner is not None:
        return owner
    bound_to = getattr(callback, "__self__", None)
    return bound_to if isinstance(bound_to, QObject) else None
