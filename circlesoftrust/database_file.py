"""Where the data lives, and what an existing SQLite file holds — standard library only.

Split from :mod:`circlesoftrust.storage` so that the desktop app can find and look into
its database before SQLAlchemy is imported (≈ 0.3 s of start-up; see
:mod:`circlesoftrust.first_look`). ``storage`` builds on these functions.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from circlesoftrust.errors import DatabaseOpenError
from circlesoftrust.live_files import read_head

ENV_VAR = "CIRCLESOFTRUST_DB"
APP_NAME = "circlesoftrust"
# PRAGMA application_id marks our files ("CoT1"); other SQLite files are refused.
APPLICATION_ID = 0x436F5431
SQLITE_HEADER = b"SQLite format 3\x00"
# The schema revisions this version knows, oldest first (tests/unit/test_storage.py checks
# them against Alembic's own list). Opening an up-to-date file then needs no Alembic at
# all: importing it (with mako) cost ~0.3 s of every start-up.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
# Up to this size a file gets a full `PRAGMA quick_check` on open (~0.1 s); beyond it the
# check reads the whole file (1.5 s at 100k accounts), so open checks the structure only
# (header, size against the page count, schema) and `circlesoftrust check` does the rest.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "circlesoftrust.sqlite"


def demo_db_path() -> Path:
    """The demo database lives in its own file, never in the user's real data."""
    return user_data_dir() / "demo.sqlite"


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(SCHEMA_REVISIONS)


def file_is_truncated(path: Path, header: bytes) -> bool:
    """True when the file is shorter than the page count its own header records."""
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = header[24:28]
    page_count = int.from_bytes(header[28:32], "big")
    if header[92:96] != change_counter or page_count == 0:
        return False  # the in-header size is not valid (written by an old SQLite)
    return path.stat().st_size < page_size * page_count


@dataclass(frozen=True)
class SqliteInspection:
    empty: bool
    revision: str | None


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no ``-wal``/``-shm`` files behind.

    A read-only connection to a WAL database creates those side files and cannot remove
    them. When no ``-wal`` file exists the database was closed cleanly and its main file
    cannot change until a writer has first filled a new log, so it is read as immutable.
    """
    flags = "mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        flags += "&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def inspect_sqlite_file(path: Path) -> SqliteInspection:
    """Look at an existing file read-only and refuse what is not a healthy database of ours."""
    if not path.exists() or path.stat().st_size == 0:
        return SqliteInspection(empty=True, revision=None)
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file")
    header = read_head(path)  # None: open in this process, so SQLite answers for the file
    if header is not None:
        if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
            raise DatabaseOpenError(
                f"{path} is not a Circles of Trust database (not a SQLite file)"
            )
        if file_is_truncated(path, header):
            raise DatabaseOpenError(f"{path} is damaged: the file is truncated")
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(f"{path} cannot be opened: {exc}") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id != APPLICATION_ID:
            if not tables:
                return SqliteInspection(empty=True, revision=None)
            raise DatabaseOpenError(
                f"{path} is not a Circles of Trust database (it is another program's SQLite file)"
            )
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise DatabaseOpenError(f"{path} is damaged: {check[0][0]}")
        if "alembic_version" not in tables:
            raise DatabaseOpenError(f"{path} is damaged: its schema version is missing")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"{path} is damaged or truncated: {exc}") from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            f"{path} was written by a newer version of Circles of Trust (schema {revision})"
        )
    return SqliteInspection(empty=False, revision=revision)


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"
