"""Where the data lives and how it is opened.

One place builds the engine from a URL. The default is a SQLite file in the platform's
user-data directory; ``--db PATH_OR_URL`` or ``CIRCLESOFTRUST_DB`` override it. Before
SQLAlchemy touches an existing SQLite file we inspect it read-only, so a file that is not
ours, or is damaged, is reported and left byte-for-byte unchanged. Older files are backed
up with SQLite's online backup API and then upgraded by the Alembic migrations.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from circlesoftrust import database_file, live_files
from circlesoftrust.backup import make_automatic_backup, remove_stale_partials
from circlesoftrust.database_file import (
    APPLICATION_ID,
    ENV_VAR,
    SqliteInspection,
    damaged_message,
    default_db_path,
    head_revision,
    inspect_sqlite_file,
)
from circlesoftrust.encryption import FileKey
from circlesoftrust.errors import ConflictError, DatabaseOpenError
from circlesoftrust.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db`` beats ``CIRCLESOFTRUST_DB`` beats the platform default."""
    raw = str(db) if db is not None else os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" in raw:
        try:
            url = make_url(raw)
        except Exception as exc:  # SQLAlchemy raises ArgumentError with a long text
            shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)  # never the password
            raise DatabaseOpenError(
                _("{raw!r} is not a valid database URL").format(raw=shown)
            ) from exc
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            # (three slashes name a file in the working folder: SQLite's own reading; made
            # absolute so that every file operation beside SQLite finds the same file)
            url = url.set(database=str(Path(url.database).expanduser().resolve()))
        return url
    path = Path(raw).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_encrypted_url(url: URL) -> bool:
    """``sqlite+pysqlcipher://:PASSWORD@/path``: an encrypted file, its password inline."""
    return url.drivername == "sqlite+pysqlcipher"


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
    # Rows an INSERT OR REPLACE removes fire the DELETE triggers too (the engine's fact
    # summary forgets their accounts); no trigger of ours writes where it would recurse.
    cur.execute("PRAGMA recursive_triggers=ON")
    cur.close()
    # SQLite's own lower() folds ASCII only ("Élan" stays "Élan"), so case-insensitive
    # lookups and uniqueness checks would miss accented names that PostgreSQL finds.
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _track_live_file(url: URL, engine: Engine, *setups: Callable[[Any, Any], None]) -> None:
    """Record each connection's file as live while it is open (see ``live_files``), then
    run ``setups`` (the pragmas) on it. A connection whose setup fails (a full disk, a
    read-only folder, a wrong key) is closed and forgotten at once: the pool drops it
    without a close event, and the file stayed "open" in this process for good."""
    path = sqlite_path(url)
    if path is None:
        return

    def opened(dbapi_conn: Any, record: Any) -> None:
        live_files.connection_opened(dbapi_conn, path)
        try:
            for setup in setups:
                setup(dbapi_conn, record)
        except BaseException:
            live_files.connection_closed(dbapi_conn)
            with contextlib.suppress(Exception):
                dbapi_conn.close()
            raise

    def closed(dbapi_conn: Any, *_args: Any) -> None:
        live_files.connection_closed(dbapi_conn)

    # Before the pragmas: recorded before the connection's first statement takes a lock.
    event.listen(engine, "connect", opened)
    event.listen(engine, "close", closed)
    event.listen(engine, "close_detached", closed)


def make_engine(url: URL, key: FileKey | None = None) -> Engine:
    """An engine with our pragmas. An encrypted file (``key``, or a ``sqlite+pysqlcipher``
    URL whose password is stretched here) is keyed before anything reads it."""
    if is_encrypted_url(url) and key is None:
        key = _key_from_url(url)
    if key is not None:
        return _encrypted_engine(url, key)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _track_live_file(url, engine, _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _key_from_url(url: URL) -> FileKey:
    from circlesoftrust import encryption

    path = sqlite_path(url)
    password = url.password
    if path is None or not password:
        raise DatabaseOpenError(_("an encrypted database needs a file name and a password"))
    if path.exists() and path.stat().st_size > 0:
        return encryption.key_for_file(path, str(password))
    return encryption.new_key(str(password))


def _encrypted_engine(url: URL, key: FileKey) -> Engine:
    from sqlalchemy.pool import QueuePool

    from circlesoftrust import encryption

    path = sqlite_path(url)
    if path is None:
        raise DatabaseOpenError(_("an encrypted database is a file: give its path"))
    sqlcipher = encryption.driver()
    encryption.quiet(sqlcipher)
    # The dialect keys each new connection first (`PRAGMA key` with the raw key), then
    # our pragmas run. A pool like plain SQLite's (the dialect's default keeps one
    # connection per thread open for ever).
    keyed = URL.create(
        "sqlite+pysqlcipher",
        password=key.pragma_value(),
        database=str(path),
        query={"cipher_page_size": str(encryption.CIPHER_PAGE_SIZE)},
    )
    engine = create_engine(
        keyed,
        module=sqlcipher,
        poolclass=QueuePool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    def page_hmac(dbapi_conn: Any, _record: Any) -> None:
        # After the dialect's `PRAGMA key`, before the pragmas below read the file.
        encryption.apply_hmac(dbapi_conn, key)

    _track_live_file(keyed, engine, page_hmac, _set_sqlite_pragmas, _set_encrypted_cache)
    return engine


def _set_encrypted_cache(dbapi_conn: Any, _record: Any) -> None:
    from circlesoftrust.encryption import ENCRYPTED_CACHE_MIB

    dbapi_conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_MIB * 1024}")  # KiB


@dataclass
class Database:
    """An open, up-to-date database. Services take it as their first argument."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # The raw key of an encrypted file (backups are encrypted with it); None when plain.
    key: FileKey | None = None
    # Who is working (a users.login): ``--user`` / CIRCLESOFTRUST_USER, else the OS user
    # (SQLite) or the database role (PostgreSQL); see circlesoftrust.team.
    user: str | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Session]:
        """One user action = one transaction: committed on success, rolled back on error.

        ``write=True`` for an action that reads and then writes what it read: on SQLite
        it starts with ``BEGIN IMMEDIATE``, so its reads already hold the write lock and
        no other writer can commit between them and its writes (two such actions run one
        after the other; the second waits up to the busy timeout). On PostgreSQL the
        action locks the rows it decides on itself (``SELECT ... FOR UPDATE``).
        A row saved over a newer version of itself (SQLAlchemy's version check) is
        refused with a ConflictError; nothing is written.
        """
        try:
            with self.sessions.begin() as session:
                session.info["login"] = self.user
                if write and self.is_sqlite:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
        except StaleDataError as exc:
            raise ConflictError(
                _(
                    "someone else changed this record while you saved it; nothing was "
                    "saved — reload and try again"
                )
            ) from exc

    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        # A connection a worker still holds (the window closing during a read) is closed
        # when it comes back, not left to the garbage collector: on PostgreSQL it stayed
        # open on the server, on SQLite its file stayed live (live_files) until then.
        event.listen(self.engine, "checkin", _close_on_return)
        self.engine.dispose()


def _close_on_return(_dbapi_connection: Any, record: Any) -> None:
    record.invalidate()


def _alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def open_database(
    db: str | os.PathLike[str] | URL | None = None,
    *,
    password: str | None = None,
    user: str | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the database ``db`` points at.

    An encrypted file needs its password: ``password``, the one in a
    ``sqlite+pysqlcipher://:PASSWORD@/path`` URL, else ``$CIRCLESOFTRUST_PASSWORD``
    (:class:`~circlesoftrust.encryption.PasswordNeededError` when there is none; a wrong
    one raises :class:`~circlesoftrust.encryption.WrongPasswordError`, the file untouched).
    A new or empty file opened with a password is created encrypted. ``user`` names who
    works on it (default: CIRCLESOFTRUST_USER, the OS user or the role).
    """
    url = db if isinstance(db, URL) else resolve_url(db)
    path = sqlite_path(url)
    key: FileKey | None = None
    if path is not None:
        database_file.refuse_side_file(path, opening=True)
        key, info = _inspect(url, path, password)
        for folder in (path.parent, database_file.backups_dir(path)):
            remove_stale_partials(folder)  # left by a copy, restore or conversion killed
        if not info.empty and info.revision != head_revision():
            make_automatic_backup(path, "before-upgrade", key=key)  # rotated like all
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = _engine_for(url, key)
    if path is not None and not info.empty and info.revision == head_revision():
        # Up to date and already inspected: no migration to run, no Alembic to import.
        return _database(url, engine, key, user)
    try:
        upgrade(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        orig = getattr(exc, "orig", None)
        reason = str(orig) if orig is not None else type(exc).__name__
        reason = " ".join(reason.split())  # one line (libpq adds "\n\tIs the server running…")
        raise DatabaseOpenError(
            _("cannot open {render_as_string}: {reason}").format(
                render_as_string=url.render_as_string(), reason=reason
            )
        ) from exc
    return _database(url, engine, key, user)


def _database(url: URL, engine: Engine, key: FileKey | None, user: str | None) -> Database:
    path = sqlite_path(url)
    if path is not None:
        from circlesoftrust import encryption

        # Also a plain open: a file decrypted since must not keep its old key here.
        encryption.remember_key(path, key)
        if path.exists() and path.stat().st_size > database_file.QUICK_CHECK_MAX_BYTES:
            _guard_writes(engine, path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions, key=key, user=user)


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class _WriteGuard:
    """SQLite's ``quick_check`` before the first write, for a file too big to check at
    every open (see ``QUICK_CHECK_MAX_BYTES``): ≈ 1.5 s at 100,000 accounts, once per
    process, on the connection about to write (or ahead of it: :func:`check_before_writes`).
    A damaged file then refuses every write with the one-line damaged message while reads
    go on, so the user can still look, export what is readable and restore a backup.
    Without it a write that touched only healthy pages went into a damaged file (issue 12).
    """

    def __init__(self, path: Path) -> None:
        import threading

        self.path = path
        self._lock = threading.Lock()
        self._problems: list[str] | None = None  # None: not checked yet; ["ok"]: healthy

    def check(self, dbapi_connection: Any) -> None:
        """Check once (the first caller does it); raise if the file is damaged."""
        if self._problems is None:
            with self._lock:
                if self._problems is None:
                    try:
                        found = dbapi_connection.execute("PRAGMA quick_check(100)").fetchall()
                        self._problems = [str(row[0]) for row in found]
                    except Exception as exc:  # too damaged to list its problems
                        if type(exc).__name__ != "DatabaseError":  # (sqlite3 or sqlcipher3)
                            raise
                        self._problems = [str(exc)]
        if self._problems != ["ok"]:
            raise DatabaseOpenError(damaged_message(self.path, self._problems, 0))

    def before_cursor_execute(
        self, _conn: Any, cursor: Any, statement: str, *_args: Any, **_kwargs: Any
    ) -> None:
        if self._problems == ["ok"] or not statement.lstrip()[:7].upper().startswith(_WRITES):
            return
        self.check(cursor.connection)


_GUARDS: weakref.WeakKeyDictionary[Engine, _WriteGuard] = weakref.WeakKeyDictionary()


def _guard_writes(engine: Engine, path: Path) -> None:
    guard = _WriteGuard(path)
    _GUARDS[engine] = guard
    event.listen(engine, "before_cursor_execute", guard.before_cursor_execute)


def check_before_writes(db: Database) -> None:
    """Run the big file's check now (the window does it right after opening, so the first
    save does not wait for it); raises :class:`DatabaseOpenError` if it is damaged. Does
    nothing for a file checked at open, or for PostgreSQL."""
    guard = _GUARDS.get(db.engine)
    if guard is None:
        return
    with db.engine.connect() as conn:
        guard.check(conn.connection.driver_connection)


def _inspect(url: URL, path: Path, password: str | None) -> tuple[FileKey | None, SqliteInspection]:
    """The key (None: plain) and what the existing file at ``path`` holds, read-only."""
    from circlesoftrust import encryption

    if is_encrypted_url(url):
        password = password or (str(url.password) if url.password else None)
    if encryption.looks_encrypted(path):
        key = encryption.open_key(path, password)
        return key, encryption.inspect_encrypted_file(path, key)
    info = inspect_sqlite_file(path)
    if not info.empty and is_encrypted_url(url):
        raise DatabaseOpenError(
            _("{path} is not encrypted (encrypt it with `circlesoftrust encrypt`)").format(
                path=path
            )
        )
    if info.empty and (password or is_encrypted_url(url)):
        if not password:
            raise encryption.PasswordNeededError(
                _("{path}: a new encrypted file needs a password").format(path=path)
            )
        if path.exists() and path.stat().st_size > 0:
            # A plain SQLite file without our tables: converted by `encrypt`, not here.
            raise DatabaseOpenError(
                _("{path} is a plain SQLite file; it cannot be opened encrypted").format(path=path)
            )
        return encryption.new_key(password), info
    return None, info


def _engine_for(url: URL, key: FileKey | None) -> Engine:
    shown = url.render_as_string(hide_password=True)
    try:
        return make_engine(url, key)
    except ImportError as exc:  # the driver is not installed
        hint = " (pip install 'circlesoftrust[postgres]')" if "postgres" in url.drivername else ""
        raise DatabaseOpenError(
            _("cannot open {shown}: missing driver {name}{hint}").format(
                shown=shown, name=exc.name, hint=hint
            )
        ) from exc
    except ArgumentError as exc:  # an unknown dialect or a malformed URL
        raise DatabaseOpenError(
            _("{shown!r} is not a valid database URL: {exc}").format(shown=shown, exc=exc)
        ) from exc


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            # Python's sqlite3 starts no transaction before CREATE/ALTER/DROP, so each
            # would commit on its own: a kill in the middle of the migrations left half a
            # schema (a new file refused as "another program's", an upgrade that fails on
            # "table ... already exists"). One explicit transaction makes them all or none.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        existing = MigrationContext.configure(conn).get_current_revision()
        if engine.dialect.name != "sqlite" and existing is None and _has_foreign_tables(conn):
            raise DatabaseOpenError(
                _("the database is not empty and is not a Circles of Trust database")
            )
        command.upgrade(_alembic_config(conn), revision)
        if existing is None and revision == "head":
            _name_default_rings(conn)
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _name_default_rings(conn: Any) -> None:
    """A new database's default rings take their names and descriptions in the user's
    language (the migrations create them in English); from then on they are data."""
    from sqlalchemy import text

    from circlesoftrust.models import DEFAULT_RINGS

    for ring in DEFAULT_RINGS:
        name, description = str(ring["name"]), str(ring["description"])
        if (_(name), _(description)) == (name, description):
            continue
        conn.execute(
            text(
                "UPDATE rings SET name = :new_name, description = :new_description "
                "WHERE position = :position AND name = :name"
            ),
            {
                "new_name": _(name),
                "new_description": _(description),
                "position": ring["position"],
                "name": name,
            },
        )


def _has_foreign_tables(conn: Any) -> bool:
    from sqlalchemy import inspect

    return bool(set(inspect(conn).get_table_names()) - {"alembic_version"})
