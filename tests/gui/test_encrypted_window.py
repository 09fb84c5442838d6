"""An encrypted database in the window: the same file the CLI opens, with the same password.

Here the window takes the password from ``CIRCLESOFTRUST_PASSWORD`` as the CLI does; the
password dialog is tested in test_unlock_window.py.
"""

from __future__ import annotations

import pytest

from circlesoftrust import encryption
from circlesoftrust.cli import main
from circlesoftrust.first_look import first_look
from circlesoftrust.storage import Database
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
PASSWORD = "window and command line"


@pytest.fixture
def encrypted_demo(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    path = demo_db.path
    assert path is not None
    demo_db.close()
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    assert main(["--db", str(path), "encrypt"]) == 0
    assert encryption.looks_encrypted(path)
    return str(path)


def test_the_window_opens_the_file_the_cli_encrypted(
    qtbot, encrypted_demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    window = MainWindow(encrypted_demo, first_look=lambda: first_look(encrypted_demo))
    qtbot.addWidget(window)
    window.show()
    assert window.accounts_panel.model.rowCount() == 60  # the first look, with the key
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    assert window.db is not None and window.db.encrypted
    name = window.store.rows[window.ring_panel.scene.marker_ids()[0]].name
    window.close()
    capsys.readouterr()
    assert main(["--db", encrypted_demo, "accounts", "list", "--search", name]) == 0
    assert name in capsys.readouterr().out
