"""KPIs: exact figures on a small business, and the Pareto check on the demo."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust.engine.kpis import kpis
from circlesoftrust.errors import ValidationError
from circlesoftrust.services import perks
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def test_kpis_overall_and_per_ring(db: Database) -> None:
    s = Scenario(db)
    top = s.account("Top", 0, entered_days_ago=800)
    mid = s.account("Mid", 1, entered_days_ago=800)
    newbie = s.account("Newbie", 2, entered_days_ago=100)
    s.account("Lead", 3)
    s.revenue(top, 8000, 500)
    s.revenue(top, 8000, 135, kind="renewal")
    s.revenue(top, 2000, 40, kind="upsell")
    s.revenue(mid, 1000, 400)
    s.revenue(mid, 1000, 35, kind="renewal")
    s.revenue(newbie, 500, 50)
    s.referral(top, newbie, 60)
    s.feedback(top, 10, 20)
    s.feedback(mid, 9, 20)
    s.feedback(newbie, 3, 20)
    s.touch(top, 5)
    s.touch(newbie, 5, direction="outbound")
    s.move(mid, 0, 45)
    s.move(mid, 1, 15)
    perk = perks.add_perk(db, "Council", kind="product_council", ring=0, cost_per_year=365)
    perks.grant_perk(db, top, perk.id, on=ago(9), expires_on=D)

    result = kpis(db, ago(179), D)
    o = result.overall
    assert (o.accounts, o.customers) == (4, 3)
    assert o.revenue_cents == (8000 + 2000 + 1000 + 500) * 100
    assert (o.renewals, o.upsells, o.crosssells) == (2, 1, 0)
    assert o.nps == pytest.approx(100 * (2 - 1) / 3, abs=0.1)
    assert o.engagement_rate == 0.25  # one account had a two-way touch
    assert o.referrals == 1
    assert o.referred_revenue_cents == 500 * 100
    assert o.relationship_revenue_cents == (8000 + 2000 + 1000 + 500) * 100
    assert o.perk_cost_cents == 1000
    assert o.return_on_relationship == pytest.approx(1_150_000 / 1000)
    assert o.retention == 1.0  # top and mid bought before and after the start
    assert o.lifetime_value_cents == round((18000 + 2000 + 500) * 100 / 3)
    inner = result.rings[0].values
    assert inner.revenue_share == pytest.approx(10_000 / 11_500)
    assert result.pareto.accounts_for_80_percent == 1 and result.pareto.in_inner_ring == 1
    assert result.months[-1] == "2026-06" and len(result.months) == 7
    moves_in = result.series_by_name("moves_inward").values
    moves_out = result.series_by_name("moves_outward").values
    assert sum(v or 0 for v in moves_in) == 1 and sum(v or 0 for v in moves_out) == 1
    assert sum(v or 0 for v in result.series_by_name("revenue").values) == o.revenue_cents


def test_the_demo_passes_its_own_pareto_check(demo_db: Database) -> None:
    result = kpis(demo_db, end=DEMO_DAY)
    assert result.start == DEMO_DAY - dt.timedelta(days=364)
    share = result.pareto.share_of_accounts
    assert share is not None and 0.1 <= share <= 0.3
    assert result.pareto.in_inner_ring >= result.pareto.accounts_for_80_percent // 2
    assert sum(r.values.accounts for r in result.rings) == result.overall.accounts
    assert all(len(s.values) == len(result.months) for s in result.series)


def test_the_period_is_checked(db: Database) -> None:
    with pytest.raises(ValidationError, match="start"):
        kpis(db, D, ago(1))
