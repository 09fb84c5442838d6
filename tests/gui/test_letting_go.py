"""What a new pass replaces is freed in a worker, not on the UI thread, and a big file's
pass is set aside from the cycle collector (ui.shell.store_pass, ui.shell.collector)."""

from __future__ import annotations

import gc
import threading

import pytest

from circlesoftrust.storage import Database
from tests.gui.conftest import ops_for
from ui.accounts.account_store import AccountStore
from ui.common.workers import Workers
from ui.shell import collector, store_pass
from ui.shell.store_pass import let_go_later
from ui.today.inbox_model import _Group

pytestmark = pytest.mark.gui


class Freed:
    """Notes the thread that frees it."""

    def __init__(self, where: list[str]) -> None:
        self.where = where

    def __del__(self) -> None:
        self.where.append(threading.current_thread().name)


class Holder:
    scores: dict[int, Freed]
    groups: list[_Group]


def test_a_container_handed_over_is_freed_in_a_worker_even_when_the_worker_is_quick(
    qtbot, workers: Workers
) -> None:
    where: list[str] = []
    view = Holder()
    view.scores = scores = {i: Freed(where) for i in range(3)}
    view.groups = groups = [_Group("follow_up", [Freed(where) for _ in range(3)], 3, [1, 2, 3])]
    let_go_later(workers, scores, groups)
    # The pool's threads have every chance to look before the caller's references go, as
    # when the UI thread is slow to come back to them (the old race: the worker saw the
    # caller's references, left the containers alone, and the UI thread freed them all).
    workers._pool.waitForDone(2000)
    view.scores, view.groups = {}, []  # the caller replaces them in the same turn
    del scores, groups
    qtbot.waitUntil(lambda: len(where) == 6, timeout=5000)
    assert threading.main_thread().name not in where


def test_a_container_still_held_elsewhere_is_left_to_its_holder(qtbot, workers: Workers) -> None:
    where: list[str] = []
    kept = [Freed(where) for _ in range(3)]
    tasks: list[object] = []
    workers.taskStarted.connect(tasks.append)
    let_go_later(workers, kept)
    qtbot.waitUntil(lambda: bool(tasks) and not workers.running, timeout=5000)
    assert where == [] and len(kept) == 3  # untouched: the view still shows it


def test_a_big_files_pass_is_set_aside_from_the_collector_until_the_file_closes(
    qtbot, demo_db: Database, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_pass, "CHILD_FROM_ACCOUNTS", 10)  # 60 accounts count as big
    monkeypatch.setattr(collector, "SET_ASIDE_FROM", 10)
    gc.unfreeze()
    ops = ops_for(demo_db, workers)
    store = AccountStore(ops)
    with qtbot.waitSignal(store.loaded, timeout=10_000):
        store.load()
    qtbot.waitUntil(lambda: store.analysis_state == "ready", timeout=30_000)
    actions = store.next_action  # (a dict of named tuples: the collector tracks it)
    assert actions and gc.is_tracked(actions)
    # The pass's objects are out of the collector's sight: a collection does not walk them.
    assert gc.get_freeze_count() > 0
    assert not any(o is actions for o in gc.get_objects())
    ops.set_database(None)  # closed: the collector sees everything again
    assert gc.get_freeze_count() == 0
    assert any(o is actions for o in gc.get_objects())
