"""The first look: the account list of a file, read before SQLAlchemy is loaded.

It must show exactly what the services list, never write, and step aside (``None``) for
anything the proper open has to check, upgrade or refuse.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from circlesoftrust.database_file import ENV_VAR
from circlesoftrust.first_look import first_look, local_file
from circlesoftrust.services import accounts, rings
from circlesoftrust.storage import Database, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def closed_demo_file(demo_db: Database) -> Path:
    path = demo_db.path
    assert path is not None
    demo_db.close()
    return path


@pytest.fixture
def demo_file(demo_db: Database) -> Path:
    return closed_demo_file(demo_db)


def test_the_look_lists_what_the_services_list(demo_db: Database) -> None:
    accounts.archive_account(demo_db, accounts.list_account_names(demo_db)[0].id)
    expected_rows = accounts.list_account_names(demo_db)
    expected_rings = rings.list_rings(demo_db)
    look = first_look(str(closed_demo_file(demo_db)))
    assert look is not None
    # The same accounts (in no particular order), the archived one left out.
    assert sorted(look.rows, key=lambda r: r.id) == sorted(expected_rows, key=lambda r: r.id)
    assert look.rings == expected_rings


def test_the_look_writes_nothing_and_leaves_no_side_files(demo_file: Path) -> None:
    before = digest(demo_file)
    siblings = sorted(p.name for p in demo_file.parent.iterdir())
    assert first_look(str(demo_file)) is not None
    assert digest(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == siblings


def test_the_look_needs_no_sqlalchemy(demo_file: Path) -> None:
    code = (
        "import sys; from circlesoftrust.first_look import first_look; "
        f"look = first_look({str(demo_file)!r}); "
        "print(len(look.rows), 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, loaded = out.stdout.split()
    assert int(count) > 0
    assert loaded == "False"


def test_a_url_or_a_missing_or_empty_file_gets_no_look(tmp_path: Path) -> None:
    assert first_look("postgresql+psycopg://me@localhost/clients") is None
    assert first_look(str(tmp_path / "missing.sqlite")) is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert first_look(str(empty)) is None
    assert first_look(str(tmp_path)) is None  # a folder


def test_files_the_open_must_refuse_or_upgrade_get_no_look(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("Shopping list: milk, eggs\n")
    foreign = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    conn.commit()
    conn.close()
    older = tmp_path / "older.sqlite"
    open_database(older).close()
    conn = sqlite3.connect(older)
    conn.execute("UPDATE alembic_version SET version_num = '0003'")
    conn.commit()
    conn.close()
    truncated = tmp_path / "truncated.sqlite"
    db = open_database(truncated)
    accounts.create_account(db, "Alder Labs")
    db.close()
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    for path in (text, foreign, older, truncated):
        before = digest(path)
        assert first_look(str(path)) is None, path.name
        assert digest(path) == before


def test_no_location_means_the_environment_then_the_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_file: Path
) -> None:
    monkeypatch.setenv(ENV_VAR, str(demo_file))
    assert local_file(None) == demo_file.resolve()
    look = first_look(None)
    assert look is not None and look.path == demo_file.resolve()
    monkeypatch.setenv(ENV_VAR, "postgresql://team@server/clients")
    assert local_file(None) is None


def test_a_symlink_loop_or_an_account_without_its_ring_does_not_raise(
    tmp_path: Path, demo_file: Path
) -> None:
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(loop)
    assert first_look(str(loop)) is None
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA foreign_keys = OFF")
    orphan = conn.execute("SELECT min(id) FROM accounts").fetchone()[0]
    conn.execute("UPDATE accounts SET ring_id = 999 WHERE id = ?", (orphan,))
    conn.commit()
    conn.close()
    look = first_look(str(demo_file))
    assert look is not None
    assert orphan not in {r.id for r in look.rows}  # as the services' list leaves it out
    assert len(look.rows) == 59
