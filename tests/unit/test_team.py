"""Two people on one database: stale saves refused, accepts done once, who did what.

Two users are two connections (two ``open_database`` calls with their own ``user``) on
the same SQLite file or PostgreSQL database. The same cases with real processes racing
each other: tests/unit/test_team_processes.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from circlesoftrust import integrity
from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.errors import ConflictError, NotFoundError
from circlesoftrust.models import Account, ActionLog, RingChange, Task, User
from circlesoftrust.services import accounts, rings, tasks
from circlesoftrust.storage import Database, open_database
from circlesoftrust.team import (
    StaleEditError,
    join_team,
    rename_me,
    team_choice,
    whoami,
    work_as,
)
from tests.conftest import DEMO_DAY

pytestmark = pytest.mark.pg


@pytest.fixture
def bob(db: Database, db_url: str) -> Iterator[Database]:
    """A second user on the same database (``db`` works as "anna")."""
    db.user = "anna"
    other = open_database(db_url, user="bob")
    yield other
    other.close()


def _count(db: Database, model: type, *where: object) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _problems(db: Database) -> dict[str, tuple[str, ...]]:
    return {r.name: r.problems for r in integrity.run_checks(db).results if not r.ok}


# --- the lost update ----------------------------------------------------------------------


def test_a_stale_edit_form_is_refused_and_says_who_changed_what(
    db: Database, bob: Database
) -> None:
    accounts.create_account(db, "Alder Labs", tags=["priority"])
    form = accounts.get_account(db, "Alder Labs")  # anna opens the edit form
    accounts.update_account(bob, "Alder Labs", notes="Call after 3", tags=["priority", "vip"])

    with pytest.raises(StaleEditError) as refused:
        accounts.update_account(
            db, "Alder Labs", notes="", tags=["priority"], expected_version=form.version
        )
    message = str(refused.value)
    assert "bob" in message and "notes" in message and "tags" in message
    assert "nothing was saved" in message
    kept = accounts.get_account(db, "Alder Labs")
    assert (kept.notes, kept.tags) == ("Call after 3", ("priority", "vip"))

    # Reloaded, anna applies her own change on top of bob's and it is saved.
    saved = accounts.update_account(
        db, "Alder Labs", industry="Software", expected_version=refused.value.version
    )
    assert (saved.industry, saved.notes, saved.tags) == (
        "Software",
        "Call after 3",
        ("priority", "vip"),
    )


def test_a_contact_form_saved_over_a_newer_contact_is_refused(db: Database, bob: Database) -> None:
    accounts.create_account(db, "Alder Labs")
    form = accounts.add_contact(db, "Alder Labs", "Anna Schmidt", phone="+49 30 1")
    accounts.update_contact(bob, form.id, notes="prefers e-mail")
    with pytest.raises(StaleEditError, match="bob"):
        accounts.update_contact(db, form.id, phone="+49 30 2", expected_version=form.version)
    assert accounts.get_contact(db, form.id).notes == "prefers e-mail"


def test_every_save_moves_the_version_on_even_tags_alone(db: Database) -> None:
    first = accounts.create_account(db, "Alder Labs")
    tagged = accounts.update_account(db, "Alder Labs", tags=["vip"])
    assert tagged.version > first.version
    unchanged = accounts.update_account(db, "Alder Labs", tags=["vip"])
    assert unchanged.version == tagged.version  # nothing changed: nothing written
    moved = rings.move_account(db, "Alder Labs", 3, reason="met at a fair")
    assert accounts.get_account(db, moved.account_id).version > tagged.version


def test_a_write_between_read_and_save_is_refused_not_overwritten(
    db: Database, bob: Database
) -> None:
    """The version is checked by the UPDATE itself: a row changed after this transaction
    read it is not overwritten (SQLAlchemy's version_id_col), the save is refused."""
    created = accounts.create_account(db, "Alder Labs")
    with pytest.raises(ConflictError, match="changed this record"), db.transaction() as session:
        row = session.get(Account, created.id)
        assert row is not None
        accounts.update_account(bob, created.id, notes="bob's note")
        row.notes = "anna's note"
        session.flush()
    assert accounts.get_account(db, created.id).notes == "bob's note"


def test_a_rename_and_a_move_of_the_same_account_both_stand(db: Database, bob: Database) -> None:
    accounts.create_account(db, "Alder Labs")
    accounts.update_account(db, "Alder Labs", name="Alder Labs GmbH")
    rings.move_account(bob, "Alder Labs GmbH", "Leads", reason="asked for a quote")
    info = accounts.get_account(db, "Alder Labs GmbH")
    assert (info.name, info.ring_name) == ("Alder Labs GmbH", "Leads")
    assert _problems(db) == {}


# --- the double accept --------------------------------------------------------------------


def _one_of_each(db: Database, kinds: tuple[str, ...]) -> list[sg.Suggestion]:
    found = {s.kind: s for s in sg.suggest(db, DEMO_DAY)}
    return [found[k] for k in kinds if k in found]


def test_a_second_accept_of_the_same_suggestion_is_already_done(
    demo_db: Database, bob: Database
) -> None:
    kinds = ("promote", "demote", "at_risk", "widen", "renewal")
    picked = _one_of_each(demo_db, kinds)
    assert len(picked) >= 3
    for item in picked:
        accepting.accept(demo_db, item.id, DEMO_DAY)
        before = (_count(demo_db, RingChange), _count(demo_db, Task))
        with pytest.raises(ConflictError, match=r"already done by anna at \d{4}-\d\d-\d\d"):
            accepting.accept(bob, item.id, DEMO_DAY)
        assert (_count(demo_db, RingChange), _count(demo_db, Task)) == before, item.kind
    assert _problems(demo_db) == {}


def test_the_database_refuses_a_second_row_from_the_same_accept(demo_db: Database) -> None:
    """Backed by a constraint: rows an accept writes carry its origin, which is unique."""
    item = _one_of_each(demo_db, ("at_risk",))[0]
    accepting.accept(demo_db, item.id, DEMO_DAY)
    with demo_db.engine.connect() as conn:
        origin = conn.execute(select(Task.origin).where(Task.origin.is_not(None))).scalar()
    assert origin is not None and origin.startswith(item.id)
    with pytest.raises(IntegrityError), demo_db.engine.begin() as conn:
        conn.execute(
            Task.__table__.insert().values(
                account_id=item.account_id,
                title="Win back again",
                due_on=DEMO_DAY,
                source="suggestion",
                note="",
                created_at=DEMO_DAY,
                origin=origin,
            )
        )


def test_dismissals_are_per_user_and_an_acceptance_is_for_everyone(
    demo_db: Database, bob: Database
) -> None:
    first, second = _one_of_each(demo_db, ("follow_up", "at_risk"))
    sg.dismiss(demo_db, first.id, on=DEMO_DAY)
    anna_sees = {s.id for s in sg.suggest(demo_db, DEMO_DAY)}
    bob_sees = {s.id for s in sg.suggest(bob, DEMO_DAY)}
    assert first.id not in anna_sees and first.id in bob_sees
    accepting.accept(bob, second.id, DEMO_DAY)
    assert second.id not in {s.id for s in sg.suggest(demo_db, DEMO_DAY)}
    assert second.id not in {s.id for s in sg.suggest(bob, DEMO_DAY)}


# --- check catches the doubles ------------------------------------------------------------


def test_check_reports_double_moves_doubled_tasks_and_doubled_emails(demo_db: Database) -> None:
    """What racing writers used to leave behind, written by hand: each is reported."""
    assert _problems(demo_db) == {}
    item = _one_of_each(demo_db, ("promote",))[0]
    result = accepting.accept(demo_db, item.id, DEMO_DAY)
    assert dict(result.created).get("tasks"), "the new ring has a checklist"
    with demo_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO tasks (account_id, title, due_on, source, checklist_item_id, note, "
                "created_at) SELECT account_id, title, due_on, source, checklist_item_id, note, "
                "created_at FROM tasks WHERE account_id = :a AND source = 'checklist'"
            ).bindparams(a=item.account_id)
        )
        contact = conn.execute(
            text("SELECT account_id, email FROM contacts WHERE email IS NOT NULL LIMIT 1")
        ).one()
        conn.execute(
            text(
                "INSERT INTO contacts (account_id, name, role, email, notes, created_at) "
                "VALUES (:a, 'Twin', 'other', :e, '', '2026-06-01 00:00:00')"
            ).bindparams(a=contact.account_id, e=contact.email.upper())
        )
    assert set(_problems(demo_db)) == {"checklist_tasks", "unique_emails"}
    with demo_db.engine.begin() as conn:  # the same move made a second time
        conn.execute(
            text(
                "INSERT INTO ring_changes (account_id, from_ring_id, to_ring_id, changed_on, "
                "reason, source) SELECT account_id, from_ring_id, to_ring_id, changed_on, "
                "reason, source FROM ring_changes WHERE id = :id"
            ).bindparams(id=result.ring_change_id)
        )
    assert "ring_changes_chain" in _problems(demo_db)


# --- who did what ---------------------------------------------------------------------------


def test_every_action_records_who_did_it(db: Database, bob: Database) -> None:
    accounts.create_account(db, "Alder Labs")
    rings.move_account(bob, "Alder Labs", "Leads", reason="asked for a quote")
    task = tasks.add_task(bob, "Alder Labs", "Send the quote")
    with db.transaction() as session:
        names = dict(session.execute(select(User.id, User.name)).all())
        change = session.scalars(select(RingChange).order_by(RingChange.id.desc())).first()
        moves = session.scalars(select(ActionLog).where(ActionLog.kind == "move")).all()
        account = session.scalars(select(Account)).one()
    assert change is not None and names[change.user_id] == "bob"
    assert [names[m.user_id] for m in moves] == ["bob"]
    assert names[account.owner_id] == "anna"  # who created it owns it
    # A task is for the account's owner unless someone assigns it.
    assert task.assignee_name == "anna"


def test_my_accounts_and_my_tasks(db: Database, bob: Database) -> None:
    accounts.create_account(db, "Alder Labs")
    accounts.create_account(bob, "Birch Ltd")
    accounts.create_account(bob, "Cedar AG", owner="anna")
    assert [a.name for a in accounts.list_accounts(db, mine=True)] == ["Alder Labs", "Cedar AG"]
    assert [a.name for a in accounts.list_accounts(bob, mine=True)] == ["Birch Ltd"]
    task = tasks.add_task(db, "Birch Ltd", "Send the quote")
    assert [t.title for t in tasks.list_tasks(bob, mine=True)] == ["Send the quote"]
    assert tasks.list_tasks(db, mine=True) == []
    tasks.assign_task(bob, task.id, "anna")
    assert [t.title for t in tasks.list_tasks(db, mine=True)] == ["Send the quote"]
    tasks.complete_task(db, task.id)
    with pytest.raises(ConflictError, match="already done by anna"):
        tasks.complete_task(bob, task.id)


def test_a_user_is_renamed_for_everyone(db: Database, bob: Database) -> None:
    accounts.create_account(db, "Alder Labs")
    assert whoami(db).name == "anna"
    rename_me(db, "Anna Schmidt")
    assert accounts.get_account(bob, "Alder Labs").owner_name == "Anna Schmidt"
    with pytest.raises(ConflictError, match="already called"):
        rename_me(bob, "anna schmidt")


def test_deleting_a_user_keeps_what_they_did(db: Database, bob: Database) -> None:
    accounts.create_account(bob, "Alder Labs")
    rings.move_account(bob, "Alder Labs", "Leads", reason="asked for a quote")
    with bob.engine.begin() as conn:
        conn.execute(text("DELETE FROM users WHERE login = 'bob'"))
    info = accounts.get_account(db, "Alder Labs")
    assert (info.ring_name, info.owner_id) == ("Leads", None)
    assert _count(db, RingChange, RingChange.user_id.is_(None)) == 2


def test_stale_saves_of_rings_perks_and_insights_are_refused(db: Database, bob: Database) -> None:
    from circlesoftrust.services import insights, perks

    ring = rings.list_rings(db)[0]
    rings.update_ring(bob, ring.position, description="Our best clients")
    with pytest.raises(StaleEditError, match="bob"):
        rings.update_ring(db, ring.position, colour="#000000", expected_version=ring.version)
    perk = perks.add_perk(db, "Early access", kind="early_access", ring=1)
    perks.update_perk(bob, perk.id, description="new releases a month early")
    with pytest.raises(StaleEditError, match="bob"):
        perks.update_perk(db, perk.id, cost_per_year=100, expected_version=perk.version)
    insight = insights.add_insight(db, "What our best clients do")
    insights.update_insight(bob, insight.id, summary="They plan quarterly")
    with pytest.raises(StaleEditError, match="bob"):
        insights.update_insight(db, insight.id, summary="", expected_version=insight.version)
    assert insights.get_insight(db, insight.id).summary == "They plan quarterly"
    assert perks.list_perks(db)[0].description == "new releases a month early"
    assert rings.list_rings(db)[0].description == "Our best clients"


def test_a_stale_settings_form_is_refused(db: Database, bob: Database) -> None:
    from circlesoftrust.services.configuration import configuration_token, save_configuration

    shown = configuration_token(db)  # anna opens Settings
    save_configuration(bob, engine_settings={"at_risk_cadences": 3.0})
    with pytest.raises(StaleEditError, match="A setting was changed by bob"):
        save_configuration(db, engine_settings={"hysteresis_points": 2.0}, expected_token=shown)
    from circlesoftrust.engine_settings import get_settings

    kept = get_settings(db)
    assert kept.at_risk_cadences == 3.0 and kept.hysteresis_points != 2.0
    save_configuration(
        db, engine_settings={"hysteresis_points": 2.0}, expected_token=configuration_token(db)
    )
    assert get_settings(db).hysteresis_points == 2.0


# --- several people on one role: choosing who you are --------------------------------------


def test_people_sharing_one_role_choose_who_they_are(demo_db: Database, db_url: str) -> None:
    """Two people on the same database role (no ``user`` given): each picks or adds
    themselves; what they record, their dismissals and "mine" follow the choice."""
    demo_db.user = None
    carol_db = open_database(db_url)
    try:
        choice = team_choice(carol_db)
        assert choice.default_login  # the role (PostgreSQL) or the OS user (SQLite)
        carol = join_team(carol_db, "Carol")
        assert whoami(carol_db) == carol and carol.login == "Carol"
        with pytest.raises(ConflictError, match="already on the team"):
            join_team(demo_db, "carol")
        dave = join_team(demo_db, "Dave")
        assert {u.name for u in team_choice(demo_db).team} >= {"Carol", "Dave"}
        first = _one_of_each(demo_db, ("follow_up",))[0]
        sg.dismiss(carol_db, first.id, on=DEMO_DAY)
        assert first.id not in {s.id for s in sg.suggest(carol_db, DEMO_DAY)}
        assert first.id in {s.id for s in sg.suggest(demo_db, DEMO_DAY)}  # Dave's inbox
        accounts.create_account(carol_db, "Carol's client")
        assert [a.name for a in accounts.list_accounts(carol_db, mine=True)] == ["Carol's client"]
        assert accounts.list_accounts(demo_db, mine=True) == []
        assert work_as(demo_db, "carol") == carol  # Dave at Carol's desk: now Carol
        assert [a.name for a in accounts.list_accounts(demo_db, mine=True)] == ["Carol's client"]
        assert first.id not in {s.id for s in sg.suggest(demo_db, DEMO_DAY)}
        with demo_db.transaction() as session:
            names = dict(session.execute(select(User.id, User.name)).all())
            last = session.scalars(select(ActionLog).order_by(ActionLog.id.desc())).first()
        assert last is not None and names[last.user_id] == "Carol"
        assert work_as(demo_db, dave.id) == dave
        with pytest.raises(NotFoundError):
            work_as(demo_db, "Erin")
    finally:
        carol_db.close()
