"""People on the team, in the window: an account's owner set in its form and "Mine" in the
accounts list; a task given to someone and "My tasks" on Today; renaming yourself in
Settings → Team."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from circlesoftrust import team
from circlesoftrust.services import accounts, tasks
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import answer_dialog
from ui.accounts.account_actions import AccountActions
from ui.accounts.account_store import AccountStore
from ui.accounts.accounts_table import AccountsPanel
from ui.operations import Operations
from ui.today.due_tasks import DueTasksPanel

pytestmark = pytest.mark.gui
DAY = dt.date(2026, 6, 15)


def _bob_joins(db: Database) -> None:
    """Bob works on the same database (his first action adds him to the team)."""

    def run() -> None:
        bob = open_database(db.url, user="bob")
        try:
            team.whoami(bob)
        finally:
            bob.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_owner_set_in_the_form_and_mine_shows_only_mine(
    qtbot, demo_ops: Operations, loaded_store: AccountStore, demo_db: Database
) -> None:
    _bob_joins(demo_db)
    me = team.whoami(demo_db)
    parent = QWidget()
    panel = AccountsPanel(loaded_store, parent)
    qtbot.addWidget(parent)
    panel.model.reload()
    actions = AccountActions(parent, demo_ops, loaded_store)
    for account_id in loaded_store.order:  # nobody owns anything yet
        accounts.update_account(demo_db, account_id, owner=None)
    target = loaded_store.order[3]
    saved: list[str] = []
    actions.said.connect(saved.append)

    def make_mine(dialog: QDialog) -> None:
        owner = dialog.fields["owner"]  # type: ignore[attr-defined]
        assert [owner.itemText(i) for i in range(owner.count())] == ["Nobody", "bob", me.name]
        owner.setCurrentIndex(owner.findData(me.id))
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, lambda: actions.edit_account(target), make_mine, timeout=20_000)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert accounts.get_account(demo_db, target).owner_id == me.id

    with qtbot.waitSignal(panel.model.filtered, timeout=10_000):
        panel.mine.setChecked(True)
    assert panel.model.visible_ids == [target]
    assert panel.count_label.text() == f"1 of {len(loaded_store.rows):,}"
    with qtbot.waitSignal(panel.model.filtered, timeout=10_000):
        panel.mine.setChecked(False)
    assert len(panel.model.visible_ids) == len(loaded_store.rows)


def test_a_task_given_to_bob_leaves_my_tasks(
    qtbot, demo_ops: Operations, demo_db: Database
) -> None:
    _bob_joins(demo_db)
    me = team.whoami(demo_db)
    account_id = accounts.create_account(demo_db, "Team Task Ltd").id
    task_id = tasks.add_task(demo_db, account_id, "Call the buyer", due_on=DAY - dt.timedelta(1)).id
    panel = DueTasksPanel(demo_ops)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_day(DAY)
    row = next(i for i, t in enumerate(panel.model.records) if t.id == task_id)
    panel.table.selectRow(row)
    assert panel.model.index(row, 3).data() == me.name  # made by me: mine

    def to_bob(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("bob")
        dialog.accept()

    answer_dialog(qtbot, panel.assign_current, to_bob, timeout=10_000)

    def assignee() -> str | None:
        found = [t for t in tasks.list_tasks(demo_db, account=account_id) if t.id == task_id]
        return found[0].assignee_name

    qtbot.waitUntil(lambda: assignee() == "bob", timeout=10_000)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    row = next(i for i, t in enumerate(panel.model.records) if t.id == task_id)
    assert panel.model.index(row, 3).data() == "bob"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.mine.setChecked(True)
    assert task_id not in {t.id for t in panel.model.records}
    assert all(t.assignee_id == me.id for t in panel.model.records)


def test_rename_yourself_in_settings(qtbot, demo_ops: Operations, demo_db: Database) -> None:
    from tests.gui.test_settings_dialog import make_dialog

    dialog = make_dialog(qtbot, demo_ops)
    page = dialog.team_page
    assert page.me is not None and page.name_edit.text() == page.me.name
    page.name_edit.setText("Anna Admin")
    with qtbot.waitSignal(page.renamed, timeout=10_000):
        page.rename_button.click()
    assert team.whoami(demo_db).name == "Anna Admin"
    assert "Anna Admin" in page.team_label.text() and "(you)" in page.team_label.text()
