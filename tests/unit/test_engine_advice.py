"""Advice a consultant would act on (issue 11): scenarios on small hand-built databases,
written through the services the user's commands call."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from circlesoftrust import formats
from circlesoftrust.brief import build_brief
from circlesoftrust.engine import people, scoring
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine_settings import update_settings
from circlesoftrust.errors import ValidationError
from circlesoftrust.services import accounts, activity, insights, rings
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def inbox(db: Database, on: dt.date = D) -> dict[str, sg.Suggestion]:
    return {s.id: s for s in sg.suggest(db, on)}


def component(result: scoring.AccountScore, name: str) -> scoring.ScoreComponent:
    return next(c for c in result.components if c.name == name)


# --- 1. every fact counts as contact ----------------------------------------------------------


def test_the_up_sell_that_ended_at_risk_is_contact(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Harbour Hotels", 0)  # inner circle: cadence 14, at risk after 28 days
    s.revenue(aid, 40_000, 300)
    s.touch(aid, 72)
    assert f"at_risk:acc:{aid}" in inbox(db)
    activity.record_revenue(db, aid, 25_000, kind="upsell", on=D)
    activity.record_feedback(db, aid, nps=10, comment="renewing", on=D)
    activity.open_complaint(db, aid, note="late invoice", on=D)
    explained = scoring.score_account(db, aid, on=D)
    assert (
        "last contact today: a purchase on Jun 15, 2026"
        in component(explained, "engagement").explanation
    )
    assert f"at_risk:acc:{aid}" not in inbox(db)
    # Two weeks after the sale: not "silent for 28 days".
    assert f"at_risk:acc:{aid}" not in inbox(db, D + dt.timedelta(days=14))
    later = inbox(db, D + dt.timedelta(days=30))[f"at_risk:acc:{aid}"]
    assert "silent for 30 days (last contact: a purchase on Jun 15, 2026)" in later.reason


def test_a_broadcast_is_not_contact_unless_the_setting_says_so(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Quiet Leads", 3)  # leads: follow up every 90 days
    s.touch(aid, 120)
    activity.log_touchpoint(db, aid, kind="email", direction="outbound", on=ago(2))
    item = inbox(db)[f"follow_up:acc:{aid}"]
    assert "last contact 120 days ago: a touchpoint on Feb 15, 2026" in item.reason
    explained = scoring.score_account(db, aid, on=D)
    assert (
        "was one-way and does not count as contact"
        in component(explained, "engagement").explanation
    )
    update_settings(db, {"contact_outbound": 1})
    assert f"follow_up:acc:{aid}" not in inbox(db)


@pytest.mark.parametrize(
    ("setting", "record"),
    [
        ("contact_purchase", lambda db, aid: activity.record_revenue(db, aid, 100, on=ago(3))),
        ("contact_feedback", lambda db, aid: activity.record_feedback(db, aid, nps=7, on=ago(3))),
        (
            "contact_complaint",
            lambda db, aid: activity.open_complaint(db, aid, note="x", on=ago(3)),
        ),
        ("contact_referral", None),
    ],
)
def test_each_kind_of_fact_is_contact_by_a_setting(
    db: Database, setting: str, record: object
) -> None:
    s = Scenario(db)
    aid = s.account("Silent Ltd", 3)
    s.touch(aid, 200)
    if record is None:
        activity.record_referral(db, aid, s.account("Friend", 4), on=ago(3))
    else:
        record(db, aid)  # type: ignore[operator]
    assert f"follow_up:acc:{aid}" not in inbox(db)
    update_settings(db, {setting: 0})
    assert f"follow_up:acc:{aid}" in inbox(db)


def test_a_resolved_complaint_is_contact(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Fixed Ltd", 3)
    complaint = s.complaint(aid, 150)
    assert f"follow_up:acc:{aid}" in inbox(db)
    activity.resolve_complaint(db, complaint, resolution="refunded", on=ago(1))
    assert f"follow_up:acc:{aid}" not in inbox(db)


def test_a_how_did_it_go_touch_clears_the_satisfaction_check(db: Database) -> None:
    s = Scenario(db)
    asked, called, answered = (s.account(n, 2) for n in ("Asked", "Called", "Answered"))
    for aid in (asked, called, answered):
        s.revenue(aid, 1000, 30)
    activity.log_touchpoint(db, called, kind="feedback", direction="two_way", on=ago(2))
    activity.record_feedback(db, answered, nps=8, on=ago(2))
    checks = {i for i in inbox(db) if i.startswith("satisfaction_check")}
    assert checks == {f"satisfaction_check:acc:{asked}"}


# --- 2. placement honours the ring definitions ------------------------------------------------


def test_eight_new_customers_leave_the_audience(db: Database) -> None:
    s = Scenario(db)
    buyers = [s.account(f"Buyer {n}", 4) for n in range(8)]
    for aid in buyers:
        activity.record_revenue(db, aid, 2500, on=ago(180))
    found = inbox(db)
    for aid in buyers:
        item = found[f"promote:acc:{aid}"]
        assert item.target_ring_position == 2
        assert "makes it a new client" in item.reason and "New clients" in item.reason
        explained = scoring.score_account(db, aid, on=D)
        assert explained.target_ring_name == "New clients"
        assert "the new clients' rule" in explained.placement
        assert "Audience (0)" not in explained.placement
    # A year after the purchase the rule no longer holds them.
    assert not any(k.startswith("promote") for k in inbox(db, D + dt.timedelta(days=200)))


def test_the_rule_is_a_setting_and_can_point_elsewhere(db: Database) -> None:
    s = Scenario(db)
    buyers = [s.account(f"Buyer {n}", 4) for n in range(4)]
    for aid in buyers:
        activity.record_revenue(db, aid, 2500, on=ago(180))
    assert all(f"promote:acc:{aid}" in inbox(db) for aid in buyers)
    update_settings(db, {"new_client_ring": 4})  # the outermost ring: rule off
    assert not any(f"promote:acc:{aid}" in inbox(db) for aid in buyers)


def test_the_explanation_names_the_threshold_that_matters_with_the_gap(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Almost Lead", 4)
    s.touches(aid, [5, 40, 80])
    explained = scoring.score_account(db, aid, on=D)
    assert 15 <= explained.score < 20, explained.score
    shown = math.floor(explained.score)  # whole points, as the window shows it
    gap = 20 - shown
    assert f"score {shown} reaches" in explained.placement
    assert (
        f"reaches the threshold of Leads (15) but a move in needs 20 (15 + 5 hysteresis): "
        f"{gap} points short" in explained.placement
    )


def test_a_lead_never_sits_in_a_customers_only_ring_even_pinned(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Lead", 4)
    rings.move_account(db, aid, 1, reason="looks promising", on=D)
    item = inbox(db)[f"demote:acc:{aid}"]
    assert "for customers only and there is no purchase yet" in item.reason


# --- 3. the user's move stands ----------------------------------------------------------------


def test_the_hand_move_stays_for_its_pin_period(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Summit Dental", 2)
    s.revenue(aid, 3000, 100)
    s.touches(aid, [10, 50])
    moved = rings.move_account(db, aid, 1, reason="they are loyal", on=D, pin_days=30)
    assert moved.pinned and moved.pinned_until == D + dt.timedelta(days=30)
    assert f"demote:acc:{aid}" not in inbox(db)
    assert f"demote:acc:{aid}" not in inbox(db, D + dt.timedelta(days=30))
    assert f"demote:acc:{aid}" in inbox(db, D + dt.timedelta(days=31))


def test_a_hand_move_pins_for_the_default_period_or_until_unpinned(db: Database) -> None:
    s = Scenario(db)
    first, second = s.account("First", 2), s.account("Second", 2)
    for aid in (first, second):
        s.revenue(aid, 3000, 100)
    assert rings.move_account(db, first, 1, reason="r", on=D).pinned_until == D + dt.timedelta(
        days=90
    )
    forever = rings.move_account(db, second, 1, reason="r", on=D, pin_forever=True)
    assert forever.pinned and forever.pinned_until is None
    assert f"demote:acc:{second}" not in inbox(db, D + dt.timedelta(days=100))
    rings.unpin_account(db, second)
    assert f"demote:acc:{second}" in inbox(db)
    assert not rings.move_account(db, second, 0, reason="r", on=D, pin_days=0).pinned


def test_a_pin_in_place_holds_the_ring_with_its_reason_until_unpinned(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Holder", 1)
    s.revenue(aid, 30, 400)  # a small customer of long ago: the score points outwards
    assert f"demote:acc:{aid}" in inbox(db)
    pin = rings.pin_account(db, aid, reason="Key partner for the pilot", days=30, on=D)
    assert pin.reason == "Key partner for the pilot"
    assert pin.pinned_until == D + dt.timedelta(days=30)
    info = accounts.get_account(db, aid)
    assert info.pinned and info.pin_reason == "Key partner for the pilot"
    moves = {f"demote:acc:{aid}", f"promote:acc:{aid}"}
    assert not moves & set(inbox(db, D + dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="reason"):
        rings.pin_account(db, aid, reason="  ")
    with pytest.raises(ValidationError, match="reason"):
        rings.unpin_account(db, aid, reason="")
    assert rings.unpin_account(db, aid, reason="The pilot ended")
    info = accounts.get_account(db, aid)
    assert not info.pinned and info.pin_reason is None
    forever = rings.pin_account(db, aid, reason="Board decision", forever=True)
    assert forever.pinned_until is None


def test_a_counter_suggestion_needs_two_rings_and_says_it_overrides_the_move(
    db: Database,
) -> None:
    s = Scenario(db)
    aid = s.account("Summit Dental", 2)
    s.revenue(aid, 3000, 100)
    rings.move_account(db, aid, 0, reason="the CEO is a friend", on=ago(10))
    item = inbox(db)[f"demote:acc:{aid}"]
    assert item.target_ring_position >= 2
    assert f"overrides your own move of {formats.date(ago(10))}" in item.reason
    assert "pinned until" in item.reason


# --- 8. inner first, really ---------------------------------------------------------------------


def test_the_insight_is_held_back_from_the_outer_rings_until_the_inner_ring_has_it(
    db: Database,
) -> None:
    s = Scenario(db)
    inner = [s.account(f"Inner {n}", 0) for n in range(3)]
    s.account("Loyal", 1)  # waits for the insight in the second ring
    info = insights.add_insight(db, "Plan quarterly", full_text="All.", summary="Plan.")
    insights.publish_insight(db, info.id, on=D)
    rings_of = {
        r.ring_position: r.ring_id for r in insights.get_insight(db, info.id, on=D).releases
    }
    loyal_key = f"insight_due:ins:{info.id}:ring:{rings_of[1]}"
    inner_key = f"insight_due:ins:{info.id}:ring:{rings_of[0]}"
    # The loyal ring's release is 14 days later; the inner accounts have nothing yet.
    assert loyal_key not in inbox(db, D + dt.timedelta(days=14))
    assert loyal_key not in inbox(db, D + dt.timedelta(days=27))
    held_over = inbox(db, D + dt.timedelta(days=28))[loyal_key]
    assert "3 Inner circle accounts still without it" in held_over.reason
    assert held_over.due_on == D + dt.timedelta(days=28)
    # Shared with every inner account: the loyal ring is due on its own release date.
    for aid in inner:
        insights.share_insight(db, info.id, aid, on=D + dt.timedelta(days=1))
    assert inbox(db, D + dt.timedelta(days=14))[loyal_key].due_on == D + dt.timedelta(days=14)
    assert inner_key not in inbox(db, D + dt.timedelta(days=14))


def test_the_inner_rings_suggestion_stays_until_shared_or_dismissed(db: Database) -> None:
    s = Scenario(db)
    s.account("Inner", 0)
    info = insights.add_insight(db, "Plan quarterly", full_text="All.")
    insights.publish_insight(db, info.id, on=D)
    inner_ring = next(r.ring_id for r in insights.get_insight(db, info.id, on=D).releases
                      if r.ring_position == 0)  # fmt: skip
    key = f"insight_due:ins:{info.id}:ring:{inner_ring}"
    assert key in inbox(db, D + dt.timedelta(days=200))
    later = D + dt.timedelta(days=200)
    sg.dismiss(db, key, on=later)
    assert key not in inbox(db, later)


# --- 5. the journey phase is derived ----------------------------------------------------------


def test_a_purchase_with_a_close_renewal_starts_the_after_sale_phase(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Renewing", 2)
    activity.record_revenue(db, aid, 1200, on=ago(10), renewal_on=D + dt.timedelta(days=60))
    info = people.journey_phase(db, aid, on=D)
    assert info.phase == "after_sale" and "renewal due" in info.reason
    later = people.journey_phase(db, aid, on=D + dt.timedelta(days=55))
    assert later.phase == "purchase_decision"


def test_the_brief_shows_the_derived_phase_and_names_a_phase_set_by_hand(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Stale", 2)
    activity.record_revenue(db, aid, 1200, on=ago(10))
    accounts.update_account(db, aid, journey_phase="usage")
    shown = build_brief(db, aid, on=D).journey_phase
    assert shown is not None and shown.startswith("after-sale (derived: bought")
    assert shown.endswith("set by hand: usage")


# --- 7. roles: the top people spread across accounts ------------------------------------------


def test_the_top_people_spread_across_accounts(db: Database) -> None:
    s = Scenario(db)
    big = s.account("Big", 0)
    s.revenue(big, 90_000, 30)
    for n in range(5):
        person = s.contact(big, f"Person {n}")
        s.touches(big, [3, 10, 20, 40], contact=person)
    small = s.account("Small", 2)
    s.revenue(small, 1_000, 30)
    s.contact(small, "Only one")
    top = people.top_people(db, 20, on=D)
    assert [p.account_name for p in top].count("Big") == 2
    assert "Small" in {p.account_name for p in top}
    update_settings(db, {"top_people_per_account": 3})
    assert [p.account_name for p in people.top_people(db, 20, on=D)].count("Big") == 3


# --- 6. relational scores can be recorded ------------------------------------------------------


def test_feedback_records_relational_scores(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Scored", 2)
    info = activity.record_feedback(db, aid, nps=8, on=D, scores={"trust": "4", "speed": 2})
    assert info.scores == (("speed", 2), ("trust", 4))
    with pytest.raises(ValidationError, match="relational score"):
        activity.record_feedback(db, aid, nps=8, on=D, scores={"charm": 5})
    with pytest.raises(ValidationError, match="speed"):
        activity.record_feedback(db, aid, nps=8, on=D, scores={"speed": 6})
