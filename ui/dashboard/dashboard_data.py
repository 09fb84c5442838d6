"""What the dashboard draws, gathered in one background call from the engine's KPIs.

Qt-free on purpose: ``load_dashboard`` runs in a worker thread and returns plain lists
that the chart painters in ``ui.dashboard.charts`` take as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from circlesoftrust.engine.kpis import kpis as compute_kpis
from circlesoftrust.records import RingInfo
from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from ui.common import formats


@dataclass(frozen=True)
class DashboardData:
    start: dt.date
    end: dt.date
    rings: list[RingInfo]
    revenue: list[float]  # per ring, in currency units
    revenue_share: list[float]  # per ring, 0..1
    revenue_total: float
    pareto_x: list[float]  # cumulative share of accounts, 0..1
    pareto_y: list[float]  # cumulative share of revenue, 0..1
    pareto_mark: float | None  # on the curve: share of accounts making 80% of its revenue
    pareto_share: float | None  # the engine's Pareto check for the period
    pareto_accounts: int
    pareto_inner: int
    nps: list[float | None]  # per ring
    nps_overall: float | None
    months: list[str]
    moves_in: list[int]
    moves_out: list[int]
    engagement: list[float | None]  # per ring, 0..1 in touch within its cadence (None: no cadence)
    engagement_overall: float | None
    retention: float | None
    retention_base: int  # customers when the period began (0: retention cannot be computed)
    retained: int
    first_purchase: dt.date | None  # the first purchase on record
    return_on_relationship: float | None
    referrals: int


def _month_label(month: str) -> str:
    """ "2026-03" -> "Mar 26" (in the locale's words)."""
    return formats.month(dt.date.fromisoformat(f"{month}-01"))


CURVE_POINTS = 200  # plenty for a smooth line; 10k vertices make each redraw take seconds


def pareto_curve(revenue_cents: list[int]) -> tuple[list[float], list[float], float | None]:
    """Cumulative share of revenue against share of accounts (largest first) and the
    share of accounts that makes 80 % of it; every account counts, paying or not.
    Long curves are thinned to about ``CURVE_POINTS`` points (the mark stays exact)."""
    ranked = sorted(revenue_cents, reverse=True)
    total, n = sum(ranked), len(ranked)
    if not ranked or total <= 0:
        return [], [], None
    step = max(1, n // CURVE_POINTS)
    xs, ys, running, mark = [], [], 0, None
    for k, cents in enumerate(ranked, start=1):
        running += cents
        if mark is None and running * 5 >= total * 4:
            mark = k / n
        if k % step == 0 or k == n:
            xs.append(k / n)
            ys.append(running / total)
    return xs, ys, mark


def load_dashboard(db: Database, start: dt.date, end: dt.date) -> DashboardData:
    """Everything the dashboard draws for [start, end], in one background call."""
    rings = list_rings(db)
    k = compute_kpis(db, start, end)
    by_position = {r.ring_position: r.values for r in k.rings}
    values = [by_position.get(r.position) for r in rings]
    # The engine gives the Pareto check and the period's revenue per account it counted:
    # the curve is drawn from the same numbers (it drew 12 months while the tile showed
    # the period: 20 % against 18 % for "Last 2 years").
    xs, ys, mark = pareto_curve(list(k.pareto.ranked_cents))
    inward = k.series_by_name("moves_inward").values
    outward = k.series_by_name("moves_outward").values
    o = k.overall
    return DashboardData(
        start=start,
        end=end,
        rings=rings,
        revenue=[v.revenue_cents / 100 if v else 0.0 for v in values],
        revenue_share=[v.revenue_share if v else 0.0 for v in values],
        revenue_total=o.revenue_cents / 100,
        pareto_x=xs,
        pareto_y=ys,
        pareto_mark=mark,
        pareto_share=k.pareto.share_of_accounts,
        pareto_accounts=k.pareto.accounts_for_80_percent,
        pareto_inner=k.pareto.in_inner_ring,
        nps=[v.nps if v else None for v in values],
        nps_overall=o.nps,
        months=[_month_label(m) for m in k.months],
        moves_in=[int(x or 0) for x in inward],
        moves_out=[int(x or 0) for x in outward],
        engagement=[v.engagement_rate if v else None for v in values],
        engagement_overall=o.engagement_rate,
        retention=o.retention,
        retention_base=o.retention_base,
        retained=round((o.retention or 0.0) * o.retention_base),
        first_purchase=k.first_purchase,
        return_on_relationship=o.return_on_relationship,
        referrals=o.referrals,
    )
