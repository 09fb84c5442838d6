"""Two people on one database: a form saved after someone else changed the record is
refused, the user is told who changed what and when, and chooses to reload and re-apply
their own changes (theirs and the other person's both survive) or to discard theirs."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from circlesoftrust.services import accounts as accounts_service
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import answer_dialog
from ui.accounts.account_actions import AccountActions
from ui.accounts.account_store import AccountStore
from ui.common import conflicts
from ui.operations import Operations

pytestmark = pytest.mark.gui


@pytest.fixture
def actions(demo_ops: Operations, loaded_store: AccountStore) -> AccountActions:
    parent = QWidget()
    act = AccountActions(parent, demo_ops, loaded_store)
    act._keep_parent = parent  # type: ignore[attr-defined]
    return act


class Told(list[str]):
    """What the conflict dialog said; it answers with ``choice``."""

    choice = "reload"


@pytest.fixture
def told() -> Iterator[Told]:
    said = Told()

    def answer(dialog: conflicts.ConflictDialog) -> str:
        said.append(dialog.text.text())
        return said.choice

    conflicts.answer = answer
    yield said
    conflicts.answer = None


def as_bob(demo_db: Database, write: Callable[[Database], Any]) -> None:
    """Bob saves from his own connection (another process's view), off the UI thread."""

    def run() -> None:
        bob = open_database(demo_db.url, user="bob")
        try:
            write(bob)
        finally:
            bob.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_reload_and_reapply_keeps_both_peoples_changes(
    qtbot, actions: AccountActions, demo_db: Database, told: Told
) -> None:
    account_id = actions.store.order[0]
    before = accounts_service.get_account(demo_db, account_id)
    saved: list[str] = []
    actions.said.connect(saved.append)

    def fill(dialog: QDialog) -> None:
        dialog.fields["website"].setText("https://mine.example")  # type: ignore[attr-defined]
        as_bob(
            demo_db,
            lambda db: accounts_service.update_account(
                db, account_id, notes="Bob was here", tags=["vip"]
            ),
        )
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        # Refused, told, reloaded: Bob's notes in the form, the user's website on top.
        note = dialog.error_label  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: "Reloaded" in note.text(), timeout=10_000)
        assert dialog.isVisible()
        assert dialog.fields["notes"].toPlainText() == "Bob was here"  # type: ignore[attr-defined]
        assert dialog.fields["tags"].text() == "vip"  # type: ignore[attr-defined]
        assert dialog.fields["website"].text() == "https://mine.example"  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, lambda: actions.edit_account(account_id), fill, timeout=20_000)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert len(told) == 1
    assert "bob" in told[0] and before.name in told[0] and "after you opened it" in told[0]
    assert "Website" in told[0]  # the user's own change, still in the form
    after = accounts_service.get_account(demo_db, account_id)
    assert after.website == "https://mine.example"
    assert after.notes == "Bob was here" and after.tags == ("vip",)


def test_discard_mine_keeps_the_other_persons_version(
    qtbot, actions: AccountActions, demo_db: Database, told: Told
) -> None:
    told.choice = "discard"
    account_id = actions.store.order[1]
    closed: list[int] = []

    def fill(dialog: QDialog) -> None:
        dialog.finished.connect(closed.append)
        dialog.fields["notes"].setPlainText("Mine")  # type: ignore[attr-defined]
        as_bob(demo_db, lambda db: accounts_service.update_account(db, account_id, notes="Bob's"))
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, lambda: actions.edit_account(account_id), fill, timeout=20_000)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    assert closed == [QDialog.DialogCode.Rejected]
    assert accounts_service.get_account(demo_db, account_id).notes == "Bob's"


def test_a_stale_contact_form_offers_the_same_choice(
    qtbot, actions: AccountActions, demo_db: Database, told: Told
) -> None:
    contact = accounts_service.list_contacts(demo_db, actions.store.order[0])[0]
    done: list[str] = []
    actions.said.connect(done.append)

    def fill(dialog: QDialog) -> None:
        dialog.fields["phone"].setText("+49 30 999")  # type: ignore[attr-defined]
        as_bob(
            demo_db,
            lambda db: accounts_service.update_contact(db, contact.id, notes="Prefers e-mail"),
        )
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: "Reloaded" in dialog.error_label.text(), timeout=10_000)  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    answer_dialog(qtbot, lambda: actions.edit_contact(contact.id), fill, timeout=20_000)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    after = accounts_service.get_contact(demo_db, contact.id)
    assert after.phone == "+49 30 999" and after.notes == "Prefers e-mail"
    assert "bob" in told[0]


def test_a_stale_settings_save_is_refused_and_keeps_what_the_user_typed(
    qtbot, demo_ops: Operations, demo_db: Database, told: Told
) -> None:
    from circlesoftrust.services.rings import list_rings, update_ring
    from tests.gui.test_settings_dialog import make_dialog, save

    told.choice = "keep"
    dialog = make_dialog(qtbot, demo_ops)
    page = dialog.rings_page
    page.select(1)
    page.cadence_spin.setValue(21)
    inner = list_rings(demo_db)[0]
    as_bob(demo_db, lambda db: update_ring(db, inner.position, name="Bob's circle"))
    assert not save(qtbot, dialog)
    assert "bob" in dialog.banner.text() and "nothing was saved" in dialog.banner.text()
    assert page.cadence_spin.value() == 21  # still in the form
    rings = list_rings(demo_db)
    assert rings[0].name == "Bob's circle"  # not overwritten
    assert rings[1].cadence_days != 21
    assert "bob" in told[0] and "Follow up every" in told[0].replace("follow", "Follow")


def test_a_stale_settings_save_reloads_and_reapplies_only_the_users_changes(
    qtbot, demo_ops: Operations, demo_db: Database, told: Told
) -> None:
    """Both people's settings survive; where both changed the same setting the dialog
    shows both values (the user's is kept) before anything is saved."""
    from circlesoftrust.engine_settings import get_settings, update_settings
    from circlesoftrust.services.rings import list_rings, update_ring
    from tests.gui.test_settings_dialog import make_dialog, save

    dialog = make_dialog(qtbot, demo_ops)
    rings = dialog.rings_page
    rings.select(1)
    rings.cadence_spin.setValue(21)  # only mine
    rings.select(2)
    rings.description_edit.setText("Mine")
    rings.description_edit.textEdited.emit("Mine")  # both: a clash
    hysteresis = get_settings(demo_db).hysteresis_points
    before = list_rings(demo_db)

    def bob(db: Database) -> None:
        update_ring(db, before[0].position, name="Bob's circle")  # only his
        update_ring(db, before[2].position, description="Bob's")
        update_settings(db, {"hysteresis_points": hysteresis + 2})

    as_bob(demo_db, bob)
    with qtbot.waitSignal(dialog.reloaded, timeout=10_000):
        assert not save(qtbot, dialog)
    assert "bob" in told[0] and "after you opened it" in told[0]
    assert "follow up every" in told[0] and "description" in told[0]  # what is still mine
    note = dialog.banner.text()
    assert "You both changed" in note and "Mine" in note and "Bob's" in note
    assert dialog.rings_page.drafts()[0].name == "Bob's circle"  # his, shown
    assert dialog.rings_page.drafts()[1].cadence_days == 21  # mine, on top
    assert dialog.engine_draft.values["hysteresis_points"] == hysteresis + 2
    assert save(qtbot, dialog)  # now against the settings as they are
    after = list_rings(demo_db)
    assert after[0].name == "Bob's circle" and after[1].cadence_days == 21
    assert after[2].description == "Mine"
    assert get_settings(demo_db).hysteresis_points == hysteresis + 2


def test_discarding_a_stale_settings_save_closes_the_dialog(
    qtbot, demo_ops: Operations, demo_db: Database, told: Told
) -> None:
    from circlesoftrust.services.rings import list_rings, update_ring
    from tests.gui.test_settings_dialog import make_dialog, save

    told.choice = "discard"
    dialog = make_dialog(qtbot, demo_ops)
    dialog.rings_page.select(1)
    dialog.rings_page.cadence_spin.setValue(21)
    as_bob(demo_db, lambda db: update_ring(db, 0, name="Bob's circle"))
    assert not save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert list_rings(demo_db)[1].cadence_days != 21


def test_an_insight_being_edited_keeps_what_was_typed_when_views_read_again(
    qtbot, demo_ops: Operations, demo_db: Database, told: Told
) -> None:
    """A change elsewhere makes every view read again; the editor keeps the user's text,
    and its save is then checked against the version it started from."""
    from circlesoftrust.services import insights as insight_service
    from tests.conftest import DEMO_DAY
    from ui.insights.insights_view import InsightsView

    view = InsightsView(demo_ops, today=DEMO_DAY)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    insight_id = view._current_id
    assert insight_id is not None
    qtbot.keyClicks(view.summary_edit, " My addition.")
    typed = view.summary_edit.toPlainText()
    as_bob(
        demo_db,
        lambda db: insight_service.update_insight(db, insight_id, headline="Bob's headline"),
    )
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        demo_ops.announce_everything()  # (what the window does when it notices Bob)
    assert view.summary_edit.toPlainText() == typed
    told.choice = "keep"
    with qtbot.waitSignal(demo_ops.changed, timeout=10_000, raising=False):
        view.save()
    qtbot.waitUntil(lambda: "bob" in view.banner.text(), timeout=10_000)
    stored = next(i for i in insight_service.list_insights(demo_db) if i.id == insight_id)
    assert stored.headline == "Bob's headline" and "My addition" not in stored.summary


def _insight_view(qtbot, demo_ops: Operations):  # type: ignore[no-untyped-def]
    from tests.conftest import DEMO_DAY
    from ui.insights.insights_view import InsightsView

    view = InsightsView(demo_ops, today=DEMO_DAY)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    assert view._current_id is not None
    return view


def test_a_stale_insight_save_reloads_and_reapplies_the_users_texts(
    qtbot, demo_ops: Operations, demo_db: Database, told: Told
) -> None:
    from circlesoftrust.services import insights as insight_service

    view = _insight_view(qtbot, demo_ops)
    insight_id = view._current_id
    assert insight_id is not None
    qtbot.keyClicks(view.summary_edit, " My addition.")
    mine = view.summary_edit.toPlainText().strip()
    as_bob(
        demo_db,
        lambda db: insight_service.update_insight(db, insight_id, headline="Bob's headline"),
    )
    view.save()
    qtbot.waitUntil(lambda: "Reloaded" in view.banner.text(), timeout=10_000)
    assert "bob" in told[0] and "Summary" in told[0]  # who, and what is still the user's
    assert view.headline_edit.text() == "Bob's headline"  # his, shown
    assert view.summary_edit.toPlainText() == mine  # mine, on top
    with qtbot.waitSignal(demo_ops.changed, timeout=10_000):
        view.save()  # against the version just read: taken
    qtbot.waitUntil(lambda: "Saved" in view.banner.text(), timeout=10_000)
    stored = insight_service.get_insight(demo_db, insight_id)
    assert stored.headline == "Bob's headline" and stored.summary == mine


def test_discarding_a_stale_insight_edit_shows_the_stored_texts(
    qtbot, demo_ops: Operations, demo_db: Database, told: Told
) -> None:
    from circlesoftrust.services import insights as insight_service

    told.choice = "discard"
    view = _insight_view(qtbot, demo_ops)
    insight_id = view._current_id
    assert insight_id is not None
    qtbot.keyClicks(view.full_edit, " Mine.")
    as_bob(demo_db, lambda db: insight_service.update_insight(db, insight_id, full_text="Bob's"))
    view.save()
    qtbot.waitUntil(lambda: view.full_edit.toPlainText() == "Bob's", timeout=10_000)
    assert not view.is_dirty() and len(told) == 1
    assert insight_service.get_insight(demo_db, insight_id).full_text == "Bob's"
