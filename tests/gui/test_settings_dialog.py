"""Settings dialog: rings, perks, checklists, weights with the what-if preview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, demo_db: Database) -> SettingsDialog:
    dlg = SettingsDialog(demo_db)
    qtbot.addWidget(dlg)
    return dlg


def test_rename_and_recolour_a_ring_then_save(qtbot, dialog: SettingsDialog, demo_db) -> None:
    page = dialog.rings_page
    page.select(1)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Regulars")
    page.set_colour("#ff0000")
    page.cadence_spin.setValue(21)
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
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
    dialog.reject()
    assert list_rings(demo_db) == before


def test_add_ring_and_remove_it_again_within_limits(qtbot, dialog: SettingsDialog, demo_db):
    page = dialog.rings_page
    assert not page.remove_button.isEnabled()  # the inner ring holds accounts
    page.add_ring()
    assert len(page.drafts()) == 6
    assert page.remove_button.isEnabled()  # the new ring is empty
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Alumni")
    assert dialog.save()
    names = [r.name for r in list_rings(demo_db)]
    assert names[-1] == "Alumni" and len(names) == 6

    again = SettingsDialog(demo_db)
    qtbot.addWidget(again)
    again.rings_page.select(5)
    again.rings_page.remove_current()
    assert again.save()
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
    assert not dialog.save()
    assert "same name" in dialog.banner.text()
    assert list_rings(demo_db) == before


def test_ring_list_model(qtmodeltester, dialog: SettingsDialog) -> None:
    qtmodeltester.check(dialog.rings_page.model)
