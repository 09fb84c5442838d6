"""Writing an action's rows back: undo puts the rows as they were before it, redo as it
left them, each in one transaction and only if the rows still look exactly as the other
side left them (otherwise someone changed them since: :class:`ConflictError`)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from circlesoftrust import undo_sets
from circlesoftrust.errors import ConflictError
from circlesoftrust.i18n import _
from circlesoftrust.models import Base
from circlesoftrust.row_images import (
    TABLE_ORDER,
    Changes,
    Key,
    RowImage,
    RowState,
    Undo,
    Values,
    changes_of,
    read_rows,
)
from circlesoftrust.services.lookups import log_action
from circlesoftrust.storage import Database


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
            for key, values in read_rows(conn, table, [r.key for r in table_rows]).items():
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
        rows = sorted(target.rows, key=lambda r: TABLE_ORDER.get(r.table, 0))
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
