"""`kill -9` during encrypt, decrypt and rekey leaves the old file or the new one, whole.

The command runs in a child process; the test kills it (SIGKILL) at points drawn at
random: while the new file beside the database grows, once it is complete (verification
and the swap), and as the command starts. Whatever moment it hits, the database must then
open with the old password or the new one and hold every row it held before.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from circlesoftrust import encryption
from circlesoftrust.demo import generate_demo
from circlesoftrust.encryption import FileKey
from circlesoftrust.storage import open_database
from tests.conftest import DEMO_DAY

pytestmark = pytest.mark.slow

OLD, NEW = "old password", "new password"
KILLS_PER_COMMAND = 4


@pytest.fixture(scope="module")
def big_plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database large enough (≈ 8 MB) for the conversion to take a while."""
    path = tmp_path_factory.mktemp("crash") / "big.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=800, seed=3, today=DEMO_DAY)
    db.close()
    return path


def counts(conn: Any) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def read_counts(path: Path, passwords: list[str | None]) -> tuple[str | None, dict[str, int]]:
    """Which of ``passwords`` opens the file (None: plain), and its row counts."""
    for password in passwords:
        if password is None:
            if encryption.looks_encrypted(path):
                continue
            conn: Any = sqlite3.connect(path)
        else:
            if not encryption.looks_encrypted(path):
                continue
            key = encryption.key_for_file(path, password)
            encryption.inspect_encrypted_file(path, key)
            conn = encryption.connect(path, key)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return password, counts(conn)
        finally:
            conn.close()
    raise AssertionError(f"{path} opens with none of the passwords")


def run_and_kill(path: Path, command: str, env: dict[str, str], rng: random.Random) -> bool:
    """Start ``circlesoftrust COMMAND`` and SIGKILL it at a random point; True if it was
    killed before it finished."""
    staged = path.with_name(f".{path.name}.converting")
    # The new file is within a few per cent of the old one's size (SQLCipher keeps 80
    # bytes of each 4 KiB page for its IV and HMAC); 0.93 of it is "complete or nearly".
    expected = path.stat().st_size
    moment = rng.choice(("growing", "growing", "complete", "start"))
    fraction = rng.uniform(0.05, 0.9) if moment == "growing" else 0.93
    threshold = int(expected * fraction)
    child = subprocess.Popen(
        [sys.executable, "-m", "circlesoftrust.cli", "--db", str(path), command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if moment != "start":
        # Wait on the condition: the staged file has grown past the drawn size.
        while child.poll() is None:
            try:
                if staged.stat().st_size >= threshold:
                    break
            except FileNotFoundError:
                pass
    child.send_signal(signal.SIGKILL)
    _out, err = child.communicate()
    assert b"Traceback" not in err, err
    return child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "rekey"])
def test_kill_9_at_random_points_leaves_the_old_or_the_new_file_whole(
    command: str, big_plain: Path, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(big_plain, path)
    with sqlite3.connect(path) as conn:
        expected = counts(conn)
    conn.close()
    if command != "encrypt":
        key: FileKey = encryption.new_key(OLD)
        encryption.convert(path, None, key)
    original = path.with_name("original.sqlite")
    shutil.copyfile(path, original)
    before = {"encrypt": None, "decrypt": OLD, "rekey": OLD}[command]
    after = {"encrypt": OLD, "decrypt": None, "rekey": NEW}[command]
    env = {
        **os.environ,
        "CIRCLESOFTRUST_PASSWORD": OLD,
        "CIRCLESOFTRUST_NEW_PASSWORD": NEW,
    }
    rng = random.Random(f"{command}-{os.getpid()}")
    killed = 0
    for _ in range(KILLS_PER_COMMAND):
        shutil.copyfile(original, path)  # every kill starts from the file before the command
        killed += run_and_kill(path, command, env, rng)
        found, rows = read_counts(path, [before, after])
        assert rows == expected
    assert killed >= KILLS_PER_COMMAND // 2  # most kills landed while it was working
    # Whatever was left beside the file, the command then completes.
    if found == before:
        finished = subprocess.run(
            [sys.executable, "-m", "circlesoftrust.cli", "--db", str(path), command],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
        assert finished.returncode == 0, finished.stderr
    assert read_counts(path, [after]) == (after, expected)
