"""Where the command line gets a database's password: environment, keyring, prompt.

Order: ``$CIRCLESOFTRUST_PASSWORD``; the operating system's keyring (only when the user
chose "remember on this computer" with ``--remember`` or `remember-password`); a prompt
that does not echo (``getpass``) when a terminal is attached. A remembered password that
no longer opens the file falls through to the prompt.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from circlesoftrust import encryption
from circlesoftrust.cli.command_error import CommandError
from circlesoftrust.encryption import PASSWORD_ENV_VAR, FileKey, WrongPasswordError
from circlesoftrust.i18n import _

KEYRING_SERVICE = "Circles of Trust"


def prompt(text: str) -> str:
    return getpass.getpass(text)


def _keyring_user(path: Path) -> str:
    return str(path.resolve())


def remembered(path: Path) -> str | None:
    """The password kept for ``path`` in the keyring, if any (None when no keyring works)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, _keyring_user(path))
    except (KeyringError, RuntimeError):
        return None
    return value or None


def is_remembered(path: Path) -> bool:
    return remembered(path) is not None


def remember(path: Path, password: str) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:
        raise CommandError(
            _("remembering needs the keyring ({INSTALL_HINT})").format(
                INSTALL_HINT=encryption.INSTALL_HINT
            )
        ) from exc
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(path), password)
    except (KeyringError, RuntimeError) as exc:
        raise CommandError(
            _("this computer's keyring cannot keep the password: {exc}").format(exc=exc)
        ) from exc


def forget(path: Path) -> bool:
    """Remove the kept password of ``path``; False when there was none."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError
    except ImportError:
        return False
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(path))
    except PasswordDeleteError:
        return False
    except (KeyringError, RuntimeError):
        return False
    return True


def ask_or_environment(path: Path, what: str = "") -> str:
    """``$CIRCLESOFTRUST_PASSWORD``, else a prompt; a clear error without a terminal."""
    from_env = encryption.password_from_environment()
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(
            _(
                "{path} is encrypted: set {PASSWORD_ENV_VAR}, run `circlesoftrust "
                "remember-password` once, or run this in a terminal"
            ).format(path=path, PASSWORD_ENV_VAR=PASSWORD_ENV_VAR)
        )
    return prompt(_("Password of {value}: ").format(value=what or path.name))


def open_key(path: Path) -> FileKey:
    """The checked key of the encrypted file at ``path`` (environment, keyring, prompt)."""
    from_env = encryption.password_from_environment()
    if from_env:
        return encryption.open_key(path, from_env)
    kept = remembered(path)
    if kept:
        try:
            return encryption.open_key(path, kept)
        except WrongPasswordError:
            if not sys.stdin.isatty():
                raise WrongPasswordError(
                    _(
                        "{path}: the password kept in this computer's keyring is wrong "
                        "(`circlesoftrust forget-password`, then give the right one)"
                    ).format(path=path)
                ) from None
    return encryption.open_key(path, ask_or_environment(path))
