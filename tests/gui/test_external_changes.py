"""Two windows (or the window and the command line) on one database see each other's
changes: a write by another connection or process shows up in the views; the window's own
writes do not make it read everything again."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from circlesoftrust.services import accounts as accounts_service
from circlesoftrust.storage import Database, open_database
from ui.accounts.account_store import AccountStore
from ui.operations import Operations
from ui.shell.external_changes import ExternalChanges

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def elsewhere(db: Database, write: Callable[[Database], Any]) -> None:
    """Another window's write: its own Database object, off the UI thread."""

    def run() -> None:
        other = open_database(db.url, user="bob")
        try:
            write(other)
        finally:
            other.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


@pytest.fixture
def watcher(qtbot, demo_ops: Operations, loaded_store: AccountStore) -> ExternalChanges:
    watch = ExternalChanges(demo_ops)
    watch.timer.stop()  # the test asks when it wants to
    with qtbot.waitSignal(watch.polled, timeout=10_000):
        watch.poll()  # the baseline
    return watch


def test_another_connections_new_account_and_edit_show_up(
    qtbot, watcher: ExternalChanges, loaded_store: AccountStore, demo_db: Database
) -> None:
    first = loaded_store.order[0]
    elsewhere(demo_db, lambda db: accounts_service.create_account(db, "Made Elsewhere Ltd"))
    elsewhere(
        demo_db, lambda db: accounts_service.update_account(db, first, name="Renamed Far Away")
    )
    with qtbot.waitSignal(watcher.noticed, timeout=10_000):
        watcher.poll()
    qtbot.waitUntil(
        lambda: (
            {"Made Elsewhere Ltd", "Renamed Far Away"}
            <= {row.name for row in loaded_store.rows.values()}
        ),
        timeout=10_000,
    )


def test_own_writes_are_not_mistaken_for_someone_elses(
    qtbot, watcher: ExternalChanges, demo_ops: Operations, loaded_store: AccountStore
) -> None:
    noticed: list[bool] = []
    watcher.noticed.connect(lambda: noticed.append(True))
    account_id = loaded_store.order[2]
    with qtbot.waitSignal(demo_ops.changed, timeout=10_000):
        demo_ops.run_op(
            "Edit", lambda db: accounts_service.update_account(db, account_id, notes="mine")
        )
    with qtbot.waitSignal(watcher.polled, timeout=10_000) as polled:
        watcher.poll()
    assert polled.args == [False] and not noticed


def test_a_command_line_write_shows_up_in_the_window(
    qtbot, watcher: ExternalChanges, loaded_store: AccountStore, demo_db: Database
) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "circlesoftrust.cli", "--db", str(demo_db.path), "accounts", "add",
         "Typed In A Terminal GmbH"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    with qtbot.waitSignal(watcher.noticed, timeout=10_000):
        watcher.poll()
    qtbot.waitUntil(
        lambda: "Typed In A Terminal GmbH" in {row.name for row in loaded_store.rows.values()},
        timeout=10_000,
    )
