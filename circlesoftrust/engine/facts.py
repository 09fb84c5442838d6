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

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import Session

from circlesoftrust.engine.sqlbits import as_flag, ordinal
from circlesoftrust.models import (
    Account,
    Complaint,
    ComplaintStatus,
    Contact,
    Direction,
    Feedback,
    Referral,
    RelationshipStage,
    RevenueEntry,
    RevenueKind,
    Ring,
    Touchpoint,
)

YEAR = 365
# Sentinel for "no matching contact" in the carrier aggregate (min over ids + penalty).
_NO_CONTACT = 1 << 52
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
    two_way_prev: int
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
    """How revenue is spread over the active accounts (effective revenue, see scoring)."""

    total: int  # sum of effective revenue (cents x 100)
    paying: int  # accounts with effective revenue above 0
    sorted_positive: tuple[int, ...]  # ascending
    pareto_cut: int  # smallest effective revenue still inside the 80 % core (0 = none)
    pareto_accounts: int

    def below(self, value: int) -> int:
        """How many paying accounts have strictly less effective revenue than ``value``."""
        return bisect.bisect_left(self.sorted_positive, value)


def effective_revenue(revenue_12m: int, revenue_prev: int, previous_year_percent: int) -> int:
    """Trailing-12-month revenue plus a share of the year before, in exact integers."""
    return revenue_12m * 100 + revenue_prev * previous_year_percent


def rank_revenue(effective: Iterable[int]) -> RevenueRanking:
    positive = sorted(v for v in effective if v > 0)
    total = sum(positive)
    cut, core, running = 0, 0, 0
    for value in reversed(positive):
        if running * 5 >= total * 4:  # 80 % reached before this account
            break
        running += value
        cut, core = value, core + 1
    return RevenueRanking(total, len(positive), tuple(positive), cut, core)


# --- the hot queries ----------------------------------------------------------------------


def _only(stmt: Select[Any], column: Any, ids: Collection[int] | None) -> Select[Any]:
    return stmt if ids is None else stmt.where(column.in_(list(ids)))


def touch_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: last touch, two-way touches in 12m and the year before, carriers.

    Walks ``ix_touchpoints_account_recency`` (account_id, occurred_on, direction,
    contact_id) once. The lowest and highest contact id among the two-way touches of the
    last 12 months tell whether at most one person carries the relationship.
    """
    t = Touchpoint.__table__.c
    two_way = t.direction == Direction.TWO_WAY.value
    recent = as_flag(and_(two_way, t.occurred_on > day - dt.timedelta(days=YEAR)))
    older = as_flag(and_(two_way, t.occurred_on > day - dt.timedelta(days=2 * YEAR)))
    stmt = (
        select(
            t.account_id,
            func.max(t.occurred_on),
            func.sum(recent),
            func.sum(older),
            func.min(t.contact_id + (1 - recent) * literal(_NO_CONTACT)),
            func.max(t.contact_id * recent),
        )
        .where(t.occurred_on <= day)
        .group_by(t.account_id)
    )
    return _only(stmt, t.account_id, ids)


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
            func.min(r.occurred_on),
            func.max(r.occurred_on),
            func.count(),
            func.sum(as_flag(r.kind != RevenueKind.NEW.value)),
            func.sum(r.amount_cents * in_12m),
            func.sum(r.amount_cents * in_prev),
            func.sum(r.amount_cents),
            func.max(r.renewal_on),
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
            func.max(f.given_on),
            func.max(case((f.nps >= 9, f.given_on))),
        )
        .where(f.given_on <= day, f.given_on > day - dt.timedelta(days=2 * YEAR))
        .group_by(f.account_id)
    )
    return _only(stmt, f.account_id, ids)


def complaint_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: open complaints and the oldest one's date."""
    c = Complaint.__table__.c
    stmt = (
        select(c.account_id, func.count(), func.min(c.opened_on))
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
        select(r.from_account_id, func.sum(in_12m), func.sum(in_24m), func.max(r.referred_on))
        .where(r.referred_on <= day)
        .group_by(r.from_account_id)
    )
    return _only(stmt, r.from_account_id, ids)


def account_query(ids: Collection[int] | None = None) -> Select[Any]:
    a = Account.__table__.c
    stmt = select(a.id, a.name, a.ring_id, a.pinned).where(a.archived_at.is_(None))
    return _only(stmt, a.id, ids)


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
            r.id, r.position, r.name, r.stage.value, r.cadence_days, r.min_score,
            r.customers_only, r.insight_delay_days, r.detail_level.value, r.discussion_open,
        )  # fmt: skip
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
    """The facts of every active account on one day, keyed by account id.

    Built by :func:`load_facts`; rows are plain tuples in the order of the query columns
    above (dates already turned into day numbers), so the scoring loop stays cheap.
    """

    def __init__(
        self,
        day: dt.date,
        rings: tuple[RingFacts, ...],
        accounts: list[tuple[int, str, int, bool]],
        touches: dict[int, tuple[Any, ...]],
        revenue: dict[int, tuple[Any, ...]],
        feedback: dict[int, tuple[Any, ...]],
        complaints: dict[int, tuple[Any, ...]],
        referrals: dict[int, tuple[Any, ...]],
        carriers: dict[int, tuple[int, ...]],
        ranking: RevenueRanking,
    ) -> None:
        self.day = day
        self.day_ord = day.toordinal()
        self.rings = rings
        self.accounts = accounts  # (id, name, ring position, pinned)
        self.touches = touches  # id -> (last_ord, two_way_12m, two_way_24m)
        self.revenue = revenue  # id -> (first, last, n, repeat, 12m, prev, total, renewal)
        self.feedback = feedback  # id -> (n24, promoters24, n12, detractors12, last, last_prom)
        self.complaints = complaints  # id -> (open, oldest_ord)
        self.referrals = referrals  # id -> (n12, n24, last_ord)
        self.carriers = carriers  # id -> (), (only carrier,) or (lowest, highest)
        self.ranking = ranking

    def account(self, account_id: int) -> AccountFacts:
        """One account's facts as a readable record (for explanations and tests)."""
        row = next((a for a in self.accounts if a[0] == account_id), None)
        if row is None:
            raise KeyError(account_id)
        t = self.touches.get(account_id, (None, 0, 0))
        r = self.revenue.get(account_id, (None, None, 0, 0, 0, 0, 0, None))
        f = self.feedback.get(account_id, (0, 0, 0, 0, None, None))
        c = self.complaints.get(account_id, (0, None))
        ref = self.referrals.get(account_id, (0, 0, None))
        d = _from_ord
        return AccountFacts(
            account_id=row[0], name=row[1], ring_position=row[2], pinned=row[3],
            last_touch_on=d(t[0]), two_way_12m=t[1], two_way_prev=t[2] - t[1],
            carriers=self.carriers.get(account_id, ()),
            first_purchase_on=d(r[0]), last_purchase_on=d(r[1]), purchases=r[2],
            repeat_kinds=r[3], revenue_12m_cents=r[4], revenue_prev_cents=r[5],
            revenue_total_cents=r[6], renewal_on=d(r[7]),
            answers_24m=f[0], promoters_24m=f[1], answers_12m=f[2], detractors_12m=f[3],
            last_feedback_on=d(f[4]), last_promoter_on=d(f[5]),
            open_complaints=c[0], oldest_open_complaint_on=d(c[1]),
            referrals_12m=ref[0], referrals_prev=ref[1] - ref[0], last_referral_on=d(ref[2]),
        )  # fmt: skip


def _from_ord(value: int | None) -> dt.date | None:
    return None if value is None else dt.date.fromordinal(value)


def load_facts(
    session: Session,
    day: dt.date,
    previous_year_percent: int,
    ids: Collection[int] | None = None,
) -> FactTable:
    """Read the facts of all active accounts (or of ``ids``) as of ``day``: a few queries.

    The revenue ranking always covers every active account (a rank needs the others).
    """
    o = ordinal
    rings = load_rings(session)
    position = {r.id: r.position for r in rings}
    accounts = [
        (aid, name, position[ring_id], bool(pinned))
        for aid, name, ring_id, pinned in session.execute(account_query(ids)).tuples()
    ]
    touches: dict[int, tuple[Any, ...]] = {}
    carriers: dict[int, tuple[int, ...]] = {}
    for aid, last, tw12, tw24, cmin, cmax in session.execute(touch_query(day, ids)).tuples():
        touches[aid] = (o(last), int(tw12 or 0), int(tw24 or 0))
        if cmax:  # at least one two-way touch with a named contact in 12 months
            carriers[aid] = (int(cmin),) if cmin == cmax else (int(cmin), int(cmax))
    revenue = {
        aid: (o(first), o(last), int(n), int(rep or 0), int(r12 or 0), int(rp or 0),
              int(tot or 0), o(renew))
        for aid, first, last, n, rep, r12, rp, tot, renew in session.execute(
            revenue_query(day, ids)
        ).tuples()
    }  # fmt: skip
    feedback = {
        aid: (int(n), int(p or 0), int(n12 or 0), int(d12 or 0), o(last), o(lastp))
        for aid, n, p, n12, d12, last, lastp in session.execute(feedback_query(day, ids)).tuples()
    }
    complaints = {
        aid: (int(n), o(oldest))
        for aid, n, oldest in session.execute(complaint_query(day, ids)).tuples()
    }
    referrals = {
        aid: (int(n12 or 0), int(n24 or 0), o(last))
        for aid, n12, n24, last in session.execute(referral_query(day, ids)).tuples()
    }
    _apply_contact_exceptions(session, day, carriers, ids)
    if ids is None:
        active = {a[0] for a in accounts}
        ranked = [
            effective_revenue(r[4], r[5], previous_year_percent)
            for aid, r in revenue.items()
            if aid in active
        ]
    else:
        ranked = _all_effective_revenue(session, day, previous_year_percent)
    return FactTable(
        day, rings, accounts, touches, revenue, feedback, complaints, referrals, carriers,
        rank_revenue(ranked),
    )  # fmt: skip


def _all_effective_revenue(session: Session, day: dt.date, percent: int) -> list[int]:
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
        .join(a, a.id == r.account_id)
        .where(r.occurred_on <= day, a.archived_at.is_(None))
        .group_by(r.account_id)
    )
    return [
        effective_revenue(int(r12 or 0), int(rp or 0), percent)
        for r12, rp in session.execute(stmt).tuples()
    ]


def _apply_contact_exceptions(
    session: Session,
    day: dt.date,
    carriers: dict[int, tuple[int, ...]],
    ids: Collection[int] | None,
) -> None:
    """Fold hand-set stages and archived contacts into the carriers (exact, rarely costly).

    A contact set by hand to weak tie or better carries the relationship; one set below,
    or archived, does not. When two or more touch carriers exist and an exception applies,
    the exact set is read for that account alone.
    """
    adds: dict[int, set[int]] = {}
    drops: dict[int, set[int]] = {}
    for aid, cid, override, archived in session.execute(contact_exception_query(ids)).tuples():
        if archived or (override is not None and override not in WEAK_OR_BETTER):
            drops.setdefault(aid, set()).add(cid)
        elif override is not None:
            adds.setdefault(aid, set()).add(cid)
    for aid in set(adds) | set(drops):
        known = carriers.get(aid, ())
        if len(known) >= 2 and aid in drops:
            people = _carriers_exact(session, aid, day)
        else:
            people = set(known)
        people |= adds.get(aid, set())
        people -= drops.get(aid, set())
        ordered = sorted(people)
        carriers[aid] = tuple(ordered[:1] + ordered[-1:]) if len(ordered) > 1 else tuple(ordered)
        if not ordered:
            del carriers[aid]
