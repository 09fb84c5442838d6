"""Reasons name the facts (issue 11, point 4): a move or at-risk reason says what the score
was at the baseline (a snapshot of about 90 days ago, or of the last ring change) and
names the facts that moved it. Scenarios on small hand-built databases, through the
services the user's commands call."""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from sqlalchemy import func, select

from circlesoftrust import formats
from circlesoftrust.engine import analysis, scoring
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.models import Account, score_history
from circlesoftrust.services import activity, rings
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def inbox(db: Database, on: dt.date = D) -> dict[str, sg.Suggestion]:
    return {s.id: s for s in sg.suggest(db, on)}


def history_days(db: Database) -> list[int]:
    h = score_history.c
    with db.transaction() as session:
        return sorted(session.scalars(select(h.as_of).distinct()))


def going_cold(s: Scenario) -> tuple[int, int]:
    """An inner-ring customer that talked every two weeks until 80 days before D."""
    aid = s.account("Delta Motors", 0, entered_days_ago=900)
    ann = s.contact(aid, "Ann Lee", "finance")
    s.revenue(aid, 30_000, 700)
    s.revenue(aid, 30_000, 300, kind="renewal")
    s.touches(aid, list(range(80, 400, 14)), contact=ann)
    return aid, ann


def test_the_demote_reason_names_the_facts_and_the_score_then(db: Database) -> None:
    s = Scenario(db)
    aid, ann = going_cold(s)
    then = D - dt.timedelta(days=70)
    inbox(db, then)  # the pass of that day keeps its snapshot
    before = scoring.score_account(db, aid, on=then).score
    s.feedback(aid, 3, 12, ann)
    s.complaint(aid, 5)
    now = scoring.score_account(db, aid, on=D).score
    item = inbox(db)[f"demote:acc:{aid}"]
    assert (
        f"; score {math.floor(before)} on {formats.date(then)}, {math.floor(now)} now: "
        in item.reason
    )
    assert f"NPS 3 from Ann Lee (finance) on {formats.date(ago(12))}" in item.reason
    assert f"open complaints 0 → 1 (the oldest opened {formats.date(ago(5))})" in item.reason
    # Biggest first, each with its points and component, at most three.
    named = re.findall(r"\(([+-][\d.]+) (\w+)\)", item.reason)
    assert named[0][1] == "friction" and float(named[0][0]) <= -10
    assert 2 <= len(named) <= 3
    points = [abs(float(p)) for p, _ in named]
    assert points == sorted(points, reverse=True)


def test_the_at_risk_reason_says_how_long_the_silence_is(db: Database) -> None:
    s = Scenario(db)
    aid, _ = going_cold(s)
    then = D - dt.timedelta(days=70)
    inbox(db, then)
    before = scoring.score_account(db, aid, on=then).score
    item = inbox(db)[f"at_risk:acc:{aid}"]
    assert item.reason.startswith("Delta Motors is at risk: silent for 80 days")
    assert f"; score {math.floor(before)} on {formats.date(then)}, " in item.reason
    assert "no contact for 80 days (last: a touchpoint on Mar 27, 2026)" in item.reason
    assert re.search(r"\(-\d+ engagement\)", item.reason)
    assert "friction" not in item.reason


def test_a_move_compares_with_the_score_at_the_last_ring_change(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Summit Dental", 3, entered_days_ago=500)
    s.touches(aid, [200, 150])
    inbox(db, ago(120))  # a full snapshot, before the move
    rings.move_account(db, aid, 2, reason="by hand", on=ago(40), pin_days=0)
    inbox(db, ago(40))  # the pass after the move keeps the account's own row
    s.revenue(aid, 40_000, 30)
    s.revenue(aid, 20_000, 10, kind="upsell")
    s.touches(aid, [20, 8, 2])
    s.feedback(aid, 10, 4)
    item = next(i for i in inbox(db).values() if i.kind == "promote" and i.account_id == aid)
    assert f"on {formats.date(ago(40))}, " in item.reason  # the move, not 120 days ago
    assert f"NPS 10 on {formats.date(ago(4))} (+" in item.reason
    assert "revenue in the last 12 months $0 → $60,000" in item.reason
    assert "(+" in item.reason and "(-" not in item.reason


def test_a_fresh_database_has_no_baseline_and_keeps_its_reasons(db: Database) -> None:
    s = Scenario(db)
    aid, _ = going_cold(s)
    item = inbox(db)[f"at_risk:acc:{aid}"]
    assert " now" not in item.reason
    assert history_days(db) == [D.toordinal()]


def test_snapshots_are_written_every_few_weeks_and_old_ones_dropped(db: Database) -> None:
    s = Scenario(db)
    going_cold(s)
    for back in (200, 190, 170, 100, 80, 40):
        analysis.analyse(db, ago(back))
    # 190 is within 30 days of 200, 80 within 30 of 100; at 40, 200 is past 150 days.
    assert history_days(db) == [ago(n).toordinal() for n in (170, 100, 40)]


def test_today_and_the_account_page_give_the_same_reason(db: Database) -> None:
    s = Scenario(db)
    aid, ann = going_cold(s)
    inbox(db, D - dt.timedelta(days=70))
    s.feedback(aid, 2, 3, ann)
    full = inbox(db)[f"demote:acc:{aid}"]
    assert " now: " in full.reason
    one = sg.find_suggestion(db, f"demote:acc:{aid}", on=D)
    own = {i.id: i for i in sg.suggest(db, D, account=aid)}[f"demote:acc:{aid}"]
    looked = analysis.analyse(db, D)
    from_analysis = next(i for i in looked.suggestions if i.id == full.id)
    assert full.reason == one.reason == own.reason == from_analysis.reason
    assert full.fingerprint == one.fingerprint  # the words do not make it a new suggestion


def test_a_database_that_cannot_be_written_still_gives_reasons(db: Database) -> None:
    s = Scenario(db)
    aid, _ = going_cold(s)
    activity.log_touchpoint(db, aid, kind="call", direction="two_way", on=ago(1))
    with db.transaction() as session:
        count = session.scalar(select(func.count()).select_from(score_history))
    assert count == 0
    assert f"follow_up:acc:{aid}" not in inbox(db)


def test_the_demo_business_has_a_past_to_compare_with(demo_db: Database) -> None:
    """A demo database is tried before anyone has used it for weeks: its moves and at-risk
    reasons still say what the score was then (a snapshot of its own past), as they would
    for a user of the app. (An account created since has no "then".)"""
    with demo_db.transaction() as session:
        created = dict(session.execute(select(Account.id, Account.created_at)).all())
    quarter_ago = DEMO_DAY - dt.timedelta(days=90)
    found = [
        x
        for x in sg.suggest(demo_db, DEMO_DAY)
        if x.kind in ("promote", "demote", "at_risk")
        and x.account_id is not None
        and created[x.account_id].date() <= quarter_ago
    ]
    assert len(found) >= 3
    then = re.compile(r"score \d+ on .+, \d+ now")
    assert [x.id for x in found if not then.search(x.reason)] == []


def test_engagement_that_fell_since_a_later_contact_names_the_silence(db: Database) -> None:
    """An account contacted once after the baseline and silent since: its engagement fell,
    so the reason names the silence ("no contact for 42 days"), not "contact again"."""
    s = Scenario(db)
    aid, _ = going_cold(s)  # talked every two weeks until 80 days before D
    then = D - dt.timedelta(days=70)
    inbox(db, then)  # the baseline: last contact 10 days before it
    s.touch(aid, 42)  # one call after the baseline, silence since
    item = inbox(db)[f"at_risk:acc:{aid}"]
    assert "(-" in item.reason and "engagement)" in item.reason
    assert "contact again" not in item.reason
    assert f"no contact for 42 days (last: a touchpoint on {formats.date(ago(42))})" in (
        item.reason
    )
