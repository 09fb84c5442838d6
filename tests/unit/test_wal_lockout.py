"""Issue 12, point 2: intact data is never refused as "truncated" because of the -wal.

A checkpoint cut short (a kill, a full disk, another process caught in the middle of
one) leaves a main file shorter than its header says while the missing pages sit in the
``-wal``. The files here are made by a real child process that dies with its commits in
the log; the checkpoint is then cut the way SQLite cuts it (page 1 first).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from circlesoftrust import database_file
from circlesoftrust.cli import main
from circlesoftrust.database_file import inspect_sqlite_file
from circlesoftrust.errors import DatabaseOpenError
from circlesoftrust.first_look import first_look
from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database
from tests.crash_images import committed_in_log, cut_checkpoint

ACCOUNTS = 120


@pytest.fixture(scope="module")
def cut_image(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A database whose last commits are only in its log, its checkpoint cut after page 1."""
    path = tmp_path_factory.mktemp("image") / "cut.sqlite"
    shutil.copyfile(sqlite_template, path)
    committed_in_log(path, ACCOUNTS)
    cut_checkpoint(path)
    header = path.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    assert path.stat().st_size < page_size * int.from_bytes(header[28:32], "big")
    return path


@pytest.fixture
def cut(cut_image: Path, tmp_path: Path) -> Path:
    path = tmp_path / cut_image.name
    for suffix in ("", "-wal"):  # (the -shm is rebuilt from the log)
        shutil.copyfile(f"{cut_image}{suffix}", f"{path}{suffix}")
    return path


def _names(path: Path) -> set[str]:
    db = open_database(path)
    try:
        return {a.name for a in accounts.list_accounts(db)}
    finally:
        db.close()


@pytest.mark.parametrize("big", [False, True], ids=["checked_on_open", "over_the_check_limit"])
def test_a_cut_checkpoint_opens_with_every_row(
    cut: Path, big: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if big:
        monkeypatch.setattr(database_file, "QUICK_CHECK_MAX_BYTES", 0)
    inspect_sqlite_file(cut)  # not refused
    assert len(_names(cut)) == ACCOUNTS


def test_the_first_look_and_every_command_take_a_cut_checkpoint(
    cut: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    look = first_look(str(cut))
    assert look is not None and len(look.rows) == ACCOUNTS
    for argv in (
        ["check"],
        ["backup", str(tmp_path / "copy.sqlite")],
        ["restore", str(tmp_path / "copy.sqlite")],
        ["accounts", "list"],
    ):
        assert main(["--db", str(cut), *argv]) == 0, capsys.readouterr().err
    assert len(_names(cut)) == ACCOUNTS


def test_pages_missing_from_the_file_and_the_log_are_still_refused(cut: Path) -> None:
    Path(f"{cut}-wal").unlink()  # the log with the missing pages is gone
    Path(f"{cut}-shm").unlink(missing_ok=True)
    with pytest.raises(DatabaseOpenError, match="truncated"):
        inspect_sqlite_file(cut)


def test_a_truncated_file_message_is_one_line(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "short.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    for i in range(200):
        accounts.create_account(db, f"Filler {i}", notes="y" * 500)
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseOpenError) as caught:
        inspect_sqlite_file(path)
    message = str(caught.value)
    assert "\n" not in message and "truncated" in message and "check" in message
    with sqlite3.connect(path) as conn:  # (the file is SQLite's, just short)
        assert conn.execute("PRAGMA page_size").fetchone()[0] > 0
