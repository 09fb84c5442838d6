"""The window and an encrypted database file: the password dialog at start-up (before the
first look), wrong tries that lock nothing and leave the file as it was, the keyring's
"Remember on this computer", and opening an encrypted file later (File → Open)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from circlesoftrust import encryption
from circlesoftrust.cli import main
from circlesoftrust.cli.passwords import KEYRING_SERVICE
from circlesoftrust.storage import Database
from tests.gui.conftest import answer_dialog
from tests.unit.test_encryption import MemoryKeyring
from ui.shell import app as app_module
from ui.shell import prefs
from ui.shell.main_window import MainWindow
from ui.shell.unlock import PasswordDialog

pytestmark = pytest.mark.gui
PASSWORD = "correct horse battery"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def encrypted_file(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> Path:
    path = demo_db.path
    assert path is not None
    demo_db.close()
    monkeypatch.setenv("CIRCLESOFTRUST_PASSWORD", PASSWORD)
    assert main(["--db", str(path), "encrypt"]) == 0
    monkeypatch.delenv("CIRCLESOFTRUST_PASSWORD")  # from now on the window must ask
    monkeypatch.setattr(app_module, "_install_excepthook", lambda: None)
    assert encryption.looks_encrypted(path)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Typist:
    """Types a list of passwords into the password dialog, one per check, as a user would."""

    def __init__(self, attempts: list[str], remember: bool = False) -> None:
        self.attempts = list(attempts)
        self.remember = remember
        self.messages: list[str] = []
        self.hashes: list[str] = []
        self.dialog: PasswordDialog | None = None

    def __call__(self, dialog: object) -> None:
        assert isinstance(dialog, PasswordDialog)
        self.dialog = dialog
        dialog.remember.setChecked(self.remember)
        dialog.checked.connect(self._after_check)
        self._next()

    def _next(self) -> None:
        assert self.dialog is not None
        self.dialog.field.setText(self.attempts.pop(0))
        self.dialog.ok_button.click()  # type: ignore[attr-defined]

    def _after_check(self, ok: bool) -> None:
        assert self.dialog is not None
        if not ok:
            self.messages.append(self.dialog.error_label.text())
            self.hashes.append(_sha256(self.dialog.path))
            self._next()


def _launch(qtbot, path: Path, typist: Typist | None) -> MainWindow:
    def start() -> None:
        _app, window = app_module.launch(["--db", str(path)])
        started.append(window)

    started: list[MainWindow] = []
    if typist is None:
        start()
    else:
        answer_dialog(qtbot, start, typist, timeout=30_000)
        qtbot.waitUntil(lambda: bool(started), timeout=30_000)
    window = started[0]
    qtbot.addWidget(window)
    return window


def test_three_wrong_passwords_at_start_up_lock_nothing_and_change_nothing(
    qtbot, encrypted_file: Path, memory_keyring: MemoryKeyring
) -> None:
    before = _sha256(encrypted_file)
    typist = Typist(["wrong one", "Correct horse battery", "correct horse", PASSWORD])
    window = _launch(qtbot, encrypted_file, typist)
    # Each wrong try said so in one line, and the file stayed byte for byte the same.
    assert len(typist.messages) == 3
    assert all(m.startswith("Wrong password") and "\n" not in m for m in typist.messages)
    assert typist.hashes == [before] * 3
    # The fourth (right) try opened it: the accounts show at once from the first look.
    window.show()
    assert window.accounts_panel.model.rowCount() == 60
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    assert window.db is not None and window.db.encrypted
    assert not memory_keyring.kept  # "Remember" was not ticked
    window.close()


def test_a_remembered_password_opens_without_asking(
    qtbot, encrypted_file: Path, memory_keyring: MemoryKeyring
) -> None:
    window = _launch(qtbot, encrypted_file, Typist([PASSWORD], remember=True))
    assert memory_keyring.kept == {(KEYRING_SERVICE, str(encrypted_file.resolve())): PASSWORD}
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        window.show()
    window.close()
    # The next start finds it in the keyring: no dialog at all.
    again = _launch(qtbot, encrypted_file, None)
    assert QApplication.activeModalWidget() is None
    again.show()
    assert again.accounts_panel.model.rowCount() == 60
    with qtbot.waitSignal(again.store.loaded, timeout=30_000):
        pass
    assert again.db is not None and again.db.encrypted
    again.close()


def test_cancel_at_start_up_opens_nothing_and_the_password_can_be_typed_later(
    qtbot, encrypted_file: Path
) -> None:
    def cancel(dialog: object) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.reject()

    started: list[MainWindow] = []
    answer_dialog(
        qtbot, lambda: started.append(app_module.launch(["--db", str(encrypted_file)])[1]), cancel
    )
    window = started[0]
    qtbot.addWidget(window)
    window.show()
    assert window.db is None
    assert window.content.currentWidget() is window.no_database
    assert "is encrypted" in window.no_database.title.text()
    typist = Typist([PASSWORD])
    answer_dialog(qtbot, lambda: window._on_no_database_button("unlock"), typist)
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    assert window.db is not None and window.db.encrypted
    window.close()


def test_opening_an_encrypted_file_from_the_window_asks_for_its_password(
    qtbot, encrypted_file: Path, tmp_path: Path
) -> None:
    plain = str(tmp_path / "plain.sqlite")
    prefs.put("welcomed_databases", [plain])  # (an empty file greets the user first)
    window = MainWindow(plain)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    typist = Typist(["nope", PASSWORD])
    with qtbot.waitSignal(window.databaseOpened, timeout=30_000):
        answer_dialog(qtbot, lambda: window.open(str(encrypted_file)), typist, timeout=30_000)
    assert typist.messages and typist.messages[0].startswith("Wrong password")
    assert window.db is not None and window.db.encrypted
    window.close()


def test_restoring_an_encrypted_backup_asks_for_its_password(
    qtbot,
    encrypted_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[tuple[BaseException, str]],
) -> None:
    from circlesoftrust import backup
    from circlesoftrust.services import accounts
    from ui.common import dialogs, file_pickers
    from ui.transfer import io_actions

    window = MainWindow(str(encrypted_file), password=PASSWORD)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass
    window.install_io_actions()
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(io_actions, "notice_sink", lambda *told: notices.append(told))
    copy = tmp_path / "copy.sqlite"
    monkeypatch.setattr(file_pickers, "save_file_name", lambda *a, **k: str(copy))
    window.io_actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(notices), timeout=30_000)
    assert encryption.looks_encrypted(copy)  # the backup follows the file

    with qtbot.waitSignal(window.account_actions.accountCreated, timeout=30_000):
        window.ops.run_op(
            "Add",
            lambda db: accounts.create_account(db, "Added after the backup Ltd"),
            lambda info: window.account_actions.accountCreated.emit(info.id),
        )
    monkeypatch.setattr(file_pickers, "open_file_name", lambda *a, **k: str(copy))
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    before = _sha256(copy)
    typist = Typist(["not it", PASSWORD])
    answer_dialog(qtbot, window.io_actions["restore"].trigger, typist, timeout=30_000)
    qtbot.waitUntil(
        lambda: notices[-1][0] == "Backup restored" or bool(shown_errors), timeout=30_000
    )
    assert not shown_errors
    with qtbot.waitSignal(window.store.loaded, timeout=30_000):
        pass  # the window opens the restored file with the backup's password
    assert typist.messages[0].startswith("Wrong password")
    assert typist.hashes == [before]
    assert window.db is not None and window.db.encrypted
    names = {row.name for row in window.store.rows.values()}
    assert "Added after the backup Ltd" not in names and len(names) == 60
    window.close()
    with pytest.raises(backup.BackupError):
        backup.verify_backup(copy)  # (without its password it cannot even be checked)
