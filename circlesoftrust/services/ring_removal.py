"""Removing a ring that is in use: where its accounts go, and a history that stays readable.

A ring is removed with everything that hangs on it, in the one transaction of the save
that removes it (:func:`circlesoftrust.services.configuration.save_configuration`):

* its accounts (archived ones too) move to another ring, by default the next ring out
  (the next ring in when it was the outermost); each move is a ring change of the
  account's history, "<ring> → <destination>", with the reason "ring … removed";
* the perks it offered are offered from the destination;
* its checklist and its insight release dates go (tasks made from the checklist stay;
  its accounts now get the destination's insight releases and follow its cadence);
* every ring change that names it keeps its name (``from_ring_name`` / ``to_ring_name``,
  the id is cleared), so the timeline still reads "Audience → Leads".

Everything is written through tracked statements, so the save's one undo brings the ring,
its accounts, perks, checklist and history back (:mod:`circlesoftrust.operations`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from circlesoftrust.errors import ConflictError
from circlesoftrust.fast_insert import announce_rows, named_inserts
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.models import (
    Account,
    ChecklistItem,
    InsightRelease,
    Perk,
    RevenueEntry,
    Ring,
    RingChange,
    session_user_id,
)
from circlesoftrust.services.lookups import get_ring_row, log_action, today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import RingChangeSource


@dataclass(frozen=True)
class RingRemoval:
    """What removing a ring takes with it: a preview, or what a save did."""

    ring_id: int
    ring_name: str
    to_ring_id: int
    to_ring_name: str
    accounts: int  # active accounts that move to the destination
    archived: int  # archived accounts that move with them
    no_purchase: int  # of the accounts that move, those without a purchase yet
    perks: tuple[str, ...]  # offered from the destination afterwards
    checklist_steps: int  # its checklist goes (tasks made from it stay)
    insight_releases: int  # insight release dates of the ring (its accounts get the destination's)
    ring_moves: int  # entries of the history that name it (they keep its name)


def next_ring_out(rings: Sequence[Ring], ring_id: int, kept: Collection[int]) -> Ring | None:
    """The ring a removed ring's accounts go to by default: the nearest ring of ``kept``
    outside it (``rings`` innermost first), else the nearest inside it."""
    index = next(i for i, r in enumerate(rings) if r.id == ring_id)
    outside = [r for r in rings[index + 1 :] if r.id in kept]
    inside = [r for r in reversed(rings[:index]) if r.id in kept]
    found = outside or inside
    return found[0] if found else None


def measure(session: Session, ring: Ring, target: Ring) -> RingRemoval:
    """Count what removing ``ring`` (accounts to ``target``) touches."""
    active, archived = 0, 0
    for archived_at_set, n in session.execute(
        select(Account.archived_at.is_not(None), func.count())
        .where(Account.ring_id == ring.id)
        .group_by(Account.archived_at.is_not(None))
    ):
        if archived_at_set:
            archived += int(n)
        else:
            active += int(n)
    bought = select(RevenueEntry.id).where(RevenueEntry.account_id == Account.id).exists()
    no_purchase = session.scalar(select(func.count()).where(Account.ring_id == ring.id, ~bought))
    perks = tuple(
        session.scalars(select(Perk.name).where(Perk.ring_id == ring.id).order_by(Perk.name))
    )
    steps = session.scalar(select(func.count()).where(ChecklistItem.ring_id == ring.id))
    releases = session.scalar(select(func.count()).where(InsightRelease.ring_id == ring.id))
    moves = session.scalar(
        select(func.count()).where(
            (RingChange.to_ring_id == ring.id) | (RingChange.from_ring_id == ring.id)
        )
    )
    return RingRemoval(
        ring.id, ring.name, target.id, target.name, active, archived, int(no_purchase or 0),
        perks, int(steps or 0), int(releases or 0), int(moves or 0),
    )  # fmt: skip


def removal_preview(db: Database, ring: int | str, to: int | str | None = None) -> RingRemoval:
    """What removing ``ring`` would move and keep, its accounts going to ``to`` (default:
    the next ring out). Writes nothing."""
    with db.transaction() as session:
        row = get_ring_row(session, ring)
        rings = list(session.scalars(select(Ring).order_by(Ring.position)))
        target = _destination(session, rings, row, to, kept={r.id for r in rings} - {row.id})
        return measure(session, row, target)


def _destination(
    session: Session, rings: Sequence[Ring], ring: Ring, to: int | str | None, kept: set[int]
) -> Ring:
    if to is None:
        found = next_ring_out(rings, ring.id, kept)
        assert found is not None  # at least three rings are kept
        return found
    target = get_ring_row(session, to)
    check_destination(ring, target, kept)
    return target


def check_destination(ring: Ring, target: Ring, kept: Collection[int]) -> None:
    """Refuse a destination that is the removed ring itself or goes too."""
    if target.id == ring.id:
        raise ConflictError(
            _("the accounts of {name} need another ring to go to").format(name=ring.name)
        )
    if target.id not in kept:
        raise ConflictError(
            _("{name} is removed too: choose a ring that stays for the accounts of {ring}").format(
                name=target.name, ring=ring.name
            )
        )


def empty_ring(session: Session, ring: Ring, target: Ring, *, on: dt.date) -> RingRemoval:
    """Move everything off ``ring`` to ``target`` and keep its name in the history, inside
    the caller's transaction; the caller then deletes the ring (its checklist and insight
    release dates go with it)."""
    done = measure(session, ring, target)
    reason = _("ring {name} removed").format(name=ring.name)
    moving = select(
        Account.id,
        literal(ring.id),
        literal(target.id),
        literal(on),
        literal(reason),
        literal(RingChangeSource.MANUAL.value),
        literal(session_user_id(session)),
    ).where(Account.ring_id == ring.id)
    with named_inserts():
        added = session.execute(
            insert(RingChange)
            .from_select(
                ["account_id", "from_ring_id", "to_ring_id", "changed_on", "reason", "source",
                 "user_id"],
                moving,
            )
            .returning(RingChange.id)
        ).all()  # fmt: skip
        announce_rows(RingChange.__tablename__, [(int(row[0]),) for row in added])
    session.execute(
        update(Account)
        .where(Account.ring_id == ring.id)
        .values(ring_id=target.id, version=Account.version + 1)
        .execution_options(synchronize_session=False)
    )
    for perk in session.scalars(select(Perk).where(Perk.ring_id == ring.id)):
        perk.ring_id = target.id
    session.flush()
    for side in ("to", "from"):
        id_column, name_column = f"{side}_ring_id", f"{side}_ring_name"
        session.execute(
            update(RingChange)
            .where(getattr(RingChange, id_column) == ring.id)
            .values({id_column: None, name_column: ring.name})
            .execution_options(synchronize_session=False)
        )
    log_action(session, "remove ring", summary(done), target=f"ring:{ring.id}")
    return done


def summary(done: RingRemoval) -> str:
    """One line for the action log and the command line."""
    moved = done.accounts + done.archived
    text = ngettext(
        "Removed ring {name}: {n} account moved to {to}",
        "Removed ring {name}: {n} accounts moved to {to}",
        moved,
    ).format(name=done.ring_name, n=moved, to=done.to_ring_name)
    if done.perks:
        text += "; " + _("its perks are offered from {to}").format(to=done.to_ring_name)
    if done.ring_moves:
        text += "; " + ngettext(
            "{n} ring move keeps its name", "{n} ring moves keep its name", done.ring_moves
        ).format(n=done.ring_moves)
    return text


def remove_rings(
    session: Session,
    removed: Collection[int],
    destinations: dict[int, int],
    *,
    on: dt.date | None = None,
) -> list[RingRemoval]:
    """Empty each removed ring (innermost first) into its destination and delete it.

    ``destinations`` (removed ring id → ring id) as checked by :func:`plan_destinations`.
    """
    day = on or today()
    done = []
    rings = {r.id: r for r in session.scalars(select(Ring).order_by(Ring.position))}
    for ring_id in sorted(removed, key=lambda rid: rings[rid].position):
        ring, target = rings[ring_id], rings[destinations[ring_id]]
        done.append(empty_ring(session, ring, target, on=day))
        session.delete(ring)
        session.flush()
    return done


def plan_destinations(
    rings: Sequence[Ring], removed: Collection[int], wanted: dict[int, int] | None
) -> dict[int, int]:
    """Where each removed ring's accounts go: as ``wanted`` (removed id → ring id), else
    the next ring out that stays. Refused: a destination that is removed too, or a ring
    not being removed."""
    by_id = {r.id: r for r in rings}
    kept = set(by_id) - set(removed)
    out: dict[int, int] = {}
    for ring_id, target_id in (wanted or {}).items():
        if ring_id not in removed:
            name = by_id[ring_id].name if ring_id in by_id else f"#{ring_id}"
            raise ConflictError(
                _("{name} is not being removed; only a removed ring's accounts move").format(
                    name=name
                )
            )
        target = by_id.get(target_id)
        if target is None:
            raise ConflictError(_("no ring with id {value}").format(value=target_id))
        check_destination(by_id[ring_id], target, kept)
        out[ring_id] = target_id
    for ring_id in removed:
        if ring_id not in out:
            found = next_ring_out(rings, ring_id, kept)
            assert found is not None  # at least three rings are kept
            out[ring_id] = found.id
    return out
