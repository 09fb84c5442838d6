"""Insights: write the three versions, publish, follow the cascade, record shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import Qt

from circlesoftrust.services import insights as service
from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.gui.conftest import answer_dialog, ops_for
from ui.common.workers import Workers
from ui.insights.insights_dialogs import RecordShareDialog
from ui.insights.insights_view import InsightsView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, demo_db: Database, workers: Workers) -> InsightsView:
    widget = InsightsView(ops_for(demo_db, workers), today=DEMO_DAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    _until_refreshed(qtbot, widget, widget.refresh)
    return widget


def _until_refreshed(qtbot, view: InsightsView, action: Callable[[], object]) -> None:
    """Do ``action`` and wait until the list and the selected cascade are on screen."""
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        action()


def _select_titled(qtbot, view: InsightsView, prefix: str) -> None:
    for row in range(view.list_model.rowCount()):
        if view.list_model.insight_at(row).title.startswith(prefix):
            index = view.list_model.index(row, 0)
            if view.list.currentIndex() != index:
                _until_refreshed(qtbot, view, partial(view.list.setCurrentIndex, index))
            return
    raise AssertionError(f"no insight titled {prefix!r}")


def test_write_a_new_insight_in_three_versions(qtbot, view: InsightsView, demo_db) -> None:
    _until_refreshed(qtbot, view, view.new_button.click)
    assert view.tabs.currentIndex() == 0 and view.title_edit.hasFocus()
    qtbot.keyClicks(view.title_edit, "Onboarding in two weeks")
    qtbot.keyClicks(view.headline_edit, "Fast onboarding keeps clients")
    qtbot.keyClicks(view.summary_edit, "Clients onboarded within two weeks renew more often.")
    qtbot.keyClicks(view.full_edit, "Across 40 accounts, onboarding time predicts renewal.")
    assert view.save_button.isEnabled()
    _until_refreshed(
        qtbot,
        view,
        lambda: qtbot.keyClick(view.full_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
    )

    saved = [i for i in service.list_insights(demo_db) if i.title == "Onboarding in two weeks"]
    assert len(saved) == 1
    assert saved[0].headline == "Fast onboarding keeps clients"
    assert saved[0].summary.startswith("Clients onboarded")
    assert saved[0].full_text.startswith("Across 40 accounts")
    assert saved[0].published_on is None
    assert view.status_label.text() == "Draft"
    assert not view.save_button.isEnabled()


def test_publish_shows_the_cascade_per_ring(qtbot, view: InsightsView, demo_db) -> None:
    _select_titled(qtbot, view, "Draft")
    assert view.publish_button.isEnabled()
    view.publish_date.setDate(DEMO_DAY)
    _until_refreshed(qtbot, view, view.publish_button.click)

    rings = list_rings(demo_db)
    steps = view.timeline.steps()
    assert [s.ring_name for s in steps] == [r.name for r in rings]
    assert steps[0].release_on == DEMO_DAY and steps[0].detail_level == "full"
    assert steps[-1].release_on == DEMO_DAY + dt.timedelta(days=rings[-1].insight_delay_days)
    assert steps[-1].detail_level == "headline"
    assert view.tabs.currentIndex() == 1
    assert view.status_label.text() == "Published Jun 15, 2026"  # the app's one date format
    assert "receives the full text" in view.banner.text()
    # The inner ring is due now: every member is listed, nobody received it yet.
    assert view.ring_combo.currentText() == rings[0].name
    assert view.due_model.rowCount() == steps[0].members > 0
    assert view.received_model.rowCount() == 0
    assert not view.publish_button.isEnabled()


def test_record_a_share_with_the_clients_answer(qtbot, view: InsightsView, demo_db) -> None:
    _select_titled(qtbot, view, "Pricing pressure")
    view.ring_combo.setCurrentIndex(0)
    due_before = view.due_model.rowCount()
    received_before = view.received_model.rowCount()
    view.due_table.selectRow(0)
    account = view.due_model.record(0)

    def fill(dialog) -> None:
        assert isinstance(dialog, RecordShareDialog)
        dialog.answer_edit.setPlainText("Wants to pilot it with two depots")
        dialog.accept()

    answer_dialog(qtbot, view.record_share, fill)

    qtbot.waitUntil(lambda: view.received_model.rowCount() == received_before + 1)
    assert view.due_model.rowCount() == due_before - 1
    assert view.received_model.rowCount() == received_before + 1
    shares = service.list_shares(demo_db, account=account.account_id)
    assert shares[0].answer == "Wants to pilot it with two depots"
    assert view.banner.text() == "Share recorded with the answer."


def test_an_outer_ring_waits_for_its_release(qtbot, view: InsightsView, demo_db) -> None:
    _select_titled(qtbot, view, "Pricing pressure")
    outer = len(view.cascade()) - 1
    view.ring_combo.setCurrentIndex(outer)
    release = view.current_release()
    assert release.release_on > DEMO_DAY and not release.released
    assert view.due_label.text().startswith("<b>Due from")
    account = view.due_model.record(0)
    refused = view.share(account.account_id)
    with qtbot.waitSignal(refused.failed, timeout=10_000):
        pass
    assert "share early only on purpose" in view.banner.text()
    shared = view.share(account.account_id, early=True)
    with qtbot.waitSignal(shared.done, timeout=10_000):
        pass


def test_models_pass_the_model_tester(qtbot, qtmodeltester, view: InsightsView) -> None:
    _select_titled(qtbot, view, "Pricing pressure")
    qtmodeltester.check(view.list_model)
    qtmodeltester.check(view.due_model)
    qtmodeltester.check(view.received_model)
