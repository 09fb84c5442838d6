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
    # In touch within their ring's cadence on D: Top (a call 5 days ago, cadence 14), Mid
    # (NPS 20 days ago, 30), Newbie (NPS 20 days ago, 45); not Lead (nothing, 90).
    assert o.engagement_rate == 0.75 and o.engagement_base == 4
    assert o.referrals == 1
    assert o.referred_revenue_cents == 500 * 100
    assert o.relationship_revenue_cents == (8000 + 2000 + 1000 + 500) * 100
    assert o.perk_cost_cents == 1000
    assert o.return_on_relationship == pytest.approx(1_150_000 / 1000)
    assert o.retention == 1.0  # top and mid bought before and after the start
    assert o.retention_base == 2 and result.first_purchase == ago(500)
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


def test_engagement_separates_accounts_in_touch_from_silent_ones(db: Database) -> None:
    """Issue 18.5: "engagement is 100 % in four of five rings". A two-way touch somewhere in
    the year made every account engaged; now it is the last contact within the ring's
    cadence (Loyal customers: 30 days) on the period's last day."""
    s = Scenario(db)
    close, silent = s.account("Close", 1), s.account("Silent", 1)
    s.account("Subscriber", 4)  # Audience: no cadence, not measured
    s.touch(close, 12)
    s.touch(silent, 200)  # inside the 12 months, far outside the cadence
    s.touch(silent, 3, direction="outbound")  # a newsletter is no contact (by default)
    result = kpis(db, ago(364), D)
    loyal, audience = result.rings[1].values, result.rings[4].values
    assert (loyal.engagement_rate, loyal.engagement_base) == (0.5, 2)
    assert audience.engagement_rate is None and audience.engagement_base == 0
    assert result.overall.engagement_rate == 0.5
    # It is measured on the period's last day: the day after Silent's call, Silent was in
    # touch (Close not yet); 50 days after it, neither.
    assert kpis(db, ago(564), ago(199)).rings[1].values.engagement_rate == 0.5
    assert kpis(db, ago(514), ago(150)).rings[1].values.engagement_rate == 0.0


def test_retention_says_when_nobody_was_a_customer_before_the_period(db: Database) -> None:
    """Issue 18.5: retention showed "–". Over 2 years on a business whose records begin
    inside the period nobody was a customer when it began: no figure, and why."""
    s = Scenario(db)
    kept, lost = s.account("Kept", 1), s.account("Lost", 1)
    s.revenue(kept, 1000, 500)
    s.revenue(kept, 1000, 100)
    s.revenue(lost, 1000, 400)
    two_years = kpis(db, ago(729), D)
    assert two_years.overall.retention is None and two_years.overall.retention_base == 0
    assert two_years.first_purchase == ago(500)
    # Over 12 months both were customers when it began (500 and 400 days ago are within
    # the year before); only Kept bought in the 12 months up to the end.
    year = kpis(db, ago(364), D).overall
    assert (year.retention, year.retention_base) == (0.5, 2)
