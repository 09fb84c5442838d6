"""People as a user works it: e-mail and phone in the list, a filter, the contacts an
import flagged for review, and a one-click "Log touch" that Ctrl+Z takes back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.importer import import_contacts
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database
from tests.gui.conftest import ops_for
from ui.common.workers import Workers
from ui.people.people_view import EVERYONE, KEY, REVIEW, PeopleView

pytestmark = pytest.mark.gui


@pytest.fixture
def people(qtbot, db: Database, workers: Workers, tmp_path: Path) -> PeopleView:
    acc = accounts.create_account(db, "Alder Legal AG", ring="Loyal customers")
    accounts.add_contact(db, acc.id, "Quentin Tanaka", email="q@alder.example",
                         phone="+49 30 1234567", role="decision_maker")  # fmt: skip
    accounts.add_contact(db, acc.id, "Anna Berg", email="anna@alder.example")
    activity.record_revenue(db, acc.id, 1000, on=dt.date.today() - dt.timedelta(days=20))
    book = tmp_path / "book.csv"
    book.write_text(
        "First Name,Last Name,E-mail Address,Mobile Phone,Company\n"
        "Rosa,Nguyen,rosa@example.org,+44 20 7946 0001,\n",
        encoding="utf-8",
    )
    import_contacts(db, read_import_file(book), source="book.csv")
    view = PeopleView(ops_for(db, workers))
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.set_mode(EVERYONE)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    return view


def _column(view: PeopleView, title: str) -> list[str]:
    model = view.model
    col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_everyone_shows_email_and_phone(people: PeopleView) -> None:
    assert _column(people, "Name") == ["Anna Berg", "Quentin Tanaka", "Rosa Nguyen"]
    assert _column(people, "E-mail") == ["anna@alder.example", "q@alder.example",
                                         "rosa@example.org"]  # fmt: skip
    assert _column(people, "Phone")[1:] == ["+49 30 1234567", "+44 20 7946 0001"]


def test_typing_in_the_filter_narrows_the_list(qtbot, people: PeopleView) -> None:
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        qtbot.keyClicks(people.filter, "alder")
    assert _column(people, "Name") == ["Anna Berg", "Quentin Tanaka"]
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        people.filter.clear()
        qtbot.keyClicks(people.filter, "nobody-like-this")
    assert people.model.rowCount() == 0 and people.empty.isVisible()


def test_needs_review_lists_the_imported_contact_without_organisation(
    qtbot, people: PeopleView
) -> None:
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        people.set_mode(REVIEW)
    assert _column(people, "Name") == ["Rosa Nguyen"]
    assert "needs review" in _column(people, "Why")[0]
    assert people.mode.itemText(2) == "Needs review (1)"


def test_reviewed_clears_the_flag_and_undo_brings_it_back(
    qtbot, people: PeopleView, db: Database
) -> None:
    assert not people.reviewed_button.isVisible()  # only where reviews are done
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        people.set_mode(REVIEW)
    assert people.reviewed_button.isVisible() and people.reviewed_button.isEnabled()
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        qtbot.mouseClick(people.reviewed_button, Qt.MouseButton.LeftButton)
    assert people.model.rowCount() == 0 and people.mode.itemText(2) == "Needs review (0)"
    rosa = next(a for a in accounts.list_accounts(db) if a.name.startswith("Rosa"))
    assert not accounts.get_account(db, rosa.id).needs_review
    with qtbot.waitSignal(people.ops.changed, timeout=10_000):
        people.ops.undo()
    assert accounts.get_account(db, rosa.id).needs_review
    with qtbot.waitSignal(people.loaded, timeout=10_000):
        people.refresh()
    assert _column(people, "Name") == ["Rosa Nguyen"]


def test_log_touch_is_one_click_and_undoable(qtbot, people: PeopleView, db: Database) -> None:
    people.view.selectRow(1)  # Quentin
    assert people.current_person().name == "Quentin Tanaka"
    with qtbot.waitSignal(people.touchLogged, timeout=10_000):
        qtbot.mouseClick(people.touch_button, Qt.MouseButton.LeftButton)
    acc = accounts.get_account(db, "Alder Legal AG").id
    touches = [e for e in activity.timeline(db, acc) if e.kind == "touchpoint"]
    assert len(touches) == 1 and touches[0].on == dt.date.today()
    assert "Call" in touches[0].title and "Quentin Tanaka" in touches[0].title
    assert "Logged a call with Quentin Tanaka" in people.banner.text()

    with qtbot.waitSignal(people.ops.changed, timeout=10_000):
        people.ops.undo()
    assert not [e for e in activity.timeline(db, acc) if e.kind == "touchpoint"]


def test_key_people_carry_email_and_filter_on_the_spot(
    qtbot, demo_db: Database, workers: Workers
) -> None:
    view = PeopleView(ops_for(demo_db, workers))
    qtbot.addWidget(view)
    view.show()
    assert view.current_mode() == KEY
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.refresh()
    assert view.model.rowCount() == 20
    assert any(_column(view, "E-mail"))
    first = view.model.record(0)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClicks(view.filter, first.name)
    assert first.name in _column(view, "Name") and view.model.rowCount() < 20
