"""A capture run as one user action is undone and redone from the one history.

The window applies a capture through ``circlesoftrust.operations.perform`` (its door's
``run_op``): the touchpoints it logged, the people it added and the threads it made
two-way are taken back by one undo, and come back with redo.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesoftrust import operations
from circlesoftrust.io.capture import capture
from circlesoftrust.io.capture_settings import update_capture_settings
from circlesoftrust.models import Base
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database
from tests.unit.io_support import row_counts, table_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "capture"
SINCE, UNTIL = dt.date(2026, 1, 1), dt.date(2026, 12, 5)


@pytest.fixture(autouse=True)
def _amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def people(db: Database) -> Database:
    accounts.create_account(db, "Alder Labs", website="https://www.alder.example")
    accounts.create_account(db, "Cedar Co")
    accounts.add_contact(db, "Alder Labs", "Anna Berg", email="anna@alder.example")
    accounts.add_contact(db, "Alder Labs", "Jörg Müller", email="joerg@alder.example")
    accounts.add_contact(db, "Cedar Co", "Bob Stone", email="bob@cedar.example")
    update_capture_settings(db, {"own_addresses": ["me@mycompany.example"]})
    return db


def content(db: Database, name: str) -> list[tuple[object, ...]]:
    """A table's rows without the edit version (an undo or redo moves it on, never back)."""
    columns = [c.name for c in Base.metadata.tables[name].columns]
    keep = [i for i, c in enumerate(columns) if c != "version"]
    return [tuple(row[i] for i in keep) for row in table_rows(db, name)]


@pytest.mark.pg
def test_a_capture_with_new_people_and_upgraded_threads_is_undone_and_redone(
    people: Database, tmp_path: Path
) -> None:
    shutil.copytree(FIXTURES, tmp_path / "files")
    folder = tmp_path / "files" / "thunderbird" / "Mail" / "Local Folders"
    capture(people, folder / "Inbox", since=SINCE, until=UNTIL, kind="mail")
    before = {name: content(people, name) for name in ("touchpoints", "contacts")}
    counts = row_counts(people)

    result = operations.perform(
        people,
        "Import mail and calendar",
        lambda: capture(people, tmp_path / "files", since=SINCE, until=UNTIL, add_people=True),
    )

    assert result.result.written > 5 and result.result.contacts_created == 2
    assert result.result.plan.upgrades  # the Inbox's mail answered from Sent: two-way now
    assert result.undo is not None, "the capture cannot be undone"
    assert not result.changes.everything and len(result.changes.accounts) == 2
    after = {name: content(people, name) for name in ("touchpoints", "contacts")}

    operations.undo(people, result.undo)
    assert {name: content(people, name) for name in before} == before
    assert {k: v for k, v in row_counts(people).items() if k != "action_log"} == {
        k: v for k, v in counts.items() if k != "action_log"
    }

    operations.redo(people, result.undo)
    assert {name: content(people, name) for name in after} == after
