"""More fact forms (issue 18, point 1): a perk's expiry, pin/unpin with the reason, a
referral to a new account, and editing or deleting facts from the timeline — each
driven as a user would and undone from the one history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QPushButton, QToolButton

from circlesoftrust import formats
from circlesoftrust.overview import account_overview
from circlesoftrust.storage import Database
from tests.gui.conftest import answer_dialog
from tests.gui.test_fact_forms import _ok, _show, _undo
from tests.gui.test_main_window import _open
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    return _open(qtbot, location)


def _perk_account(window: MainWindow) -> int:
    db = window.store.db
    for account_id in window.store.order[:30]:
        if any(p.status == "eligible" for p in account_overview(db, account_id).perks):
            return account_id
    pytest.fail("no demo account is offered a perk it lacks")


def test_set_and_clear_a_perks_expiry_then_undo(qtbot, window: MainWindow) -> None:
    account_id = _perk_account(window)
    _show(qtbot, window, account_id)
    page = window.account_page

    def newest():  # the grant made here (highest id)
        rows = [page.perks.record(r) for r in range(page.perks.rowCount())]
        return max((p for p in rows if p.grant_id), key=lambda p: p.grant_id)

    before = {page.perks.record(r).grant_id for r in range(page.perks.rowCount())}
    answer_dialog(qtbot, page.findChild(QPushButton, "grant_perk").click, _ok())
    qtbot.waitUntil(lambda: newest().grant_id not in before, timeout=10_000)
    grant = newest()
    assert grant.expires_on is not None  # the default period
    page.show_tab("Perks")
    page.tab_views["Perks"].setCurrentIndex(page.perks.index(_row_of(page, grant.grant_id), 0))

    def never(dialog: QDialog) -> None:
        dialog.expires.setChecked(False)  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, page.findChild(QPushButton, "set_perk_expiry").click, never)
    qtbot.waitUntil(lambda: newest().expires_on is None, timeout=10_000)
    assert newest().status == "active"
    page.tab_views["Perks"].setCurrentIndex(page.perks.index(_row_of(page, grant.grant_id), 0))
    day = dt.date.today() + dt.timedelta(days=10)

    def in_ten_days(dialog: QDialog) -> None:
        dialog.expires.setChecked(True)  # type: ignore[attr-defined]
        dialog.fields["expires_on"].setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, window.commands["set_perk_expiry"].trigger, in_ten_days)
    qtbot.waitUntil(lambda: newest().expires_on == day, timeout=10_000)
    row = _row_of(page, grant.grant_id)
    assert formats.date(day) in page.perks.index(row, 3).data()
    _undo(qtbot, window, lambda: newest().expires_on is None)
    _undo(qtbot, window, lambda: newest().expires_on == grant.expires_on)


def _row_of(page, grant_id: int) -> int:
    return next(
        r for r in range(page.perks.rowCount()) if page.perks.record(r).grant_id == grant_id
    )


def test_pin_and_unpin_the_ring_with_the_reason_then_undo(qtbot, window: MainWindow) -> None:
    from circlesoftrust.services.accounts import get_account

    store = window.store
    account_id = next(i for i in store.order if not get_account(store.db, i).pinned)
    _show(qtbot, window, account_id)
    page = window.account_page
    pin = page.findChild(QToolButton, "pin_account")
    assert pin.text() == "Pin…" and not page.pinned_label.isVisible()

    def refused_then_pinned(dialog: QDialog) -> None:
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        assert dialog.isVisible() and "Reason" in dialog.error_label.text()  # type: ignore[attr-defined]
        period = dialog.fields["days"]  # type: ignore[attr-defined]
        period.setCurrentIndex(period.findData(30))
        dialog.fields["reason"].setCurrentText("Pilot partner")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, pin.click, refused_then_pinned)
    qtbot.waitUntil(lambda: page.pinned_label.isVisible(), timeout=10_000)
    info = get_account(store.db, account_id)
    assert info.pin_reason == "Pilot partner"
    assert info.pinned_until == dt.date.today() + dt.timedelta(days=30)
    assert formats.date(info.pinned_until) in page.pinned_label.text()
    assert "Pilot partner" in page.pinned_label.toolTip()
    assert pin.text() == "Unpin…"

    def unpin(dialog: QDialog) -> None:
        shown = " ".join(w.text() for w in dialog.findChildren(QLabel))
        assert "Pilot partner" in shown  # why it is pinned
        dialog.fields["reason"].setCurrentText("Pilot over")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, window.commands["pin_account"].trigger, unpin)
    qtbot.waitUntil(lambda: not page.pinned_label.isVisible(), timeout=10_000)
    assert not get_account(store.db, account_id).pinned
    _undo(qtbot, window, lambda: page.pinned_label.isVisible())
    assert get_account(store.db, account_id).pin_reason == "Pilot partner"


def test_delete_a_fact_from_the_timeline_menu_then_undo(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.accounts import page_parts as page_module

    shown: list[QMenu] = []

    class Menu(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            shown.append(self)

    monkeypatch.setattr(page_module, "QMenu", Menu)
    store = window.store
    qtbot.waitUntil(lambda: store.figures_known, timeout=20_000)
    account_id = max(store.rows, key=lambda i: store.rows[i].revenue_12m_cents)
    _show(qtbot, window, account_id)
    page = window.account_page
    page.show_tab("Timeline")
    model, view = page.timeline, page.timeline_view

    def rows_of(kind: str) -> list[int]:
        return [r for r in range(model.rowCount()) if model.record(r).kind == kind]

    move = rows_of("ring_change")[0]
    page._timeline_menu(view.visualRect(model.index(move, 1)).center())
    assert not any(a.isEnabled() for a in shown[-1].actions())  # a ring move stays as it is
    row = rows_of("revenue")[0]
    entry = model.record(row)
    before = store.rows[account_id].revenue_12m_cents
    page._timeline_menu(view.visualRect(model.index(row, 1)).center())
    edit, delete = shown[-1].actions()[:2]
    assert entry.title in edit.text() and edit.isEnabled()
    assert entry.title in delete.text() and delete.isEnabled()
    delete.trigger()
    gone = lambda: entry.ref_id not in {model.record(r).ref_id for r in rows_of("revenue")}  # noqa: E731
    qtbot.waitUntil(gone, timeout=10_000)
    if entry.on > dt.date.today() - dt.timedelta(days=365):
        qtbot.waitUntil(lambda: store.rows[account_id].revenue_12m_cents < before, timeout=10_000)
    _undo(qtbot, window, lambda: not gone())
    qtbot.waitUntil(lambda: store.rows[account_id].revenue_12m_cents == before, timeout=10_000)


def test_the_purchase_form_checks_as_you_type_and_keeps_what_was_typed(
    qtbot, window: MainWindow
) -> None:
    _show(qtbot, window, window.store.order[0])
    seen: list[tuple[bool, str, str]] = []

    def type_in(dialog: QDialog) -> None:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
        amount = dialog.fields["amount"]  # type: ignore[attr-defined]
        assert not ok.isEnabled() and "Amount" in ok.toolTip()  # nothing typed yet
        assert not dialog.error_label.isVisible()  # type: ignore[attr-defined]  # not shouted
        qtbot.keyClicks(amount, "12x")
        seen.append((ok.isEnabled(), dialog.error_label.text(), amount.text()))  # type: ignore[attr-defined]
        qtbot.keyClick(amount, Qt.Key.Key_Backspace)
        dialog.fields["renewal_on?"].setChecked(True)  # type: ignore[attr-defined]
        dialog.fields["renewal_on"].setDate(QDate(2020, 1, 1))  # type: ignore[attr-defined]
        seen.append((ok.isEnabled(), dialog.error_label.text(), amount.text()))  # type: ignore[attr-defined]
        dialog.fields["renewal_on?"].setChecked(False)  # type: ignore[attr-defined]
        seen.append((ok.isEnabled(), dialog.error_label.text(), amount.text()))  # type: ignore[attr-defined]
        dialog.reject()

    answer_dialog(qtbot, window.commands["record_revenue"].trigger, type_in)
    (ok1, text1, typed1), (ok2, text2, typed2), (ok3, _t3, typed3) = seen
    assert not ok1 and text1.startswith("Amount") and typed1 == "12x"
    assert not ok2 and text2.startswith("Renews on") and typed2 == "12"
    assert ok3 and typed3 == "12"
