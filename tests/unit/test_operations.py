"""Operations: every action says what it changed, and its undo / redo put the rows back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from circlesoftrust import operations as ops
from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.errors import ConflictError
from circlesoftrust.io.importer import import_contacts
from circlesoftrust.models import (
    Account,
    ActionLog,
    Contact,
    PerkGrant,
    RingChange,
    SuggestionState,
    Task,
    Touchpoint,
)
from circlesoftrust.services import accounts, activity, perks, rings, tasks
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario
from tests.unit.test_io_import import parsed, record


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an undo may touch (the log excepted), in key order; without
    the version column, which an undo moves on (test_undo_moves_versions_on)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.transaction() as session:
        for model in (Account, Contact, Touchpoint, RingChange, Task, PerkGrant, SuggestionState):
            table = model.__table__
            columns = [c for c in table.c if c.name != "version"]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns))
            out[table.name] = [tuple(r) for r in rows]
    return out


def count(db: Database, model: type) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.pg
def test_logging_a_touchpoint_names_its_account_and_undo_redo_round_trip(db: Database) -> None:
    acc = accounts.create_account(db, "Alder Labs")
    other = accounts.create_account(db, "Birch")
    before = snapshot(db)
    done = ops.perform(
        db,
        "Log call with Alder Labs",
        lambda: activity.log_touchpoint(db, acc.id, kind="call", direction="two_way"),
    )
    assert done.changes.accounts == {acc.id}
    assert other.id not in done.changes.accounts
    assert not done.changes.rings and not done.changes.settings
    assert done.undo is not None and done.undo.label == "Log call with Alder Labs"
    after = snapshot(db)
    assert ops.undo(db, done.undo) == done.changes
    assert snapshot(db) == before
    ops.redo(db, done.undo)
    assert snapshot(db) == after  # the same row again, with the same id


@pytest.mark.pg
def test_deleting_an_account_is_undone_with_its_contacts_facts_and_history(
    db: Database,
) -> None:
    s = Scenario(db)
    aid = s.account("Cedar", 1)
    anna = s.contact(aid, "Anna")
    s.touch(aid, 3, contact=anna)
    s.revenue(aid, 1000, 20)
    before = snapshot(db)
    done = ops.perform(db, "Delete Cedar", lambda: accounts.delete_account(db, aid))
    assert count(db, Contact) == 0 and count(db, Touchpoint) == 0
    assert done.undo is not None
    ops.undo(db, done.undo)
    assert snapshot(db) == before
    kinds = {entry.kind for entry in activity.timeline(db, aid)}
    assert {"touchpoint", "revenue", "ring_change"} <= kinds


@pytest.mark.pg
def test_deleting_a_contact_is_undone_with_its_links_from_touchpoints(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Cedar", 1)
    anna = s.contact(aid, "Anna")
    s.touch(aid, 3, contact=anna)
    before = snapshot(db)
    done = ops.perform(db, "Delete Anna", lambda: accounts.delete_contact(db, anna))
    assert anna in done.changes.contacts and aid in done.changes.accounts
    with db.transaction() as session:  # ON DELETE SET NULL cleared the link
        assert session.scalar(select(Touchpoint.contact_id)) is None
    assert done.undo is not None
    ops.undo(db, done.undo)
    assert snapshot(db) == before


def test_an_edit_is_undone_to_the_old_values_and_refused_after_a_later_edit(
    db: Database,
) -> None:
    acc = accounts.create_account(db, "Alder Labs", industry="Law", tags=["vip"])
    done = ops.perform(
        db,
        "Edit Alder Labs",
        lambda: accounts.update_account(db, acc.id, industry="Legal", tags=["vip", "new"]),
    )
    assert done.undo is not None and done.changes.accounts == {acc.id}
    accounts.update_account(db, acc.id, notes="someone else wrote this")
    with pytest.raises(ConflictError, match=r"cannot undo “Edit Alder Labs”.*changed"):
        ops.undo(db, done.undo)
    info = accounts.get_account(db, acc.id)  # the refusal changed nothing
    assert (info.industry, info.notes) == ("Legal", "someone else wrote this")
    assert set(info.tags) == {"vip", "new"}
    accounts.update_account(db, acc.id, notes="")
    ops.undo(db, done.undo)
    info = accounts.get_account(db, acc.id)
    assert (info.industry, info.tags) == ("Law", ("vip",))


def test_a_move_is_undone_and_its_checklist_tasks_go_with_it(db: Database) -> None:
    acc = accounts.create_account(db, "Alder Labs", ring=3)
    tasks.add_checklist_item(db, 1, "Welcome call", due_after_days=2)
    before = snapshot(db)
    done = ops.perform(
        db, "Move Alder Labs", lambda: rings.move_account(db, acc.id, 1, reason="top customer")
    )
    assert done.changes.tasks and done.changes.accounts == {acc.id}
    assert count(db, Task) == 1
    assert done.undo is not None
    ops.undo(db, done.undo)
    assert snapshot(db) == before


def test_an_accepted_promotion_is_undone_through_the_same_history(db: Database) -> None:
    s = Scenario(db)
    perks.add_perk(db, "Product council", kind="product_council", ring=0, cost_per_year=1500)
    tasks.add_checklist_item(db, 0, "Welcome call", due_after_days=2)
    aid = s.steady_customer("Rising", ring=1)
    key = f"promote:acc:{aid}"
    before = snapshot(db)
    done = ops.perform(db, "Accept: promote Rising", lambda: accepting.accept(db, key, D))
    assert done.changes.suggestions and done.changes.perks and done.changes.tasks
    assert key not in {item.id for item in sg.suggest(db, D)}
    assert done.undo is not None
    ops.undo(db, done.undo)
    assert snapshot(db) == before
    assert key in {item.id for item in sg.suggest(db, D)}
    ops.redo(db, done.undo)
    assert count(db, PerkGrant) == 1 and key not in {item.id for item in sg.suggest(db, D)}


def test_undo_is_refused_when_a_task_it_would_remove_was_done_since(db: Database) -> None:
    acc = accounts.create_account(db, "Alder Labs", ring=3)
    tasks.add_checklist_item(db, 1, "Welcome call", due_after_days=2)
    done = ops.perform(db, "Move", lambda: rings.move_account(db, acc.id, 1, reason="why"))
    (task_id,) = [t.id for t in tasks.list_tasks(db)]
    tasks.complete_task(db, task_id)
    assert done.undo is not None
    with pytest.raises(ConflictError, match="a task was changed"):
        ops.undo(db, done.undo)
    assert accounts.get_account(db, acc.id).ring_position == 1


def test_undo_and_redo_are_logged_as_actions(db: Database) -> None:
    acc = accounts.create_account(db, "Alder Labs")
    done = ops.perform(db, "Log call", lambda: activity.log_touchpoint(db, acc.id, kind="call"))
    assert done.undo is not None
    ops.undo(db, done.undo)
    ops.redo(db, done.undo)
    with db.transaction() as session:
        kinds = list(session.scalars(select(ActionLog.kind).order_by(ActionLog.id)))
    assert kinds[-2:] == ["undo", "redo"]


def test_an_action_that_changes_nothing_has_no_undo(db: Database) -> None:
    acc = accounts.create_account(db, "Alder Labs")
    done = ops.perform(db, "Look", lambda: accounts.get_account(db, acc.id))
    assert done.undo is None and done.changes.empty


def test_an_import_reports_everything_and_cannot_be_undone(db: Database) -> None:
    people = parsed(record(1, "Anna Alder", "Alder Labs", emails=["anna@alder.example"]))
    done = ops.perform(db, "Import", lambda: import_contacts(db, people))
    assert done.changes.everything and done.undo is None
    assert count(db, Contact) == 1


def test_a_failed_action_records_nothing_and_leaves_no_history(db: Database) -> None:
    acc = accounts.create_account(db, "Alder Labs")
    with pytest.raises(Exception, match="kind"):
        ops.perform(db, "Log", lambda: activity.log_touchpoint(db, acc.id, kind="nonsense"))
    later = ops.perform(db, "Log", lambda: activity.log_touchpoint(db, acc.id, kind="call"))
    assert later.undo is not None and [r.table for r in later.undo.after.rows] == ["touchpoints"]


def test_changes_combine() -> None:
    a = ops.Changes(accounts=frozenset({1}), tasks=True)
    b = ops.Changes(accounts=frozenset({2}), settings=True)
    both = a | b
    assert both.accounts == {1, 2} and both.tasks and both.settings and not both.rings
    assert ops.Changes().empty and not both.empty
    assert ops.Changes.all().touches_accounts() and not ops.Changes(tasks=True).touches_accounts()


@pytest.mark.pg
def test_undo_moves_versions_on_so_a_form_from_before_is_refused(db: Database) -> None:
    """An undo writes the old values back with a new version: an edit form opened before
    the action (or before the undo) is refused, never saved over the restored row."""
    from circlesoftrust.team import StaleEditError

    acc = accounts.create_account(db, "Alder Labs", notes="first")
    done = ops.perform(db, "Edit", lambda: accounts.update_account(db, acc.id, notes="second"))
    form = accounts.get_account(db, acc.id)  # someone opens the form on "second"
    assert done.undo is not None
    ops.undo(db, done.undo)
    restored = accounts.get_account(db, acc.id)
    assert restored.notes == "first" and restored.version > form.version
    with pytest.raises(StaleEditError):
        accounts.update_account(db, acc.id, notes="third", expected_version=form.version)
    with pytest.raises(StaleEditError):
        accounts.update_account(db, acc.id, notes="third", expected_version=acc.version)
    ops.redo(db, done.undo)  # redo compares content, not versions: the version moves on again
    again = accounts.get_account(db, acc.id)
    assert again.notes == "second" and again.version > restored.version


def test_the_first_action_of_a_new_user_is_undoable_too(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc = accounts.create_account(db, "Alder Labs")
    monkeypatch.setenv("CIRCLESOFTRUST_USER", "someone-new")  # their row is made now
    done = ops.perform(db, "Log call", lambda: activity.log_touchpoint(db, acc.id, kind="call"))
    assert done.undo is not None and done.changes.accounts == {acc.id}
    assert not done.changes.everything


def test_a_create_is_undone_and_redone_with_the_same_id(db: Database) -> None:
    done = ops.perform(db, "Create Alder Labs", lambda: accounts.create_account(db, "Alder Labs"))
    assert done.undo is not None
    ops.undo(db, done.undo)
    assert count(db, Account) == 0
    ops.redo(db, done.undo)
    assert accounts.get_account(db, done.result.id).name == "Alder Labs"
