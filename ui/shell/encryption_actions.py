"""File → Encrypt Database…, Decrypt Database… and Change Password….

Each asks what it needs (a new password typed twice after the no-recovery warning, or a
confirmation), lets the window's writes finish, closes the file, converts it off the UI
thread (``circlesoftrust.conversions``: written beside the old file, verified, swapped in
atomically) while a progress dialog shows, and reopens the converted file. A conversion
that fails leaves the file as it was; the window then reopens it as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from ui.common import formats
from ui.common.dialogs import confirm, html_text, show_error
from ui.common.workers import Job
from ui.shell.unlock import NewPasswordDialog

if TYPE_CHECKING:
    from circlesoftrust.conversions import Converted
    from circlesoftrust.encryption import FileKey
    from ui.shell.main_window import MainWindow


class DatabaseEncryption(QObject):
    """The three File-menu commands of an encrypted (or plain) database file.

    Signals:
        converted(object): a conversion finished (its ``Converted``); the file reopens.
        failed(object): a conversion was refused (the exception); the file is unchanged.
    """

    converted = Signal(object)
    failed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        window.ops.databaseChanged.connect(self._update_actions)

    def _update_actions(self) -> None:
        """Encrypt for a plain file, Decrypt and Change Password for an encrypted one."""
        commands = getattr(self.window, "commands", {})
        db = self.window.ops.db
        local = db is not None and db.path is not None
        encrypted = local and db is not None and db.encrypted
        for key, enabled in (
            ("encrypt_database", local and not encrypted),
            ("decrypt_database", encrypted),
            ("change_password", encrypted),
        ):
            if key in commands:
                commands[key].setEnabled(enabled)

    def keys(self) -> dict[str, Callable[[], None]]:
        """The handlers, keyed as ``ui.shell.actions`` names the commands."""
        return {
            "encrypt_database": self.encrypt,
            "decrypt_database": self.decrypt,
            "change_password": self.change_password,
        }

    def _file(self) -> Path | None:
        db = self.window.db
        if db is None:
            return None
        if db.path is None:
            show_error(
                self.window,
                _refusal(self.tr("a PostgreSQL database is protected by the server, not here")),
                action=self.tr("Encryption"),
            )
        return db.path

    def encrypt(self) -> None:
        path = self._file()
        if path is None or self.window.db is None:
            return
        if self.window.db.encrypted:
            show_error(
                self.window,
                _refusal(self.tr("{name} is encrypted already").format(name=path.name)),
                action=self.tr("Encrypting"),
            )
            return
        dialog = NewPasswordDialog(
            self.tr("Encrypt database"),
            self.tr(
                "Encrypt <b>{name}</b> with a password: anyone who copies the file (or its "
                "automatic backups) sees only noise, and Circles of Trust asks for the "
                "password when it opens the file."
            ).format(name=html_text(path.name)),
            self.tr("Encrypt"),
            self.window,
        )
        if not dialog.exec():
            return
        password, remember = dialog.password, dialog.remember.isChecked()

        def work(_job: Job) -> Converted:
            from circlesoftrust.conversions import encrypt

            done = encrypt(path, password)
            _keep(path, password if remember else None)
            return done

        self._convert(self.tr("Encrypting {name}…"), work, password)

    def decrypt(self) -> None:
        path, key = self._encrypted()
        if path is None or key is None:
            return
        if not confirm(
            self.window,
            self.tr("Decrypt database"),
            self.tr("Store {name} without encryption?").format(name=path.name),
            self.tr(
                "Anyone who copies the file can then read every name, e-mail and note in it. "
                "Backups made while it was encrypted stay encrypted with the old password."
            ),
            self.tr("Decrypt"),
        ):
            return

        def work(_job: Job) -> Converted:
            from circlesoftrust.conversions import decrypt

            done = decrypt(path, key)
            _keep(path, None)
            return done

        self._convert(self.tr("Decrypting {name}…"), work, None)

    def change_password(self) -> None:
        path, key = self._encrypted()
        if path is None or key is None:
            return
        dialog = NewPasswordDialog(
            self.tr("Change password"),
            self.tr(
                "Choose a new password for <b>{name}</b>. Backups made before keep the old one."
            ).format(name=html_text(path.name)),
            self.tr("Change password"),
            self.window,
        )
        if not dialog.exec():
            return
        password, remember = dialog.password, dialog.remember.isChecked()

        def work(_job: Job) -> Converted:
            from circlesoftrust.conversions import rekey

            done = rekey(path, key, password)
            _keep(path, password if remember else None)
            return done

        self._convert(self.tr("Changing the password of {name}…"), work, password)

    def _encrypted(self) -> tuple[Path | None, FileKey | None]:
        path = self._file()
        db = self.window.db
        if path is None or db is None:
            return None, None
        if not db.encrypted or db.key is None:
            show_error(
                self.window,
                _refusal(self.tr("{name} is not encrypted").format(name=path.name)),
                action=self.tr("Encryption"),
            )
            return None, None
        return path, db.key

    def _convert(self, title: str, work: Callable[[Job], Converted], password: str | None) -> None:
        """Close the file, run ``work`` in the background, reopen what it left."""
        window = self.window
        db = window.db
        assert db is not None and db.path is not None
        path, demo, old_password = db.path, window.is_demo, window.open_password
        window.ops.finish_writes()  # what the user asked for is in the file first
        released = window.release_database()
        progress = QProgressDialog(title.format(name=path.name), "", 0, 0, window)
        progress.setWindowTitle(self.tr("Encryption"))
        progress.setCancelButton(None)  # (no Cancel: the conversion is crash-safe, not stoppable)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.show()
        self.progress = progress

        def start() -> None:
            if released is not None:
                released.close()  # no read holds it any more: the file is free
            self._start(title, work, path, demo, password, old_password)

        window.workers.when_idle(start)  # (a read still running would keep the file in use)

    def _start(
        self,
        title: str,
        work: Callable[[Job], Converted],
        path: Path,
        demo: bool,
        password: str | None,
        old_password: str | None,
    ) -> None:
        window, progress = self.window, self.progress
        assert progress is not None
        task = window.workers.start(work, title=title.format(name=path.name))

        def finished() -> None:
            progress.close()
            progress.deleteLater()
            self.progress = None

        def done(result: object) -> None:
            finished()
            message = _said(result, path)

            def tell(_location: str) -> None:
                window.databaseOpened.disconnect(tell)
                window.say(message)  # (after the reopen's own "Opened …")

            window.databaseOpened.connect(tell)
            window.open(str(path), demo=demo, password=password)
            self.converted.emit(result)

        def refused(exc: object) -> None:
            finished()
            window.open(str(path), demo=demo, password=old_password)  # as it was
            if isinstance(exc, BaseException):
                show_error(window, exc, action=self.tr("Converting {name}").format(name=path.name))
            self.failed.emit(exc)

        task.succeeded.connect(done)
        task.failed.connect(refused)


def _keep(path: Path, password: str | None) -> None:
    """Keep ``password`` in the keyring, or forget the one kept (it no longer opens it)."""
    from circlesoftrust.cli import passwords as kept

    if password is not None:
        try:
            kept.remember(path, password)
        except Exception:  # a computer without a keyring: the password is asked each time
            return
    else:
        kept.forget(path)


def _refusal(text: str) -> Exception:
    from circlesoftrust.errors import CotError

    return CotError(text)


def _said(result: object, path: Path) -> str:
    from circlesoftrust.conversions import Converted

    if not isinstance(result, Converted):
        return ""
    said = (
        QCoreApplication.translate(
            "EncryptionActions", "{name} encrypted: {tables} tables, {rows} rows checked"
        )
        if result.encrypted
        else QCoreApplication.translate(
            "EncryptionActions", "{name} decrypted: {tables} tables, {rows} rows checked"
        )
    )
    return said.format(
        name=path.name, tables=formats.number(result.tables), rows=formats.number(result.rows)
    )
