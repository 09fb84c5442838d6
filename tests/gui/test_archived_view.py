"""View → Archived Accounts lists the archived accounts and restores one with Enter;
Ctrl+Z archives it again; the table shows the restored account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import settle
from tests.gui.test_main_window import _open
from ui.accounts.archived_dialog import ArchivedDialog
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    accounts.create_account(db, "Active One Ltd", ring="Leads")
    for name, industry in (("Old Harbour BV", "Logistics"), ("Closed Shop GmbH", "Retail")):
        acc = accounts.create_account(db, name, ring="Loyal customers", industry=industry)
        accounts.archive_account(db, acc.id)
    location = str(db.path)
    db.close()
    return _open(qtbot, location)


def _open_view(qtbot, window: MainWindow) -> ArchivedDialog:
    action = window.commands["show_archived"]
    assert action in window.menus["View"].actions()
    action.trigger()
    dialog = window.findChild(ArchivedDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def _names(dialog: ArchivedDialog) -> list[str]:
    return [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]


def test_the_archived_view_lists_them_and_filters(qtbot, window: MainWindow) -> None:
    dialog = _open_view(qtbot, window)
    assert sorted(_names(dialog)) == ["Closed Shop GmbH", "Old Harbour BV"]
    assert dialog.model.index(0, 1).data() == "Loyal customers"
    qtbot.keyClicks(dialog.filter, "logist")
    assert _names(dialog) == ["Old Harbour BV"]
    qtbot.keyClicks(dialog.filter, "zzz")
    assert dialog.model.rowCount() == 0 and "No archived account matches" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_enter_restores_and_undo_archives_again(qtbot, window: MainWindow) -> None:
    dialog = _open_view(qtbot, window)
    qtbot.keyClicks(dialog.filter, "harbour")
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(dialog) == [], timeout=10_000)
    assert "Restored Old Harbour BV to Loyal customers" in window.statusBar().currentMessage()
    store = window.store
    qtbot.waitUntil(
        lambda: any(r.name == "Old Harbour BV" for r in store.rows.values()), timeout=10_000
    )
    db = open_database(window.location)
    try:
        assert accounts.get_account(db, "Old Harbour BV").archived_at is None
        settle(qtbot, window.ops)
        with qtbot.waitSignal(window.ops.changed, timeout=10_000):
            window.ops.undo()
        assert accounts.get_account(db, "Old Harbour BV").archived_at is not None
    finally:
        db.close()
    dialog.filter.clear()
    qtbot.waitUntil(lambda: "Old Harbour BV" in _names(dialog), timeout=10_000)
