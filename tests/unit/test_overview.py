"""One account overview: the rules it decides once (task status, perk eligibility, insights
due) and the page and the brief telling the same facts."""

from __future__ import annotations

import datetime as dt
import math
from contextlib import AbstractContextManager
from typing import Any

import pytest
from sqlalchemy import select

from circlesoftrust.brief import CLIENT_SUGGESTIONS, build_brief
from circlesoftrust.engine.analysis import analyse
from circlesoftrust.engine.people import buying_group
from circlesoftrust.engine.scoring import score_account
from circlesoftrust.engine.suggestions import suggest
from circlesoftrust.errors import ConflictError
from circlesoftrust.models import Insight, InsightRelease, InsightShare, RevenueEntry, Ring
from circlesoftrust.overview import account_overview
from circlesoftrust.services import accounts, activity, perks, tasks
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import DetailLevel, RevenueKind
from tests.conftest import DEMO_DAY

DAY = dt.date(2026, 6, 15)
ONE = dt.timedelta(days=1)


def _ring_ids(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        return {name: rid for rid, name in session.execute(select(Ring.id, Ring.name)).all()}


@pytest.fixture
def loyal(db: Database) -> int:
    """An account in "Loyal customers" (position 1) with a customer's history."""
    acc = accounts.create_account(db, "Birch & Co", ring="Loyal customers")
    accounts.add_contact(db, acc.id, "Dora Decider", role="decision_maker")
    activity.record_revenue(db, acc.id, 1200, on=DAY - dt.timedelta(days=40))
    activity.log_touchpoint(db, acc.id, kind="meeting", contact="Dora Decider", on=DAY - ONE)
    return acc.id


@pytest.mark.pg
def test_task_status_is_overdue_due_open_or_done_as_of_the_day(db: Database, loyal: int) -> None:
    for title, due in (
        ("Yesterday's call", DAY - ONE),
        ("Today's proposal", DAY),
        ("Next week's visit", DAY + 7 * ONE),
        ("Filed last week", DAY - 7 * ONE),
        ("Done after the day", DAY - 2 * ONE),
    ):
        tasks.add_task(db, loyal, title, due_on=due)
    by_title = {t.title: t for t in tasks.list_tasks(db, account=loyal)}
    tasks.complete_task(db, by_title["Filed last week"].id, on=DAY - 3 * ONE)
    tasks.complete_task(db, by_title["Done after the day"].id, on=DAY + ONE)

    overview = account_overview(db, loyal, DAY)

    assert [(t.title, t.status) for t in overview.tasks] == [
        ("Done after the day", "overdue"),  # done later: still overdue on the day
        ("Yesterday's call", "overdue"),
        ("Today's proposal", "due"),
        ("Next week's visit", "open"),
        ("Filed last week", "done"),
    ]
    assert [t.title for t in overview.open_tasks] == [
        "Done after the day",
        "Yesterday's call",
        "Today's proposal",
        "Next week's visit",
    ]
    the_day_after = account_overview(db, loyal, DAY + ONE)
    assert {t.title: t.status for t in the_day_after.tasks}["Today's proposal"] == "overdue"
    assert {t.title: t.status for t in the_day_after.tasks}["Done after the day"] == "done"


@pytest.mark.pg
def test_perks_are_offered_from_their_ring_inwards_and_held_ones_are_not_offered(
    db: Database, loyal: int
) -> None:
    for name, ring in (
        ("Product council seat", "Inner circle"),  # inside the account's ring: not offered
        ("Priority support line", "Loyal customers"),  # its own ring: offered
        ("Loyalty discount", "Leads"),  # an outer ring's perk: offered inwards
        ("Event invitation", "Audience"),
        ("Old newsletter gift", "Leads"),
    ):
        perks.add_perk(db, name, kind="other", ring=ring, cost_per_year=10)
    perks.update_perk(db, "Old newsletter gift", active=False)  # no longer offered
    perks.grant_perk(db, loyal, "Loyalty discount", on=DAY - 10 * ONE)
    expired = perks.grant_perk(db, loyal, "Event invitation", on=DAY - 60 * ONE)
    perks.expire_grant(db, expired.id, on=DAY - 5 * ONE)

    overview = account_overview(db, loyal, DAY)

    assert [(p.name, p.status) for p in overview.perks] == [
        ("Loyalty discount", "active"),
        ("Priority support line", "eligible"),
        ("Event invitation", "eligible"),  # its grant expired: offered again
        ("Event invitation", "expired"),
    ]
    assert [p.name for p in overview.perks if p.held] == ["Loyalty discount"]
    # The same rule decides what may be granted: every eligible perk can be, the others not.
    eligible = {p.name for p in overview.perks if p.status == "eligible"}
    for perk in perks.list_perks(db):
        if perk.name in eligible:
            perks.grant_perk(db, loyal, perk.name, on=DAY)
        elif perk.name != "Loyalty discount":
            with pytest.raises(ConflictError):
                perks.grant_perk(db, loyal, perk.name, on=DAY)
    after = account_overview(db, loyal, DAY)
    assert not [p for p in after.perks if p.status == "eligible"]


@pytest.mark.pg
def test_insights_due_are_released_to_the_ring_and_not_yet_shared(db: Database, loyal: int) -> None:
    rings = _ring_ids(db)
    with db.transaction() as session:
        for title, ring, release, shared_on, published in (
            ("Released yesterday", "Loyal customers", DAY - ONE, None, True),
            ("Released today", "Loyal customers", DAY, None, True),
            ("Released tomorrow", "Loyal customers", DAY + ONE, None, True),
            ("Shared last week", "Loyal customers", DAY - 9 * ONE, DAY - 7 * ONE, True),
            ("Shared after the day", "Loyal customers", DAY - 3 * ONE, DAY + ONE, True),
            ("Inner circle only", "Inner circle", DAY - 9 * ONE, None, True),
            ("Draft", "Loyal customers", DAY - 9 * ONE, None, False),
        ):
            insight = Insight(
                title=title,
                full_text=f"{title} in full",
                summary=f"{title} in short",
                published_on=DAY - 20 * ONE if published else None,
            )
            session.add(insight)
            session.flush()
            session.add(
                InsightRelease(
                    insight_id=insight.id,
                    ring_id=rings[ring],
                    release_on=release,
                    detail_level=DetailLevel.SUMMARY,
                    discussion_open=False,
                )
            )
            if shared_on is not None:
                session.add(
                    InsightShare(
                        insight_id=insight.id,
                        account_id=loyal,
                        shared_on=shared_on,
                        detail_level=DetailLevel.SUMMARY,
                        answer="Loved it",
                    )
                )

    overview = account_overview(db, loyal, DAY)

    assert [(i.title, i.status, i.on) for i in overview.insights] == [
        ("Released today", "due", DAY),
        ("Released yesterday", "due", DAY - ONE),
        ("Shared after the day", "due", DAY - 3 * ONE),  # not shared yet on the day
        ("Released tomorrow", "upcoming", DAY + ONE),
        ("Shared last week", "shared", DAY - 7 * ONE),
    ]
    assert overview.insights_due[0].text == "Released today in short"  # the ring's level
    assert overview.insights[-1].answer == "Loved it"
    brief = build_brief(db, loyal, on=DAY)
    assert [i.title for i in brief.insights] == [i.title for i in overview.insights_due]


def test_an_archived_account_has_everything_but_a_score(db: Database, loyal: int) -> None:
    tasks.add_task(db, loyal, "Say goodbye", due_on=DAY)
    accounts.archive_account(db, loyal)
    overview = account_overview(db, loyal, DAY)
    assert overview.score is None and "archived" in overview.score_note
    assert [m.name for m in overview.buying_group] == ["Dora Decider"]
    assert [t.status for t in overview.tasks] == ["due"]
    assert overview.timeline and overview.revenue_total_cents == 120_000


def test_one_overview_is_one_transaction(
    db: Database, loyal: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    real = db.transaction

    def counting() -> AbstractContextManager[Any]:
        opened.append(1)
        return real()

    monkeypatch.setattr(db, "transaction", counting)
    account_overview(db, loyal, DAY)
    assert len(opened) == 1


@pytest.mark.pg
def test_the_overview_tells_what_the_engine_and_the_brief_tell(demo_db: Database) -> None:
    analysis = analyse(demo_db, DEMO_DAY)
    inbox = suggest(demo_db, DEMO_DAY)
    for account_id in (1, 7, 23, 42):
        overview = account_overview(demo_db, account_id, DEMO_DAY)
        # The score: the engine's own, and the same with the ranking of the last full pass.
        assert overview.score == score_account(demo_db, account_id, on=DEMO_DAY)
        assert overview.score == analysis.explain(account_id)
        fast = account_overview(demo_db, account_id, DEMO_DAY, ranking=analysis.facts.ranking)
        assert fast == overview
        # The buying group: the engine's stages and order.
        group = buying_group(demo_db, account_id, on=DEMO_DAY)
        assert [(m.contact_id, m.stage, m.last_touch_on) for m in overview.buying_group] == [
            (c.contact_id, c.stage, c.last_touch_on) for c in group.contacts
        ]
        assert overview.single_thread_risk == group.single_thread_risk
        # The account's own suggestions: those of the whole inbox.
        assert [s.id for s in overview.suggestions] == [
            s.id for s in inbox if s.account_id == account_id
        ]
        # The brief shows the same facts, shaped for one page.
        brief = build_brief(demo_db, account_id, on=DEMO_DAY)
        assert overview.score is not None and brief.score == math.floor(overview.score.score)
        assert [(t.title, t.overdue) for t in brief.tasks] == [
            (t.title, t.status == "overdue") for t in overview.open_tasks[: len(brief.tasks)]
        ]
        assert [p.name for p in brief.perks if p.granted] == [
            p.name for p in overview.perks if p.held
        ][: len(brief.perks)]
        assert [p.name for p in brief.perks if not p.granted] == [
            p.name for p in overview.perks if p.status == "eligible"
        ][: len([p for p in brief.perks if not p.granted])]
        assert [c.detail for c in brief.complaints] == [
            c.note for c in overview.complaints[: len(brief.complaints)]
        ]
        # Talking points: the client-facing suggestions, in the inbox's order (after the
        # complaints, low NPS answers and a renewal coming); never the internal ones.
        reasons = {s.reason: s.kind for s in overview.suggestions}
        from_inbox = [p for p in brief.talking_points if p in reasons]
        assert all(reasons[p] in CLIENT_SUGGESTIONS for p in from_inbox)
        client = [s.reason for s in overview.suggestions if s.kind in CLIENT_SUGGESTIONS]
        assert from_inbox == client[: len(from_inbox)]
        assert {c.name for c in brief.buying_group} <= {m.name for m in overview.buying_group}
        assert [e.title for e in brief.timeline] == [
            e.title for e in overview.timeline if e.kind != "ring_change"
        ][: len(brief.timeline)]


def test_impossible_amounts_leave_out_the_score_and_nothing_else(db: Database, loyal: int) -> None:
    tasks.add_task(db, loyal, "Call about the invoice", due_on=DAY)
    with db.transaction() as session:  # two amounts whose sum no 64-bit integer holds
        for kind in (RevenueKind.NEW, RevenueKind.RENEWAL):
            session.add(
                RevenueEntry(account_id=loyal, amount_cents=2**63 - 2, kind=kind, occurred_on=DAY)
            )
    overview = account_overview(db, loyal, DAY)  # SQLite: the engine's sum overflows
    assert overview.problems == ("the trust score and suggestions left out: integer overflow",)
    assert overview.score is None and "could not be read" in overview.score_note
    assert [p.count("\n") for p in overview.problems] == [0] * len(overview.problems)
    assert [m.name for m in overview.buying_group] == ["Dora Decider"]
    assert [t.title for t in overview.tasks] == ["Call about the invoice"]
    assert overview.timeline and overview.revenue_total_cents > 2**63
