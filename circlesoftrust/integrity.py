"""`check`: is the database healthy and do the application's own rules hold?

On SQLite the file itself is checked first (``PRAGMA integrity_check``, which also verifies
NOT NULL and CHECK constraints, and ``PRAGMA foreign_key_check``). Then, on every backend,
the invariants the schema alone cannot express: rings form a proper sequence, facts that
name a contact name one of the same account's contacts, complaint status matches its
dates, every account's ring history ends in its current ring, and so on. Each check is
one set-based query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from circlesoftrust.database_file import head_revision
from circlesoftrust.encryption import FileKey
from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _
from circlesoftrust.services.invariants import (
    APP_CHECKS,
    DOUBLE_CHECKS,
    first_problems,
    rule_words,
)
from circlesoftrust.storage import Database, make_engine, resolve_url, sqlite_path, upgrade

MAX_LISTED = 20  # problems listed per check; the count is always complete


@dataclass(frozen=True)
class CheckResult:
    name: str
    description: str
    problems: tuple[str, ...]
    problem_count: int

    @property
    def ok(self) -> bool:
        return self.problem_count == 0


@dataclass(frozen=True)
class CheckReport:
    backend: str
    results: tuple[CheckResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def _result(name: str, description: str, problems: Sequence[str]) -> CheckResult:
    return CheckResult(name, description, tuple(problems[:MAX_LISTED]), len(problems))


# --- SQLite's own checks ----------------------------------------------------------------


def _integrity_check(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
    return [] if [r[0] for r in rows] == ["ok"] else [str(r[0]) for r in rows]


def _foreign_key_check(conn: Connection) -> list[str]:
    return [
        _("{table} row {row} points at a missing row of {parent}").format(
            table=table, row=rowid, parent=parent
        )
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check")
    ]


def run_checks(db: Database) -> CheckReport:
    """Run every check; never raises for what it finds (the report says it)."""
    results: list[CheckResult] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            results.append(
                _result(
                    "sqlite_integrity_check",
                    _("file structure, NOT NULL and CHECK constraints (integrity_check)"),
                    _integrity_check(conn),
                )
            )
            results.append(
                _result(
                    "sqlite_foreign_key_check",
                    _("no row points at a missing row (foreign_key_check)"),
                    _foreign_key_check(conn),
                )
            )
        for name, description, check in (*APP_CHECKS, *DOUBLE_CHECKS):
            results.append(_result(name, rule_words(description), check(conn)))
    return CheckReport(backend=db.engine.dialect.name, results=tuple(results))


def check_candidate(path: Path, key: FileKey | None = None) -> list[str]:
    """The application's rules on a restore candidate (a private copy of a backup): the
    first problem of each rule it breaks. A backup of an older schema is brought up to
    date first (the copy is ours; the database would be upgraded on its next open
    anyway), so that its rules are checked before it replaces anything. An encrypted
    candidate is opened with its ``key``."""
    if sqlite_path(resolve_url(path)) is None:  # pragma: no cover - always a file here
        return []
    engine = make_engine(resolve_url(path), key)
    try:
        with engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if revision != head_revision():
            try:
                upgrade(engine)
            except (SQLAlchemyError, CotError) as exc:  # the schema's own rules refuse it
                reason = getattr(exc, "orig", None) or exc
                return [str(reason).splitlines()[0]]
        with engine.connect() as conn:
            return first_problems(conn)
    finally:
        engine.dispose()


def check_refused_file(db_ref: str | None, refusal: Exception) -> CheckReport:
    """SQLite's own checks of a database file that opening refused as damaged: what
    the one-line "damaged" message points to. Read-only: nothing is written. An
    encrypted file needs its password in ``$CIRCLESOFTRUST_PASSWORD``. Raises
    ``refusal`` again when the file is not one SQLite can check (not a database, the
    wrong password, a PostgreSQL URL) or SQLite finds nothing wrong (then the refusal
    had another reason)."""
    from circlesoftrust import encryption
    from circlesoftrust.database_file import connect_readonly
    from circlesoftrust.live_files import read_head
    from circlesoftrust.sqlite_format import missing_pages

    path = sqlite_path(resolve_url(db_ref))
    if path is None or not path.is_file():
        raise refusal
    errors = encryption.driver_errors()
    unopenable: tuple[type[BaseException], ...] = (*errors, CotError)
    encrypted = encryption.looks_encrypted(path)
    try:
        if encrypted:
            password = encryption.password_from_environment()
            if password is None:
                raise refusal
            key = encryption.key_for_file(path, password)
            conn = encryption.connect(path, key, readonly=True)
        else:
            conn = connect_readonly(path)
    except unopenable:
        raise refusal from None
    try:
        problems = _sqlite_problems(conn, errors)
        if problems is None or problems == ["ok"]:
            raise refusal
        head = read_head(path)
        short = missing_pages(path, head) if head is not None and not encrypted else 0
        if short:  # SQLite says "malformed"; the size against the header says why
            problems.insert(
                0,
                _("the file is truncated: {missing_pages} pages are missing").format(
                    missing_pages=short
                ),
            )
        try:
            broken_links = [
                _("a row of {table} points at a missing row of {parent}").format(
                    table=table, parent=parent
                )
                for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
            ]
        except errors as exc:  # too damaged to follow the links
            broken_links = [str(exc)]
    finally:
        conn.close()
    results = (
        _result(
            "sqlite_integrity_check",
            _("file structure, NOT NULL and CHECK constraints (integrity_check)"),
            problems,
        ),
        _result(
            "sqlite_foreign_key_check",
            _("no row points at a missing row (foreign_key_check)"),
            broken_links,
        ),
    )
    return CheckReport(backend="sqlite", results=results)


def _sqlite_problems(conn: Any, errors: tuple[type[BaseException], ...]) -> list[str] | None:
    """``integrity_check``'s lines; where SQLite gives up on the whole file ("malformed"),
    table by table, to say which are damaged. None: not a database SQLite can check."""

    def lines(sql: str) -> list[str]:
        rows = conn.execute(sql).fetchall()
        return [line for row in rows for line in str(row[0]).splitlines() if line.strip()]

    try:
        return lines("PRAGMA integrity_check(100)")
    except errors as exc:
        if "malformed" not in str(exc):
            return None  # not a database (another program's file, the wrong key)
        whole = str(exc)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    except errors:
        return [whole]  # even the list of tables is damaged
    problems = []
    for table in tables:
        try:
            found = lines(f'PRAGMA integrity_check("{table}")')
        except errors as exc:
            found = [str(exc)]
        problems += [
            _("{table}: {problem}").format(table=table, problem=p) for p in found if p != "ok"
        ]
    return problems or [whole]
