"""Where the data lives and how it is opened.

One place builds the engine from a URL. The default is a SQLite file in the platform's
user-data directory; ``--db PATH_OR_URL`` or ``CIRCLESOFTRUST_DB`` override it. Before
SQLAlchemy touches an existing SQLite file we inspect it read-only, so a file that is not
ours, or is damaged, is reported and left byte-for-byte unchanged. Older files are backed
up with SQLite's online backup API and then upgraded by the Alembic migrations.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from circlesoftrust.errors import DatabaseOpenError

if TYPE_CHECKING:
    from alembic.config import Config

ENV_VAR = "CIRCLESOFTRUST_DB"
APP_NAME = "circlesoftrust"
# PRAGMA application_id marks our files ("CoT1"); other SQLite files are refused.
APPLICATION_ID = 0x436F5431
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The schema revisions this version knows, oldest first (tests/unit/test_storage.py checks
# them against Alembic's own list). Opening an up-to-date file then needs no Alembic at
# all: importing it (with mako) cost ~0.3 s of every start-up.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004")
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


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` beats ``CIRCLESOFTRUST_DB`` beats the platform default."""
    raw = str(db) if db is not None else os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" in raw:
        try:
            return make_url(raw)
        except Exception as exc:  # SQLAlchemy raises ArgumentError with a long text
            raise DatabaseOpenError(f"{raw!r} is not a valid database URL") from exc
    path = Path(raw).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()
    # SQLite's own lower() folds ASCII only ("Élan" stays "Élan"), so case-insensitive
    # lookups and uniqueness checks would miss accented names that PostgreSQL finds.
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open, up-to-date database. Services take it as their first argument."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(SCHEMA_REVISIONS)


def _truncated(path: Path, header: bytes) -> bool:
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
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DatabaseOpenError(f"{path} is not a Circles of Trust database (not a SQLite file)")
    if _truncated(path, header):
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


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (safe while it is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    src = sqlite3.connect(source)  # read-write but never writes: no stray -wal/-shm files
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)  # never leave a half-written backup under the real name
    return target


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def open_database(db: str | os.PathLike[str] | URL | None = None) -> Database:
    """Open (creating or upgrading as needed) the database ``db`` points at."""
    url = db if isinstance(db, URL) else resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        info = inspect_sqlite_file(path)
        if not info.empty and info.revision != head_revision():
            # Imported here: the backup module builds on this one.
            from circlesoftrust.backup import make_automatic_backup

            make_automatic_backup(path, "before-upgrade")  # rotated like every automatic one
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine_for(url)
    if path is not None and not info.empty and info.revision == head_revision():
        # Up to date and already inspected: no migration to run, no Alembic to import.
        return Database(
            url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False)
        )
    try:
        upgrade(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        orig = getattr(exc, "orig", None)
        reason = str(orig) if orig is not None else type(exc).__name__
        raise DatabaseOpenError(f"cannot open {url.render_as_string()}: {reason}") from exc
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _engine_for(url: URL) -> Engine:
    shown = url.render_as_string(hide_password=True)
    try:
        return make_engine(url)
    except ImportError as exc:  # the driver is not installed
        hint = " (pip install 'circlesoftrust[postgres]')" if "postgres" in url.drivername else ""
        raise DatabaseOpenError(f"cannot open {shown}: missing driver {exc.name}{hint}") from exc
    except ArgumentError as exc:  # an unknown dialect or a malformed URL
        raise DatabaseOpenError(f"{shown!r} is not a valid database URL: {exc}") from exc


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.begin() as conn:
        if engine.dialect.name != "sqlite":
            existing = MigrationContext.configure(conn).get_current_revision()
            if existing is None and _has_foreign_tables(conn):
                raise DatabaseOpenError(
                    "the database is not empty and is not a Circles of Trust database"
                )
        command.upgrade(_alembic_config(conn), revision)
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _has_foreign_tables(conn: Any) -> bool:
    from sqlalchemy import inspect

    return bool(set(inspect(conn).get_table_names()) - {"alembic_version"})
