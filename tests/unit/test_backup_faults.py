"""Issue 12, point 3: a damaged database never destroys a good backup.

Files over the open-time check limit (64 MiB) are opened without SQLite's quick_check,
so damage inside them shows only when their pages are read. The limit is lowered to 0
here so a small file stands in for a big one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from circlesoftrust import database_file
from circlesoftrust.backup import (
    STALE_PARTIAL_SECONDS,
    automatic_backups,
    backup_to,
    make_automatic_backup,
    restore_from,
    verify_backup,
)
from circlesoftrust.cli import main
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_a_page_of(path: Path, table: str) -> None:
    """Scribble over one leaf page of ``table`` (the header and schema stay readable)."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        ).fetchall()[-1][0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\xff" * page_size)


@pytest.fixture
def big_damaged(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(database_file, "QUICK_CHECK_MAX_BYTES", 0)  # "over 64 MiB"
    path = tmp_path / "big.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    for i in range(150):
        accounts.create_account(db, f"Account {i:03d}", notes="n" * 300)
    db.close()
    return path


def test_backup_overwrite_from_a_damaged_database_keeps_the_good_backup(
    big_damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good-backup.sqlite"
    backup_to(big_damaged, good)
    before = digest(good)
    damage_a_page_of(big_damaged, "accounts")
    code = main(["--db", str(big_damaged), "backup", "--overwrite", str(good)])
    err = capsys.readouterr().err
    assert code == 1
    assert "damaged" in err and err.count("\n") == 1
    assert digest(good) == before
    assert verify_backup(good).accounts == 150
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_an_import_into_a_damaged_database_is_refused_and_keeps_the_backups(
    big_damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = make_automatic_backup(big_damaged, "before-import")
    assert good is not None
    damage_a_page_of(big_damaged, "accounts")
    contacts = tmp_path / "people.csv"
    contacts.write_text("Name,Email,Company\nAda Lovelace,ada@example.org,Analytical Ltd\n")
    code = main(["--db", str(big_damaged), "import", str(contacts)])
    err = capsys.readouterr().err
    assert code == 1 and "damaged" in err and err.count("\n") == 1
    assert automatic_backups(big_damaged, "before-import") == [good]  # no damaged copy
    assert verify_backup(good).accounts == 150


def test_restoring_over_a_damaged_big_database_keeps_its_bytes(
    big_damaged: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.sqlite"
    backup_to(big_damaged, good)
    damage_a_page_of(big_damaged, "accounts")
    damaged_bytes = digest(big_damaged)
    result = restore_from(good, big_damaged)
    assert result.previous_kept_as is not None
    assert digest(result.previous_kept_as) == damaged_bytes
    assert verify_backup(big_damaged).accounts == 150


def test_the_damaged_database_message_is_one_line(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "small.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    for i in range(300):
        accounts.create_account(db, f"Account {i:03d}", notes="n" * 300)
    db.close()
    for table in ("accounts", "ring_changes"):
        damage_a_page_of(path, table)
    assert main(["--db", str(path), "accounts", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "check" in err


def _many_accounts(path: Path, key_password: str | None = None) -> None:
    db = open_database(path, password=key_password)
    for i in range(300):
        accounts.create_account(db, f"Account {i:03d}", notes="n" * 300)
    db.close()


def test_check_lists_the_problems_the_damaged_message_points_to(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The one-line message says `check` lists the problems; `check` itself refused the
    file with the same line (only a file over 64 MiB got as far as the checks)."""
    path = tmp_path / "small.sqlite"
    shutil.copyfile(sqlite_template, path)
    _many_accounts(path)
    damage_a_page_of(path, "accounts")
    before = digest(path)
    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert "FAIL  sqlite_integrity_check" in out and out.count("\n          - ") >= 1, out + err
    assert not err
    assert digest(path) == before  # looked at, never written
    assert main(["--db", str(path), "check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["checks"][0]["problems"]


def test_a_damaged_encrypted_database_is_one_line_too_and_check_lists_it(
    tmp_path: Path, encrypted_template: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from tests.conftest import TEST_PASSWORD

    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", TEST_PASSWORD)
    path = tmp_path / "encrypted.sqlite"
    shutil.copyfile(encrypted_template, path)
    _many_accounts(path, TEST_PASSWORD)
    with path.open("r+b") as fh:  # scribble inside a page: its HMAC check fails
        fh.seek(4096 * 5 + 100)
        fh.write(b"\xff" * 500)
    for argv in (["rings"], ["backup", str(tmp_path / "copy.sqlite")]):
        assert main(["--db", str(path), *argv]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "damaged" in err, err
    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert "FAIL  sqlite_integrity_check" in out and not err, out + err


def test_leftover_partial_files_of_interrupted_copies_are_cleaned_up(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(sqlite_template, path)
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".db-before-import-20260101-000000.sqlite.partial"
    fresh = folder / ".another-copy.sqlite.partial"  # someone's copy in progress
    for leftover in (old, fresh):
        leftover.write_bytes(b"\0" * 4096)
    long_ago = time.time() - STALE_PARTIAL_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    make_automatic_backup(path, "before-import")
    assert not old.exists() and fresh.exists()


def test_opening_the_database_cleans_up_what_killed_restores_and_conversions_left(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """A kill -9 during a restore or an encrypt/decrypt/rekey leaves a full-size hidden
    copy beside the database (a killed decrypt's in plain text); only a later conversion
    removed it. Opening the database now does, once nobody can still be writing it."""
    path = tmp_path / "db.sqlite"
    shutil.copyfile(sqlite_template, path)
    names = (".db.sqlite.converting", ".db.sqlite.converting-journal", ".db.sqlite.restoring",
             "backups/.db-daily-on-first-start-20260101-000000.sqlite.partial")  # fmt: skip
    (tmp_path / "backups").mkdir()
    long_ago = time.time() - STALE_PARTIAL_SECONDS - 60
    for name in names:
        (tmp_path / name).write_bytes(b"\0" * 4096)
        os.utime(tmp_path / name, (long_ago, long_ago))
    fresh = tmp_path / ".other.sqlite.converting"  # another conversion, still running
    fresh.write_bytes(b"\0" * 4096)
    open_database(path).close()
    assert [name for name in names if (tmp_path / name).exists()] == []
    assert fresh.exists()


def test_a_damaged_big_database_refuses_even_a_single_write(
    big_damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Damage where the write does not go: SQLite alone would accept the new account.
    damage_a_page_of(big_damaged, "ring_changes")
    code = main(["--db", str(big_damaged), "touch", "Account 001", "--kind", "call"])
    err = capsys.readouterr().err
    assert code == 1 and "damaged" in err and err.count("\n") == 1
    with sqlite3.connect(big_damaged) as conn:  # (the app has let go of the file)
        logged = conn.execute("SELECT count(*) FROM touchpoints").fetchone()[0]
    conn.close()
    assert logged == 0, "nothing was written into the damaged file"
    # Reading still works: the user can look, export what is readable, and restore.
    assert main(["--db", str(big_damaged), "rings"]) == 0


def test_the_window_can_check_a_big_file_before_the_first_save(big_damaged: Path) -> None:
    from circlesoftrust.errors import DatabaseOpenError
    from circlesoftrust.services.rings import list_rings
    from circlesoftrust.storage import check_before_writes

    damage_a_page_of(big_damaged, "ring_changes")
    db = open_database(big_damaged)
    try:
        with pytest.raises(DatabaseOpenError, match="damaged"):
            check_before_writes(db)
        assert len(list_rings(db)) == 5  # reads go on
    finally:
        db.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "vcard", "-o"],
        ["export", "csv", "-o"],
        ["export", "json", "-o"],
        ["export", "ics", "-o"],
        ["brief", "1", "--format", "md", "-o"],
    ],
    ids=lambda argv: argv[1] if argv[0] == "export" else argv[0],
)
def test_no_export_writes_over_a_backup(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A slip of the file name (or of the file dialog) must not turn a good backup into a
    vCard: an export never replaces a database file, plain or encrypted."""
    db = tmp_path / "live.sqlite"
    shutil.copyfile(sqlite_template, db)
    assert main(["--db", str(db), "accounts", "add", "Alder Labs"]) == 0
    good = tmp_path / "good-backup.sqlite"
    assert main(["--db", str(db), "backup", str(good)]) == 0
    before = digest(good)
    capsys.readouterr()
    assert main(["--db", str(db), *argv, str(good)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database" in err, err
    assert digest(good) == before
    verify_backup(good)


def test_no_export_writes_over_an_encrypted_backup(
    tmp_path: Path, sqlite_template: Path, encrypted_template: Path
) -> None:
    from circlesoftrust.errors import CotError
    from circlesoftrust.io.export import export_vcard

    good = tmp_path / "encrypted-backup.sqlite"
    shutil.copyfile(encrypted_template, good)
    before = digest(good)
    db = open_database(shutil.copyfile(sqlite_template, tmp_path / "live.sqlite"))
    try:
        with pytest.raises(CotError, match="database"):
            export_vcard(db, good)
    finally:
        db.close()
    assert digest(good) == before


def test_the_calendar_file_cannot_be_the_database(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Set by mistake, every later change would fail after it was saved (rc 1)."""
    db = tmp_path / "live.sqlite"
    shutil.copyfile(sqlite_template, db)
    for target in (str(db), "live.sqlite", str(tmp_path / "other.sqlite")):
        if target.endswith("other.sqlite"):
            shutil.copyfile(sqlite_template, target)
        cwd = os.getcwd()
        os.chdir(tmp_path)
        try:
            code = main(["--db", str(db), "capture", "settings", "--calendar-file", target])
        finally:
            os.chdir(cwd)
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "database" in err, (target, err)
    assert main(["--db", str(db), "accounts", "add", "Alder Labs"]) == 0
    assert "error" not in capsys.readouterr().err


@pytest.mark.parametrize("name", ["", ".", "..", "/"])
def test_an_export_to_a_folder_or_an_empty_name_is_one_line(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Found by the harness's walk over every argument: ``export vcard -o ""`` raised
    ValueError ("PosixPath('.') has an empty name")."""
    db = tmp_path / "live.sqlite"
    shutil.copyfile(sqlite_template, db)
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for argv in (["export", "vcard", "-o", name], ["brief", "-o", name]):
            code = main(["--db", str(db), *argv])
            err = capsys.readouterr().err
            assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err, err
    finally:
        os.chdir(cwd)
