"""Encryption commands: `encrypt`, `decrypt`, `rekey`, `remember-password`, `forget-password`.

Passwords come from ``$CIRCLESOFTRUST_PASSWORD`` (and ``$CIRCLESOFTRUST_NEW_PASSWORD``
for `rekey`), from the operating system's keyring when the user chose "remember on this
computer", or from a prompt that does not echo — never from the command line, where
other users of the machine could read them in the process list.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from circlesoftrust import conversions, encryption, formats
from circlesoftrust.cli import passwords
from circlesoftrust.cli.common import CommandError, Context, json_command, print_result
from circlesoftrust.encryption import PASSWORD_ENV_VAR
from circlesoftrust.i18n import _
from circlesoftrust.storage import open_database, resolve_url, sqlite_path

_command = json_command
NEW_PASSWORD_ENV_VAR = "CIRCLESOFTRUST_NEW_PASSWORD"


def register(sub: Any) -> None:
    p = _command(sub, "encrypt", cmd_encrypt, _("encrypt the SQLite database file in place"))
    _remember_option(p)
    _command(sub, "decrypt", cmd_decrypt, _("turn an encrypted database back into plain SQLite"))
    p = _command(sub, "rekey", cmd_rekey, _("change the password of an encrypted database"))
    _remember_option(p)
    _command(
        sub,
        "remember-password",
        cmd_remember,
        _("keep the database's password in this computer's keyring"),
    )
    _command(
        sub, "forget-password", cmd_forget, _("remove the password from this computer's keyring")
    )


def _remember_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--remember",
        action="store_true",
        help=_("also keep the password in this computer's keyring"),
    )


def _database_file(ctx: Context, what: str) -> Path:
    path = sqlite_path(resolve_url(ctx.db_ref))
    if path is None:
        raise CommandError(
            _("{what} works on SQLite files (PostgreSQL encrypts on the server)").format(what=what)
        )
    if not path.is_file() or path.stat().st_size == 0:
        raise CommandError(
            _("{path} does not exist or is empty: nothing to {what}").format(path=path, what=what)
        )
    return path


def _new_password(env_var: str) -> str:
    """The new password: from ``env_var``, else asked twice without echo."""
    from_env = os.environ.get(env_var)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(
            _("no new password: set {env_var} or run this in a terminal").format(env_var=env_var)
        )
    print(conversions.NO_RECOVERY, file=sys.stderr)
    first = passwords.prompt(_("New password: "))
    if not first:
        raise CommandError(_("the password must not be empty"))
    if passwords.prompt(_("The same password again: ")) != first:
        raise CommandError(_("the two passwords differ; nothing was changed"))
    return first


def cmd_encrypt(args: argparse.Namespace, ctx: Context) -> int:
    path = _database_file(ctx, "encrypt")
    if encryption.looks_encrypted(path):
        raise CommandError(
            _("{path} is already encrypted (change its password with rekey)").format(path=path)
        )
    open_database(path).close()  # what is not ours or is damaged is refused before asking
    password = _new_password(PASSWORD_ENV_VAR)
    done = conversions.encrypt(path, password)
    if args.remember:
        passwords.remember(path, password)
    result = {
        "database": str(done.database),
        "encrypted": True,
        "tables": done.tables,
        "rows": done.rows,
        "backups_encrypted": [str(p) for p in done.backups_encrypted],
        "remembered": args.remember,
    }

    def show() -> None:
        print(
            _("Encrypted {path} ({rows} rows in {tables} tables; verified).").format(
                path=path, rows=formats.number(done.rows), tables=done.tables
            )
        )
        if done.backups_encrypted:
            print(
                _("Its {len} automatic backup(s) were encrypted too.").format(
                    len=len(done.backups_encrypted)
                )
            )
        if args.remember:
            print(_("The password is kept in this computer's keyring."))
        print(conversions.NO_RECOVERY)
        print(conversions.LEFTOVER_NOTE)

    return print_result(args, result, show)


def _summary(done: conversions.Converted) -> dict[str, object]:
    return {
        "database": str(done.database),
        "encrypted": done.encrypted,
        "tables": done.tables,
        "rows": done.rows,
    }


def cmd_decrypt(args: argparse.Namespace, ctx: Context) -> int:
    path = _database_file(ctx, "decrypt")
    if not encryption.looks_encrypted(path):
        raise CommandError(_("{path} is not encrypted").format(path=path))
    done = conversions.decrypt(path, passwords.open_key(path))
    passwords.forget(path)
    return print_result(
        args,
        _summary(done),
        _(
            "Decrypted {path} ({n} rows in {tables} tables; verified). Its backups "
            "stay encrypted with the old password."
        ).format(path=path, n=formats.number(done.rows), tables=done.tables),
    )


def cmd_rekey(args: argparse.Namespace, ctx: Context) -> int:
    path = _database_file(ctx, "rekey")
    if not encryption.looks_encrypted(path):
        raise CommandError(_("{path} is not encrypted (encrypt it first)").format(path=path))
    old = passwords.open_key(path)
    password = _new_password(NEW_PASSWORD_ENV_VAR)
    done = conversions.rekey(path, old, password)
    if args.remember or passwords.is_remembered(path):
        passwords.remember(path, password)
    return print_result(
        args,
        _summary(done),
        _(
            "Changed the password of {path} ({n} rows; verified). Backups made "
            "before keep the old password."
        ).format(path=path, n=formats.number(done.rows)),
    )


def cmd_remember(args: argparse.Namespace, ctx: Context) -> int:
    path = _database_file(ctx, "remember")
    if not encryption.looks_encrypted(path):
        raise CommandError(
            _("{path} is not encrypted: there is no password to remember").format(path=path)
        )
    password = passwords.ask_or_environment(path)
    encryption.open_key(path, password)  # a wrong password is never stored
    passwords.remember(path, password)
    return print_result(
        args, {"database": str(path)}, _("Remembered the password of {path}.").format(path=path)
    )


def cmd_forget(args: argparse.Namespace, ctx: Context) -> int:
    path = _database_file(ctx, "forget")
    removed = passwords.forget(path)
    return print_result(
        args,
        {"database": str(path), "removed": removed},
        _("Forgot the password of {path}.").format(path=path)
        if removed
        else _("No password of {path} was kept.").format(path=path),
    )
