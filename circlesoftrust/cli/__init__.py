"""The `circlesoftrust` command line.

Every command takes ``--db PATH_OR_URL``. Command groups live in their own modules
(`core`, `engine_cmds`, `engine_records`, `io_cmds`), each with ``register(subparsers)``;
a handler gets the parsed arguments and a :class:`Context` whose database opens on first
use. A user error exits with code 1 (2 for bad usage) and one clear line on stderr — never
a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from circlesoftrust.cli.common import CommandError, Context
from circlesoftrust.errors import CotError

COMMAND_MODULES = ("core", "engine_cmds", "engine_records", "io_cmds", "capture_cmds")


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line (the full usage is one `--help` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="circlesoftrust",
        description="Circles of Trust: accounts in concentric trust rings, from the command line.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: $CIRCLESOFTRUST_DB, else the user-data file)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"circlesoftrust.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2): already printed
        return exc.code if isinstance(exc.code, int) else 0
    # `--db` may also be given after the command: both spellings reach here.
    ctx = Context(db_ref=getattr(args, "db", None))
    try:
        result: int = args.func(args, ctx)
        if result == 0 and ctx.opened:
            from circlesoftrust.cli.capture_cmds import keep_calendar_file

            keep_calendar_file(args, ctx)
        return result
    except (CotError, CommandError) as exc:
        print(f"circlesoftrust: error: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        print(f"circlesoftrust: database error: {reason}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `circlesoftrust accounts list | head`
        return 0
    except OSError as exc:
        print(
            f"circlesoftrust: error: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        print("circlesoftrust: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
