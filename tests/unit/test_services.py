"""The service functions the UI and the CLI call: one transaction each, plain results."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from circlesoftrust.errors import ConflictError, NotFoundError, ValidationError
from circlesoftrust.models import (
    Account,
    ActionLog,
    ChecklistItem,
    Complaint,
    Contact,
    Feedback,
    Referral,
    RevenueEntry,
    RingChange,
    Task,
    Touchpoint,
)
from circlesoftrust.services import accounts, activity, rings
from circlesoftrust.storage import Database

pytestmark = [pytest.mark.pg, pytest.mark.encrypted]

DAY = dt.date(2026, 5, 4)
COUNTED = (Account, Contact, Touchpoint, RevenueEntry, Referral, Feedback, Complaint, RingChange,
           Task, ActionLog)  # fmt: skip


def counts(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


@pytest.fixture
def alder(db: Database) -> accounts.AccountInfo:
    info = accounts.create_account(db, "Alder Labs", industry="Software", tags=["Berlin", "vip"])
    accounts.add_contact(db, info.id, "Anna Schmidt", role="champion", email="Anna@Alder.example")
    return info


INVALID_CALLS: tuple[tuple[str, str, Callable[[Database], Any]], ...] = (
    ("empty account name", "name", lambda db: accounts.create_account(db, "   ")),
    ("long industry", "industry", lambda db: accounts.create_account(db, "X", industry="i" * 121)),
    ("long tag", "tags", lambda db: accounts.create_account(db, "X", tags=["t" * 61])),
    ("bad e-mail", "email", lambda db: accounts.add_contact(db, 1, "Ben", email="ben@")),
    ("bad phone", "phone", lambda db: accounts.add_contact(db, 1, "Ben", phone="call me")),
    ("unknown role", "role", lambda db: accounts.add_contact(db, 1, "Ben", role="wizard")),
    ("unknown kind", "kind", lambda db: activity.log_touchpoint(db, 1, kind="telepathy")),
    ("bad date", "date", lambda db: activity.log_touchpoint(db, 1, kind="call", on="31/12/25")),
    ("future date", "date",
     lambda db: activity.log_touchpoint(db, 1, kind="call", on="2999-12-31")),
    ("bad direction", "direction",
     lambda db: activity.log_touchpoint(db, 1, kind="call", direction="sideways")),
    ("negative amount", "amount", lambda db: activity.record_revenue(db, 1, "-5")),
    ("not an amount", "amount", lambda db: activity.record_revenue(db, 1, "lots")),
    ("unknown revenue kind", "kind", lambda db: activity.record_revenue(db, 1, 5, kind="gift")),
    ("renewal before sale", "renewal_on",
     lambda db: activity.record_revenue(db, 1, 5, on="2026-05-04", renewal_on="2026-01-01")),
    ("NPS above 10", "nps", lambda db: activity.record_feedback(db, 1, nps=11)),
    ("NPS below 0", "nps", lambda db: activity.record_feedback(db, 1, nps=-1)),
    ("NPS not a number", "nps", lambda db: activity.record_feedback(db, 1, nps="ten")),
    ("score above 5", "trust",
     lambda db: activity.record_feedback(db, 1, nps=9, scores={"trust": 6})),
    ("empty complaint", "note", lambda db: activity.open_complaint(db, 1, note=" ")),
    ("self referral", "to_account", lambda db: activity.record_referral(db, 1, 1)),
    ("move without reason", "reason", lambda db: rings.move_account(db, 1, 0, reason="")),
    ("threshold out of range", "min_score", lambda db: rings.update_ring(db, 0, min_score=101)),
    ("thresholds not falling", "min_score", lambda db: rings.update_ring(db, 1, min_score=80)),
    ("bad colour", "colour", lambda db: rings.update_ring(db, 0, colour="purple")),
)  # fmt: skip


@pytest.mark.parametrize(
    ("case", "field", "call"), INVALID_CALLS, ids=[c[0] for c in INVALID_CALLS]
)
def test_invalid_input_names_the_field_and_writes_nothing(
    db: Database,
    alder: accounts.AccountInfo,
    case: str,
    field: str,
    call: Callable[[Database], Any],
) -> None:
    before = counts(db)
    rings_before = rings.list_rings(db)
    with pytest.raises(ValidationError) as caught:
        call(db)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert counts(db) == before
    assert rings.list_rings(db) == rings_before


def test_unknown_things_are_reported_by_name(db: Database, alder: accounts.AccountInfo) -> None:
    with pytest.raises(NotFoundError, match="no account named 'Zebra'"):
        activity.log_touchpoint(db, "Zebra", kind="call")
    with pytest.raises(NotFoundError, match="no ring at position 7"):
        rings.move_account(db, alder.id, 7, reason="why not")
    with pytest.raises(NotFoundError, match="no contact named 'Bob'"):
        activity.log_touchpoint(db, alder.id, kind="call", contact="Bob")


def test_results_are_frozen_plain_data(db: Database, alder: accounts.AccountInfo) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        alder.name = "Changed"  # type: ignore[misc]
    assert alder.tags == ("berlin", "vip")
    assert alder.ring_name == "Audience"


def test_names_are_unique_ignoring_case(db: Database, alder: accounts.AccountInfo) -> None:
    with pytest.raises(ConflictError, match="already exists"):
        accounts.create_account(db, "alder labs")
    other = accounts.create_account(db, "Birch Ltd")
    with pytest.raises(ConflictError):
        accounts.update_account(db, other.id, name="ALDER LABS")


def test_accounts_are_found_by_name_contact_email_tag_or_industry(
    db: Database, alder: accounts.AccountInfo
) -> None:
    birch = accounts.create_account(db, "Birch Ltd", industry="Retail", tags=["munich"])
    accounts.add_contact(db, birch.id, "Carla Rossi", email="carla@birch.example")
    assert accounts.search_accounts(db, "alder") == [alder.id]
    assert accounts.search_accounts(db, "carla") == [birch.id]
    assert accounts.search_accounts(db, "ALDER.example") == [alder.id]
    assert accounts.search_accounts(db, "munich") == [birch.id]
    assert accounts.search_accounts(db, "retail") == [birch.id]
    assert accounts.search_accounts(db, "l") == [alder.id, birch.id]
    assert accounts.search_accounts(db, "100%") == []  # LIKE wildcards are taken literally


def test_a_move_records_the_ring_change_and_creates_the_checklist_tasks(
    db: Database, alder: accounts.AccountInfo
) -> None:
    inner = rings.list_rings(db)[0]
    with db.transaction() as session:
        session.add_all([
            ChecklistItem(ring_id=inner.id, position=0, title="Welcome call", due_after_days=2),
            ChecklistItem(ring_id=inner.id, position=1, title="Send perk pack", due_after_days=7),
        ])  # fmt: skip
    moved = rings.move_account(db, "alder", "Inner circle", reason="top customer", on=DAY)
    assert (moved.from_ring, moved.to_ring) == ("Audience", "Inner circle")
    assert len(moved.task_ids) == 2
    with db.transaction() as session:
        tasks = session.scalars(select(Task).order_by(Task.due_on)).all()
        assert [(t.title, t.due_on) for t in tasks] == [
            ("Welcome call", DAY + dt.timedelta(days=2)),
            ("Send perk pack", DAY + dt.timedelta(days=7)),
        ]
        change = session.get(RingChange, moved.ring_change_id)
        assert change is not None
        assert (change.reason, change.changed_on, change.to_ring_id) == (
            "top customer",
            DAY,
            inner.id,
        )
    assert accounts.get_account(db, alder.id).ring_position == 0
    history = {e.title for e in activity.timeline(db, alder.id) if e.kind == "ring_change"}
    assert history == {"— → Audience", "Audience → Inner circle"}
    with pytest.raises(ConflictError, match="already in Inner circle"):
        rings.move_account(db, alder.id, 0, reason="again")


def test_archived_accounts_leave_the_lists_and_can_come_back(
    db: Database, alder: accounts.AccountInfo
) -> None:
    accounts.archive_account(db, alder.id)
    assert accounts.list_accounts(db) == []
    assert accounts.search_accounts(db, "alder") == []
    assert [a.name for a in accounts.list_accounts(db, include_archived=True)] == ["Alder Labs"]
    assert rings.ring_summaries(db)[-1].members == 0
    accounts.archive_account(db, alder.id, archived=False)
    assert [a.name for a in accounts.list_accounts(db)] == ["Alder Labs"]


def test_deleting_an_account_removes_its_history_and_logs_it(
    db: Database, alder: accounts.AccountInfo
) -> None:
    activity.log_touchpoint(db, alder.id, kind="meeting", contact="anna@alder.example", on=DAY)
    activity.record_revenue(db, alder.id, "1,200.50", kind="up-sell", on=DAY)
    accounts.delete_account(db, alder.id)
    after = counts(db)
    assert after["accounts"] == after["contacts"] == after["touchpoints"] == 0
    assert after["revenue_entries"] == 0
    with db.transaction() as session:
        assert session.scalars(select(ActionLog.summary)).all() == ["deleted account 'Alder Labs'"]
    with pytest.raises(NotFoundError):
        accounts.get_account(db, alder.id)


def test_facts_are_stored_as_given(db: Database, alder: accounts.AccountInfo) -> None:
    birch = accounts.create_account(db, "Birch Ltd")
    touch = activity.log_touchpoint(db, alder.id, kind="Call", on="2026-05-01", note=" hi ")
    assert (touch.kind, touch.direction, touch.note) == ("call", "two_way", "hi")
    revenue = activity.record_revenue(db, alder.id, "1,200.50", kind="cross-sell", on=DAY,
                                      renewal_on="2027-05-04")  # fmt: skip
    assert (revenue.amount_cents, revenue.kind) == (120050, "crosssell")
    referral = activity.record_referral(db, alder.id, birch.id, contact="Anna Schmidt", on=DAY)
    assert referral.from_contact_id is not None
    with pytest.raises(ConflictError, match="already referred"):
        activity.record_referral(db, alder.id, birch.id)
    opened = activity.open_complaint(db, alder.id, note="Invoice sent twice", on=DAY)
    resolved = activity.resolve_complaint(db, opened.id, resolution="refunded", on=DAY)
    assert (resolved.status, resolved.resolved_on) == ("resolved", DAY)
    with pytest.raises(ConflictError):
        activity.resolve_complaint(db, opened.id)


def test_the_timeline_is_newest_first_and_keeps_the_newest_when_limited(
    db: Database, alder: accounts.AccountInfo
) -> None:
    for month in range(1, 6):
        activity.record_revenue(db, alder.id, 100 * month, on=dt.date(2026, month, 1))
    activity.record_feedback(db, alder.id, nps=10, on=dt.date(2026, 5, 2), contact="Anna Schmidt")
    entries = activity.timeline(db, alder.id, limit=4)
    assert entries[0].kind == "ring_change"  # the account was created today
    assert [(e.on, e.kind) for e in entries[1:]] == [
        (dt.date(2026, 5, 2), "feedback"),
        (dt.date(2026, 5, 1), "revenue"),
        (dt.date(2026, 4, 1), "revenue"),
    ]
    assert entries[1].title == "NPS 10 from Anna Schmidt"


def test_same_day_events_are_newest_first_with_the_creation_last(
    db: Database, alder: accounts.AccountInfo
) -> None:
    day = dt.date.today()
    rings.move_account(db, alder.id, "New clients", reason="First purchase", on=day)
    activity.log_touchpoint(db, alder.id, kind="call", note="Thanks for the order", on=day)
    rings.move_account(db, alder.id, "Inner circle", reason="Big order", on=day)
    entries = [e for e in activity.timeline(db, alder.id) if e.on == day]
    moves = [e.title for e in entries if e.kind == "ring_change"]
    assert moves[0].endswith("→ Inner circle") and moves[1].endswith("→ New clients")
    assert entries[-1].detail == "account created"  # nothing happened before it


def test_a_referral_to_a_new_account_creates_both_in_one_action(
    db: Database, alder: accounts.AccountInfo
) -> None:
    ref = activity.record_referral_to_new_account(db, alder.id, "Birch Bakery", note="Cousin")
    birch = accounts.get_account(db, "Birch Bakery")
    assert ref.to_account_id == birch.id and ref.from_account_id == alder.id
    assert birch.ring_position == max(r.position for r in rings.list_rings(db))
    received = [e for e in activity.timeline(db, birch.id) if e.kind == "referral_received"]
    assert received and received[0].title == f"Referred by {alder.name}"
    count = len(accounts.list_accounts(db))
    with pytest.raises(ConflictError, match="already exists"):
        activity.record_referral_to_new_account(db, alder.id, "birch bakery")
    with pytest.raises(ValidationError):
        activity.record_referral_to_new_account(db, alder.id, "  ")
    assert len(accounts.list_accounts(db)) == count  # nothing half-made


def test_any_fact_of_the_timeline_can_be_deleted_but_not_a_ring_move(
    db: Database, alder: accounts.AccountInfo
) -> None:
    day = dt.date(2026, 5, 2)
    activity.record_revenue(db, alder.id, 500, on=day)
    activity.record_feedback(db, alder.id, nps=9, on=day)
    activity.open_complaint(db, alder.id, note="Late delivery", on=day)
    activity.log_touchpoint(db, alder.id, kind="call", on=day)
    other = accounts.create_account(db, "Birch Bakery")
    activity.record_referral(db, alder.id, other.id, on=day)
    for entry in [e for e in activity.timeline(db, alder.id) if e.kind != "ring_change"]:
        activity.delete_fact(db, entry.kind, entry.ref_id)
    assert [e.kind for e in activity.timeline(db, alder.id)] == ["ring_change"]
    assert [e.kind for e in activity.timeline(db, other.id)] == ["ring_change"]
    move = activity.timeline(db, alder.id)[0]
    with pytest.raises(ValidationError, match="ring move stays"):
        activity.delete_fact(db, move.kind, move.ref_id)
    with pytest.raises(NotFoundError):
        activity.delete_fact(db, "revenue", 999_999)


def test_ring_summaries_add_up_on_the_demo(demo_db: Database) -> None:
    from tests.conftest import DEMO_DAY

    summaries = rings.ring_summaries(demo_db, on=DEMO_DAY)
    listed = accounts.list_accounts(demo_db, on=DEMO_DAY)
    assert sum(s.members for s in summaries) == len(listed)
    assert sum(s.revenue_12m_cents for s in summaries) == sum(a.revenue_12m_cents for a in listed)
    assert sum(s.revenue_share for s in summaries) == pytest.approx(1.0)


@pytest.mark.pg
def test_a_touchpoint_logged_by_mistake_can_be_deleted(
    db: Database, alder: accounts.AccountInfo
) -> None:
    kept = activity.log_touchpoint(db, alder.id, kind="call", note="kept")
    wrong = activity.log_touchpoint(db, alder.id, kind="email", note="wrong account")
    removed = activity.delete_touchpoint(db, wrong.id)
    assert removed.note == "wrong account"
    notes = [e.detail for e in activity.timeline(db, alder.id) if e.kind == "touchpoint"]
    assert notes == ["kept"] and kept.id != wrong.id
    with pytest.raises(NotFoundError, match=str(wrong.id)):
        activity.delete_touchpoint(db, wrong.id)


@pytest.mark.pg
def test_the_tag_index_lists_every_accounts_tags(db: Database) -> None:
    a = accounts.create_account(db, "Tagged A", tags=["Berlin", "vip"])
    b = accounts.create_account(db, "Tagged B", tags=["vip"])
    accounts.create_account(db, "Untagged C")
    assert accounts.tag_index(db) == {a.id: ("berlin", "vip"), b.id: ("vip",)}


@pytest.mark.pg
def test_accented_names_are_found_and_kept_unique_ignoring_case(db: Database) -> None:
    created = accounts.create_account(db, "Élan Vital")
    assert accounts.get_account(db, "élan vital").id == created.id
    assert accounts.get_account(db, "ÉLAN").id == created.id
    assert accounts.search_accounts(db, "élan") == [created.id]
    with pytest.raises(ConflictError, match="already exists"):
        accounts.create_account(db, "élan vital")


def test_an_all_digit_account_name_is_refused(db: Database) -> None:
    # "5" would be read as the id of another account by every lookup.
    with pytest.raises(ValidationError, match="name: '5' is only digits"):
        accounts.create_account(db, "5")
    assert accounts.create_account(db, "5 Bakers").name == "5 Bakers"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [("12,50", "not an amount"), ("1.200,50", "not an amount"), ("1e308", "unrealistically")],
)
def test_ambiguous_or_absurd_amounts_are_refused(
    db: Database, alder: accounts.AccountInfo, typed: str, problem: str
) -> None:
    with pytest.raises(ValidationError, match=f"amount: .*{problem}"):
        activity.record_revenue(db, alder.id, typed)
    assert activity.record_revenue(db, alder.id, "1,200.50").amount_cents == 120050


@pytest.mark.parametrize("typed", ["0001-01-01", "9999-12-31"])
def test_dates_outside_1900_to_2999_are_refused(
    db: Database, alder: accounts.AccountInfo, typed: str
) -> None:
    with pytest.raises(ValidationError, match=r"date: .*out of range"):
        activity.log_touchpoint(db, alder.id, kind="call", on=typed)


def test_a_touchpoint_cannot_be_dated_tomorrow(db: Database, alder: accounts.AccountInfo) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="in the future"):
        activity.log_touchpoint(db, alder.id, kind="call", on=tomorrow)
