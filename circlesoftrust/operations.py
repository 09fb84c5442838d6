"""Operations: one user action, what it changed, and how to take it back.

``perform(db, label, fn)`` runs ``fn`` (one or more service calls, each its own
transaction) and returns an :class:`OpResult`: the service's result, a small frozen
:class:`Changes` record (which accounts, contacts, rings, suggestions, insights, tasks and
settings the action touched) and, when the action can be undone, an :class:`Undo` entry.

Nothing in the services has to declare either. While ``fn`` runs, the session events
below watch every flush (rows added, changed, deleted by the ORM), every Core UPDATE and
DELETE, and what the database's ``ON DELETE`` rules remove or clear with them. For each
row touched they keep its values *before* the action and, at commit, *after* it: a
:class:`RowImage`. Undo writes the before-image back, redo the after-image, each in one
transaction and only if the rows still look exactly as the action left them (otherwise
someone changed them since, and the undo is refused with a :class:`ConflictError`).
``Changes`` follows from the same rows, so it cannot forget a table.

Deliberately outside the images: the action log (history is not undone; the undo is
logged itself) and the engine's derived fact summary (its triggers forget what changed).
An action that writes with a Core INSERT (bulk import, demo) has no row ids to take
back: it reports ``Changes(everything=True)`` and no undo.

The records themselves live in :mod:`circlesoftrust.row_images`, the writing back in
:mod:`circlesoftrust.undo_apply`; both are re-exported here.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    TextClause,
    event,
    select,
    true,
)
from sqlalchemy.engine import ExecutionContext, RowMapping
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.sql.dml import Delete, Insert, Update

from circlesoftrust.fast_insert import naming_inserts, raw_write_listeners, row_listeners
from circlesoftrust.models import Base
from circlesoftrust.row_images import (
    UNTRACKED,
    Changes,
    Key,
    OpResult,
    RowImage,
    RowState,
    Undo,
    Values,
    changes_of,
    in_table_order,
    key_of,
    read_rows,
    tracked_table,
    values_of,
    where_keys,
)
from circlesoftrust.storage import Database
from circlesoftrust.undo_apply import redo, row_word, row_words, undo

T = TypeVar("T")

# --- recording ----------------------------------------------------------------------------


@dataclass
class _Recorder:
    before: dict[tuple[str, Key], Values | None] = field(default_factory=dict)
    after: dict[tuple[str, Key], Values | None] = field(default_factory=dict)
    pending_new: list[Any] = field(default_factory=list)
    untracked: bool = False  # a Core INSERT: rows we cannot name
    flushing: bool = False


_active: contextvars.ContextVar[_Recorder | None] = contextvars.ContextVar(
    "circlesoftrust_operation", default=None
)


def _remember_before(
    conn: Connection, rec: _Recorder, table: Table, where: Any, *, deleting: bool = True
) -> None:
    """Keep the rows ``where`` selects as they are now and, before a delete, what its
    ON DELETE rules take with them (an update changes no key, so it takes nothing: reading
    every fact of 340 accounts whose ring changed cost seconds)."""
    rows = conn.execute(select(table).where(where)).mappings().all()
    for row in rows:
        rec.before.setdefault((table.name, key_of(table, row)), values_of(row))
    if rows and deleting:
        _remember_dependents(conn, rec, table, rows)


def _remember_dependents(
    conn: Connection, rec: _Recorder, parent: Table, rows: Iterable[RowMapping]
) -> None:
    rows = list(rows)
    for child in Base.metadata.sorted_tables:
        if child.name in UNTRACKED:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not parent or fk.ondelete not in ("CASCADE", "SET NULL"):
                continue
            referenced = [row[fk.column.name] for row in rows]
            clause = fk.parent.in_(referenced)
            if fk.ondelete == "CASCADE":
                _remember_before(conn, rec, child, clause)
            else:
                found = conn.execute(select(child).where(clause)).mappings()
                for row in found:
                    rec.before.setdefault((child.name, key_of(child, row)), values_of(row))


def _on_before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    rec = _active.get()
    if rec is None:
        return
    rec.flushing = True
    conn = session.connection()
    for obj in list(session.dirty) + list(session.deleted):
        table = tracked_table(obj.__table__.name)
        if table is None:
            continue
        pk = obj.__mapper__.primary_key_from_instance(obj)
        if any(v is None for v in pk):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        _remember_before(
            conn, rec, table, where_keys(table, [tuple(pk)]), deleting=obj in session.deleted
        )
    rec.pending_new.extend(session.new)


def _on_after_flush(session: Session, _ctx: UOWTransaction) -> None:
    rec = _active.get()
    if rec is None:
        return
    for obj in rec.pending_new:
        table = tracked_table(obj.__table__.name)
        if table is not None:
            key = tuple(obj.__mapper__.primary_key_from_instance(obj))
            rec.before.setdefault((table.name, key), None)
    rec.pending_new.clear()


def _on_after_flush_postexec(_session: Session, _ctx: UOWTransaction) -> None:
    rec = _active.get()
    if rec is not None:
        rec.flushing = False


def _on_execute(
    conn: Connection, statement: Any, _multi: object, _params: object, _options: object
) -> None:
    """A Core statement outside a flush: keep what an UPDATE / DELETE is about to change;
    an INSERT (or SQL text that writes) leaves rows we cannot name."""
    rec = _active.get()
    if rec is None or rec.flushing:
        return
    if isinstance(statement, Insert):
        if tracked_table(_name_of(statement.table)) is not None and not naming_inserts():
            rec.untracked = True
    elif isinstance(statement, Delete | Update):
        table = tracked_table(_name_of(statement.table))
        if table is not None:
            where = statement.whereclause if statement.whereclause is not None else true()
            _remember_before(conn, rec, table, where, deleting=isinstance(statement, Delete))
    elif isinstance(statement, TextClause) and _writes(statement.text):
        rec.untracked = True


def _on_driver_sql(
    _conn: Connection,
    _cursor: object,
    statement: str,
    _params: object,
    context: ExecutionContext | None,
    _many: bool,
) -> None:
    """SQL text sent to the driver as it is (``exec_driver_sql``) that writes."""
    rec = _active.get()
    if rec is None or rec.flushing or context is None or context.compiled is not None:
        return
    if _writes(statement):
        rec.untracked = True


def _name_of(target: object) -> str:
    return str(getattr(target, "name", ""))


def _writes(sql: str) -> bool:
    return sql.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}


def _on_before_commit(session: Session) -> None:
    rec = _active.get()
    if rec is None or rec.untracked:
        return
    session.flush()
    by_table: dict[str, list[Key]] = {}
    for name, key in rec.before:
        by_table.setdefault(name, []).append(key)
    for name, keys in by_table.items():
        table = Base.metadata.tables[name]
        now = read_rows(session.connection(), table, keys)
        for key in keys:
            rec.after[(name, key)] = now.get(key)


event.listen(Session, "before_flush", _on_before_flush)
event.listen(Session, "after_flush", _on_after_flush)
event.listen(Session, "after_flush_postexec", _on_after_flush_postexec)


def _on_raw_write() -> None:
    rec = _active.get()
    if rec is not None:
        rec.untracked = True


raw_write_listeners.append(_on_raw_write)


def _on_rows_named(name: str, keys: Any) -> None:
    """A bulk insert's writer named the rows it added (fast_insert.named_inserts)."""
    rec = _active.get()
    if rec is not None and tracked_table(name) is not None:
        for key in keys:
            rec.before.setdefault((name, tuple(key)), None)


row_listeners.append(_on_rows_named)
event.listen(Engine, "before_execute", _on_execute)
event.listen(Engine, "before_cursor_execute", _on_driver_sql)
event.listen(Session, "before_commit", _on_before_commit)


@contextmanager
def _recording() -> Iterator[_Recorder]:
    rec = _Recorder()
    token = _active.set(rec)
    try:
        yield rec
    finally:
        _active.reset(token)


# --- performing, undoing, redoing ---------------------------------------------------------


def perform(db: Database, label: str | Callable[[T], str], fn: Callable[[], T]) -> OpResult[T]:
    """Run ``fn`` (service calls on ``db``), and say what it changed and how to undo it.

    ``label`` names the action for the undo history ("Log call with Alder Labs"); it may be
    computed from the result. The calls inside ``fn`` keep their own transactions.
    """
    with _recording() as rec:
        result = fn()
    if rec.untracked:
        return OpResult(result, Changes.all(), None)
    keys = sorted(rec.before, key=in_table_order)
    before = RowImage(tuple(RowState(t, k, rec.before[(t, k)]) for t, k in keys))
    after = RowImage(tuple(RowState(t, k, rec.after.get((t, k))) for t, k in keys))
    real = [(b, a) for b, a in zip(before.rows, after.rows, strict=True) if b != a]
    changes = changes_of([b for b, _ in real] + [a for _, a in real])
    if not real:
        return OpResult(result, changes, None)
    text = label(result) if callable(label) else label
    undo = Undo(
        text,
        RowImage(tuple(b for b, _ in real)),
        RowImage(tuple(a for _, a in real)),
        changes,
    )
    return OpResult(result, changes, undo)


__all__ = [
    "Changes",
    "OpResult",
    "RowImage",
    "RowState",
    "Undo",
    "changes_of",
    "perform",
    "redo",
    "row_word",
    "row_words",
    "undo",
]
