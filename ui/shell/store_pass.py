"""Today's engine pass for the whole window: one at a time, shared by the account store
(scores, next actions) and Today (the inbox).

The pass scores every account and builds the inbox. On a big database it runs in a child
process (:mod:`circlesoftrust.pass_process`): in one of the window's threads it held the
interpreter for seconds at 100,000 accounts and the window stopped answering. Small
databases (fewer than :data:`CHILD_FROM_ACCOUNTS` accounts) and encrypted files (their
key stays in this process) are passed in a worker thread as before.

``request(day, delay_ms=...)`` asks for a pass; requests for the same day made while one
is waiting are one pass, and one made while a pass runs starts another when it ends (the
running one read the database before the change). Today says which day its inbox is for
(:meth:`EnginePasses.follow_inbox`); a pass of that day then also brings the inbox,
grouped in the worker by Today's ``prepare``, so the inbox no longer has a pass of its own.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import functools
import os
import sys
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ui.common.workers import BackgroundTask, Job, Workers
from ui.shell import collector

if TYPE_CHECKING:
    from circlesoftrust.engine.facts import RevenueRanking
    from circlesoftrust.engine.suggestion_types import Suggestion
    from circlesoftrust.pass_process import AccountRescore, PassNumbers
    from circlesoftrust.storage import Database
    from ui.operations import Operations

#: From this many accounts the pass runs in a child process (a worker thread below it:
#: a child's start costs ≈ 0.3–1 s, while a small pass holds the interpreter for less).
CHILD_FROM_ACCOUNTS = 3000

#: After a change, the whole pass waits this long (changes in a row make one pass); the
#: views show the changed accounts at once from reads of their own.
AFTER_CHANGE_MS = 1500

#: After a pass arrived, freed memory is handed back to the system this much later.
TRIM_AFTER_MS = 500

Prepare = Callable[["list[Suggestion]", "Database"], object]


@dataclass(frozen=True)
class PassOutcome:
    """One finished pass: its numbers (without the flat inbox), the inbox as Today's
    ``prepare`` made it (None when not asked for), whether a child process ran it, and
    each account's score looked up by id (built here, off the UI thread: 0.08 s at
    100,000 accounts)."""

    numbers: PassNumbers
    inbox: object | None
    in_child: bool
    scores: dict[int, float]  # the numbers' scores by account (made in the worker)

    @property
    def day(self) -> dt.date:
        return self.numbers.day


class EnginePasses(QObject):
    """The window's engine passes (see the module's doc).

    Signals:
        started(object): a pass of this day began.
        finished(object): a :class:`PassOutcome`.
        failed(object, object): the day and the exception of a pass that failed.
        rescored(object, object): the day and ``{account id: AccountRescore}`` of
            accounts read again after a change (see :meth:`rescore`).
        rescoreFailed(object, object): the day and the ids of such a read that failed
            (the whole pass that follows reports why).
    """

    started = Signal(object)
    finished = Signal(object)
    failed = Signal(object, object)
    rescored = Signal(object, object)
    rescoreFailed = Signal(object, object)

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.ops = ops
        self.size_hint: Callable[[], int] = lambda: 0  # active accounts (the store's count)
        self._inbox_day: Callable[[], dt.date | None] = lambda: None
        self._prepare: Prepare | None = None
        self._pending: dict[dt.date, None] = {}  # the days asked for, in order
        self._task: BackgroundTask | None = None
        self._running_day: dt.date | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_next)
        ops.databaseChanged.connect(lambda _db: self.cancel())
        ops.databaseChanged.connect(lambda _db: collector.thaw())
        # The last whole pass's revenue ranking: one account is rescored against it.
        self._ranking: tuple[dt.date, RevenueRanking] | None = None
        self._rescore: dict[dt.date, set[int]] = {}
        self._rescore_timer = QTimer(self)
        self._rescore_timer.setSingleShot(True)
        self._rescore_timer.timeout.connect(self._start_rescores)

    def rescore(self, ids: Collection[int], day: dt.date) -> None:
        """Score these accounts and find their suggestions again, at once and alone (one
        read; the views that asked in the same turn of the event loop share it):
        ``rescored`` brings them. Much cheaper than a pass after one logged touch."""
        self._rescore.setdefault(day, set()).update(ids)
        if not self._rescore_timer.isActive():
            self._rescore_timer.start(0)

    def _start_rescores(self) -> None:
        asked, self._rescore = self._rescore, {}
        if self.ops.db is None:
            for day, ids in asked.items():
                self.rescoreFailed.emit(day, sorted(ids))
            return
        for day, ids in asked.items():
            ranking = self._ranking[1] if self._ranking and self._ranking[0] == day else None
            self._start_rescore(day, sorted(ids), ranking)

    def _start_rescore(self, day: dt.date, ids: list[int], ranking: RevenueRanking | None) -> None:
        def read(db: Database) -> dict[int, AccountRescore]:
            from circlesoftrust.pass_process import rescore_accounts

            return rescore_accounts(db, ids, day, ranking)

        def done(found: dict[int, AccountRescore]) -> None:
            self.rescored.emit(day, found)

        def failed(_exc: BaseException) -> None:
            self.rescoreFailed.emit(day, ids)  # (the whole pass that follows reports why)

        self.ops.run_query(read, done, action=self.tr("Scoring"), on_failed=failed, owner=self)

    @property
    def running(self) -> bool:
        return self._task is not None

    def follow_inbox(self, day: Callable[[], dt.date | None], prepare: Prepare) -> None:
        """Today's inbox is of ``day()``: a pass of that day brings it, made by ``prepare``
        (in the worker)."""
        self._inbox_day, self._prepare = day, prepare

    def request(self, day: dt.date, *, delay_ms: int = 0) -> None:
        """A pass of ``day`` in ``delay_ms`` (sooner if one is already asked for sooner)."""
        self._pending[day] = None
        remaining = self._timer.remainingTime() if self._timer.isActive() else -1
        if remaining < 0 or delay_ms < remaining:
            self._timer.start(delay_ms)

    def cancel(self) -> None:
        """Forget what was asked for and stop the running pass (a child is ended)."""
        self._pending.clear()
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        self._task = None
        self._running_day = None
        self._ranking = None
        self._rescore.clear()

    def _start_next(self) -> None:
        if self._task is not None or not self._pending or self.ops.db is None:
            return  # (the running pass starts the next one when it ends)
        day = next(iter(self._pending))
        del self._pending[day]
        db = self.ops.db
        prepare = self._prepare if (self._inbox_day() == day) else None
        size = self.size_hint()
        child = size >= CHILD_FROM_ACCOUNTS

        def work(job: Job) -> PassOutcome:
            from circlesoftrust import pass_process

            job.progress(self.tr("Scoring accounts and looking for suggestions…"))
            keep_as = db.display_name()
            in_child = child and pass_process.can_run_in_child(db)

            def run() -> PassNumbers:
                if in_child:
                    return pass_process.run_in_child(
                        db, day, inbox=prepare is not None, keep_as=keep_as,
                        cancelled=lambda: job.cancelled,
                    )  # fmt: skip
                return pass_process.compute(db, day, inbox=prepare is not None, keep_as=keep_as)

            numbers = behind_the_window(run) if in_child else run()
            job.check_cancelled()
            # Here, at the window's priority: Today's grouping is ≈ 0.25 s of Python at
            # 100,000 accounts. In the thread behind the window the system took the core
            # away from it while it held the interpreter (other programs at the usual
            # priority), and the UI thread waited 30–40 ms at a time (measured).
            made = prepare(numbers.inbox or [], db) if prepare is not None else None
            # The flat inbox is let go here: only Today's grouped copy is kept.
            outcome = PassOutcome(replace(numbers, inbox=None), made, in_child, numbers.score_map())
            collector.set_aside(size)  # (out of the cycle collector's sight: see there)
            return outcome

        task = self.ops.workers.start(work, title=self.tr("Scoring accounts"), cancellable=True)
        task.succeeded.connect(self._on_done)
        task.failed.connect(lambda exc: self._on_failed(day, exc))
        task.finished.connect(lambda t=task: self._on_task_finished(t))
        self._task, self._running_day = task, day
        self.started.emit(day)

    def _on_done(self, outcome: PassOutcome) -> None:
        if self.sender() is self._task:
            self._ranking = (outcome.day, outcome.numbers.ranking)
            self.finished.emit(outcome)
            # Once what the pass replaced is freed (let_go_later), and the reading's
            # own garbage: the pages go back to the system.
            QTimer.singleShot(TRIM_AFTER_MS, self._trim)

    def _trim(self) -> None:
        self.ops.workers.start(lambda _job: give_back_freed_memory(), title="")

    def _on_failed(self, day: dt.date, exc: object) -> None:
        if self.sender() is self._task:
            self.failed.emit(day, exc)

    def _on_task_finished(self, task: BackgroundTask) -> None:
        if task is self._task:
            self._task = None
            self._running_day = None
            if self._pending and not self._timer.isActive():
                self._timer.start(0)


#: The nice value of a big file's pass (its child process and the thread reading it).
BEHIND_NICE = 10

R = TypeVar("R")


def behind_the_window(fn: Callable[[], R]) -> R:
    """``fn()`` in a thread of its own that gives way to the window (Linux: the thread's
    nice value is raised to :data:`BEHIND_NICE`, and the pass's child process, started
    from it, inherits it); the calling worker waits for it. At the window's priority the
    child took a core for seconds on a busy two-core machine, and the UI thread waited for
    its turn. Elsewhere than Linux it simply runs in that thread.

    Keep long Python work out of ``fn``: a thread at that priority loses its core to any
    other program while it holds the interpreter, and the UI thread then waits for it."""
    result: list[R] = []
    failure: list[BaseException] = []

    def body() -> None:
        if sys.platform.startswith("linux"):
            with contextlib.suppress(OSError):  # (the thread only: Linux's per-thread nice)
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BEHIND_NICE)
        try:
            result.append(fn())
        except BaseException as exc:  # (raised again in the caller)
            failure.append(exc)

    thread = threading.Thread(target=body, name="pass-behind", daemon=True)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return result[0]


def let_go_later(workers: Workers, *containers: Any) -> None:
    """Free big lists and dicts (of suggestions, scores, Today's groups) in a worker, a
    slice at a time, instead of all at once on the UI thread when they are replaced (the
    interpreter is held while they are freed: 0.05–0.5 s at 100,000 accounts, measured).

    The caller hands its references over: it drops its own in the same turn of the event
    loop (it replaces the attribute). The worker starts on the next turn, a moment later
    (:data:`LET_GO_AFTER_MS`), when the window has shown what replaced them. Started at
    once, it sometimes looked while the caller still held a container, left it alone, and
    the UI thread then freed it all (≈ 50 ms at 100,000 accounts, measured). A container
    that something else still refers to is left alone (only our reference goes)."""
    holder = [c for c in containers if c]
    del containers
    if not holder:
        return

    def work(_job: Job) -> None:
        while holder:
            box = holder.pop()
            if sys.getrefcount(box) <= 2:  # (this name and getrefcount's argument)
                _empty(box)
            del box
        give_back_freed_memory()

    QTimer.singleShot(LET_GO_AFTER_MS, workers, lambda: workers.start(work, title=""))


def _empty(box: object) -> None:
    """Empty a container nothing else holds, a slice at a time (the interpreter is handed
    over between slices); a list's items' own big lists too (Today's groups)."""
    if isinstance(box, dict):
        keys = list(box)
        for start in range(0, len(keys), _SLICE):
            for key in keys[start : start + _SLICE]:
                del box[key]
            _hand_over()
    elif isinstance(box, list):
        while box:
            inner = box.pop()
            for name in _NESTED:
                nested = getattr(inner, name, None)
                if isinstance(nested, list) and sys.getrefcount(inner) <= 2:
                    setattr(inner, name, [])
                    if sys.getrefcount(nested) <= 2:
                        while nested:
                            del nested[-_SLICE:]
                            _hand_over()
                del nested
            del inner


def _hand_over() -> None:
    """Let the UI thread have the interpreter between two slices (two workers freeing at
    once, each taking it back at once, kept the UI thread waiting ≈ 50 ms, measured)."""
    time.sleep(_PAUSE_S)


def give_back_freed_memory() -> None:
    """Hand the heap's freed pages back to the system (glibc keeps them for reuse: after
    a 100,000-account pass replaced the last one, ≈ 70 MB of the window's resident memory
    was freed memory, measured). Blocking but brief, and the interpreter is released
    meanwhile (ctypes): call it from a worker. Elsewhere than glibc it does nothing."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # (not glibc: musl has none)
        return None
    return trim


_SLICE = 2000
_PAUSE_S = 0.0005
_NESTED = ("items", "owners")  # a Today group's suggestions and their accounts

#: What a new pass replaced is freed this long after (the window shows the new first).
LET_GO_AFTER_MS = 250
