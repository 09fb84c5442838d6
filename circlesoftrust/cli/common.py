"""Shared CLI plumbing: the lazily opened database, JSON output, argument helpers."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePath
from typing import Any

from sqlalchemy import event

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.cli.command_error import CommandError as CommandError
from circlesoftrust.currency import use_database_currency
from circlesoftrust.i18n import N_, _
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database, open_database


class Context:
    """What a command handler gets besides its arguments."""

    def __init__(self, db_ref: str | None, user: str | None = None) -> None:
        self.db_ref = db_ref
        self.user = user
        self._db: Database | None = None
        # Whether a transaction committed: Ctrl-C afterwards must not suggest it did not.
        self.committed = False

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = self._open()
            event.listen(self._db.engine, "commit", self._on_commit)
            use_database_currency(self._db)
        return self._db

    @property
    def opened(self) -> bool:
        """Whether the command opened its database (some never do: --help, passwords)."""
        return self._db is not None

    def _on_commit(self, _conn: object) -> None:
        self.committed = True

    def _open(self) -> Database:
        """Open the database; an encrypted file's password comes from the environment,
        the keyring (when remembered) or a prompt (see :mod:`circlesoftrust.cli.passwords`)."""
        from circlesoftrust.encryption import PasswordNeededError, WrongPasswordError

        try:
            return open_database(self.db_ref, user=self.user)
        except PasswordNeededError:
            pass
        from circlesoftrust.cli import passwords
        from circlesoftrust.storage import resolve_url, sqlite_path

        path = sqlite_path(resolve_url(self.db_ref))
        assert path is not None  # only a file is encrypted
        kept = passwords.remembered(path)
        if kept:
            try:
                return open_database(self.db_ref, password=kept, user=self.user)
            except WrongPasswordError:
                if not sys.stdin.isatty():
                    raise WrongPasswordError(
                        _(
                            "{path}: the password kept in this computer's keyring is wrong "
                            "(`circlesoftrust forget-password`, then give the right one)"
                        ).format(path=path)
                    ) from None
        return open_database(
            self.db_ref, password=passwords.ask_or_environment(path), user=self.user
        )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def to_jsonable(value: Any) -> Any:
    """Dataclasses and named tuples (objects), dates, enums, paths and tuples to plain
    JSON values (stable shapes)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # a NamedTuple record
        return {k: to_jsonable(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PurePath):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let `--db` also follow the command name (`circlesoftrust rings --db x.sqlite`)."""
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    # `--user` too: who works (recorded on what the command writes).
    parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON (shapes in docs/cli.md)"))


Handler = Callable[[argparse.Namespace, Context], int]


def command(
    sub: Any, name: str, handler: Handler, help_text: str, *, json_option: bool = False
) -> argparse.ArgumentParser:
    """A subcommand parser that takes ``--db`` (and ``--json`` when asked) and runs ``handler``."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    if json_option:
        add_json_option(parser)
    parser.set_defaults(func=handler)
    return parser


def json_command(sub: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """:func:`command` with ``--json``: most commands print data a script can read."""
    return command(sub, name, handler, help_text, json_option=True)


def enum_values(enum_cls: Any) -> str:
    """An enum's codes for a help text: "one of: call, email, meeting"."""
    return ", ".join(m.value for m in enum_cls)


def print_result(args: argparse.Namespace, value: Any, show: str | Callable[[], object]) -> int:
    """With ``--json`` print ``value`` as JSON, else the line ``show`` (or call it to print).

    Returns the exit code 0, so a handler can end with ``return print_result(...)``.
    """
    if args.json:
        print_json(value)
    elif isinstance(show, str):
        print(show)
    else:
        show()
    return 0


def money(cents: int) -> str:
    """An amount in the database's currency, as the locale writes it (``€ 1.234,56``)."""
    return formats.money(cents)


# The column headers of the CLI's tables, in the user's language (`print_table` looks them up).
_HEADERS = (
    N_("Account"),
    N_("Action"),
    N_("Answer"),
    N_("CLV"),
    N_("Contact"),
    N_("Contacts"),
    N_("Date"),
    N_("Detail"),
    N_("E-mail"),
    N_("Follow-up"),
    N_("ID"),
    N_("Insight"),
    N_("Insight delay"),
    N_("Insights after"),
    N_("Last touch"),
    N_("Login"),
    N_("Members"),
    N_("Min score"),
    N_("NPS"),
    N_("Name"),
    N_("Phone"),
    N_("Pos"),
    N_("Revenue 12m"),
    N_("Ring"),
    N_("RoR"),
    N_("Role"),
    N_("Share"),
    N_("Shared"),
    N_("Stage"),
    N_("Title"),
    N_("What"),
    N_("When"),
    N_("account"),
    N_("accounts"),
    N_("active grants"),
    N_("cost/year"),
    N_("default"),
    N_("done"),
    N_("due"),
    N_("due after"),
    N_("engaged"),
    N_("expires"),
    N_("field"),
    N_("for"),
    N_("from ring"),
    N_("granted"),
    N_("id"),
    N_("kind"),
    N_("last touch"),
    N_("log"),
    N_("meaning"),
    N_("month"),
    N_("moves in"),
    N_("moves out"),
    N_("name"),
    N_("offered"),
    N_("perk"),
    N_("points"),
    N_("prio"),
    N_("reason"),
    N_("referrals"),
    N_("relational"),
    N_("renewals"),
    N_("retention"),
    N_("revenue"),
    N_("ring"),
    N_("role"),
    N_("score"),
    N_("share"),
    N_("source"),
    N_("stage"),
    N_("status"),
    N_("step"),
    N_("summary"),
    N_("takes"),
    N_("target"),
    N_("task"),
    N_("two-way 12m"),
    N_("undone"),
    N_("up/cross"),
    N_("value"),
    N_("when"),
    N_("why"),
)


def _cell(value: object) -> str:
    """A table cell as people read it: dates in the one date format (not ISO)."""
    if value is None:
        return ""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return formats.date(value)
    return str(value)


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, right: Sequence[int] = ()
) -> None:
    """A plain aligned text table; the columns numbered in ``right`` align right."""
    cells = [[_cell(c) for c in row] for row in rows]
    headers = [_(h) if h.strip() else h for h in headers]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(widths[i]) if i in right else v.ljust(widths[i]) for i, v in enumerate(values)
        ]
        return "  ".join(parts).rstrip()

    print(line(list(headers)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(line(row))


def group(sub: Any, name: str, help_text: str) -> Any:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def date_option(
    parser: argparse.ArgumentParser, help_text: str = "the day (default today)"
) -> None:
    parser.add_argument(
        "--date", metavar="D", help=_("YYYY-MM-DD; {help_text}").format(help_text=help_text)
    )


def day_of(args: argparse.Namespace) -> dt.date:
    return v.date(getattr(args, "date", None), "date", default=today())
