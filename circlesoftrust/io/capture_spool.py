"""A capture's plan on disk while it is made and until it is written or dropped.

A mailbox of 100,000 messages plans some 50,000 touchpoints; kept as Python objects they
grew the preview's memory with the input (~1 KB each, more while threads were worked
out). The planner writes each planned touch here instead, in batches, with the
Message-IDs that link its thread and the unmatched addresses it saw, and the work after
reading (the same item twice in the files, what an earlier import stored, which threads
have both sides, the counts the preview shows) is SQL over this scratch database. Only
the thread pass keeps something per message in memory: one 8-byte slot per Message-ID.

The scratch database is SQLite's private temporary database (``sqlite3.connect("")``): a
file in the system's temporary folder that SQLite deletes as soon as the connection is
closed (on POSIX it is unlinked at once, so even a killed process leaves nothing), kept
in a page cache of a few MB. It is never the user's database.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from circlesoftrust.vocabulary import Direction, TouchpointKind

__all__ = ["CaptureSpool", "PlannedTouch", "SpoolTotals", "temporary_folder"]

_BATCH = 256
# The scratch database's page cache (KiB): what it may keep in memory before it spills.
_CACHE_KIB = 4096

_MEETING, _EMAIL = 0, 1

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA temp_store = FILE;
CREATE TABLE item (
    seq INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    contact_id INTEGER,
    new_contact TEXT,
    kind INTEGER NOT NULL,
    outbound INTEGER,
    on_day INTEGER NOT NULL,
    note TEXT NOT NULL,
    source_key TEXT NOT NULL,
    thread_root TEXT,
    place TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,  -- 0 to log, 1 the same item twice, 2 stored already
    two_way INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ref (seq INTEGER NOT NULL, pos INTEGER NOT NULL, key TEXT NOT NULL);
CREATE TABLE unmatched (address TEXT NOT NULL);
CREATE TABLE stored (account_id INTEGER NOT NULL, source_key TEXT NOT NULL);
CREATE TABLE old (tid INTEGER NOT NULL, account_id INTEGER NOT NULL, thread_key TEXT NOT NULL,
                  direction TEXT NOT NULL);
CREATE TABLE mid (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE comp (seq INTEGER PRIMARY KEY, root INTEGER NOT NULL);
CREATE TABLE flag (account_id INTEGER NOT NULL, root INTEGER NOT NULL, outbound INTEGER NOT NULL);
CREATE TABLE two (account_id INTEGER NOT NULL, root INTEGER NOT NULL,
                  PRIMARY KEY (account_id, root)) WITHOUT ROWID;
CREATE TABLE upgrade (tid INTEGER PRIMARY KEY);
"""

_ITEM = (
    "INSERT INTO item (seq, account_id, contact_id, new_contact, kind, outbound, on_day, note,"
    " source_key, thread_root, place) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)

# Looked up in the user's database, a chunk of keys at a time: (keys) -> rows.
Lookup = Callable[[Sequence[str]], Iterable[tuple[object, ...]]]
# ...or of (account, key) pairs.
PairLookup = Callable[[Sequence[tuple[int, str]]], Iterable[tuple[object, ...]]]


def temporary_folder() -> str:
    """Where SQLite keeps the scratch file (its own order of choice on POSIX)."""
    for name in ("SQLITE_TMPDIR", "TMPDIR"):
        if folder := os.environ.get(name):
            return folder
    return tempfile.gettempdir()


@dataclass(frozen=True, slots=True)
class PlannedTouch:
    account_id: int
    contact_id: int | None
    new_contact: str | None
    kind: TouchpointKind
    direction: Direction
    on: dt.date
    note: str
    source_key: str
    thread_key: str | None
    where: str


@dataclass(frozen=True)
class SpoolTotals:
    """What the preview shows, counted once the plan is complete (bounded in size: per
    account and per person of the user's database, plus the first examples)."""

    touches: int
    meetings: int
    emails: int
    per_account: dict[int, tuple[int, int]]  # account -> (meetings, e-mails)
    per_person: list[tuple[int, int | None, str | None, int]]  # account, contact, new, n;
    # by their first touch
    upgrades: int
    duplicates: int
    duplicate_places: list[str]
    already: int
    already_places: list[str]
    unmatched: list[tuple[str, int]]
    unmatched_total: int


class CaptureSpool:
    """The planned touches of one capture, in a private temporary SQLite database."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self._db.execute(f"PRAGMA cache_size = -{int(_CACHE_KIB)}")
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")  # one long scratch transaction: nothing to make durable
        self._items: list[tuple[object, ...]] = []
        self._refs: list[tuple[int, int, str]] = []
        self._unmatched: list[tuple[str]] = []
        self._seq = 0
        self.closed = False

    @property
    def db(self) -> sqlite3.Connection:
        """The scratch database (the capture's directory keeps its tables there too)."""
        return self._live()

    # -- while reading
    def add(
        self,
        account_id: int,
        contact_id: int | None,
        new_contact: str | None,
        kind: TouchpointKind,
        outbound: bool | None,
        on: dt.date,
        note: str,
        source_key: str,
        thread_root: str | None,
        where: str,
        ids: Sequence[str] = (),
    ) -> None:
        self._seq += 1
        seq = self._seq
        self._items.append(
            (seq, account_id, contact_id, new_contact,
             _MEETING if kind is TouchpointKind.MEETING else _EMAIL,
             None if outbound is None else int(outbound), on.toordinal(), note, source_key,
             thread_root, where)
        )  # fmt: skip
        self._refs.extend((seq, pos, key) for pos, key in enumerate(ids))
        if len(self._items) >= _BATCH:
            self._flush()

    def unmatched(self, address: str) -> None:
        self._unmatched.append((address,))
        if len(self._unmatched) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        db = self._db
        if self._items:
            db.executemany(_ITEM, self._items)
            self._items.clear()
        if self._refs:
            db.executemany("INSERT INTO ref (seq, pos, key) VALUES (?,?,?)", self._refs)
            self._refs.clear()
        if self._unmatched:
            db.executemany("INSERT INTO unmatched (address) VALUES (?)", self._unmatched)
            self._unmatched.clear()

    # -- after reading
    def _keys(self, sql: str, chunk: int) -> Iterator[list[str]]:
        """Distinct keys in order, a chunk at a time (keyset paging: no cursor stays open
        while the scratch tables are written)."""
        last = ""
        while True:
            keys = [str(k) for (k,) in self._db.execute(sql, (last, chunk))]
            if not keys:
                return
            yield keys
            last = keys[-1]

    def finish(
        self, stored_keys: PairLookup, stored_threads: Lookup, *, examples: int, chunk: int = 500
    ) -> SpoolTotals:
        """Drop the same item twice and what is stored already; give each mail its
        direction from its thread (two-way when both sides wrote, here or in mail stored
        by an earlier import, which then becomes two-way too). ``stored_keys(pairs)``
        gives (account, key) of stored touchpoints with these (account, key) pairs,
        ``stored_threads(keys)`` (id, account, key, direction) of stored mail of these
        threads."""
        self._flush()
        db = self._db
        db.execute("CREATE INDEX item_key ON item (source_key, account_id, seq)")
        duplicates = db.execute(
            "UPDATE item SET state = 1 WHERE EXISTS (SELECT 1 FROM item b WHERE"
            " b.source_key = item.source_key AND b.account_id = item.account_id"
            " AND b.seq < item.seq)"
        ).rowcount
        duplicate_places = self._places(1, examples)
        db.execute("DELETE FROM ref WHERE seq IN (SELECT seq FROM item WHERE state = 1)")
        last: tuple[str, int] = ("", -1)
        while True:
            pairs = [
                (int(a), str(k))
                for k, a in db.execute(
                    "SELECT DISTINCT source_key, account_id FROM item"
                    " WHERE (source_key, account_id) > (?, ?)"
                    " ORDER BY source_key, account_id LIMIT ?",
                    (*last, chunk),
                )
            ]
            if not pairs:
                break
            db.executemany("INSERT INTO stored VALUES (?, ?)", stored_keys(pairs))
            last = (pairs[-1][1], pairs[-1][0])
        db.execute("CREATE INDEX stored_key ON stored (source_key, account_id)")
        already = db.execute(
            "UPDATE item SET state = 2 WHERE state = 0 AND EXISTS (SELECT 1 FROM stored s"
            " WHERE s.source_key = item.source_key AND s.account_id = item.account_id)"
        ).rowcount
        already_places = self._places(2, examples)
        self._threads()
        db.execute("CREATE INDEX item_thread ON item (thread_root, account_id)")
        for keys in self._keys(
            "SELECT DISTINCT thread_root FROM item WHERE thread_root > ? AND state != 1"
            " ORDER BY thread_root LIMIT ?",
            chunk,
        ):
            db.executemany("INSERT INTO old VALUES (?, ?, ?, ?)", stored_threads(keys))
        self._two_way()
        db.execute("CREATE INDEX item_order ON item (state, on_day, account_id, source_key)")
        per_account: dict[int, list[int]] = {}
        for account_id, kind, n in db.execute(
            "SELECT account_id, kind, COUNT(*) FROM item WHERE state = 0 GROUP BY 1, 2"
        ):
            per_account.setdefault(int(account_id), [0, 0])[int(kind)] = int(n)
        per_person = [
            (int(a), None if c is None else int(c), None if p is None else str(p), int(n))
            for a, c, p, n in db.execute(
                "SELECT account_id, contact_id, new_contact, COUNT(*) FROM item WHERE state = 0"
                " GROUP BY 1, 2, 3 ORDER BY MIN(on_day), MIN(source_key)"
            )
        ]
        unmatched = [
            (str(a), int(n))
            for a, n in db.execute(
                "SELECT address, COUNT(*) FROM unmatched GROUP BY address"
                " ORDER BY 2 DESC, MIN(rowid) LIMIT 50"
            )
        ]
        (unmatched_total,) = db.execute("SELECT COUNT(DISTINCT address) FROM unmatched").fetchone()
        (upgrades,) = db.execute("SELECT COUNT(*) FROM upgrade").fetchone()
        meetings = sum(m for m, _e in per_account.values())
        emails = sum(e for _m, e in per_account.values())
        return SpoolTotals(
            touches=meetings + emails,
            meetings=meetings,
            emails=emails,
            per_account={a: (m, e) for a, (m, e) in per_account.items()},
            per_person=per_person,
            upgrades=int(upgrades),
            duplicates=duplicates,
            duplicate_places=duplicate_places,
            already=already,
            already_places=already_places,
            unmatched=unmatched,
            unmatched_total=int(unmatched_total),
        )

    def _places(self, state: int, limit: int) -> list[str]:
        return [
            str(p)
            for (p,) in self._db.execute(
                "SELECT place FROM item WHERE state = ? ORDER BY kind, seq LIMIT ?",
                (state, limit),
            )
        ]

    def _threads(self) -> None:
        """Messages linked by Message-ID / References / In-Reply-To are one thread: a
        union-find over the Message-IDs numbered here, 8 bytes of memory per ID."""
        db = self._db
        db.execute("INSERT OR IGNORE INTO mid (key) SELECT key FROM ref ORDER BY rowid")
        (count,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM mid").fetchone()
        parent = array("q", range(int(count) + 1))

        def find(x: int) -> int:
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        query = "SELECT r.seq, m.id FROM ref r JOIN mid m ON m.key = r.key ORDER BY r.rowid"
        current, first = -1, 0
        for seq, key_id in db.execute(query):
            if seq != current:
                current, first = seq, find(key_id)
                continue
            other = find(key_id)
            if other != first:
                parent[other] = first
        rows: list[tuple[int, int]] = []
        for seq, key_id in db.execute(
            "SELECT r.seq, m.id FROM ref r JOIN mid m ON m.key = r.key WHERE r.pos = 0"
        ):
            rows.append((seq, find(key_id)))
            if len(rows) >= _BATCH:
                self._comp(rows)
        self._comp(rows)

    def _comp(self, rows: list[tuple[int, int]]) -> None:
        # Another table than the one the open query reads: safe while it is read.
        self._db.executemany("INSERT INTO comp (seq, root) VALUES (?, ?)", rows)
        rows.clear()

    def _two_way(self) -> None:
        db = self._db
        db.execute(
            "INSERT INTO flag SELECT i.account_id, c.root, i.outbound"
            " FROM comp c JOIN item i ON i.seq = c.seq"
        )
        db.execute("CREATE INDEX old_thread ON old (thread_key, account_id)")
        # Stored mail of the same thread (by the thread's first message): a two-way one
        # counts as both sides.
        db.execute(
            "INSERT INTO flag SELECT DISTINCT i.account_id, c.root, s.v"
            " FROM old o JOIN item i ON i.thread_root = o.thread_key"
            " AND i.account_id = o.account_id JOIN comp c ON c.seq = i.seq"
            " JOIN (SELECT 0 AS v UNION ALL SELECT 1) s"
            " ON o.direction = ? OR s.v = (o.direction = ?)",
            (Direction.TWO_WAY.value, Direction.OUTBOUND.value),
        )
        db.execute(
            "INSERT INTO two SELECT account_id, root FROM flag GROUP BY account_id, root"
            " HAVING MIN(outbound) != MAX(outbound)"
        )
        db.execute(
            "UPDATE item SET two_way = 1 WHERE seq IN (SELECT c.seq FROM comp c"
            " JOIN item i ON i.seq = c.seq JOIN two t ON t.account_id = i.account_id"
            " AND t.root = c.root)"
        )
        db.execute(
            "INSERT OR IGNORE INTO upgrade SELECT o.tid FROM old o"
            " JOIN item i ON i.thread_root = o.thread_key AND i.account_id = o.account_id"
            " AND i.two_way = 1 WHERE o.direction != ?",
            (Direction.TWO_WAY.value,),
        )

    # -- reading the plan back
    def touches(self, chunk: int = 500) -> Iterator[list[PlannedTouch]]:
        """The touches to log, by day, account and key, a chunk at a time."""
        last: tuple[int, int, str] = (-1, -1, "")
        sql = (
            "SELECT account_id, contact_id, new_contact, kind, outbound, two_way, on_day, note,"
            " source_key, thread_root, place FROM item WHERE state = 0"
            " AND (on_day, account_id, source_key) > (?, ?, ?)"
            " ORDER BY on_day, account_id, source_key LIMIT ?"
        )
        while True:
            rows = self._live().execute(sql, (*last, chunk)).fetchall()
            if not rows:
                return
            yield [_touch(row) for row in rows]
            last = (int(rows[-1][6]), int(rows[-1][0]), str(rows[-1][8]))

    def upgrades(self, chunk: int = 500) -> Iterator[list[int]]:
        """Ids of stored mail that becomes two-way, a chunk at a time."""
        last = 0
        while True:
            ids = [
                int(i)
                for (i,) in self._live().execute(
                    "SELECT tid FROM upgrade WHERE tid > ? ORDER BY tid LIMIT ?", (last, chunk)
                )
            ]
            if not ids:
                return
            yield ids
            last = ids[-1]

    def _live(self) -> sqlite3.Connection:
        if self.closed:
            raise RuntimeError("the capture's plan was closed (imported or dropped)")
        return self._db

    def close(self) -> None:
        """Drop the scratch database (SQLite deletes its file)."""
        if not self.closed:
            self.closed = True
            self._items.clear()
            self._refs.clear()
            self._db.close()


def _touch(row: tuple[object, ...]) -> PlannedTouch:
    account_id, contact_id, new, kind, outbound, two_way, on_day, note, key, root, place = row
    if kind == _MEETING:
        what, direction = TouchpointKind.MEETING, Direction.TWO_WAY
    else:
        what = TouchpointKind.EMAIL
        direction = (
            Direction.TWO_WAY if two_way else Direction.OUTBOUND if outbound else Direction.INBOUND
        )
    return PlannedTouch(
        int(account_id),  # type: ignore[call-overload]
        None if contact_id is None else int(contact_id),  # type: ignore[call-overload]
        None if new is None else str(new),
        what,
        direction,
        dt.date.fromordinal(int(on_day)),  # type: ignore[call-overload]
        str(note),
        str(key),
        None if root is None else str(root),
        str(place),
    )
