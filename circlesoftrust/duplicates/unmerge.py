"""Splitting a merge again (:func:`unmerge`) and the log of merges (:func:`merge_log`)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.duplicates.merge_rows import _decode, _encode, _pk, _row_values
from circlesoftrust.errors import ConflictError, NotFoundError
from circlesoftrust.fast_insert import announce_rows, named_inserts
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    Base,
    MergeLog,
)
from circlesoftrust.services.lookups import log_action
from circlesoftrust.storage import Database


@dataclass(frozen=True)
class UnmergeResult:
    log_id: int
    kind: str
    survivor_id: int
    restored_id: int
    summary: str


@dataclass(frozen=True)
class MergeLogEntry:
    id: int
    at: dt.datetime
    kind: str
    survivor_id: int
    merged_id: int
    summary: str
    undone_at: dt.datetime | None


def _free(session: Session, table: Table, row_id: Any) -> bool:
    pk = _pk(table)
    return session.scalar(select(pk).where(pk == row_id)) is None


def unmerge(db: Database, log_id: int) -> UnmergeResult:
    """Split a merge again: the merged row comes back with its id, the rows moved go back
    to it, removed doubles come back, and the survivor's fields the merge changed (and
    nobody changed since) return to what they were."""
    with db.transaction() as session:
        log = session.get(MergeLog, log_id)
        if log is None:
            raise NotFoundError(_("no merge with log id {log_id}").format(log_id=log_id))
        if log.undone_at is not None:
            raise ConflictError(
                _("merge {log_id} was already undone on {day}").format(
                    log_id=log_id, day=formats.date(log.undone_at)
                )
            )
        data = json.loads(log.undo)
        tables = Base.metadata.tables
        table = tables[data["table"]]
        survivor = session.execute(select(table).where(table.c.id == log.survivor_id)).first()
        if survivor is None:
            raise ConflictError(
                _(
                    "the {kind} kept by merge {log_id} (#{survivor_id}) was deleted since; "
                    "nothing to split"
                ).format(kind=log.kind, log_id=log_id, survivor_id=log.survivor_id)
            )
        merged = _row_values(data["merged"])
        restored_id = merged["id"]
        if not _free(session, table, restored_id):
            del merged["id"]
        if "name" in merged and table.name == "accounts":
            taken = session.scalar(
                select(Account.id).where(
                    Account.name == merged["name"], Account.id != log.survivor_id
                )
            )
            if taken is not None:
                raise ConflictError(
                    _("another account is now named {value!r}; rename it first").format(
                        value=merged["name"]
                    )
                )
        # The survivor's fields first (it may hold the merged one's unique name).
        before, after = data["before"], data["after"]
        current = dict(survivor._mapping)
        restore = {
            name: _decode(before[name])
            for name in before
            if name != "id"
            and before[name] != after.get(name)
            and _encode(current.get(name)) == after.get(name)
        }
        if restore:
            session.execute(update(table).where(table.c.id == log.survivor_id).values(restore))
        # The rows put back are named to the undo recorder (an unmerge is undone and
        # redone like any action: Ctrl+Z in the window makes the two one again).
        with named_inserts():
            new_id = session.execute(
                insert(table).values(merged).returning(table.c.id)
            ).scalar_one()
        announce_rows(table.name, [(new_id,)])
        for name, column, ids in data["moved"]:
            t = tables[name]
            pk = _pk(t)
            col = t.c[column]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                session.execute(
                    update(t).where(pk.in_(chunk), col == log.survivor_id).values({column: new_id})
                )
        for name, row_json in data["removed"]:
            t = tables[name]
            row = _row_values(row_json)
            pk = _pk(t)
            if not _free(session, t, row[pk.name]):
                del row[pk.name]
            with named_inserts():
                key = session.execute(insert(t).values(row).returning(*t.primary_key)).one()
            announce_rows(t.name, [tuple(key)])
        for name, row_id in data["created"]:
            t = tables[name]
            session.execute(delete(t).where(_pk(t) == row_id))
        log.undone_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        summary = _("split merge {log_id} again: {name} (#{new_id}) restored").format(
            log_id=log_id, name=merged.get("name", ""), new_id=new_id
        )
        account_id = log.survivor_id if log.kind == "account" else current.get("account_id")
        log_action(session, "unmerge", summary, account_id)
        return UnmergeResult(log_id, log.kind, log.survivor_id, new_id, summary)


def merge_log(db: Database, limit: int = 50) -> list[MergeLogEntry]:
    """The latest merges, newest first."""
    with db.transaction() as session:
        return [
            MergeLogEntry(m.id, m.at, m.kind, m.survivor_id, m.merged_id, m.summary, m.undone_at)
            for m in session.scalars(select(MergeLog).order_by(MergeLog.id.desc()).limit(limit))
        ]
