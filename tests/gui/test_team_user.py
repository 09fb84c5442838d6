"""Who is working, in the window: on a shared PostgreSQL database the window asks once
("Who are you?"), remembers the choice for that database on this computer, and Settings →
Team switches it; what is recorded, dismissals and "Mine" follow the person chosen.
Runs on SQLite and, in CI, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from circlesoftrust.engine import suggestions as sg
from circlesoftrust.models import SuggestionState, User
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.gui.test_settings_dialog import make_dialog
from ui.shell import team_user
from ui.shell.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.pg]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The start-up question, answered as a new person called Carol would."""
    seen: list[str] = []
    monkeypatch.delenv("CIRCLESOFTRUST_USER", raising=False)

    def answer(dialog: team_user.WhoAreYouDialog) -> None:
        seen.append(dialog.combo.currentText())
        dialog.combo.setCurrentIndex(dialog.combo.findData(team_user.NEW))
        dialog.name_edit.setText("Carol")
        dialog.accept()

    team_user.answer = answer
    yield seen
    team_user.answer = None


def _window(qtbot, location: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(location, open_now=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.open(location)
    qtbot.waitUntil(lambda: window.store.analysis_state == "ready", timeout=60_000)
    return window


def _names(db: Database) -> dict[int, str]:
    with db.transaction() as session:
        return dict(session.execute(select(User.id, User.name)).all())


def test_who_is_working_is_asked_once_per_database_and_everything_follows_it(
    qtbot, demo_db: Database, db_url: str, backend: str, asked: list[str]
) -> None:
    demo_db.close()
    window = _window(qtbot, db_url)
    db = window.db
    assert db is not None
    if backend == "postgresql":  # one role for everyone: the window asks
        qtbot.waitUntil(lambda: db.user == "Carol", timeout=20_000)
        assert len(asked) == 1
    else:  # the computer's login says who it is
        assert asked == [] and db.user is None

    # Settings → Team → Work as: a new person, Dave, at this keyboard from now on.
    dialog = make_dialog(qtbot, window.ops)
    page = dialog.team_page
    page.person_combo.setCurrentIndex(page.person_combo.findData(team_user.NEW))
    qtbot.keyClicks(page.new_person_edit, "Dave")
    with qtbot.waitSignal(page.switched, timeout=20_000):
        page.switch_button.click()
    assert db.user == "Dave" and "Dave" in page.note.text()
    dialog.reject()

    # What Dave does is his: a dismissal (his inbox only), a new account (his: "Mine").
    first = sg.suggest(db, DEMO_DAY)[0]
    dismissed: list[object] = []
    window.ops.run_op(
        "Dismiss", lambda d: sg.dismiss(d, first.id, on=DEMO_DAY), dismissed.append, owner=window
    )
    created: list[accounts.AccountInfo] = []
    window.ops.run_op(
        "New account",
        lambda d: accounts.create_account(d, "Dave's first client"),
        created.append,
        owner=window,
    )
    qtbot.waitUntil(lambda: bool(dismissed) and bool(created), timeout=20_000)
    names = _names(db)
    with db.transaction() as session:
        decided = session.scalars(select(SuggestionState.decided_by_id)).all()
    assert [names[i] for i in decided if i is not None] == ["Dave"]
    panel = window.accounts_panel
    qtbot.waitUntil(lambda: created[0].id in window.store.rows, timeout=20_000)
    with qtbot.waitSignal(panel.model.filtered, timeout=20_000):
        panel.mine.setChecked(True)
    assert panel.model.visible_ids == [created[0].id]
    window.close()

    # The next start on this computer: nothing asked, still Dave.
    again = _window(qtbot, db_url)
    assert again.db is not None and again.db.user == "Dave"
    assert len(asked) == (1 if backend == "postgresql" else 0)
    again.close()
