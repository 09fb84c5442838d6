"""Rows of a merge as JSON (what ``merge_log`` keeps) and the schema facts a merge moves by
(foreign keys to a table, primary and unique keys)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Any, cast

from sqlalchemy import Column, Table

from circlesoftrust.errors import ConflictError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Base,
)

_LOG_TABLES = frozenset({"merge_log"})

# ------------------------------------------------------------------------- JSON of rows


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes):
        return {"$b": value.hex()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$dt" in value:
            return dt.datetime.fromisoformat(value["$dt"])
        if "$d" in value:
            return dt.date.fromisoformat(value["$d"])
        if "$b" in value:
            return bytes.fromhex(value["$b"])
    return value


def _row_json(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {key: _encode(value) for key, value in row.items()}


def _row_values(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _decode(value) for key, value in row.items()}


# ------------------------------------------------------------------------------ helpers


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _references(target: str) -> list[tuple[Table, Column[Any]]]:
    """(table, column) of every foreign key to ``target`` among the user's tables."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _LOG_TABLES:
            continue
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            if fk.column.table.name == target:
                found.append((table, fk.parent))
    return found


def _pk(table: Table) -> Column[Any]:
    columns = list(table.primary_key.columns)
    if len(columns) != 1:  # pragma: no cover - every table with a foreign key has an id
        raise ConflictError(
            _("cannot move rows of {name}: no single primary key").format(name=table.name)
        )
    return columns[0]


def _unique_sets(table: Table, column: Column[Any]) -> list[list[Column[Any]]]:
    sets: list[list[Column[Any]]] = []
    for constraint in table.constraints:
        cols = list(getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and column in cols:
            sets.append(cols)
    for index in table.indexes:
        cols = list(index.columns)
        if index.unique and column in cols:
            sets.append(cols)
    if column.unique:
        sets.append([column])
    return sets
