"""Settings dialog: rings, perks, checklists, weights with the what-if preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from circlesoftrust.services.rings import list_rings
from tests.gui.conftest import answer_dialog
from ui.operations import Operations
from ui.settings.settings_common import SettingsSnapshot, read_settings
from ui.settings.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def make_dialog(qtbot, ops: Operations) -> SettingsDialog:
    """The dialog as the window opens it: its data read through the door first."""
    sources: list[SettingsSnapshot] = []
    ops.run_query(read_settings, sources.append)
    qtbot.waitUntil(lambda: bool(sources), timeout=10_000)
    dlg = SettingsDialog(ops, sources[0])
    qtbot.addWidget(dlg)
    return dlg


def save(qtbot, dlg: SettingsDialog) -> bool:
    """Save as OK does; True once the database took it, False if anything refused it."""
    outcome: list[bool] = []
    dlg.saveFinished.connect(outcome.append)
    if not dlg.save():
        return False
    if dlg.result() == QDialog.DialogCode.Accepted and not outcome:  # nothing to write
        return True
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome[0]


@pytest.fixture
def dialog(qtbot, demo_ops: Operations) -> SettingsDialog:
    return make_dialog(qtbot, demo_ops)


def test_rename_and_recolour_a_ring_then_save(qtbot, dialog: SettingsDialog, demo_db) -> None:
    page = dialog.rings_page
    page.select(1)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Regulars")
    page.set_colour("#ff0000")
    page.cadence_spin.setValue(21)
    assert save(qtbot, dialog)
    ring = list_rings(demo_db)[1]
    assert (ring.name, ring.colour, ring.cadence_days) == ("Regulars", "#ff0000", 21)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancel_writes_nothing(qtbot, dialog: SettingsDialog, demo_db) -> None:
    before = list_rings(demo_db)
    page = dialog.rings_page
    page.select(0)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Changed")
    page.add_ring()
    answer_dialog(qtbot, dialog.reject, click("Discard changes"))
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert list_rings(demo_db) == before


def click(text: str):  # type: ignore[no-untyped-def]
    """Press the button of the question box whose text (without its &) is ``text``."""

    def press(box: QDialog) -> None:
        assert isinstance(box, QMessageBox), box
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        button.click()

    asked: list[str] = []
    press.asked = asked  # type: ignore[attr-defined]
    return press


def test_cancel_on_a_changed_dialog_asks_and_keep_editing_keeps_the_edits(
    qtbot, dialog: SettingsDialog, demo_db
) -> None:
    dialog.show()
    page = dialog.rings_page
    page.select(1)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Regulars")
    keep = click("Keep editing")
    answer_dialog(
        qtbot,
        lambda: qtbot.keyClick(dialog, Qt.Key.Key_Escape),
        keep,  # Esc is Cancel
    )
    assert keep.asked == ["Discard your changes to the settings?"]
    assert dialog.isVisible() and page.name_edit.text() == "Regulars"
    answer_dialog(qtbot, dialog.buttons.rejected.emit, click("Discard changes"))
    assert not dialog.isVisible()
    assert list_rings(demo_db)[1].name == "Loyal customers"


def test_cancel_on_an_unchanged_dialog_closes_without_asking(qtbot, dialog: SettingsDialog) -> None:
    dialog.show()
    dialog.buttons.rejected.emit()  # a question box would block here
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_add_ring_and_remove_it_again_within_limits(qtbot, dialog: SettingsDialog, demo_db):
    page = dialog.rings_page
    assert page.remove_button.isEnabled()  # a ring in use may go too (it asks where to)
    page.add_ring()
    assert len(page.drafts()) == 6
    assert page.remove_button.isEnabled()  # the new ring is empty
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Alumni")
    assert save(qtbot, dialog)
    names = [r.name for r in list_rings(demo_db)]
    assert names[-1] == "Alumni" and len(names) == 6

    again = make_dialog(qtbot, dialog.ops)
    qtbot.addWidget(again)
    again.rings_page.select(5)
    answer_dialog(qtbot, again.rings_page.remove_current, lambda box: box.accept())
    assert save(qtbot, again)
    assert [r.name for r in list_rings(demo_db)] == names[:5]


def test_at_most_nine_rings(qtbot, dialog: SettingsDialog) -> None:
    page = dialog.rings_page
    for _ in range(10):
        page.add_ring()
    assert len(page.drafts()) == 9
    assert not page.add_button.isEnabled()


def test_duplicate_names_are_refused_before_writing(qtbot, dialog, demo_db) -> None:
    before = list_rings(demo_db)
    page = dialog.rings_page
    page.select(1)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Inner circle")
    assert not save(qtbot, dialog)
    assert "same name" in dialog.banner.text()
    assert list_rings(demo_db) == before


def test_ring_list_model(qtmodeltester, dialog: SettingsDialog) -> None:
    qtmodeltester.check(dialog.rings_page.model)


def test_changing_a_weight_updates_the_what_if_preview(qtbot, dialog: SettingsDialog) -> None:
    page = dialog.scoring_page
    qtbot.waitUntil(lambda: page.last_what_if is not None and not page.preview_pending())
    assert page.last_what_if.moving == 0  # unchanged rules move nobody
    assert "move nobody compared with the saved rules" in page.summary.text()
    rings = page.what_if.rowCount()
    assert rings == page.what_if.columnCount() == len(page.rings)
    before = page.last_what_if

    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.set_value("weight_revenue", 1.0)
        page.set_value("weight_engagement", 0.0)
    after = page.last_what_if
    assert after is not before and after.moving > 0
    assert after.weights["revenue"] == 1.0
    assert "another target than the saved rules" in page.summary.text()
    total = sum(page.what_if.count(r, c) for r in range(rings) for c in range(rings))
    assert total == after.accounts


def test_the_what_if_preview_names_the_accounts_that_would_move(
    qtbot, dialog: SettingsDialog, demo_db
) -> None:
    from circlesoftrust.services.accounts import get_account

    page = dialog.scoring_page
    qtbot.waitUntil(lambda: page.last_what_if is not None and not page.preview_pending())
    with qtbot.waitSignal(page.previewed, timeout=20_000):
        page.set_threshold(page.rings[0].id, 95)  # the inner circle gets much harder
    result = page.last_what_if
    listed = page.moving_list.model.records
    # As many moving as the matrix counts off its diagonal; as many changed as the
    # summary says the change gives another target.
    moving = [m for m in listed if not m.stays]
    assert len(moving) == page.what_if.moves() > 0
    changed = [m for m in listed if m.by_the_change]
    assert len(changed) == result.moving > 0
    assert {m.from_ring for m in changed if not m.stays} == {page.rings[0].name}
    first = changed[0]
    assert get_account(demo_db, first.account_id).name == first.name
    assert first.account_id in result.account_ids_moving
    view = page.moving_list.view
    shown = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert first.name in shown
    assert page.moving_list.note.text() == (
        f"{len(moving)} would move; your change gives {len(changed)} another target."
    )
    assert f"Your changes give {len(changed)} account" in page.summary.text()


def test_weights_and_thresholds_are_saved_cancel_is_not(qtbot, dialog, demo_db) -> None:
    from circlesoftrust.engine_settings import get_settings

    page = dialog.scoring_page
    inner, loyal = page.rings[0], page.rings[1]
    page.set_threshold(inner.id, 80)
    page.set_threshold(loyal.id, 60)  # both raised: saved inner ring first
    page.set_value("hysteresis_points", 7.5)
    dialog.rules_page.spins["satisfaction_after_days"].setValue(30)
    assert save(qtbot, dialog)
    assert [r.min_score for r in list_rings(demo_db)][:2] == [80, 60]
    saved = get_settings(demo_db)
    assert saved.hysteresis_points == 7.5 and saved.satisfaction_after_days == 30

    again = make_dialog(qtbot, dialog.ops)
    qtbot.addWidget(again)
    again.scoring_page.set_value("weight_revenue", 0.9)
    answer_dialog(qtbot, again.reject, click("Discard changes"))
    assert get_settings(demo_db).weight_revenue == saved.weight_revenue


def test_thresholds_must_fall_outwards(qtbot, dialog, demo_db) -> None:
    page = dialog.scoring_page
    page.set_threshold(page.rings[1].id, 75)  # above the inner ring's 70
    assert not save(qtbot, dialog)
    assert "higher threshold" in dialog.banner.text()
    assert list_rings(demo_db)[1].min_score == 50


def test_add_a_perk_and_switch_one_off(qtbot, dialog: SettingsDialog, demo_db) -> None:
    from circlesoftrust.services.perks import list_perks

    page = dialog.perks_page
    dialog.tabs.setCurrentWidget(page)
    page.add_perk()
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Annual strategy day")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("vip_event"))
    page.kind_combo.activated.emit(page.kind_combo.currentIndex())
    page.cost_spin.setValue(1200)
    page.select(0)
    page.active_check.setChecked(False)
    assert save(qtbot, dialog)
    perks = {p.name: p for p in list_perks(demo_db)}
    new = perks["Annual strategy day"]
    assert (new.kind, new.cost_per_year_cents, new.active) == ("vip_event", 120_000, True)
    assert new.ring_position == 0
    assert sum(not p.active for p in perks.values()) == 1


def test_edit_a_checklist(qtbot, dialog: SettingsDialog, demo_db) -> None:
    from circlesoftrust.services.tasks import list_checklist

    page = dialog.checklists_page
    dialog.tabs.setCurrentWidget(page)
    page.select_ring(0)
    first = page.steps()[0].title
    page.add_step()
    page.title_edit.clear()
    qtbot.keyClicks(page.title_edit, "Send a handwritten note")
    page.due_spin.setValue(3)
    page.move_current(-1)  # one place up
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.remove_current()
    assert save(qtbot, dialog)
    inner = list_rings(demo_db)[0]
    titles = [i.title for i in list_checklist(demo_db, f"#{inner.id}")]
    assert first not in titles
    assert titles[-2] == "Send a handwritten note"


def test_list_models(qtbot, qtmodeltester, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.scoring_page.what_if.rowCount() > 0)
    qtmodeltester.check(dialog.perks_page.model)
    qtmodeltester.check(dialog.checklists_page.model)
    qtmodeltester.check(dialog.scoring_page.what_if)


def test_one_save_writes_a_ring_and_a_perk_together(qtbot, dialog: SettingsDialog, demo_db):
    from circlesoftrust.services.perks import list_perks

    rings_page, perks_page = dialog.rings_page, dialog.perks_page
    rings_page.select(3)
    rings_page.name_edit.clear()
    qtbot.keyClicks(rings_page.name_edit, "Prospects")
    dialog.tabs.setCurrentWidget(perks_page)
    perks_page.select(0)
    perk_id = perks_page.drafts()[0].id
    perks_page.name_edit.clear()
    qtbot.keyClicks(perks_page.name_edit, "Founders' dinner")
    perks_page.cost_spin.setValue(450)
    assert save(qtbot, dialog)
    assert list_rings(demo_db)[3].name == "Prospects"
    perk = next(p for p in list_perks(demo_db) if p.id == perk_id)
    assert (perk.name, perk.cost_per_year_cents) == ("Founders' dinner", 45_000)


def test_a_save_that_fails_late_changes_nothing_and_says_what_is_wrong(
    qtbot, dialog: SettingsDialog, demo_db
) -> None:
    """Rings and perks are fine; the thresholds leave no room for the added ring."""
    from tests.unit.test_configuration import snapshot

    before = snapshot(demo_db)
    dialog.rings_page.select(0)
    dialog.rings_page.name_edit.clear()
    qtbot.keyClicks(dialog.rings_page.name_edit, "Champions")
    dialog.perks_page.select(0)
    dialog.perks_page.cost_spin.setValue(999)
    dialog.rings_page.add_ring()  # outside Audience, which then needs a threshold above 0
    scoring = dialog.scoring_page
    scoring.set_threshold(scoring.rings[3].id, 1)  # Leads: 1 leaves no room in between
    assert not save(qtbot, dialog)
    message = dialog.banner.text()
    assert message.startswith("Not saved, nothing was changed: ring 4 (Leads): min_score")
    assert dialog.tabs.currentWidget() is scoring
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert snapshot(demo_db) == before

    scoring.set_threshold(scoring.rings[3].id, 10)  # the user fixes it; Save writes it all
    assert save(qtbot, dialog)
    names = [r.name for r in list_rings(demo_db)]
    assert names[0] == "Champions" and len(names) == 6
    assert [r.min_score for r in list_rings(demo_db)][3:] == [10, 5, 0]


@pytest.fixture
def in_german():  # type: ignore[no-untyped-def]
    from ui.common import language

    language.install("de")
    yield
    language.install("en")


def test_a_refused_save_opens_the_page_that_fixes_it_in_german(
    qtbot, in_german: None, demo_ops: Operations, demo_db
) -> None:
    """The page is chosen by the section the refusal names, not by reading its (German)
    words: a threshold opens Scoring, a perk named like another opens Perks."""
    from tests.unit.test_configuration import snapshot

    before = snapshot(demo_db)
    dialog = make_dialog(qtbot, demo_ops)
    dialog.rings_page.add_ring()
    scoring = dialog.scoring_page
    scoring.set_threshold(scoring.rings[3].id, 1)  # no room left for the added ring
    dialog.tabs.setCurrentWidget(dialog.perks_page)
    assert not save(qtbot, dialog)
    assert dialog.banner.text().startswith("Nicht gespeichert"), dialog.banner.text()
    assert "Kreis 4 (Leads): Schwelle: " in dialog.banner.text()  # no code (min_score)
    assert dialog.tabs.currentWidget() is scoring
    assert snapshot(demo_db) == before


def test_a_refused_checklist_opens_the_checklists_page_in_german(
    qtbot, in_german: None, demo_ops: Operations, demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(A refusal the dialog cannot provoke from its own widgets, tagged as the core tags
    its checklist refusals.)"""
    from circlesoftrust.errors import NotFoundError
    from circlesoftrust.services import configuration

    dialog = make_dialog(qtbot, demo_ops)
    dialog.perks_page.select(0)
    dialog.perks_page.cost_spin.setValue(999)

    def refused(*_args: object, **_kwargs: object) -> None:
        with configuration._section("checklists"):
            raise NotFoundError("Checkliste von Leads, Schritt 2 (Anruf): kein Schritt mit ID 9")

    monkeypatch.setattr("ui.settings.settings_dialog.save_configuration", refused)
    dialog.tabs.setCurrentWidget(dialog.rings_page)
    assert not save(qtbot, dialog)
    assert dialog.tabs.currentWidget() is dialog.checklists_page


def test_counts_on_the_settings_pages_read_in_german(
    qtbot, in_german: None, demo_ops: Operations
) -> None:
    """Members of a ring and grants of a perk are counted in the language ("12 Accounts",
    "1 aktive Gewährung"), not by adding an English "s"."""
    dialog = make_dialog(qtbot, demo_ops)
    dialog.rings_page.select(0)
    members = dialog.rings_page.members_label.text()
    assert members.endswith(" Accounts") or members.endswith(" Account"), members
    tip = dialog.rings_page.model.data(
        dialog.rings_page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole
    )
    assert tip == members
    dialog.perks_page.select(0)
    grants = dialog.perks_page.grants_label.text()
    assert "aktive Gewährung" in grants and "grant" not in grants, grants
