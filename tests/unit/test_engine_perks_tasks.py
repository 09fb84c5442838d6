"""Perks (grant, redeem, expire, withdraw, cost) and tasks with per-ring checklists."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.services import perks, rings, tasks
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def test_perks_are_offered_from_their_ring_inwards(db: Database) -> None:
    s = Scenario(db)
    inner, loyal = s.account("Inner", 0), s.account("Loyal", 1)
    early = perks.add_perk(db, "Early access", kind="early_access", ring=1, cost_per_year="300")
    council = perks.add_perk(db, "Council", kind="product_council", ring=0, cost_per_year=1500)
    assert early.ring_position == 1 and early.cost_per_year_cents == 30_000
    perks.grant_perk(db, inner, early.id, on=D)
    grant = perks.grant_perk(db, loyal, early.id, on=D)
    assert grant.expires_on == D + dt.timedelta(days=365) and grant.status == "active"
    with pytest.raises(ConflictError, match="inwards"):
        perks.grant_perk(db, loyal, council.id, on=D)
    with pytest.raises(ConflictError, match="already has"):
        perks.grant_perk(db, loyal, early.id, on=D)
    with pytest.raises(ValidationError, match="kind"):
        perks.add_perk(db, "Hug", kind="hug", ring=0)
    assert sorted(p.active_grants for p in perks.list_perks(db)) == [0, 2]


def test_grant_redeem_expire_withdraw(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Inner", 0)
    perk = perks.add_perk(db, "VIP event", kind="vip_event", ring=0, cost_per_year=800)
    grant = perks.grant_perk(db, aid, perk.id, on=ago(30), expires_on=D + dt.timedelta(days=10))
    assert perks.redeem_grant(db, grant.id, on=ago(20)).status == "redeemed"
    with pytest.raises(ConflictError):
        perks.redeem_grant(db, grant.id, on=D)
    assert perks.withdraw_grant(db, grant.id, on=D).status == "withdrawn"
    with pytest.raises(ConflictError, match="already withdrawn"):
        perks.withdraw_grant(db, grant.id, on=D)
    second = perks.grant_perk(db, aid, perk.id, on=D)
    assert perks.expire_grant(db, second.id, on=D + dt.timedelta(days=5)).status == "expired"
    assert perks.list_grants(db, account=aid, active_only=True, on=D + dt.timedelta(days=6)) == []


def test_a_grants_expiry_is_set_and_cleared(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Inner", 0)
    perk = perks.add_perk(db, "VIP event", kind="vip_event", ring=0, cost_per_year=800)
    grant = perks.grant_perk(db, aid, perk.id, on=ago(30))
    later = perks.set_grant_expiry(db, grant.id, ago(1), on=D)
    assert later.expires_on == ago(1) and later.status == "expired"
    cleared = perks.set_grant_expiry(db, grant.id, None, on=D)
    assert cleared.expires_on is None and cleared.status == "active"
    with pytest.raises(ValidationError, match="before the grant"):
        perks.set_grant_expiry(db, grant.id, ago(40), on=D)
    perks.withdraw_grant(db, grant.id, on=D)
    with pytest.raises(ConflictError, match="withdrawn"):
        perks.set_grant_expiry(db, grant.id, D, on=D)


def test_perk_cost_is_pro_rata_for_the_active_days(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Inner", 0)
    perk = perks.add_perk(db, "Council", kind="product_council", ring=0, cost_per_year=365)
    perks.grant_perk(db, aid, perk.id, on=ago(9), expires_on=D)
    with db.transaction() as session:
        assert perks.perk_cost_cents(session, ago(100), D) == {aid: 1000}
        assert perks.perk_cost_cents(session, ago(4), D) == {aid: 500}


def test_entering_a_ring_creates_its_checklist_tasks(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Mover", 2)
    first = tasks.add_checklist_item(db, 1, "Thank-you note", due_after_days=3)
    tasks.add_checklist_item(db, 1, "Offer early access", due_after_days=14)
    assert [c.title for c in tasks.list_checklist(db, 1)] == [
        "Thank-you note",
        "Offer early access",
    ]
    move = rings.move_account(db, aid, 1, reason="repeat order", on=D)
    created = tasks.list_tasks(db, account=aid)
    assert [t.id for t in created] == list(move.task_ids)
    assert [(t.title, t.due_on, t.source) for t in created] == [
        ("Thank-you note", D + dt.timedelta(days=3), "checklist"),
        ("Offer early access", D + dt.timedelta(days=14), "checklist"),
    ]
    tasks.remove_checklist_item(db, first.id)
    assert len(tasks.list_checklist(db, 1)) == 1


def test_tasks_add_complete_and_list(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Acme", 2)
    task = tasks.add_task(db, aid, "Send proposal", due_on=D)
    later = tasks.add_task(db, aid, "Book lunch", due_on=D + dt.timedelta(days=9))
    assert [t.title for t in tasks.list_tasks(db, due_by=D)] == ["Send proposal"]
    done = tasks.complete_task(db, task.id, on=D)
    assert done.done_on == D
    with pytest.raises(ConflictError):
        tasks.complete_task(db, task.id, on=D)
    assert [t.id for t in tasks.list_tasks(db)] == [later.id]
    assert len(tasks.list_tasks(db, open_only=False)) == 2
    with pytest.raises(ValidationError, match="title"):
        tasks.add_task(db, aid, " ")
