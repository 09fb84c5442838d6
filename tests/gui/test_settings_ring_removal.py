"""Settings → Rings → Remove on a ring in use (issue 18, point 5): it asks where the accounts
go (the next ring out by default), says what the removal touches, moves them on Save in one
transaction, and one undo brings the ring and its accounts back."""

from __future__ import annotations

import pytest

from circlesoftrust.services import accounts, activity
from circlesoftrust.services.rings import list_rings
from tests.gui.conftest import answer_dialog, settle
from tests.gui.test_settings_dialog import make_dialog, save
from ui.operations import Operations
from ui.settings.ring_removal_dialog import RemoveRingDialog

pytestmark = pytest.mark.gui


def in_ring(db, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in accounts.list_accounts(db) if a.ring_name == name}


def test_remove_a_ring_in_use_choose_where_its_accounts_go_then_undo(
    qtbot, demo_ops: Operations, demo_db
) -> None:
    leads = in_ring(demo_db, "Leads")
    assert leads
    dialog = make_dialog(qtbot, demo_ops)
    page = dialog.rings_page
    page.select(3)
    assert page.remove_button.isEnabled()  # it holds accounts, and may go all the same
    seen: dict[str, str] = {}

    def choose(box: RemoveRingDialog) -> None:
        assert isinstance(box, RemoveRingDialog)
        seen["default"] = box.chosen_name()
        seen["facts"] = box.facts.text()
        box.combo.setCurrentIndex(box.combo.findText("New clients"))
        seen["warning"] = box.warning.text() if box.warning.isVisibleTo(box) else ""
        box.buttons.accepted.emit()

    answer_dialog(qtbot, page.remove_current, choose, timeout=10_000)
    assert seen["default"] == "Audience"  # the next ring out
    assert f"{len(leads)} accounts sit in Leads" in seen["facts"]
    assert "keep the name “Leads”" in seen["facts"]
    assert "no purchase yet, and New clients is for customers only" in seen["warning"]
    assert "Leads" not in [d.name for d in page.drafts()]
    assert f"On Save, Leads goes and its {len(leads)} accounts move to New clients." in (
        page.count_hint.text()
    )
    assert in_ring(demo_db, "Leads") == leads  # nothing written before Save

    assert save(qtbot, dialog)
    assert "Leads" not in [r.name for r in list_rings(demo_db)]
    assert leads <= in_ring(demo_db, "New clients")
    someone = sorted(leads)[0]
    titles = [e.title for e in activity.timeline(demo_db, someone) if e.kind == "ring_change"]
    assert titles[0] == "Leads → New clients"

    assert demo_ops.undo_stack.undoText() == "Change settings"
    demo_ops.undo()  # Ctrl+Z
    settle(qtbot, demo_ops)
    qtbot.waitUntil(lambda: "Leads" in [r.name for r in list_rings(demo_db)], timeout=10_000)
    assert in_ring(demo_db, "Leads") == leads


def test_cancel_in_the_question_keeps_the_ring(qtbot, demo_ops: Operations) -> None:
    dialog = make_dialog(qtbot, demo_ops)
    page = dialog.rings_page
    page.select(4)
    answer_dialog(qtbot, page.remove_current, lambda box: box.reject(), timeout=10_000)
    qtbot.waitUntil(lambda: page.removal_dialog is None)
    assert [d.name for d in page.drafts()][-1] == "Audience"
    assert not dialog.is_dirty()
