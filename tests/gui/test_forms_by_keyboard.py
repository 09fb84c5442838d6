"""Issue 18.1, done when: a new user can record every fact with the keyboard alone. Each
form is opened by its shortcut, filled with key presses only (typing, Tab), saved with
Enter (Ctrl+Enter from a note field), and the fact is then on the account page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from circlesoftrust.services import activity
from circlesoftrust.storage import Database
from tests.gui.conftest import answer_dialog
from tests.gui.test_fact_forms import _show
from tests.gui.test_main_window import _open
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    return _open(qtbot, location)


def _press(qtbot, window: MainWindow, key: Qt.Key, mods=CTRL_SHIFT) -> Callable[[], None]:
    """The shortcut, pressed where the user is: on the account page's timeline."""

    def press() -> None:
        # (back to the window after the last form closed: offscreen, nobody activates it)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        target = window.account_page.timeline_view
        target.setFocus()
        qtbot.keyClick(target, key, mods)

    return press


def _keys(qtbot, *steps: str | tuple[Qt.Key, Qt.KeyboardModifier]) -> Callable[[QDialog], None]:
    """Type into whatever has the focus: text, or (key, modifiers) such as Tab or Enter."""

    def fill(dialog: QDialog) -> None:
        try:
            dialog.activateWindow()  # (as the window system does; offscreen it is asked)
            qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
            for step in steps:
                widget = dialog.focusWidget()  # (where the keys go)
                assert isinstance(widget, QWidget) and dialog.isAncestorOf(widget), widget
                if isinstance(step, str):
                    qtbot.keyClicks(widget, step)
                else:
                    qtbot.keyClick(widget, step[0], step[1])
            # The last key saved: the form closes (a form that kept Enter to itself waited).
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        except BaseException:
            dialog.reject()  # (a failure must not leave a modal dialog waiting)
            raise

    return fill


TAB = (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
ENTER = (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
CTRL_ENTER = (Qt.Key.Key_Return, CTRL)


def _kinds(window: MainWindow) -> list[str]:
    model = window.account_page.timeline
    return [model.record(r).kind for r in range(model.rowCount())]


def test_every_fact_form_by_keyboard_alone(qtbot, window: MainWindow) -> None:
    store = window.store
    qtbot.waitUntil(lambda: store.figures_known, timeout=20_000)
    account_id = store.order[0]
    other = store.rows[store.order[5]].name
    _show(qtbot, window, account_id)
    page = window.account_page
    name = store.rows[account_id].name

    def count(kind: str) -> int:
        return _kinds(window).count(kind)

    before = {k: count(k) for k in ("revenue", "feedback", "complaint", "referral_given")}

    # Purchase: Ctrl+Shift+P, the amount, Enter.
    answer_dialog(qtbot, _press(qtbot, window, Qt.Key.Key_P), _keys(qtbot, "12,000", ENTER))
    qtbot.waitUntil(lambda: count("revenue") == before["revenue"] + 1, timeout=10_000)

    # Feedback: Ctrl+Shift+F, NPS "9" (typed on the choice), Enter.
    answer_dialog(qtbot, _press(qtbot, window, Qt.Key.Key_F), _keys(qtbot, "9", ENTER))
    qtbot.waitUntil(lambda: count("feedback") == before["feedback"] + 1, timeout=10_000)

    # Complaint: Ctrl+Shift+C, what is wrong, Ctrl+Enter from the note.
    answer_dialog(
        qtbot, _press(qtbot, window, Qt.Key.Key_C), _keys(qtbot, "Invoice sent twice", CTRL_ENTER)
    )
    qtbot.waitUntil(lambda: count("complaint") == before["complaint"] + 1, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(c.note == "Invoice sent twice" for c in page.data.complaints), timeout=10_000
    )

    # Resolve it: Ctrl+Shift+R, the resolution, Tab to the date, Enter.
    page.show_tab("Complaints")
    complaints = page.tab_views["Complaints"]
    row = next(
        r
        for r in range(page.complaints.rowCount())
        if page.complaints.record(r).note == "Invoice sent twice"
    )
    complaints.setCurrentIndex(page.complaints.index(row, 0))
    answer_dialog(
        qtbot, _press(qtbot, window, Qt.Key.Key_R), _keys(qtbot, "Credit note", TAB, ENTER)
    )
    qtbot.waitUntil(
        lambda: all(c.note != "Invoice sent twice" for c in page.data.complaints), timeout=10_000
    )

    # Referral: Ctrl+Shift+L, the account's name, Tab on, Enter.
    answer_dialog(qtbot, _press(qtbot, window, Qt.Key.Key_L), _keys(qtbot, other, TAB, TAB, ENTER))
    qtbot.waitUntil(lambda: count("referral_given") == before["referral_given"] + 1)

    # Task: Ctrl+Shift+T, the title, Enter; it is in the Tasks tab.
    answer_dialog(qtbot, _press(qtbot, window, Qt.Key.Key_T), _keys(qtbot, "Call back", ENTER))
    qtbot.waitUntil(lambda: any(t.title == "Call back" for t in page.data.tasks), timeout=10_000)

    # Perk: Ctrl+Shift+G on an account with a perk to grant, Enter.
    granted = next(
        (i for i in store.order if any(p.status == "eligible" for p in _perks(store.db, i))),
        None,
    )
    if granted is not None:
        _show(qtbot, window, granted)
        eligible = sum(p.status == "eligible" for p in page.data.perks)
        answer_dialog(qtbot, _press(qtbot, window, Qt.Key.Key_G), _keys(qtbot, ENTER))
        qtbot.waitUntil(
            lambda: sum(p.status == "eligible" for p in page.data.perks) == eligible - 1,
            timeout=10_000,
        )
        _show(qtbot, window, account_id)

    # Edit in place: the purchase's row, F2, a new amount, Enter.
    page.show_tab("Timeline")
    timeline = page.timeline_view
    row = _kinds(window).index("revenue")
    timeline.setCurrentIndex(page.timeline.index(row, 1))
    entry = page.timeline.record(row)
    answer_dialog(
        qtbot,
        _press(qtbot, window, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        _keys(qtbot, "13,000", ENTER),
    )
    qtbot.waitUntil(
        lambda: any(
            e.kind == "revenue" and e.ref_id == entry.ref_id and "13,000" in e.title + e.detail
            for e in page.data.timeline
        ),
        timeout=10_000,
    )
    assert name in window.undo_action.text()


def _perks(db: Database, account_id: int) -> list:
    from circlesoftrust.overview import account_overview

    return list(account_overview(db, account_id).perks)


def test_a_fact_kind_in_the_touchpoint_line_goes_on_by_keyboard(qtbot, window: MainWindow) -> None:
    """Ctrl+T, "co" (Complaint), Tab, Tab, the note, Enter: the complaint form opens with
    the note; Ctrl+Enter opens the complaint."""
    store = window.store
    account_id = store.order[2]
    _show(qtbot, window, account_id)
    page = window.account_page
    opened = len(activity.list_complaints(store.db, account_id, open_only=True))
    window.activateWindow()
    qtbot.keyClick(page.timeline_view, Qt.Key.Key_T, CTRL)
    form = page.form
    qtbot.waitUntil(lambda: form.kind.hasFocus())
    qtbot.keyClicks(form.kind, "co")
    assert form.kind.currentData() == "complaint"
    qtbot.keyClick(form.kind, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Parcel lost")
    answer_dialog(
        qtbot,
        lambda: qtbot.keyClick(form.note, Qt.Key.Key_Return),
        _keys(qtbot, CTRL_ENTER),
    )
    qtbot.waitUntil(
        lambda: len(activity.list_complaints(store.db, account_id, open_only=True)) == opened + 1,
        timeout=10_000,
    )
    newest = activity.list_complaints(store.db, account_id, open_only=True)[0]
    assert newest.note == "Parcel lost" and newest.opened_on <= dt.date.today()


ALT = Qt.KeyboardModifier.AltModifier


def _menu(qtbot, window: MainWindow, *letters: Qt.Key) -> Callable[[], None]:
    """The menu bar by its mnemonics, as a keyboard user opens a command that has no
    shortcut: Alt+<first letter> opens the menu, each next letter picks its entry."""

    def press() -> None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        target = window.account_page.timeline_view
        target.setFocus()
        qtbot.keyClick(target, letters[0], ALT)
        shown: QWidget | None = None
        for letter in letters[1:]:
            before = shown
            qtbot.waitUntil(
                lambda before=before: (
                    isinstance(QApplication.activePopupWidget(), QMenu)
                    and QApplication.activePopupWidget() is not before
                ),
                timeout=5_000,
            )
            shown = QApplication.activePopupWidget()
            qtbot.keyClick(shown, letter)

    return press


def test_pin_unpin_and_perk_expiry_by_keyboard_alone(qtbot, window: MainWindow) -> None:
    """Pin / unpin (Alt+A, I) and the perk's expiry (Alt+A, R, X) have no shortcut of their
    own: the menus' letters reach them, the forms fill by keys, Enter saves."""
    store = window.store
    qtbot.waitUntil(lambda: store.figures_known, timeout=20_000)
    page = window.account_page
    held = next(
        i
        for i in store.order
        if any(p.grant_id is not None and p.status == "active" for p in _perks(store.db, i))
    )
    _show(qtbot, window, held)
    if page.data.account.pinned:  # (start from an unpinned account)
        answer_dialog(
            qtbot, _menu(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_I), _keys(qtbot, "Reset", ENTER)
        )
        qtbot.waitUntil(lambda: not page.data.account.pinned, timeout=10_000)

    # Pin: Alt+A, I; the reason is typed; Enter pins (for the default period).
    pin_keys = _menu(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_I)
    answer_dialog(qtbot, pin_keys, _keys(qtbot, "Owner's friend", ENTER))
    qtbot.waitUntil(lambda: page.data.account.pinned, timeout=10_000)
    assert page.data.account.pin_reason == "Owner's friend"
    assert page.data.account.pinned_until is not None  # (a period, not for ever)

    # Unpin: the same keys now open the unpin form; a reason, Enter.
    answer_dialog(qtbot, pin_keys, _keys(qtbot, "Score decides", ENTER))
    qtbot.waitUntil(lambda: not page.data.account.pinned, timeout=10_000)

    # Perk expiry: select the granted perk, Alt+A, R (Record), X; Space ticks or clears
    # "Expires", Enter saves. The perk stays selected after the save: the same keys again.
    page.show_tab("Perks")
    perks = page.tab_views["Perks"]
    row = next(
        r
        for r in range(page.perks.rowCount())
        if page.perks.record(r).grant_id is not None and page.perks.record(r).status == "active"
    )
    grant = page.perks.record(row).grant_id
    perks.setCurrentIndex(page.perks.index(row, 0))

    def expiry() -> dt.date | None:
        return next(p.expires_on for p in page.data.perks if p.grant_id == grant)

    had = expiry()
    keys = [] if had is None else [" "]  # (clear a set expiry first, with Space)
    answer_dialog(
        qtbot,
        _menu(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_X),
        _keys(qtbot, *keys, ENTER),
    )
    qtbot.waitUntil(lambda: expiry() is None, timeout=10_000)
    answer_dialog(
        qtbot,
        _menu(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_X),
        _keys(qtbot, " ", ENTER),
    )
    qtbot.waitUntil(lambda: expiry() is not None, timeout=10_000)
    assert expiry() == dt.date.today() + dt.timedelta(days=365)  # the form's proposal
    assert "expiry" in window.undo_action.text().casefold()
