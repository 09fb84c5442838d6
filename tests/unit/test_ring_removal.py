"""A ring that was used can be removed (issue 18, point 5): its accounts go where the user
says (by default the next ring out) in one transaction, the history keeps its name, and
one undo brings the ring and its accounts back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from circlesoftrust import operations
from circlesoftrust.errors import ConflictError
from circlesoftrust.models import ActionLog, RingChange
from circlesoftrust.services import accounts, activity, insights, perks, rings, tasks
from circlesoftrust.services.configuration import RingEdit, save_configuration
from circlesoftrust.services.invariants import APP_CHECKS, DOUBLE_CHECKS
from circlesoftrust.services.ring_removal import removal_preview
from circlesoftrust.storage import Database

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def edits(db: Database) -> list[RingEdit]:
    return [
        RingEdit(r.id, r.name, r.colour, r.stage, r.cadence_days, r.insight_delay_days,
                 r.detail_level, r.discussion_open, r.min_score, r.customers_only,
                 r.description)
        for r in rings.list_rings(db)
    ]  # fmt: skip


def without(db: Database, name: str) -> list[RingEdit]:
    """The ring list with ``name`` left out (thresholds: the outermost gets 0)."""
    kept = [e for e in edits(db) if e.name != name]
    last = kept[-1]
    return [*kept[:-1], RingEdit(**{**last.__dict__, "min_score": 0})]


def ring_of(db: Database, account: str) -> str:
    info = accounts.get_account(db, account)
    return next(r.name for r in rings.list_rings(db) if r.id == info.ring_id)


def moves(db: Database, account: str) -> list[str]:
    return [e.title for e in activity.timeline(db, account) if e.kind == "ring_change"]


def broken_rules(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return [p for _name, _what, check in (*APP_CHECKS, *DOUBLE_CHECKS) for p in check(conn)]


@pytest.fixture
def used(db: Database) -> Database:
    """Leads in use: two accounts (one archived), a perk, a checklist step, an insight
    released to it, and an account that passed through it."""
    accounts.create_account(db, "Alder Labs", ring="Leads")
    accounts.create_account(db, "Birch Ltd", ring="Leads")
    accounts.archive_account(db, "Birch Ltd")
    accounts.create_account(db, "Cedar AG", ring="Leads")
    rings.move_account(db, "Cedar AG", "Audience", reason="went quiet", pin_days=0)
    perks.add_perk(db, "Webinar seat", kind="vip_event", ring="Leads", cost_per_year=50)
    tasks.add_checklist_item(db, "Leads", "Send the brochure", due_after_days=3)
    insights.add_insight(db, "Five habits", headline="Five habits of loyal clients")
    insights.publish_insight(db, "Five habits", on=dt.date.today())
    return db


def test_the_preview_counts_what_the_removal_touches(used: Database) -> None:
    preview = removal_preview(used, "Leads")
    assert (preview.ring_name, preview.to_ring_name) == ("Leads", "Audience")  # next ring out
    assert (preview.accounts, preview.archived, preview.no_purchase) == (1, 1, 2)
    assert preview.perks == ("Webinar seat",)
    assert (preview.checklist_steps, preview.insight_releases) == (1, 1)
    assert preview.ring_moves == 4  # three creations in it, one move out of it
    # The outermost ring's accounts go to the next ring in.
    assert removal_preview(used, "Audience").to_ring_name == "Leads"
    assert removal_preview(used, "Leads", to="New clients").to_ring_name == "New clients"
    with pytest.raises(ConflictError, match="another ring"):
        removal_preview(used, "Leads", to="Leads")


def test_a_used_ring_goes_and_its_accounts_move_to_the_next_ring_out(used: Database) -> None:
    saved = save_configuration(used, rings=without(used, "Leads"))

    assert [r.name for r in rings.list_rings(used)] == [
        "Inner circle", "Loyal customers", "New clients", "Audience",
    ]  # fmt: skip
    assert ring_of(used, "Alder Labs") == "Audience"
    assert ring_of(used, "Birch Ltd") == "Audience"  # archived accounts move too
    webinar = next(p for p in perks.list_perks(used) if p.name == "Webinar seat")
    assert webinar.ring_name == "Audience"
    # The history keeps the removed ring's name, and says why they moved.
    assert moves(used, "Alder Labs") == ["Leads → Audience", "— → Leads"]
    assert moves(used, "Cedar AG") == ["Leads → Audience", "— → Leads"]
    reason = next(e for e in activity.timeline(used, "Alder Labs") if e.kind == "ring_change")
    assert reason.detail == "ring Leads removed"
    (done,) = saved.removals
    assert (done.ring_name, done.to_ring_name, done.accounts, done.archived) == (
        "Leads", "Audience", 1, 1,
    )  # fmt: skip
    with used.transaction() as session:
        log = session.scalars(select(ActionLog.summary).where(ActionLog.kind == "remove ring"))
        assert [line for line in log] == [
            "Removed ring Leads: 2 accounts moved to Audience; its perks are offered from "
            "Audience; 4 ring moves keep its name"
        ]
    assert broken_rules(used) == []
    # A new ring may take the old name; the history still reads as it was.
    save_configuration(used, rings=[*edits(used)[:-1], *_new_outer(used, "Leads")])
    assert moves(used, "Alder Labs") == ["Leads → Audience", "— → Leads"]


def test_a_move_out_of_a_removed_ring_grants_no_perks(used: Database) -> None:
    """The move the removal made is no promotion: the ring's perks, now offered from the
    next ring out, are not suggested to the accounts it moved there."""
    from circlesoftrust.engine.suggestions import suggest

    alder = accounts.get_account(used, "Alder Labs").id
    assert f"perk_grant:acc:{alder}" in {s.id for s in suggest(used)}  # entered Leads
    save_configuration(used, rings=without(used, "Leads"))
    assert f"perk_grant:acc:{alder}" not in {s.id for s in suggest(used)}


def _new_outer(db: Database, name: str) -> list[RingEdit]:
    outer = edits(db)[-1]
    return [
        RingEdit(**{**outer.__dict__, "min_score": 5}),
        RingEdit(None, name, "#0891b2", "awareness", None, 120, "headline", False, 0, False),
    ]


def test_the_user_chooses_where_the_accounts_go(used: Database) -> None:
    by_name = {e.name: e for e in edits(used)}
    leads, new, loyal = by_name["Leads"], by_name["New clients"], by_name["Loyal customers"]
    # Not into a ring that goes in the same save.
    with pytest.raises(ConflictError, match="New clients is removed too"):
        save_configuration(
            used,
            rings=[e for e in without(used, "Leads") if e.name != "New clients"],
            ring_moves={leads.id: new.id},
        )
    assert ring_of(used, "Alder Labs") == "Leads"
    save_configuration(used, rings=without(used, "Leads"), ring_moves={leads.id: loyal.id})
    assert ring_of(used, "Alder Labs") == "Loyal customers"
    assert moves(used, "Alder Labs")[0] == "Leads → Loyal customers"


def test_one_undo_brings_the_ring_its_accounts_and_history_back(used: Database) -> None:
    before = (
        [(r.id, r.position, r.name, r.min_score) for r in rings.list_rings(used)],
        {a: ring_of(used, a) for a in ("Alder Labs", "Birch Ltd", "Cedar AG")},
        moves(used, "Alder Labs"),
        [(p.name, p.ring_name) for p in perks.list_perks(used)],
        [s.title for s in tasks.list_checklist(used, "Leads")],
    )
    done = operations.perform(
        used, "Change settings", lambda: save_configuration(used, rings=without(used, "Leads"))
    )
    assert done.undo is not None and done.changes.rings
    operations.undo(used, done.undo)
    after = (
        [(r.id, r.position, r.name, r.min_score) for r in rings.list_rings(used)],
        {a: ring_of(used, a) for a in ("Alder Labs", "Birch Ltd", "Cedar AG")},
        moves(used, "Alder Labs"),
        [(p.name, p.ring_name) for p in perks.list_perks(used)],
        [s.title for s in tasks.list_checklist(used, "Leads")],
    )
    assert after == before
    with used.transaction() as session:
        assert session.scalars(select(RingChange.to_ring_name)).all() == [None] * 4
    assert broken_rules(used) == []
    # ...and redo removes it again.
    operations.redo(used, done.undo)
    assert ring_of(used, "Alder Labs") == "Audience"


def test_the_demo_audience_ring_can_go(demo_db: Database) -> None:
    """The issue's case: "Audience appears in 61 ring moves of the history; it cannot be
    removed"."""
    audience = removal_preview(demo_db, "Audience")
    assert audience.ring_moves > 0 and audience.to_ring_name == "Leads"
    moved_out = [
        a.name
        for a in accounts.list_accounts(demo_db)
        if any(m.startswith("Audience → ") for m in moves(demo_db, a.name))
    ]
    save_configuration(demo_db, rings=without(demo_db, "Audience"))
    assert "Audience" not in [r.name for r in rings.list_rings(demo_db)]
    assert moved_out and all(
        any(m.startswith("Audience → ") for m in moves(demo_db, name)) for name in moved_out
    )
    assert broken_rules(demo_db) == []


def test_the_single_call_service_moves_the_accounts_too(used: Database) -> None:
    rings.remove_ring(used, "Leads", to="New clients")
    assert ring_of(used, "Alder Labs") == "New clients"
    assert [r.position for r in rings.list_rings(used)] == [0, 1, 2, 3]
    assert broken_rules(used) == []


def test_undoing_a_big_removal_writes_each_big_table_in_a_few_statements(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing the removal of a big ring is set-based (issue 18; 8.4 s for 342 accounts
    before): the accounts and the ring moves are checked and written back by a few
    statements, not one parameter set per row; one transaction, one undo, as before."""
    from sqlalchemy import event

    from circlesoftrust import undo_sets
    from tests.unit.test_operations import snapshot

    monkeypatch.setattr(undo_sets, "MANY_ROWS", 20)  # (the demo's ring is small)
    before = snapshot(demo_db)
    done = operations.perform(
        demo_db,
        "Change settings",
        lambda: save_configuration(demo_db, rings=without(demo_db, "Audience")),
    )
    assert done.undo is not None
    moved = [r for r in done.undo.before.rows if r.table == "accounts"]
    assert len(moved) >= 5 and len(done.undo.before.rows) >= 40

    # Someone edits a moved account since: the undo is refused and changes nothing.
    accounts.update_account(demo_db, moved[0].key[0], notes="changed since")
    removed = snapshot(demo_db)
    with pytest.raises(ConflictError, match="the account was changed or removed since"):
        operations.undo(demo_db, done.undo)
    assert snapshot(demo_db) == removed
    accounts.update_account(demo_db, moved[0].key[0], notes="")

    written: list[int] = []  # parameter sets sent with UPDATE / DELETE of the app's tables

    def sent(_conn, _cursor, statement, parameters, _context, many) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb in {"UPDATE", "DELETE"} and "undo_rows_" not in statement.split("WHERE")[0]:
            written.append(len(parameters) if many else 1)

    event.listen(demo_db.engine, "before_cursor_execute", sent)
    try:
        operations.undo(demo_db, done.undo)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", sent)
    assert snapshot(demo_db) == before
    assert "Audience" in [r.name for r in rings.list_rings(demo_db)]
    assert sum(written) < 20, written  # (was one per row: several hundred)
    assert broken_rules(demo_db) == []
    operations.redo(demo_db, done.undo)
    assert "Audience" not in [r.name for r in rings.list_rings(demo_db)]
