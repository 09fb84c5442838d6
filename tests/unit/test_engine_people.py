"""People: contact stages, overrides, buying-group coverage, single threads, journey, top 20."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from circlesoftrust.engine import people
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import JourneyPhase
from tests.conftest import DEMO_DAY
from tests.unit.test_engine_support import D, Scenario

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def stage_of(group: people.BuyingGroup, name: str) -> people.ContactStage:
    return next(c for c in group.contacts if c.name == name)


def test_stages_follow_each_persons_own_touches_and_answers(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Acme", 1)
    s.revenue(aid, 1000, 300)
    strong = s.contact(aid, "Strong")
    s.touches(aid, [5, 30, 60, 90, 120, 150], contact=strong)
    building = s.contact(aid, "Building", "champion")
    s.touches(aid, [10, 40, 80], contact=building)
    fan = s.contact(aid, "Fan", "user")
    s.touches(aid, [10, 40, 80], contact=fan)
    s.feedback(aid, 10, 20, fan)
    weak = s.contact(aid, "Weak", "finance")
    s.touch(aid, 300, contact=weak)
    aware = s.contact(aid, "Aware", "influencer")
    s.touch(aid, 20, contact=aware, direction="outbound")
    s.contact(aid, "Unknown", "other")
    group = people.buying_group(db, aid, on=D)
    assert {c.name: c.stage for c in group.contacts} == {
        "Strong": "strong_tie",
        "Fan": "strong_tie",
        "Building": "building",
        "Weak": "weak_tie",
        "Aware": "awareness",
        "Unknown": "unaware",
    }
    assert dict(group.coverage) == {
        "unaware": 1,
        "awareness": 1,
        "weak_tie": 1,
        "building": 1,
        "strong_tie": 2,
    }
    assert group.contacts[0].stage == "strong_tie"  # strongest first
    assert not group.single_thread_risk


def test_a_stage_set_by_hand_wins_and_says_so(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Acme", 1)
    s.contact(aid, "Known", override="strong_tie")
    contact = stage_of(people.buying_group(db, aid, on=D), "Known")
    assert contact.stage == "strong_tie" and contact.derived_stage == "unaware"
    assert contact.overridden and "set by hand" in contact.reason
    accounts.update_contact(db, contact.contact_id, stage_override=None)
    assert stage_of(people.buying_group(db, aid, on=D), "Known").stage == "unaware"


def test_single_thread_risk_for_customers_carried_by_one_person(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Fragile", 2)
    s.revenue(aid, 1000, 100)
    only = s.contact(aid, "Only")
    s.touches(aid, [5, 50], contact=only)
    s.contact(aid, "Silent", "user")
    group = people.buying_group(db, aid, on=D)
    assert group.single_thread_risk and "only Only" in group.risk_reason
    s.touch(aid, 3, contact=s.contact(aid, "Second", "finance"))
    assert not people.buying_group(db, aid, on=D).single_thread_risk
    lead = s.account("Lead", 3)
    s.touch(lead, 5, contact=s.contact(lead, "One"))
    assert not people.buying_group(db, lead, on=D).single_thread_risk


def test_journey_phase_moves_both_ways(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Loop", 1)
    assert people.journey_phase(db, aid, on=D).phase == "discovery"
    s.touch(aid, 200)
    assert people.journey_phase(db, aid, on=D).phase == "research"
    s.touches(aid, [10, 20])
    assert people.journey_phase(db, aid, on=D).phase == "purchase_decision"
    s.revenue(aid, 1000, 30, renewal_in=335)
    assert people.journey_phase(db, aid, on=D).phase == "after_sale"
    assert people.journey_phase(db, aid, on=D + dt.timedelta(days=100)).phase == "usage"
    # A renewal coming up puts a customer back into the purchase decision.
    back = people.journey_phase(db, aid, on=D + dt.timedelta(days=260))
    assert back.phase == "purchase_decision" and "renewal due" in back.reason


def test_sync_stores_the_derived_phases(demo_db: Database) -> None:
    changed = people.sync_journey_phases(demo_db, on=DEMO_DAY)
    assert changed > 0
    assert people.sync_journey_phases(demo_db, on=DEMO_DAY) == 0
    some = accounts.list_accounts(demo_db)[0]
    info = people.journey_phase(demo_db, some.id, on=DEMO_DAY)
    assert info.stored_phase == info.phase
    assert info.phase in {p.value for p in JourneyPhase}


def test_top_people_are_ranked_with_reasons(demo_db: Database) -> None:
    top = people.top_people(demo_db, 20, on=DEMO_DAY)
    assert len(top) == 20
    assert [p.rank for p in top] == list(range(1, 21))
    assert all(a.points >= b.points for a, b in itertools.pairwise(top))
    assert all(p.reason and p.account_name in p.reason for p in top)
    assert len(people.top_people(demo_db, 3, on=DEMO_DAY)) == 3
