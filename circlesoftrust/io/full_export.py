"""The full JSON export: every table, every row, restorable into an empty database.

Shape (``format_version`` 1)::

    {"format": "circlesoftrust-export", "format_version": 1, "schema": "<alembic rev>",
     "exported_at": "2026-06-15T09:00:00+00:00",
     "tables": {"rings": {"columns": ["id", ...], "rows": [[1, ...], ...]}, ...}}

Values are JSON-native: dates and datetimes as ISO strings, enumerations as their stored
string, money in integer cents, booleans as booleans. Ids are kept, so every reference
between rows survives. The whole file is checked before anything is written, and the
restore is one transaction: it either restores everything or nothing.

The export is plain text: anyone who gets the file reads every name. With a password it
is written sealed instead (:func:`circlesoftrust.encryption.seal`: AES-256-GCM under an
Argon2id key, from the maintained ``cryptography`` library), and restoring it needs the
same password.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    Integer,
    String,
    Table,
    delete,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError

from circlesoftrust import formats
from circlesoftrust.database_file import head_revision, known_revisions
from circlesoftrust.errors import ConflictError, CotError
from circlesoftrust.fast_insert import bulk_insert
from circlesoftrust.i18n import _
from circlesoftrust.io.contact_records import ContactFileError
from circlesoftrust.io.files import ExportResult, read_whole_file, write_atomically
from circlesoftrust.live_files import read_unless_in_use
from circlesoftrust.models import Base
from circlesoftrust.plain_text import without_controls
from circlesoftrust.services.invariants import first_problems
from circlesoftrust.services.lookups import log_action
from circlesoftrust.storage import Database
from circlesoftrust.validation import MAX_CENTS

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "RestoreReport", "export_json", "restore_json"]

FORMAT_NAME = "circlesoftrust-export"
FORMAT_VERSION = 1
# Tables a brand-new database already fills (default rings; settings are empty but are
# the user's own). A restore replaces them; any other row means "not empty".
_REPLACED_ON_RESTORE = ("settings", "rings")


@dataclass(frozen=True)
class RestoreReport:
    """What a JSON restore wrote (or, with ``dry_run``, would write)."""

    source: str
    dry_run: bool
    exported_at: str | None
    tables: tuple[tuple[str, int], ...]  # (table, rows) in restore order
    total_rows: int


def _tables() -> list[Table]:
    """Every table in dependency order (a referenced table before the ones that refer)."""
    return list(Base.metadata.sorted_tables)


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def snapshot(db: Database) -> dict[str, Any]:
    """The whole database as the export's JSON-ready dictionary."""
    tables: dict[str, Any] = {}
    with db.engine.connect() as conn:
        for table in _tables():
            columns = [c.name for c in table.columns]
            query = select(table).order_by(*table.primary_key.columns)
            rows = [[_to_json(v) for v in row] for row in conn.execute(query)]
            tables[table.name] = {"columns": columns, "rows": rows}
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema": head_revision(),
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "tables": tables,
    }


def export_json(
    db: Database, path: str | os.PathLike[str], *, password: str | None = None
) -> ExportResult:
    """Write the full export; sealed with ``password`` when one is given."""
    data = snapshot(db)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if password is not None:
        from circlesoftrust.encryption import seal

        text = seal(text, password)
    target = write_atomically(path, text)
    total = sum(len(t["rows"]) for t in data["tables"].values())
    return ExportResult(str(target), "json", total, len(data["tables"]["accounts"]["rows"]))


# ---------------------------------------------------------------------------- restore


class _DryRunDone(Exception):
    """Rolls a dry run's transaction back once every row and rule has been checked."""


def _broken_rules(conn: Connection) -> list[str]:
    problems = []
    if conn.dialect.name == "sqlite":
        problems = [
            _("a row of {table} points at a missing row of {parent}").format(
                table=table, parent=parent
            )
            for table, _rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check")
        ][:1]
    return problems + first_problems(conn)


class _Bad(Exception):
    """A value in the file that does not fit its column (turned into ContactFileError)."""


def _convert(column: Column[Any], value: Any) -> Any:
    """A JSON value -> the Python value the column holds; raises _Bad with the reason."""
    if value is None:
        if not column.nullable:
            raise _Bad(_("is empty but must have a value"))
        return None
    kind = column.type
    if isinstance(kind, Enum):
        allowed = kind.enums
        if not isinstance(value, str) or value not in allowed:
            raise _Bad(
                _("{value!r} is not one of: {items}").format(value=value, items=", ".join(allowed))
            )
        enum_class = kind.enum_class
        return enum_class(value) if enum_class is not None else value
    if isinstance(kind, DateTime):
        if not isinstance(value, str):
            raise _Bad(_("{value!r} is not a date and time").format(value=value))
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise _Bad(_("{value!r} is not a date and time").format(value=value)) from None
    if isinstance(kind, Date):
        if not isinstance(value, str):
            raise _Bad(_("{value!r} is not a date").format(value=value))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _Bad(_("{value!r} is not a date (YYYY-MM-DD)").format(value=value)) from None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _Bad(_("{value!r} is not true or false").format(value=value))
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(_("{value!r} is not a whole number").format(value=value))
        if not -(2**63) <= value < 2**63:
            raise _Bad(_("{value} is too large").format(value=value))
        if column.name.endswith("_cents") and not 0 <= value <= MAX_CENTS:
            raise _Bad(
                _("{value} is not a realistic amount (0 to {n} cents)").format(
                    value=value, n=formats.number(MAX_CENTS)
                )
            )
        return value
    if isinstance(kind, String):  # also Text
        if not isinstance(value, str):
            raise _Bad(_("{value!r} is not text").format(value=value))
        if kind.length is not None and len(value) > kind.length:
            raise _Bad(_("is longer than {length} characters").format(length=kind.length))
        return without_controls(value)  # a NUL would make our own exports unreadable
    raise _Bad(
        _("has a type this version cannot restore ({kind})").format(kind=kind)
    )  # pragma: no cover


def _read(path: Path, password: str | None = None) -> dict[str, Any]:
    source = path.name
    data = read_whole_file(path, source, None, "")
    if not data.strip():
        raise ContactFileError(source, _("the file is empty"))
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ContactFileError(source, _("it is not a JSON export (not UTF-8 text)")) from None
    except RecursionError:
        raise ContactFileError(
            source, _("it is not a JSON export (nested far too deeply)")
        ) from None
    except ValueError as exc:  # also a number too long to read (Python's digit limit)
        if isinstance(exc, json.JSONDecodeError):
            raise ContactFileError(
                source,
                _("it is not valid JSON (line {lineno}, column {colno}: {msg})").format(
                    lineno=exc.lineno, colno=exc.colno, msg=exc.msg
                ),
            ) from None
        raise ContactFileError(
            source, _("it is not a JSON export (a number has far too many digits)")
        ) from None
    parsed = _unsealed(source, parsed, password)
    if not isinstance(parsed, dict) or parsed.get("format") != FORMAT_NAME:
        raise ContactFileError(source, _("it is not a Circles of Trust JSON export"))
    version = parsed.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ContactFileError(source, _("its format_version is missing"))
    if version > FORMAT_VERSION:
        raise ContactFileError(
            source,
            _(
                "it was written by a newer version of Circles of Trust (format "
                "{version}; this version reads up to {FORMAT_VERSION})"
            ).format(version=version, FORMAT_VERSION=FORMAT_VERSION),
        )
    schema = parsed.get("schema")
    if isinstance(schema, str) and schema not in known_revisions():
        raise ContactFileError(
            source,
            _("it was written by a newer version of Circles of Trust (schema {schema})").format(
                schema=schema
            ),
        )
    if not isinstance(parsed.get("tables"), dict):
        raise ContactFileError(source, _("it has no tables"))
    return parsed


def _prepare(
    source: str, tables: dict[str, Any]
) -> list[tuple[Table, list[str], list[tuple[Any, ...]]]]:
    """Check every row of every table; return the rows to insert, in dependency order."""
    known = {t.name: t for t in _tables()}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise ContactFileError(
            source, _("it has tables this version does not know: {unknown}").format(unknown=unknown)
        )
    if "rings" not in tables:
        raise ContactFileError(source, _("it has no rings table (every account needs a ring)"))
    prepared = []
    for table in _tables():
        entry = tables.get(table.name)
        if entry is None:
            continue
        where = f"table {table.name}"
        if not isinstance(entry, dict):
            raise ContactFileError(source, _("{where} is not an object").format(where=where))
        columns, rows = entry.get("columns"), entry.get("rows")
        if not isinstance(columns, list) or not isinstance(rows, list):
            raise ContactFileError(
                source, _("{where} needs a columns list and a rows list").format(where=where)
            )
        extra = [c for c in columns if not isinstance(c, str) or c not in table.columns]
        if extra:
            raise ContactFileError(
                source, _("{where} has unknown columns {extra}").format(where=where, extra=extra)
            )
        if len(set(columns)) != len(columns):
            raise ContactFileError(source, _("{where} names a column twice").format(where=where))
        missing = [
            c.name
            for c in table.columns
            if c.name not in columns and not c.nullable and c.default is None
        ]
        if missing:
            raise ContactFileError(
                source,
                _("{where} lacks required columns {missing}").format(where=where, missing=missing),
            )
        cols: Sequence[Column[Any]] = [table.columns[c] for c in columns]
        converted: list[tuple[Any, ...]] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, list) or len(row) != len(cols):
                raise ContactFileError(
                    source,
                    _("{where}, row {number}: expected {n} values").format(
                        where=where, number=number, n=len(cols)
                    ),
                )
            try:
                converted.append(tuple(_convert(c, v) for c, v in zip(cols, row, strict=True)))
            except _Bad as bad:
                # Find the column again for the message (cheap: only on the error path).
                for c, v in zip(cols, row, strict=True):
                    try:
                        _convert(c, v)
                    except _Bad:
                        raise ContactFileError(
                            source,
                            _("{where}, row {number}, column {name}: {bad}").format(
                                where=where, number=number, name=c.name, bad=bad
                            ),
                        ) from None
                raise  # pragma: no cover
        prepared.append((table, list(columns), converted))
    return prepared


def _not_empty(conn: Connection) -> list[str]:
    """What the database already holds beyond a new database's defaults."""
    found = []
    for table in _tables():
        if table.name in _REPLACED_ON_RESTORE:
            continue
        count = conn.scalar(select(func.count()).select_from(table)) or 0
        if count:
            found.append(f"{formats.number(count)} {table.name.replace('_', ' ')}")
    return found


def _reset_pg_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """Rows came with their ids; move PostgreSQL's id sequences past them."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
            f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"
        )


def _unsealed(source: str, parsed: Any, password: str | None) -> Any:
    """The export inside a sealed (password-protected) file; other files as they are."""
    from circlesoftrust.encryption import SealedFileError, is_sealed, unseal

    if not is_sealed(parsed):
        return parsed
    if not password:
        raise ContactFileError(source, _("it is protected with a password; give the password"))
    try:
        inner = unseal(parsed, password)
    except SealedFileError as exc:
        raise ContactFileError(source, str(exc)) from None
    try:
        return json.loads(inner.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ContactFileError(source, _("it is not a JSON export inside")) from None


def check_export_password(path: str | os.PathLike[str], password: str) -> None:
    """Read the protected export at ``path`` with ``password``; ContactFileError (one line)
    when the password is wrong or the file is not a readable export."""
    _read(Path(path), password)


def is_protected_export(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a password-protected (sealed) export."""
    from circlesoftrust.encryption import SEALED_FORMAT

    head = read_unless_in_use(Path(path), lambda fh: fh.read(64))
    return head is not None and f'"format":"{SEALED_FORMAT}"'.encode() in head


def restore_json(
    db: Database,
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    password: str | None = None,
) -> RestoreReport:
    """Restore a JSON export into an EMPTY database (new file, only default rings).

    Refuses a database that already holds accounts or anything else, so nothing of the
    user's is ever overwritten. Checks the whole file before writing; one transaction.
    A sealed export needs its ``password``.
    """
    file = Path(path)
    parsed = _read(file, password)
    prepared = _prepare(file.name, parsed["tables"])
    exported_at = parsed.get("exported_at") if isinstance(parsed.get("exported_at"), str) else None
    counts = tuple((table.name, len(rows)) for table, _cols, rows in prepared)
    report = RestoreReport(
        source=file.name,
        dry_run=dry_run,
        exported_at=exported_at,
        tables=counts,
        total_rows=sum(n for _t, n in counts),
    )
    try:
        with db.transaction() as session:
            conn = session.connection()
            held = _not_empty(conn)
            if held:
                raise ConflictError(
                    _(
                        "the database is not empty (it holds {items}{value}); a JSON export is "
                        "restored only into a new, empty database — open a new file with --db "
                        "and import there"
                    ).format(
                        items=", ".join(held[:3]), value=_(" and more") if len(held) > 3 else ""
                    )
                )
            for name in _REPLACED_ON_RESTORE:
                conn.execute(delete(Base.metadata.tables[name]))
            for table, columns, rows in prepared:
                bulk_insert(conn, table, columns, rows)
            # The rules `check` applies, before anything is kept (a dry run too): rows that
            # each fit their columns can still break them together.
            broken = _broken_rules(conn)
            if broken:
                raise CotError(
                    _("Cannot restore {name}: {value}{value2}; nothing was written").format(
                        name=file.name,
                        value=broken[0],
                        value2=_(" ({n} more rules broken)").format(n=len(broken) - 1)
                        if len(broken) > 1
                        else "",
                    )
                )
            if dry_run:
                raise _DryRunDone
            if conn.dialect.name == "postgresql":
                _reset_pg_sequences(conn, [t for t, _c, _r in prepared])
            log_action(
                session,
                "restore",
                _("restored {n} rows from the JSON export {name}").format(
                    n=formats.number(report.total_rows), name=file.name
                ),
            )
    except _DryRunDone:
        return report  # checked in full, rolled back
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        # bulk_insert uses the raw DB-API cursor on SQLite: its errors arrive unwrapped.
        orig = exc.orig if isinstance(exc, IntegrityError) else exc
        reason = str(orig).splitlines()[0] if orig else type(exc).__name__
        raise CotError(
            _(
                "Cannot import {name}: its rows break a rule of the data ({reason}); "
                "nothing was written"
            ).format(name=file.name, reason=reason)
        ) from None
    return report
