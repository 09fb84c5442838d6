"""One Save = one transaction: rings, perks, checklists and engine settings together."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import select

import circlesoftrust.engine_settings as tunables
from circlesoftrust.errors import ConflictError, CotError, NotFoundError, ValidationError
from circlesoftrust.models import ChecklistItem, Perk, Ring, Setting
from circlesoftrust.services import accounts, perks, rings, tasks
from circlesoftrust.services.configuration import (
    ChecklistEdit,
    ChecklistStep,
    PerkEdit,
    RingEdit,
    fit_thresholds,
    save_configuration,
)
from circlesoftrust.storage import Database

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the settings dialog can change, column by column."""
    tables = {"rings": Ring, "perks": Perk, "checklist_items": ChecklistItem, "settings": Setting}
    with db.transaction() as session:
        out = {}
        for name, model in tables.items():
            columns = [c for c in model.__table__.columns]
            rows = session.execute(select(*columns).order_by(*model.__table__.primary_key))
            out[name] = [tuple(r) for r in rows]
        return out


def edits(db: Database) -> list[RingEdit]:
    """The stored rings as edits (a save of these changes nothing)."""
    return [
        RingEdit(r.id, r.name, r.colour, r.stage, r.cadence_days, r.insight_delay_days,
                 r.detail_level, r.discussion_open, r.min_score, r.customers_only,
                 r.description)
        for r in rings.list_rings(db)
    ]  # fmt: skip


def new_ring(name: str, min_score: int = 0) -> RingEdit:
    return RingEdit(None, name, "#0891b2", "awareness", None, 120, "headline", False, min_score,
                    False)  # fmt: skip


@pytest.fixture
def stocked(db: Database) -> Database:
    """The default five rings with two perks and a two-step checklist on the inner ring."""
    perks.add_perk(db, "Early access", kind="early_access", ring=1, cost_per_year=300)
    perks.add_perk(db, "Council", kind="product_council", ring=0, cost_per_year=1500)
    tasks.add_checklist_item(db, 0, "Welcome call", due_after_days=2)
    tasks.add_checklist_item(db, 0, "Send perk pack", due_after_days=7)
    return db


def test_saving_what_is_stored_changes_nothing(stocked: Database) -> None:
    before = snapshot(stocked)
    saved = save_configuration(
        stocked, rings=edits(stocked), perks=[], checklists=[], engine_settings={}
    )
    assert not saved.changed
    assert snapshot(stocked) == before


def test_one_save_reorders_adds_removes_and_edits_everything(stocked: Database) -> None:
    inner, loyal, new, leads, audience = edits(stocked)
    council = next(p for p in perks.list_perks(stocked) if p.name == "Council")
    welcome, pack = tasks.list_checklist(stocked, 0)
    wanted = [
        dataclasses.replace(loyal, name="Regulars", min_score=80),  # moves inwards
        dataclasses.replace(inner, min_score=60),
        new,
        dataclasses.replace(audience, min_score=10),  # Leads goes; Audience moves up
        new_ring("Alumni"),  # added outside
    ]
    saved = save_configuration(
        stocked,
        rings=wanted,
        perks=[
            PerkEdit(council.id, "Advisory council", "product_council", loyal.id, 2000.0),
            PerkEdit(None, "Strategy day", "vip_event", inner.id, 1200.0),
        ],
        checklists=[
            ChecklistEdit(
                inner.id,
                (ChecklistStep(pack.id, "Send the perk pack", 5), ChecklistStep(None, "Call", 1)),
            )
        ],
        engine_settings={"hysteresis_points": 7.5},
    )

    stored = rings.list_rings(stocked)
    assert [(r.name, r.position, r.min_score) for r in stored] == [
        ("Regulars", 0, 80),
        ("Inner circle", 1, 60),
        ("New clients", 2, 30),
        ("Audience", 3, 10),
        ("Alumni", 4, 0),
    ]
    assert [r.id for r in stored[:4]] == [loyal.id, inner.id, new.id, audience.id]
    assert saved.rings_removed == (leads.id,) and saved.rings_added == (stored[4].id,)
    assert set(saved.rings_changed) == {loyal.id, inner.id, audience.id}
    by_name = {p.name: p for p in perks.list_perks(stocked)}
    assert set(by_name) == {"Early access", "Advisory council", "Strategy day"}
    assert by_name["Advisory council"].ring_id == loyal.id
    assert by_name["Advisory council"].cost_per_year_cents == 200_000
    assert saved.perks_changed == (council.id,) and len(saved.perks_added) == 1
    steps = tasks.list_checklist(stocked, f"#{inner.id}")
    assert [(s.title, s.due_after_days, s.position) for s in steps] == [
        ("Send the perk pack", 5, 0),
        ("Call", 1, 1),
    ]
    assert saved.steps_removed == (welcome.id,) and saved.steps_changed == (pack.id,)
    assert tunables.get_settings(stocked).hysteresis_points == 7.5
    assert saved.settings_changed == ("hysteresis_points",)


def test_an_invalid_last_part_leaves_the_database_exactly_as_before(stocked: Database) -> None:
    before = snapshot(stocked)
    first, *rest = edits(stocked)
    council = next(p for p in perks.list_perks(stocked) if p.name == "Council")
    with pytest.raises(ValidationError) as caught:
        save_configuration(
            stocked,
            rings=[
                dataclasses.replace(first, name="Champions"),
                *rest[:-1],
                dataclasses.replace(rest[-1], min_score=8),
                new_ring("Alumni"),
            ],
            perks=[PerkEdit(council.id, "Council", "product_council", first.id, 99.0)],
            checklists=[ChecklistEdit(first.id, (ChecklistStep(None, "Say thanks", 1),))],
            engine_settings={"weight_revenue": 0.5, "hysteresis_points": 99},
        )
    assert caught.value.field == "hysteresis_points"
    assert "between 0 and 30" in str(caught.value)
    assert snapshot(stocked) == before


def test_a_failure_while_writing_rolls_back_what_was_already_written(
    stocked: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everything passed the checks, the rings and perks were written, the last write fails."""
    before = snapshot(stocked)
    written: list[str] = []

    def fail(session: Any, settings: Any, changes: Any) -> Any:
        written.extend(r.name for r in session.scalars(select(Ring).order_by(Ring.position)))
        raise ConflictError("the disk said no")

    monkeypatch.setattr(tunables, "save_settings_in_session", fail)
    first, *rest = edits(stocked)
    with pytest.raises(ConflictError, match="the disk said no"):
        save_configuration(
            stocked,
            rings=[dataclasses.replace(first, name="Champions"), *rest],
            perks=[PerkEdit(None, "Strategy day", "vip_event", first.id, 1200.0)],
            engine_settings={"hysteresis_points": 7.5},
        )
    assert written[0] == "Champions"  # the failure came after the rings were written
    assert snapshot(stocked) == before


def ring_edit(number: int, **changes: Any) -> Any:
    def build(db: Database) -> dict[str, Any]:
        wanted = edits(db)
        wanted[number - 1] = dataclasses.replace(wanted[number - 1], **changes)
        return {"rings": wanted}

    return build


INVALID: tuple[tuple[str, str, Any], ...] = (
    ("threshold out of range", "ring 2 (Loyal customers): min_score",
     ring_edit(2, min_score=101)),
    ("thresholds not falling", "ring 3 (New clients): min_score", ring_edit(4, min_score=40)),
    ("outermost not 0", "ring 5 (Audience): min_score", ring_edit(5, min_score=5)),
    ("empty name", "ring 4 (no name): name", ring_edit(4, name="  ")),
    ("bad colour", "ring 1 (Inner circle): colour", ring_edit(1, colour="purple")),
    ("duplicate name", "ring 4 (Leads): name", ring_edit(2, name="leads")),
    ("too few rings", "rings", lambda db: {"rings": edits(db)[:2]}),
    ("bad perk kind", "perk 1 (Hug): kind",
     lambda db: {"perks": [PerkEdit(None, "Hug", "hug", edits(db)[0].id, 0.0)]}),
    ("negative perk cost", "perk 1 (Hug): cost_per_year",
     lambda db: {"perks": [PerkEdit(None, "Hug", "other", edits(db)[0].id, -5.0)]}),
    ("empty step", "checklist of Leads, step 2 (no name): title",
     lambda db: {"checklists": [ChecklistEdit(edits(db)[3].id, (
         ChecklistStep(None, "Call", 3), ChecklistStep(None, " ", 3)))]}),
    ("stage thresholds", "stage_building_two_way",
     lambda db: {"engine_settings": {"stage_building_two_way": 9}}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "field", "build"), INVALID, ids=[c[0] for c in INVALID])
def test_invalid_edits_are_refused_naming_the_entry_and_field(
    stocked: Database, case: str, field: str, build: Any
) -> None:
    before = snapshot(stocked)
    with pytest.raises(ValidationError) as caught:
        save_configuration(stocked, **build(stocked))
    assert caught.value.field == field, case
    assert str(caught.value).startswith(f"{field}: ")
    assert snapshot(stocked) == before


def test_a_ring_in_use_is_removed_with_its_accounts_and_perks(stocked: Database) -> None:
    """Issue 18.5: its accounts move to the next ring out, its perks are offered from
    there (tests/unit/test_ring_removal.py has the rest)."""
    accounts.create_account(stocked, "Alder Labs", ring="Leads")
    wanted = [e for e in edits(stocked) if e.name not in ("Leads", "Loyal customers")]
    saved = save_configuration(stocked, rings=wanted)
    assert [(r.ring_name, r.to_ring_name) for r in saved.removals] == [
        ("Loyal customers", "New clients"), ("Leads", "Audience"),
    ]  # fmt: skip
    names = [r.name for r in rings.list_rings(stocked)]
    assert names == ["Inner circle", "New clients", "Audience"]
    early = next(p for p in perks.list_perks(stocked) if p.name == "Early access")
    assert early.ring_name == "New clients"
    assert accounts.get_account(stocked, "Alder Labs").ring_id == rings.list_rings(stocked)[2].id


def test_stale_references_are_refused(stocked: Database) -> None:
    before = snapshot(stocked)
    wanted = edits(stocked)
    gone = dataclasses.replace(wanted[1], id=9999)
    with pytest.raises(NotFoundError, match=r"ring 2 \(Loyal customers\): no ring with id 9999"):
        save_configuration(stocked, rings=[wanted[0], gone, *wanted[2:]])
    with pytest.raises(ConflictError, match="is being removed in this save"):
        save_configuration(
            stocked,
            rings=[e for e in wanted if e.name != "Leads"],
            checklists=[ChecklistEdit(wanted[3].id, (ChecklistStep(None, "Call", 1),))],
        )
    step = tasks.list_checklist(stocked, 0)[0]
    with pytest.raises(NotFoundError, match="no step with id"):
        save_configuration(
            stocked, checklists=[ChecklistEdit(wanted[1].id, (ChecklistStep(step.id, "x", 1),))]
        )
    assert snapshot(stocked) == before


def test_names_can_be_swapped_in_one_save(stocked: Database) -> None:
    wanted = edits(stocked)
    wanted[0], wanted[1] = (
        dataclasses.replace(wanted[0], name=wanted[1].name),
        dataclasses.replace(wanted[1], name=wanted[0].name),
    )
    early, council = sorted(perks.list_perks(stocked), key=lambda p: p.name != "Early access")
    save_configuration(
        stocked,
        rings=wanted,
        perks=[
            PerkEdit(early.id, "Council", early.kind, early.ring_id, 3.0),
            PerkEdit(council.id, "Early access", council.kind, council.ring_id, 15.0),
        ],
    )
    assert [r.name for r in rings.list_rings(stocked)][:2] == ["Loyal customers", "Inner circle"]
    assert {p.id: p.name for p in perks.list_perks(stocked)} == {
        early.id: "Council",
        council.id: "Early access",
    }


def test_reordering_needs_a_free_place_so_nine_rings_keep_their_order(db: Database) -> None:
    wanted = edits(db)
    scores = [90, 80, 70, 60, 50, 40, 30, 20, 0]
    nine = [dataclasses.replace(e, min_score=s) for e, s in zip(wanted, scores, strict=False)]
    nine[4] = dataclasses.replace(nine[4], min_score=50)
    nine += [new_ring(f"Outer {k}", scores[5 + k]) for k in range(4)]
    save_configuration(db, rings=nine)
    nine = edits(db)
    assert len(nine) == 9
    before = snapshot(db)
    swapped = [nine[1], nine[0], *nine[2:]]
    swapped[0], swapped[1] = (
        dataclasses.replace(swapped[0], min_score=90),
        dataclasses.replace(swapped[1], min_score=80),
    )
    with pytest.raises(ValidationError, match="9 rings cannot change their order"):
        save_configuration(db, rings=swapped)
    assert snapshot(db) == before
    # With one of them removed there is a free place: a full reversal of eight works.
    eight = [*reversed(nine[:8])]
    eight = [dataclasses.replace(e, min_score=s) for e, s in zip(eight, scores[1:], strict=True)]
    save_configuration(db, rings=eight)
    assert [r.id for r in rings.list_rings(db)] == [e.id for e in eight]
    assert [r.position for r in rings.list_rings(db)] == list(range(8))


def test_fit_thresholds_fills_new_rings_and_keeps_the_given_ones() -> None:
    assert fit_thresholds([70, 50, 30, 15, 0, None]) == [70, 50, 30, 15, 8, 0]
    assert fit_thresholds([70, 50, 30, 15]) == [70, 50, 30, 0]  # the outer ring was removed
    assert fit_thresholds([None, 50, None, None, 20, 0]) == [75, 50, 40, 30, 20, 0]
    assert fit_thresholds([]) == []


def test_the_single_call_services_still_refuse_what_they_refused(stocked: Database) -> None:
    with pytest.raises(CotError):
        rings.update_ring(stocked, 1, name="inner CIRCLE")
