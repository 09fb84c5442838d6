"""Fixtures for the GUI tests (pytest-qt, offscreen).

Every test gets its own database in ``tmp_path`` (``demo_db`` from the root conftest) and
its own QSettings file, so no test reads or writes the user's preferences. Helpers wait on
signals and conditions, never on time.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from circlesoftrust.demo import generate_demo
from circlesoftrust.storage import Database, open_database
from ui.accounts.account_store import AccountStore
from ui.common import theme
from ui.common.workers import Workers
from ui.operations import Operations

# Messages the offscreen platform prints for things it cannot do; harmless in tests.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support setting window opacity",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            # A Qt warning fails the test (set here, not in pyproject.toml: the core's tests
            # run without pytest-qt, and --strict-config refuses its options there).
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_ui_thread() -> Iterator[None]:
    """As in the app (ui.shell.collector): no cycle collection in pool threads; what a
    big file's pass set aside is seen again after the test."""
    gc.disable()
    yield
    gc.unfreeze()
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def _app_look(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The app's style and light palette; QSettings in a fresh folder for each test."""
    settings_dir = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.build_palette(dark=False))
    theme.icon.cache_clear()


@pytest.fixture
def workers(qapp: QApplication) -> Iterator[Workers]:
    pool = Workers()
    yield pool
    for ops in _DOORS:  # (the doors outlive their test: no pass may start after it)
        if ops.workers is pool and ops._passes is not None:
            ops._passes.cancel()
    pool.shutdown()


# The doors' parent widgets live as long as the test session: a door may still deliver a
# finished read to its caller after the test that made it ended.
_OWNERS: list[QWidget] = []
_DOORS: list[Operations] = []


def ops_for(db: Database, workers: Workers) -> Operations:
    """The door (as the window makes it) over ``db``, with the test's pool."""
    owner = QWidget()
    _OWNERS.append(owner)
    ops = Operations(workers, owner)
    _DOORS.append(ops)
    ops.set_database(db)
    return ops


@pytest.fixture
def demo_ops(demo_db: Database, workers: Workers) -> Operations:
    return ops_for(demo_db, workers)


def settle(qtbot, ops: Operations, timeout: int = 10_000) -> None:
    """Wait until every write asked of the door is done."""
    qtbot.waitUntil(lambda: not ops.busy, timeout=timeout)


@pytest.fixture
def loaded_store(qtbot, demo_ops: Operations) -> AccountStore:
    """The demo database's accounts, loaded as the window would."""
    store = AccountStore(demo_ops)
    demo_ops.changed.connect(store.on_changed)
    with qtbot.waitSignal(store.loaded, timeout=10_000):
        store.load()
    qtbot.waitUntil(lambda: store.analysis_state in ("ready", "unavailable"), timeout=20_000)
    return store


@pytest.fixture(scope="session")
def big_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2,000-account database, built once per test session."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=2000, seed=11, today=dt.date(2026, 6, 15))
    db.close()
    return path


def answer_dialog(
    qtbot, trigger: Callable[[], object], fill: Callable[[QDialog], None], timeout: int = 5000
) -> None:
    """Run ``trigger`` (which opens a modal dialog) and let ``fill`` act in that dialog.

    ``fill`` gets the dialog and clicks or accepts it, as a user would.
    """
    seen: list[QDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, act)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=timeout)


def visible_text(widget: QWidget) -> str:
    """All label texts under ``widget`` (what a user reads on screen)."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[BaseException, str]]:
    """Errors the app would show in a dialog, collected instead (a modal box would block)."""
    from ui.common import dialogs

    errors: list[tuple[BaseException, str]] = []

    def sink(exc: BaseException, action: str) -> None:
        errors.append((exc, action))

    sink.errors = errors  # type: ignore[attr-defined]  # (forms in tests look here)
    monkeypatch.setattr(dialogs, "error_sink", sink)
    return errors


UI_DIR = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture(autouse=True)
def _no_database_work_on_the_ui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Window code may reach the database only through ui.operations, off the UI thread.

    Every transaction is checked: one opened on the UI thread with a ``ui/`` module on the
    call stack fails the test (a test's own setup, with no ui/ frame, may write directly).
    """
    import sys
    import threading

    original = Database.transaction
    offenders: list[str] = []

    def guarded(self: Database, **options: Any):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            frame: Any = sys._getframe(1)
            while frame is not None:
                path = Path(frame.f_code.co_filename)
                if UI_DIR in path.parents:
                    offenders.append(f"{path.relative_to(UI_DIR.parent)}:{frame.f_lineno}")
                    raise AssertionError(
                        f"database work on the UI thread from {offenders[-1]}; "
                        "go through ui.operations (run_query / run_op)"
                    )
                frame = frame.f_back
        return original(self, **options)

    monkeypatch.setattr(Database, "transaction", guarded)
    yield
    assert not offenders, f"database work on the UI thread: {offenders}"
