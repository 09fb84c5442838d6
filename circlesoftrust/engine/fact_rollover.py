"""A new day's summary rows rolled forward from the facts that crossed a window overnight.

An account's facts as of a day change only when one of its facts entered a window (dated
in the days since) or left one (grew 12 or 24 months old), or a complaint of its was
resolved in between (:func:`.fact_summary.crossed`). Instead of recomputing such an
account's row from all of its history (the wide statement of :func:`.fact_queries.
facts_select`, an index walk per account and table), :func:`rolled_rows` reads only the
facts that crossed (range reads over the date indexes, a few thousand rows at 100,000
accounts) and applies them to the stored row: a count or sum gains what entered and loses
what left, a latest date takes the later one.

Two facts cannot be worked out from the stored row alone, and are read again for the
accounts concerned:

* the lowest and highest contact of the two-way touches of the last 12 months (who
  carries the relationship) when a touch of one of those two contacts left the window:
  the account's touch facts, :func:`.fact_queries.account_query` for those accounts alone;
* the decision makers' keys (:data:`.fact_queries.DECIDER_COLUMNS`) when a touch of one of
  the account's deciders entered or left: :func:`.fact_queries.decider_query` for those
  accounts alone.

The result equals a full recompute (``tests/unit/test_engine_new_day.py``, a property
test over random histories, days and steps).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from circlesoftrust.engine.components import FACT_COUNT, PACKED, ComponentBasis
from circlesoftrust.engine.fact_queries import (
    DECIDER_COLUMNS,
    DECIDER_ROLES,
    FACT_COLUMNS,
    YEAR,
    account_query,
    contact_bits,
    decider_query,
)
from circlesoftrust.engine.sqlbits import DayNumbers, among, fetch_rows
from circlesoftrust.models import (
    RELATIONAL_SCORES,
    Complaint,
    Contact,
    Feedback,
    Referral,
    RevenueEntry,
    Touchpoint,
    account_facts,
)
from circlesoftrust.vocabulary import ComplaintStatus, Direction, RevenueKind

# Where each fact sits in a wide row (id, name, ring id, pinned, facts..., decider keys).
_AT = {name: 4 + i for i, name in enumerate((*FACT_COLUMNS, *DECIDER_COLUMNS))}
_TWO_WAY = Direction.TWO_WAY.value
_NEW = RevenueKind.NEW.value
_OPEN = ComplaintStatus.OPEN.value


def _later(old: int, new: int) -> int:
    return new if new > old else old


def _earlier(old: int, new: int) -> int:
    """The earlier of two day numbers, 0 being none."""
    return new if old == 0 or (new and new < old) else old


class _Crossing:
    """The facts that crossed a window between day numbers ``since`` and ``ordinal``."""

    def __init__(self, session: Session, since: int, ordinal: int) -> None:
        self.since, self.ordinal = since, ordinal
        d0, d1 = dt.date.fromordinal(since), dt.date.fromordinal(ordinal)
        year = dt.timedelta(days=YEAR)

        def moved(column: Any, back: dt.timedelta = dt.timedelta(0)) -> Any:
            return and_(column > d0 - back, column <= d1 - back)

        def any_window(column: Any) -> Any:
            return or_(moved(column), moved(column, year), moved(column, 2 * year))

        # The days of the three windows' edges that moved, one by one: the answers and
        # referrals have no index that starts with their date, and a test of each row's
        # date against a list of days costs a third of three range tests (measured: the
        # answers' read 0.048 -> 0.013 s at 100,000 accounts). The same rows: dates are
        # whole days.
        crossed_days = [
            dt.date.fromordinal(day - back)
            for back in (0, YEAR, 2 * YEAR)
            for day in range(since + 1, ordinal + 1)
        ]

        t, r, fb = Touchpoint.__table__.c, RevenueEntry.__table__.c, Feedback.__table__.c
        c, ref = Complaint.__table__.c, Referral.__table__.c
        self.touches_in = fetch_rows(
            session,
            select(t.account_id, t.occurred_on, t.direction, t.contact_id).where(
                moved(t.occurred_on)
            ),
        )
        self.touches_out = fetch_rows(
            session,
            select(t.account_id, t.contact_id).where(
                t.direction == _TWO_WAY, moved(t.occurred_on, year)
            ),
        )
        self.revenue = fetch_rows(
            session,
            select(r.account_id, r.occurred_on, r.amount_cents, r.kind, r.renewal_on).where(
                any_window(r.occurred_on)
            ),
        )
        self.feedback = fetch_rows(
            session,
            select(
                fb.account_id, fb.given_on, fb.nps, *(fb[name] for name in RELATIONAL_SCORES)
            ).where(fb.given_on.in_(crossed_days)),
        )
        self.complaints = fetch_rows(
            session,
            select(c.account_id, c.opened_on, c.resolved_on, c.status).where(
                or_(moved(c.opened_on), moved(c.resolved_on))
            ),
        )
        self.referrals = fetch_rows(
            session,
            select(ref.from_account_id, ref.referred_on).where(ref.referred_on.in_(crossed_days)),
        )

    def accounts(self) -> set[int]:
        """Every account with a fact that crossed (what :func:`.fact_summary.crossed` names)."""
        found: set[int] = set()
        for rows in (
            self.touches_in,
            self.touches_out,
            self.revenue,
            self.feedback,
            self.complaints,
            self.referrals,
        ):
            found.update(row[0] for row in rows)
        return found

    def window(self, day: int) -> int:
        """0: entered; 1: left the 12 months; 2: left the 24 months (-1: none of them)."""
        for n in range(3):
            if self.since - n * YEAR < day <= self.ordinal - n * YEAR:
                return n
        return -1


def rolled_rows(
    session: Session, since: int, ordinal: int, basis: ComponentBasis
) -> tuple[set[int], list[list[Any]]]:
    """The accounts whose facts crossed a window between the day numbers ``since`` and
    ``ordinal`` (less than a year later), and the wide rows (as of ``ordinal``) of those
    among them that have a summary row of ``basis`` that could be rolled forward; the
    others need a full recompute."""
    assert 0 < ordinal - since < YEAR
    crossing = _Crossing(session, since, ordinal)
    stale = crossing.accounts()
    if not stale:
        return stale, []
    f = account_facts.c
    stored = fetch_rows(
        session,
        select(f.account_id, f.name, f.ring_id, f.pinned, f.facts).where(
            f.basis == basis.key, among(f.account_id, sorted(stale))
        ),
    )
    rows: dict[int, list[Any]] = {}
    for aid, name, ring_id, pinned, packed in stored:
        values = PACKED.unpack(packed)
        rows[aid] = [aid, name, ring_id, pinned, *values[:FACT_COUNT], *values[-2:]]
    days = DayNumbers()
    unknown = _apply_touches(crossing, rows, days, basis.directions)
    _reread_touches(session, crossing, rows, unknown, basis, days)
    _apply_revenue(crossing, rows, days)
    _apply_feedback(crossing, rows, days)
    _apply_complaints(crossing, rows, days)
    _apply_referrals(crossing, rows, days)
    _reread_deciders(session, crossing, rows, basis)
    return stale, [rows[aid] for aid in sorted(rows)]


def _apply_touches(
    crossing: _Crossing, rows: dict[int, list[Any]], days: DayNumbers, counted: Iterable[str]
) -> set[int]:
    """Touches that entered or left; returns the accounts whose carriers are not known."""
    last_touch, last_contact = _AT["last_touch"], _AT["last_contact_touch"]
    count, low, high = _AT["two_way_12m"], _AT["carrier_low"], _AT["carrier_high"]
    # A carrier whose touch left: who carries the relationship now needs every touch.
    unknown: set[int] = set()
    for aid, contact in crossing.touches_out:
        row = rows.get(aid)
        if row is None:
            continue
        row[count] -= 1
        if contact is not None and contact in (row[low], row[high]):
            unknown.add(aid)
    counted = frozenset(counted)
    for aid, on, direction, contact in crossing.touches_in:
        row = rows.get(aid)
        if row is None:
            continue
        day = days[on]
        assert day is not None
        row[last_touch] = _later(row[last_touch], day)
        if direction in counted:
            row[last_contact] = _later(row[last_contact], day)
        if direction == _TWO_WAY:
            row[count] += 1
            if contact is not None:
                row[low] = _earlier(row[low], contact)
                row[high] = _later(row[high], contact)
    return unknown


def _apply_revenue(crossing: _Crossing, rows: dict[int, list[Any]], days: DayNumbers) -> None:
    first, last, purchases = _AT["first_purchase"], _AT["last_purchase"], _AT["purchases"]
    repeats, renewal = _AT["repeat_purchases"], _AT["renewal"]
    r12, rprev = _AT["revenue_12m_cents"], _AT["revenue_prev_cents"]
    total = _AT["revenue_total_cents"]
    for aid, on, amount, kind, renewal_on in crossing.revenue:
        row = rows.get(aid)
        if row is None:
            continue
        day = days[on]
        assert day is not None
        window = crossing.window(day)
        if window == 0:
            row[first] = _earlier(row[first], day)
            row[last] = _later(row[last], day)
            row[purchases] += 1
            row[repeats] += kind != _NEW
            row[r12] += amount
            row[total] += amount
            renews = days[renewal_on]
            if renews is not None:
                row[renewal] = _later(row[renewal], renews)
        elif window == 1:
            row[r12] -= amount
            row[rprev] += amount
        elif window == 2:
            row[rprev] -= amount


def _apply_feedback(crossing: _Crossing, rows: dict[int, list[Any]], days: DayNumbers) -> None:
    answers, promoters = _AT["answers_24m"], _AT["promoters_24m"]
    answers_12m, detractors = _AT["answers_12m"], _AT["detractors_12m"]
    last, last_promoter = _AT["last_feedback"], _AT["last_promoter"]
    rel_sum, rel_count = _AT["relational_sum_12m"], _AT["relational_count_12m"]
    entered: list[tuple[list[Any], int, int, tuple[Any, ...]]] = []
    for aid, on, nps, *scores in crossing.feedback:
        row = rows.get(aid)
        if row is None:
            continue
        day = days[on]
        assert day is not None
        window = crossing.window(day)
        if window == 0:
            entered.append((row, day, nps, tuple(scores)))
        elif window == 1:
            row[answers_12m] -= 1
            row[detractors] -= nps <= 6
            given = [s for s in scores if s is not None]
            row[rel_sum] -= sum(given)
            row[rel_count] -= len(given)
        elif window == 2:
            row[answers] -= 1
            row[promoters] -= nps >= 9
            # The oldest answers left: when none of the older ones is left, neither is a
            # latest date among them (every one left was dated before those that stay).
            if row[answers] == 0:
                row[last] = 0
            if row[promoters] == 0:
                row[last_promoter] = 0
    for row, day, nps, given_scores in entered:
        row[answers] += 1
        row[promoters] += nps >= 9
        row[answers_12m] += 1
        row[detractors] += nps <= 6
        row[last] = _later(row[last], day)
        if nps >= 9:
            row[last_promoter] = _later(row[last_promoter], day)
        given = [s for s in given_scores if s is not None]
        row[rel_sum] += sum(given)
        row[rel_count] += len(given)


def _apply_complaints(crossing: _Crossing, rows: dict[int, list[Any]], days: DayNumbers) -> None:
    open_count, oldest, event = (
        _AT["open_complaints"],
        _AT["oldest_open_complaint"],
        _AT["last_complaint_event"],
    )
    since, ordinal = crossing.since, crossing.ordinal
    for aid, opened_on, resolved_on, status in crossing.complaints:
        row = rows.get(aid)
        opened, resolved = days[opened_on], days[resolved_on]
        if row is None or opened is None or opened > ordinal:
            continue  # not counted on either day
        if opened > since and status == _OPEN:  # opened in between: counted from now on
            row[open_count] += 1
            row[oldest] = _earlier(row[oldest], opened)
        # Its latest event on the new day (a resolution only once it happened).
        latest = resolved if resolved is not None and resolved <= ordinal else opened
        row[event] = _later(row[event], latest)


def _apply_referrals(crossing: _Crossing, rows: dict[int, list[Any]], days: DayNumbers) -> None:
    in_12m, in_24m, last = _AT["referrals_12m"], _AT["referrals_24m"], _AT["last_referral"]
    for aid, on in crossing.referrals:
        row = rows.get(aid)
        if row is None:
            continue
        day = days[on]
        assert day is not None
        window = crossing.window(day)
        if window == 0:
            row[in_12m] += 1
            row[in_24m] += 1
            row[last] = _later(row[last], day)
        elif window == 1:
            row[in_12m] -= 1
        elif window == 2:
            row[in_24m] -= 1


_TOUCH_FACTS = ("last_touch", "last_contact_touch", "two_way_12m", "carrier_low", "carrier_high")


def _reread_touches(
    session: Session,
    crossing: _Crossing,
    rows: dict[int, list[Any]],
    unknown: set[int],
    basis: ComponentBasis,
    days: DayNumbers,
) -> None:
    """The touch facts of the accounts whose carriers are not known, read again
    (:func:`.fact_queries.account_query` for them alone; the other tables' facts stay)."""
    if not unknown:
        return
    day = dt.date.fromordinal(crossing.ordinal)
    stmt = account_query(day, sorted(unknown), contact_bits(session), basis.directions)
    at = [_AT[name] for name in _TOUCH_FACTS]
    found = set()
    for aid, _name, _ring, _pinned, last, last_contact, count, low, high in fetch_rows(
        session, stmt
    ):
        row = rows[aid]
        row[at[0]], row[at[1]] = days[last] or 0, days[last_contact] or 0
        row[at[2]], row[at[3]], row[at[4]] = count or 0, low or 0, high or 0
        found.add(aid)
    for aid in unknown - found:  # archived meanwhile: recomputed (to nothing) with the rest
        del rows[aid]


def _reread_deciders(
    session: Session, crossing: _Crossing, rows: dict[int, list[Any]], basis: ComponentBasis
) -> None:
    """The decider keys of the accounts one of whose deciders' touches crossed, read again."""
    touched = {
        (aid, contact)
        for aid, _on, _direction, contact in crossing.touches_in
        if contact is not None and aid in rows
    }
    touched.update(
        (aid, contact)
        for aid, contact in crossing.touches_out
        if contact is not None and aid in rows
    )
    if not touched:
        return
    c = Contact.__table__.c
    deciders = set(
        fetch_rows(
            session,
            select(c.account_id, c.id).where(
                among(c.id, sorted({contact for _aid, contact in touched})),
                c.role.in_([role.value for role in DECIDER_ROLES]),
                c.archived_at.is_(None),
            ),
        )
    )
    concerned = sorted({aid for aid, contact in touched if (aid, contact) in deciders})
    if not concerned:
        return
    quiet, low = _AT["decider_quiet_key"], _AT["decider_low_key"]
    keys = {
        aid: (quiet_key or 0, low_key or 0)
        for aid, quiet_key, low_key in fetch_rows(
            session,
            decider_query(dt.date.fromordinal(crossing.ordinal), concerned, basis.weak_two_way),
        )
    }
    for aid in concerned:
        rows[aid][quiet], rows[aid][low] = keys.get(aid, (0, 0))
