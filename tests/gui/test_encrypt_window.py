"""File → Encryption in the window: encrypt the open file, change its password, decrypt it;
each time the window reopens the converted file with every account, and the keyring keeps
the password only when asked to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from circlesoftrust import encryption
from circlesoftrust.cli.passwords import KEYRING_SERVICE
from circlesoftrust.storage import Database, open_database
from tests.gui.conftest import answer_dialog
from tests.unit.test_encryption import MemoryKeyring
from ui.shell.main_window import MainWindow
from ui.shell.unlock import NewPasswordDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot, demo_db: Database) -> Iterator[MainWindow]:
    path = str(demo_db.path)
    demo_db.close()
    win = MainWindow(path)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.store.loaded, timeout=30_000):
        pass
    yield win
    win.close()


def _new_password(first: str, second: str, remember: bool = False):  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPasswordDialog)
        assert "no recovery" in dialog.warning.text()  # said before anything is encrypted
        dialog.field.setText(first)
        dialog.repeat.setText(second)
        dialog.remember.setChecked(remember)
        dialog.buttons.accepted.emit()
        if dialog.isVisible():  # refused (the two differ): say so and give up
            fill.problem = dialog.error_label.text()  # type: ignore[attr-defined]
            dialog.reject()

    fill.problem = ""  # type: ignore[attr-defined]
    return fill


def _reopened(qtbot, window: MainWindow, trigger, fill) -> None:  # type: ignore[no-untyped-def]
    failures: list[object] = []
    window.encryption.failed.connect(failures.append)
    with qtbot.waitSignal(window.store.loaded, timeout=60_000):
        answer_dialog(qtbot, trigger, fill)
        qtbot.waitUntil(lambda: window.encryption.progress is None, timeout=60_000)
        assert not failures


def test_encrypt_change_password_and_decrypt_from_the_file_menu(
    qtbot, window: MainWindow, memory_keyring: MemoryKeyring
) -> None:
    assert window.db is not None and window.db.path is not None
    path: Path = window.db.path
    accounts = len(window.store.rows)
    commands = window.commands
    assert commands["encrypt_database"].isEnabled()
    assert not commands["decrypt_database"].isEnabled()

    # Two different passwords: refused in the dialog, nothing converted.
    differ = _new_password("one secret", "another secret")
    answer_dialog(qtbot, commands["encrypt_database"].trigger, differ)
    assert "differ" in differ.problem
    assert not encryption.looks_encrypted(path)

    _reopened(
        qtbot,
        window,
        commands["encrypt_database"].trigger,
        _new_password("s3cret", "s3cret", remember=True),
    )
    assert encryption.looks_encrypted(path)
    assert window.db is not None and window.db.encrypted
    assert len(window.store.rows) == accounts
    assert memory_keyring.kept[(KEYRING_SERVICE, str(path.resolve()))] == "s3cret"
    assert not commands["encrypt_database"].isEnabled()
    assert commands["change_password"].isEnabled()

    _reopened(qtbot, window, commands["change_password"].trigger, _new_password("n3w", "n3w"))
    assert window.db is not None and window.db.encrypted
    assert len(window.store.rows) == accounts
    assert not memory_keyring.kept  # the old one no longer opens it: forgotten
    window.close()
    with pytest.raises(encryption.WrongPasswordError):
        open_database(path, password="s3cret")
    open_database(path, password="n3w").close()

    again = MainWindow(str(path), password="n3w")
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.store.loaded, timeout=30_000):
        pass

    def decrypt(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert "without encryption" in box.text()
        yes = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ]
        yes[0].click()

    _reopened(qtbot, again, again.commands["decrypt_database"].trigger, decrypt)
    assert not encryption.looks_encrypted(path)
    assert again.db is not None and not again.db.encrypted
    assert len(again.store.rows) == accounts
    again.close()


def test_a_new_user_encrypts_the_demo_quits_restarts_types_the_password_and_works(
    qtbot, window: MainWindow, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15's "done when", as a user does it: File → Encrypt Database…, quit, start
    the app again, type the password, add an account; the CLI then reads it."""
    from tests.gui.test_main_window import _ok
    from tests.gui.test_unlock_window import Typist, _launch
    from ui.shell import app as app_module

    assert window.db is not None and window.db.path is not None
    path: Path = window.db.path
    accounts = len(window.store.rows)
    _reopened(
        qtbot,
        window,
        window.commands["encrypt_database"].trigger,
        _new_password("my long secret", "my long secret"),
    )
    window.close()  # quit
    assert encryption.looks_encrypted(path)
    assert not memory_keyring.kept

    monkeypatch.setattr(app_module, "_install_excepthook", lambda: None)
    typist = Typist(["my long secret"])
    again = _launch(qtbot, path, typist)  # the password dialog comes first
    assert typist.dialog is not None and not typist.messages
    again.show()
    assert again.accounts_panel.model.rowCount() == accounts  # the first look, at once
    with qtbot.waitSignal(again.store.loaded, timeout=30_000):
        pass
    assert again.db is not None and again.db.encrypted
    answer_dialog(qtbot, again.commands["new_account"].trigger, _ok(name="Juniper Print Ltd"))
    qtbot.waitUntil(lambda: any(r.name == "Juniper Print Ltd" for r in again.store.rows.values()))
    again.close()

    db = open_database(path, password="my long secret")
    try:
        from circlesoftrust.services import accounts as accounts_service

        names = {a.name for a in accounts_service.list_accounts(db)}
    finally:
        db.close()
    assert "Juniper Print Ltd" in names and len(names) == accounts + 1
