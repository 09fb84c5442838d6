"""Start-up as the user sees it: the accounts from the first look before the file is open,
the figures right after, and an event loop that keeps running on a 100,000-account file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from circlesoftrust.demo import generate_demo
from circlesoftrust.first_look import first_look
from circlesoftrust.storage import Database, open_database
from ui.accounts.accounts_table import COL_NAME, COL_NEXT, COL_REVENUE, COL_SCORE
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_file(demo_db: Database) -> str:
    path = str(demo_db.path)
    demo_db.close()
    return path


def _cell(window: MainWindow, row: int, column: int) -> str:
    model = window.accounts_panel.model
    return str(model.data(model.index(row, column)))


def test_the_accounts_show_before_the_database_is_open(qtbot, demo_file: str) -> None:
    window = MainWindow(demo_file, first_look=lambda: first_look(demo_file))
    qtbot.addWidget(window)
    window.show()
    # Built, nothing opened yet: names and markers are there, the figures are on their way.
    assert window.db is None
    assert window.accounts_panel.model.rowCount() == 60
    assert len(window.ring_panel.scene.marker_ids()) == 60
    assert _cell(window, 0, COL_NAME)
    assert _cell(window, 0, COL_REVENUE) == "…"
    assert "test.sqlite" in window.windowTitle()
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    assert window.db is not None
    assert window.accounts_panel.model.rowCount() == 60
    revenues = [_cell(window, row, COL_REVENUE) for row in range(60)]
    assert "…" not in revenues
    assert any(any(ch.isdigit() for ch in text) for text in revenues)


def test_an_account_picked_during_the_first_look_opens_once_the_file_is_open(
    qtbot, demo_file: str
) -> None:
    window = MainWindow(demo_file, first_look=lambda: first_look(demo_file))
    qtbot.addWidget(window)
    window.show()
    account_id = window.ring_panel.scene.marker_ids()[0]
    window.account_page.show_account(account_id)
    assert "Opening the database" in window.account_page.empty.title.text()
    qtbot.waitUntil(
        lambda: (
            window.account_page.data is not None
            and window.account_page.data.account.id == account_id
        ),
        timeout=30_000,
    )
    assert window.account_page.name_label.text() == window.store.rows[account_id].name


def test_a_file_that_fails_to_open_after_its_first_look_shows_no_accounts(
    qtbot, demo_file: str, monkeypatch: pytest.MonkeyPatch, shown_errors
) -> None:
    from circlesoftrust import storage
    from circlesoftrust.errors import DatabaseOpenError

    def refuse(_location: object, **_options: object) -> Database:
        raise DatabaseOpenError("test.sqlite is damaged: page 7 is out of order")

    monkeypatch.setattr(storage, "open_database", refuse)
    window = MainWindow(demo_file, first_look=lambda: first_look(demo_file))
    qtbot.addWidget(window)
    window.show()
    assert window.accounts_panel.model.rowCount() == 60
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.no_database, timeout=30_000)
    assert "damaged" in str(shown_errors[0][0])
    assert window.accounts_panel.model.rowCount() == 0
    assert window.ring_panel.scene.marker_ids() == []


def test_the_last_pass_scores_show_with_the_first_look_before_the_file_is_open(
    qtbot, demo_db: Database
) -> None:
    """Yesterday's scores and next actions come with the names (read beside the first
    look, not from the opened file, which took about a second longer at 100,000)."""
    from circlesoftrust import pass_process
    from ui.shell.app import FirstLookReader

    kept = pass_process.compute(demo_db, dt.date(2026, 6, 15), keep_as=demo_db.display_name())
    path = str(demo_db.path)
    demo_db.close()
    reader = FirstLookReader(path)
    reader.start()
    window = MainWindow(path, first_look=reader.result, kept_pass=reader.kept_pass)
    qtbot.addWidget(window)
    seen: list[tuple[str, object]] = []

    def note() -> None:
        seen.append((window.store.analysis_state, window.db))

    if window.store.analysis_state == "kept":  # (the reader was done as the window was built)
        note()
    window.store.analysisLoaded.connect(note)
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0] == ("kept", None)  # shown with the look, before the file is open
    model = window.accounts_panel.model
    scores, nexts = {}, {}
    for row in range(model.rowCount()):
        account_id = model.account_id(row)
        scores[account_id] = _cell(window, row, COL_SCORE)
        nexts[account_id] = _cell(window, row, COL_NEXT)
    best = dict(zip(kept.ids, kept.scores, strict=True))
    assert scores == {i: str(int(best[i])) for i in scores}
    assert {i for i, text in nexts.items() if text} == set(kept.next_actions)


def test_the_window_paints_its_first_look_without_loading_sqlalchemy(demo_file: str) -> None:
    code = f"""
import sys
from ui.shell.app import FirstLookReader, create_application
reader = FirstLookReader({demo_file!r}); reader.start()
app, watcher = create_application(sys.argv[:1])
from ui.shell.main_window import MainWindow
window = MainWindow({demo_file!r}, first_look=reader.result)
window.show()
window.repaint()
reader.join()  # (it reads the last pass kept for the file too)
print(window.accounts_panel.model.rowCount(), "sqlalchemy" in sys.modules)
"""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    rows, loaded = out.stdout.split()[-2:]
    assert rows == "60"
    assert loaded == "False"


@pytest.fixture(scope="session")
def ten_thousand_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo business at 10,000 accounts (≈ 200k touchpoints; built once). The 100,000
    account figures are benchmarks/bench_window.py's (a 100k file cost minutes of CI)."""
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=10_000, seed=5, today=dt.date(2026, 6, 15))
    db.close()
    return path


# Run in a process of its own: in a long GUI run, what earlier tests left alive (windows,
# timers) does work on this UI thread too, and the measure would be theirs, not this window's.
_EVENT_LOOP_PROBE = """
import gc, json, os, sys, time
gc.disable()  # as the app does (ui.common.workers): collection only on the UI thread's timer
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from circlesoftrust.first_look import first_look
from ui.shell.main_window import MainWindow
location = sys.argv[1]
gaps, last = [], [time.thread_time()]
def tick():
    now = time.thread_time()
    gaps.append((now - last[0]) * 1000)
    last[0] = now
timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(tick)
timer.start()
window = MainWindow(location, first_look=lambda: first_look(location))
passes = []
window.ops.passes.finished.connect(passes.append)
window.show()
def ready():
    if window.store.analysis_state == "ready":
        timer.stop()
        app.quit()
poll = QTimer()
poll.timeout.connect(ready)
poll.start(50)
QTimer.singleShot(150_000, app.quit)
app.exec()
store = window.store
print(json.dumps({
    "state": store.analysis_state,
    "rows": len(store.rows),
    "scored": bool(store.scores and store.next_action),
    "in_child": [getattr(p, "in_child", None) for p in passes],
    "gaps": gaps,
}))
sys.stdout.flush()
os._exit(0)
"""


def test_the_event_loop_keeps_running_while_10000_accounts_open_and_are_scored(
    ten_thousand_db: Path, tmp_path: Path
) -> None:
    # Between two ticks of a 10 ms timer, how long the UI thread itself worked (its CPU
    # time): work done on the UI thread counts in full, time the machine gave to other
    # processes does not (this ran at load 9 on 2 cores and failed on wall-clock gaps).
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", _EVENT_LOOP_PROBE, str(ten_thousand_db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=240,
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.splitlines()[-1])
    assert seen["state"] == "ready", out.stderr
    assert seen["rows"] > 9_900
    assert seen["scored"]
    # Today's pass ran in a child process: its interpreter was not the window's.
    assert seen["in_child"] == [True]
    # The timer kept firing all along: opening, reading and scoring ran off the UI
    # thread; what the UI thread did between two ticks stayed short.
    gaps = seen["gaps"]
    assert len(gaps) > 50
    assert max(gaps) < 300, sorted(gaps)[-5:]


def test_every_theme_can_be_chosen_on_the_command_line() -> None:
    # ui.shell.app lists the themes itself (importing ui.common.theme would load Qt
    # before the look).
    from ui.common import theme
    from ui.shell.app import parse_args

    assert [parse_args(["--theme", mode]).theme for mode in theme.THEMES] == list(theme.THEMES)
    with pytest.raises(SystemExit):
        parse_args(["--theme", "sepia"])


def test_a_look_that_went_stale_before_the_open_is_corrected(qtbot, demo_db: Database) -> None:
    from circlesoftrust.services import accounts

    location = str(demo_db.path)
    demo_db.close()  # (a first look is taken of a file this process does not have open)
    look = first_look(location)
    assert look is not None
    gone = look.rows[0]
    # Another program writes between the look and the open.
    other = open_database(location)
    accounts.delete_account(other, gone.id)
    added = accounts.create_account(other, "Brand New Ltd")
    other.close()
    window = MainWindow(location, first_look=lambda: look)
    qtbot.addWidget(window)
    window.show()
    assert gone.id in window.store.rows  # what the look saw
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    assert gone.id not in window.store.rows
    assert window.store.rows[added.id].name == "Brand New Ltd"
    assert added.id in window.ring_panel.scene.marker_ids()
    assert gone.id not in window.ring_panel.scene.marker_ids()
    assert window.accounts_panel.model.rowCount() == 60


def test_the_example_created_on_first_start_replaces_its_empty_look(qtbot) -> None:
    from circlesoftrust.database_file import demo_db_path

    path = demo_db_path()
    open_database(path).close()  # rings, no accounts (e.g. a first start cancelled before)
    look = first_look(str(path))
    assert look is not None and look.rows == []
    window = MainWindow(None, demo=True, first_look=lambda: look)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: len(window.store.rows) == 60 and window.store.figures_known, timeout=60_000
    )
    assert window.accounts_panel.model.rowCount() == 60
    assert len(window.ring_panel.scene.marker_ids()) == 60
