"""Undo and redo of a big action in a few set-based statements per table.

A ring removal moves every account of the ring and renames every ring move that names it:
~22,000 rows on a 10,000-account file, ~200,000 at 100,000. :mod:`circlesoftrust.operations`
read each such row into Python, compared it with the image it expected, and wrote it back
one parameter set at a time. For a table with many rows of one undo this module does the
same in SQL instead:

* the image the rows must still show goes into a temporary table (one INSERT with many
  parameter sets); one SELECT joins it to the table and finds the rows that still look as
  the action left them (its version aside; PostgreSQL locks them ``FOR UPDATE``, as SQLite's
  ``BEGIN IMMEDIATE`` already did);
* the values to write go into a second temporary table; then one ``UPDATE … FROM`` (the
  version moves on: ``version + 1``) or one ``DELETE … WHERE key IN (SELECT …)``.

The temporary tables live only inside the undo's one transaction.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    Table,
    and_,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)

#: From this many rows of one table the set-based statements pay (below, the row-by-row
#: path of operations is as quick and keeps its exact per-row messages).
MANY_ROWS = 200
_VERSION = "version"
_names = itertools.count(1)


def _scratch(conn: Connection, table: Table, columns: Sequence[str]) -> Table:
    """An empty temporary table with ``columns`` of ``table`` (same types, no rules)."""
    scratch = Table(
        f"undo_rows_{next(_names)}",
        MetaData(),
        *(Column(name, table.c[name].type) for name in columns),
        prefixes=["TEMPORARY"],
    )
    scratch.create(conn)
    return scratch


def _fill(conn: Connection, scratch: Table, rows: Sequence[dict[str, Any]]) -> None:
    conn.execute(insert(scratch), list(rows))


def _same_key(table: Table, scratch: Table) -> Any:
    return and_(*(c == scratch.c[c.name] for c in table.primary_key.columns))


def matching(
    conn: Connection, table: Table, expected: Sequence[dict[str, Any]], *, postgres: bool
) -> int:
    """How many of ``expected`` (whole rows) ``table`` still holds exactly (version aside)."""
    if not expected:
        return 0
    columns = list(expected[0])
    scratch = _scratch(conn, table, columns)
    try:
        _fill(conn, scratch, expected)
        same = [
            table.c[name].is_not_distinct_from(scratch.c[name])
            for name in columns
            if name != _VERSION
        ]
        joined = table.join(scratch, _same_key(table, scratch))
        if postgres:  # (no writer may change them between this check and the writes)
            keys = list(table.primary_key.columns)
            locked = select(*keys).select_from(joined).where(and_(*same)).with_for_update(of=table)
            return len(conn.execute(locked).all())
        # (SQLite: BEGIN IMMEDIATE holds the whole file already; a count is enough)
        counted = select(func.count()).select_from(joined).where(and_(*same))
        return int(conn.execute(counted).scalar_one())
    finally:
        scratch.drop(conn)


def present(conn: Connection, table: Table, keys: Sequence[tuple[Any, ...]]) -> int:
    """How many of ``keys`` name a row of ``table``."""
    cols = list(table.primary_key.columns)
    found = 0
    for start in range(0, len(keys), 5000):
        part = keys[start : start + 5000]
        where = cols[0].in_([k[0] for k in part]) if len(cols) == 1 else tuple_(*cols).in_(part)
        found += int(
            conn.execute(select(func.count()).select_from(table).where(where)).scalar_one()
        )
    return found


def update_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> int:
    """Write ``rows`` (whole rows, by key) over the table's rows; their version moves on
    by one. Returns how many rows were written."""
    columns = list(rows[0])
    scratch = _scratch(conn, table, columns)
    try:
        _fill(conn, scratch, rows)
        keys = {c.name for c in table.primary_key.columns}
        values: dict[str, Any] = {
            name: scratch.c[name] for name in columns if name not in keys and name != _VERSION
        }
        if _VERSION in table.c:
            values[_VERSION] = table.c[_VERSION] + 1
        stmt = update(table).values(values).where(_same_key(table, scratch))
        return int(conn.execute(stmt).rowcount)
    finally:
        scratch.drop(conn)


def delete_rows(conn: Connection, table: Table, keys: Sequence[tuple[Any, ...]]) -> int:
    """Delete the rows named by ``keys``; returns how many went."""
    gone = 0
    for where in _slices(table, keys):
        gone += int(conn.execute(delete(table).where(where)).rowcount)
    return gone


def _slices(table: Table, keys: Sequence[tuple[Any, ...]]) -> list[Any]:
    """``key IN (…)`` conditions for ``keys``, 5,000 at a time (SQLite's bound values)."""
    cols = list(table.primary_key.columns)
    out = []
    for start in range(0, len(keys), 5000):
        part = keys[start : start + 5000]
        out.append(cols[0].in_([k[0] for k in part]) if len(cols) == 1 else tuple_(*cols).in_(part))
    return out
