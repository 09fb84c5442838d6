"""Today shows the due and overdue tasks of every account beside the suggestions; C
completes the selected one (Ctrl+Z brings it back), Enter opens its account."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from circlesoftrust.services import accounts, tasks
from circlesoftrust.storage import Database
from tests.gui.conftest import ops_for
from tests.gui.test_inbox import until_loaded
from ui.common.workers import Workers
from ui.today.inbox import InboxView

pytestmark = pytest.mark.gui

DAY = dt.date(2026, 6, 15)


@pytest.fixture
def made(db: Database) -> dict[str, int]:
    north = accounts.create_account(db, "North Star Ltd", ring="Loyal customers").id
    south = accounts.create_account(db, "South Bay AG", ring="Leads").id
    ids = {
        "late": tasks.add_task(db, north, "Send the proposal", due_on=DAY - dt.timedelta(3)).id,
        "today": tasks.add_task(db, south, "Call about the invoice", due_on=DAY).id,
        "later": tasks.add_task(db, south, "Book lunch", due_on=DAY + dt.timedelta(2)).id,
        "done": tasks.add_task(db, north, "Old one", due_on=DAY - dt.timedelta(9)).id,
        "north": north,
        "south": south,
    }
    tasks.complete_task(db, ids["done"], on=DAY - dt.timedelta(8))
    gone = accounts.create_account(db, "Closed Down Ltd", ring="Leads").id
    tasks.add_task(db, gone, "Chase the old invoice", due_on=DAY - dt.timedelta(1))
    accounts.archive_account(db, gone)  # an archived account's tasks are not today's work
    return ids


@pytest.fixture
def today(qtbot, db: Database, made: dict[str, int], workers: Workers) -> InboxView:
    view = InboxView(ops_for(db, workers), today=DAY)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.tasks_panel.loaded, timeout=20_000):
        until_loaded(qtbot, view, view.refresh)
    return view


def _shown(view: InboxView) -> list[tuple[str, str, str]]:
    model = view.tasks_panel.model
    return [
        tuple(model.index(r, c).data() for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_due_and_overdue_tasks_are_listed_beside_the_suggestions(
    today: InboxView, made: dict[str, int]
) -> None:
    panel = today.tasks_panel
    assert panel.isVisible() and today.stack.isVisible()
    assert panel.geometry().left() > today.stack.geometry().left()  # beside, not below
    assert _shown(today) == [
        ("3 days late", "Send the proposal", "North Star Ltd"),
        ("today", "Call about the invoice", "South Bay AG"),
    ]
    assert panel.count_label.text() == "2 due, 1 overdue"
    late = panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert late is not None and late.color().name() == "#dc2626"


def test_c_completes_the_selected_task_and_undo_brings_it_back(
    qtbot, today: InboxView, db: Database, made: dict[str, int]
) -> None:
    panel = today.tasks_panel
    panel.table.setFocus()
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.completed, timeout=10_000):
        qtbot.keyClick(panel.table, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: [r[1] for r in _shown(today)] == ["Call about the invoice"])
    done = {t.id: t for t in tasks.list_tasks(db, open_only=False)}
    assert done[made["late"]].done_on == DAY
    assert panel.current_task() is not None  # the next task is selected: C again goes on

    with qtbot.waitSignal(today.ops.changed, timeout=10_000):
        today.ops.undo()
    qtbot.waitUntil(lambda: len(_shown(today)) == 2, timeout=10_000)
    again = {t.id: t for t in tasks.list_tasks(db, open_only=False)}
    assert again[made["late"]].done_on is None


def test_enter_on_a_task_opens_its_account(qtbot, today: InboxView, made: dict[str, int]) -> None:
    panel = today.tasks_panel
    panel.table.setFocus()
    panel.table.selectRow(1)
    with qtbot.waitSignal(today.accountActivated, timeout=5000) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [made["south"]]


def test_no_task_due_says_so(qtbot, db: Database, workers: Workers) -> None:
    accounts.create_account(db, "Quiet Co", ring="Leads")
    view = InboxView(ops_for(db, workers), today=DAY)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.tasks_panel.loaded, timeout=20_000):
        until_loaded(qtbot, view, view.refresh)
    assert view.tasks_panel.empty.isVisible() and not view.tasks_panel.table.isVisible()
    assert not view.tasks_panel.done_button.isEnabled()


def test_a_touch_logged_on_an_account_without_due_tasks_leaves_the_list_unread(
    qtbot, db: Database, today: InboxView, made: dict[str, int], monkeypatch
) -> None:
    """Only a change that may alter the due tasks reads them again (at 100,000 accounts
    that read held the interpreter ≈ 0.4 s after every logged touch, measured)."""
    from circlesoftrust.operations import Changes
    from circlesoftrust.services.activity import log_touchpoint

    panel = today.tasks_panel
    reads: list[int] = []
    monkeypatch.setattr(panel, "refresh", lambda: reads.append(1))
    elsewhere = accounts.create_account(db, "West Wind BV", ring="Leads").id
    log_touchpoint(db, elsewhere, kind="call", direction="two_way")
    today.ops.changed.emit(Changes(accounts=frozenset({elsewhere})), None)
    assert not today._tasks_timer.isActive() and reads == []  # no task of it is shown
    today.ops.changed.emit(Changes(accounts=frozenset({made["north"]})), None)
    qtbot.waitUntil(lambda: reads == [1])  # (its name may have changed: the list shows it)
    today.ops.changed.emit(Changes(accounts=frozenset({elsewhere}), tasks=True), None)
    qtbot.waitUntil(lambda: reads == [1, 1])  # a task changed


def test_changes_in_a_row_read_the_due_tasks_once_a_moment_later(
    qtbot, db: Database, today: InboxView, made: dict[str, int], monkeypatch
) -> None:
    """Not while the window shows the change itself: at 100,000 accounts the read took a
    worker's Python ≈ 100 ms, and the UI thread waited for its turn (measured)."""
    from circlesoftrust.operations import Changes

    panel = today.tasks_panel
    reads: list[int] = []
    monkeypatch.setattr(panel, "refresh", lambda: reads.append(1))
    for _ in range(3):  # e.g. an accept that made a task, then two more
        today.ops.changed.emit(Changes(accounts=frozenset({made["north"]}), tasks=True), None)
    assert reads == []  # not at once
    qtbot.waitUntil(lambda: reads == [1])
    assert not today._tasks_timer.isActive()  # nothing more to come: one read for the three
