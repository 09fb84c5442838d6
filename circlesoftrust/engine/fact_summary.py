"""The maintained per-account summary of the engine's facts (table ``account_facts``).

A full scoring pass needs a dozen aggregates per account over every touchpoint, purchase,
answer, complaint and referral: about 0.75 s of SQL for 100,000 accounts and two million
touchpoints. The summary keeps one row per account as of one day: those facts and the four
score components that rest on them alone (:mod:`.components`), packed in one column, plus
the account's name, ring and pin. A pass reads 100,000 short rows instead, with no Python
step per row (measured: benchmarks/bench_engine.py).

Kept honest by the database itself: triggers on the five fact tables and on the account's
own columns (migration 0005) delete an account's row whenever any writer (services,
importer, demo, restore, raw SQL, a foreign-key action) changes one of its facts.
:func:`refresh`, run by each full pass before it reads, recomputes the rows that are
missing, of another day or of another :class:`.components.ComponentBasis` (settings and
cadences) with the statement the pass would otherwise run
(:func:`.fact_queries.facts_select`), and writes them in one transaction.

A new day does not recompute every row. The facts are relative to the day only through
their windows (the 12 and 24 months before it, and facts dated after it), so an account's
facts change overnight only when one of its facts entered or left a window: a touch,
purchase, answer, complaint or referral dated in the days since, or one that has just
grown 12 or 24 months old (:func:`crossed`, a few range reads over date indexes). Those
rows are rolled forward from the facts that crossed (:mod:`.fact_rollover`: what entered
is added, what left is taken away), or recomputed where that cannot be done; every other
row still holds, and :func:`read_rows` re-derives the two
components that depend on the day itself (tenure, recency) for all of them at once
(:func:`.components.rederived`). ``account_facts_checked`` keeps the day the rows were
last found to hold.

Nothing depends on the refresh succeeding: a read-only file, a database locked by another
writer or a PostgreSQL role without write permission leave the rows as they are, and
:func:`read_rows` computes whatever is not current for the day directly, writing nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import numpy as np
from sqlalchemy import and_, delete, exists, func, insert, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from circlesoftrust.engine.components import ComponentBasis, packed_rows, rederived
from circlesoftrust.engine.fact_queries import YEAR, contact_bits, facts_select
from circlesoftrust.engine.fact_rollover import rolled_rows
from circlesoftrust.engine.ring_facts import load_rings
from circlesoftrust.engine.sqlbits import among, fetch_rows
from circlesoftrust.fast_insert import executemany
from circlesoftrust.models import (
    Account,
    Complaint,
    Feedback,
    Referral,
    RevenueEntry,
    Touchpoint,
    account_facts,
    account_facts_checked,
)
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import Direction

log = logging.getLogger(__name__)

# Up to this many missing accounts are recomputed by id (index seeks per account, the ids
# bound as one value: sqlbits.in_ids); more are recomputed by one pass over the tables,
# which costs the same for any number (a new day at 100,000 accounts recomputes ~4,300).
BY_ID_LIMIT = 20_000
# PostgreSQL: how long a refresh waits for writers in flight before it gives up (the pass
# then reads the facts directly).
LOCK_WAIT = "2s"


@dataclass(frozen=True)
class Refresh:
    """What :func:`refresh` did: rows written, rows already current, or unavailable."""

    day: dt.date
    written: int
    current: int
    available: bool = True


def checked_on(session: Session, basis: ComponentBasis) -> int | None:
    """The day (number) on which every summary row of ``basis`` was last found to hold, of
    whatever day it was computed (None: not known, only rows of a day hold on that day)."""
    c = account_facts_checked.c
    row = session.execute(select(c.basis, c.checked_on).where(c.id == 1)).first()
    return int(row[1]) if row is not None and row[0] == basis.key else None


def _set_checked(session: Session, basis: ComponentBasis, ordinal: int) -> None:
    conn = session.connection()
    conn.execute(delete(account_facts_checked))
    conn.execute(insert(account_facts_checked).values(id=1, basis=basis.key, checked_on=ordinal))


def _holding(ordinal: int, basis: ComponentBasis, checked: int | None) -> Any:
    """The WHERE of the rows that hold on day ``ordinal``."""
    f = account_facts.c
    if checked == ordinal:
        return f.basis == basis.key
    return and_(f.as_of == ordinal, f.basis == basis.key)


def crossed(session: Session, since: int, ordinal: int) -> set[int]:
    """Accounts whose facts as of day ``ordinal`` may differ from those as of ``since``
    (earlier): a fact of theirs is dated in the days between (it entered), or left one of
    the windows the facts count (two-way touches: 12 months; purchases, answers and
    referrals: 12 and 24 months), or a complaint of theirs was resolved in between.
    Read over the date indexes (touchpoints, revenue) and the covering ones (the others)."""
    d0, d1 = dt.date.fromordinal(since), dt.date.fromordinal(ordinal)

    def entered(column: Any) -> Any:
        return and_(column > d0, column <= d1)

    def entered_or_left(column: Any) -> Any:
        back = [dt.timedelta(days=n) for n in (YEAR, 2 * YEAR)]
        return or_(entered(column), *(and_(column > d0 - b, column <= d1 - b) for b in back))

    t, r, fb = Touchpoint.__table__.c, RevenueEntry.__table__.c, Feedback.__table__.c
    c, ref = Complaint.__table__.c, Referral.__table__.c
    year = dt.timedelta(days=YEAR)
    reads = (
        select(t.account_id).where(entered(t.occurred_on)),
        select(t.account_id).where(
            t.direction == Direction.TWO_WAY.value,
            t.occurred_on > d0 - year,
            t.occurred_on <= d1 - year,
        ),
        select(r.account_id).where(entered_or_left(r.occurred_on)),
        select(fb.account_id).where(entered_or_left(fb.given_on)),
        select(c.account_id).where(or_(entered(c.opened_on), entered(c.resolved_on))),
        select(ref.from_account_id).where(entered_or_left(ref.referred_on)),
    )
    found: set[int] = set()
    for stmt in reads:
        found.update(row[0] for row in fetch_rows(session, stmt))
    return found


def _missing(session: Session, basis: ComponentBasis) -> list[int]:
    """Active accounts without a summary row of ``basis`` (the rows left all hold)."""
    a, f = Account.__table__.c, account_facts.c
    current = exists().where(f.account_id == a.id, f.basis == basis.key)
    rows = fetch_rows(session, select(a.id).where(a.archived_at.is_(None), ~current))
    return [r[0] for r in rows]


def _active_count(session: Session) -> int:
    a = Account.__table__.c
    return int(session.scalar(select(func.count()).where(a.archived_at.is_(None))) or 0)


def _current_count(session: Session, ordinal: int, basis: ComponentBasis) -> int:
    """Summary rows that hold on the day (never of an archived account: a trigger drops
    them when it is archived, so this equals the active accounts when every one of them
    has its row)."""
    where = _holding(ordinal, basis, checked_on(session, basis))
    return int(session.scalar(select(func.count()).select_from(account_facts).where(where)) or 0)


def _basis(session: Session) -> ComponentBasis:
    from circlesoftrust.engine_settings import load_settings

    return ComponentBasis(load_settings(session), load_rings(session))


def refresh(db: Database, day: dt.date) -> Refresh:
    """Bring the summary up to ``day`` for every active account.

    First a read-only count: when every active account has a current row (the usual case
    after the first pass of a day) nothing is written or locked. Otherwise one write
    transaction takes the write lock before it reads anything, so no writer can slip a
    fact in between the read and the write (SQLite: the first statement writes;
    PostgreSQL: a SHARE ROW EXCLUSIVE lock on the summary, which the writers' triggers
    wait for, itself waiting at most ``LOCK_WAIT``). Any database error (read-only file,
    full disk, lock not granted, no permission) leaves the summary as it was and the pass
    reads the facts directly.
    """
    ordinal = day.toordinal()
    f = account_facts.c
    try:
        with db.transaction() as session:
            active = _active_count(session)
            if _current_count(session, ordinal, _basis(session)) == active:
                return Refresh(day, 0, active)
        with db.transaction() as session:
            conn = session.connection()
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
                conn.exec_driver_sql("LOCK TABLE account_facts IN SHARE ROW EXCLUSIVE MODE")
            # The first write takes SQLite's write lock; everything after reads under it.
            basis = _basis(session)
            conn.execute(delete(account_facts).where(f.basis != basis.key))
            rolled, recompute = _keep_what_holds(session, ordinal, basis)
            active = _active_count(session)
            if recompute is not None:
                recompute = _active_among(session, recompute)
            if recompute is None or _row_count(session, basis) + len(recompute) != active:
                recompute = _missing(session, basis)
            written = rolled + _write(session, day, recompute, contact_bits(session), basis)
            _set_checked(session, basis, ordinal)
    except (DBAPIError, sqlite3.Error) as exc:
        # bulk.executemany uses the DB-API cursor: SQLite's errors arrive unwrapped.
        log.info("account fact summary not refreshed (%s); facts are read directly", exc)
        return Refresh(day, 0, 0, available=False)
    return Refresh(day, written, active - written)


def _active_among(session: Session, ids: list[int]) -> list[int]:
    """The active accounts of ``ids`` (ascending)."""
    if not ids:
        return ids
    a = Account.__table__.c
    stmt = select(a.id).where(among(a.id, ids), a.archived_at.is_(None)).order_by(a.id)
    return [row[0] for row in fetch_rows(session, stmt)]


def _row_count(session: Session, basis: ComponentBasis) -> int:
    f = account_facts.c
    return int(
        session.scalar(select(func.count()).select_from(account_facts).where(f.basis == basis.key))
        or 0
    )


def _keep_what_holds(
    session: Session, ordinal: int, basis: ComponentBasis
) -> tuple[int, list[int] | None]:
    """Bring the summary rows that may not hold on day ``ordinal`` forward, or delete them
    (a full recompute follows); returns how many rows were brought forward.

    After a later day (less than a year) than the one they were last checked on, only the
    rows of the accounts whose facts crossed a window change: each is rolled forward from
    the facts that crossed (:func:`.fact_rollover.rolled_rows`), or deleted where that
    cannot be done; all of them when there are more than a by-id recompute takes. After
    a year or more, the rows of the accounts :func:`crossed` names are deleted. After an
    earlier day or with no check known, every row of another day is deleted.

    Also returns the accounts whose rows it deleted and did not bring forward, when that
    is known (None: not known). When they and the rows left make up every active account,
    they are what is missing (no pass over the accounts to find it)."""
    f = account_facts.c
    conn = session.connection()
    checked = checked_on(session, basis)
    if checked is not None and checked < ordinal:
        rolled: list[list[Any]] = []
        if ordinal - checked < YEAR:
            stale, rolled = rolled_rows(session, checked, ordinal, basis)
        else:
            stale = crossed(session, checked, ordinal)
        if len(stale) > BY_ID_LIMIT:
            conn.execute(delete(account_facts))
            return 0, None
        if stale:
            conn.execute(delete(account_facts).where(among(f.account_id, sorted(stale))))
        brought = _insert(session, packed_rows(rolled, basis, ordinal), ordinal, basis)
        return brought, sorted(stale.difference(row[0] for row in rolled))
    if checked != ordinal:
        conn.execute(delete(account_facts).where(f.as_of != ordinal))
    return 0, None


def _write(
    session: Session, day: dt.date, missing: list[int], bits: int, basis: ComponentBasis
) -> int:
    """Compute and store the rows of ``missing``; returns how many rows were written."""
    if not missing:
        return 0
    conn = session.connection()
    if len(missing) > BY_ID_LIMIT:
        conn.execute(delete(account_facts))  # the few current rows are recomputed alike
        rows = fetch_rows(
            session, facts_select(day, None, bits, basis.directions, basis.weak_two_way)
        )
    else:
        rows = fetch_rows(
            session, facts_select(day, missing, bits, basis.directions, basis.weak_two_way)
        )
    return _insert(session, packed_rows(rows, basis, day.toordinal()), day.toordinal(), basis)


def _insert(
    session: Session, rows: list[tuple[Any, ...]], ordinal: int, basis: ComponentBasis
) -> int:
    """Store engine rows (of :func:`.components.packed_rows`) as of day ``ordinal``."""
    if not rows:
        return 0
    conn = session.connection()
    key = basis.key
    columns = ("account_id", "as_of", "basis", "name", "ring_id", "pinned", "facts")
    values = [
        (aid, ordinal, key, name, ring_id, pinned, packed)
        for aid, name, ring_id, pinned, packed in rows
    ]
    if conn.dialect.name == "sqlite":
        executemany(conn, account_facts, columns, values)  # plain values: ints, text, bytes
    else:
        conn.execute(insert(account_facts), [dict(zip(columns, v, strict=True)) for v in values])
    return len(values)


def _older_rows(session: Session, ordinal: int, basis: ComponentBasis) -> bool:
    """Whether some row of ``basis`` was computed for an earlier day (an index seek)."""
    f = account_facts.c
    oldest = session.scalar(select(func.min(f.as_of)).where(f.basis == basis.key))
    return oldest is not None and oldest < ordinal


def _active_ids(session: Session) -> list[int]:
    """The active accounts' ids, ascending."""
    a = Account.__table__.c
    stmt = select(a.id).where(a.archived_at.is_(None)).order_by(a.id)
    return list(map(itemgetter(0), fetch_rows(session, stmt)))


def read_rows(
    session: Session, day: dt.date, bits: int, basis: ComponentBasis
) -> list[tuple[Any, ...]]:
    """The engine row (id, name, ring id, pinned, packed facts and components; see
    :class:`.facts.FactTable`) of every active account as of ``day``: from the summary
    where it is current, computed directly for the others."""
    return read_rows_and_values(session, day, bits, basis)[0]


def read_rows_and_values(
    session: Session, day: dt.date, bits: int, basis: ComponentBasis
) -> tuple[list[tuple[Any, ...]], np.ndarray[Any, Any] | None]:
    """:func:`read_rows`, and their packed values as one :data:`.components.PACKED_RECORD`
    array when re-deriving them made it anyway (None: not made)."""
    f = account_facts.c
    ordinal = day.toordinal()
    checked = checked_on(session, basis)
    # "+ 0": a plain scan in row order. Through ix_account_facts_current SQLite would
    # fetch every row by id, ~1.5x slower for all of them (measured).
    where = (
        f.basis + 0 == basis.key
        if checked == ordinal
        else and_(f.as_of + 0 == ordinal, f.basis + 0 == basis.key)
    )
    stmt = select(f.account_id, f.name, f.ring_id, f.pinned, f.facts).where(where)
    rows = fetch_rows(session, stmt.order_by(f.account_id))
    values = None
    if checked == ordinal and _older_rows(session, ordinal, basis):
        # Rows of earlier days that still hold: their facts are today's, their tenure and
        # recency are worked out for today (a row of today comes out the same).
        rows, values = rederived(rows, basis, ordinal)
    # The active accounts decide, not the summary: a row whose account is gone or archived
    # is dropped (the triggers remove those; raw SQL with foreign keys off might not), and
    # what is missing is computed from the same two reads, so no account comes twice.
    ids = _active_ids(session)
    if list(map(itemgetter(0), rows)) == ids:  # both ascending: the usual case, checked in C
        return rows, values
    active = set(ids)
    rows = [r for r in rows if r[0] in active]
    missing = sorted(active.difference(r[0] for r in rows))
    if len(missing) > BY_ID_LIMIT:
        stmt = facts_select(day, None, bits, basis.directions, basis.weak_two_way)
        rows = packed_rows(fetch_rows(session, stmt), basis, ordinal)
    else:
        direct = fetch_rows(
            session, facts_select(day, missing, bits, basis.directions, basis.weak_two_way)
        )
        rows.extend(packed_rows(direct, basis, ordinal))
    rows.sort(key=itemgetter(0))
    return rows, None
