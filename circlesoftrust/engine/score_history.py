"""Past scores: what a reason compares today with (table ``score_history``).

A promote, demote or at-risk reason says what the score was then and names the two or
three facts that moved it since the account's last ring change, or over the last
:data:`WINDOW` days. History is not re-scored per account (a pass would grow with the
history); the full passes keep snapshots instead, and a reason compares two of them:

* when the newest snapshot is :data:`EVERY` days old or more (or there is none), a full
  pass writes every active account's score, revenue component, ring and packed facts (the
  summary row's bytes, with its four own components) as of its day: one bulk insert every
  few weeks, nothing on the other days;
* an account whose ring changed after its newest snapshot gets a row of its own from the
  next full pass that rewrote summary rows (a move rewrites the account's summary row
  through the triggers of 0005, so a pass that wrote none has nothing to check);
* rows older than :data:`KEEP` days are dropped with the next full snapshot.

The baseline of an account on day D is its snapshot closest to the later of D - WINDOW
and its last ring change, taken before D: the first one on or after that day, else the
last one before it. Nothing depends on writing them: a read-only or locked database
leaves the history as it is, and the reasons then say less.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from circlesoftrust.engine.components import (
    FACT,
    PACKED,
    PREFIX_SIZE,
    PREFIX_VERSIONS,
    SUMMARY_VERSION,
)
from circlesoftrust.engine.facts import load_facts
from circlesoftrust.engine.placement import Thresholds
from circlesoftrust.engine.scoring import score_rows
from circlesoftrust.engine.sqlbits import DayNumbers, among, fetch_rows, raw
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.fast_insert import executemany
from circlesoftrust.models import Account, RingChange, score_history
from circlesoftrust.storage import Database

log = logging.getLogger(__name__)

EVERY = 30  # days between two full snapshots
KEEP = 150  # days a snapshot is kept (the baseline is at most WINDOW + EVERY days old)
WINDOW = 90  # without a later ring change, a reason looks back this many days


@dataclass(frozen=True)
class Baseline:
    """One account's snapshot: its day number, ring id, score, revenue value and facts
    (a dict by the names of :data:`.components.FACT`)."""

    as_of: int
    ring_id: int
    score: float
    revenue: float
    facts: dict[str, Any]

    @property
    def values(self) -> tuple[float, float, float, float, float]:
        """The five component values, as a score row holds them."""
        f = self.facts
        return (self.revenue, f["loyalty"], f["engagement"], f["advocacy"], f["friction"])


def _chunks(ids: list[int], size: int = 900) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def record(
    db: Database,
    facts: Any,
    scores: dict[int, Any],
    wrote: bool,
    *,
    before_full: Collection[Callable[[], object]] = (),
) -> int:
    """Write the snapshots due after a full pass (``facts``/``scores`` of that pass;
    ``wrote``: its refresh rewrote summary rows). Returns how many rows were written.
    ``before_full`` are called before a full snapshot drops the oldest rows (reasons
    still to be worded read theirs first)."""
    day = facts.day_ord
    h = score_history.c
    try:
        with db.transaction() as session:
            newest = session.scalar(select(func.max(h.as_of)).where(h.as_of <= day))
            ids: list[int] | None = None
            if newest is not None and day - newest < EVERY:
                if not wrote:
                    return 0
                ids = _moved(session, facts, newest)
                if not ids:
                    return 0
        if ids is None:
            for call in before_full:
                call()
        with db.transaction(write=True) as session:
            conn = session.connection()
            if ids is None:
                conn.execute(delete(score_history).where(or_(h.as_of < day - KEEP, h.as_of == day)))
                rows = facts.accounts
            else:
                for chunk in _chunks(ids):
                    conn.execute(
                        delete(score_history).where(h.account_id.in_(chunk), h.as_of == day)
                    )
                by_id = facts.by_id()
                rows = [by_id[aid] for aid in ids]
            values = [
                (aid, day, SUMMARY_VERSION, ring_id, scores[aid][0], scores[aid][1][0], packed)
                for aid, _name, ring_id, _pinned, packed in rows
                if aid in scores
            ]
            columns = ("account_id", "as_of", "version", "ring_id", "score", "revenue", "facts")
            if conn.dialect.name == "sqlite":
                executemany(conn, score_history, columns, values)
            elif values:
                conn.execute(
                    insert(score_history), [dict(zip(columns, v, strict=True)) for v in values]
                )
            return len(values)
    except (DBAPIError, sqlite3.Error) as exc:
        log.info("score history not written (%s); reasons compare less", exc)
        return 0


def snapshot_as_of(db: Database, day: dt.date) -> int:
    """Write every active account's snapshot as of ``day`` (in the past) from the facts of
    that day, as a full pass on that day would have; returns how many rows were written.

    For a database filled with a past of its own at once (the demo business): its reasons
    then have a score to compare with, as they would for someone who used the app then.
    The summary is not touched (the facts of ``day`` are read directly)."""
    with db.transaction() as session:
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent)
        scores = score_rows(facts, settings, Thresholds.of(facts.rings))
    return record(db, facts, scores, True)


def _moved(session: Session, facts: Any, newest: int) -> list[int]:
    """Accounts whose ring differs from the ring of their newest snapshot, among those with
    a ring change since the newest full snapshot's day (few)."""
    rc, h = RingChange.__table__.c, score_history.c
    since = dt.date.fromordinal(newest)
    changed = sorted(
        {
            aid
            for (aid,) in fetch_rows(
                session,
                select(rc.account_id).where(rc.changed_on >= since, rc.changed_on <= facts.day),
            )
        }
    )
    by_id = facts.by_id()
    changed = [aid for aid in changed if aid in by_id]
    newest_ring: dict[int, tuple[int, int]] = {}
    for chunk in _chunks(changed):
        for aid, as_of, ring_id in fetch_rows(
            session,
            select(h.account_id, h.as_of, h.ring_id).where(
                h.account_id.in_(chunk), h.as_of <= facts.day_ord
            ),
        ):
            seen = newest_ring.get(aid)
            if seen is None or as_of > seen[0]:
                newest_ring[aid] = (as_of, ring_id)
    return [
        aid for aid in changed if aid not in newest_ring or newest_ring[aid][1] != by_id[aid][2]
    ]


def _day_of(moment: Any) -> int:
    """The day number of a raw timestamp (SQLite: ISO text; PostgreSQL: datetime)."""
    if moment is None:
        return 0
    if isinstance(moment, str):
        return dt.date.fromisoformat(moment[:10]).toordinal()
    return int(moment.toordinal())


def baselines(session: Session, day: dt.date, ids: Collection[int]) -> dict[int, Baseline]:
    """The baseline snapshot of each account of ``ids`` on ``day`` (see the module doc);
    accounts without a usable snapshot are left out."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    day_ord = day.toordinal()
    h, rc, a = score_history.c, RingChange.__table__.c, Account.__table__.c
    days = DayNumbers()
    moved: dict[int, int] = {}
    born: dict[int, int] = {}
    rows: dict[int, list[tuple[Any, ...]]] = {}
    # One read (the ids bound as one value, sqlbits.among): per account its creation and
    # last ring change up to the day, sought once each (a materialized step), then its
    # snapshots. Three reads over the same ids took half as long again (measured).
    last_move = (
        select(func.max(raw(rc.changed_on)))
        .where(rc.account_id == a.id, rc.changed_on <= day)
        .scalar_subquery()
    )
    wanted_accounts = (
        select(a.id.label("id"), raw(a.created_at).label("created"), last_move.label("moved"))
        .where(among(a.id, wanted))
        .cte("baseline_accounts")
        .prefix_with("MATERIALIZED")
    )
    w = wanted_accounts.c
    for aid, created, changed, *row in fetch_rows(
        session,
        select(w.id, w.created, w.moved, h.as_of, h.ring_id, h.score, h.revenue, h.facts)
        .select_from(wanted_accounts)
        .join(score_history, h.account_id == w.id)
        .where(h.as_of < day_ord, h.version.in_((SUMMARY_VERSION, *PREFIX_VERSIONS))),
    ):
        if aid not in born:
            born[aid] = _day_of(created)
            on = days[changed]
            if on is not None:
                moved[aid] = on
        if row[0] >= born[aid]:  # not of an earlier account with this id
            rows.setdefault(aid, []).append((aid, *row))
    out: dict[int, Baseline] = {}
    for aid, found in rows.items():
        target = max(day_ord - WINDOW, moved.get(aid, 0))
        after = [r for r in found if r[1] >= target]
        chosen = min(after, key=lambda r: r[1]) if after else max(found, key=lambda r: r[1])
        _, as_of, ring_id, score, revenue, packed = chosen
        if len(packed) == PREFIX_SIZE:  # an older version's snapshot: no decider keys
            packed = bytes(packed) + bytes(PACKED.size - PREFIX_SIZE)
        if len(packed) != PACKED.size:
            continue
        values = dict(zip(FACT, PACKED.unpack(packed), strict=True))
        out[aid] = Baseline(as_of, ring_id, float(score), float(revenue), values)
    return out
