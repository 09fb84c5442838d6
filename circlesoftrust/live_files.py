"""The SQLite files this process has open, so that no plain file I/O ever touches them.

POSIX record locks belong to a (process, file) pair: closing *any* descriptor of a file
drops every lock the process holds on it, including the ones SQLite's connections hold
(SQLite documents this trap in "How To Corrupt An SQLite Database File", §2.2). A header
read with ``open()``/``close()`` on the database that is open — or on its ``-wal`` or
``-shm`` — silently leaves the app's connections unlocked: another process may then write
under them ("disk I/O error", lost visibility of commits).

Every connection the app's engines open is recorded here (a pool ``connect`` event; the
``close`` events forget it), keyed by the file's identity (device, inode), so another path
to the same file (a symlink, a hard link, a relative name) is recognised too. Code that
reads a database file with plain file I/O asks :func:`in_use` first and lets SQLite answer
instead when the file is live. Standard library only (the first look uses it).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _

T = TypeVar("T")

# The side files SQLite keeps beside a database; their locks matter as much as the main
# file's (WAL mode keeps its read and write locks in the -shm).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

_guard = threading.Lock()
_counts: dict[tuple[int, int], int] = {}  # file identity -> live connections
_by_connection: dict[int, tuple[int, int]] = {}  # id(DBAPI connection) -> file identity
# Live connections per file made with another SQLite library than the standard one
# (SQLCipher's, for an encrypted file). POSIX locks are per process and file, not per
# library: SQLite shares one descriptor among its own connections to a file, but a second
# library in the process knows nothing of the first's locks, so its close drops them.
_other_library: dict[tuple[int, int], int] = {}
_other_connections: set[int] = set()


class FileInUseError(CotError):
    """A file operation was asked for on the database this process has open."""


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)  # a stat opens no descriptor: it cannot drop a lock
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def connection_opened(connection: object, path: str | os.PathLike[str]) -> None:
    """Record that ``connection`` (a DBAPI connection) has the database ``path`` open."""
    key = _identity(path)
    if key is None:
        return
    with _guard:
        if id(connection) in _by_connection:
            return
        _by_connection[id(connection)] = key
        _counts[key] = _counts.get(key, 0) + 1
        if not type(connection).__module__.startswith("sqlite3"):
            _other_library[key] = _other_library.get(key, 0) + 1
            _other_connections.add(id(connection))


def connection_closed(connection: object) -> None:
    """Forget ``connection`` (closed, or handed over to garbage collection)."""
    with _guard:
        key = _by_connection.pop(id(connection), None)
        if key is None:
            return
        for table in (
            _counts,
            *((_other_library,) if id(connection) in _other_connections else ()),
        ):
            left = table.get(key, 0) - 1
            if left > 0:
                table[key] = left
            else:
                table.pop(key, None)
        _other_connections.discard(id(connection))


def database_of(path: str | os.PathLike[str]) -> Path:
    """The database file ``path`` belongs to: itself, or the one a side file serves."""
    p = Path(path)
    for suffix in SIDE_SUFFIXES:
        if p.name.endswith(suffix) and len(p.name) > len(suffix):
            return p.with_name(p.name[: -len(suffix)])
    return p


def side_file_of(path: str | os.PathLike[str]) -> Path | None:
    """The existing database that ``path`` names a side file of (``NAME-wal`` beside
    ``NAME``), else ``None``: such a name is never a database or an export of its own."""
    base = database_of(path)
    if base == Path(path):
        return None
    try:
        return base if base.is_file() else None
    except (OSError, ValueError):
        return None


def _in_use_locked(path: str | os.PathLike[str]) -> bool:
    if not _counts:
        return False
    keys = {_identity(path), _identity(database_of(path))}
    return any(key in _counts for key in keys if key is not None)


def held_by_another_library(path: str | os.PathLike[str]) -> bool:
    """True when a connection of another SQLite library than the standard one (SQLCipher)
    has ``path`` open here: the standard library's SQLite must not open it then."""
    with _guard:
        if not _other_library:
            return False
        keys = {_identity(path), _identity(database_of(path))}
        return any(key in _other_library for key in keys if key is not None)


def in_use(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a database this process has open, or one of its side files."""
    with _guard:
        return _in_use_locked(path)


def refuse_if_in_use(path: str | os.PathLike[str], action: str) -> None:
    """Raise :class:`FileInUseError` when ``path`` is (a side file of) the open database."""
    if in_use(path):
        raise FileInUseError(
            _(
                "{path} is the database that is open in Circles of Trust; choose "
                "another file to {action}"
            ).format(path=path, action=action)
        )


def read_head(path: str | os.PathLike[str], size: int = 100) -> bytes | None:
    """The first ``size`` bytes of ``path``; ``None`` when the file is a live database of
    this process (SQLite has it open, so it is a SQLite file: ask SQLite, not the file)."""
    # Held while reading: a connection that opens meanwhile is recorded (before its
    # first statement takes a lock) only once this descriptor is closed again.
    with _guard:
        if _in_use_locked(path):
            return None
        with open(path, "rb") as fh:
            return fh.read(size)


def read_unless_in_use(path: str | os.PathLike[str], reader: Callable[[BinaryIO], T]) -> T | None:
    """``reader(file)`` on ``path`` opened for reading, or ``None`` when it is live here."""
    with _guard:
        if _in_use_locked(path):
            return None
        with open(path, "rb") as fh:
            return reader(fh)


# Why an import refuses a file it may not read.
NOT_AN_IMPORT_FILE = "it is the database that is open in Circles of Trust, not a file to import"
