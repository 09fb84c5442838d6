"""The Move dialog asks how long the user's move stands (issue 11, point 3): the pin
period is chosen in the dialog, the usual period names the settings' number, and the move
pins the account for it (or until unpinned, or not at all)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from circlesoftrust import formats
from circlesoftrust.engine_settings import update_settings
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import answer_dialog
from tests.gui.test_main_window import _open
from ui.accounts.dialogs import PIN_DEFAULT, PIN_FOREVER
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    update_settings(demo_db, {"pin_days": 45})
    location = str(demo_db.path)
    demo_db.close()
    opened = _open(qtbot, location)
    qtbot.waitUntil(lambda: opened.store.figures_known, timeout=20_000)
    return opened


def _move(qtbot, window: MainWindow, account_id: int, pin: int, seen: list[str]) -> None:
    def fill(dialog: QDialog) -> None:
        choice = dialog.fields["pin"]  # type: ignore[attr-defined]
        assert isinstance(choice, QComboBox)
        usual = choice.findData(PIN_DEFAULT)
        qtbot.waitUntil(lambda: "45 days" in choice.itemText(usual), timeout=5000)
        seen.append(choice.itemText(usual))
        choice.setCurrentIndex(choice.findData(pin))
        dialog.fields["reason"].setCurrentText("Strategic partner")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    target = 4  # (a lead to the Audience: no customers-only question in between)
    answer_dialog(qtbot, lambda: window.account_actions.move_account(account_id, target), fill)
    qtbot.waitUntil(lambda: window.store.rows[account_id].ring_position == target, timeout=10_000)


def _pin(window: MainWindow, account_id: int) -> tuple[bool, dt.date | None]:
    path = window.store.db.path
    assert path is not None
    db = open_database(path)
    try:
        with db.transaction() as session:
            from circlesoftrust.models import Account

            row = session.get(Account, account_id)
            assert row is not None
            return row.pinned, row.pinned_until
    finally:
        db.close()


@pytest.mark.parametrize(
    ("pin", "expected"),
    [
        (30, (True, 30)),
        (PIN_DEFAULT, (True, 45)),
        (PIN_FOREVER, (True, None)),
        (0, (False, None)),
    ],
)
def test_the_move_dialog_sets_the_pin_period(
    qtbot, window: MainWindow, pin: int, expected: tuple[bool, int | None]
) -> None:
    account_id = next(i for i, r in window.store.rows.items() if r.ring_position == 3)
    seen: list[str] = []
    said: list[str] = []
    window.account_actions.said.connect(said.append)
    _move(qtbot, window, account_id, pin, seen)
    assert seen == ["The usual period: 45 days"]
    pinned, until = _pin(window, account_id)
    days = expected[1]
    assert (pinned, until) == (
        expected[0],
        None if days is None else dt.date.today() + dt.timedelta(days=days),
    )
    assert accounts.get_account(window.store.db, account_id).pinned is expected[0]
    if until is not None:
        # (in the one date format of the app)
        assert said and said[-1].endswith(f"pinned until {formats.date(until)}")
    elif pinned:
        assert said and said[-1].endswith("pinned until you unpin it")
