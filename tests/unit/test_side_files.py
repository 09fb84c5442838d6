"""Issue 12 beyond its examples: SQLite's side files are never taken for databases.

A database in WAL mode keeps ``NAME-wal`` and ``NAME-shm`` beside it (``-journal`` in
rollback mode). Opened as a database of its own (File → Open or Open Recent on it, a
typed ``--db``), an empty ``-wal`` became a new database whose pages SQLite later took
for log frames of the real one; a backup or export written under such a name replaced
the real database's log. A backup written over a database whose log is still beside it
(it was open, or its program was killed) had that old log replayed onto the new copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from circlesoftrust.backup import backup_to, restore_from
from circlesoftrust.cli import main
from circlesoftrust.errors import CotError
from circlesoftrust.storage import open_database
from tests.sandbox import REPO

SIDES = ("-wal", "-shm", "-journal")


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.fixture
def live(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "live.sqlite"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.mark.parametrize("side", SIDES)
def test_a_side_file_is_not_opened_as_a_database(live: Path, side: str) -> None:
    db = open_database(live)  # open: its -wal and -shm exist (the -journal does not)
    try:
        db.engine.connect().close()
        other = Path(f"{live}{side}")
        before = _digest(other)
        with pytest.raises(CotError, match=f"{live.name}.*instead"):
            open_database(other)
        assert _digest(other) == before
        assert not list(live.parent.glob(f"{live.name}{side}-*"))  # no log of the log
    finally:
        db.close()


def test_the_cli_refuses_a_side_file_as_its_database(
    live: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for side in SIDES:
        assert main(["--db", f"{live}{side}", "accounts", "add", "Alder Labs"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and live.name in err, err
        assert not Path(f"{live}{side}").exists()


def test_no_backup_or_export_is_written_under_a_side_files_name(
    live: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for side in SIDES:
        target = f"{live}{side}"
        for argv in (["backup", target], ["export", "vcard", "-o", target]):
            assert main(["--db", str(live), *argv]) == 1, argv
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and live.name in err, err
            assert not Path(target).exists()
    copy = live.with_name("copy.sqlite")
    backup_to(live, copy)
    with pytest.raises(CotError, match="choose another file name"):
        restore_from(copy, Path(f"{live}-wal"))


KILLED_WRITER = """
import os, signal, sys
from circlesoftrust.storage import open_database
from circlesoftrust.services import accounts
db = open_database(sys.argv[1])
for i in range(20):
    accounts.create_account(db, f"Only In The Log {i}")
os.kill(os.getpid(), signal.SIGKILL)  # the log stays, never checkpointed
"""


def test_a_backup_over_a_database_with_its_log_beside_it_is_refused(
    tmp_path: Path, live: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The log belongs to the file it would replace: SQLite would replay it onto the copy
    (a mix of two databases, "verified"), and the rows only in the log would be lost."""
    old = tmp_path / "old.sqlite"
    shutil.copyfile(sqlite_template, old)
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(old)],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, check=False,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL
    assert Path(f"{old}-wal").stat().st_size > 0
    before = {side: _digest(Path(f"{old}{side}")) for side in ("", "-wal")}
    assert main(["--db", str(live), "backup", "--overwrite", str(old)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "old.sqlite" in err, err
    assert {side: _digest(Path(f"{old}{side}")) for side in ("", "-wal")} == before
    assert main(["--db", str(old), "accounts", "list", "--search", "Only In The Log"]) == 0
    assert "20 accounts" in capsys.readouterr().out
