"""Passwords of encrypted database files: asking for one, and choosing a new one.

:class:`PasswordDialog` asks for the password of an encrypted file (at start-up before the
first look, when a file is opened, when an encrypted backup is restored). Its check —
stretching the password and trying it on the file, read-only — runs off the UI thread;
a wrong password says so in one line and the dialog stays open for another try, as often
as the user likes (nothing is locked, the file is never written). "Remember on this
computer" keeps the password in the operating system's keyring (as the CLI's
``--remember`` does).

:class:`NewPasswordDialog` asks for a new password twice, after saying that there is no
recovery without it (Encrypt database…, Change password…).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.encryption import WrongPasswordError
from circlesoftrust.errors import CotError
from ui.common.dialogs import html_text
from ui.common.workers import Job, Workers

ERROR_STYLE = "QLabel { color: #dc2626; font-weight: 600; }"


def needs_password(exc: object) -> bool:
    """An open failed because the file is encrypted and the password is missing or wrong."""
    from circlesoftrust.encryption import PasswordNeededError

    return isinstance(exc, PasswordNeededError | WrongPasswordError)


def file_of(location: str | None, demo: bool = False) -> Path:
    """The local file a window's ``open(location, demo=)`` opens."""
    from circlesoftrust.database_file import demo_db_path
    from circlesoftrust.first_look import local_file

    path = local_file(location or (str(demo_db_path()) if demo else None))
    assert path is not None, "only local files are encrypted"
    return path


def check_password(path: Path, password: str) -> None:
    """Raise WrongPasswordError unless ``password`` opens ``path`` (read-only; slow:
    call off the UI thread). The key stays cached for the real open."""
    from circlesoftrust import encryption

    encryption.open_key(path, password)


def _password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(260)
    return edit


class PasswordDialog(QDialog):
    """Ask for the password of an encrypted file and check it off the UI thread.

    ``check(password)`` runs in the background (default: try it on ``path``); the dialog
    closes when it passes. ``password`` then holds the password.

    Signals:
        checked(bool): a check finished (True: the password opens the file).
    """

    checked = Signal(bool)

    def __init__(
        self,
        path: Path,
        *,
        parent: QWidget | None = None,
        intro: str = "",
        note: str = "",
        check: Callable[[str], object] | None = None,
        can_remember: bool = True,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.password = ""
        self.keyring_note = ""
        self.tries = 0
        self._check = check or (lambda pw: check_password(path, pw))
        self._workers = Workers(self, max_threads=1)
        self.setWindowTitle(self.tr("Encrypted database"))
        self.setMinimumWidth(460)
        text = intro or self.tr("<b>{name}</b> is encrypted. Type its password to open it.")
        self.intro = QLabel(text.format(name=html_text(path.name)), self)
        self.intro.setWordWrap(True)
        self.intro.setToolTip(str(path))
        self.field = _password_field()
        self.field.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setToolTip(
            self.tr("Keeps the password in this computer's keyring, so it is not asked again")
        )
        self.remember.setVisible(can_remember)
        self.error_label = QLabel(note, self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(bool(note))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.field)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    @property
    def ok_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        assert button is not None
        return button

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_ok(self) -> None:
        password = self.field.text()
        if not password:
            self._say(self.tr("Type the password first."))
            return
        remember = self.remember.isChecked() and self.remember.isVisible()
        self.ok_button.setEnabled(False)
        self.field.setEnabled(False)
        self._say("")

        check, path = self._check, self.path

        def work(_job: Job) -> str:
            check(password)
            if remember:
                from circlesoftrust.cli.passwords import remember as keep

                try:
                    keep(path, password)
                except Exception as exc:  # a keyring that cannot keep it: still unlocked
                    return str(exc)
            return ""

        task = self._workers.start(work, title="")
        task.succeeded.connect(lambda note: self._on_checked(password, str(note)))
        task.failed.connect(self._on_refused)

    def _on_checked(self, password: str, note: str) -> None:
        self.password = password
        self.keyring_note = note
        self.checked.emit(True)
        self.accept()

    def _on_refused(self, exc: object) -> None:
        self.ok_button.setEnabled(True)
        self.field.setEnabled(True)
        self.field.selectAll()
        self.field.setFocus()
        if isinstance(exc, WrongPasswordError):
            self.tries += 1
            self._say(self.tr("Wrong password — try again (the file is unchanged)."))
        elif isinstance(exc, CotError):
            text = str(exc)
            self._say(text[:1].upper() + text[1:])
        else:
            self._say(self.tr("That did not work: {error}").format(error=exc))
        self.checked.emit(False)

    def done(self, result: int) -> None:
        self._workers.cancel_all()
        super().done(result)


def ask_password(
    path: Path,
    parent: QWidget | None = None,
    *,
    intro: str = "",
    note: str = "",
    check: Callable[[str], object] | None = None,
    can_remember: bool = True,
) -> str | None:
    """The checked password of ``path`` (None: the user cancelled)."""
    dialog = PasswordDialog(
        path, parent=parent, intro=intro, note=note, check=check, can_remember=can_remember
    )
    try:
        return dialog.password if dialog.exec() else None
    finally:
        dialog.deleteLater()


class NewPasswordDialog(QDialog):
    """A new password, typed twice, after the no-recovery warning."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        from circlesoftrust.conversions import NO_RECOVERY

        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.password = ""
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        warning = QLabel(
            self.tr("<b>There is no recovery without the password.</b> {why}").format(
                why=html_text(NO_RECOVERY)
            ),
            self,
        )
        warning.setWordWrap(True)
        self.warning = warning
        self.field = _password_field()
        self.field.setAccessibleName(self.tr("New password"))
        self.repeat = _password_field()
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&New password:"), self.field)
        form.addRow(self.tr("Re&peat it:"), self.repeat)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def _on_ok(self) -> None:
        first, second = self.field.text(), self.repeat.text()
        problem = ""
        if not first:
            problem = self.tr("Type the new password.")
        elif first != second:
            problem = self.tr("The two passwords differ — type them again.")
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.repeat.clear()
            (self.field if not first else self.repeat).setFocus()
            return
        self.password = first
        self.accept()
