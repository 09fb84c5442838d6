"""Save the business's whole configuration at once: rings, perks, checklists, engine settings.

One Save in the settings dialog is one user action, so it is one transaction: every edit
is checked first (the error names the entry and the field, e.g. ``ring 2 (Leads):
min_score: …``), then everything is written inside a single ``db.transaction()``. A
failure anywhere leaves the database exactly as it was.

The single-call services (:mod:`.rings`, :mod:`.perks`, :mod:`.tasks`,
:mod:`circlesoftrust.engine_settings`) keep their one-transaction functions; both they
and :func:`save_configuration` use the same session-level helpers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import circlesoftrust.engine_settings as tunables
from circlesoftrust.currency import store_currency, stored_currency
from circlesoftrust.errors import ConflictError, CotError, NotFoundError, ValidationError
from circlesoftrust.i18n import N_, _
from circlesoftrust.models import ChecklistItem, Perk, Ring, Setting
from circlesoftrust.services import perks as perk_service
from circlesoftrust.services import ring_removal
from circlesoftrust.services import rings as ring_service
from circlesoftrust.services import tasks as task_service
from circlesoftrust.services.lookups import lock_tables, log_action
from circlesoftrust.storage import Database
from circlesoftrust.team import StaleEditError, last_change


@dataclass(frozen=True)
class RingEdit:
    """One ring of the complete new list (innermost first); ``id`` None for a new ring."""

    id: int | None
    name: str
    colour: str
    stage: str
    cadence_days: int | None  # None: no regular follow-up
    insight_delay_days: int
    detail_level: str
    discussion_open: bool
    min_score: int  # falls outwards; the outermost ring has 0
    customers_only: bool
    description: str = ""


@dataclass(frozen=True)
class PerkEdit:
    """A perk to add (``id`` None) or change; perks not listed stay as they are."""

    id: int | None
    name: str
    kind: str
    ring_id: int  # an existing ring that this save keeps
    cost_per_year: float  # currency units
    description: str = ""
    active: bool = True  # False: no longer offered (grants stay on record)


@dataclass(frozen=True)
class ChecklistStep:
    id: int | None
    title: str
    due_after_days: int


@dataclass(frozen=True)
class ChecklistEdit:
    """The complete new checklist of one ring, in order; steps not listed are removed."""

    ring_id: int
    steps: tuple[ChecklistStep, ...]


@dataclass(frozen=True)
class ConfigurationSaved:
    """What one save changed (ids and setting names, never live rows)."""

    rings_added: tuple[int, ...] = ()
    rings_removed: tuple[int, ...] = ()
    rings_changed: tuple[int, ...] = ()
    perks_added: tuple[int, ...] = ()
    perks_changed: tuple[int, ...] = ()
    steps_added: tuple[int, ...] = ()
    steps_removed: tuple[int, ...] = ()
    steps_changed: tuple[int, ...] = ()
    settings_changed: tuple[str, ...] = ()
    # What each removed ring took with it (its accounts moved, its name kept in the history).
    removals: tuple[ring_removal.RingRemoval, ...] = ()

    @property
    def changed(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@contextmanager
def _labelled(label: str) -> Iterator[None]:
    """Prefix a field error with the entry it belongs to ("ring 2 (Leads): min_score")."""
    try:
        yield
    except ValidationError as exc:
        raise _in(
            "scoring" if exc.field == "min_score" else None,
            ValidationError(f"{label}: {_field(exc.field)}", exc.message),
        ) from None


# The fields of a ring, perk or checklist step a refusal names. Their msgids are the codes
# (what an English refusal has always shown and scripts match); nl/de read words.
_FIELDS = frozenset(
    (
        N_("name"),
        N_("stage"),
        N_("colour"),
        N_("cadence_days"),
        N_("insight_delay_days"),
        N_("detail_level"),
        N_("min_score"),
        N_("kind"),
        N_("cost_per_year"),
        N_("description"),
        N_("title"),
        N_("due_after_days"),
    )
)


def _field(code: str) -> str:
    """A field inside a refusal: its word in the user's language (its code in English)."""
    return _(code) if code in _FIELDS else code


def _in(section: str | None, error: CotError) -> CotError:
    """``error`` tagged with the settings ``section`` that fixes it (see CotError.section)."""
    if section is not None and error.section is None:
        error.section = section
    return error


@contextmanager
def _section(name: str) -> Iterator[None]:
    """Tag any refusal raised inside with the settings section ``name`` (when untagged)."""
    try:
        yield
    except CotError as exc:
        _in(name, exc)
        raise


def fit_thresholds(scores: Sequence[int | None]) -> list[int]:
    """Thresholds for a ring list, innermost first, keeping every threshold given.

    ``None`` (a new ring) and a 0 that is no longer outermost are filled in evenly
    between their neighbours; the outermost ring gets 0. Values the user set are never
    changed: if they contradict each other, :func:`save_configuration` says so.
    """
    out: list[int | None] = list(scores)
    if not out:
        return []
    out[-1] = 0
    for i in range(len(out) - 1):
        if out[i] == 0:
            out[i] = None
    i = 0
    while i < len(out):
        if out[i] is not None:
            i += 1
            continue
        end = i
        while out[end] is None:
            end += 1  # stops at the outermost ring, which is 0
        high = out[i - 1] if i > 0 else 100
        low = out[end]
        assert high is not None and low is not None
        gap = end - i + 1
        for k in range(i, end):
            out[k] = max(low + 1, round(high - (high - low) * (k - i + 1) / gap))
        i = end
    return [int(x or 0) for x in out]


# --- checking, before anything is written -----------------------------------------------


@dataclass(frozen=True)
class _RingPlan:
    edits: tuple[RingEdit, ...]
    values: tuple[dict[str, object], ...]  # validated column values, same order


def _label(kind: str, number: int, name: str) -> str:
    """ "ring 2 (Leads)": an entry of a saved list, in the user's language."""
    words = {
        "ring": _("ring {number} ({name})"),
        "perk": _("perk {number} ({name})"),
        "step": _("step {number} ({name})"),
    }
    return words[kind].format(number=number, name=name.strip() or _("no name"))


def _check_rings(edits: Sequence[RingEdit]) -> _RingPlan:
    n = len(edits)
    if not ring_service.MIN_RINGS <= n <= ring_service.MAX_RINGS:
        raise ValidationError(
            "rings",
            _("keep between {MIN_RINGS} and {MAX_RINGS} rings (got {n})").format(
                MIN_RINGS=ring_service.MIN_RINGS, MAX_RINGS=ring_service.MAX_RINGS, n=n
            ),
        )
    values: list[dict[str, object]] = []
    seen_names: dict[str, int] = {}
    seen_ids: set[int] = set()
    for number, edit in enumerate(edits, 1):
        label = _label("ring", number, edit.name)
        with _labelled(label):
            clean = ring_service.ring_fields(
                name=edit.name, stage=edit.stage, colour=edit.colour,
                cadence_days=edit.cadence_days, insight_delay_days=edit.insight_delay_days,
                detail_level=edit.detail_level, min_score=edit.min_score,
            )  # fmt: skip
        clean["discussion_open"] = bool(edit.discussion_open)
        clean["customers_only"] = bool(edit.customers_only)
        clean["description"] = edit.description.strip()
        _check_listed_once("ring", label, number, str(clean["name"]), edit.id, seen_names, seen_ids)
        values.append(clean)
    names = [str(clean["name"]) for clean in values]
    scores = [int(edit.min_score) for edit in edits]  # validated above
    for number in range(1, n):
        high, low = scores[number - 1], scores[number]
        if high <= low:
            raise _in(
                "scoring",
                ValidationError(
                    f"{_label('ring', number, names[number - 1])}: {_field('min_score')}",
                    _(
                        "{high} must be higher than the {low} of {value} outside it "
                        "(thresholds fall from the inner ring outwards)"
                    ).format(high=high, low=low, value=names[number]),
                ),
            )
    if scores[-1] != 0:
        raise _in(
            "scoring",
            ValidationError(
                f"{_label('ring', n, str(values[-1]['name']))}: {_field('min_score')}",
                _("the outermost ring must have threshold 0 so that every score has a ring"),
            ),
        )
    return _RingPlan(tuple(edits), tuple(values))


def _check_listed_once(
    noun: str,
    label: str,
    number: int,
    name: str,
    id_: int | None,
    seen_names: dict[str, int],
    seen_ids: set[int],
) -> None:
    """One name and one id per entry of a saved list (names compared ignoring case)."""
    key = name.lower()
    if key in seen_names:
        raise ValidationError(
            f"{label}: {_field('name')}",
            _("{noun} {value} already has this name").format(noun=noun, value=seen_names[key]),
        )
    seen_names[key] = number
    if id_ is not None:
        if id_ in seen_ids:
            raise ValidationError(
                f"{label}: id", _("{noun} #{id_} is listed twice").format(noun=noun, id_=id_)
            )
        seen_ids.add(id_)


def _check_perks(edits: Sequence[PerkEdit]) -> list[dict[str, object]]:
    values: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    ids: set[int] = set()
    for number, edit in enumerate(edits, 1):
        label = _label("perk", number, edit.name)
        with _labelled(label):
            clean = perk_service.perk_fields(
                name=edit.name, kind=edit.kind, cost_per_year=edit.cost_per_year,
                description=edit.description,
            )  # fmt: skip
        _check_listed_once("perk", label, number, str(clean["name"]), edit.id, seen, ids)
        values.append(clean)
    return values


def _check_checklists(
    edits: Sequence[ChecklistEdit], ring_names: Mapping[int, str]
) -> list[list[dict[str, object]]]:
    out: list[list[dict[str, object]]] = []
    rings: set[int] = set()
    steps: set[int] = set()
    for edit in edits:
        if edit.ring_id in rings:
            raise ValidationError(
                "checklists", _("ring #{ring_id} is listed twice").format(ring_id=edit.ring_id)
            )
        rings.add(edit.ring_id)
        values = []
        for number, step in enumerate(edit.steps, 1):
            ring = ring_names.get(edit.ring_id, f"ring #{edit.ring_id}")
            label = _("checklist of {ring}, {label}").format(
                ring=ring, label=_label("step", number, step.title)
            )
            with _labelled(label):
                values.append(
                    task_service.checklist_fields(
                        title=step.title, due_after_days=step.due_after_days, position=number - 1
                    )
                )
            if step.id is not None:
                if step.id in steps:
                    raise ValidationError(
                        f"{label}: id", _("step #{id} is listed twice").format(id=step.id)
                    )
                steps.add(step.id)
        out.append(values)
    return out


def _check_against_database(
    session: Session,
    ring_plan: _RingPlan | None,
    perks: Sequence[PerkEdit],
    perk_values: list[dict[str, object]],
    checklists: Sequence[ChecklistEdit],
    ring_moves: Mapping[int, int] | None = None,
) -> tuple[set[int], dict[int, int]]:
    """Checks that need the stored data; returns the ids of the rings this save removes
    and where each one's accounts go."""
    ordered = list(session.scalars(select(Ring).order_by(Ring.position)))
    rings = {r.id: r for r in ordered}
    removed: set[int] = set()
    destinations: dict[int, int] = {}
    if ring_plan is not None:
        with _section("rings"):
            removed, destinations = _check_ring_plan(ring_plan, rings, ordered, ring_moves)
    with _section("perks"):
        _check_perks_against(session, perks, perk_values, rings, removed)
    with _section("checklists"):
        _check_checklists_against(session, checklists, rings, removed)
    return removed, destinations


def _check_ring_plan(
    ring_plan: _RingPlan,
    rings: Mapping[int, Ring],
    ordered: list[Ring],
    ring_moves: Mapping[int, int] | None,
) -> tuple[set[int], dict[int, int]]:
    """The rings removed by ``ring_plan`` and where their accounts go; refused if a ring
    it names is gone or the order cannot change."""
    for number, ring_edit in enumerate(ring_plan.edits, 1):
        if ring_edit.id is not None and ring_edit.id not in rings:
            raise NotFoundError(
                _(
                    "{label}: no ring with id {id} (it was removed meanwhile; reopen the settings)"
                ).format(label=_label("ring", number, ring_edit.name), id=ring_edit.id)
            )
    kept = {e.id for e in ring_plan.edits if e.id is not None}
    removed = set(rings) - kept
    destinations = ring_removal.plan_destinations(ordered, removed, dict(ring_moves or {}))
    reordered = any(
        e.id is not None and rings[e.id].position != position
        for position, e in enumerate(ring_plan.edits)
    )
    if len(kept) == ring_service.MAX_RINGS and reordered:
        raise ValidationError(
            "rings",
            _(
                "{MAX_RINGS} rings cannot change their order (there is no free "
                "place to move through); remove one first"
            ).format(MAX_RINGS=ring_service.MAX_RINGS),
        )

    return removed, destinations


def _usable_ring(rings: Mapping[int, Ring], removed: set[int], ring_id: int, label: str) -> Ring:
    ring = rings.get(ring_id)
    if ring is None:
        raise NotFoundError(
            _("{label}: no ring with id {ring_id}").format(label=label, ring_id=ring_id)
        )
    if ring_id in removed:
        raise ConflictError(
            _("{label}: ring {name} is being removed in this save").format(
                label=label, name=ring.name
            )
        )
    return ring


def _check_perks_against(
    session: Session,
    perks: Sequence[PerkEdit],
    perk_values: list[dict[str, object]],
    rings: Mapping[int, Ring],
    removed: set[int],
) -> None:
    stored_perks = {p.id: p for p in session.scalars(select(Perk))}
    final_names = {pid: p.name.lower() for pid, p in stored_perks.items()}
    final_rings = {pid: p.ring_id for pid, p in stored_perks.items()}
    for number, (perk, clean) in enumerate(zip(perks, perk_values, strict=True), 1):
        label = _label("perk", number, perk.name)
        _usable_ring(rings, removed, perk.ring_id, label)
        if perk.id is not None:
            if perk.id not in stored_perks:
                raise NotFoundError(
                    _("{label}: no perk with id {id}").format(label=label, id=perk.id)
                )
            final_names[perk.id] = str(clean["name"]).lower()
            final_rings[perk.id] = perk.ring_id
    for number, (perk, clean) in enumerate(zip(perks, perk_values, strict=True), 1):
        name = str(clean["name"]).lower()
        if any(n == name and pid != perk.id for pid, n in final_names.items()):
            raise ConflictError(
                _("{label}: a perk named {value!r} already exists").format(
                    label=_label("perk", number, perk.name), value=clean["name"]
                )
            )


def _check_checklists_against(
    session: Session,
    checklists: Sequence[ChecklistEdit],
    rings: Mapping[int, Ring],
    removed: set[int],
) -> None:
    for checklist in checklists:
        ring = _usable_ring(
            rings,
            removed,
            checklist.ring_id,
            _("checklist of ring #{ring_id}").format(ring_id=checklist.ring_id),
        )
        owned = set(
            session.scalars(select(ChecklistItem.id).where(ChecklistItem.ring_id == ring.id))
        )
        for number, step in enumerate(checklist.steps, 1):
            if step.id is not None and step.id not in owned:
                raise NotFoundError(
                    _("checklist of {name}, {label}: no step with id {id} in this ring").format(
                        name=ring.name, label=_label("step", number, step.title), id=step.id
                    )
                )


# --- writing -------------------------------------------------------------------------------


def _rename_in_two_steps(session: Session, rows: list[tuple[Any, str]]) -> None:
    """Give rows new unique names even when they swap names (A↔B): via temporary names."""
    changing = [(row, name) for row, name in rows if row.name != name]
    taken = {name.lower() for _row, name in rows}
    for row, _name in changing:
        temporary = f"(renaming #{row.id})"
        while temporary.lower() in taken:
            temporary += "'"
        taken.add(temporary.lower())
        row.name = temporary
    session.flush()
    for row, name in changing:
        row.name = name
        session.flush()


def _write_perks(
    session: Session, edits: Sequence[PerkEdit], values: list[dict[str, object]]
) -> tuple[list[int], list[int]]:
    added: list[int] = []
    changed: list[int] = []
    existing = [(e, v) for e, v in zip(edits, values, strict=True) if e.id is not None]
    rows = {e.id: session.get(Perk, e.id) for e, _ in existing}
    renames = [(rows[e.id], str(v["name"])) for e, v in existing]
    before = {pid: _perk_state(row) for pid, row in rows.items()}
    _rename_in_two_steps(session, renames)
    for edit, clean in existing:
        row = rows[edit.id]
        assert row is not None
        ring = session.get(Ring, edit.ring_id)
        rest = {k: v for k, v in clean.items() if k != "name"}
        perk_service.update_perk_in_session(session, row, rest, ring=ring, active=edit.active)
        if _perk_state(row) != before[edit.id]:
            changed.append(row.id)
    for edit, clean in zip(edits, values, strict=True):
        if edit.id is None:
            ring = session.get(Ring, edit.ring_id)
            assert ring is not None
            perk = perk_service.add_perk_in_session(session, clean, ring=ring, active=edit.active)
            added.append(perk.id)
    return added, changed


def _perk_state(row: Perk | None) -> tuple[object, ...]:
    assert row is not None
    return (row.name, row.kind, row.ring_id, row.cost_per_year_cents, row.description, row.active)


def _ring_state(row: Ring) -> tuple[object, ...]:
    return tuple(getattr(row, c) for c in ("position", *RING_COLUMNS))


RING_COLUMNS = (
    "name", "stage", "colour", "cadence_days", "insight_delay_days", "detail_level",
    "discussion_open", "min_score", "customers_only", "description",
)  # fmt: skip


def _write_rings(
    session: Session, plan: _RingPlan, removed: set[int], destinations: dict[int, int]
) -> tuple[list[int], list[int], list[ring_removal.RingRemoval]]:
    removals = ring_removal.remove_rings(session, removed, destinations)
    kept = [(e, v) for e, v in zip(plan.edits, plan.values, strict=True) if e.id is not None]
    rows = {e.id: session.get(Ring, e.id) for e, _ in kept}
    before = {rid: _ring_state(row) for rid, row in rows.items() if row is not None}
    _rename_in_two_steps(session, [(rows[e.id], str(v["name"])) for e, v in kept])
    ring_service.arrange_positions(
        session, {e.id: i for i, e in enumerate(plan.edits) if e.id is not None}
    )
    changed: list[int] = []
    for edit, clean in kept:
        row = rows[edit.id]
        assert row is not None
        for key, value in clean.items():
            setattr(row, key, value)
        if _ring_state(row) != before[row.id]:
            changed.append(row.id)
    session.flush()
    added = [
        ring_service.insert_ring(session, position, dict(clean)).id
        for position, (edit, clean) in enumerate(zip(plan.edits, plan.values, strict=True))
        if edit.id is None
    ]
    ring_service.check_thresholds(session)
    return added, changed, removals


def _write_checklists(
    session: Session, edits: Sequence[ChecklistEdit], values: list[list[dict[str, object]]]
) -> tuple[list[int], list[int], list[int]]:
    added: list[int] = []
    removed: list[int] = []
    changed: list[int] = []
    for edit, steps in zip(edits, values, strict=True):
        ring = session.get(Ring, edit.ring_id)
        assert ring is not None
        stored = {
            item.id: item
            for item in session.scalars(
                select(ChecklistItem).where(ChecklistItem.ring_id == ring.id)
            )
        }
        keep = {s.id for s in edit.steps if s.id is not None}
        for item_id in sorted(stored.keys() - keep):
            session.delete(stored[item_id])
            removed.append(item_id)
        for step, clean in zip(edit.steps, steps, strict=True):
            if step.id is None:
                added.append(task_service.add_checklist_item_in_session(session, ring, clean).id)
                continue
            item = stored[step.id]
            if any(getattr(item, k) != v for k, v in clean.items()):
                for key, value in clean.items():
                    setattr(item, key, value)
                changed.append(item.id)
        session.flush()
    return added, removed, changed


def save_configuration(
    db: Database,
    *,
    rings: Sequence[RingEdit] | None = None,
    perks: Sequence[PerkEdit] | None = None,
    checklists: Sequence[ChecklistEdit] | None = None,
    engine_settings: Mapping[str, Any] | None = None,
    expected_token: str | None = None,
    currency: str | None = None,
    ring_moves: Mapping[int, int] | None = None,
) -> ConfigurationSaved:
    """Check every edit, then write them all in one transaction (all or nothing).

    ``rings`` is the complete new list, innermost first: listed rings are updated and
    moved to their place, new ones (``id`` None) added, unlisted ones removed: their
    accounts move to ``ring_moves[ring id]`` (a ring that stays), by default the next ring
    out, their perks with them, and the history keeps their names
    (:mod:`.ring_removal`). ``perks`` are added or changed (never deleted: switch one
    off with ``active=False``). Each :class:`ChecklistEdit` replaces one ring's
    checklist. ``engine_settings`` maps setting names to new values. ``currency`` is the
    database's currency (ISO code). ``None`` leaves that part alone.

    ``expected_token``: :func:`configuration_token` as the settings form showed it; when
    anyone changed a ring, perk, checklist or setting since, the save is refused
    (StaleEditError: who, when, what) and nothing is written.

    Raises ValidationError (naming the entry and field), NotFoundError or ConflictError;
    then nothing was written.
    """
    with _section("rings"):
        ring_plan = _check_rings(rings) if rings is not None else None
    perk_edits = tuple(perks or ())
    with _section("perks"):
        perk_values = _check_perks(perk_edits)
    checklist_edits = tuple(checklists or ())
    with db.transaction(write=True) as session:
        lock_tables(session, "rings", "perks", "checklist_items", "settings")
        if expected_token is not None and expected_token != _token(session):
            # Rings and perks are also changed one by one (their own log targets).
            change = last_change(session, SETTINGS_TARGET, "ring:", "perk:")
            raise StaleEditError(
                "A setting",
                version=0,
                by=change.by if change else None,
                at=change.at if change else None,
                what=change.summary if change else None,
            )
        ring_names = {rid: name for rid, name in session.execute(select(Ring.id, Ring.name))}
        with _section("checklists"):
            checklist_values = _check_checklists(checklist_edits, ring_names)
        removed, destinations = _check_against_database(
            session, ring_plan, perk_edits, perk_values, checklist_edits, ring_moves
        )  # (tags its refusals with their section itself)
        old_settings = tunables.load_settings(session)
        if engine_settings is not None:
            # Checked before writing: the error names the setting.
            tunables.replace_settings(old_settings, engine_settings)

        perks_added, perks_changed = _write_perks(session, perk_edits, perk_values)
        rings_added: list[int] = []
        rings_changed: list[int] = []
        removals: list[ring_removal.RingRemoval] = []
        if ring_plan is not None:
            rings_added, rings_changed, removals = _write_rings(
                session, ring_plan, removed, destinations
            )
        steps = _write_checklists(session, checklist_edits, checklist_values)
        settings_changed: tuple[str, ...] = ()
        if engine_settings is not None:
            new_settings = tunables.save_settings_in_session(session, None, engine_settings)
            settings_changed = tuple(
                f.name
                for f in fields(new_settings)
                if getattr(new_settings, f.name) != getattr(old_settings, f.name)
            )
        if currency is not None and currency != stored_currency(session):
            store_currency(session, currency)
            settings_changed = (*settings_changed, "currency")
        saved = ConfigurationSaved(
            rings_added=tuple(rings_added),
            rings_removed=tuple(sorted(removed)),
            rings_changed=tuple(rings_changed),
            perks_added=tuple(perks_added),
            perks_changed=tuple(perks_changed),
            steps_added=tuple(steps[0]),
            steps_removed=tuple(steps[1]),
            steps_changed=tuple(steps[2]),
            settings_changed=settings_changed,
            removals=tuple(removals),
        )
        if saved.changed:
            log_action(session, "settings", _summary(saved), target=SETTINGS_TARGET)
        return saved


SETTINGS_TARGET = "settings"


def configuration_token(db: Database) -> str:
    """What the settings form shows, as one short value: pass it back to
    :func:`save_configuration` so a save over someone else's newer settings is refused."""
    with db.transaction() as session:
        return _token(session)


def _token(session: Session) -> str:
    rows = [
        *(("ring", i, v) for i, v in session.execute(select(Ring.id, Ring.version))),
        *(("perk", i, v) for i, v in session.execute(select(Perk.id, Perk.version))),
        *(("setting", k, v) for k, v in session.execute(select(Setting.key, Setting.version))),
        *(
            ("step", i, f"{r}|{p}|{t}|{d}")
            for i, r, p, t, d in session.execute(
                select(
                    ChecklistItem.id,
                    ChecklistItem.ring_id,
                    ChecklistItem.position,
                    ChecklistItem.title,
                    ChecklistItem.due_after_days,
                )
            )
        ),
    ]
    text = repr(sorted(rows, key=repr))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _summary(saved: ConfigurationSaved) -> str:
    parts = [
        f"{len(getattr(saved, f.name))} {f.name.replace('_', ' ')}"
        for f in fields(saved)
        if getattr(saved, f.name) and f.name != "removals"
    ]
    return "settings saved: " + ", ".join(parts)
