"""Shared fixtures: every test gets its own database in tmp_path (never the user's data).

Tests marked ``pg`` also run on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set
(`.ci/run` starts a throwaway server); each such test gets a freshly emptied schema.
Tests marked ``encrypted`` also run on an encrypted SQLCipher file (the ``[sqlcipher]``
leg), reached through a ``sqlite+pysqlcipher://:PASSWORD@/path`` URL.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from circlesoftrust.database_file import ENV_VAR
from circlesoftrust.demo import generate_demo
from circlesoftrust.storage import Database, open_database

PG_URL = os.environ.get("CIRCLESOFTRUST_TEST_PG_URL")
TEST_PASSWORD = "correct horse 7"
DEMO_DAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def _isolate_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may read or write the real user's data directory or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))  # (kept passes: last_pass)
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.delenv("CIRCLESOFTRUST_PASSWORD", raising=False)
    # English texts and en_US formats unless a test asks for a language (tests/unit/test_i18n).
    monkeypatch.setenv("CIRCLESOFTRUST_LANG", "en")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_MONETARY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switched the language (``set_language("nl")``) leaves English behind."""
    from circlesoftrust import formats, i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
    formats.set_currency(None)


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
        if metafunc.definition.get_closest_marker("encrypted"):
            backends.append("sqlcipher")
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
    if backend == "sqlcipher":
        return encrypted_url(tmp_path / "test.sqlite")
    return str(tmp_path / "test.sqlite")


def encrypted_url(path: Path, password: str = TEST_PASSWORD) -> str:
    """``sqlite+pysqlcipher://:PASSWORD@/path`` (SQLAlchemy drops a password without a
    user name when it renders a URL, so it is spelled out here)."""
    return f"sqlite+pysqlcipher://:{quote(password, safe='')}@/{path}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly migrated SQLite file, made once: copying it beats running every migration."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def encrypted_template(sqlite_template: Path) -> Path:
    """The migrated template, encrypted with TEST_PASSWORD (made once)."""
    from circlesoftrust import encryption

    path = sqlite_template.with_name("template-encrypted.sqlite")
    shutil.copyfile(sqlite_template, path)
    encryption.convert(path, None, encryption.new_key(TEST_PASSWORD))
    return path


@pytest.fixture
def db(
    db_url: str, backend: str, sqlite_template: Path, request: pytest.FixtureRequest
) -> Iterator[Database]:
    if backend == "sqlite" and not Path(db_url).exists():
        shutil.copyfile(sqlite_template, db_url)
    if backend == "sqlcipher":
        from circlesoftrust.storage import resolve_url, sqlite_path

        path = sqlite_path(resolve_url(db_url))
        assert path is not None
        if not path.exists():
            shutil.copyfile(request.getfixturevalue("encrypted_template"), path)
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The 60-account demo business, generated as of DEMO_DAY."""
    generate_demo(db, accounts=60, seed=7, today=DEMO_DAY)
    return db
