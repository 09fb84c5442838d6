"""The `circlesoftrust` command line.

Every command takes ``--db PATH_OR_URL``. Command groups live in their own modules
(`core`, `engine_cmds`, `engine_records`, `io_cmds`, `duplicates_cmds`), each with
``register(subparsers)``; a handler gets the parsed arguments and a :class:`Context` whose
database opens on first use. A user error exits with code 1 (2 for bad usage) and one
clear line on stderr — never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

from circlesoftrust import __version__, formats, i18n
from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _
from circlesoftrust.plain_text import visible_controls

if TYPE_CHECKING:
    from circlesoftrust.cli.common import Context

COMMAND_MODULES = (
    "core",
    "engine_cmds",
    "engine_records",
    "io_cmds",
    "duplicates_cmds",
    "capture_cmds",
    "crypt_cmds",
    "manage_cmds",  # after core and engine_records: it adds actions to their groups
)


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line (the full usage is one `--help` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            2,
            # (the message may quote what was typed: its control characters are spelt out)
            visible_controls(
                _("{prog}: error: {message} (see --help)").format(prog=self.prog, message=message)
            )
            + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="circlesoftrust",
        description=_(
            "Circles of Trust: accounts in concentric trust rings, from the command line."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("print the version"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=_(
            "SQLite file or SQLAlchemy URL (default: $CIRCLESOFTRUST_DB, else the user-data file)"
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=_(
            "language of the output: en, nl or de (default: $CIRCLESOFTRUST_LANG, else the "
            "system's); --json keys stay English"
        ),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=_(
            "who works (default: $CIRCLESOFTRUST_USER, else your login on "
            "SQLite or the "
            "database role on PostgreSQL); recorded "
            "on what you change"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"circlesoftrust.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Ctrl-C while the libraries load (before the handler below) is one line too.
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print(_("circlesoftrust: interrupted; nothing was changed"), file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from circlesoftrust.cli.common import CommandError, Context
    from circlesoftrust.errors import CotError

    try:
        i18n.set_language(_requested_language(sys.argv[1:] if argv is None else argv))
    except ValueError as exc:
        print(_("circlesoftrust: error: --lang: {exc}").format(exc=exc), file=sys.stderr)
        return 2
    parser = build_parser()
    given = sys.argv[1:] if argv is None else argv
    if any("\x00" in arg for arg in given):  # (no shell passes one; a caller in Python may)
        print(_("circlesoftrust: error: an argument contains a NUL character"), file=sys.stderr)
        return 2
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2): already printed
        return exc.code if isinstance(exc.code, int) else 0
    # `--db` may also be given after the command: both spellings reach here.
    ctx = Context(db_ref=getattr(args, "db", None), user=getattr(args, "user", None))
    try:
        # Stored text printed as plain text shows its control characters, never obeys them.
        with (
            contextlib.redirect_stdout(_Visible(sys.stdout)),
            contextlib.redirect_stderr(_Visible(sys.stderr)),
        ):
            result: int = _run(args, ctx, sys.argv[1:] if argv is None else argv)
            if result == 0 and ctx.committed:
                from circlesoftrust.cli.capture_cmds import keep_calendar_file

                keep_calendar_file(args, ctx)
            if result == 0 and ctx.opened and args.command != "demo":
                from circlesoftrust.cli.core import demo_hint

                hint = demo_hint(ctx)
                if hint is not None:
                    print(hint, file=sys.stderr)
        return result
    except (CotError, CommandError) as exc:
        _fail(str(exc))
    except SQLAlchemyError as exc:
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.Error):
            _fail(_sqlite_problem(ctx, orig))
        else:
            reason = str(orig or exc).splitlines()[0]
            print(
                _("circlesoftrust: database error: {reason}").format(reason=reason), file=sys.stderr
            )
    except sqlite3.Error as exc:  # raised by the driver directly (bulk writes, backups)
        _fail(_sqlite_problem(ctx, exc))
    except OverflowError:  # a number beyond what SQLite stores (ids, amounts)
        _fail(_too_large(sys.argv[1:] if argv is None else argv))
    except RecursionError:
        _fail(_("the input is nested too deeply to read"))
    except BrokenPipeError:  # `circlesoftrust accounts list | head`
        return 0
    except OSError as exc:
        _fail(f"{exc.strerror or exc}: {exc.filename or ''}")
    except KeyboardInterrupt:
        if ctx.committed:
            print(
                _("circlesoftrust: interrupted after the changes were saved (they are kept)"),
                file=sys.stderr,
            )
        else:
            print(_("circlesoftrust: interrupted; nothing was changed"), file=sys.stderr)
        return 130
    finally:
        ctx.close()
    return 1


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang nl`` / ``--lang=nl`` before the command: read first, so that the help and
    every message of the parser are in that language too."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


# The commands that do what the window's undoable actions do: each run is one action of
# the history `circlesoftrust undo` takes back (circlesoftrust.undo_history). Others
# (import, demo, restore, capture, merge with its own unmerge, encryption) are not.
UNDOABLE_COMMANDS = frozenset(
    {
        "accounts",
        "contacts",
        "touch",
        "revenue",
        "referral",
        "feedback",
        "complaint",
        "move",
        "unpin",
        "ring",
        "insight",
        "perk",
        "task",
        "checklist",
        "suggestion",
    }
)
_QUIET_OPTIONS = frozenset({"--json"})
_OPTIONS_WITH_VALUE = frozenset({"--db", "--user", "--lang"})


def _run(args: argparse.Namespace, ctx: Context, argv: Sequence[str]) -> int:
    if args.command not in UNDOABLE_COMMANDS:
        result: int = args.func(args, ctx)
        return result
    from circlesoftrust.undo_history import perform_kept

    return perform_kept(ctx.db, _label(argv), lambda: int(args.func(args, ctx))).result


def _label(argv: Sequence[str]) -> str:
    """The command as typed, without where and as whom (the history's entry name)."""
    words: list[str] = []
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _OPTIONS_WITH_VALUE:
            skip = True
        elif word in _QUIET_OPTIONS or word.split("=", 1)[0] in _OPTIONS_WITH_VALUE:
            continue
        else:
            words.append(word if " " not in word else f'"{word}"')
    return " ".join(words)


def _fail(message: str) -> None:
    print(
        _("circlesoftrust: error: {visible_controls}").format(
            visible_controls=visible_controls(message)
        ),
        file=sys.stderr,
    )


class _Visible(io.TextIOBase):
    """A text stream that spells control characters out (``\\x1b``) on the way through."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible_controls(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")


def _sqlite_problem(ctx: Context, exc: sqlite3.Error) -> str:
    """SQLite's complaint as one line that names the file and what the user can do."""
    from circlesoftrust.database_file import unreadable_message
    from circlesoftrust.storage import resolve_url, sqlite_path

    try:
        path = sqlite_path(resolve_url(ctx.db_ref))
    except CotError:
        path = None
    if path is None:
        return _("database error: {reason}").format(reason=str(exc).splitlines()[0])
    return unreadable_message(path, exc)


def _too_large(argv: Sequence[str]) -> str:
    limit = 2**63 - 1
    for arg in argv:
        text = arg.lstrip("#").replace(",", "").replace("_", "")
        if text.isdigit() and int(text) > limit:
            return _("{arg} is too large: numbers and ids go up to {limit}").format(
                arg=arg, limit=formats.number(limit)
            )
    return _("a number is too large: numbers and ids go up to {limit}").format(
        limit=formats.number(limit)
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
