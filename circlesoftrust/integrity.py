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
