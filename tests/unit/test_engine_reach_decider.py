"""Roles matter (issue 11, point 7): an account whose decision maker or finance contact is
at "awareness" or below, or has not been touched for twice the ring's cadence, gets a
"reach the decision maker" suggestion that names the person and the facts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from circlesoftrust import formats
from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.models import Contact
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def person(s: Scenario, account: int, name: str, role: str, added_days_ago: int = 300) -> int:
    """A contact added ``added_days_ago`` before D."""
    cid = s.contact(account, name, role)
    with s.db.transaction() as session:
        added = dt.datetime.combine(ago(added_days_ago), dt.time(9))
        session.execute(update(Contact).where(Contact.id == cid).values(created_at=added))
    return cid


def reach(db: Database, aid: int, on: dt.date = D) -> sg.Suggestion | None:
    found = {s.id: s for s in sg.suggest(db, on)}
    return found.get(f"reach_decision_maker:acc:{aid}")


def loyal_customer(s: Scenario, name: str) -> int:
    aid = s.account(name, 1)  # loyal customers: cadence 30 days
    s.revenue(aid, 30_000, 120)
    return aid


def test_a_decision_maker_at_awareness_is_to_be_reached(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Delta Motors")
    champion = person(s, aid, "Chris Champion", "champion")
    boss = person(s, aid, "Dana Director", "decision_maker")
    s.touches(aid, [3, 20, 45], contact=champion)  # the champion carries it
    s.touch(aid, 10, direction="outbound", contact=boss)  # a mailing, no conversation
    item = reach(db, aid)
    assert item is not None
    assert item.contact_id == boss and item.priority == sg.NORMAL
    assert item.reason == (
        "Dana Director (decision maker) is at awareness or below at Delta Motors: no two-way "
        f"conversation with you in 12 months; last touched on {formats.date(ago(10))}"
    )
    # A conversation with her (logged the way the user logs one) ends it at once.
    activity.log_touchpoint(db, aid, kind="meeting", direction="two_way", contact=boss, on=D)
    assert reach(db, aid) is None


def test_a_finance_contact_untouched_for_two_cadences_is_to_be_reached(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Quiet Finance Co")
    money = person(s, aid, "Fiona Finance", "finance")
    s.touch(aid, 70, contact=money)  # two-way, so a weak tie: but 70 days > 2 x 30
    s.touch(aid, 2)  # the account itself is not silent
    item = reach(db, aid)
    assert item is not None and item.contact_id == money
    assert "Fiona Finance (finance) at Quiet Finance Co has not been touched for 70 days" in (
        item.reason
    )
    assert item.due_on == ago(70) + dt.timedelta(days=60)
    assert reach(db, aid, ago(15)) is None  # 55 days silent then: under two cadences


def test_a_decision_maker_just_added_is_not_flagged_at_once(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Fresh Contact Co")
    s.touch(aid, 1)
    person(s, aid, "Nina New", "decision_maker", added_days_ago=5)
    assert reach(db, aid) is None
    later = reach(db, aid, D + dt.timedelta(days=25))  # a cadence (30) after she was added
    assert later is not None
    assert f"never touched since added on {formats.date(ago(5))}" in later.reason


def test_roles_and_rings_decide(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Role Change Co")
    user = person(s, aid, "Uma User", "user")
    s.touch(aid, 3, direction="outbound", contact=user)
    s.touch(aid, 2)  # the account itself is in touch
    assert reach(db, aid) is None  # a user at awareness is no decision maker
    accounts.update_contact(db, user, role="decision_maker")  # the summary learns it at once
    assert reach(db, aid) is not None
    audience = s.account("Audience Co", 4)  # no cadence: nothing to reach by
    person(s, audience, "Al Audience", "decision_maker")
    assert reach(db, audience) is None


def test_accept_makes_a_task_and_dismiss_holds_until_the_facts_change(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Accept Co")
    person(s, aid, "Bea Boss", "decision_maker")
    s.touch(aid, 5)
    item = reach(db, aid)
    assert item is not None
    result = accepting.accept(db, item.id, on=D)
    assert result.created_ids("tasks")
    assert "task to reach Bea Boss" in result.summary
    assert reach(db, aid) is None  # accepted: hidden while the facts stay
    other = loyal_customer(s, "Dismiss Co")
    person(s, other, "Dirk Decider", "decision_maker")
    s.touch(other, 5)
    sg.dismiss(db, f"reach_decision_maker:acc:{other}", on=D)
    assert reach(db, other) is None
    s.touch(other, 1, direction="outbound")
    assert reach(db, other) is None  # a touch of someone else changes nothing of hers


def test_one_decider_reached_is_enough(db: Database) -> None:
    """Per account, not per person: a second decider at awareness does not flood the inbox
    while another decision maker of the account is in touch."""
    s = Scenario(db)
    aid = loyal_customer(s, "Two Bosses Co")
    talked = person(s, aid, "Tara Talked", "decision_maker")
    person(s, aid, "Olga Other", "finance")  # never touched
    s.touches(aid, [4, 40, 80], contact=talked)  # two-way, within two cadences
    assert reach(db, aid) is None


def test_only_rings_where_the_relationship_is_worth_it(db: Database) -> None:
    s = Scenario(db)
    outer = s.account("Outer Ring Co", 2)  # a ring with a cadence, but not an inner one
    person(s, outer, "Otto Outer", "decision_maker")
    s.touch(outer, 5)
    assert reach(db, outer) is None


def test_a_decider_just_added_does_not_hide_a_silent_one(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Gone Quiet Co")
    old = person(s, aid, "Otis Old", "decision_maker")
    person(s, aid, "Nora New", "finance", added_days_ago=5)
    s.touch(aid, 100, contact=old)  # two-way, but 100 days > 2 x 30
    s.touch(aid, 2)
    item = reach(db, aid)
    assert item is not None and item.contact_id == old
    assert "has not been touched for 100 days" in item.reason


def test_a_silent_account_gets_its_follow_up_not_a_second_suggestion(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Silent Co")
    person(s, aid, "Sam Silent", "decision_maker")  # never touched, added long ago
    s.touch(aid, 40)  # the account itself is due (cadence 30)
    kinds = {x.kind for x in sg.suggest(db, D) if x.account_id == aid}
    assert "follow_up" in kinds and "reach_decision_maker" not in kinds


def test_a_long_standing_unreached_decider_is_due_today_not_a_year_overdue(
    db: Database,
) -> None:
    """Being at awareness is a standing state, not a lapse with a date: a decider added
    long ago is due the day the suggestion shows (not "419 days overdue"); one touched
    lately (a mailing, no conversation) is due one cadence after that touch."""
    s = Scenario(db)
    aid = loyal_customer(s, "Old Hands Co")
    person(s, aid, "Olivia Oldtimer", "decision_maker", added_days_ago=450)
    s.touch(aid, 3)  # the account itself is in touch
    item = reach(db, aid)
    assert item is not None
    assert item.due_on == D  # not added + 30 days = 420 days ago
    week_later = reach(db, aid, D + dt.timedelta(days=7))
    assert week_later is not None and week_later.due_on == D + dt.timedelta(days=7)
    mailed = loyal_customer(s, "Mailed Co")
    boss = person(s, mailed, "Mo Mailed", "decision_maker", added_days_ago=450)
    s.touch(mailed, 3)
    s.touch(mailed, 10, direction="outbound", contact=boss)
    item = reach(db, mailed)
    assert item is not None and item.due_on == ago(10) + dt.timedelta(days=30)
    just = loyal_customer(s, "Just Due Co")
    person(s, just, "Jo Justdue", "finance", added_days_ago=30)  # exactly one cadence
    s.touch(just, 3)
    item = reach(db, just)
    assert item is not None and item.due_on == D


def test_a_finance_contact_is_not_called_a_decision_maker(db: Database) -> None:
    s = Scenario(db)
    aid = loyal_customer(s, "Books Co")
    money = person(s, aid, "Felix Finance", "finance")
    s.touch(aid, 70, contact=money)
    s.touch(aid, 2)
    item = reach(db, aid)
    assert item is not None and "a decision maker needs" not in item.reason
    assert item.reason.endswith(
        "someone who decides or pays needs contact at least every 60 days here"
    )
