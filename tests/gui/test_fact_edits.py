"""Editing a recorded fact in place (issue 18, point 1), driven as a user would: double-click
or Enter on a timeline entry, the context menu of a tab's row, the Record menu; the form
opens filled in, checks as the add form checks, Save writes one undoable step whose text
names the fact; a stale save shows the conflict dialog."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

from circlesoftrust.services import activity, tasks
from circlesoftrust.services.fact_edits import edit_fact, read_fact
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import answer_dialog
from tests.gui.test_fact_forms import _set, _show, _undo
from tests.gui.test_main_window import _open
from ui.accounts.fact_dialogs import RevenueDialog
from ui.common import conflicts
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    return _open(qtbot, location)


def _recent_revenue_account(qtbot, window: MainWindow) -> tuple[int, int]:
    """An account with a purchase in the last 12 months, its page shown; that row."""
    store = window.store
    qtbot.waitUntil(lambda: store.figures_known, timeout=20_000)
    account_id = max(store.rows, key=lambda i: store.rows[i].revenue_12m_cents)
    _show(qtbot, window, account_id)
    page = window.account_page
    page.show_tab("Timeline")
    model = page.timeline
    year_ago = dt.date.today() - dt.timedelta(days=300)
    row = next(
        r
        for r in range(model.rowCount())
        if model.record(r).kind == "revenue" and model.record(r).on > year_ago
    )
    return account_id, row


def test_double_click_a_purchase_edits_it_in_place_and_undo_names_it(
    qtbot, window: MainWindow
) -> None:
    account_id, row = _recent_revenue_account(qtbot, window)
    page, store = window.account_page, window.store
    entry = page.timeline.record(row)
    stored = read_fact(store.db, "revenue", entry.ref_id)
    before = store.rows[account_id].revenue_12m_cents
    seen: dict[str, object] = {}

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, RevenueDialog)
        seen["amount"] = dialog.fields["amount"].text()  # type: ignore[attr-defined]
        seen["title"] = dialog.windowTitle()
        _set(dialog, amount="12,345")
        dialog.buttons.accepted.emit()

    view = page.timeline_view
    view.setCurrentIndex(page.timeline.index(row, 1))

    def double_click() -> None:
        view.doubleClicked.emit(page.timeline.index(row, 1))

    answer_dialog(qtbot, double_click, change)
    assert seen["amount"] == stored.values["amount"]  # the form opened filled in
    assert "purchase" in str(seen["title"])
    old_cents = before - _cents_of(stored.values["amount"])
    qtbot.waitUntil(
        lambda: store.rows[account_id].revenue_12m_cents == old_cents + 1_234_500, timeout=10_000
    )
    assert read_fact(store.db, "revenue", entry.ref_id).values["amount"] == "12,345"
    undo_text = window.undo_action.text()
    assert undo_text.startswith("&Undo edit the purchase of"), undo_text
    assert store.rows[account_id].name in undo_text
    assert "Saved the purchase" in window.statusBar().currentMessage()
    _undo(qtbot, window, lambda: store.rows[account_id].revenue_12m_cents == before)


def _cents_of(amount: object) -> int:
    return round(float(str(amount).replace(",", "")) * 100)


def test_enter_on_feedback_opens_it_a_wrong_value_is_refused_and_kept(
    qtbot, window: MainWindow
) -> None:
    store = window.store
    account_id = store.order[0]
    fb = activity.record_feedback(
        store.db, account_id, nps=4, comment="Slow answers", scores={"speed": 2}
    )
    _show(qtbot, window, account_id)
    page = window.account_page
    qtbot.waitUntil(
        lambda: any(
            page.timeline.record(r).kind == "feedback" and page.timeline.record(r).ref_id == fb.id
            for r in range(page.timeline.rowCount())
        ),
        timeout=10_000,
    )
    page.show_tab("Timeline")
    row = next(
        r
        for r in range(page.timeline.rowCount())
        if page.timeline.record(r).kind == "feedback" and page.timeline.record(r).ref_id == fb.id
    )
    view = page.timeline_view
    view.setFocus()
    view.setCurrentIndex(page.timeline.index(row, 1))
    notes: list[str] = []

    def answer(dialog: QDialog) -> None:
        fields = dialog.fields  # type: ignore[attr-defined]
        assert fields["nps"].currentData() == 4
        assert fields["score:speed"].currentData() == 2
        assert fields["comment"].toPlainText() == "Slow answers"
        fields["on"].setDate(fields["on"].date().addDays(30))  # in the future
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # (enabled: the core refuses it)
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)  # type: ignore[attr-defined]
        notes.append(dialog.error_label.text())  # type: ignore[attr-defined]
        assert dialog.isVisible() and fields["comment"].toPlainText() == "Slow answers"
        fields["on"].setDate(fields["on"].date().addDays(-30))
        _set(dialog, nps=9, comment="Much better now")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_dialog(qtbot, lambda: qtbot.keyClick(view, Qt.Key.Key_Return), answer)
    assert notes and "future" in notes[0]
    qtbot.waitUntil(lambda: read_fact(store.db, "feedback", fb.id).values["nps"] == 9)
    values = read_fact(store.db, "feedback", fb.id).values
    assert values["comment"] == "Much better now" and values["scores"] == {"speed": 2}
    _undo(qtbot, window, lambda: read_fact(store.db, "feedback", fb.id).values["nps"] == 4)


def test_a_task_is_edited_from_its_context_menu_and_a_complaint_from_the_record_menu(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.accounts import page_parts as page_module

    shown: list[QMenu] = []

    class Menu(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            shown.append(self)

    monkeypatch.setattr(page_module, "QMenu", Menu)
    store = window.store
    account_id = store.order[1]
    task = tasks.add_task(store.db, account_id, "Send the offer", due_on=dt.date.today())
    complaint = activity.open_complaint(store.db, account_id, note="Invoice wrong")
    _show(qtbot, window, account_id)
    page = window.account_page
    page.show_tab("Tasks")
    view = page.tab_views["Tasks"]
    qtbot.waitUntil(lambda: page.tasks.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(page.tasks.rowCount()) if page.tasks.record(r).task_id == task.id)
    page._tab_menu(view, view.visualRect(page.tasks.index(row, 0)).center())
    edit = shown[-1].actions()[0]

    def retitle(dialog: QDialog) -> None:
        assert dialog.fields["title"].text() == "Send the offer"  # type: ignore[attr-defined]
        _set(dialog, title="Send the renewal offer")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, edit.trigger, retitle)
    qtbot.waitUntil(
        lambda: read_fact(store.db, "task", task.id).values["title"] == "Send the renewal offer",
        timeout=10_000,
    )
    assert "the task" in window.undo_action.text()

    page.show_tab("Complaints")
    complaints = page.tab_views["Complaints"]
    qtbot.waitUntil(lambda: page.complaints.rowCount() > 0, timeout=10_000)
    row = next(
        r for r in range(page.complaints.rowCount()) if page.complaints.record(r).id == complaint.id
    )
    complaints.setCurrentIndex(page.complaints.index(row, 0))

    def renote(dialog: QDialog) -> None:
        _set(dialog, note="")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # type: ignore[attr-defined]
        _set(dialog, note="Invoice wrong twice")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, window.commands["edit_fact"].trigger, renote)  # F2
    qtbot.waitUntil(
        lambda: (
            read_fact(store.db, "complaint", complaint.id).values["note"] == "Invoice wrong twice"
        ),
        timeout=10_000,
    )


def test_a_stale_edit_shows_the_conflict_dialog_and_reapplies_mine(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id, row = _recent_revenue_account(qtbot, window)
    page, store = window.account_page, window.store
    ref_id = page.timeline.record(row).ref_id
    page.timeline_view.setCurrentIndex(page.timeline.index(row, 1))
    asked: list[str] = []

    def reload_mine(dialog: conflicts.ConflictDialog) -> str:
        asked.append(dialog.text.text())
        return conflicts.ConflictDialog.RELOAD

    monkeypatch.setattr(conflicts, "answer", reload_mine)
    notes: list[str] = []

    def edit(dialog: QDialog) -> None:
        def colleague() -> None:  # meanwhile, in another process's place
            other = open_database(store.db.path)
            try:
                edit_fact(other, "revenue", ref_id, {"note": "Paid in two parts"})
            finally:
                other.close()

        thread = threading.Thread(target=colleague)
        thread.start()
        thread.join()
        _set(dialog, amount="777")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: "Reloaded" in dialog.error_label.text(), timeout=10_000)  # type: ignore[attr-defined]
        notes.append(dialog.error_label.text())  # type: ignore[attr-defined]
        fields = dialog.fields  # type: ignore[attr-defined]
        assert fields["amount"].text() == "777"  # mine, on top
        assert fields["note"].toPlainText() == "Paid in two parts"  # theirs
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, window.commands["edit_fact"].trigger, edit)
    assert asked and "purchase" in asked[0]
    qtbot.waitUntil(
        lambda: read_fact(store.db, "revenue", ref_id).values["amount"] == "777", timeout=10_000
    )
    assert read_fact(store.db, "revenue", ref_id).values["note"] == "Paid in two parts"
    assert account_id in store.rows


def test_the_touchpoint_forms_note_is_carried_into_the_fact_form(qtbot, window: MainWindow) -> None:
    store = window.store
    account_id = store.order[0]
    _show(qtbot, window, account_id)
    form = window.account_page.form
    form.kind.setCurrentIndex(form.kind.findData("complaint"))
    form.note.setText("Delivery two weeks late")
    carried: list[str] = []

    def look(dialog: QDialog) -> None:
        carried.append(dialog.fields["note"].toPlainText())  # type: ignore[attr-defined]
        dialog.reject()

    answer_dialog(qtbot, form.note.returnPressed.emit, look)
    assert carried == ["Delivery two weeks late"]
    assert form.note.text() == "Delivery two weeks late"  # cancelled: still in the line
