"""Backups: consistent copies, rotation, verification, and restores that never half-write."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from circlesoftrust.backup import (
    DEFAULT_KEEP,
    BackupError,
    automatic_backups,
    backup_to,
    daily_backup_if_due,
    make_automatic_backup,
    restore_from,
    verify_backup,
)
from circlesoftrust.database_file import backups_dir, head_revision
from circlesoftrust.services import accounts
from circlesoftrust.storage import (
    Database,
    current_revision,
    make_engine,
    open_database,
    resolve_url,
    upgrade,
)

MORNING = dt.datetime(2026, 6, 15, 8, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_in(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [a.name for a in accounts.list_accounts(db, include_archived=True)]
    finally:
        db.close()


@pytest.fixture
def live(tmp_path: Path, sqlite_template: Path) -> Path:
    """A database file with two accounts, closed."""
    path = tmp_path / "live.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    accounts.create_account(db, "Alder Labs")
    accounts.create_account(db, "Birch Ltd")
    db.close()
    return path


def test_a_backup_is_a_verified_copy_that_opens(live: Path, tmp_path: Path) -> None:
    info = backup_to(live, tmp_path / "copy.sqlite")
    assert (info.accounts, info.revision) == (2, head_revision())
    assert names_in(tmp_path / "copy.sqlite") == ["Alder Labs", "Birch Ltd"]
    assert not list(tmp_path.glob("*.partial"))


def test_a_backup_of_an_open_database_holds_what_was_committed(
    db: Database, tmp_path: Path
) -> None:
    accounts.create_account(db, "Committed Ltd")
    with db.engine.connect() as conn:  # a writer in the middle of its transaction
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, notes, ring_id, pinned, needs_review, created_at) "
            "VALUES ('Uncommitted Ltd', '', 1, 0, 0, '2026-01-01 00:00:00.000000')"
        )
        backup_to(db, tmp_path / "online.sqlite")
        conn.rollback()
    assert names_in(tmp_path / "online.sqlite") == ["Committed Ltd"]


def test_backup_refuses_to_overwrite_or_to_copy_onto_itself(live: Path, tmp_path: Path) -> None:
    target = tmp_path / "exists.txt"
    target.write_text("keep me")
    with pytest.raises(BackupError, match="already exists"):
        backup_to(live, target)
    assert target.read_text() == "keep me"
    with pytest.raises(BackupError, match="database itself"):
        backup_to(live, live)
    backup_to(live, target, overwrite=True)
    assert verify_backup(target).accounts == 2


def test_backup_refuses_a_file_that_is_not_ours(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("not a database")
    with pytest.raises(BackupError, match="not a SQLite file"):
        backup_to(text_file, tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


def test_automatic_backups_keep_the_newest_ten_of_each_kind(live: Path) -> None:
    made = [
        make_automatic_backup(live, "before-import", now=MORNING + dt.timedelta(minutes=k))
        for k in range(12)
    ]
    make_automatic_backup(live, "before-upgrade", now=MORNING)
    kept = automatic_backups(live, "before-import")
    assert len(kept) == DEFAULT_KEEP
    assert kept == made[2:]  # the two oldest went
    assert len(automatic_backups(live, "before-upgrade")) == 1
    assert all(p.parent == backups_dir(live) == live.parent / "backups" for p in kept)


def test_the_number_kept_is_the_backup_keep_setting(live: Path) -> None:
    conn = sqlite3.connect(live)
    conn.execute("INSERT INTO settings (key, value) VALUES ('backup.keep', ?)", (json.dumps(3),))
    conn.commit()
    conn.close()
    for k in range(5):
        make_automatic_backup(live, "before-import", now=MORNING + dt.timedelta(minutes=k))
    assert len(automatic_backups(live, "before-import")) == 3


def test_two_backups_in_one_second_both_survive(live: Path) -> None:
    first = make_automatic_backup(live, "before-import", now=MORNING)
    second = make_automatic_backup(live, "before-import", now=MORNING)
    assert first != second
    assert automatic_backups(live, "before-import") == [first, second]


def test_the_daily_backup_is_made_once_a_day(live: Path) -> None:
    assert daily_backup_if_due(live, now=MORNING) is not None
    assert daily_backup_if_due(live, now=MORNING + dt.timedelta(hours=9)) is None
    assert daily_backup_if_due(live, now=MORNING + dt.timedelta(days=1)) is not None
    assert len(automatic_backups(live, "daily-on-first-start")) == 2


def test_nothing_to_back_up_is_not_an_error(tmp_path: Path) -> None:
    assert make_automatic_backup(tmp_path / "missing.sqlite", "before-import") is None
    assert daily_backup_if_due(tmp_path / "missing.sqlite") is None


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("text", "not a backup"),
        ("empty", "empty"),
        ("truncated", "damaged|truncated"),
        ("corrupted", "damaged"),
        ("foreign", "not a Circles of Trust database"),
        ("newer", "newer version"),
    ],
)
def test_a_bad_backup_is_recognised(live: Path, tmp_path: Path, damage: str, message: str) -> None:
    bad = tmp_path / "bad.sqlite"
    backup_to(live, bad)
    data = bad.read_bytes()
    if damage == "text":
        bad.write_text("hello")
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "corrupted":  # garbage over the second page, inside the schema's tables
        bad.write_bytes(data[:4096] + b"\xa5" * 4096 + data[8192:])
    elif damage == "foreign":
        bad.unlink()
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.commit()
        conn.close()
    elif damage == "newer":
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    with pytest.raises(BackupError, match=message):
        verify_backup(bad)


def test_restore_replaces_the_database_and_keeps_the_old_one(live: Path, tmp_path: Path) -> None:
    backup_to(live, tmp_path / "monday.sqlite")
    db = open_database(live)
    accounts.create_account(db, "Added On Tuesday")
    db.close()
    result = restore_from(tmp_path / "monday.sqlite", live)
    assert names_in(live) == ["Alder Labs", "Birch Ltd"]
    assert result.previous_kept_as is not None
    assert "Added On Tuesday" in names_in(result.previous_kept_as)
    assert automatic_backups(live, "before-restore") == [result.previous_kept_as]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "live.sqlite", "monday.sqlite"]


@pytest.mark.parametrize("damage", ["text", "truncated"])
def test_a_bad_backup_is_refused_and_the_database_is_untouched(
    live: Path, tmp_path: Path, damage: str
) -> None:
    bad = tmp_path / "bad.sqlite"
    backup_to(live, bad)
    if damage == "text":
        bad.write_text("hello")
    else:
        bad.write_bytes(bad.read_bytes()[:5000])
    before = digest(live)
    with pytest.raises(BackupError):
        restore_from(bad, live)
    assert digest(live) == before
    assert not backups_dir(live).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.sqlite", "live.sqlite"]


def test_restore_refuses_while_the_database_is_in_use(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    accounts.create_account(db, "In Use Ltd")
    backup_to(db, tmp_path / "copy.sqlite")
    with pytest.raises(BackupError, match="in use"):
        restore_from(tmp_path / "copy.sqlite", db.path)
    assert accounts.list_accounts(db)[0].name == "In Use Ltd"


def test_restore_refuses_to_replace_another_programs_file(live: Path, tmp_path: Path) -> None:
    other = tmp_path / "music.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(BackupError, match="another program"):
        restore_from(live, other)
    assert digest(other) == before


def test_restore_over_a_damaged_database_keeps_its_bytes(live: Path, tmp_path: Path) -> None:
    backup_to(live, tmp_path / "good.sqlite")
    damaged = live.read_bytes()[:6000]
    live.write_bytes(damaged)
    result = restore_from(tmp_path / "good.sqlite", live)
    assert names_in(live) == ["Alder Labs", "Birch Ltd"]
    assert result.previous_kept_as is not None
    assert result.previous_kept_as.read_bytes() == damaged


def test_restore_into_a_new_place_needs_no_previous_file(live: Path, tmp_path: Path) -> None:
    result = restore_from(live, tmp_path / "elsewhere" / "new.sqlite")
    assert result.previous_kept_as is None
    assert names_in(tmp_path / "elsewhere" / "new.sqlite") == ["Alder Labs", "Birch Ltd"]


def test_an_older_backup_is_upgraded_when_next_opened(live: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    engine = make_engine(resolve_url(old))
    upgrade(engine, "0001")
    engine.dispose()
    assert verify_backup(old).revision == "0001"
    restore_from(old, live)
    assert names_in(live) == []
    engine = make_engine(resolve_url(live))
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert len(automatic_backups(live, "before-upgrade")) == 1
