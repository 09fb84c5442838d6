"""Review duplicates, merge, undo the merge, "not a duplicate" — driven as a user would:
the Account menu's "Review Duplicates…", buttons, radio choices, Ctrl+Z from the one
history; Today's "possible duplicate" opens the same merge dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton

from circlesoftrust.duplicates import stored
from circlesoftrust.duplicates.candidates import save_phone_region
from circlesoftrust.duplicates.merge import merge
from circlesoftrust.services import accounts as acc
from circlesoftrust.services import activity
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.gui.conftest import ops_for, settle, visible_text
from tests.gui.test_inbox import _open as open_inbox
from tests.gui.test_inbox import _select
from tests.gui.test_main_window import _open
from ui.common.formats import money
from ui.common.workers import Workers
from ui.duplicates.merge_dialog import MergeDialog
from ui.duplicates.review import DuplicatesReview
from ui.operations import Operations
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def _review(qtbot, ops: Operations) -> DuplicatesReview:
    view = DuplicatesReview(ops)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.load()
    return view


def _select_pair(view: DuplicatesReview, a: str, b: str) -> None:
    for row, pair in enumerate(view.pairs()):
        if {pair.first_name, pair.second_name} == {a, b}:
            view.table.selectRow(row)
            return
    raise AssertionError(f"no pair {a} / {b} in {[p.reason for p in view.pairs()]}")


def _names(view: DuplicatesReview) -> list[set[str]]:
    return [{p.first_name, p.second_name} for p in view.pairs()]


def _open_merge(qtbot, view: DuplicatesReview) -> MergeDialog:
    dialog = view.merge_current()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    location = str(demo_db.path)
    demo_db.close()
    return _open(qtbot, location)


def test_the_account_menu_opens_the_review_which_checks_a_new_book_by_itself(
    qtbot, window: MainWindow
) -> None:
    action = window.commands["review_duplicates"]
    assert action.text() == "Review D&uplicates…"

    action.trigger()

    view = window.findChild(DuplicatesReview)
    assert isinstance(view, DuplicatesReview)
    qtbot.waitUntil(lambda: bool(view.pairs()), timeout=30_000)
    assert {"Xenia Haddad"} in _names(view)
    _select_pair(view, "Atlas Energy GmbH", "Atlas Energy Inc.")
    assert "same name without legal form and punctuation" in view.reasons.text()
    view.filter.setCurrentIndex(view.filter.findData("account"))
    assert {p.kind for p in view.pairs()} == {"account"}
    view.filter.setCurrentIndex(view.filter.findData("contact"))
    assert {p.kind for p in view.pairs()} == {"contact"}
    assert "checked" in view.info.text()


def test_not_a_duplicate_is_remembered_and_undone_with_ctrl_z(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    stored.check(demo_db)
    ops = ops_for(demo_db, workers)
    view = _review(qtbot, ops)
    _select_pair(view, "Dana Dubois", "Dana Dubois")
    before = len(view.pairs())

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)

    assert {"Dana Dubois"} not in _names(view)
    assert len(view.pairs()) == before - 1
    assert "not shown again" in view.status.text()
    again = _review(qtbot, ops)  # a new window (or a new day) remembers it
    assert len(again.pairs()) == before - 1

    ops.undo()
    qtbot.waitUntil(lambda: len(view.pairs()) == before)


def test_merge_with_a_field_choice_then_undo_splits_them_again(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    with demo_db.transaction() as session:
        save_phone_region(session, "DE")
    acc.create_account(demo_db, "Cedar Ltd")
    keep = acc.add_contact(
        demo_db, "Cedar Ltd", "Jürgen Müller", phone="+49 30 8170947", role="champion"
    )
    other = acc.add_contact(
        demo_db, "Cedar Ltd", "Juergen Mueller", phone="030 8170947", role="decision_maker",
        email="jm@cedar.example",
    )  # fmt: skip
    stored.check(demo_db)
    ops = ops_for(demo_db, workers)
    view = _review(qtbot, ops)
    _select_pair(view, "Jürgen Müller", "Juergen Mueller")
    assert "same phone +49 30 8170947" in view.reasons.text()
    dialog = _open_merge(qtbot, view)
    assert dialog.title.text() == (
        f"Merge Juergen Mueller (#{other.id}) into Jürgen Müller (#{keep.id})"
    )
    qtbot.waitUntil(lambda: "Role" in visible_text(dialog))
    assert "phone not kept goes to the notes" in visible_text(dialog)

    # The user keeps the other one's role (a radio per value).
    roles = [b for b in dialog.findChildren(QRadioButton) if b.text() == "Decision maker"]
    assert len(roles) == 1
    roles[0].click()
    with qtbot.waitSignal(dialog.merged, timeout=10_000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: {"Jürgen Müller", "Juergen Mueller"} not in _names(view))

    survivor = acc.get_contact(demo_db, keep.id)
    assert survivor.role == "decision_maker" and survivor.email == "jm@cedar.example"
    with pytest.raises(Exception, match="no contact"):
        acc.get_contact(demo_db, other.id)
    assert "Undo with Ctrl+Z" in view.status.text()
    assert merged.args[0].merged_id == other.id

    ops.undo()
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: {"Jürgen Müller", "Juergen Mueller"} in _names(view))
    assert acc.get_contact(demo_db, other.id).name == "Juergen Mueller"
    assert acc.get_contact(demo_db, keep.id).role == "champion"


def test_merging_two_accounts_with_revenue_asks_to_confirm_the_consequence(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    acc.create_account(demo_db, "Quarry Legal AG")
    acc.create_account(demo_db, "Quarry Legal")
    day = dt.date.today()
    activity.record_revenue(demo_db, "Quarry Legal AG", 25_000, on=day - dt.timedelta(days=30))
    activity.record_revenue(demo_db, "Quarry Legal", 15_000, on=day - dt.timedelta(days=60))
    stored.check(demo_db)
    ops = ops_for(demo_db, workers)
    view = _review(qtbot, ops)
    _select_pair(view, "Quarry Legal AG", "Quarry Legal")
    dialog = _open_merge(qtbot, view)

    shown = dialog.consequence.text()
    assert f"revenue 12 m {money(4_000_000)} → ring" in shown
    assert f"{money(2_500_000)} + {money(1_500_000)} = {money(4_000_000)}" in shown
    assert dialog.confirm.isVisible() and not dialog.merge_button.isEnabled()
    dialog.confirm.click()
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    names = {a.name for a in acc.list_accounts(demo_db)}
    assert ("Quarry Legal AG" in names) != ("Quarry Legal" in names)


def test_todays_possible_duplicate_opens_the_merge_dialog(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    stored.check(demo_db)
    inbox = open_inbox(qtbot, demo_db, workers)
    s = _select(inbox, "duplicate")
    assert "may be one" in s.reason

    inbox.accept_current()

    qtbot.waitUntil(lambda: inbox.findChild(MergeDialog) is not None, timeout=5_000)
    dialog = inbox.findChild(MergeDialog)
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert {dialog.keep_id, dialog.other_id} == {int(x) for x in s.id.split(":")[2:]}
    dialog.reject()
    assert DEMO_DAY  # (the inbox runs on the demo's day)


def test_a_merge_of_an_earlier_session_is_split_from_recent_merges(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    acc.create_account(demo_db, "Cedar Ltd")
    keep = acc.add_contact(demo_db, "Cedar Ltd", "Tom Berger", phone="+41 44 668 18 00")
    other = acc.add_contact(demo_db, "Cedar Ltd", "Tom Berger", email="tom@cedar.example")
    merge(demo_db, "contact", keep.id, other.id)  # (not in this window's undo history)
    stored.check(demo_db)
    ops = ops_for(demo_db, workers)
    view = _review(qtbot, ops)
    assert {"Tom Berger"} not in _names(view)

    merges = view.show_merges()
    qtbot.waitUntil(lambda: merges.current() is not None, timeout=10_000)
    assert "Tom Berger" in merges.current().summary  # type: ignore[union-attr]
    qtbot.mouseClick(merges.unmerge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)

    qtbot.waitUntil(lambda: "restored" in merges.status.text(), timeout=10_000)
    assert acc.get_contact(demo_db, other.id).email == "tom@cedar.example"
    qtbot.waitUntil(lambda: {"Tom Berger"} in _names(view), timeout=10_000)
    qtbot.waitUntil(lambda: not merges.unmerge_button.isEnabled(), timeout=10_000)

    ops.undo()  # Ctrl+Z: one again, and the merge can be split again
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: {"Tom Berger"} not in _names(view), timeout=10_000)
    assert len([c for c in acc.list_contacts(demo_db, "Cedar Ltd") if c.name == "Tom Berger"]) == 1
    merges.load()
    qtbot.waitUntil(lambda: merges.unmerge_button.isEnabled(), timeout=10_000)


def test_the_merge_dialog_speaks_dutch_and_fits_its_rows(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    """In Dutch the field names, the rows that move and the notes line read in Dutch (they
    were English: "Industry", "12 touchpoints"), an account merge does not speak of a
    phone or e-mail going to the notes, and every row of choices gets its full height."""
    from ui.common import language

    acc.create_account(demo_db, "Quarry Legal AG", industry="Legal")
    acc.create_account(demo_db, "Quarry Legal", industry="Law")
    acc.add_contact(demo_db, "Quarry Legal", "Mia Kranz")
    activity.log_touchpoint(demo_db, "Quarry Legal", kind="call", contact="Mia Kranz")
    stored.check(demo_db)
    language.install("nl")
    try:
        ops = ops_for(demo_db, workers)
        view = _review(qtbot, ops)
        _select_pair(view, "Quarry Legal AG", "Quarry Legal")
        dialog = _open_merge(qtbot, view)
        qtbot.waitUntil(lambda: "Branche" in visible_text(dialog), timeout=5_000)
        assert "Industry" not in visible_text(dialog)
        moves = dialog.moves.text()
        assert "1 contactpersoon" in moves and "1 contactmoment" in moves, moves
        assert "touchpoint" not in moves and "telefoonnummer" not in moves, moves
        qtbot.waitUntil(
            lambda: all(
                w.height() >= w.sizeHint().height()
                for w in dialog.fields_box.findChildren(QRadioButton)
            ),
            timeout=5_000,
        )
    finally:
        language.install("en")


def test_a_double_made_after_the_last_check_is_in_the_review(qtbot, window: MainWindow) -> None:
    """An import (or any edit) that makes a medium match must land in the review list
    (issue 17): the list was what the last check stored, so a double imported after it
    was not there until the user thought of pressing Check Again."""
    window.review_duplicates()
    view = window.findChild(DuplicatesReview)
    assert isinstance(view, DuplicatesReview)
    qtbot.waitUntil(lambda: {"Xenia Haddad"} in _names(view), timeout=30_000)
    ops = window.ops

    def add(db: Database) -> object:  # what an import into the open window does
        return acc.add_contact(db, "Juniper Retail Inc.", "Haddad, Xenia M.")

    ops.run_op("Import", add)
    qtbot.waitUntil(lambda: {"Xenia Haddad", "Haddad, Xenia M."} in _names(view), timeout=30_000)
    view.close()

    def add_elsewhere(db: Database) -> object:  # the CLI, another window, a teammate
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO contacts (account_id, name, role, notes, created_at) "
                "SELECT account_id, 'Marco Fischer-Weber', 'other', '', created_at "
                "FROM contacts WHERE name = 'Marco Fischer' LIMIT 1"
            )
        return None

    with qtbot.waitSignal(ops.run_query(add_elsewhere, lambda _r: None).done, timeout=10_000):
        pass
    window.review_duplicates()
    qtbot.waitUntil(
        lambda: any("Marco Fischer-Weber" in names for names in _names(view)), timeout=30_000
    )


def test_the_phone_region_is_chosen_in_the_review(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    """A Dutch user whose system says otherwise: "06 12345678" is read in the region the
    review window sets (the setting had only the CLI's --phone-region), and the check
    then finds the shared number."""
    with demo_db.transaction() as session:
        save_phone_region(session, "DE")
    acc.create_account(demo_db, "Visser Bouw BV")
    acc.create_account(demo_db, "Visser Advies BV")
    acc.add_contact(demo_db, "Visser Bouw BV", "Kees Visser", phone="06 12345678")
    acc.add_contact(demo_db, "Visser Advies BV", "Kees Visser", phone="+31 6 12345678")
    stored.check(demo_db)
    ops = ops_for(demo_db, workers)
    view = _review(qtbot, ops)
    qtbot.waitUntil(lambda: view.region.currentData() == "DE", timeout=10_000)
    _select_pair(view, "Kees Visser", "Kees Visser")
    assert "same phone" not in view.reasons.text()

    view.region.setCurrentIndex(view.region.findData("NL"))

    qtbot.waitUntil(lambda: "same phone +31 6 12345678" in view.reasons.text(), timeout=20_000)
    assert stored.phone_region(demo_db) == "NL"
    assert "Netherlands (NL)" in view.region.currentText()
