"""Issue 12, point 1, the window path: browsing the database's folder keeps its locks.

Qt's in-process file dialog read the first bytes of every file it listed (to guess its
type and icon), the open database and its -wal/-shm too, and closing them dropped the
app's SQLite locks: after a failed File → Open the app wrote without locks. Another
process checks the locks (tests/lock_probe.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database
from tests.lock_probe import locks_held
from ui.common import file_pickers

pytestmark = pytest.mark.skipif(
    not file_pickers.IN_PROCESS, reason="native dialogs run out of process here"
)


def _browse(qtbot, dialog: QFileDialog, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Show ``dialog`` on ``folder`` until every file there has its type filled in."""
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    names = sorted(p.name for p in folder.iterdir())

    def typed() -> bool:
        root = model.index(str(folder))
        rows = {model.index(r, 0, root).data(): model.type(model.index(r, 0, root))
                for r in range(model.rowCount(root))}  # fmt: skip
        return all(rows.get(name) for name in names)

    qtbot.waitUntil(typed, timeout=10_000)


def test_the_open_dialog_leaves_the_open_database_locked(
    qtbot, tmp_path: Path, sqlite_template: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "open.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    try:
        accounts.create_account(db, "Alder Labs")
        (tmp_path / "notes.txt").write_text("not a database\n")
        assert locks_held(path) == {"main": True, "shm": True}
        dialog = file_pickers.make_dialog(None, "Open database", str(tmp_path), "All files (*)",
                                          saving=False)  # fmt: skip
        _browse(qtbot, dialog, tmp_path)
        assert locks_held(path) == {"main": True, "shm": True}
        accounts.create_account(db, "Birch Ltd")
    finally:
        db.close()


def test_the_issues_steps_a_failed_open_then_the_cli_then_delete_and_undo(
    qtbot, tmp_path: Path, demo_db, shown_errors
) -> None:  # type: ignore[no-untyped-def]
    """Issue 12's steps: File → Open of a text file (and of the database's own side files,
    which Open Recent or a typed name can reach) fails; the CLI reads and writes the file
    meanwhile; Del and Ctrl+Z in the window still work, and the CLI sees them."""
    import subprocess
    import sys

    from tests.gui.test_main_window import _open, _wait_page

    location = Path(demo_db.path)
    demo_db.close()
    window = _open(qtbot, str(location))
    (tmp_path / "notes.txt").write_text("shopping list\n")
    for wrong in (tmp_path / "notes.txt", Path(f"{location}-wal"), Path(f"{location}-shm")):
        task = window.open(str(wrong))
        qtbot.waitUntil(lambda task=task: task.is_finished, timeout=10_000)
        assert locks_held(location) == {"main": True, "shm": True}, wrong.name
    assert window.db is not None and window.location == str(location)

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "circlesoftrust.cli", "--db", str(location), *argv],
            capture_output=True, text=True, check=False,
        )  # fmt: skip

    assert cli("rings").returncode == 0
    assert cli("accounts", "add", "Added By The CLI").returncode == 0
    store = window.store
    account_id = store.order[3]
    name = store.rows[account_id].name
    window.open_account(account_id)
    _wait_page(qtbot, window, account_id)
    errors_before = len(shown_errors)
    window.commands["archive_account"].trigger()
    qtbot.waitUntil(lambda: account_id not in store.rows, timeout=10_000)
    assert name not in cli("accounts", "list").stdout  # the CLI sees the window's write
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: account_id in store.rows, timeout=10_000)
    assert len(shown_errors) == errors_before, shown_errors
    assert name in cli("accounts", "list").stdout
    assert locks_held(location) == {"main": True, "shm": True}
