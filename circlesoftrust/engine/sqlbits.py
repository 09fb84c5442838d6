"""Small portable SQL pieces the engine's aggregate queries share (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import ARRAY, Boolean, Integer, String, bindparam, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import Alias, FromClause
from sqlalchemy.sql.visitors import InternalTraversal, _TraverseInternalsType
from sqlalchemy.types import NullType


class flag(FunctionElement[int]):
    """A condition as 0/1, to count or sum with plain arithmetic instead of CASE.

    SQLite evaluates a comparison to 0/1 already; a CASE per row costs about twice as much
    in the hot aggregates (measured), so SQLite gets the bare condition. PostgreSQL needs
    a cast from boolean.
    """

    type = Integer()
    inherit_cache = True
    name = "flag"


@compiles(flag)
def _flag_default(element: flag, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@compiles(flag, "sqlite")
def _flag_sqlite(element: flag, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)})"


def as_flag(condition: ColumnElement[bool]) -> flag:
    return flag(condition)


def raw(expr: ColumnElement[Any] | QueryableAttribute[Any]) -> ColumnElement[Any]:
    """The value as the driver returns it, with no result conversion.

    SQLAlchemy turns SQLite's date text into ``date`` objects row by row; for 100,000 rows
    of several date columns that costs more than the query. :class:`DayNumbers` converts
    each distinct value once instead.
    """
    return type_coerce(expr, NullType())


class DayNumbers(dict[Any, int | None]):
    """Day numbers (``date.toordinal()``) of raw date values, each distinct value parsed once.

    SQLite returns dates as ISO text, PostgreSQL as ``date``; both become day numbers.
    """

    def __missing__(self, key: Any) -> int | None:
        if key is None:
            value = None
        elif isinstance(key, str):
            value = dt.date.fromisoformat(key[:10]).toordinal()
        else:
            value = key.toordinal()
        self[key] = value
        return value


def fetch_rows(
    session: Session, stmt: Executable, params: dict[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """All rows of ``stmt`` (with the values of its named ``params``) as the driver's plain
    tuples.

    SQLAlchemy's ``Row`` objects cost about a quarter of the query time on 100,000-row
    aggregates; the engine reads columns by position anyway, so it takes the DB-API
    cursor's own ``fetchall()``.
    """
    result = session.connection().execute(stmt, params)  # Core execution: a CursorResult
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class month_of(FunctionElement[str]):
    """A date column's month as "YYYY-MM" text, to group series by month in SQL."""

    type = String()
    inherit_cache = True
    name = "month_of"


@compiles(month_of)
def _month_default(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


# Up to this many ids an IN list binds each id; more go as one value (:class:`in_ids`).
FEW_IDS = 64


class in_ids(ColumnElement[bool]):
    """``column IN (ids)`` with the ids bound as ONE value: SQLite reads them from a JSON
    array (``json_each``), PostgreSQL from an array (``= ANY``).

    An IN list binds one parameter per id, and SQLAlchemy renders each one's name at every
    execution: ~17 µs an id and an occurrence, 0.45 s for the 4,300 accounts a new day
    recomputes at 100,000 accounts in the six aggregates (measured). One value costs
    nothing per id, and has no limit on the number of parameters.
    """

    inherit_cache = False  # the ids are part of the element, not a cacheable parameter
    type = Boolean()
    # A condition in its own right: without this SQLAlchemy wrote "... IN (...) = 1" on
    # SQLite, which no index can serve (SQLite then scanned every row of the table and
    # looked its id up in the list).
    _is_implicitly_boolean = True

    def __init__(self, column: Any, ids: Collection[int]) -> None:
        self.column = column
        self.ids = sorted({int(i) for i in ids})


@compiles(in_ids, "sqlite")
def _in_ids_sqlite(element: in_ids, compiler: SQLCompiler, **kw: Any) -> str:
    ids = compiler.process(bindparam(None, json.dumps(element.ids), type_=String()), **kw)
    column = compiler.process(element.column, **kw)
    return f"{column} IN (SELECT value FROM json_each({ids}))"


@compiles(in_ids)
def _in_ids_default(element: in_ids, compiler: SQLCompiler, **kw: Any) -> str:
    ids = compiler.process(bindparam(None, element.ids, type_=ARRAY(Integer())), **kw)
    return f"{compiler.process(element.column, **kw)} = ANY({ids})"


def among(column: Any, ids: Collection[Any]) -> ColumnElement[bool]:
    """``column IN ids``: a plain IN list for a few ids (or bound stand-ins), else
    :class:`in_ids`."""
    if len(ids) <= FEW_IDS or not all(isinstance(i, int) for i in ids):
        return column.in_(list(ids))  # type: ignore[no-any-return]
    return in_ids(column, ids)


class IndexedBy(Alias):
    """A table read through one index on SQLite (``contacts AS contacts INDEXED BY ix``);
    the plain table elsewhere. Made by :func:`indexed_by`."""

    inherit_cache = True
    _traverse_internals: _TraverseInternalsType = [  # noqa: RUF012 (SQLAlchemy's own idiom)
        *Alias._traverse_internals,
        ("index", InternalTraversal.dp_string),
    ]
    index: str


def indexed_by(table: FromClause, index: str) -> IndexedBy:
    """``table`` read through its covering ``index`` (under the table's own name).

    SQLite looks a row up by id through the table itself (its INTEGER PRIMARY KEY) even
    when an index holds every column a query reads: random look-ups then read the whole
    rows, text and all, a page each. On an encrypted file every page read is decrypted,
    so reading the far smaller index instead is measured in the pass (migration 0021).
    """
    alias = IndexedBy._construct(table, name=getattr(table, "name", None))
    alias.index = index
    return alias


@compiles(IndexedBy, "sqlite")
def _indexed_sqlite(element: IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    text = str(compiler.visit_alias(element, **kw))  # type: ignore[no-untyped-call]
    return f"{text} INDEXED BY {element.index}" if kw.get("asfrom") else text


@compiles(IndexedBy)
def _indexed_default(element: IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.visit_alias(element, **kw))  # type: ignore[no-untyped-call]
