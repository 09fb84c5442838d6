"""The insight cascade: inner ring first in full, outer rings later in less detail."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust.errors import ConflictError, NotFoundError, ValidationError
from circlesoftrust.services import insights
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def _published(db: Database) -> insights.InsightInfo:
    info = insights.add_insight(
        db,
        "Plan quarterly",
        full_text="The whole analysis.",
        summary="Plan quarterly.",
        headline="Planning pays",
    )
    return insights.publish_insight(db, info.id, on=D)


def test_publishing_schedules_a_release_per_ring(db: Database) -> None:
    info = _published(db)
    schedule = {r.ring_position: r for r in info.releases}
    assert [schedule[p].release_on - D for p in range(5)] == [
        dt.timedelta(days=n) for n in (0, 14, 30, 45, 60)
    ]
    assert [schedule[p].detail_level for p in range(5)] == [
        "full",
        "full",
        "summary",
        "summary",
        "headline",
    ]
    assert schedule[0].discussion_open and not schedule[1].discussion_open
    with pytest.raises(ConflictError, match="already published"):
        insights.publish_insight(db, info.id, on=D)


def test_inner_ring_on_publication_day_in_full_outer_rings_after_their_delay(
    db: Database,
) -> None:
    info = _published(db)
    inner = insights.content_for_ring(db, info.id, 0, on=D)
    assert inner is not None and inner.text == "The whole analysis." and inner.discussion_open
    assert insights.content_for_ring(db, info.id, 2, on=D) is None
    assert insights.content_for_ring(db, info.id, 2, on=D + dt.timedelta(days=29)) is None
    new_clients = insights.content_for_ring(db, info.id, 2, on=D + dt.timedelta(days=30))
    assert new_clients is not None and new_clients.text == "Plan quarterly."
    audience = insights.content_for_ring(db, info.id, 4, on=D + dt.timedelta(days=60))
    assert audience is not None and audience.text == "Planning pays"
    assert audience.detail_level == "headline" and not audience.discussion_open


def test_shares_answers_and_who_has_not_received_it(db: Database) -> None:
    s = Scenario(db)
    first, second = s.account("First", 0), s.account("Second", 0)
    boss = s.contact(second, "Boss")
    s.contact(second, "Helper", "user")
    lead = s.account("Lead", 3)
    info = _published(db)
    share = insights.share_insight(db, info.id, first, on=D, answer="")
    assert share.detail_level == "full"
    waiting = insights.pending_recipients(db, info.id, 0)
    assert [(r.account_id, r.contact_id) for r in waiting] == [(second, boss)]
    answered = insights.record_answer(db, share.id, "Wants a workshop")
    assert answered.answer == "Wants a workshop"
    with pytest.raises(ConflictError, match="reaches"):
        insights.share_insight(db, info.id, lead, on=D)
    early = insights.share_insight(db, info.id, lead, on=D, early=True)
    assert early.detail_level == "summary"
    assert len(insights.list_shares(db, insight=info.id)) == 2
    listed = insights.get_insight(db, info.id, on=D)
    assert listed.shares == 2
    assert {r.ring_position: r.received for r in listed.releases}[0] == 1


def test_drafts_cannot_be_shared_and_input_is_checked(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("First", 0)
    draft = insights.add_insight(db, "Draft")
    with pytest.raises(ConflictError, match="not published"):
        insights.share_insight(db, draft.id, aid, on=D)
    with pytest.raises(ValidationError, match="title"):
        insights.add_insight(db, "  ")
    with pytest.raises(NotFoundError):
        insights.get_insight(db, 999)
    assert insights.unpublish_insight(db, _published(db).id).published_on is None


def test_the_schedule_shows_an_outer_ring_held_back_for_the_inner_ring(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Inner first in the schedule too (`insight list`): a release date reached while the
    inner ring still lacks the insight is held until the grace period ends, and says so;
    once the inner ring has it, the outer ring's own date stands."""
    from circlesoftrust.cli import main

    s = Scenario(db)
    inner = s.account("Inner Co", 0)
    s.account("Loyal Co", 1)
    info = _published(db)  # on D: the loyal customers' release is D + 14, grace 14 more

    def loyal(on: dt.date) -> insights.ReleaseInfo:
        return next(r for r in insights.get_insight(db, info.id, on=on).releases
                    if r.ring_position == 1)  # fmt: skip

    day = D + dt.timedelta(days=20)
    assert loyal(day).released and loyal(day).held_until == D + dt.timedelta(days=28)
    assert loyal(D + dt.timedelta(days=28)).held_until is None  # the grace is over
    assert main(["--db", db_url, "insight", "list", "--date", str(day)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "Loyal customers" in x)
    assert "held for Inner circle until 2026-07-13" in line
    insights.share_insight(db, info.id, inner, on=D + dt.timedelta(days=1))
    assert loyal(day).held_until is None
