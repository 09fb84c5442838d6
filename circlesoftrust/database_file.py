"""Where the data lives, and what an existing SQLite file holds — standard library only.

Split from :mod:`circlesoftrust.storage` so that the desktop app can find and look into
its database before SQLAlchemy is imported (≈ 0.3 s of start-up; see
:mod:`circlesoftrust.first_look`). ``storage`` builds on these functions.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from circlesoftrust import i18n
from circlesoftrust.errors import DatabaseOpenError
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.live_files import held_by_another_library, read_head, side_file_of
from circlesoftrust.sqlite_format import missing_pages

ENV_VAR = "CIRCLESOFTRUST_DB"
APP_NAME = "circlesoftrust"
# PRAGMA application_id marks our files ("CoT1"); other SQLite files are refused.
APPLICATION_ID = 0x436F5431
SQLITE_HEADER = b"SQLite format 3\x00"
# The schema revisions this version knows, oldest first (tests/unit/test_storage.py checks
# them against Alembic's own list). Opening an up-to-date file then needs no Alembic at
# all: importing it (with mako) cost ~0.3 s of every start-up.
SCHEMA_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
    "0017",
    "0018",
    "0019",
    "0020",
    "0021",
    "0022",
)
# Up to this size a file gets a full `PRAGMA quick_check` on open (~0.1 s); beyond it the
# check reads the whole file (1.5 s at 100k accounts), so open checks the structure only
# (header, size against the page count, schema) and `circlesoftrust check` does the rest.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def refuse_side_file(path: Path, *, opening: bool) -> None:
    """Refuse ``path`` when it names SQLite's side file of an existing database (its
    ``-wal``, ``-shm`` or ``-journal``): opened as a database of its own it would become
    one that SQLite then takes for the real database's log, and a file written under
    that name would replace the log of the real one."""
    base = side_file_of(path)
    if base is None:
        return
    if opening:
        message = _(
            "{path} is a working file SQLite keeps beside the database {name}, not a "
            "database of its own; open {name} instead"
        )
    else:
        message = _(
            "{path} is a working file SQLite keeps beside the database {name}; writing to "
            "it would damage {name}: choose another file name instead"
        )
    raise DatabaseOpenError(message.format(path=path, name=base.name))


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "circlesoftrust.sqlite"


def demo_db_path() -> Path:
    """The demo database lives in its own file, never in the user's real data: one per
    language (``demo.sqlite`` in English, ``demo-nl.sqlite``…), since the example is written
    in the language of the run that creates it (README, Decisions)."""
    return _demo_file(i18n.language())


def demo_db_paths() -> tuple[Path, ...]:
    """The example file of every language (File → Open Recent names each "Example business")."""
    return tuple(_demo_file(lang) for lang in i18n.LANGUAGES)


def _demo_file(lang: str) -> Path:
    name = "demo.sqlite" if lang == i18n.SOURCE_LANGUAGE else f"demo-{lang}.sqlite"
    return user_data_dir() / name


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(SCHEMA_REVISIONS)


def file_is_truncated(path: Path, header: bytes) -> bool:
    """True when some page of the database is on disk nowhere: neither in the main file
    nor in a committed frame of its ``-wal`` (see :mod:`circlesoftrust.sqlite_format`)."""
    return missing_pages(path, header) > 0


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
    if held_by_another_library(path):  # (SQLCipher has it open here: see live_files)
        raise DatabaseOpenError(
            _("{path} is open here as an encrypted database; it is read with its key").format(
                path=path
            )
        )
    flags = "mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        flags += "&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def inspect_sqlite_file(path: Path) -> SqliteInspection:
    """Look at an existing file read-only and refuse what is not a healthy database of ours."""
    if not path.exists() or path.stat().st_size == 0:
        return SqliteInspection(empty=True, revision=None)
    if path.is_dir():
        raise DatabaseOpenError(_("{path} is a folder, not a database file").format(path=path))
    header = read_head(path)  # None: open in this process, so SQLite answers for the file
    short_of_pages = 0
    if header is not None:
        if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
            # (An encrypted file is a whole number of pages: one cut mid-page lands here.)
            raise DatabaseOpenError(
                _(
                    "{path} is not a Circles of Trust database (not a SQLite file, nor a whole "
                    "encrypted one: another program's file, or a copy cut short)"
                ).format(path=path)
            )
        # Pages missing from both the file and its log: SQLite itself has the last word
        # (its quick_check below), never our reading of the format alone.
        short_of_pages = missing_pages(path, header)
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(unreadable_message(path, exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id != APPLICATION_ID:
            if not tables:
                return SqliteInspection(empty=True, revision=None)
            raise DatabaseOpenError(
                _(
                    "{path} is not a Circles of Trust database (it is another program's "
                    "SQLite file)"
                ).format(path=path)
            )
        if short_of_pages or path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check(100)")]
            if problems != ["ok"]:
                raise DatabaseOpenError(damaged_message(path, problems, short_of_pages))
        if "alembic_version" not in tables:
            raise DatabaseOpenError(
                _("{path} is damaged: its schema version is missing").format(path=path)
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if short_of_pages:
            raise DatabaseOpenError(damaged_message(path, [str(exc)], short_of_pages)) from exc
        raise DatabaseOpenError(unreadable_message(path, exc)) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is None and tables - {"alembic_version"}:
        # Tables but no version: upgrading "from scratch" would fail half-way on the first
        # table that exists ("table insights already exists"), a backup made for nothing.
        raise DatabaseOpenError(
            _(
                "{path} is damaged: its schema version is missing (alembic_version is "
                "empty); restore a backup"
            ).format(path=path)
        )
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            _(
                "{path} was written by a newer version of Circles of Trust (schema {revision})"
            ).format(path=path, revision=revision)
        )
    return SqliteInspection(empty=False, revision=revision)


def damaged_message(path: Path, problems: list[str], missing_pages: int = 0) -> str:
    """One line for SQLite's list of problems (it may run to a hundred lines)."""
    lines = [line for p in problems for line in p.splitlines() if line.strip()]
    if missing_pages:
        count = _("the file is truncated: {missing_pages} pages are missing").format(
            missing_pages=missing_pages
        )
    else:
        count = (
            ngettext("{n} problem", "{n} problems", len(lines)).format(n=len(lines))
            if len(lines) < 100
            else _("100 or more problems")
        )
        count += _(", the first: {value}").format(value=lines[0] if lines else _("no answer"))
    return _(
        "{path} is damaged ({count}); `circlesoftrust check --db {path}` "
        "lists them; restore a backup to go on"
    ).format(path=path, count=count)


def unreadable_message(path: Path, exc: sqlite3.Error) -> str:
    """Why SQLite could not read ``path``, told apart: damage, a full disk, a read-only
    folder with an unfinished log, a disk error."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    wal = path.with_name(path.name + "-wal")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged_message(path, [str(exc)])
    if code == sqlite3.SQLITE_FULL or disk_is_full(path.parent):
        return _("the disk holding {path} is full: free some space, then try again").format(
            path=path
        )
    if code in (
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_IOERR,
    ) and not os.access(path.parent, os.W_OK):
        unfinished = (
            _("has unfinished writes in {name}, and ").format(name=wal.name) if wal.exists() else ""
        )
        return _(
            "{path} {unfinished}is in a read-only folder: SQLite needs to "
            "write beside it (its -wal/-shm files) even to read it; nothing "
            "was written — copy it (with any -wal file) to a writable folder "
            "and open the copy"
        ).format(path=path, unfinished=unfinished)
    if code == sqlite3.SQLITE_IOERR:
        return _("{path} cannot be read: the disk or file system reported an error ({exc})").format(
            path=path, exc=exc
        )
    if code == sqlite3.SQLITE_READONLY:
        return _(
            "{path} is read-only here, so nothing was written ({exc}); check "
            "the file's and its folder's permissions"
        ).format(path=path, exc=exc)
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return _(
            "{path} cannot be opened: {exc} (check the file's and its folder's permissions)"
        ).format(path=path, exc=exc)
    return _("{path} cannot be read: {exc}").format(path=path, exc=exc)


def disk_is_full(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"
