"""Rings: list, summarise, edit, and move accounts between them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import Account, ChecklistItem, RevenueEntry, Ring, RingChange, Task
from circlesoftrust.records import RingInfo
from circlesoftrust.services.field_words import changed_fields
from circlesoftrust.services.lookups import get_account_row, get_ring_row, lock, log_action, today
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version
from circlesoftrust.vocabulary import DetailLevel, RelationshipStage, RingChangeSource, TaskSource

MIN_RINGS, MAX_RINGS = 3, 9


@dataclass(frozen=True)
class RingSummary:
    ring: RingInfo
    members: int
    revenue_12m_cents: int
    revenue_share: float  # 0..1 of all active accounts' trailing-12-month revenue


@dataclass(frozen=True)
class RingMove:
    """What a move did: the ring change and the tasks its checklist created."""

    account_id: int
    account_name: str
    from_ring: str
    to_ring: str
    ring_change_id: int
    task_ids: tuple[int, ...]
    # A move by hand pins the account: the engine's counter-suggestions then need a gap of
    # two rings (a setting) and say they override this move. None with pinned: until unpinned.
    pinned: bool = False
    pinned_until: dt.date | None = None


def ring_info(r: Ring) -> RingInfo:
    return RingInfo(
        r.id, r.position, r.name, r.stage.value, r.colour, r.cadence_days, r.insight_delay_days,
        r.detail_level.value, r.discussion_open, r.min_score, r.customers_only, r.description,
        r.version,
    )  # fmt: skip


def list_rings(db: Database) -> list[RingInfo]:
    with db.transaction() as session:
        return [ring_info(r) for r in session.scalars(select(Ring).order_by(Ring.position))]


def ring_summaries(db: Database, *, on: dt.date | None = None) -> list[RingSummary]:
    """Rings with member counts and their share of trailing-12-month revenue."""
    day = on or today()
    since = day - dt.timedelta(days=365)
    with db.transaction() as session:
        members = dict(
            session.execute(
                select(Account.ring_id, func.count())
                .where(Account.archived_at.is_(None))
                .group_by(Account.ring_id)
            ).all()
        )
        revenue = dict(
            session.execute(
                select(Account.ring_id, func.sum(RevenueEntry.amount_cents))
                .join(RevenueEntry, RevenueEntry.account_id == Account.id)
                .where(
                    Account.archived_at.is_(None),
                    RevenueEntry.occurred_on > since,
                    RevenueEntry.occurred_on <= day,
                )
                .group_by(Account.ring_id)
            ).all()
        )
        total = sum(int(x or 0) for x in revenue.values())
        return [
            RingSummary(
                ring=ring_info(r),
                members=int(members.get(r.id, 0)),
                revenue_12m_cents=int(revenue.get(r.id) or 0),
                revenue_share=(int(revenue.get(r.id) or 0) / total) if total else 0.0,
            )
            for r in session.scalars(select(Ring).order_by(Ring.position))
        ]


def apply_move(
    session: Session,
    account: Account,
    target: Ring,
    *,
    reason: str,
    source: RingChangeSource,
    on: dt.date,
    origin: str | None = None,
) -> RingMove:
    """Move inside an open transaction (the engine's accept reuses it). ``origin``: the
    accepted suggestion that moves it (unique: the same accept cannot move it twice)."""
    old = session.get(Ring, account.ring_id)
    assert old is not None
    account.ring_id = target.id
    change = RingChange(
        account_id=account.id,
        from_ring_id=old.id,
        to_ring_id=target.id,
        changed_on=on,
        reason=reason,
        source=source,
        origin=origin,
    )
    session.add(change)
    task_ids: list[int] = []
    for item in session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.ring_id == target.id)
        .order_by(ChecklistItem.position)
    ):
        task = Task(
            account_id=account.id,
            title=item.title,
            due_on=on + dt.timedelta(days=item.due_after_days),
            source=TaskSource.CHECKLIST,
            checklist_item_id=item.id,
            note=f"entered {target.name}",
            origin=None if origin is None else f"{origin}|checklist:{item.id}"[:200],
        )
        session.add(task)
        session.flush()
        task_ids.append(task.id)
    session.flush()
    log_action(
        session, "move", f"{account.name}: {old.name} → {target.name} ({reason})", account.id
    )
    return RingMove(account.id, account.name, old.name, target.name, change.id, tuple(task_ids))


def move_account(
    db: Database,
    account: int | str,
    ring: int | str,
    *,
    reason: str,
    source: str = "manual",
    on: str | dt.date | None = None,
    pin_days: int | str | None = None,
    pin_forever: bool = False,
) -> RingMove:
    """Move an account to another ring; records the ring change and creates checklist tasks.

    A move by hand (``source="manual"``) pins the account: for ``pin_days`` days (None: the
    engine setting ``pin_days``, 90 by default; 0: no pin) or, with ``pin_forever``, until
    it is unpinned. While pinned, the engine suggests moving it only when the score is two
    rings (``pinned_min_gap_rings``) away, and says it overrides this move.
    """
    from circlesoftrust.engine_settings import load_settings

    why = v.required_text("reason", reason, max_length=1000)
    day = v.date(on, "date", default=today())
    clean_source = v.choice(RingChangeSource, source, "source")
    days = None if pin_days is None else v.int_in_range(pin_days, "pin_days", 0, 3650)
    with db.transaction(write=True) as session:
        row = get_account_row(session, account, for_update=True)
        target = get_ring_row(session, ring)
        if target.id == row.ring_id:
            raise ConflictError(
                _("{name} is already in {name2}").format(name=row.name, name2=target.name)
            )
        moved = apply_move(session, row, target, reason=why, source=clean_source, on=day)
        if clean_source is not RingChangeSource.MANUAL:
            return moved
        if pin_forever:
            row.pinned, row.pinned_until = True, None
        else:
            if days is None:
                days = load_settings(session).pin_days
            row.pinned = days > 0
            row.pinned_until = day + dt.timedelta(days=days) if days > 0 else None
        row.pin_reason = why if row.pinned else None
        session.flush()
        return dataclasses.replace(moved, pinned=row.pinned, pinned_until=row.pinned_until)


@dataclass(frozen=True)
class Pin:
    """An account kept in its ring by hand (``pinned_until`` None: until unpinned)."""

    account_id: int
    account_name: str
    ring: str
    pinned_until: dt.date | None
    reason: str


def pin_account(
    db: Database,
    account: int | str,
    *,
    reason: str,
    days: int | str | None = None,
    forever: bool = False,
    on: str | dt.date | None = None,
) -> Pin:
    """Keep an account in its ring: for ``days`` (None: the setting ``pin_days``) from
    ``on``, or with ``forever`` until unpinned. The reason is kept with the account
    (``pin_reason``) and in the action log; while pinned, the engine suggests a move only
    two rings away and says it overrides this."""
    from circlesoftrust.engine_settings import load_settings

    why = v.required_text("reason", reason, max_length=1000)
    day = v.date(on, "date", default=today())
    period = None if days is None else v.int_in_range(days, "days", 1, 3650)
    with db.transaction(write=True) as session:
        row = get_account_row(session, account, for_update=True)
        if forever:
            until = None
        else:
            until = day + dt.timedelta(days=period or load_settings(session).pin_days)
        row.pinned, row.pinned_until, row.pin_reason = True, until, why
        ring = session.get(Ring, row.ring_id)
        assert ring is not None  # a foreign key
        log_action(
            session,
            "pin",
            (
                _("{account}: pinned in {ring} until unpinned ({why})")
                if until is None
                else _("{account}: pinned in {ring} until {day} ({why})")
            ).format(
                account=row.name,
                ring=ring.name,
                day=formats.date(until) if until else "",
                why=why,
            ),
            row.id,
        )
        return Pin(row.id, row.name, ring.name, until, why)


def unpin_account(db: Database, account: int | str, *, reason: str | None = None) -> bool:
    """Let the engine place the account again; True if it was pinned. ``reason`` (why the
    pin ends) goes into the action log."""
    why = None if reason is None else v.required_text("reason", reason, max_length=1000)
    with db.transaction(write=True) as session:
        row = get_account_row(session, account, for_update=True)
        was = row.pinned
        row.pinned, row.pinned_until, row.pin_reason = False, None, None
        if was:
            log_action(
                session,
                "unpin",
                (
                    _("{account}: pin removed ({why})") if why else _("{account}: pin removed")
                ).format(account=row.name, why=why),
                row.id,
            )
        return was


def ring_fields(
    *,
    name: str | None,
    stage: str | None,
    colour: str | None,
    cadence_days: int | str | None,
    insight_delay_days: int | str | None,
    detail_level: str | None,
    min_score: int | str | None,
) -> dict[str, object]:
    """Validated column values for the fields given (``cadence_days="unchanged"`` skips it)."""
    fields: dict[str, object] = {}
    if name is not None:
        fields["name"] = v.required_text("name", name, max_length=80)
    if stage is not None:
        fields["stage"] = v.choice(RelationshipStage, stage, "stage")
    if colour is not None:
        fields["colour"] = v.colour(colour)
    if cadence_days != "unchanged":
        fields["cadence_days"] = (
            None
            if cadence_days in (None, "", 0)
            else v.int_in_range(cadence_days, "cadence_days", 1, 3650)
        )
    if insight_delay_days is not None:
        fields["insight_delay_days"] = v.int_in_range(
            insight_delay_days, "insight_delay_days", 0, 3650
        )
    if detail_level is not None:
        fields["detail_level"] = v.choice(DetailLevel, detail_level, "detail_level")
    if min_score is not None:
        fields["min_score"] = v.int_in_range(min_score, "min_score", 0, 100)
    return fields


def update_ring(
    db: Database,
    ring: int | str,
    *,
    name: str | None = None,
    stage: str | None = None,
    colour: str | None = None,
    cadence_days: int | str | None = "unchanged",
    insight_delay_days: int | str | None = None,
    detail_level: str | None = None,
    discussion_open: bool | None = None,
    min_score: int | str | None = None,
    customers_only: bool | None = None,
    description: str | None = None,
    expected_version: int | None = None,
) -> RingInfo:
    """Change the fields given; ``expected_version``: refused when the ring changed since
    (StaleEditError says who, when and what)."""
    fields = ring_fields(
        name=name, stage=stage, colour=colour, cadence_days=cadence_days,
        insight_delay_days=insight_delay_days, detail_level=detail_level, min_score=min_score,
    )  # fmt: skip
    if discussion_open is not None:
        fields["discussion_open"] = discussion_open
    if customers_only is not None:
        fields["customers_only"] = customers_only
    if description is not None:
        fields["description"] = description.strip()
    with db.transaction(write=True) as session:
        row = lock(session, get_ring_row(session, ring))
        check_version(session, row, expected_version, target=f"ring:{row.id}", label=row.name)
        if "name" in fields:
            check_ring_name_free(session, str(fields["name"]), row.id)
        changed = [k for k, value in fields.items() if getattr(row, k) != value]
        for key, value in fields.items():
            setattr(row, key, value)
        session.flush()
        check_thresholds(session)
        if changed:
            log_action(
                session,
                "edit ring",
                _("{name}: {fields} changed").format(name=row.name, fields=changed_fields(changed)),
                target=f"ring:{row.id}",
            )
        return ring_info(row)


def check_ring_name_free(session: Session, name: str, ring_id: int | None = None) -> None:
    """Ring names are unique ignoring case (``ring_id``: the ring that may keep it)."""
    clash = session.scalar(
        select(Ring.id).where(func.lower(Ring.name) == name.lower(), Ring.id != (ring_id or 0))
    )
    if clash is not None:
        raise ConflictError(_("a ring named {name!r} already exists").format(name=name))


def check_thresholds(session: Session) -> None:
    """Thresholds must fall from the inner ring outwards, or placement makes no sense."""
    rings = list(session.scalars(select(Ring).order_by(Ring.position)))
    for inner, outer in itertools.pairwise(rings):
        if inner.min_score <= outer.min_score:
            raise ValidationError(
                "min_score",
                _(
                    "{name} needs a higher score threshold than {name2} ({min_score} ≤ "
                    "{min_score2})"
                ).format(
                    name=inner.name,
                    name2=outer.name,
                    min_score=inner.min_score,
                    min_score2=outer.min_score,
                ),
            )


def add_ring(
    db: Database,
    name: str,
    *,
    colour: str = "#94a3b8",
    stage: str = "awareness",
    cadence_days: int | None = None,
    insight_delay_days: int = 90,
    detail_level: str = "headline",
) -> RingInfo:
    """Add a ring outside the current outermost one (threshold 0; the old outermost gets 1+)."""
    fields = ring_fields(
        name=name, stage=stage, colour=colour, cadence_days=cadence_days,
        insight_delay_days=insight_delay_days, detail_level=detail_level, min_score=None,
    )  # fmt: skip
    with db.transaction() as session:
        rings = list(session.scalars(select(Ring).order_by(Ring.position)))
        if len(rings) >= MAX_RINGS:
            raise ValidationError(
                "rings", _("at most {MAX_RINGS} rings").format(MAX_RINGS=MAX_RINGS)
            )
        check_ring_name_free(session, str(fields["name"]))
        outermost = rings[-1]
        if outermost.min_score == 0:
            inner_floor = rings[-2].min_score if len(rings) > 1 else 100
            outermost.min_score = max(1, inner_floor // 2)
        ring = insert_ring(session, len(rings), {"min_score": 0, **fields})
        check_thresholds(session)
        return ring_info(ring)


def insert_ring(session: Session, position: int, fields: dict[str, object]) -> Ring:
    """A new ring at a free ``position`` from validated ``fields`` (see :func:`ring_fields`)."""
    values: dict[str, object] = {
        "min_score": 0, "customers_only": False, "discussion_open": False, "description": "",
    }  # fmt: skip
    values.update(fields)
    ring = Ring(position=position, **values)
    session.add(ring)
    session.flush()
    return ring


def remove_ring(db: Database, ring: int | str, *, to: int | str | None = None) -> RingInfo:
    """Remove a ring; its accounts move to ``to`` (default: the next ring out) with its
    perks, and the history keeps its name (:mod:`.ring_removal`). The positions close up."""
    from circlesoftrust.services import ring_removal

    with db.transaction(write=True) as session:
        row = get_ring_row(session, ring)
        rings = list(session.scalars(select(Ring).order_by(Ring.position)))
        if len(rings) <= MIN_RINGS:
            raise ValidationError(
                "rings", _("at least {MIN_RINGS} rings are needed").format(MIN_RINGS=MIN_RINGS)
            )
        target = None if to is None else get_ring_row(session, to).id
        destinations = ring_removal.plan_destinations(
            rings, {row.id}, None if target is None else {row.id: target}
        )
        info = ring_info(row)
        ring_removal.remove_rings(session, {row.id}, destinations)
        # Close the gap: shift outer rings inwards one by one (unique positions).
        for outer in session.scalars(
            select(Ring).where(Ring.position > info.position).order_by(Ring.position)
        ):
            outer.position -= 1
            session.flush()
        last = session.scalar(select(Ring).order_by(Ring.position.desc()).limit(1))
        if last is not None:
            last.min_score = 0
        return info


def arrange_positions(session: Session, wanted: dict[int, int]) -> None:
    """Move rings (id → position) so that positions stay unique at every step.

    Positions are UNIQUE and limited to 0..8 (CHECK), so there are no spare negative
    slots: a ring whose target is taken waits; a closed cycle parks one ring in a free
    slot first. With nine rings there is no free slot, so nine rings cannot be reordered
    (:mod:`circlesoftrust.services.configuration` refuses that before writing).
    """
    rings = {r.id: r for r in session.scalars(select(Ring))}
    free = set(range(MAX_RINGS)) - {r.position for r in rings.values()}
    pending = {rid: pos for rid, pos in wanted.items() if rings[rid].position != pos}
    while pending:
        ready = next((rid for rid, pos in pending.items() if pos in free), None)
        if ready is not None:
            target = pending.pop(ready)
        else:
            ready = next(iter(pending))
            spare = sorted(free - set(pending.values()))
            if not spare:
                raise ValidationError(
                    "rings", _("nine rings cannot be reordered; remove one first")
                )
            target = spare[0]
        row = rings[ready]
        free.add(row.position)
        free.discard(target)
        row.position = target
        session.flush()  # one row per statement: the UNIQUE check runs row by row
