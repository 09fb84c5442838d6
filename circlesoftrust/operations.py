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
"""

from __future__ import annotations

import contextvars
import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    TextClause,
    and_,
    bindparam,
    delete,
    event,
    insert,
    select,
    true,
    tuple_,
    update,
)
from sqlalchemy.engine import ExecutionContext, RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.sql.dml import Delete, Insert, Update

from circlesoftrust import undo_sets
from circlesoftrust.errors import ConflictError
from circlesoftrust.fast_insert import naming_inserts, raw_write_listeners, row_listeners
from circlesoftrust.i18n import _
from circlesoftrust.models import ActionLog, Base
from circlesoftrust.services.lookups import log_action
from circlesoftrust.storage import Database

T = TypeVar("T")

# Tables an undo never writes: the log of what happened, and data derived by triggers.
_UNTRACKED = frozenset(
    {
        ActionLog.__tablename__,
        "account_facts",
        "alembic_version",
        # Who is working: a user's row is made on their first action and never taken
        # back (other rows name it).
        "users",
    }
)

_RING_TABLES = frozenset({"rings", "perks", "checklist_items"})
_INSIGHT_TABLES = frozenset({"insights", "insight_releases", "insight_shares"})
_ACCOUNT_COLUMNS = ("account_id", "from_account_id", "to_account_id")
_CONTACT_COLUMNS = ("contact_id", "from_contact_id")


@dataclass(frozen=True)
class Changes:
    """What one action touched; each view refreshes only what concerns it.

    ``accounts`` and ``contacts`` hold ids (the account of every fact, task, grant, share
    or ring change counts as changed); the flags say that some row of that kind changed.
    ``everything`` means the action cannot say (an import, a restore, a new database).
    """

    accounts: frozenset[int] = frozenset()
    contacts: frozenset[int] = frozenset()
    rings: bool = False
    suggestions: bool = False
    insights: bool = False
    tasks: bool = False
    perks: bool = False
    settings: bool = False
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            accounts=self.accounts | other.accounts,
            contacts=self.contacts | other.contacts,
            rings=self.rings or other.rings,
            suggestions=self.suggestions or other.suggestions,
            insights=self.insights or other.insights,
            tasks=self.tasks or other.tasks,
            perks=self.perks or other.perks,
            settings=self.settings or other.settings,
            everything=self.everything or other.everything,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()

    def touches_accounts(self) -> bool:
        """Did any account's facts, fields or ring change (or could they have)?"""
        return self.everything or self.rings or self.settings or bool(self.accounts)


Values = tuple[tuple[str, Any], ...]
Key = tuple[Any, ...]


@dataclass(frozen=True)
class RowState:
    """One row of one table: its primary key and its values (``None``: no such row)."""

    table: str
    key: Key
    values: Values | None

    def as_dict(self) -> dict[str, Any] | None:
        return None if self.values is None else dict(self.values)


@dataclass(frozen=True)
class RowImage:
    """The state of a set of rows at one moment."""

    rows: tuple[RowState, ...] = ()


@dataclass(frozen=True)
class Undo:
    """How to take an action back (``before``) and to do it again (``after``)."""

    label: str
    before: RowImage
    after: RowImage
    changes: Changes


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """A service's result, what it changed, and its undo (``None``: cannot be undone)."""

    result: T
    changes: Changes
    undo: Undo | None


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


def _table(name: str) -> Table | None:
    found = Base.metadata.tables.get(name)
    return found if isinstance(found, Table) and name not in _UNTRACKED else None


def _key_of(table: Table, row: RowMapping) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _values(row: RowMapping) -> Values:
    return tuple(sorted((str(k), v) for k, v in row.items()))


def _where_keys(table: Table, keys: Iterable[Key]) -> Any:
    cols = list(table.primary_key.columns)
    keys = list(keys)
    if len(cols) == 1:
        return cols[0].in_([k[0] for k in keys])
    return tuple_(*cols).in_(keys)


def _read(conn: Connection, table: Table, keys: Iterable[Key]) -> dict[Key, Values]:
    keys = list(keys)
    found: dict[Key, Values] = {}
    # In slices: a bulk import names tens of thousands of rows (SQLite's limit on bound
    # values is 32,766).
    for start in range(0, len(keys), _READ_SLICE):
        where = _where_keys(table, keys[start : start + _READ_SLICE])
        rows = conn.execute(select(table).where(where))
        found.update((_key_of(table, r._mapping), _values(r._mapping)) for r in rows)
    return found


_READ_SLICE = 5000


def _remember_before(
    conn: Connection, rec: _Recorder, table: Table, where: Any, *, deleting: bool = True
) -> None:
    """Keep the rows ``where`` selects as they are now and, before a delete, what its
    ON DELETE rules take with them (an update changes no key, so it takes nothing: reading
    every fact of 340 accounts whose ring changed cost seconds)."""
    rows = conn.execute(select(table).where(where)).mappings().all()
    for row in rows:
        rec.before.setdefault((table.name, _key_of(table, row)), _values(row))
    if rows and deleting:
        _remember_dependents(conn, rec, table, rows)


def _remember_dependents(
    conn: Connection, rec: _Recorder, parent: Table, rows: Iterable[RowMapping]
) -> None:
    rows = list(rows)
    for child in Base.metadata.sorted_tables:
        if child.name in _UNTRACKED:
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
                    rec.before.setdefault((child.name, _key_of(child, row)), _values(row))


def _on_before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    rec = _active.get()
    if rec is None:
        return
    rec.flushing = True
    conn = session.connection()
    for obj in list(session.dirty) + list(session.deleted):
        table = _table(obj.__table__.name)
        if table is None:
            continue
        pk = obj.__mapper__.primary_key_from_instance(obj)
        if any(v is None for v in pk):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        _remember_before(
            conn, rec, table, _where_keys(table, [tuple(pk)]), deleting=obj in session.deleted
        )
    rec.pending_new.extend(session.new)


def _on_after_flush(session: Session, _ctx: UOWTransaction) -> None:
    rec = _active.get()
    if rec is None:
        return
    for obj in rec.pending_new:
        table = _table(obj.__table__.name)
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
        if _table(_name_of(statement.table)) is not None and not naming_inserts():
            rec.untracked = True
    elif isinstance(statement, Delete | Update):
        table = _table(_name_of(statement.table))
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
        now = _read(session.connection(), table, keys)
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
    if rec is not None and _table(name) is not None:
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


# --- changes from rows --------------------------------------------------------------------


def changes_of(rows: Iterable[RowState]) -> Changes:
    """What a set of row states says was touched."""
    accounts: set[int] = set()
    contacts: set[int] = set()
    flags = dict.fromkeys(("rings", "suggestions", "insights", "tasks", "perks", "settings"), False)
    for row in rows:
        values = row.as_dict() or {}
        if row.table == "accounts":
            accounts.add(row.key[0])
        if row.table == "contacts":
            contacts.add(row.key[0])
        for column in _ACCOUNT_COLUMNS:
            if values.get(column) is not None:
                accounts.add(values[column])
        for column in _CONTACT_COLUMNS:
            if values.get(column) is not None:
                contacts.add(values[column])
        if row.table in _RING_TABLES:
            flags["rings"] = True
        elif row.table in _INSIGHT_TABLES:
            flags["insights"] = True
        elif row.table == "suggestion_states":
            flags["suggestions"] = True
        elif row.table == "tasks":
            flags["tasks"] = True
        elif row.table == "perk_grants":
            flags["perks"] = True
        elif row.table == "settings":
            flags["settings"] = True
    return Changes(accounts=frozenset(accounts), contacts=frozenset(contacts), **flags)


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
    keys = sorted(rec.before, key=_order)
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


def undo(db: Database, entry: Undo) -> Changes:
    """Put the rows back as they were before the action; refused if they changed since."""
    _apply(
        db,
        expected=entry.after,
        target=entry.before,
        verb=_("undo"),
        label=entry.label,
        changes=entry.changes,
    )
    return entry.changes


def redo(db: Database, entry: Undo) -> Changes:
    """Do the action again; refused if the rows changed since it was undone."""
    _apply(
        db,
        expected=entry.before,
        target=entry.after,
        verb=_("redo"),
        label=entry.label,
        changes=entry.changes,
    )
    return entry.changes


_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def row_words() -> dict[str, str]:
    """What a refused undo/redo names as changed, per table, in the user's language (the
    subject of "… was changed or removed since")."""
    return {
        "accounts": _("the account"),
        "account_tags": _("a tag of the account"),
        "action_log": _("the action log"),
        "checklist_items": _("a checklist step"),
        "complaints": _("a complaint"),
        "contacts": _("a contact"),
        "feedback": _("a feedback answer"),
        "insight_releases": _("an insight's release"),
        "insight_shares": _("an insight share"),
        "insights": _("an insight"),
        "merge_log": _("the merge log"),
        "perk_grants": _("a perk grant"),
        "perks": _("a perk"),
        "referrals": _("a referral"),
        "revenue_entries": _("a revenue entry"),
        "ring_changes": _("the ring history"),
        "rings": _("a ring"),
        "settings": _("a setting"),
        "suggestion_states": _("the suggestion"),
        "tasks": _("a task"),
        "touchpoints": _("a touchpoint"),
        "undo_entries": _("the undo history"),
        "users": _("a user"),
    }


def row_word(table: str) -> str:
    """See :func:`row_words`; a table without a word of its own is "a record"."""
    return row_words().get(table) or _("a record")


def _order(item: tuple[str, Key]) -> tuple[int, str]:
    return (_TABLE_ORDER.get(item[0], 0), repr(item[1]))


# The optimistic-concurrency column of the editable tables (circlesoftrust.team): an undo or
# redo writes a row's values back but moves its version on, never back, so an edit form
# opened before the undo is refused instead of saving over it.
_VERSION = "version"


def _content(values: Values | None) -> Values | None:
    """A row's values without its version (what "the row looks as the action left it"
    compares: a version moved on by an undo is no change of content)."""
    return None if values is None else tuple(kv for kv in values if kv[0] != _VERSION)


def _bumped(values: Values, current: Values | None) -> dict[str, Any]:
    """``values`` to write, with the version one past the row's current one."""
    row = dict(values)
    if _VERSION in row:
        now = dict(current)[_VERSION] if current is not None else row[_VERSION]
        row[_VERSION] = int(now) + 1
    return row


def _apply(
    db: Database,
    *,
    expected: RowImage,
    target: RowImage,
    verb: str,
    label: str,
    changes: Changes | None = None,
) -> None:
    with db.transaction(write=True) as session:
        conn = session.connection()
        by_table: dict[str, list[RowState]] = {}
        for row in expected.rows:
            by_table.setdefault(row.table, []).append(row)
        current: dict[tuple[str, Key], Values] = {}
        # Tables with many rows (a ring removal's accounts and history) are checked and
        # written by a few set-based statements (undo_sets), the others row by row.
        many = {name for name, rows in by_table.items() if len(rows) >= undo_sets.MANY_ROWS}
        for name, table_rows in by_table.items():
            table = Base.metadata.tables[name]
            if name in many:
                _check_set(conn, table, table_rows, verb, label)
                continue
            for key, values in _read(conn, table, [r.key for r in table_rows]).items():
                current[(name, key)] = values
        for row in expected.rows:
            if row.table in many:
                continue
            if _content(current.get((row.table, row.key))) != _content(row.values):
                noun = row_word(row.table)
                raise ConflictError(
                    _("cannot {verb} “{label}”: {noun} was changed or removed since").format(
                        verb=verb, label=label, noun=noun
                    )
                )
        rows = sorted(target.rows, key=lambda r: _TABLE_ORDER.get(r.table, 0))
        exists = {(r.table, r.key) for r in expected.rows if r.values is not None}
        writes = [
            *(r for r in rows if r.values is not None and (r.table, r.key) not in exists),
            *(r for r in rows if r.values is not None and (r.table, r.key) in exists),
            *(r for r in reversed(rows) if r.values is None and (r.table, r.key) in exists),
        ]  # inserts parents first, updates, deletes children first

        def planned(row: RowState) -> tuple[tuple[str, str, tuple[str, ...]], dict[str, Any]]:
            """The statement a row needs (table, kind, columns) and its parameters."""
            table = Base.metadata.tables[row.table]
            pk = table.primary_key.columns
            keys = {f"key_{c.name}": v for c, v in zip(pk, row.key, strict=True)}
            if row.values is None:
                return (row.table, "delete", ()), keys
            if (row.table, row.key) not in exists:
                values = _bumped(row.values, None)
                return (row.table, "insert", tuple(values)), values
            now = current.get((row.table, row.key))
            values = _bumped(row.values, now)
            params = {**keys, **{f"new_{c}": v for c, v in values.items()}}
            kind = "update"
            if _VERSION in table.c and now is not None:
                # Still the version read above (PostgreSQL: no writer came between).
                kind, params["was_version"] = "update_versioned", dict(now)[_VERSION]
            return (row.table, kind, tuple(values)), params

        def run(shape: tuple[str, str, tuple[str, ...]], batch: list[dict[str, Any]]) -> None:
            name, kind, columns = shape
            table = Base.metadata.tables[name]
            updating = kind.startswith("update")
            stmt = _statement(table, kind, columns if updating else ())
            if updating and len(batch) > 1 and not conn.dialect.supports_sane_multi_rowcount:
                for params in batch:  # each row's count must be checked on its own
                    run(shape, [params])
                return
            written = conn.execute(stmt, batch if len(batch) > 1 or kind == "insert" else batch[0])
            if updating and written.rowcount != len(batch):
                noun = row_word(name)
                raise ConflictError(
                    _("cannot {verb} “{label}”: {noun} was changed just now").format(
                        verb=verb, label=label, noun=noun
                    )
                )

        def write(row: RowState) -> None:
            run(*_single(planned(row)))

        def write_set(name: str, kind: str, rows: list[RowState]) -> None:
            """Many rows of one table and kind in one or a few statements (undo_sets)."""
            table = Base.metadata.tables[name]
            if kind == "delete":
                written = undo_sets.delete_rows(conn, table, [r.key for r in rows])
            else:
                written = undo_sets.update_rows(conn, table, [dict(r.values or ()) for r in rows])
            if written != len(rows):
                raise ConflictError(
                    _("cannot {verb} “{label}”: {noun} was changed just now").format(
                        verb=verb, label=label, noun=row_word(name)
                    )
                )

        def kind_of(row: RowState) -> str:
            if row.values is None:
                return "delete"
            return "update" if (row.table, row.key) in exists else "insert"

        def write_all() -> None:
            """Many rows of one table and kind: set-based; else consecutive rows of one
            shape go in one executemany."""
            rest: list[RowState] = []
            for (name, kind), group in itertools.groupby(
                writes, key=lambda r: (r.table, kind_of(r))
            ):
                rows = list(group)
                if name in many and kind != "insert":  # (an insert is one statement already)
                    write_rows(rest)
                    rest = []
                    write_set(name, kind, rows)
                else:
                    rest.extend(rows)
            write_rows(rest)

        def write_rows(rows: list[RowState]) -> None:
            shape: tuple[str, str, tuple[str, ...]] | None = None
            batch: list[dict[str, Any]] = []
            for row in rows:
                next_shape, params = planned(row)
                if next_shape != shape and shape is not None:
                    run(shape, batch)
                    batch = []
                shape = next_shape
                batch.append(params)
            if shape is not None:
                run(shape, batch)

        try:
            with conn.begin_nested():
                write_all()
        except IntegrityError:
            # A unique value passes from one row to another (a ring put back at the position
            # the rings around it moved into): find an order that works, row by row.
            _write_in_any_order(conn, writes, write, verb, label)
        # (the entry's changes name its accounts already: reading 200,000 rows again for
        # them cost seconds at 100k)
        account = (
            (next(iter(changes.accounts)) if len(changes.accounts) == 1 else None)
            if changes is not None
            else _single_account(target, expected)
        )
        if account is not None and not _exists(conn, account):
            account = None  # the undo took the account away (an undone create)
        log_action(session, verb, f"{verb}: {label}", account)


def _check_set(conn: Connection, table: Table, rows: list[RowState], verb: str, label: str) -> None:
    """Refuse unless ``table`` still holds ``rows`` as they are (set-based: undo_sets)."""
    whole = [dict(r.values) for r in rows if r.values is not None]
    gone = [r.key for r in rows if r.values is None]
    postgres = conn.dialect.name == "postgresql"
    if undo_sets.matching(conn, table, whole, postgres=postgres) != len(whole) or (
        gone and undo_sets.present(conn, table, gone)
    ):
        raise ConflictError(
            _("cannot {verb} “{label}”: {noun} was changed or removed since").format(
                verb=verb, label=label, noun=row_word(table.name)
            )
        )


def _single(
    plan: tuple[tuple[str, str, tuple[str, ...]], dict[str, Any]],
) -> tuple[tuple[str, str, tuple[str, ...]], list[dict[str, Any]]]:
    shape, params = plan
    return shape, [params]


# Undo/redo statements by (table, kind, columns), made once and run with many rows at a
# time: building and compiling a statement per row cost ≈ 10 ms (a ring removal's undo of
# 4,000 rows took a minute).
_STATEMENTS: dict[tuple[str, str, tuple[str, ...]], Any] = {}


def _statement(table: Table, kind: str, columns: tuple[str, ...] = ()) -> Any:
    key = (table.name, kind, columns)
    found = _STATEMENTS.get(key)
    if found is None:
        by_key = and_(*(c == bindparam(f"key_{c.name}") for c in table.primary_key.columns))
        if kind == "delete":
            found = delete(table).where(by_key)
        elif kind == "insert":
            found = insert(table)
        else:
            if kind == "update_versioned":
                by_key = by_key & (table.c[_VERSION] == bindparam("was_version"))
            found = update(table).where(by_key).values({c: bindparam(f"new_{c}") for c in columns})
        _STATEMENTS[key] = found
    return found


def _write_in_any_order(
    conn: Connection,
    writes: list[RowState],
    write: Callable[[RowState], None],
    verb: str,
    label: str,
) -> None:
    pending = writes
    while pending:
        left: list[RowState] = []
        for row in pending:
            try:
                with conn.begin_nested():
                    write(row)
            except IntegrityError:
                left.append(row)
        if len(left) == len(pending):
            # Rows that swap unique values (rings reordered) need a free value between.
            raise ConflictError(
                _(
                    "cannot {verb} “{label}”: its rows cannot be put back one by one (they "
                    "swap places); change it back by hand"
                ).format(verb=verb, label=label)
            )
        pending = left


def _exists(conn: Connection, account_id: int) -> bool:
    accounts = Base.metadata.tables["accounts"]
    found = conn.execute(select(accounts.c.id).where(accounts.c.id == account_id)).first()
    return found is not None


def _single_account(*images: RowImage) -> int | None:
    accounts = changes_of(r for image in images for r in image.rows).accounts
    return next(iter(accounts)) if len(accounts) == 1 else None


__all__ = [
    "Changes",
    "OpResult",
    "RowImage",
    "RowState",
    "Undo",
    "changes_of",
    "perform",
    "redo",
    "undo",
]
