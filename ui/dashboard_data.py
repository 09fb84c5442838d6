"""What the dashboard draws, gathered in one background call from the engine's KPIs.

Qt-free on purpose: ``load_dashboard`` runs in a worker thread and returns plain lists
that the chart painters in ``ui.charts`` take as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from circlesoftrust.engine.kpis import kpis as compute_kpis
from circlesoftrust.services.rings import RingInfo, list_rings
from circlesoftrust.storage import Database


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
    pareto_mark: float | None  # share of accounts making 80% of revenue
    pareto_accounts: int
    pareto_inner: int
    nps: list[float | None]  # per ring
    nps_overall: float | None
    months: list[str]
    moves_in: list[int]
    moves_out: list[int]
    engagement: list[float]  # per ring, 0..1
    retention: float | None
    return_on_relationship: float | None
    referrals: int


def load_dashboard(db: Database, start: dt.date, end: dt.date) -> DashboardData:
    rings = list_rings(db)
    k = compute_kpis(db, start, end)
    raise NotImplementedError(k)  # adapted when the engine's Kpis shape lands
