"""Editing a recorded fact in place (issue 18, point 1): each kind keeps the add form's
checks, a save against values that changed meanwhile is refused, and undo takes it back."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust import operations
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.services import accounts, activity, perks, tasks
from circlesoftrust.services.fact_edits import edit_fact, read_fact
from circlesoftrust.storage import Database
from circlesoftrust.team import StaleEditError

DAY = dt.date.today() - dt.timedelta(days=10)


@pytest.fixture
def acme(db: Database) -> int:
    info = accounts.create_account(db, "Acme Fittings")
    accounts.add_contact(db, info.id, "Jane Doe", role="decision_maker")
    return info.id


def _contact(db: Database, account: int) -> int:
    from circlesoftrust.overview import account_overview

    return account_overview(db, account).buying_group[0].contact_id


def test_a_purchase_is_edited_in_place_and_the_undo_takes_it_back(db: Database, acme: int) -> None:
    entry = activity.record_revenue(db, acme, "1200", kind="new", on=DAY)
    shown = read_fact(db, "revenue", entry.id)
    assert shown.values["amount"] == "1,200"
    assert "1,200" in shown.title and shown.account_name == "Acme Fittings"

    result = operations.perform(
        db,
        "Edit",
        lambda: edit_fact(
            db, "revenue", entry.id,
            {"amount": "1,500.50", "kind": "renewal", "renewal_on": DAY + dt.timedelta(days=365)},
            expected_version=shown.version,
        ),
    )  # fmt: skip
    after = read_fact(db, "revenue", entry.id)
    assert after.values["amount"] == "1,500.50"
    assert after.values["kind"] == "renewal"
    assert after.values["on"] == DAY  # a value not sent stays
    assert after.version != shown.version
    assert result.undo is not None
    operations.undo(db, result.undo)
    assert read_fact(db, "revenue", entry.id).values["amount"] == "1,200"


def test_edits_are_checked_as_recording_checks_them(db: Database, acme: int) -> None:
    entry = activity.record_revenue(db, acme, "1200", on=DAY)
    with pytest.raises(ValidationError) as amount:
        edit_fact(db, "revenue", entry.id, {"amount": "12,50"})
    assert amount.value.field == "amount"
    with pytest.raises(ValidationError) as renewal:
        edit_fact(db, "revenue", entry.id, {"renewal_on": DAY - dt.timedelta(days=1)})
    assert renewal.value.field == "renewal_on"
    feedback = activity.record_feedback(db, acme, nps=8, on=DAY)
    with pytest.raises(ValidationError):
        edit_fact(db, "feedback", feedback.id, {"nps": 11})
    with pytest.raises(ValidationError):
        edit_fact(db, "feedback", feedback.id, {"on": dt.date.today() + dt.timedelta(days=2)})
    complaint = activity.open_complaint(db, acme, note="Late delivery", on=DAY)
    with pytest.raises(ValidationError) as note:
        edit_fact(db, "complaint", complaint.id, {"note": "  "})
    assert note.value.field == "note"
    task = tasks.add_task(db, acme, "Call back", due_on=DAY)
    with pytest.raises(ValidationError):
        edit_fact(db, "task", task.id, {"title": ""})
    # nothing of the refused edits was written
    assert read_fact(db, "revenue", entry.id).values["amount"] == "1,200"
    assert read_fact(db, "feedback", feedback.id).values["nps"] == 8


def test_feedback_scores_and_contact_are_edited(db: Database, acme: int) -> None:
    jane = _contact(db, acme)
    fb = activity.record_feedback(db, acme, nps=6, on=DAY, scores={"trust": 2, "speed": 3})
    edit_fact(db, "feedback", fb.id, {"nps": 9, "contact": jane, "scores": {"trust": 5}})
    values = read_fact(db, "feedback", fb.id).values
    assert values["nps"] == 9 and values["contact"] == jane
    assert values["scores"] == {"trust": 5}  # the speed score was cleared


def test_a_resolved_complaint_keeps_its_resolution_checked(db: Database, acme: int) -> None:
    c = activity.open_complaint(db, acme, note="Late delivery", on=DAY)
    activity.resolve_complaint(db, c.id, resolution="Refunded", on=DAY + dt.timedelta(days=2))
    with pytest.raises(ValidationError) as early:
        edit_fact(db, "complaint", c.id, {"resolved_on": DAY - dt.timedelta(days=1)})
    assert early.value.field == "resolved_on"
    edit_fact(db, "complaint", c.id, {"resolution": "Refunded in full", "note": "Very late"})
    values = read_fact(db, "complaint", c.id).values
    assert values["resolution"] == "Refunded in full" and values["note"] == "Very late"


def test_touchpoint_referral_task_and_grant_are_edited(db: Database, acme: int) -> None:
    other = accounts.create_account(db, "Birch Retail").id
    tp = activity.log_touchpoint(db, acme, kind="call", on=DAY, note="Renewal talk")
    edit_fact(db, "touchpoint", tp.id, {"kind": "meeting", "note": "Renewal talk, on site"})
    assert read_fact(db, "touchpoint", tp.id).values["kind"] == "meeting"
    ref = activity.record_referral(db, acme, other, on=DAY)
    edit_fact(db, "referral_given", ref.id, {"note": "At the fair"})
    assert read_fact(db, "referral_received", ref.id).values["note"] == "At the fair"
    task = tasks.add_task(db, acme, "Call back", due_on=DAY)
    edit_fact(db, "task", task.id, {"title": "Call Jane back", "due_on": DAY})
    assert read_fact(db, "task", task.id).values["title"] == "Call Jane back"
    perk = perks.add_perk(db, "Early access", kind="early_access", ring=4)
    grant = perks.grant_perk(db, acme, perk.id, on=DAY)
    with pytest.raises(ValidationError) as expiry:
        edit_fact(db, "perk_grant", grant.id, {"expires_on": DAY - dt.timedelta(days=1)})
    assert expiry.value.field == "expires_on"
    edit_fact(db, "perk_grant", grant.id, {"expires_on": DAY + dt.timedelta(days=30)})
    assert read_fact(db, "perk_grant", grant.id).values["expires_on"] == DAY + dt.timedelta(days=30)


def test_a_stale_edit_is_refused_and_writes_nothing(db: Database, acme: int) -> None:
    entry = activity.record_revenue(db, acme, "1200", on=DAY)
    mine = read_fact(db, "revenue", entry.id)
    edit_fact(db, "revenue", entry.id, {"note": "Signed at the fair"})  # someone else
    with pytest.raises(StaleEditError) as stale:
        edit_fact(db, "revenue", entry.id, {"amount": "999"}, expected_version=mine.version)
    assert "purchase" in stale.value.label
    assert read_fact(db, "revenue", entry.id).values["amount"] == "1,200"
    # with the version it shows now, the save goes through
    fresh = read_fact(db, "revenue", entry.id)
    edit_fact(db, "revenue", entry.id, {"amount": "999"}, expected_version=fresh.version)
    assert read_fact(db, "revenue", entry.id).values["amount"] == "999"
    # a task has a real version: the same refusal
    task = tasks.add_task(db, acme, "Call back", due_on=DAY)
    shown = read_fact(db, "task", task.id)
    tasks.complete_task(db, task.id)
    with pytest.raises(StaleEditError):
        edit_fact(db, "task", task.id, {"title": "x"}, expected_version=shown.version)


def test_a_removed_fact_or_a_ring_move_cannot_be_edited(db: Database, acme: int) -> None:
    tp = activity.log_touchpoint(db, acme, kind="call", on=DAY)
    activity.delete_fact(db, "touchpoint", tp.id)
    with pytest.raises(NotFoundError):
        read_fact(db, "touchpoint", tp.id)
    with pytest.raises(ValidationError):
        edit_fact(db, "ring_change", 1, {})
