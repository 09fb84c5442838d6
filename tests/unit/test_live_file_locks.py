"""Issue 12, point 1: nothing the app does may drop its own SQLite locks.

Closing any descriptor of a file drops every POSIX lock the process holds on it. Each
case below opens the database, then does something a user can do while it is open
(File → Open on it again, a backup, a verify, an import or export that names it by
mistake, the start-up first look) and asks another process whether the database's locks
are still held. Before the fix the header reads with ``open()`` dropped them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from circlesoftrust.backup import BackupError, backup_to, restore_from, verify_backup
from circlesoftrust.database_file import inspect_sqlite_file
from circlesoftrust.errors import CotError
from circlesoftrust.first_look import first_look
from circlesoftrust.integrity import check_refused_file
from circlesoftrust.io.calendar_feed import write_calendar
from circlesoftrust.io.capture_files import find_capture_files, read_items
from circlesoftrust.io.export import export_vcard
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from tests.lock_probe import locks_held


@pytest.fixture
def open_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "open.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    accounts.create_account(db, "Alder Labs")  # a pooled connection now holds the file
    yield db
    db.close()


def _quietly(action: Callable[[], object]) -> None:
    with contextlib.suppress(CotError, OSError):  # refusing is fine; dropping locks is not
        action()


def _reopen(db: Database) -> None:
    again = open_database(db.path)  # File → Open of the same file (or Open Recent)
    again.close()


CASES: dict[str, Callable[[Database, Path], object]] = {
    "inspect": lambda db, _t: inspect_sqlite_file(db.path),  # type: ignore[arg-type]
    "open_again": lambda db, _t: _reopen(db),
    "first_look": lambda db, _t: first_look(str(db.path)),
    "backup": lambda db, t: backup_to(db, t / "copy.sqlite"),
    "verify_the_open_file": lambda db, _t: verify_backup(db.path),  # type: ignore[arg-type]
    "restore_into_it": lambda db, t: restore_from(t / "copy.sqlite", db.path),  # type: ignore[arg-type]
    "import_it": lambda db, _t: read_import_file(db.path),  # type: ignore[arg-type]
    "import_its_wal": lambda db, _t: read_import_file(Path(f"{db.path}-wal")),
    "export_over_it": lambda db, _t: export_vcard(db, db.path),  # type: ignore[arg-type]
    # Mail and calendar capture: a folder that holds the database (a watched folder, an
    # import of "Documents"), or the database or a side file picked as the file itself.
    "capture_its_folder": lambda db, _t: _capture(db.path.parent),  # type: ignore[union-attr]
    "capture_it": lambda db, _t: _capture(db.path),  # type: ignore[arg-type]
    "capture_its_wal": lambda db, _t: _capture(Path(f"{db.path}-wal")),
    "capture_its_shm": lambda db, _t: _capture(Path(f"{db.path}-shm")),
    "calendar_file_over_it": lambda db, _t: write_calendar(db, db.path),  # type: ignore[arg-type]
}


def _capture(root: Path) -> None:
    """What a capture preview reads: the files found under ``root``, each item of each."""
    files, _other = find_capture_files(root)
    for path in files:
        list(read_items(path, root, dt.date(2000, 1, 1), dt.date(2100, 1, 1)))


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_open_database_keeps_its_locks(case: str, open_db: Database, tmp_path: Path) -> None:
    assert open_db.path is not None
    if case == "restore_into_it":
        backup_to(open_db, tmp_path / "copy.sqlite")
    assert locks_held(open_db.path) == {"main": True, "shm": True}
    _quietly(lambda: CASES[case](open_db, tmp_path))
    assert locks_held(open_db.path) == {"main": True, "shm": True}
    # and the database is still whole and usable
    accounts.create_account(open_db, "Birch Ltd")
    assert {a.name for a in accounts.list_accounts(open_db)} >= {"Alder Labs", "Birch Ltd"}


def test_another_path_to_the_open_file_is_recognised(open_db: Database, tmp_path: Path) -> None:
    assert open_db.path is not None
    link = tmp_path / "link.sqlite"
    os.link(open_db.path, link)  # a hard link: another name, the same file
    _quietly(lambda: inspect_sqlite_file(link))
    assert locks_held(open_db.path) == {"main": True, "shm": True}


def test_restoring_into_the_open_database_is_refused(open_db: Database, tmp_path: Path) -> None:
    assert open_db.path is not None
    backup_to(open_db, tmp_path / "copy.sqlite")
    with pytest.raises(CotError, match="open"):
        restore_from(tmp_path / "copy.sqlite", open_db.path)


def test_exporting_over_the_open_database_is_refused(open_db: Database) -> None:
    assert open_db.path is not None
    with pytest.raises(CotError, match="open"):
        export_vcard(open_db, open_db.path)
    assert [a.name for a in accounts.list_accounts(open_db)] == ["Alder Labs"]


def test_a_closed_database_is_free_again(open_db: Database, tmp_path: Path) -> None:
    """The record of open files forgets a database once it is closed."""
    assert open_db.path is not None
    open_db.close()
    target = tmp_path / "restored.sqlite"
    backup_to(open_db.path, target)
    restore_from(target, open_db.path)  # not refused as "open"
    with pytest.raises(BackupError, match="not a SQLite file"):
        verify_backup(Path(__file__))


@pytest.fixture
def open_encrypted(tmp_path: Path, encrypted_template: Path) -> Iterator[Database]:
    from tests.conftest import TEST_PASSWORD

    path = tmp_path / "encrypted.sqlite"
    shutil.copyfile(encrypted_template, path)
    db = open_database(path, password=TEST_PASSWORD)
    accounts.create_account(db, "Alder Labs")
    yield db
    db.close()


ENCRYPTED_CASES: dict[str, Callable[[Database, Path], object]] = {
    **CASES,
    # Asked without its key, these used the standard library's SQLite on it: a second
    # SQLite library in the process, whose close dropped SQLCipher's POSIX locks.
    "inspect_without_key": lambda db, _t: inspect_sqlite_file(db.path),  # type: ignore[arg-type]
    "verify_without_key": lambda db, _t: verify_backup(db.path),  # type: ignore[arg-type]
    "check_as_if_refused": lambda db, _t: check_refused_file(str(db.path), CotError("x")),
}


@pytest.mark.parametrize("case", sorted(ENCRYPTED_CASES))
def test_the_open_encrypted_database_keeps_its_locks(
    case: str, open_encrypted: Database, tmp_path: Path
) -> None:
    db = open_encrypted
    assert db.path is not None
    if case == "restore_into_it":
        backup_to(db, tmp_path / "copy.sqlite")
    assert locks_held(db.path) == {"main": True, "shm": True}
    _quietly(lambda: ENCRYPTED_CASES[case](db, tmp_path))
    assert locks_held(db.path) == {"main": True, "shm": True}
    accounts.create_account(db, "Birch Ltd")
