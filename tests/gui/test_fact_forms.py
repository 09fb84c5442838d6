"""The fact forms, driven as a user would: a purchase, feedback, a complaint (open and
resolve), a referral, tasks and perks — each recorded through the door, shown on the page
and in the table, undone with Ctrl+Z; a refused value keeps the form open with its note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from circlesoftrust.overview import account_overview
from circlesoftrust.services import activity
from circlesoftrust.services import tasks as tasks_service
from circlesoftrust.storage import Database
from tests.gui.conftest import answer_dialog
from tests.gui.test_main_window import _open, _wait_page
from ui.accounts.fact_dialogs import FeedbackDialog
from ui.shell import actions as registry
from ui.shell import main_window
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    return _open(qtbot, location)


def _show(qtbot, window: MainWindow, account_id: int) -> None:
    window.open_account(account_id)
    _wait_page(qtbot, window, account_id)


def _set(dialog: QDialog, **values: object) -> None:
    for key, value in values.items():
        widget = dialog.fields[key]  # type: ignore[attr-defined]
        if isinstance(widget, QLineEdit):
            widget.clear()
            widget.insert(str(value))  # (as typed)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDateEdit):
            assert isinstance(value, dt.date)
            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and widget.isEditable():
                widget.setCurrentText(str(value))
            else:
                assert index >= 0, f"{key}: no choice {value!r}"
                widget.setCurrentIndex(index)


def _ok(**values: object) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        _set(dialog, **values)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    return fill


def _refused(qtbot, notes: list[str], **values: object) -> Callable[[QDialog], None]:
    """Fill, press OK, wait for the note, keep what the form shows, then cancel."""

    def fill(dialog: QDialog) -> None:
        _set(dialog, **values)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        label = dialog.error_label  # type: ignore[attr-defined]
        qtbot.waitUntil(label.isVisible, timeout=10_000)
        assert dialog.isVisible()
        notes.append(label.text())
        for key, value in values.items():  # nothing typed was thrown away
            widget = dialog.fields[key]  # type: ignore[attr-defined]
            if isinstance(widget, QLineEdit):
                assert widget.text() == str(value)
            elif isinstance(widget, QPlainTextEdit):
                assert widget.toPlainText() == str(value)
        dialog.reject()

    return fill


def _timeline(window: MainWindow) -> list[str]:
    model = window.account_page.timeline
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def _undo(qtbot, window: MainWindow, until: Callable[[], bool]) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Ctrl+Z
    qtbot.waitUntil(until, timeout=10_000)


def test_every_fact_command_has_a_shortcut_or_menu_place_and_is_in_the_context_menu(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    keys = [k for k in registry.RECORD_MENU if k != "-"]
    shortcuts = [window.commands[k].shortcut() for k in keys]
    for form in ("record_revenue", "record_feedback", "open_complaint", "record_referral"):
        assert not window.commands[form].shortcut().isEmpty()
    taken = [
        a.shortcut().toString()
        for k, a in window.commands.items()
        if k not in keys and not a.shortcut().isEmpty()
    ]
    assert not {s.toString() for s in shortcuts if not s.isEmpty()} & set(taken)
    shown: list[QMenu] = []

    class Menu(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            shown.append(self)

    def build(parent: QWidget, items: list[QAction | None]) -> QMenu:
        menu = Menu(parent)
        for action in items:
            menu.addAction(action) if action is not None else menu.addSeparator()
        return menu

    monkeypatch.setattr(main_window, "build_context_menu", build)
    account_id = window.store.order[0]
    window._account_menu(account_id, window.pos())
    record = next(a.menu() for a in shown[0].actions() if a.menu() is not None)
    assert [a.objectName() for a in record.actions() if not a.isSeparator()] == keys
    texts = [a.text().replace("&", "") for a in record.actions() if not a.isSeparator()]
    assert "Purchase or Revenue…" in texts
    assert QKeySequence("Ctrl+Shift+P") in window.commands["record_revenue"].shortcuts()


def test_record_a_purchase_then_undo(qtbot, window: MainWindow) -> None:
    store = window.store
    account_id = store.order[0]
    _show(qtbot, window, account_id)
    before_12m = store.rows[account_id].revenue_12m_cents
    entries = window.account_page.timeline.rowCount()
    answer_dialog(
        qtbot,
        window.commands["record_revenue"].trigger,  # Ctrl+Shift+P
        _ok(
            amount="12,000",
            kind="renewal",
            **{"renewal_on?": True},
            renewal_on=dt.date(2027, 6, 1),
            note="Signed at the meeting",
        ),
    )
    page = window.account_page
    qtbot.waitUntil(lambda: page.timeline.rowCount() == entries + 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: store.rows[account_id].revenue_12m_cents == before_12m + 1_200_000,
        timeout=10_000,
    )
    assert "Recorded" in window.statusBar().currentMessage()
    assert window.undo_action.text().startswith("&Undo record a purchase")
    _undo(qtbot, window, lambda: store.rows[account_id].revenue_12m_cents == before_12m)
    qtbot.waitUntil(lambda: page.timeline.rowCount() == entries, timeout=10_000)


def test_a_purchase_shows_on_an_account_that_had_none(qtbot, window: MainWindow) -> None:
    """'No purchase yet' leaves the page's score once the first purchase is recorded."""
    store = window.store
    db = store.db
    assert db is not None
    bare = next(
        (i for i in store.order if store.rows[i].revenue_12m_cents == 0 and _no_revenue(db, i)),
        None,
    )
    if bare is None:
        pytest.fail("the demo business has no account without revenue")
    _show(qtbot, window, bare)
    answer_dialog(qtbot, window.commands["record_revenue"].trigger, _ok(amount="900"))
    qtbot.waitUntil(lambda: store.rows[bare].revenue_12m_cents == 90_000, timeout=10_000)
    page = window.account_page
    qtbot.waitUntil(lambda: page.data is not None and page.data.revenue_total_cents == 90_000)


def _no_revenue(db: Database, account_id: int) -> bool:
    return account_overview(db, account_id).revenue_total_cents == 0


def test_a_refused_amount_keeps_the_purchase_form_open(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, window.store.order[0])
    notes: list[str] = []
    answer_dialog(
        qtbot,
        window.commands["record_revenue"].trigger,
        _refused(qtbot, notes, amount="12,50", note="keep me"),
    )
    assert notes[0].startswith("Amount")


def test_record_feedback_with_scores_then_undo(qtbot, window: MainWindow) -> None:
    store = window.store
    account_id = store.order[1]
    _show(qtbot, window, account_id)
    page = window.account_page
    assert page.data is not None
    contact = page.data.buying_group[0].contact_id if page.data.buying_group else None
    before = len(activity.timeline(store.db, account_id))
    answer_dialog(
        qtbot,
        window.commands["record_feedback"].trigger,  # Ctrl+Shift+F
        _ok(
            contact=contact,
            nps=10,
            comment="Best partner we have",
            **{"score:trust": 5, "score:speed": 4},
        ),
    )
    qtbot.waitUntil(lambda: len(activity.timeline(store.db, account_id)) == before + 1)
    qtbot.waitUntil(lambda: any("NPS 10" in t or "10" in t for t in _timeline(window)))
    with store.db.transaction() as session:
        from circlesoftrust.models import Feedback

        latest = session.query(Feedback).order_by(Feedback.id.desc()).first()
        assert latest is not None
        assert (latest.nps, latest.trust, latest.speed, latest.empathy) == (10, 5, 4, None)
        assert latest.contact_id == contact
    _undo(qtbot, window, lambda: len(activity.timeline(store.db, account_id)) == before)


def test_feedback_without_an_nps_is_refused_and_nothing_is_asked(qtbot, window) -> None:
    _show(qtbot, window, window.store.order[1])
    notes: list[str] = []
    answer_dialog(
        qtbot,
        window.commands["record_feedback"].trigger,
        _refused(qtbot, notes, comment="Forgot the score"),
    )
    assert notes[0].startswith("NPS is required")  # (the field as the form names it)
    assert not window.undo_action.isEnabled()


def test_feedback_form_offers_the_ten_relational_scores() -> None:
    dialog = FeedbackDialog(lambda _v: None, account_name="X", members=(), parent=None)  # type: ignore[arg-type,return-value]
    scores = [k for k in dialog.fields if k.startswith("score:")]
    assert len(scores) == 10
    assert dialog.values()["scores"] == {}


def test_open_and_resolve_a_complaint_from_the_page(qtbot, window: MainWindow) -> None:
    store = window.store
    account_id = store.order[2]
    _show(qtbot, window, account_id)
    page = window.account_page
    before = page.complaints.rowCount()
    open_button = page.findChild(QPushButton, "open_complaint")
    answer_dialog(qtbot, open_button.click, _ok(note="Invoice sent twice"))
    qtbot.waitUntil(lambda: page.complaints.rowCount() == before + 1, timeout=10_000)
    page.show_tab("Complaints")
    view = page.tab_views["Complaints"]
    row = next(
        r for r in range(page.complaints.rowCount())
        if page.complaints.index(r, 1).data() == "Invoice sent twice"
    )  # fmt: skip
    view.setCurrentIndex(page.complaints.index(row, 0))
    resolve = page.findChild(QPushButton, "resolve_complaint")
    answer_dialog(qtbot, resolve.click, _ok(resolution="Credit note sent"))
    qtbot.waitUntil(lambda: page.complaints.rowCount() == before, timeout=10_000)
    resolved = [c for c in activity.list_complaints(store.db, account_id) if c.status == "resolved"]
    assert any(c.resolution == "Credit note sent" for c in resolved)
    _undo(qtbot, window, lambda: page.complaints.rowCount() == before + 1)
    _undo(qtbot, window, lambda: page.complaints.rowCount() == before)


def test_a_complaint_without_a_note_is_refused(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, window.store.order[2])
    notes: list[str] = []
    answer_dialog(
        qtbot, window.commands["open_complaint"].trigger, _refused(qtbot, notes, note="   ")
    )
    assert notes[0].startswith("What is wrong")  # (the field as the form names it)


def test_tasks_add_complete_reopen_delete_with_undo(qtbot, window: MainWindow) -> None:
    store = window.store
    account_id = store.order[3]
    _show(qtbot, window, account_id)
    page = window.account_page
    assert page.data is not None
    contact = page.data.buying_group[0] if page.data.buying_group else None

    def task_rows() -> list[tuple[str, str]]:
        m = page.tasks
        return [(m.index(r, 1).data(), m.index(r, 0).data()) for r in range(m.rowCount())]

    answer_dialog(
        qtbot,
        window.commands["add_task"].trigger,  # Ctrl+Shift+T
        _ok(title="Send the renewal offer", contact=contact.contact_id if contact else None),
    )
    qtbot.waitUntil(lambda: any(t == "Send the renewal offer" for t, _ in task_rows()))
    task = next(
        t for t in tasks_service.list_tasks(store.db, account=account_id)
        if t.title == "Send the renewal offer"
    )  # fmt: skip
    if contact is not None:
        assert contact.name in task.note

    def select() -> None:
        row = next(i for i, (t, _s) in enumerate(task_rows()) if t == "Send the renewal offer")
        page.show_tab("Tasks")
        page.tab_views["Tasks"].setCurrentIndex(page.tasks.index(row, 0))

    def status() -> str:
        return next(s for t, s in task_rows() if t == "Send the renewal offer")

    select()
    window.commands["complete_task"].trigger()  # Ctrl+Shift+D
    qtbot.waitUntil(lambda: status() == "Done", timeout=10_000)
    select()
    page.findChild(QPushButton, "reopen_task").click()
    qtbot.waitUntil(lambda: status() != "Done", timeout=10_000)
    select()
    page.findChild(QPushButton, "delete_task").click()
    gone = lambda: all(t != "Send the renewal offer" for t, _ in task_rows())  # noqa: E731
    qtbot.waitUntil(gone, timeout=10_000)
    _undo(qtbot, window, lambda: not gone())  # the deleted task is back


def test_a_task_without_a_title_is_refused(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, window.store.order[3])
    notes: list[str] = []
    answer_dialog(qtbot, window.commands["add_task"].trigger, _refused(qtbot, notes, title=""))
    assert notes[0].startswith("Title")


def test_completing_without_a_selected_task_says_so(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, window.store.order[3])
    window.commands["complete_task"].trigger()
    assert "Select a task" in window.statusBar().currentMessage()
    assert window.account_page.tabs.tabText(window.account_page.tabs.currentIndex()) == "Tasks"


def test_record_a_referral_to_an_existing_account(qtbot, window: MainWindow) -> None:
    store = window.store
    source, target = store.order[4], store.order[5]
    _show(qtbot, window, source)
    before = len(activity.timeline(store.db, source))
    answer_dialog(
        qtbot,
        window.commands["record_referral"].trigger,
        _ok(to_account=store.rows[target].name, note="Met at the fair"),
    )
    qtbot.waitUntil(lambda: len(activity.timeline(store.db, source)) == before + 1)
    kinds = [e.kind for e in activity.timeline(store.db, target)]
    assert "referral_received" in kinds
    qtbot.waitUntil(lambda: window.account_page.timeline.rowCount() >= before + 1)
    _undo(qtbot, window, lambda: len(activity.timeline(store.db, source)) == before)


def test_a_referral_to_a_new_account_creates_it_on_the_spot(qtbot, window: MainWindow) -> None:
    store = window.store
    source = store.order[4]
    _show(qtbot, window, source)
    count = len(store.rows)
    notes: list[str] = []

    def fill(dialog: QDialog) -> None:
        _set(dialog, to_account=store.rows[store.order[5]].name.upper())  # known: no note
        assert not dialog.new_note.isVisible()  # type: ignore[attr-defined]
        _set(dialog, to_account="Birch Bakery BV", note="Her cousin's shop")
        assert dialog.new_note.isVisible()  # type: ignore[attr-defined]
        notes.append(dialog.new_note.text())  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, window.commands["record_referral"].trigger, fill)
    assert "not an account yet" in notes[0] and store.rings[-1].name in notes[0]
    qtbot.waitUntil(lambda: len(store.rows) == count + 1, timeout=10_000)
    new = next(r for r in store.rows.values() if r.name == "Birch Bakery BV")
    assert new.ring_position == store.rings[-1].position
    received = [e.title for e in activity.timeline(store.db, new.id)]
    assert f"Referred by {store.rows[source].name}" in received
    _undo(qtbot, window, lambda: len(store.rows) == count)  # one action: both go


def test_grant_then_redeem_a_perk_from_the_perks_tab(qtbot, window: MainWindow) -> None:
    store = window.store
    db = store.db
    assert db is not None
    account_id = next(
        (
            i
            for i in store.order[:30]
            if any(p.status == "eligible" for p in account_overview(db, i).perks)
        ),
        None,
    )
    if account_id is None:
        pytest.fail("no demo account is offered a perk it lacks")
    _show(qtbot, window, account_id)
    page = window.account_page

    def active() -> list[int]:
        m = page.perks
        return [
            r
            for r in range(m.rowCount())
            if m.record(r).status == "active"  # type: ignore[union-attr]
        ]

    held = len(active())
    grant = page.findChild(QPushButton, "grant_perk")
    answer_dialog(qtbot, grant.click, _ok(note="For the referral"))
    qtbot.waitUntil(lambda: len(active()) == held + 1, timeout=10_000)
    page.show_tab("Perks")
    new = max(active(), key=lambda r: page.perks.record(r).grant_id or 0)  # type: ignore[union-attr]
    page.tab_views["Perks"].setCurrentIndex(page.perks.index(new, 0))
    window.commands["redeem_perk"].trigger()  # Ctrl+Shift+U
    qtbot.waitUntil(lambda: len(active()) == held, timeout=10_000)
    _undo(qtbot, window, lambda: len(active()) == held + 1)
    _undo(qtbot, window, lambda: len(active()) == held)
    answer_dialog(qtbot, grant.click, _ok())
    qtbot.waitUntil(lambda: len(active()) == held + 1, timeout=10_000)
    new = max(active(), key=lambda r: page.perks.record(r).grant_id or 0)  # type: ignore[union-attr]
    page.tab_views["Perks"].setCurrentIndex(page.perks.index(new, 0))
    page.findChild(QPushButton, "withdraw_perk").click()
    qtbot.waitUntil(lambda: len(active()) == held, timeout=10_000)
    statuses = {page.perks.record(r).status for r in range(page.perks.rowCount())}  # type: ignore[union-attr]
    assert "withdrawn" in statuses
    _undo(qtbot, window, lambda: len(active()) == held + 1)


def test_a_form_asked_from_the_table_menu_waits_for_the_page(qtbot, window: MainWindow) -> None:
    """Right-click a row, pick "Purchase…" at once: the form opens for that account."""
    store = window.store
    first, other = store.order[0], store.order[6]
    _show(qtbot, window, first)
    titles: list[str] = []

    def fill(dialog: QDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    def trigger() -> None:
        window.accounts_panel.select_account(other)
        window.commands["record_revenue"].trigger()

    answer_dialog(qtbot, trigger, fill, timeout=10_000)
    assert titles == [f"Record a purchase — {store.rows[other].name}"]
    assert not window.undo_action.isEnabled()


@pytest.mark.parametrize(
    ("kind", "title"),
    [("purchase", "Record a purchase"), ("complaint", "Open a complaint"),
     ("feedback", "Record feedback")],
)  # fmt: skip
def test_fact_kinds_of_the_touchpoint_form_open_their_form(
    qtbot, window: MainWindow, kind: str, title: str
) -> None:
    account_id = window.store.order[0]
    _show(qtbot, window, account_id)
    page = window.account_page
    entries = len(activity.timeline(window.store.db, account_id))
    titles: list[str] = []

    def fill(dialog: QDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    def log() -> None:
        page.form.kind.setCurrentIndex(page.form.kind.findData(kind))
        page.form.note.setText("typed in the touchpoint form")
        page.form.save.click()

    answer_dialog(qtbot, log, fill)
    assert titles == [f"{title} — {window.store.rows[account_id].name}"]
    assert len(activity.timeline(window.store.db, account_id)) == entries  # no bare touchpoint
