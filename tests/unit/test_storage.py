"""Opening databases: where they live, how SQLite is tuned, and what is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from circlesoftrust import database_file
from circlesoftrust.database_file import (
    ENV_VAR,
    backups_dir,
    default_db_path,
    demo_db_path,
    head_revision,
)
from circlesoftrust.errors import DatabaseOpenError
from circlesoftrust.services import accounts, rings
from circlesoftrust.storage import Database, open_database, resolve_url, sqlite_path

pytestmark = pytest.mark.encrypted


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def populated_file(tmp_path: Path, name: str = "real.sqlite") -> Path:
    path = tmp_path / name
    db = open_database(path)
    accounts.create_account(db, "Alder Labs")
    db.close()
    return path


@pytest.mark.pg
def test_a_new_database_has_the_default_rings_and_the_newest_schema(db: Database) -> None:
    names = [r.name for r in rings.list_rings(db)]
    assert names == ["Inner circle", "Loyal customers", "New clients", "Leads", "Audience"]
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == head_revision()


@pytest.mark.pg
def test_reopening_keeps_the_data(db: Database, db_url: str) -> None:
    accounts.create_account(db, "Alder Labs", industry="Software")
    db.close()
    again = open_database(db_url)
    try:
        assert [a.name for a in accounts.list_accounts(again)] == ["Alder Labs"]
    finally:
        again.close()


def test_sqlite_runs_with_foreign_keys_wal_normal_sync_and_a_busy_timeout(db: Database) -> None:
    with db.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 1,
        "busy_timeout": 5000,
    }


def test_db_option_beats_the_environment_which_beats_the_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # conftest points XDG_DATA_HOME into tmp_path: the default is never the real user's file
    assert str(default_db_path()).startswith(str(tmp_path.parent))
    assert sqlite_path(resolve_url(None)) == default_db_path()
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.sqlite"))
    assert sqlite_path(resolve_url(None)) == tmp_path / "from-env.sqlite"
    assert sqlite_path(resolve_url(tmp_path / "given.sqlite")) == tmp_path / "given.sqlite"
    assert resolve_url("postgresql+psycopg://u:secret@host/db").get_backend_name() == "postgresql"


def test_the_demo_lives_in_its_own_file_beside_the_real_one() -> None:
    assert demo_db_path() != default_db_path()
    assert demo_db_path().parent == default_db_path().parent


def test_an_invalid_url_is_one_clear_error() -> None:
    with pytest.raises(DatabaseOpenError, match="not a valid database URL"):
        open_database("nosuchdriver://what:ever@@")


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Shopping list: milk, eggs\n")
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="not a SQLite file"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_a_truncated_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = populated_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match=r"damaged|truncated"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real.sqlite"]  # no side files


def test_a_big_truncated_file_is_refused_without_a_full_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Files above the size limit skip `quick_check` on open; the header still gives it away.
    monkeypatch.setattr(database_file, "QUICK_CHECK_MAX_BYTES", 0)
    path = populated_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="truncated"):
        open_database(path)
    assert digest(path) == before


def test_the_known_schema_revisions_are_alembics_own_list() -> None:
    from alembic.script import ScriptDirectory

    from circlesoftrust.storage import _alembic_config

    script = ScriptDirectory.from_config(_alembic_config())
    oldest_first = [rev.revision for rev in script.walk_revisions()][::-1]
    assert list(database_file.SCHEMA_REVISIONS) == oldest_first


def test_opening_an_up_to_date_file_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = populated_file(tmp_path)
    code = (
        "import sys; from circlesoftrust.storage import open_database; "
        f"open_database({str(path)!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    conn.execute("INSERT INTO photos (file) VALUES ('beach.jpg')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = populated_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real.sqlite"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.sqlite").mkdir()
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path / "folder.sqlite")


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    db = open_database(path)
    try:
        assert len(rings.list_rings(db)) == 5
    finally:
        db.close()


def test_opening_an_up_to_date_file_makes_no_backup(tmp_path: Path) -> None:
    path = populated_file(tmp_path)
    open_database(path).close()
    assert not backups_dir(path).exists()


@pytest.mark.pg
def test_a_database_holding_someone_elses_tables_is_refused(
    backend: str, db_url: str, tmp_path: Path
) -> None:
    from sqlalchemy import create_engine

    url = db_url if backend == "postgresql" else f"sqlite:///{tmp_path / 'other.sqlite'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="not a Circles of Trust database"):
        open_database(url)
