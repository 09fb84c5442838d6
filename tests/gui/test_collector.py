"""The window's cycle collector and threads (ui.shell.collector, ui.shell.store_pass)."""

from __future__ import annotations

import gc
import os
import sys
import threading
import weakref

import pytest

from ui.shell import collector
from ui.shell.store_pass import BEHIND_NICE, behind_the_window

pytestmark = pytest.mark.gui


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_a_timed_collection_waits_a_turn_while_an_answer_arrives_then_collects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(collector, "ARRIVING", 1000)
    gc.collect()
    garbage = weakref.ref(Node())
    arriving = [[i] for i in range(5000)]  # many objects made since the last collection
    collector.collect()
    assert garbage() is not None  # put off: the answer read so far is not walked now
    collector.collect()
    assert garbage() is None  # the next turn collects, however many objects were made
    del arriving


def test_a_timed_collection_with_few_new_objects_collects_at_once() -> None:
    gc.collect()
    garbage = weakref.ref(Node())
    collector.collect()
    assert garbage() is None


def test_work_behind_the_window_gives_its_result_and_its_errors() -> None:
    assert behind_the_window(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        behind_the_window(lambda: 1 / 0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's per-thread nice")
def test_work_behind_the_window_runs_at_a_lower_priority_than_the_window() -> None:
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def nice_here() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    assert behind_the_window(nice_here) >= max(mine, BEHIND_NICE)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine  # the UI's
