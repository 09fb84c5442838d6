"""KPIs overall and per ring for a period, as plain values and monthly series ready to chart.

Definitions (period = ``start`` .. ``end``, both included; "per ring" uses each account's
current ring; archived accounts are left out):

* **revenue** and its **share** of the period's revenue; counts and amounts of new,
  renewal, up-sell and cross-sell entries.
* **Pareto check**: the fewest accounts that make 80 % of the period's revenue, their
  share of all active accounts, and how many of them sit in the inner ring.
* **client lifetime value**: all revenue up to ``end`` divided by the accounts that bought.
* **retention**: of the customers when the period began (a purchase in the 12 months
  before ``start``), the share still customers at its end (a purchase in the 12 months up
  to ``end``). None when nobody had bought in the 12 months before ``start``
  (``retention_base`` 0; :attr:`Kpis.first_purchase` says when the records begin).
* **NPS**: % promoters (9-10) minus % detractors (0-6) of the period's answers.
* **relational scores**: the average of the ten 1-5 scores given in the period's answers
  (and of each score), with how many were given.
* **engagement rate**: share of accounts *in touch within their ring's cadence* at the
  period's end: their last contact up to ``end`` (the contact settings: a two-way touch,
  and as set an inbound or outbound touch, a purchase, feedback, a complaint opened or
  resolved, a referral given) is at most the ring's follow-up cadence before ``end``.
  Rings without a cadence have none (``engagement_base`` counts the accounts measured).
  "At least one two-way touch in the period" was 100 % in four of five demo rings.
* **referrals** given in the period.
* **return on relationship**: relationship revenue (renewals, up-sells and cross-sells,
  plus the new-purchase revenue of accounts a group member referred) divided by the perk
  cost of the period (each grant's cost per year, pro rata for the days it was active).
* **ring movements per month**: ring changes inwards and outwards (new accounts' initial
  placement is not a movement).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from circlesoftrust import validation as v
from circlesoftrust.engine.fact_queries import relational_scored
from circlesoftrust.engine.last_contact import last_contacts
from circlesoftrust.engine.ring_facts import load_rings
from circlesoftrust.engine.sqlbits import as_flag, fetch_rows, month_of
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    RELATIONAL_SCORES,
    Account,
    Feedback,
    Referral,
    RevenueEntry,
    Ring,
    RingChange,
)
from circlesoftrust.services.lookups import today
from circlesoftrust.services.perks import perk_cost_cents
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import RevenueKind

YEAR = dt.timedelta(days=365)


@dataclass(frozen=True)
class KpiValues:
    """The KPI figures of one group of accounts (all, or one ring) for the period."""

    accounts: int
    customers: int  # accounts with at least one purchase up to the period's end
    revenue_cents: int
    revenue_share: float
    new_cents: int
    renewal_cents: int
    upsell_cents: int
    crosssell_cents: int
    renewals: int
    upsells: int
    crosssells: int
    lifetime_value_cents: int
    retention: float | None
    nps: float | None
    nps_answers: int
    engagement_rate: float | None
    referrals: int
    referred_revenue_cents: int
    relationship_revenue_cents: int
    perk_cost_cents: int
    return_on_relationship: float | None
    # The ten 1-5 relational scores given in the period: their average (None: none), how
    # many, and the average of each score given at least once (in the order of the schema).
    relational: float | None = None
    relational_scores: int = 0
    relational_by_name: tuple[tuple[str, float], ...] = ()
    retention_base: int = 0  # customers when the period began (retention's denominator)
    engagement_base: int = 0  # accounts in rings with a cadence (engagement's denominator)


@dataclass(frozen=True)
class RingKpis:
    ring_position: int
    ring_name: str
    values: KpiValues


@dataclass(frozen=True)
class ParetoCheck:
    accounts: int
    paying_accounts: int
    accounts_for_80_percent: int
    share_of_accounts: float | None  # accounts_for_80_percent / accounts
    in_inner_ring: int  # of those accounts, how many sit in the inner ring
    inner_ring_revenue_share: float | None
    # Every counted account's revenue in the period, largest first (zeros included): the
    # Pareto curve drawn from the same numbers as the check.
    ranked_cents: tuple[int, ...] = ()


@dataclass(frozen=True)
class Series:
    """One chartable line: a value per month of :attr:`Kpis.months`."""

    name: str
    unit: str  # cents | count | score
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Kpis:
    start: dt.date
    end: dt.date
    overall: KpiValues
    rings: tuple[RingKpis, ...]
    pareto: ParetoCheck
    months: tuple[str, ...]
    series: tuple[Series, ...] = field(default=())
    first_purchase: dt.date | None = None  # the first purchase on record (None: none yet)

    def series_by_name(self, name: str) -> Series:
        return next(s for s in self.series if s.name == name)


class _Group:
    """Running sums for one group of accounts."""

    def __init__(self) -> None:
        self.accounts = self.customers = 0
        self.cents = {k: 0 for k in RevenueKind}
        self.counts = {k: 0 for k in RevenueKind}
        self.lifetime = 0
        self.retained = self.was_active = 0
        self.promoters = self.detractors = self.answers = 0
        self.engaged = self.measured = 0
        self.referrals = 0
        self.referred_revenue = 0
        self.perk_cost = 0
        self.scored = {name: [0, 0] for name in RELATIONAL_SCORES}  # name -> [sum, count]

    def values(self, total_revenue: int) -> KpiValues:
        revenue = sum(self.cents.values())
        scored_sum = sum(total for total, _ in self.scored.values())
        scored = sum(n for _, n in self.scored.values())
        relationship = (
            self.cents[RevenueKind.RENEWAL]
            + self.cents[RevenueKind.UPSELL]
            + self.cents[RevenueKind.CROSSSELL]
            + self.referred_revenue
        )
        return KpiValues(
            accounts=self.accounts,
            customers=self.customers,
            revenue_cents=revenue,
            revenue_share=revenue / total_revenue if total_revenue else 0.0,
            new_cents=self.cents[RevenueKind.NEW],
            renewal_cents=self.cents[RevenueKind.RENEWAL],
            upsell_cents=self.cents[RevenueKind.UPSELL],
            crosssell_cents=self.cents[RevenueKind.CROSSSELL],
            renewals=self.counts[RevenueKind.RENEWAL],
            upsells=self.counts[RevenueKind.UPSELL],
            crosssells=self.counts[RevenueKind.CROSSSELL],
            lifetime_value_cents=round(self.lifetime / self.customers) if self.customers else 0,
            retention=self.retained / self.was_active if self.was_active else None,
            nps=(
                round(100 * (self.promoters - self.detractors) / self.answers, 1)
                if self.answers
                else None
            ),
            nps_answers=self.answers,
            engagement_rate=self.engaged / self.measured if self.measured else None,
            referrals=self.referrals,
            referred_revenue_cents=self.referred_revenue,
            relationship_revenue_cents=relationship,
            perk_cost_cents=self.perk_cost,
            return_on_relationship=(
                round(relationship / self.perk_cost, 2) if self.perk_cost else None
            ),
            relational=round(scored_sum / scored, 2) if scored else None,
            relational_scores=scored,
            relational_by_name=tuple(
                (name, round(total / n, 2)) for name, (total, n) in self.scored.items() if n
            ),
            retention_base=self.was_active,
            engagement_base=self.measured,
        )


def _months(start: dt.date, end: dt.date) -> tuple[str, ...]:
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


def kpis(
    db: Database, start: dt.date | str | None = None, end: dt.date | str | None = None
) -> Kpis:
    """KPIs for [start, end] (default: the 12 months up to today), overall and per ring."""
    last = v.date(end, "end", default=today())
    first = v.date(start, "start", default=last - YEAR + dt.timedelta(days=1))
    if first > last:
        raise ValidationError("start", _("must not be after the end"))
    with db.transaction() as session:
        return _compute(session, first, last)


def _compute(session: Session, start: dt.date, end: dt.date) -> Kpis:
    rings = load_rings(session)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    members = {
        aid: ring_id
        for aid, ring_id in fetch_rows(
            session,
            select(Account.id, Account.ring_id).where(
                Account.archived_at.is_(None), Account.created_at < until
            ),
        )
    }
    overall = _Group()
    groups = {r.id: _Group() for r in rings}

    def each(aid: int) -> Iterable[_Group]:
        ring_id = members.get(aid)
        if ring_id is None:
            return ()
        return (overall, groups[ring_id])

    for aid in members:
        for g in each(aid):
            g.accounts += 1
    r = RevenueEntry.__table__.c
    period_revenue: dict[int, int] = {}
    new_revenue: dict[int, int] = {}  # first purchases (referred revenue counts these)
    for aid, kind, n, cents in fetch_rows(
        session,
        select(r.account_id, r.kind, func.count(), func.sum(r.amount_cents))
        .where(r.occurred_on >= start, r.occurred_on <= end)
        .group_by(r.account_id, r.kind),
    ):
        kind = RevenueKind(kind)
        period_revenue[aid] = period_revenue.get(aid, 0) + int(cents)
        if kind is RevenueKind.NEW:
            new_revenue[aid] = int(cents)
        for g in each(aid):
            g.cents[kind] += int(cents)
            g.counts[kind] += int(n)
    before = as_flag((r.occurred_on >= start - YEAR) & (r.occurred_on < start))
    lately = as_flag(r.occurred_on > end - YEAR)
    for aid, lifetime, was, still in fetch_rows(
        session,
        select(r.account_id, func.sum(r.amount_cents), func.max(before), func.max(lately))
        .where(r.occurred_on <= end)
        .group_by(r.account_id),
    ):
        for g in each(aid):
            g.customers += 1
            g.lifetime += int(lifetime)
            if was:
                g.was_active += 1
                g.retained += 1 if still else 0
    f = Feedback.__table__.c
    for aid, n, promoters, detractors in fetch_rows(
        session,
        select(
            f.account_id, func.count(), func.sum(as_flag(f.nps >= 9)), func.sum(as_flag(f.nps <= 6))
        )
        .where(f.given_on >= start, f.given_on <= end)
        .group_by(f.account_id),
    ):
        for g in each(aid):
            g.answers += int(n)
            g.promoters += int(promoters)
            g.detractors += int(detractors)
    scores = [f[name] for name in RELATIONAL_SCORES]
    for aid, *sums in fetch_rows(
        session,
        select(
            f.account_id,
            *(func.coalesce(func.sum(c), 0) for c in scores),
            *(func.count(c) for c in scores),
        )
        .where(relational_scored())
        .where(f.given_on >= start, f.given_on <= end)
        .group_by(f.account_id),
    ):
        half = len(scores)
        for g in each(aid):
            for k, name in enumerate(RELATIONAL_SCORES):
                g.scored[name][0] += int(sums[k])
                g.scored[name][1] += int(sums[half + k])
    cadence = {r.id: r.cadence_days for r in rings}
    last = last_contacts(session, end, load_settings(session))
    for aid, ring_id in members.items():
        days = cadence.get(ring_id)
        if days is None:
            continue  # no regular follow-up: not measured
        seen = last.get(aid)
        in_touch = seen is not None and (end - seen).days <= days
        for g in each(aid):
            g.measured += 1
            g.engaged += 1 if in_touch else 0
    ref = Referral.__table__.c
    referred_by: dict[int, int] = {}
    for from_id, to_id, on in fetch_rows(
        session, select(ref.from_account_id, ref.to_account_id, ref.referred_on)
    ):
        referred_by.setdefault(to_id, from_id)
        day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on))
        if start <= day <= end:
            for g in each(from_id):
                g.referrals += 1
    for to_id, cents in new_revenue.items():
        source = referred_by.get(to_id)
        if source is not None:
            for g in each(source):
                g.referred_revenue += cents
    for aid, cost in perk_cost_cents(session, start, end).items():
        for g in each(aid):
            g.perk_cost += cost
    total = sum(overall.cents.values())
    pareto = _pareto(period_revenue, members, rings[0].id if rings else None)
    months = _months(start, end)
    return Kpis(
        start=start,
        end=end,
        overall=overall.values(total),
        rings=tuple(RingKpis(r.position, r.name, groups[r.id].values(total)) for r in rings),
        pareto=pareto,
        months=months,
        series=_series(session, start, end, months, referred_by),
        first_purchase=_day(session.scalar(select(func.min(RevenueEntry.occurred_on)))),
    )


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _pareto(revenue: dict[int, int], members: dict[int, int], inner: int | None) -> ParetoCheck:
    ranked = sorted(
        ((cents, aid) for aid, cents in revenue.items() if aid in members and cents > 0),
        reverse=True,
    )
    total = sum(c for c, _ in ranked)
    running, core = 0, []
    for cents, aid in ranked:
        if total and running * 5 >= total * 4:
            break
        running += cents
        core.append(aid)
    inner_revenue = sum(c for c, aid in ranked if members[aid] == inner)
    return ParetoCheck(
        accounts=len(members),
        paying_accounts=len(ranked),
        accounts_for_80_percent=len(core),
        share_of_accounts=len(core) / len(members) if members else None,
        in_inner_ring=sum(1 for aid in core if members[aid] == inner),
        inner_ring_revenue_share=inner_revenue / total if total else None,
        ranked_cents=tuple(sorted((max(0, revenue.get(aid, 0)) for aid in members), reverse=True)),
    )


def _series(
    session: Session,
    start: dt.date,
    end: dt.date,
    months: tuple[str, ...],
    referred_by: dict[int, int],
) -> tuple[Series, ...]:
    index = {m: k for k, m in enumerate(months)}

    def blank() -> list[float | None]:
        return [0.0] * len(months)

    revenue, relationship, referrals = blank(), blank(), blank()
    inward, outward = blank(), blank()
    r = RevenueEntry.__table__.c
    for month, kind, aid, cents in fetch_rows(
        session,
        select(month_of(r.occurred_on), r.kind, r.account_id, func.sum(r.amount_cents))
        .where(r.occurred_on >= start, r.occurred_on <= end)
        .group_by(month_of(r.occurred_on), r.kind, r.account_id),
    ):
        k = index[month]
        revenue[k] = (revenue[k] or 0) + int(cents)
        if kind != RevenueKind.NEW.value or aid in referred_by:
            relationship[k] = (relationship[k] or 0) + int(cents)
    ref = Referral.__table__.c
    for month, n in fetch_rows(
        session,
        select(month_of(ref.referred_on), func.count())
        .where(ref.referred_on >= start, ref.referred_on <= end)
        .group_by(month_of(ref.referred_on)),
    ):
        referrals[index[month]] = float(n)
    old, new = aliased(Ring), aliased(Ring)
    rc = RingChange.__table__.c
    for month, was, now, n in fetch_rows(
        session,
        select(month_of(rc.changed_on), old.position, new.position, func.count())
        .join(old, old.id == rc.from_ring_id)
        .join(new, new.id == rc.to_ring_id)
        .where(rc.changed_on >= start, rc.changed_on <= end)
        .group_by(month_of(rc.changed_on), old.position, new.position),
    ):
        target = inward if now < was else outward
        target[index[month]] = (target[index[month]] or 0) + float(n)
    f = Feedback.__table__.c
    nps: list[float | None] = [None] * len(months)
    for month, n, promoters, detractors in fetch_rows(
        session,
        select(
            month_of(f.given_on),
            func.count(),
            func.sum(as_flag(f.nps >= 9)),
            func.sum(as_flag(f.nps <= 6)),
        )
        .where(f.given_on >= start, f.given_on <= end)
        .group_by(month_of(f.given_on)),
    ):
        nps[index[month]] = round(100 * (int(promoters) - int(detractors)) / int(n), 1)
    return (
        Series("revenue", "cents", tuple(revenue)),
        Series("relationship_revenue", "cents", tuple(relationship)),
        Series("referrals", "count", tuple(referrals)),
        Series("moves_inward", "count", tuple(inward)),
        Series("moves_outward", "count", tuple(outward)),
        Series("nps", "score", tuple(nps)),
    )
