"""The facts the engine reasons about, read set-based: a few GROUP BY queries for all accounts.

Each hot query is one aggregate over one table, walked in the order of its covering index
(``tests/unit/test_engine_plans.py`` fails if a plan stops using it). Python then joins the
per-account rows by id in dictionaries; no query runs per account. The same builders
take an optional set of account ids, so one account's explanation reads exactly the facts
the bulk pass read.

Windows: "12m" is the 365 days up to and including the day; "prev" is the 365 days before
that. Dates are returned as day numbers (``date.toordinal()``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from circlesoftrust.engine.sqlbits import DayNumbers, as_flag, fetch_rows, packed, raw
from circlesoftrust.models import (
    Account,
    Complaint,
    Contact,
    Feedback,
    Referral,
    RevenueEntry,
    Ring,
    Touchpoint,
)
from circlesoftrust.vocabulary import ComplaintStatus, Direction, RelationshipStage, RevenueKind

YEAR = 365
WEAK_OR_BETTER = frozenset(
    {RelationshipStage.WEAK_TIE, RelationshipStage.BUILDING, RelationshipStage.STRONG_TIE}
)


@dataclass(frozen=True)
class RingFacts:
    """A ring as the engine needs it (plain values, ordered by position)."""

    id: int
    position: int
    name: str
    stage: str
    cadence_days: int | None
    min_score: int
    customers_only: bool
    insight_delay_days: int
    detail_level: str
    discussion_open: bool


@dataclass(frozen=True)
class AccountFacts:
    """Everything the score and the account-level suggestions of one account rest on."""

    account_id: int
    name: str
    ring_position: int
    pinned: bool
    # touchpoints
    last_touch_on: dt.date | None
    two_way_12m: int
    # Contacts with a two-way touch in 12m (after hand-set stages): () none, (id,) exactly
    # one, (lowest, highest) two or more.
    carriers: tuple[int, ...]
    # revenue
    first_purchase_on: dt.date | None
    last_purchase_on: dt.date | None
    purchases: int
    repeat_kinds: int  # renewals, up-sells and cross-sells
    revenue_12m_cents: int
    revenue_prev_cents: int
    revenue_total_cents: int
    renewal_on: dt.date | None  # the latest contract's renewal date
    # feedback
    answers_24m: int
    promoters_24m: int
    answers_12m: int
    detractors_12m: int
    last_feedback_on: dt.date | None
    last_promoter_on: dt.date | None
    # complaints and referrals
    open_complaints: int
    oldest_open_complaint_on: dt.date | None
    referrals_12m: int
    referrals_prev: int
    last_referral_on: dt.date | None

    @property
    def is_customer(self) -> bool:
        return self.purchases > 0


@dataclass(frozen=True)
class RevenueRanking:
    """How effective revenue (see scoring) is spread over the active accounts."""

    accounts: int  # active accounts ranked (with or without revenue)
    total: int  # sum of effective revenue (cents x 100)
    paying: int  # accounts with effective revenue above 0
    sorted_positive: tuple[int, ...]  # ascending
    pareto_cut: int  # smallest effective revenue still inside the 80 % core (0 = none)
    pareto_accounts: int

    def below(self, value: int) -> int:
        """How many active accounts have strictly less effective revenue than ``value``."""
        if value <= 0:
            return 0
        return self.accounts - self.paying + bisect.bisect_left(self.sorted_positive, value)

    def rank(self, value: int) -> int:
        """1 for the biggest account; ties share the better rank."""
        return self.paying - bisect.bisect_right(self.sorted_positive, value) + 1


def effective_revenue(revenue_12m: int, revenue_prev: int, previous_year_percent: int) -> int:
    """Trailing-12-month revenue plus a share of the year before, in exact integers."""
    return revenue_12m * 100 + revenue_prev * previous_year_percent


def rank_revenue(effective: Iterable[int], accounts: int) -> RevenueRanking:
    """Rank the effective revenue of ``accounts`` active accounts (the paying ones listed)."""
    positive = sorted(v for v in effective if v > 0)
    total = sum(positive)
    cut, core, running = 0, 0, 0
    for value in reversed(positive):
        if running * 5 >= total * 4:  # 80 % reached before this account
            break
        running += value
        cut, core = value, core + 1
    return RevenueRanking(
        max(accounts, len(positive)), total, len(positive), tuple(positive), cut, core
    )


# --- the hot queries ----------------------------------------------------------------------


def _only(stmt: Select[Any], column: Any, ids: Collection[int] | None) -> Select[Any]:
    return stmt if ids is None else stmt.where(column.in_(list(ids)))


# Integer packing of the two-way subquery needs 2 x (contact id bits) + count bits <= 63.
MAX_PACKED_CONTACT_BITS = 21  # contact ids below ~2.1 million; counts below ~2.1 million


def contact_bits(session: Session) -> int:
    """Bits of the largest contact id (at least 1): the width of one packed contact."""
    top = session.scalar(select(func.max(Contact.__table__.c.id)))
    return max(1, int(top or 0).bit_length())


def account_query(
    day: dt.date, ids: Collection[int] | None = None, bits: int = MAX_PACKED_CONTACT_BITS
) -> Select[Any]:
    """Per active account: ring, pin, last touch, and its two-way touches of the last 12 months.

    Driven by the accounts table; each account seeks twice: into
    ``ix_touchpoints_account_recency`` for the last touch (one index step, SQLite's min/max
    optimisation) and into the partial ``ix_touchpoints_two_way`` for the two-way touches
    of the last 12 months (a range holding two-way touches only, covered). A scalar
    subquery returns one value, so the second packs count, lowest and highest contact into
    one integer ``(count << 2 bits) | (lowest << bits) | highest`` (:func:`two_way_parts`);
    ``bits`` is the width of the largest contact id. Past ``MAX_PACKED_CONTACT_BITS`` the
    integer could overflow 64 bits, so the parts come as text "count:lowest:highest"
    instead (slower: text per row costs about a third of the query; measured).
    The lowest and highest contact tell whether at most one person carries the relationship.
    Measured on 100k accounts / 2M touchpoints: about 0.8x one bare GROUP BY over all
    touchpoints (the floor of the benchmark).
    """
    a = Account.__table__.c
    t = Touchpoint.__table__.c
    last_touch = (
        select(func.max(t.occurred_on))
        .where(t.account_id == a.id, t.occurred_on <= day)
        .scalar_subquery()
    )
    count, low, high = (
        func.count(),
        func.coalesce(func.min(t.contact_id), 0),
        func.coalesce(func.max(t.contact_id), 0),
    )
    if bits <= MAX_PACKED_CONTACT_BITS:
        step: ColumnElement[Any] = literal_column(str(1 << bits))
        parts: ColumnElement[Any] = raw((count * step + low) * step + high)
    else:
        parts = packed(count, low, high)
    two_way = (
        select(parts)
        .where(
            t.account_id == a.id,
            # A literal, not a parameter: it must match the partial index's WHERE.
            t.direction == literal_column(f"'{Direction.TWO_WAY.value}'"),
            t.occurred_on > day - dt.timedelta(days=YEAR),
            t.occurred_on <= day,
        )
        .scalar_subquery()
    )
    stmt = select(a.id, a.name, a.ring_id, a.pinned, raw(last_touch), two_way).where(
        a.archived_at.is_(None)
    )
    return _only(stmt, a.id, ids)


def unpack_text_parts(value: str, bits: int) -> int:
    """The text form "count:lowest:highest" as the packed integer (Python ints never overflow)."""
    count, low, high = (int(x) for x in value.split(":"))
    return (count << 2 * bits) | (low << bits) | high


def two_way_parts(value: int, bits: int) -> tuple[int, int, int]:
    """(count, lowest contact, highest contact) of a packed two-way value (0 = none)."""
    mask = (1 << bits) - 1
    return value >> 2 * bits, (value >> bits) & mask, value & mask


def revenue_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: first and last purchase, counts, 12m / previous / total revenue, renewal."""
    r = RevenueEntry.__table__.c
    in_12m = as_flag(r.occurred_on > day - dt.timedelta(days=YEAR))
    in_prev = as_flag(
        and_(
            r.occurred_on > day - dt.timedelta(days=2 * YEAR),
            r.occurred_on <= day - dt.timedelta(days=YEAR),
        )
    )
    stmt = (
        select(
            r.account_id,
            raw(func.min(r.occurred_on)),
            raw(func.max(r.occurred_on)),
            func.count(),
            func.sum(as_flag(r.kind != RevenueKind.NEW.value)),
            func.sum(r.amount_cents * in_12m),
            func.sum(r.amount_cents * in_prev),
            func.sum(r.amount_cents),
            raw(func.max(r.renewal_on)),
        )
        .where(r.occurred_on <= day)
        .group_by(r.account_id)
    )
    return _only(stmt, r.account_id, ids)


def feedback_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: NPS answers and promoters (24m), detractors (12m), last dates."""
    f = Feedback.__table__.c
    in_12m = as_flag(f.given_on > day - dt.timedelta(days=YEAR))
    promoter = as_flag(f.nps >= 9)
    stmt = (
        select(
            f.account_id,
            func.count(),
            func.sum(promoter),
            func.sum(in_12m),
            func.sum(in_12m * as_flag(f.nps <= 6)),
            raw(func.max(f.given_on)),
            raw(func.max(case((f.nps >= 9, f.given_on)))),
        )
        .where(f.given_on <= day, f.given_on > day - dt.timedelta(days=2 * YEAR))
        .group_by(f.account_id)
    )
    return _only(stmt, f.account_id, ids)


def complaint_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: open complaints and the oldest one's date."""
    c = Complaint.__table__.c
    stmt = (
        select(c.account_id, func.count(), raw(func.min(c.opened_on)))
        .where(c.status == ComplaintStatus.OPEN.value, c.opened_on <= day)
        .group_by(c.account_id)
    )
    return _only(stmt, c.account_id, ids)


def referral_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per referring account: referrals in 12m, in the year before, and the last one's date."""
    r = Referral.__table__.c
    in_12m = as_flag(r.referred_on > day - dt.timedelta(days=YEAR))
    in_24m = as_flag(r.referred_on > day - dt.timedelta(days=2 * YEAR))
    stmt = (
        select(r.from_account_id, func.sum(in_12m), func.sum(in_24m), raw(func.max(r.referred_on)))
        .where(r.referred_on <= day)
        .group_by(r.from_account_id)
    )
    return _only(stmt, r.from_account_id, ids)


def contact_exception_query(ids: Collection[int] | None = None) -> Select[Any]:
    """Contacts whose stage is set by hand or who are archived (rare; they bend carriers)."""
    c = Contact.__table__.c
    stmt = select(c.account_id, c.id, c.stage_override, c.archived_at.is_not(None)).where(
        (c.stage_override.is_not(None)) | (c.archived_at.is_not(None))
    )
    return _only(stmt, c.account_id, ids)


def load_rings(session: Session) -> tuple[RingFacts, ...]:
    return tuple(
        RingFacts(
            r.id,
            r.position,
            r.name,
            r.stage.value,
            r.cadence_days,
            r.min_score,
            r.customers_only,
            r.insight_delay_days,
            r.detail_level.value,
            r.discussion_open,
        )
        for r in session.scalars(select(Ring).order_by(Ring.position))
    )


def _carriers_exact(session: Session, account_id: int, day: dt.date) -> set[int]:
    """Distinct contacts with a two-way touch in 12m (the rare case min/max cannot tell)."""
    t = Touchpoint.__table__.c
    return set(
        session.scalars(
            select(t.contact_id)
            .distinct()
            .where(
                t.account_id == account_id,
                t.direction == Direction.TWO_WAY.value,
                t.occurred_on > day - dt.timedelta(days=YEAR),
                t.occurred_on <= day,
                t.contact_id.is_not(None),
            )
        )
    )


class FactTable:
    """The facts of every active account (or of some) on one day, as the queries return them.

    Rows stay the driver's plain tuples, in the column order of the query builders above,
    so the scoring loop reads them without copying; dates stay raw and become day numbers
    through :attr:`days`. :meth:`account` gives one account's facts as a readable record.
    """

    def __init__(
        self,
        day: dt.date,
        rings: tuple[RingFacts, ...],
        accounts: list[tuple[Any, ...]],
        revenue: dict[int, tuple[Any, ...]],
        feedback: dict[int, tuple[Any, ...]],
        complaints: dict[int, tuple[Any, ...]],
        referrals: dict[int, tuple[Any, ...]],
        carrier_fixes: dict[int, tuple[int, ...]],
        ranking: RevenueRanking,
        days: DayNumbers,
        bits: int = MAX_PACKED_CONTACT_BITS,
    ) -> None:
        self.day = day
        self.day_ord = day.toordinal()
        self.rings = rings
        self.position_of = {r.id: r.position for r in rings}
        self.accounts = accounts  # (id, name, ring_id, pinned, last touch, packed two-way)
        self.revenue = revenue  # id -> (id, first, last, n, repeat, 12m, prev, total, renewal)
        self.feedback = feedback  # id -> (id, n24, promoters24, n12, detractors12, last, prom)
        self.complaints = complaints  # id -> (id, open, oldest)
        self.referrals = referrals  # id -> (id, n12, n24, last)
        self.carrier_fixes = carrier_fixes  # carriers after hand-set stages / archiving
        self.ranking = ranking
        self.days = days
        self.bits = bits  # width of one contact id in the packed two-way value
        self._rows: dict[int, tuple[Any, ...]] | None = None

    def carriers(self, account_id: int, two_way: int) -> tuple[int, ...]:
        """(), (only carrier,) or (lowest, highest) for one account (see AccountFacts)."""
        fixed = self.carrier_fixes.get(account_id)
        if fixed is not None:
            return fixed
        _, low, high = two_way_parts(two_way, self.bits)
        if high == 0:
            return ()
        return (low,) if low == high else (low, high)

    def by_id(self) -> dict[int, tuple[Any, ...]]:
        """The account rows by id (built once, on first use)."""
        if self._rows is None:
            self._rows = {a[0]: a for a in self.accounts}
        return self._rows

    def account(self, account_id: int) -> AccountFacts:
        """One account's facts as a readable record (for explanations and tests)."""
        row = self.by_id()[account_id]
        d = self.date
        r = self.revenue.get(account_id, (account_id, None, None, 0, 0, 0, 0, 0, None))
        f = self.feedback.get(account_id, (account_id, 0, 0, 0, 0, None, None))
        c = self.complaints.get(account_id, (account_id, 0, None))
        ref = self.referrals.get(account_id, (account_id, 0, 0, None))
        return AccountFacts(
            account_id=row[0],
            name=row[1],
            ring_position=self.position_of[row[2]],
            pinned=bool(row[3]),
            last_touch_on=d(row[4]),
            two_way_12m=row[5] >> 2 * self.bits,
            carriers=self.carriers(row[0], row[5]),
            first_purchase_on=d(r[1]),
            last_purchase_on=d(r[2]),
            purchases=r[3],
            repeat_kinds=r[4],
            revenue_12m_cents=r[5],
            revenue_prev_cents=r[6],
            revenue_total_cents=r[7],
            renewal_on=d(r[8]),
            answers_24m=f[1],
            promoters_24m=f[2],
            answers_12m=f[3],
            detractors_12m=f[4],
            last_feedback_on=d(f[5]),
            last_promoter_on=d(f[6]),
            open_complaints=c[1],
            oldest_open_complaint_on=d(c[2]),
            referrals_12m=ref[1],
            referrals_prev=ref[2] - ref[1],
            last_referral_on=d(ref[3]),
        )

    def date(self, raw_value: Any) -> dt.date | None:
        number = self.days[raw_value]
        return None if number is None else dt.date.fromordinal(number)


def load_facts(
    session: Session,
    day: dt.date,
    previous_year_percent: int,
    ids: Collection[int] | None = None,
) -> FactTable:
    """Read the facts of all active accounts (or of ``ids``) as of ``day``: a few queries.

    The revenue ranking always covers every active account (a rank needs the others).
    """
    rings = load_rings(session)
    bits = contact_bits(session)
    # One after the other on the session's connection. The touchpoint query on a second
    # connection in a thread meanwhile was measured no faster, often slower (Debian's
    # SQLite 3.40, two cores): a thread waits for the GIL after every row it steps, and
    # even one-row aggregates scaled poorly across threads of one process (not processes).
    accounts = fetch_rows(session, account_query(day, ids, bits))
    revenue = {row[0]: row for row in fetch_rows(session, revenue_query(day, ids))}
    feedback = {row[0]: row for row in fetch_rows(session, feedback_query(day, ids))}
    complaints = {row[0]: row for row in fetch_rows(session, complaint_query(day, ids))}
    referrals = {row[0]: row for row in fetch_rows(session, referral_query(day, ids))}
    if bits > MAX_PACKED_CONTACT_BITS:  # text parts (huge contact ids): same integers
        accounts = [(*a[:5], unpack_text_parts(a[5], bits)) for a in accounts]
    fixes = _carrier_fixes(session, day, accounts, ids, bits)
    percent = previous_year_percent
    if ids is None:
        active = {a[0] for a in accounts}
        # effective_revenue() inlined: one call per paying account costs more than the sum.
        ranked = [r[5] * 100 + r[6] * percent for aid, r in revenue.items() if aid in active]
        count = len(active)
    else:
        ranked, count = _all_effective_revenue(session, day, percent)
    return FactTable(
        day,
        rings,
        accounts,
        revenue,
        feedback,
        complaints,
        referrals,
        fixes,
        rank_revenue(ranked, count),
        DayNumbers(),
        bits,
    )


def _all_effective_revenue(session: Session, day: dt.date, percent: int) -> tuple[list[int], int]:
    """Effective revenue of every active account with revenue, and the active account count."""
    r = RevenueEntry.__table__.c
    a = Account.__table__.c
    in_12m = as_flag(r.occurred_on > day - dt.timedelta(days=YEAR))
    in_prev = as_flag(
        and_(
            r.occurred_on > day - dt.timedelta(days=2 * YEAR),
            r.occurred_on <= day - dt.timedelta(days=YEAR),
        )
    )
    stmt = (
        select(func.sum(r.amount_cents * in_12m), func.sum(r.amount_cents * in_prev))
        .join(Account.__table__, a.id == r.account_id)
        .where(r.occurred_on <= day, a.archived_at.is_(None))
        .group_by(r.account_id)
    )
    ranked = [
        effective_revenue(int(r12 or 0), int(rp or 0), percent)
        for r12, rp in fetch_rows(session, stmt)
    ]
    count = session.scalar(select(func.count()).select_from(Account).where(a.archived_at.is_(None)))
    return ranked, int(count or 0)


def _carrier_fixes(
    session: Session,
    day: dt.date,
    accounts: list[tuple[Any, ...]],
    ids: Collection[int] | None,
    bits: int,
) -> dict[int, tuple[int, ...]]:
    """Carriers of the accounts where hand-set stages or archived contacts change them.

    A contact set by hand to weak tie or better carries the relationship; one set below,
    or archived, does not. When the touches show two or more carriers and one of them may
    drop out, the exact set is read for that account alone (rare). ``accounts`` are the
    rows of :func:`account_query` (only those concerned are looked at).
    """
    adds: dict[int, set[int]] = {}
    drops: dict[int, set[int]] = {}
    for aid, cid, override, archived in fetch_rows(session, contact_exception_query(ids)):
        if archived or (override is not None and override not in WEAK_OR_BETTER):
            drops.setdefault(aid, set()).add(cid)
        elif override is not None:
            adds.setdefault(aid, set()).add(cid)
    concerned = set(adds) | set(drops)
    if not concerned:
        return {}
    two_way = {a[0]: a[5] for a in accounts if a[0] in concerned}
    fixes: dict[int, tuple[int, ...]] = {}
    for aid in concerned:
        packed_value = two_way.get(aid)
        if packed_value is None:
            continue  # archived account (or not asked for)
        _, low, high = two_way_parts(packed_value, bits)
        known = set() if high == 0 else {low, high}
        people = _carriers_exact(session, aid, day) if low != high and aid in drops else known
        people = (people | adds.get(aid, set())) - drops.get(aid, set())
        ordered = sorted(people)
        fixes[aid] = tuple(ordered[:1] + ordered[-1:]) if len(ordered) > 1 else tuple(ordered)
    return fixes


def hot_queries(day: dt.date) -> dict[str, tuple[Select[Any], tuple[str, ...]]]:
    """The per-account aggregates of the scoring pass and the covering indexes they use
    (every read of the table goes through one of them, and each of them is used)."""
    return {
        "touchpoints": (
            account_query(day),
            ("ix_touchpoints_account_recency", "ix_touchpoints_two_way"),
        ),
        "revenue": (revenue_query(day), ("ix_revenue_entries_account_date",)),
        "feedback": (feedback_query(day), ("ix_feedback_account_date",)),
        "complaints": (complaint_query(day), ("ix_complaints_account_status",)),
        "referrals": (referral_query(day), ("ix_referrals_from_account",)),
    }
