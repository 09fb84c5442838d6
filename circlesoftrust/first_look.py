"""A quick, read-only first look at a database file: its rings and its account names.

The desktop app paints its window from this look while the database is still being
opened: importing SQLAlchemy and building the models alone costs ≈ 0.35 s, more than
the look itself on a 10,000-account file (≈ 25 ms with the standard library's sqlite3).
The proper :func:`circlesoftrust.storage.open_database` runs right after in the
background; it checks the file in full, and its figures replace the look.

Only an existing SQLite file of ours at the current schema revision gets a first look.
Anything else — a URL, a missing or empty file, another program's file, an older schema
(it needs an upgrade first), a damaged or truncated file — gives ``None``, and the normal
open reports it. The look never writes: the file is opened read-only.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from circlesoftrust.database_file import (
    APPLICATION_ID,
    ENV_VAR,
    SQLITE_HEADER,
    connect_readonly,
    default_db_path,
    file_is_truncated,
    head_revision,
)
from circlesoftrust.encryption import PASSWORD_ENV_VAR, FileKey
from circlesoftrust.errors import CotError
from circlesoftrust.live_files import read_head
from circlesoftrust.records import AccountRow, RingInfo

RINGS_SQL = """
SELECT id, position, name, stage, colour, cadence_days, insight_delay_days, detail_level,
       discussion_open, min_score, customers_only, description
FROM rings ORDER BY position
"""
# The rows of services.accounts.list_account_names, in no particular order: every view
# sorts them anyway, and without the join and ORDER BY the read takes half the time
# (100k accounts: ≈ 90 ms instead of ≈ 160 ms).
ACCOUNTS_SQL = """
SELECT id, name, industry, ring_id FROM accounts WHERE archived_at IS NULL
"""


@dataclass(frozen=True)
class FirstLook:
    """Rings and active accounts of a database file (figures left at 0 / None; the
    accounts in no particular order)."""

    path: Path
    rings: list[RingInfo]
    rows: list[AccountRow]


def local_file(location: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file ``location`` names, resolved like ``storage.resolve_url``
    (``None``: ``$CIRCLESOFTRUST_DB``, else the default file); ``None`` for a URL."""
    raw = str(location) if location is not None else os.environ.get(ENV_VAR) or ""
    if "://" in raw:
        return None
    return Path(raw or default_db_path()).expanduser().resolve()


def first_look(
    location: str | os.PathLike[str] | None, key: FileKey | None = None
) -> FirstLook | None:
    """Rings and account names of an up-to-date database file of ours, else ``None``.

    An encrypted file gets a look only with its ``key`` (known once the password was
    given) or with ``$CIRCLESOFTRUST_PASSWORD``; without either, ``None``.
    """
    if key is not None:
        return _encrypted_look(location, key)
    try:
        path = local_file(location)
        if path is None or not path.is_file() or path.stat().st_size == 0:
            return None
        header = read_head(path)
        if header is None:
            return None  # already open in this process: nothing to look at first
        if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
            password = os.environ.get(PASSWORD_ENV_VAR)
            if not password:
                return None
            from circlesoftrust.encryption import key_for_file

            return _encrypted_look(path, key_for_file(path, password))
        if file_is_truncated(path, header):
            return None
        conn = connect_readonly(path)
        try:
            return _read(conn, path)
        finally:
            conn.close()
    except (OSError, RuntimeError, ValueError, sqlite3.Error, CotError):  # RuntimeError: symlinks
        return None  # the normal open says what is wrong


def _encrypted_look(location: str | os.PathLike[str] | None, key: FileKey) -> FirstLook | None:
    from circlesoftrust import encryption

    unreadable: tuple[type[BaseException], ...] = (
        OSError, RuntimeError, ValueError, CotError, *encryption.driver_errors()
    )  # fmt: skip
    try:
        path = local_file(location)
        if path is None or not path.is_file():
            return None
        conn = encryption.connect(path, key, readonly=True)
        try:
            return _read(conn, path)
        finally:
            conn.close()
    except unreadable:
        return None  # the normal open says what is wrong


def _read(conn: sqlite3.Connection, path: Path) -> FirstLook | None:
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return None
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != head_revision():
        return None
    conn.execute("BEGIN")  # one snapshot for both reads
    rings = [
        RingInfo(
            rid, position, name, stage, colour, cadence, delay, detail,
            bool(discussion), min_score, bool(customers_only), description,
        )
        for (
            rid, position, name, stage, colour, cadence, delay, detail,
            discussion, min_score, customers_only, description,
        ) in conn.execute(RINGS_SQL)
    ]  # fmt: skip
    ring_of = {r.id: (r.position, r.name) for r in rings}
    rows = [
        AccountRow(account_id, name, industry, *ring_of[ring_id], 0, None, 0, False)
        for account_id, name, industry, ring_id in conn.execute(ACCOUNTS_SQL)
        if ring_id in ring_of  # (the services' join leaves out an account without its ring)
    ]
    conn.rollback()
    return FirstLook(path, rings, rows) if rings else None
