"""The undo history the command line keeps between commands.

The window holds its undo entries in memory (its one ``QUndoStack``); a command ends
with its process, so the command line keeps each undoable action's entry — the same
:class:`~circlesoftrust.operations.Undo` the window's history holds, made by the same
:func:`~circlesoftrust.operations.perform` — in the table ``undo_entries``.
``circlesoftrust undo`` takes the newest entry not undone yet back with
:func:`~circlesoftrust.operations.undo`: the same rules as Ctrl+Z in the window (only if
the rows still look as the action left them; the undo itself is logged).

Entries are JSON, never pickle (a shared database must not carry code). Values keep
their types through tags (dates, times, decimals, bytes) and the columns' enum types.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from sqlalchemy import select

from circlesoftrust.errors import ConflictError, CotError
from circlesoftrust.i18n import _
from circlesoftrust.models import Base, UndoEntry
from circlesoftrust.operations import Changes, OpResult, RowImage, RowState, Undo, perform
from circlesoftrust.operations import undo as undo_rows
from circlesoftrust.storage import Database

T = TypeVar("T")

__all__ = ["UndoneAction", "entries", "perform_kept", "undo_last"]


@dataclass(frozen=True)
class UndoneAction:
    """What ``undo`` took back: the entry's id, its label and what changed."""

    id: int
    label: str
    at: dt.datetime
    changes: Changes


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    label: str
    at: dt.datetime
    undone: bool


def perform_kept(db: Database, label: str | Callable[[T], str], fn: Callable[[], T]) -> OpResult[T]:
    """:func:`~circlesoftrust.operations.perform`, and keep its undo entry (if any)."""
    result = perform(db, label, fn)
    if result.undo is not None:
        text = json.dumps(_encode_undo(result.undo), ensure_ascii=False)
        with db.transaction(write=True) as session:
            session.add(UndoEntry(label=result.undo.label, entry=text))
    return result


def undo_last(db: Database) -> UndoneAction:
    """Undo the newest action not undone yet. Refused (ConflictError) when its rows changed
    since; that entry then leaves the history, as in the window, and says so."""
    with db.transaction() as session:
        row = session.scalars(
            select(UndoEntry)
            .where(UndoEntry.undone_at.is_(None))
            .order_by(UndoEntry.id.desc())
            .limit(1)
        ).first()
        if row is None:
            raise CotError(_("nothing to undo: no action of the command line is left to undo"))
        entry_id, label, at, text = row.id, row.label, row.at, row.entry
    entry = _decode_undo(json.loads(text))
    try:
        changes = undo_rows(db, entry)
    except ConflictError:
        _mark_undone(db, entry_id)
        raise
    _mark_undone(db, entry_id)
    return UndoneAction(entry_id, label, at, changes)


def entries(db: Database, *, limit: int = 20) -> list[HistoryEntry]:
    """The newest entries first (undone ones too)."""
    with db.transaction() as session:
        rows = session.scalars(select(UndoEntry).order_by(UndoEntry.id.desc()).limit(limit))
        return [HistoryEntry(r.id, r.label, r.at, r.undone_at is not None) for r in rows]


def _mark_undone(db: Database, entry_id: int) -> None:
    with db.transaction(write=True) as session:
        row = session.get(UndoEntry, entry_id)
        if row is not None and row.undone_at is None:
            row.undone_at = dt.datetime.now()


# --- JSON with types ----------------------------------------------------------------------


def _value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, decimal.Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _restore(table: str, column: str, value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((tag, text),) = value.items()
        if tag == "$datetime":
            return dt.datetime.fromisoformat(text)
        if tag == "$date":
            return dt.date.fromisoformat(text)
        if tag == "$time":
            return dt.time.fromisoformat(text)
        if tag == "$decimal":
            return decimal.Decimal(text)
        if tag == "$bytes":
            return base64.b64decode(text)
    enum_class = getattr(Base.metadata.tables[table].c[column].type, "enum_class", None)
    if value is not None and enum_class is not None:
        return enum_class(value)
    return value


def _encode_image(image: RowImage) -> list[dict[str, Any]]:
    return [
        {
            "table": row.table,
            "key": [_value(k) for k in row.key],
            "values": None if row.values is None else [[c, _value(v)] for c, v in row.values],
        }
        for row in image.rows
    ]


def _decode_image(rows: list[dict[str, Any]]) -> RowImage:
    states = []
    for row in rows:
        table = row["table"]
        key = tuple(
            _restore(table, c.name, k) for c, k in zip(_keys(table), row["key"], strict=True)
        )
        values = row["values"]
        states.append(
            RowState(
                table,
                key,
                None if values is None else tuple((c, _restore(table, c, v)) for c, v in values),
            )
        )
    return RowImage(tuple(states))


def _keys(table: str) -> list[Any]:
    return list(Base.metadata.tables[table].primary_key.columns)


def _encode_undo(entry: Undo) -> dict[str, Any]:
    changes = {
        f.name: sorted(value) if isinstance(value, frozenset) else value
        for f in fields(entry.changes)
        for value in [getattr(entry.changes, f.name)]
    }
    return {
        "label": entry.label,
        "before": _encode_image(entry.before),
        "after": _encode_image(entry.after),
        "changes": changes,
    }


def _decode_undo(data: dict[str, Any]) -> Undo:
    raw = data["changes"]
    flags = {f.name: bool(raw[f.name]) for f in fields(Changes) if f.name in raw}
    flags.pop("accounts", None)
    flags.pop("contacts", None)
    changes = Changes(
        accounts=frozenset(raw.get("accounts", ())),
        contacts=frozenset(raw.get("contacts", ())),
        **flags,
    )
    return Undo(data["label"], _decode_image(data["before"]), _decode_image(data["after"]), changes)
