"""Shared fixtures: every test gets its own database in tmp_path (never the user's data).

Tests marked ``pg`` also run on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set
(`.ci/run` starts a throwaway server); each such test gets a freshly emptied schema.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesoftrust.database_file import ENV_VAR
from circlesoftrust.demo import generate_demo
from circlesoftrust.storage import Database, open_database

PG_URL = os.environ.get("CIRCLESOFTRUST_TEST_PG_URL")
DEMO_DAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def _isolate_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may read or write the real user's data directory or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv(ENV_VAR, raising=False)


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        if PG_URL and metafunc.definition.get_closest_marker("pg"):
            backends.append("postgresql")
        metafunc.parametrize("backend", backends)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> str:
    """Where the test's database lives: a file in tmp_path, or the emptied PostgreSQL schema.

    Every test that uses a database is parametrised by ``backend`` (``[sqlite]``); tests
    marked ``pg`` also get ``[postgresql]`` when CIRCLESOFTRUST_TEST_PG_URL is set.
    """
    if backend == "postgresql":
        assert PG_URL
        _reset_pg(PG_URL)
        return PG_URL
    return str(tmp_path / "test.sqlite")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly migrated SQLite file, made once: copying it beats running every migration."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def db(db_url: str, backend: str, sqlite_template: Path) -> Iterator[Database]:
    if backend == "sqlite" and not Path(db_url).exists():
        shutil.copyfile(sqlite_template, db_url)
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The 60-account demo business, generated as of DEMO_DAY."""
    generate_demo(db, accounts=60, seed=7, today=DEMO_DAY)
    return db
