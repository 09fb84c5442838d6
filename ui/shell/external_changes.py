"""Changes made elsewhere — another window, the command line, a teammate on the shared
PostgreSQL database — show up here without a restart.

Every two seconds, when no write of ours is running, one cheap read through the door (off
the UI thread) asks whether anyone committed since the last look:

- SQLite (and SQLCipher): ``PRAGMA data_version`` on a connection the watcher keeps for
  itself; it changes whenever another connection commits (the window's pool, another
  window, the CLI);
- PostgreSQL: the snapshot's ``xmax``, which moves on with every committed write.

Both also move with the window's own writes. Those are counted (``ops.changed``) and the
watcher looks again right after each one, taking it as the new baseline; a change with
no own write since the last look is someone else's, and every view reads again
(``ops.announce_everything``). A write by someone else that lands in the same moment as
one of ours is taken for ours: it shows with the next change from elsewhere, or on
View → Reload.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes
    from circlesoftrust.storage import Database

POLL_MS = 2000


class _Stamp:
    """Reads the "did anyone commit" value of one database in the door's pool, on a
    connection kept for it (``close`` may come from the UI thread at any time: it waits
    for a read under way, so the connection is never closed under it)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn: Any = None
        self.closed = False
        self.lock = threading.Lock()

    def read(self) -> int:
        with self.lock:
            if self.closed:
                raise RuntimeError("no longer watching this database")
            if self.db.path is None:
                from sqlalchemy import text

                with self.db.transaction() as session:
                    xmax = "SELECT txid_snapshot_xmax(txid_current_snapshot())"
                    return int(session.scalar(text(xmax)))
            if self.conn is None:
                # Kept out of the pool: data_version only compares within one connection.
                self.conn = self.db.engine.raw_connection()
            cursor = self.conn.cursor()
            try:
                cursor.execute("PRAGMA data_version")
                return int(cursor.fetchone()[0])
            finally:
                cursor.close()

    def close(self) -> None:
        with self.lock:
            self.closed = True
            conn, self.conn = self.conn, None
        if conn is not None:
            conn.close()  # back to the pool, so that closing the database closes it


class ExternalChanges(QObject):
    """Polls for commits by other connections and tells the views to read again.

    Signals:
        polled(bool): a check finished; True when it found someone else's changes.
        noticed(): someone else changed the database; the views are reading it again.
    """

    polled = Signal(bool)
    noticed = Signal()

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._stamp: _Stamp | None = None
        self._last: int | None = None
        self._own = 0  # our own writes since the last check
        self._asking = False
        self._announcing = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        ops.changed.connect(self._on_changed)
        ops.databaseChanged.connect(self._on_database)
        # Today's pass writes too (the fact summary, score history): ours, not news.
        ops.passes.finished.connect(self._on_own_pass)

    def _on_database(self, db: object) -> None:
        self._last, self._own = None, 0
        self._let_go()
        if db is None or self._stopped:
            self.timer.stop()
        else:
            self.timer.start()
            self.poll()  # the baseline

    def _let_go(self) -> None:
        """Give the kept connection back (a read still under way finishes first)."""
        if self._stamp is not None:
            self._stamp.close()
            self._stamp = None
        self._asking = False  # (the door drops the answer of a database no longer open)

    def stop(self) -> None:
        """No more checks (the window closes): the kept connection goes back first; an
        open that finishes after this does not start them again."""
        self._stopped = True
        self.timer.stop()
        self._let_go()

    def _on_own_pass(self, _outcome: object) -> None:
        self._own += 1
        QTimer.singleShot(0, self.poll)  # its writes are the new baseline

    def own_write(self) -> None:
        """A write of the window's own outside the door's operations (the desktop
        reminders keep what they told): the new baseline, not news."""
        self._on_own_pass(None)

    def _on_changed(self, _changes: Changes, _initiator: object) -> None:
        if not self._announcing:
            self._own += 1
            QTimer.singleShot(0, self.poll)  # take our write as the baseline at once

    def poll(self) -> None:
        """Check now (the timer calls this; a write of ours running makes it wait)."""
        db = self.ops.db
        if db is None or self._asking or self.ops.busy or self._stopped or self.ops.passes.running:
            return
        if self._stamp is None or self._stamp.db is not db:
            self._let_go()
            self._stamp = _Stamp(db)
        self._asking = True
        stamp, before = self._stamp, (db, self._own)
        self.ops.run_query(
            lambda _db: stamp.read(),
            lambda value: self._on_stamp(value, before),
            on_failed=self._on_failed,
            action=self.tr("Checking for changes made elsewhere"),
            owner=self,
        )

    def _on_failed(self, _exc: BaseException) -> None:
        self._asking = False  # (a database closed meanwhile; the next tick asks again)
        self._let_go()

    def _on_stamp(self, value: int, before: tuple[object, int]) -> None:
        self._asking = False
        if before[0] is not self.ops.db:
            self._let_go()  # another file (or none) is open now
            return
        if before[1] != self._own:
            return  # a write of ours came in meanwhile: ask again later
        last, own = self._last, self._own
        self._last, self._own = value, 0
        elsewhere = last is not None and value != last and own == 0
        if elsewhere:
            self._announcing = True
            try:
                self.ops.announce_everything()
            finally:
                self._announcing = False
            self.noticed.emit()
        self.polled.emit(elsewhere)
