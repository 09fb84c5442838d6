"""The rows one action touched, as data: what it changed (:class:`Changes`), the state of
a set of rows at one moment (:class:`RowImage`) and how to take an action back
(:class:`Undo`). :mod:`circlesoftrust.operations` records them; :mod:`circlesoftrust.undo_apply`
writes an image back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Table, select, tuple_
from sqlalchemy.engine import RowMapping

from circlesoftrust.models import ActionLog, Base

T = TypeVar("T")

# Tables an undo never writes: the log of what happened, and data derived by triggers.
UNTRACKED = frozenset(
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


# --- rows of tables -----------------------------------------------------------------------


def tracked_table(name: str) -> Table | None:
    found = Base.metadata.tables.get(name)
    return found if isinstance(found, Table) and name not in UNTRACKED else None


def key_of(table: Table, row: RowMapping) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def values_of(row: RowMapping) -> Values:
    return tuple(sorted((str(k), v) for k, v in row.items()))


def where_keys(table: Table, keys: Iterable[Key]) -> Any:
    cols = list(table.primary_key.columns)
    keys = list(keys)
    if len(cols) == 1:
        return cols[0].in_([k[0] for k in keys])
    return tuple_(*cols).in_(keys)


def read_rows(conn: Connection, table: Table, keys: Iterable[Key]) -> dict[Key, Values]:
    keys = list(keys)
    found: dict[Key, Values] = {}
    # In slices: a bulk import names tens of thousands of rows (SQLite's limit on bound
    # values is 32,766).
    for start in range(0, len(keys), READ_SLICE):
        where = where_keys(table, keys[start : start + READ_SLICE])
        rows = conn.execute(select(table).where(where))
        found.update((key_of(table, r._mapping), values_of(r._mapping)) for r in rows)
    return found


READ_SLICE = 5000


TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def in_table_order(item: tuple[str, Key]) -> tuple[int, str]:
    return (TABLE_ORDER.get(item[0], 0), repr(item[1]))


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
