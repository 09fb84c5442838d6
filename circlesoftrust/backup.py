"""Backups of a SQLite database file: on demand, automatic with rotation, verify, restore.

Every copy is made with SQLite's online backup API, so it is consistent even while the app
has the database open. A copy is first written under a temporary name and only then
renamed (``os.replace``), so no file ever exists half-written under its real name.

Automatic backups go to ``<database folder>/backups/`` and are named
``<stem>-<kind>-<YYYYmmdd-HHMMSS>.sqlite``; only the newest ``backup.keep`` (a setting,
default 10) of each kind are kept. PostgreSQL databases are backed up with the server's
own tools (``pg_dump``), not here.

A backup of an encrypted database is encrypted with the same key (SQLCipher's backup
API copies the pages between two connections keyed alike); restoring an encrypted backup
needs that backup's password.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from circlesoftrust import encryption, live_files
from circlesoftrust.database_file import (
    APPLICATION_ID,
    SQLITE_HEADER,
    backups_dir,
    connect_readonly,
    inspect_sqlite_file,
    known_revisions,
    refuse_side_file,
    unreadable_message,
)
from circlesoftrust.encryption import FileKey
from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _

KINDS = ("before-upgrade", "before-import", "daily-on-first-start", "before-restore")
DEFAULT_KEEP = 10
KEEP_SETTING = "backup.keep"
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(CotError):
    """A backup cannot be made, verified or restored; the database was not changed."""


class DamagedSourceError(BackupError):
    """The database to copy is damaged: its copy fails SQLite's check (nothing replaced)."""


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup file."""

    path: Path
    revision: str
    accounts: int
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    revision: str
    accounts: int
    # The file that was replaced, kept as a "before-restore" backup (None if there was none).
    previous_kept_as: Path | None


# --- making copies -----------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # directories cannot be opened for fsync on Windows
        return
    _fsync(path)


def _connect(path: Path, key: FileKey | None, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-write connection: the standard library's for a plain file, SQLCipher's
    (keyed) for an encrypted one (its connection class offers the same methods)."""
    if key is None:
        return sqlite3.connect(path, timeout=timeout)
    conn: sqlite3.Connection = encryption.connect(path, key, timeout=timeout)
    return conn


def _key_of(path: Path, key: FileKey | None) -> FileKey | None:
    """The key to use for the file at ``path``: the one given, else the one this process
    opened it with; a plain file needs none."""
    if key is not None or not encryption.looks_encrypted(path):
        return key
    known = encryption.known_key(path)
    if known is None:
        raise BackupError(_("{path} is encrypted: its password is needed").format(path=path))
    return known


def _copy_with_backup_api(
    source: Path, target: Path, key: FileKey | None = None, *, full_check: bool = False
) -> None:
    """Write a consistent copy of ``source`` to ``target``: a temporary name, a check of
    the copy, fsync, then a rename. A copy that fails the check never replaces anything
    (a damaged database must not push a good backup out); ``full_check`` runs SQLite's
    ``integrity_check`` (also CHECK constraints and index contents), else ``quick_check``.

    With ``key`` the source is encrypted and the copy is encrypted with the same key.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target.parent)
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    errors = encryption.driver_errors() if key is not None else (sqlite3.Error,)
    try:
        # Read-write (it never writes): it takes part in locking like the app does, and
        # as the last connection it tidies the -wal/-shm files away when it closes.
        src = _connect(source, key)
        try:
            dst = _connect(tmp, key)
            try:
                src.backup(dst)
                # A backup is one self-contained file: no -wal next to it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problem = _first_problem(tmp, full_check, key)
        if problem is not None:
            kept = (
                _("; {target} was left as it was").format(target=target) if target.exists() else ""
            )
            raise DamagedSourceError(
                _(
                    "{source} is damaged ({problem}), so no backup was made{kept}; "
                    "`circlesoftrust check --db {source}` lists the problems"
                ).format(source=source, problem=problem, kept=kept)
            )
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except errors as exc:
        tmp.unlink(missing_ok=True)
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
            raise BackupError(
                _("the disk is full: no backup was made in {parent}; free some space").format(
                    parent=target.parent
                )
            ) from exc
        if isinstance(exc, sqlite3.Error) and not os.access(source.parent, os.W_OK):
            # SQLite could not open the source (a read-only folder): say why in words
            raise BackupError(unreadable_message(source, exc)) from exc
        raise BackupError(_("cannot copy {source}: {exc}").format(source=source, exc=exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise BackupError(
                _("the disk is full: no backup was made in {parent}; free some space").format(
                    parent=target.parent
                )
            ) from exc
        raise BackupError(
            _("cannot write {target}: {value}").format(target=target, value=exc.strerror or exc)
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _first_problem(copy: Path, full_check: bool, key: FileKey | None = None) -> str | None:
    """SQLite's first complaint about a fresh copy (None: healthy)."""
    pragma = "integrity_check(1)" if full_check else "quick_check(1)"
    conn = connect_readonly(copy) if key is None else encryption.connect(copy, key, readonly=True)
    try:
        row = conn.execute(f"PRAGMA {pragma}").fetchone()
    except encryption.driver_errors() as exc:
        return str(exc)
    finally:
        conn.close()
    if row is not None and row[0] == "ok":
        return None
    return str(row[0]).splitlines()[0] if row else "no answer"


# Temporary files an interrupted backup or restore leaves behind; one untouched for this
# long is nobody's work in progress (a 100k-account copy takes seconds).
STALE_PARTIAL_SECONDS = 3600


_STAGED_ENDINGS = tuple(
    f".{kind}{side}"
    for kind in ("partial", "restoring", "converting")
    for side in ("", "-journal", "-wal", "-shm")
)


def remove_stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete the hidden ``.*.partial`` / ``.*.restoring`` / ``.*.converting`` files (and
    their SQLite side files) of interrupted copies, restores and conversions: full-size
    copies of the database (a killed decrypt's is plain text)."""
    if not folder.is_dir():
        return []
    moment = now if now is not None else time.time()
    removed = []
    for entry in folder.iterdir():
        if not entry.name.startswith(".") or not entry.name.endswith(_STAGED_ENDINGS):
            continue
        try:
            if moment - entry.stat().st_mtime > STALE_PARTIAL_SECONDS and entry.is_file():
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue  # gone meanwhile, or not ours to delete
    return removed


class OpenDatabase(Protocol):
    """What a backup needs of an open :class:`circlesoftrust.storage.Database`: its file.

    A protocol, not the class: storage sits above this module (it backs a file up before
    an upgrade), so this module does not import it.
    """

    @property
    def path(self) -> Path | None: ...

    # The raw key of an encrypted database (None when plain).
    key: FileKey | None


def _source_path(db_or_path: OpenDatabase | str | os.PathLike[str]) -> Path:
    if isinstance(db_or_path, str | os.PathLike):
        return Path(db_or_path).expanduser().resolve()
    if db_or_path.path is None:
        raise BackupError(
            _("backups work on SQLite files; back up a PostgreSQL database with pg_dump")
        )
    return db_or_path.path


def backup_to(
    db_or_path: OpenDatabase | str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    key: FileKey | None = None,
) -> BackupInfo:
    """Copy the database to ``target`` and verify the copy. Returns what was written.

    An encrypted database (``key``, the open ``Database``'s key, or the key this process
    opened the file with) gives an encrypted copy.
    """
    source = _source_path(db_or_path)
    if key is None and not isinstance(db_or_path, str | os.PathLike):
        key = db_or_path.key
    destination = Path(target).expanduser().resolve()
    if not source.exists() or source.stat().st_size == 0:
        raise BackupError(
            _("{source} does not exist or is empty: nothing to back up").format(source=source)
        )
    if destination == source:
        raise BackupError(_("the backup file must not be the database itself"))
    refuse_side_file(destination, opening=False)
    for side in _sidecars(destination)[::2]:  # its -wal, its -journal
        if side.exists():
            # The log belongs to the file it would replace: SQLite would replay it onto
            # the copy (a mix of two databases), and the rows only in the log would go.
            raise BackupError(
                _(
                    "{destination} is open in a program, or was not closed cleanly ({side} "
                    "is beside it); close it, or open it once and close it, or choose "
                    "another name"
                ).format(destination=destination, side=side.name)
            )
    if destination.is_dir():
        raise BackupError(
            _("{destination} is a folder; give a file name for the backup").format(
                destination=destination
            )
        )
    if destination.exists() and not overwrite:
        raise BackupError(
            _("{destination} already exists; choose another name").format(destination=destination)
        )
    key = _key_of(source, key)
    try:
        # Refuses files that are not ours or are damaged.
        if key is None:
            inspect_sqlite_file(source)
        else:
            encryption.inspect_encrypted_file(source, key)
    except CotError as exc:
        raise BackupError(str(exc)) from exc
    _copy_with_backup_api(source, destination, key, full_check=True)  # checked first
    return verify_backup(destination, key=key)


# --- automatic backups with rotation -----------------------------------------------------


def keep_count(path: Path, key: FileKey | None = None) -> int:
    """How many automatic backups of each kind to keep: setting ``backup.keep``, else 10."""
    errors = encryption.driver_errors()
    unopenable: tuple[type[BaseException], ...] = (*errors, CotError)
    try:
        conn = (
            connect_readonly(path) if key is None else encryption.connect(path, key, readonly=True)
        )
    except unopenable:
        return DEFAULT_KEEP
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,)).fetchone()
    except errors:  # an older schema without the settings table
        return DEFAULT_KEEP
    finally:
        conn.close()
    if row is None:
        return DEFAULT_KEEP
    try:
        value = json.loads(row[0])
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return DEFAULT_KEEP
    return value


def _pattern(stem: str, kind: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-{re.escape(kind)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.sqlite$"
    )


def automatic_backups(path: Path, kind: str) -> list[Path]:
    """The automatic backups of one kind for the database at ``path``, oldest first."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return []
    pattern = _pattern(path.stem, kind)
    found: list[tuple[str, int, Path]] = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            found.append((match.group(1), int(match.group(2) or 0), entry))
    return [p for _stamp, _n, p in sorted(found)]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r} (kinds: {', '.join(KINDS)})")


def make_automatic_backup(
    path: str | os.PathLike[str],
    kind: str,
    *,
    now: dt.datetime | None = None,
    key: FileKey | None = None,
) -> Path | None:
    """Back up the SQLite file at ``path`` into its backups folder and rotate that kind.

    Returns the new file, or None when there is nothing to back up (no file, or empty).
    An encrypted file's backup is encrypted with ``key`` (default: the key this process
    opened it with).
    """
    _check_kind(kind)
    source = Path(path).expanduser().resolve()
    if not source.exists() or source.stat().st_size == 0:
        return None
    key = _key_of(source, key)
    moment = now or dt.datetime.now()
    folder = backups_dir(source)
    base = f"{source.stem}-{kind}-{moment.strftime(_STAMP)}"
    target = folder / f"{base}.sqlite"
    counter = 1
    while target.exists():  # two backups of one kind within a second
        counter += 1
        target = folder / f"{base}-{counter}.sqlite"
    _copy_with_backup_api(source, target, key)
    rotate(source, kind, key=key)
    return target


def rotate(
    path: Path, kind: str, keep: int | None = None, *, key: FileKey | None = None
) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``kind``; returns the deleted."""
    _check_kind(kind)
    limit = keep if keep is not None else keep_count(path, key)
    existing = automatic_backups(path, kind)
    doomed = existing[:-limit] if limit > 0 else existing
    for old in doomed:
        old.unlink(missing_ok=True)
    return doomed


def daily_backup_if_due(
    path: str | os.PathLike[str], *, now: dt.datetime | None = None, key: FileKey | None = None
) -> Path | None:
    """The first start of a day backs the database up once ("daily-on-first-start")."""
    source = Path(path).expanduser().resolve()
    moment = now or dt.datetime.now()
    today = moment.strftime("%Y%m%d")
    for previous in automatic_backups(source, "daily-on-first-start"):
        match = _pattern(source.stem, "daily-on-first-start").match(previous.name)
        if match and match.group(1).startswith(today):
            return None
    return make_automatic_backup(source, "daily-on-first-start", now=moment, key=key)


# --- verify and restore --------------------------------------------------------------------


def is_encrypted_backup(file: str | os.PathLike[str]) -> bool:
    """True when ``file`` looks like an encrypted database (its password is needed)."""
    return encryption.looks_encrypted(Path(file).expanduser().resolve())


def verify_backup(file: str | os.PathLike[str], *, key: FileKey | None = None) -> BackupInfo:
    """Check that ``file`` is a complete, healthy Circles of Trust database we can open.

    SQLite header (or, for an encrypted backup, its ``key``), full ``integrity_check``,
    our ``application_id`` and a schema revision this version knows. Raises
    :class:`BackupError` naming the first problem.
    """
    path = Path(file).expanduser().resolve()
    if not path.is_file():
        raise BackupError(_("{path} does not exist or is not a file").format(path=path))
    size = path.stat().st_size
    if size == 0:
        raise BackupError(_("{path} is empty").format(path=path))
    errors = encryption.driver_errors()
    if key is None:
        head = live_files.read_head(path, len(SQLITE_HEADER))  # None: SQLite has it open here
        if head is not None and head != SQLITE_HEADER:
            if encryption.looks_encrypted(path):
                raise BackupError(
                    _("{path} is encrypted: its password is needed").format(path=path)
                )
            raise BackupError(_("{path} is not a backup (not a SQLite file)").format(path=path))
    else:
        try:
            encryption.inspect_encrypted_file(path, key)  # a wrong password: one clear line
        except CotError as exc:
            raise BackupError(str(exc)) from exc
    try:
        conn = (
            connect_readonly(path) if key is None else encryption.connect(path, key, readonly=True)
        )
    except errors as exc:
        raise BackupError(_("{path} cannot be opened: {exc}").format(path=path, exc=exc)) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise BackupError(_("{path} is not a Circles of Trust database").format(path=path))
        check = conn.execute("PRAGMA integrity_check(1)").fetchone()
        if check is None or check[0] != "ok":
            raise BackupError(
                _("{path} is damaged: {value}").format(
                    path=path, value=check[0] if check else _("no answer")
                )
            )
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except errors:
            row = None
        if row is None:
            raise BackupError(
                _("{path} is damaged: its schema version is missing").format(path=path)
            )
        revision = str(row[0])
        if revision not in known_revisions():
            raise BackupError(
                _(
                    "{path} was written by a newer version of Circles of Trust (schema {revision})"
                ).format(path=path, revision=revision)
            )
        accounts = int(conn.execute("SELECT count(*) FROM accounts").fetchone()[0])
    except errors as exc:
        raise BackupError(
            _("{path} is damaged or truncated: {exc}").format(path=path, exc=exc)
        ) from exc
    finally:
        conn.close()
    return BackupInfo(path=path, revision=revision, accounts=accounts, size_bytes=size)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _settle(path: Path, key: FileKey | None = None) -> bool:
    """Fold a leftover write-ahead log into ``path``; False if another program has it open.

    Opening and closing the last connection checkpoints the WAL and deletes it. If the
    side files are still there afterwards, someone else is using the database.
    """
    try:
        conn = _connect(path, key, timeout=1.0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except encryption.driver_errors():
        return False
    return not any(p.exists() for p in _sidecars(path)[:2])


def _keep_replaced(target: Path, key: FileKey | None = None) -> Path:
    """Keep the file about to be replaced as a "before-restore" backup (even if damaged).

    An encrypted file whose key is not at hand (its password may be what was lost) is
    kept as it is, raw bytes and log: still encrypted, still whole.
    """
    key = key or encryption.known_key(target)
    encrypted = encryption.looks_encrypted(target)
    try:
        if not encrypted:
            inspect_sqlite_file(target)
        elif key is not None:
            encryption.inspect_encrypted_file(target, key)
        healthy = not encrypted or key is not None
    except CotError:
        healthy = False
    if healthy:
        if not _settle(target, key):
            raise BackupError(
                _(
                    "{target} is in use by another program; close Circles of Trust and try again"
                ).format(target=target)
            )
        try:
            kept = make_automatic_backup(target, "before-restore", key=key)
        except DamagedSourceError:
            kept = None  # damaged beyond what the open checks (a big file): keep its bytes
        if kept is not None:
            return kept
    # A damaged file: keep its raw bytes and any log beside it, and move the log out of
    # the way so SQLite never replays it onto the restored file.
    folder = backups_dir(target)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime(_STAMP)
    suffix = "sqlite" if encrypted else "damaged"
    kept = folder / f"{target.stem}-before-restore-{stamp}.{suffix}"
    _refuse_open_here(target)
    shutil.copy2(target, kept)
    for side in _sidecars(target):
        if side.exists():
            os.replace(side, folder / f"{kept.name}{side.name[len(target.name) :]}")
    return kept


def restore_from(
    backup_file: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    *,
    validate: Callable[[Path, FileKey | None], Sequence[str]] | None = None,
    key: FileKey | None = None,
    current_key: FileKey | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` with a verified backup.

    The backup is verified first; a bad backup is refused and the database is not touched.
    The copy about to replace it is checked like ``circlesoftrust check`` checks: SQLite's
    ``integrity_check`` on a read-write connection (a read-only one skips CHECK
    constraints), ``foreign_key_check``, then ``validate`` (the application's own rules:
    :func:`circlesoftrust.integrity.check_candidate`), which returns the problems found.
    An encrypted backup needs its ``key`` (the restored database then opens with that
    backup's password); ``current_key`` is the replaced database's, when it is encrypted
    and known.
    The replaced file is kept as a "before-restore" backup. The new file is written under a
    temporary name and swapped in with ``os.replace``, so the database is never
    half-written. A backup with an older schema is upgraded the next time it is opened.
    """
    source = Path(backup_file).expanduser().resolve()
    target = Path(db_path).expanduser().resolve()
    if source == target:
        raise BackupError(_("the backup file and the database are the same file"))
    refuse_side_file(target, opening=False)
    info = verify_backup(source, key=key)
    if target.is_dir():
        raise BackupError(_("{target} is a folder, not a database file").format(target=target))
    # Replacing a file this process has open would leave its connections writing to a
    # deleted file (and reading its header would drop their locks): close it first.
    _refuse_open_here(target)
    exists = target.exists() and target.stat().st_size > 0
    if exists and not encryption.looks_encrypted(target):
        if live_files.read_head(target, len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(
                _("{target} is not a database file; refusing to replace it").format(target=target)
            )
        _refuse_foreign(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}.restoring")
    _copy_with_backup_api(source, staged, key)
    try:
        verify_backup(staged, key=key)
        problems = [*_sqlite_problems(staged, key), *(validate(staged, key) if validate else ())]
        if problems:
            more = (
                _(" ({value} more problems)").format(value=len(problems) - 1)
                if len(problems) > 1
                else ""
            )
            raise BackupError(
                _(
                    "{source} cannot be restored: {value}{more}; the database was not changed"
                ).format(source=source, value=problems[0], more=more)
            )
        kept = _keep_replaced(target, current_key) if exists else None
        for side in _sidecars(target):
            side.unlink(missing_ok=True)  # stale, empty side files of a settled database
        os.replace(staged, target)
        _fsync_dir(target.parent)
        encryption.remember_key(target, key)
    finally:
        staged.unlink(missing_ok=True)
    return RestoreResult(
        database=target,
        restored_from=source,
        revision=info.revision,
        accounts=info.accounts,
        previous_kept_as=kept,
    )


def _sqlite_problems(copy: Path, key: FileKey | None = None) -> list[str]:
    """SQLite's own checks of a restore candidate (our private copy: read-write is safe)."""
    conn = _connect(copy, key)
    try:
        check = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        problems = [] if check == ["ok"] else check
        problems += [
            _("a row of {table} points at a missing row of {parent}").format(
                table=table, parent=parent
            )
            for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ][:20]
    except encryption.driver_errors() as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return problems


def _refuse_open_here(target: Path) -> None:
    if live_files.in_use(target):
        raise BackupError(
            _("{target} is in use: it is open in Circles of Trust; close it, then restore").format(
                target=target
            )
        )


def _refuse_foreign(target: Path) -> None:
    """Never replace another program's SQLite database (ours, even damaged, is fine)."""
    try:
        conn = connect_readonly(target)
    except sqlite3.Error:
        return
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error:
        return  # too damaged to tell; the raw bytes are kept before replacing
    finally:
        conn.close()
    if app_id != APPLICATION_ID and tables:
        raise BackupError(
            _(
                "{target} is another program's database, not Circles of Trust; "
                "refusing to replace it"
            ).format(target=target)
        )
