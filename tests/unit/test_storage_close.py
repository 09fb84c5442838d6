"""Closing a database while a worker still holds a connection (the window closes during a
read): the connection is closed when the worker gives it back, not left to the garbage
collector. On PostgreSQL it stayed open on the server until then (a ResourceWarning in a
later test); on SQLite the file stayed "live", so file checks kept refusing it."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from circlesoftrust import live_files
from circlesoftrust.storage import Database, open_database

pytestmark = pytest.mark.pg


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(u.exc_value))
    yield seen


def test_a_connection_returned_after_close_is_closed(
    db: Database, db_url: str, unraisable: list[BaseException]
) -> None:
    db.close()  # (the fixture's own connections: only the window's below)
    again = open_database(db_url)
    held = again.engine.connect()  # a worker's read, still running
    held.execute(text("select 1"))
    raw = held.connection.dbapi_connection
    again.close()  # the window closes
    held.close()  # the worker finishes and gives the connection back
    del held
    gc.collect()
    assert unraisable == []
    if again.path is not None:
        assert not live_files.in_use(again.path)
    else:
        assert raw is not None and raw.closed  # type: ignore[attr-defined]
