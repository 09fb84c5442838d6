"""The meeting brief prepares the meeting (issue 18, point 4).

Each scenario is built from a rule, on a fresh database, with made-up names: what is
open with the client is on the page, our own bookkeeping is not, and insights fit the
client's industry.
"""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust import formats
from circlesoftrust.brief import (
    CLIENT_SUGGESTIONS,
    LOW_NPS_WITHIN_DAYS,
    RENEWAL_TALK_DAYS,
    build_brief,
)
from circlesoftrust.brief_render import render_html, render_markdown
from circlesoftrust.engine import suggestions
from circlesoftrust.overview import account_overview
from circlesoftrust.services import accounts, activity, insights, rings, tasks
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY

DAY = dt.date(2026, 6, 15)


def ago(days: int) -> dt.date:
    return DAY - dt.timedelta(days=days)


def _customer(db: Database, name: str, **fields: object) -> int:
    acc = accounts.create_account(db, name, ring="Loyal customers", **fields)  # type: ignore[arg-type]
    activity.record_revenue(db, acc.id, 5000, on=ago(100))
    return acc.id


@pytest.mark.pg
def test_an_open_complaint_and_a_low_nps_with_its_comment_are_talking_points(
    db: Database,
) -> None:
    acc = _customer(db, "Hollow Pines Ltd")
    accounts.add_contact(db, acc, "Ravi Ledger", role="finance", title="CFO")
    accounts.add_contact(db, acc, "Mo Maker", role="decision_maker")
    activity.open_complaint(db, acc, note="Reports arrive late", contact="Mo Maker", on=ago(9))
    activity.record_feedback(
        db, acc, nps=2, contact="Ravi Ledger", comment="Unhappy with the invoices", on=ago(4)
    )
    activity.record_feedback(db, acc, nps=9, contact="Mo Maker", on=ago(3))  # a promoter

    brief = build_brief(db, acc, on=DAY)

    assert [(f.nps, f.who, f.comment) for f in brief.low_feedback] == [
        (2, "Ravi Ledger (CFO)", "Unhappy with the invoices")
    ]
    complaint, nps = brief.talking_points[:2]
    assert "Reports arrive late" in complaint and "Mo Maker" in complaint
    assert "NPS 2" in nps and "Unhappy with the invoices" in nps and "Ravi Ledger" in nps
    for page in (render_html(brief), render_html(brief, for_qt=True), render_markdown(brief)):
        assert "Unhappy with the invoices" in page and "Reports arrive late" in page


def test_only_each_persons_latest_recent_low_answer_counts(db: Database) -> None:
    acc = _customer(db, "Quiet Harbour BV")
    for name in ("Ann Early", "Bo Better", "Cy Old"):
        accounts.add_contact(db, acc, name)
    activity.record_feedback(db, acc, nps=1, contact="Ann Early", comment="awful", on=ago(20))
    activity.record_feedback(db, acc, nps=4, contact="Ann Early", comment="still meh", on=ago(2))
    activity.record_feedback(db, acc, nps=3, contact="Bo Better", on=ago(30))
    activity.record_feedback(db, acc, nps=10, contact="Bo Better", on=ago(1))  # fixed since
    old = ago(LOW_NPS_WITHIN_DAYS + 1)
    activity.record_feedback(db, acc, nps=0, contact="Cy Old", comment="long ago", on=old)
    activity.record_feedback(db, acc, nps=5, comment="anonymous survey", on=ago(5))

    brief = build_brief(db, acc, on=DAY)

    assert [(f.who, f.nps, f.comment) for f in brief.low_feedback] == [
        ("Ann Early", 4, "still meh"),
        ("someone at the account", 5, "anonymous survey"),
    ]


def test_the_last_meeting_and_its_note_are_shown_even_after_later_calls(db: Database) -> None:
    acc = _customer(db, "Lantern Works Inc.")
    accounts.add_contact(db, acc, "Ida Host")
    activity.log_touchpoint(db, acc, kind="meeting", on=ago(40), note="Kick-off")
    activity.log_touchpoint(
        db, acc, kind="meeting", contact="Ida Host", on=ago(12), note="Agreed a pilot in May"
    )
    activity.log_touchpoint(db, acc, kind="call", on=ago(2), note="Quick check")

    brief = build_brief(db, acc, on=DAY)

    assert brief.last_meeting is not None
    assert (brief.last_meeting.on, brief.last_meeting.detail) == (ago(12), "Agreed a pilot in May")
    assert "Ida Host" in brief.last_meeting.title
    assert "Agreed a pilot in May" in render_markdown(brief)
    nothing = build_brief(db, _customer(db, "No Meetings Yet"), on=DAY)
    assert nothing.last_meeting is None and "No meeting recorded yet." in render_html(nothing)


def test_open_tasks_next_steps_and_a_renewal_coming_are_on_the_page(db: Database) -> None:
    acc = _customer(db, "Copper Kettle GmbH")
    accounts.add_contact(db, acc, "Solo Person", role="champion")
    activity.log_touchpoint(db, acc, kind="call", contact="Solo Person", on=ago(3))
    renewal = DAY + dt.timedelta(days=RENEWAL_TALK_DAYS - 10)
    activity.record_revenue(db, acc, 900, kind="renewal", on=ago(5), renewal_on=renewal)
    task = tasks.add_task(db, acc, "Send the revised quote", due_on=DAY + dt.timedelta(days=2))

    brief = build_brief(db, acc, on=DAY)

    assert [t.title for t in brief.tasks] == [task.title]
    assert any(formats.date(renewal) in p for p in brief.talking_points)
    # A single-threaded account: meeting a second person is a next step.
    own = account_overview(db, acc, DAY).suggestions
    client_steps = [s.action for s in own if s.kind in CLIENT_SUGGESTIONS]
    assert client_steps and brief.next_steps == tuple(client_steps)
    assert "Send the revised quote" in render_html(brief)

    far = _customer(db, "Far Renewal Ltd")
    later = DAY + dt.timedelta(days=RENEWAL_TALK_DAYS + 30)
    activity.record_revenue(db, far, 900, on=ago(5), renewal_on=later)
    far_points = build_brief(db, far, on=DAY).talking_points
    assert not any(later.isoformat() in p for p in far_points), far_points


def test_internal_ring_moves_are_never_talking_points(db: Database) -> None:
    # Only customers sit in the inner rings: this account is due to be moved out.
    acc = accounts.create_account(db, "Misplaced Prospect", ring="Inner circle").id
    accounts.add_contact(db, acc, "Pat Prospect")
    own = account_overview(db, acc, DAY).suggestions
    internal = [s for s in own if s.kind not in CLIENT_SUGGESTIONS]
    assert any(s.kind == "demote" for s in internal)

    brief = build_brief(db, acc, on=DAY)

    assert not {s.reason for s in internal} & set(brief.talking_points)
    for page in (render_html(brief), render_markdown(brief)):
        assert not any(s.reason in page for s in internal)
        assert not any(s.action in page for s in internal)


def test_the_timeline_leaves_ring_moves_out(db: Database) -> None:
    acc = _customer(db, "Moved Around AG")
    accounts.add_contact(db, acc, "Mia Moved")
    activity.log_touchpoint(db, acc, kind="call", contact="Mia Moved", on=ago(1))
    rings.move_account(db, acc, "Inner circle", reason="by hand for the test")
    day = dt.date.today()
    brief = build_brief(db, acc, on=day)
    full = account_overview(db, acc, day).timeline
    assert any(e.kind == "ring_change" for e in full)
    assert brief.timeline and all(e.kind != "ring_change" for e in brief.timeline)


@pytest.fixture
def industries(db: Database) -> dict[str, int]:
    """Three industries in use, one insight about each of two of them and a general one."""
    ids = {
        "Logistics": _customer(db, "Road Runner Freight", industry="Logistics"),
        "Retail": _customer(db, "Corner Shop Ltd", industry="Retail", tags=["berlin"]),
        "Energy": _customer(db, "Sunbeam Power", industry="Energy"),
    }
    for title, text in (
        ("Pricing pressure in mid-market logistics", "Shippers renegotiate every 9 months."),
        ("How retailers keep stock moving", "Seasonal planning with suppliers."),
        ("What our best clients do differently", "They plan quarterly with us."),
        ("Meet us in Berlin", "A client evening in our Berlin office."),
    ):
        made = insights.add_insight(db, title, full_text=text, summary=text, headline=title)
        insights.publish_insight(db, made.id, on=ago(60))
    return ids


@pytest.mark.pg
def test_insights_are_matched_to_the_accounts_industry_and_tags(
    db: Database, industries: dict[str, int]
) -> None:
    retail = build_brief(db, industries["Retail"], on=DAY)
    assert [(i.title, i.fits) for i in retail.insights][:2] == [
        ("How retailers keep stock moving", "Retail"),
        ("Meet us in Berlin", "berlin"),
    ]
    titles = {i.title for i in retail.insights}
    assert "What our best clients do differently" in titles  # general: for everyone
    assert "Pricing pressure in mid-market logistics" not in titles
    assert retail.insights_left_out == 1
    assert "about other industries only" in render_markdown(retail)

    logistics = build_brief(db, industries["Logistics"], on=DAY)
    assert logistics.insights[0].title == "Pricing pressure in mid-market logistics"
    assert "How retailers keep stock moving" not in {i.title for i in logistics.insights}

    # An industry no insight names gets the general ones only.
    energy = build_brief(db, industries["Energy"], on=DAY)
    assert {i.title for i in energy.insights} == {
        "What our best clients do differently",
        "Meet us in Berlin",  # "berlin" is a tag, and tags never exclude
    }


def test_no_internal_suggestion_of_the_demo_business_becomes_a_talking_point(
    demo_db: Database,
) -> None:
    everyone = suggestions.suggest(demo_db, DEMO_DAY)
    internal = {s.reason for s in everyone if s.kind not in CLIENT_SUGGESTIONS}
    by_account = sorted({s.account_id for s in everyone if s.kind not in CLIENT_SUGGESTIONS
                         and s.account_id is not None})  # fmt: skip
    assert internal and by_account
    for acc in by_account[:12]:
        brief = build_brief(demo_db, acc, on=DEMO_DAY)
        assert not internal & set(brief.talking_points)
