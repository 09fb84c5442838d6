"""Quick capture driven from the keyboard: Ctrl+K, type a line, see what it understood,
Enter saves through the door (Ctrl+Z undoes it); an unclear line asks and saves nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from circlesoftrust import formats
from circlesoftrust.overview import account_overview
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import settle
from tests.gui.test_main_window import _open
from ui.quick_capture.capture_dialog import QuickCaptureDialog
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    acc = accounts.create_account(db, "Alder Legal AG", ring="Loyal customers")
    accounts.add_contact(db, acc.id, "Quentin Tanaka", role="decision_maker")
    accounts.add_contact(db, acc.id, "Anna Berg")
    other = accounts.create_account(db, "Delta Motors BV", ring="Leads")
    accounts.create_account(db, "Delta Design Inc.", ring="Leads")
    activity.log_touchpoint(db, other.id, kind="email", on=dt.date.today() - dt.timedelta(30))
    location = str(db.path)
    db.close()
    return _open(qtbot, location)


def _open_line(qtbot, window: MainWindow) -> QuickCaptureDialog:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_capture.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.line, timeout=5000)
    return dialog


def _type(qtbot, dialog: QuickCaptureDialog, text: str) -> None:
    with qtbot.waitSignal(dialog.understood, timeout=10_000):
        qtbot.keyClicks(dialog.line, text)


def _db(window: MainWindow) -> Database:
    return open_database(window.location)


def test_ctrl_k_is_the_quick_capture_shortcut(window: MainWindow) -> None:
    action = window.commands["quick_capture"]
    assert QKeySequence("Ctrl+K") in action.shortcuts()
    assert action in window.menus["Account"].actions()


def test_a_call_is_shown_before_saving_then_saved_and_undone(qtbot, window: MainWindow) -> None:
    dialog = _open_line(qtbot, window)
    _type(qtbot, dialog, "Alder Legal: call with Quentin yesterday, renewal talk")

    yesterday = dt.date.today() - dt.timedelta(days=1)
    shown = {key: label.text() for key, label in dialog.fields.items() if label.isVisible()}
    assert shown["account"] == "Alder Legal AG"
    assert shown["contact"] == "Quentin Tanaka"
    assert shown["kind"] == "call"
    assert shown["date"].startswith(formats.date(yesterday) + " (")  # the app's one format
    assert shown["note"] == "renewal talk"
    assert not dialog.question.isVisible() and dialog.save_button.isEnabled()

    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert "Saved: call · Alder Legal AG" in window.statusBar().currentMessage()
    db = _db(window)
    try:
        acc = accounts.get_account(db, "Alder Legal AG").id
        touch = [e for e in account_overview(db, acc).timeline if e.kind == "touchpoint"]
        assert [(e.on, e.detail) for e in touch] == [(yesterday, "renewal talk")]
        assert "Quentin Tanaka" in touch[0].title

        settle(qtbot, window.ops)
        with qtbot.waitSignal(window.ops.changed, timeout=10_000):
            window.ops.undo()
        assert not [e for e in account_overview(db, acc).timeline if e.kind == "touchpoint"]
    finally:
        db.close()


def test_a_purchase_with_a_renewal_date_is_recorded_as_revenue(qtbot, window: MainWindow) -> None:
    dialog = _open_line(qtbot, window)
    _type(qtbot, dialog, "Delta Motors purchase 12000 renewal 2027-06-01")
    assert dialog.fields["amount"].text() == "$12,000.00"
    assert dialog.fields["renewal"].text() == formats.date(dt.date(2027, 6, 1))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.line, Qt.Key.Key_Enter)
    db = _db(window)
    try:
        overview = account_overview(db, accounts.get_account(db, "Delta Motors BV").id)
        assert overview.revenue_total_cents == 1_200_000
        assert overview.renewal_on == dt.date(2027, 6, 1)
    finally:
        db.close()


def test_an_unclear_line_asks_and_enter_saves_nothing(qtbot, window: MainWindow) -> None:
    dialog = _open_line(qtbot, window)
    _type(qtbot, dialog, "Delta: purchase 500")
    assert dialog.question.isVisible()
    assert "Delta Motors BV" in dialog.question.text()
    assert "Delta Design Inc." in dialog.question.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.ops.undo_stack.count() == 0

    # Typing on answers the question: the line is read again and can be saved.
    dialog.line.clear()
    _type(qtbot, dialog, "Delta Design: purchase 500")
    assert not dialog.question.isVisible() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    assert window.ops.undo_stack.count() == 1


def test_enter_right_after_typing_reads_the_line_first(qtbot, window: MainWindow) -> None:
    dialog = _open_line(qtbot, window)
    qtbot.keyClicks(dialog.line, "Alder Legal: meeting with Anna today")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)  # before the pause that reads it
    db = _db(window)
    try:
        acc = accounts.get_account(db, "Alder Legal AG").id
        touch = [e for e in account_overview(db, acc).timeline if e.kind == "touchpoint"]
        assert len(touch) == 1 and "Anna Berg" in touch[0].title
    finally:
        db.close()


def test_escape_closes_without_saving(qtbot, window: MainWindow) -> None:
    dialog = _open_line(qtbot, window)
    _type(qtbot, dialog, "Alder Legal: call today")
    qtbot.keyClick(dialog.line, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.ops.undo_stack.count() == 0


def test_an_account_made_meanwhile_is_found_by_the_next_line(qtbot, window: MainWindow) -> None:
    dialog = _open_line(qtbot, window)
    _type(qtbot, dialog, "Alder Legal: call today")
    assert dialog.capture is not None and dialog.capture.ready

    def create(db: Database) -> object:
        return accounts.create_account(db, "Zephyr Works Ltd", ring="Leads")

    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        window.ops.run_op("New account", create)  # (the line stays open meanwhile)
    dialog.line.clear()
    _type(qtbot, dialog, "Zephyr Works: meeting today")
    assert dialog.fields["account"].text() == "Zephyr Works Ltd"
    assert not dialog.question.isVisible()
