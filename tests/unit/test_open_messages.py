"""Issue 12, point 8: messages that say what is really wrong.

A full disk is not "damaged"; a leftover -wal in a read-only folder is not "damaged"; a
file whose schema version row is gone is refused before any upgrade (and its backup).
The first two run on a private tmpfs (see tests/sandbox.py).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from circlesoftrust.cli import main
from circlesoftrust.database_file import backups_dir
from tests.crash_images import committed_in_log
from tests.sandbox import run_on_tmpfs, unavailable


def test_an_empty_schema_version_is_refused_before_any_backup(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "noversion.sqlite"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    assert main(["--db", str(path), "rings"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schema version is missing" in err
    assert "already exists" not in err
    assert not backups_dir(path).exists()


# Copies a database and its log onto the tmpfs, then makes the disk full or read-only
# and runs a read-only command; prints the exit code and stderr as JSON.
CHILD = """
import contextlib, io, json, os, shutil, subprocess, sys
from pathlib import Path
mount, source, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
argv = ["accounts", "list"]
target = mount / "data" / source.name
target.parent.mkdir()
for suffix in ("", "-wal"):
    shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
if mode == "full":
    with open(mount / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\\0" * 4096)
else:
    if mode in ("readonly-write", "readonly-backup"):  # a clean file (no log)
        import sqlite3
        sqlite3.connect(target).execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
        argv = ["accounts", "add", "Cannot Be Written"]
        if mode == "readonly-backup":  # a copy to a writable place
            argv = ["backup", str(mount.parent / "copy.sqlite")]
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
from circlesoftrust.cli import main
err = io.StringIO()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    code = main(["--db", str(target), *argv])
print(json.dumps({"code": code, "err": err.getvalue()}))
"""


@pytest.fixture
def with_log(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "logged.sqlite"
    shutil.copyfile(sqlite_template, path)
    committed_in_log(path, 20)  # the last commits only in the -wal, no -shm
    Path(f"{path}-shm").unlink(missing_ok=True)
    return path


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
@pytest.mark.parametrize(
    ("mode", "says"),
    [
        ("full", "full"),
        ("readonly", "read-only"),
        ("readonly-write", "read-only"),
        ("readonly-backup", "read-only"),
    ],
)
def test_reading_with_a_full_disk_or_a_read_only_folder_is_not_damage(
    mode: str, says: str, with_log: Path, tmp_path: Path
) -> None:
    done = run_on_tmpfs(CHILD, tmp_path / "mnt", 16384, str(with_log), mode)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    err = result["err"]
    assert result["code"] == 1 and err.count("\n") == 1, err
    assert says in err and "damaged" not in err, err


FORGOTTEN_CHILD = """
import contextlib, io, json, shutil, sys
from pathlib import Path
mount, source = Path(sys.argv[1]), Path(sys.argv[2])
target = mount / source.name
shutil.copyfile(source, target)
with open(mount / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
    while True:
        fh.write(b"\\\\0" * 4096)
from circlesoftrust import live_files
from circlesoftrust.cli import main
err = io.StringIO()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    code = main(["--db", str(target), "rings"])
print(json.dumps({"code": code, "err": err.getvalue(), "in_use": live_files.in_use(target)}))
"""


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_a_connection_that_failed_to_open_does_not_leave_the_file_marked_open(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """The disk was full while a connection set itself up: the process went on taking the
    file for its open database (a later restore said "close it first", exports and the
    first look refused it) until it ended."""
    done = run_on_tmpfs(FORGOTTEN_CHILD, tmp_path / "mnt", 2048, str(sqlite_template))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 1 and "full" in result["err"], result
    assert result["in_use"] is False


ENCRYPT_CHILD = """
import contextlib, io, json, os, shutil, sys
from pathlib import Path
mount, source = Path(sys.argv[1]), Path(sys.argv[2])
target = mount / source.name
shutil.copyfile(source, target)
free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
with open(mount / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
    fh.write(b"\\\\0" * (free - target.stat().st_size // 2))  # room for half a copy
os.environ["CIRCLESOFTRUST_PASSWORD"] = "a long enough password"
from circlesoftrust.cli import main
err = io.StringIO()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    code = main(["--db", str(target), "encrypt"])
left = sorted(p.name for p in mount.iterdir())
print(json.dumps({"code": code, "err": err.getvalue(), "left": left}))
"""


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_encrypting_on_a_full_disk_says_the_disk_is_full(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """It said "cannot rollback - no transaction is active" (SQLite had already rolled
    back when the disk filled up; our ROLLBACK's own error hid the real one)."""
    done = run_on_tmpfs(ENCRYPT_CHILD, tmp_path / "mnt", 4096, str(sqlite_template))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 1 and result["err"].count("\n") == 1, result
    assert "full" in result["err"] and "rollback" not in result["err"], result
    assert not [name for name in result["left"] if name.startswith(".")], result  # no copy left


def test_database_urls_that_fail_say_so_in_one_line_without_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from circlesoftrust.cli import main

    monkeypatch.chdir(tmp_path)
    for url in (
        "postgresql://ann:s3cret-pw@[::1/crm",  # not a URL: was echoed, password and all
        "postgresql://ann:s3cret-pw@127.0.0.1:1/crm",  # nobody listens: was two lines
    ):
        code = main(["--db", url, "rings"])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1, err
        assert "s3cret-pw" not in err, err


def test_an_encrypted_url_with_a_relative_path_is_backed_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sqlite+pysqlcipher://:PASSWORD@/crm.sqlite`` names crm.sqlite in the working
    folder (three slashes); a backup of it raised "relative path can't be expressed as
    a file URI"."""
    from circlesoftrust.cli import main

    monkeypatch.chdir(tmp_path)
    url = "sqlite+pysqlcipher://:a-long-password@/crm.sqlite"
    assert main(["--db", url, "accounts", "add", "Alder Labs"]) == 0
    assert main(["--db", url, "backup", str(tmp_path / "copy.sqlite")]) == 0, capsys.readouterr()
    assert (tmp_path / "crm.sqlite").is_file()
