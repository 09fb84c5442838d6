"""Issue 12 beyond its examples: files that are not files.

A device (``/dev/zero``, ``/dev/urandom``) reports a size of 0, so the size limit let it
through and the import read it until memory ran out; a named pipe (FIFO) blocked the
import for ever, and one in a folder of mail hung the capture (a watched folder too).
Each is refused in one line at once. A child process runs each case, so a regression
shows as a timeout, not as a hung test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sandbox import REPO

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

READER = """
import sys
from pathlib import Path
from circlesoftrust.errors import CotError
from circlesoftrust.io.address_book import read_contacts
from circlesoftrust.io.full_export import restore_json
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.storage import open_database
path, how = Path(sys.argv[1]), sys.argv[2]
try:
    if how == "import":
        read_import_file(path)
    elif how == "address_book":
        read_contacts(path)
    else:
        db = open_database(Path(sys.argv[3]))
        restore_json(db, path, dry_run=True)
except CotError as exc:
    print("refused:", exc)
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", READER, *args], capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)}, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("how", ["import", "address_book", "json"])
@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_device_or_a_pipe_is_refused_at_once(
    how: str, special: str, tmp_path: Path, sqlite_template: Path
) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "contacts.csv"
        os.mkfifo(path)
    done = _run(str(path), how, str(sqlite_template))
    assert done.returncode == 0, done.stderr[-300:]
    assert done.stdout.startswith("refused:") and "not a file" in done.stdout, done.stdout
    assert done.stdout.count("\n") == 1


def test_a_pipe_in_a_folder_of_mail_is_passed_over(tmp_path: Path, sqlite_template: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    os.mkfifo(folder / "Inbox")  # mbox files have no suffix: it would be opened
    db = tmp_path / "db.sqlite"
    db.write_bytes(sqlite_template.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "circlesoftrust.cli", "--db", str(db), "import", str(folder)],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
