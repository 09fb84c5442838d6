"""The window on a shared database: while a write waits for the server (another user
holds the rows), the window keeps answering. Runs on SQLite and, in CI, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import text

from circlesoftrust.storage import Database, open_database
from ui.shell.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.pg]

LONGEST_STALL_S = 0.100  # the limit while a write is in flight


class Ticks:
    """Counts a 5 ms timer on the UI thread and keeps the longest stretch of work the UI
    thread did between two ticks.

    The stretch is measured in the UI thread's own CPU time (``time.thread_time``): work
    the window does on its thread counts in full, while time the operating system gave
    to other processes does not, so a loaded machine cannot fail the test and a window
    that does the work on its thread cannot pass it."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.count, self.last, self.longest = 0, 0.0, 0.0

    def _tick(self) -> None:
        now = time.thread_time()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.count, self.last = self.count + 1, now


def _hold_the_account(other: Database, backend: str, account_id: int):  # type: ignore[no-untyped-def]
    """Another user's open transaction that blocks writes to the account (returned
    connection: roll it back to let go)."""
    conn = other.engine.connect()
    if backend == "postgresql":
        conn.begin()
        conn.execute(text("SELECT id FROM accounts WHERE id = :id FOR UPDATE"), {"id": account_id})
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # SQLite: the one writer's lock
    return conn


def test_the_window_keeps_answering_while_a_write_waits_on_the_database(
    qtbot, demo_db: Database, db_url: str, backend: str, shown_errors
) -> None:
    location = db_url
    demo_db.close()
    window = MainWindow(location, open_now=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.open(location)
    store = window.store
    qtbot.waitUntil(lambda: store.analysis_state == "ready", timeout=60_000)
    account_id = store.order[0]
    window.open_account(account_id)
    qtbot.waitUntil(
        lambda: (
            window.account_page.data is not None
            and window.account_page.data.account.id == account_id
        ),
        timeout=20_000,
    )
    other = open_database(location)
    held = _hold_the_account(other, backend, account_id)
    ticks = Ticks()
    try:
        ticks.timer.start()
        page = window.account_page
        window.commands["log_touchpoint"].trigger()
        qtbot.keyClicks(page.form.note, "Talked while the other user held the row")
        qtbot.keyClick(page.form.note, "\r")
        qtbot.waitUntil(lambda: window.ops.busy, timeout=10_000)  # the write is in flight
        ticks.longest, ticks.last, start = 0.0, 0.0, ticks.count
        # The write waits on the database; the window must go on turning meanwhile (a
        # write on the UI thread would freeze these ticks until the lock goes).
        qtbot.waitUntil(lambda: ticks.count - start >= 20, timeout=4_000)
        stall_while_waiting = ticks.longest
        assert window.ops.busy, "the write was still waiting for the other user"
    finally:
        held.rollback()
        held.close()
        other.close()
    today = dt.date.today()
    qtbot.waitUntil(
        lambda: shown_errors or store.rows[account_id].last_touch_on == today, timeout=20_000
    )
    assert not shown_errors, "the write waited for the other user and then went through"
    ticks.timer.stop()
    assert stall_while_waiting < LONGEST_STALL_S, (
        f"the window worked {stall_while_waiting * 1000:.0f} ms on its thread without "
        "answering while a write was in flight"
    )
