"""Issue 12 (found by the fault harness): a kill in the middle of the migrations.

Python's sqlite3 begins no transaction before DDL, so every CREATE TABLE of a migration
committed on its own: a process killed while creating a new database left a file with
some tables and no application id ("another program's SQLite file", refused for good),
and one killed in an upgrade left a schema the next upgrade failed on. The child process
here dies (``os._exit``) after its Nth schema statement.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from circlesoftrust.services import accounts
from circlesoftrust.storage import make_engine, open_database, resolve_url, upgrade

CHILD = """
import os, sys
from sqlalchemy import Engine, event
from circlesoftrust.storage import open_database
statements = 0
def count(conn, cursor, statement, *args):
    global statements
    if statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP")):
        statements += 1
        if statements == int(sys.argv[2]):
            os._exit(0)  # a kill -9 between two schema statements
event.listen(Engine, "after_cursor_execute", count)
open_database(sys.argv[1])
"""


def _die_during_migrations(path: Path, after: int) -> None:
    subprocess.run([sys.executable, "-c", CHILD, str(path), str(after)], check=True)


@pytest.mark.parametrize("after", [3, 12])
def test_a_new_database_killed_while_it_is_created_opens_afterwards(
    tmp_path: Path, after: int
) -> None:
    path = tmp_path / "new.sqlite"
    _die_during_migrations(path, after)
    db = open_database(path)
    try:
        accounts.create_account(db, "Alder Labs")
        assert [a.name for a in accounts.list_accounts(db)] == ["Alder Labs"]
    finally:
        db.close()


def test_an_upgrade_killed_half_way_runs_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(resolve_url(path))
    upgrade(engine, "0004")
    engine.dispose()
    _die_during_migrations(path, 2)
    db = open_database(path)  # upgrades again from 0004, from the start
    db.close()
