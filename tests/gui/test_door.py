"""The one door's long writes: progress reaches the caller, and Cancel keeps nothing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from circlesoftrust.models import Account, Ring
from circlesoftrust.storage import Database
from tests.gui.conftest import ops_for
from ui.common.workers import Job, Workers

pytestmark = pytest.mark.gui


def _accounts(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Account)) or 0)


def _slow_import(go_on: threading.Event):  # type: ignore[no-untyped-def]
    """Writes one account, reports half-way, waits for the test, then checks for Cancel:
    all of it inside one transaction, as a long write must be."""

    def write(db: Database, job: Job) -> str:
        with db.transaction(write=True) as session:
            ring = session.scalars(select(Ring).order_by(Ring.position)).first()
            assert ring is not None
            session.add(Account(name="Half-imported Ltd", ring_id=ring.id))
            session.flush()
            job.progress("Half-way", 1, 2)
            assert go_on.wait(20)
            job.check_cancelled()
        return "done"

    return write


def test_a_long_write_reports_progress_and_is_undoable(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    ops = ops_for(demo_db, workers)
    before = _accounts(demo_db)
    go_on = threading.Event()
    steps: list[tuple[str, int, int]] = []
    ticket = ops.run_long_op("Import slowly", _slow_import(go_on))
    ticket.progress.connect(lambda text, done, total: steps.append((text, done, total)))
    qtbot.waitUntil(lambda: bool(steps), timeout=20_000)
    assert steps == [("Half-way", 1, 2)]
    with qtbot.waitSignal(ticket.done, timeout=20_000) as done:
        go_on.set()
    assert done.args == ["done"] and _accounts(demo_db) == before + 1
    assert ops.undo_stack.undoText() == "Import slowly"


def test_cancel_stops_a_long_write_and_keeps_nothing(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    ops = ops_for(demo_db, workers)
    before, history = _accounts(demo_db), ops.undo_stack.count()
    go_on = threading.Event()
    heard: list[object] = []
    ops.changed.connect(lambda changes, _who: heard.append(changes))
    ticket = ops.run_long_op("Import slowly", _slow_import(go_on))
    waiting = ops.run_long_op("Import after it", _slow_import(threading.Event()))
    waiting.cancel()  # cancelled before it started: it never runs
    with qtbot.waitSignal(ticket.progress, timeout=20_000):
        pass
    ticket.cancel()
    with qtbot.waitSignals([ticket.cancelled, waiting.cancelled], timeout=20_000):
        go_on.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert _accounts(demo_db) == before, "the cancelled write was rolled back"
    assert ops.undo_stack.count() == history and heard == []
