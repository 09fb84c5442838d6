"""Settings → Rules shows the advice rules in words (issue 11): what counts as contact as
ticks, the new clients' ring by name, and each rule as the sentence the engine applies,
following the edits before they are saved."""

from __future__ import annotations

import pytest

from circlesoftrust.engine_settings import get_settings
from tests.gui.test_settings_dialog import make_dialog, save
from ui.operations import Operations
from ui.settings.advice_rules import RingChoice, SwitchBox
from ui.settings.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, demo_ops: Operations) -> SettingsDialog:
    return make_dialog(qtbot, demo_ops)


def test_the_rules_read_as_words_and_follow_the_edits(qtbot, dialog, demo_db) -> None:
    page = dialog.rules_page
    words = page.advice_words
    assert words is not None
    text = words.text()
    assert "Counts as contact: a two-way touch, an inbound touch, a purchase" in text
    assert "Not contact: an outbound one-way touch (newsletter, social post)." in text
    assert "sits at least in New clients" in text
    assert "Your move stands for 90 days" in text
    assert "once all of Inner circle has it, or 14 days" in text
    outbound = page.spins["contact_outbound"]
    assert isinstance(outbound, SwitchBox) and not outbound.isChecked()
    ring = page.spins["new_client_ring"]
    assert isinstance(ring, RingChoice) and ring.currentText() == "New clients"
    outbound.setChecked(True)
    ring.setCurrentIndex(ring.findData(1))
    page.spins["pin_days"].setValue(30)
    text = words.text()
    assert "Not contact" not in text and "newsletter" in text
    assert "sits at least in Loyal customers" in text
    assert "Your move stands for 30 days" in text
    assert save(qtbot, dialog)
    saved = get_settings(demo_db)
    assert (saved.contact_outbound, saved.new_client_ring, saved.pin_days) == (1, 1, 30)


def test_the_outermost_ring_switches_the_new_clients_rule_off(qtbot, dialog) -> None:
    page = dialog.rules_page
    ring = page.spins["new_client_ring"]
    assert isinstance(ring, RingChoice)
    ring.setCurrentIndex(ring.count() - 1)
    assert page.advice_words is not None
    assert "not held in any ring (the rule is off)" in page.advice_words.text()
