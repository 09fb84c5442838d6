"""Small pieces shared by the exporters: the result they return and atomic writing."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from circlesoftrust.database_file import SQLITE_HEADER, refuse_side_file
from circlesoftrust.encryption import looks_encrypted
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.live_files import NOT_AN_IMPORT_FILE, in_use, read_head, read_unless_in_use

# Names a database file goes by (ours: .sqlite; SQLite's own tools: .db, .sqlite3).
DATABASE_SUFFIXES = frozenset({".sqlite", ".sqlite3", ".db", ".db3"})


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, its format and how many entries of what."""

    path: str
    format: str  # vcard | csv | ics | json
    items: int  # cards, rows, calendar entries, or rows over all tables
    accounts: int


def read_whole_file(path: Path, source: str, limit: int | None, too_large: str) -> bytes:
    """The bytes of the regular file ``path`` to import (at most ``limit``; a bigger one
    is refused with ``too_large``). A device reports a size of 0 and never ends; a named
    pipe blocks until someone writes to it; the open database would lose its locks: each
    is refused in one line (a :class:`ContactFileError` naming ``source``)."""
    from circlesoftrust.io.contact_records import ContactFileError

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ContactFileError(
                source, _("it is not a file (a folder, a device or a pipe); nothing was read")
            )
        if limit is not None and info.st_size > limit:
            raise ContactFileError(source, too_large)
        data = read_unless_in_use(path, lambda fh: fh.read(-1 if limit is None else limit + 1))
    except OSError as error:
        raise ContactFileError(source, error.strerror or str(error)) from None
    if data is None:  # reading it would drop the open database's locks
        raise ContactFileError(source, NOT_AN_IMPORT_FILE)
    if limit is not None and len(data) > limit:  # (it grew while it was read)
        raise ContactFileError(source, too_large)
    return data


def refuse_database_target(path: str | os.PathLike[str]) -> None:
    """Refuse ``path`` as a file to write an export (or the calendar file) to when it is a
    database: the open one, or another one (a backup above all), plain or encrypted."""
    target = Path(path)
    refuse_side_file(target, opening=False)
    if in_use(target):  # replacing it would cut the open database out from under the app
        raise ValidationError(
            "file",
            _("{target} is the database that is open; choose another file to export to").format(
                target=target
            ),
        )
    if _is_database(target):  # a slip of the name would turn a good backup into a vCard
        raise ValidationError(
            "file",
            _(
                "{target} is a database file (a backup?); an export never replaces one: "
                "choose another file"
            ).format(target=target),
        )


def _is_database(path: Path) -> bool:
    try:
        if not path.is_file():
            return False
        if read_head(path, len(SQLITE_HEADER)) == SQLITE_HEADER:
            return True
    except OSError:
        return False
    # Encrypted: random bytes, a whole number of pages; by its name only (an export file
    # may by chance be a multiple of 512 bytes long).
    return path.suffix.lower() in DATABASE_SUFFIXES and looks_encrypted(path)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it into place, so a
    failed or interrupted export never leaves a half-written file under the user's name."""
    target = Path(path)
    if not target.name or target.name == ".." or target.is_dir():
        raise ValidationError(
            "file",
            _("{target} is a folder; give a file name").format(target=str(path) or "."),
        )
    refuse_database_target(target)
    tmp = target.with_name(f".{target.name}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            "file",
            _("cannot write {target}: {value}").format(target=target, value=exc.strerror or exc),
        ) from None
    return target
