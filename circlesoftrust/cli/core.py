"""Core commands: demo data, rings, check, backups; accounts and contacts
(``cli.account_cmds``) and logging facts (``cli.fact_cmds``) register from here.

Every handler is ``func(args, ctx) -> int``; the JSON shapes are documented in docs/cli.md
and are stable: fields are only ever added.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path
from typing import Any

from circlesoftrust import backup as backups
from circlesoftrust import demo as demo_data
from circlesoftrust import formats, integrity
from circlesoftrust.cli import account_cmds, fact_cmds
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    json_command,
    money,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.database_file import ENV_VAR, default_db_path, demo_db_path
from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.services import rings
from circlesoftrust.storage import resolve_url, sqlite_path
from circlesoftrust.vocabulary import word

_command = json_command


def register(sub: Any) -> None:
    p = _command(sub, "demo", cmd_demo, _("fill an empty database with an example business"))
    p.add_argument(
        "--accounts",
        type=int,
        default=demo_data.DEFAULT_ACCOUNTS,
        metavar="N",
        help=_("how many accounts (1-{MAX_ACCOUNTS}; default %(default)s)").format(
            MAX_ACCOUNTS=formats.number(demo_data.MAX_ACCOUNTS)
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=7,
        metavar="S",
        help=_("random seed; the same seed and day give the same data (default 7)"),
    )
    p.add_argument(
        "--today", metavar="YYYY-MM-DD", help=_("the day the example history ends (default: today)")
    )

    account_cmds.register(sub)
    fact_cmds.register(sub)

    p = _command(sub, "rings", cmd_rings, _("rings with member counts and revenue share"))
    p.add_argument("--date", metavar="D", help=_("revenue as of this day (default: today)"))

    p = _command(sub, "move", cmd_move, _("move an account to another ring, with a reason"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("ring", metavar="RING", help=_("ring position, name or #id"))
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--date", metavar="D")
    pin = p.add_mutually_exclusive_group()
    pin.add_argument(
        "--pin-days",
        metavar="N",
        help=_("pin the account for N days (default: the setting pin_days, 90); 0: no pin"),
    )
    pin.add_argument(
        "--pin-forever", action="store_true", help=_("pin the account until it is unpinned")
    )

    p = _command(sub, "unpin", cmd_unpin, _("let the engine place a pinned account again"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--reason", metavar="TEXT", help=_("why the pin ends (kept in the log)"))

    _command(sub, "check", cmd_check, _("check the database file and the app's invariants"))

    p = _command(sub, "backup", cmd_backup, _("copy the SQLite database to FILE (verified)"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--overwrite", action="store_true", help=_("replace FILE if it exists"))

    p = _command(
        sub,
        "restore",
        cmd_restore,
        _("replace the SQLite database with FILE (the old one is kept)"),
    )
    p.add_argument("file", metavar="FILE")


# --- demo ------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    own_file = ctx.db_ref is None and not os.environ.get(ENV_VAR)
    if own_file:
        # Never into the user's real data: the demo has its own file.
        ctx.db_ref = str(demo_db_path())
    from circlesoftrust import validation as v

    today = v.date(args.today, "today") if args.today else None
    progress = None
    if not args.json and sys.stderr.isatty():

        def progress(step: str) -> None:
            print(f"  … {step}", file=sys.stderr)

    result = demo_data.generate_demo(
        ctx.db, accounts=args.accounts, seed=args.seed, today=today, progress=progress
    )
    text = _(
        "Example business written to {database} in {seconds} s: {accounts} accounts, "
        "{contacts} contacts, {touchpoints} touchpoints, {revenue_entries} revenue entries."
    ).format(
        database=ctx.db.display_name(),
        seconds=formats.number(round(result.seconds, 1)),
        accounts=formats.number(result.accounts),
        contacts=formats.number(result.contacts),
        touchpoints=formats.number(result.touchpoints),
        revenue_entries=formats.number(result.revenue_entries),
    )
    if own_file:
        # Later commands open the user's own database unless told otherwise: say how.
        where = shlex.quote(str(demo_db_path()))
        text += "\n" + _(
            "It has its own file; point later commands at it with `--db {where}`, or for "
            "this shell: export {env_var}={where}\n"
            "(without either, commands open your own database, {own})"
        ).format(where=where, env_var=ENV_VAR, own=default_db_path())
    return print_result(args, {"database": ctx.db.display_name(), **_dataclass_dict(result)}, text)


def demo_hint(ctx: Context) -> str | None:
    """When a command ran on the user's own database, which is empty, while the example
    business sits in its own file: one line that says how to reach the example."""
    if ctx.db_ref is not None or os.environ.get(ENV_VAR) or not demo_db_path().exists():
        return None
    from sqlalchemy import func, select

    from circlesoftrust.models import Account

    with ctx.db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Account)):
            return None
    where = shlex.quote(str(demo_db_path()))
    return _(
        "note: your database ({own}) is empty; the example business is in "
        "{where}: add `--db {where}` or export {env_var}={where}"
    ).format(own=default_db_path(), where=where, env_var=ENV_VAR)


def _dataclass_dict(value: Any) -> dict[str, Any]:
    from circlesoftrust.cli.common import to_jsonable

    data = to_jsonable(value)
    assert isinstance(data, dict)
    return data


# --- rings ----------------------------------------------------------------------------


def cmd_rings(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust import validation as v

    day = v.date(args.date, "date") if args.date else None
    summaries = rings.ring_summaries(ctx.db, on=day)
    if args.json:
        print_json(
            [
                {
                    **_dataclass_dict(s.ring),
                    "members": s.members,
                    "revenue_12m_cents": s.revenue_12m_cents,
                    "revenue_share": round(s.revenue_share, 4),
                }
                for s in summaries
            ]
        )
        return 0
    print_table(
        ("Pos", "Ring", "Members", "Revenue 12m", "Share", "Follow-up", "Insights after"),
        (
            (
                s.ring.position,
                s.ring.name,
                f"{formats.number(s.members)}",
                money(s.revenue_12m_cents),
                formats.percent(s.revenue_share),
                _("every {n} days").format(n=s.ring.cadence_days) if s.ring.cadence_days else "—",
                _("{n} days ({detail})").format(
                    n=s.ring.insight_delay_days, detail=word(str(s.ring.detail_level))
                ),
            )
            for s in summaries
        ),
        right=(0, 2, 3, 4),
    )
    return 0


def cmd_move(args: argparse.Namespace, ctx: Context) -> int:
    moved = rings.move_account(
        ctx.db,
        args.account,
        args.ring,
        reason=args.reason,
        on=args.date,
        pin_days=args.pin_days,
        pin_forever=args.pin_forever,
    )
    if args.json:
        print_json(moved)
    else:
        tasks = len(moved.task_ids)
        pinned = (
            ""
            if not moved.pinned
            else _("; pinned until {day}").format(day=formats.date(moved.pinned_until))
            if moved.pinned_until
            else _("; pinned until unpinned")
        )
        said = _("Moved {account}: {from_ring} → {to_ring}{pinned}").format(
            account=moved.account_name,
            from_ring=moved.from_ring,
            to_ring=moved.to_ring,
            pinned=pinned,
        )
        created = ngettext(
            "; {n} checklist task created.", "; {n} checklist tasks created.", tasks
        ).format(n=tasks)
        print(said + (created if tasks else "."))
    return 0


def cmd_unpin(args: argparse.Namespace, ctx: Context) -> int:
    was = rings.unpin_account(ctx.db, args.account, reason=args.reason)
    print(_("Unpinned.") if was else _("Was not pinned."))
    return 0


# --- check, backup, restore -----------------------------------------------------------


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from circlesoftrust.errors import DatabaseOpenError

    try:
        report = integrity.run_checks(ctx.db)
        name = ctx.db.display_name()
    except (DatabaseOpenError, SQLAlchemyError, sqlite3.DatabaseError) as refusal:
        # damaged: SQLite's own list of problems, what the one-line refusal
        report = integrity.check_refused_file(ctx.db_ref, refusal)  # points to
        name = str(ctx.db_ref or "")
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "backend": report.backend,
                "database": name,
                "checks": [
                    {
                        "name": r.name,
                        "description": r.description,
                        "ok": r.ok,
                        "problem_count": r.problem_count,
                        "problems": list(r.problems),
                    }
                    for r in report.results
                ],
            }
        )
    else:
        print(
            _("Checking {display_name} ({backend})").format(
                display_name=name, backend=report.backend
            )
        )
        ok, fail = _("ok"), _("FAIL")
        width = max(len(ok), len(fail))
        for r in report.results:
            print(f"  {(ok if r.ok else fail):<{width}}  {r.name}: {r.description}")
            for problem in r.problems:
                print(f"          - {problem}")
            if r.problem_count > len(r.problems):
                print(
                    _("          … and {value} more").format(
                        value=formats.number(r.problem_count - len(r.problems))
                    )
                )
        bad = sum(not r.ok for r in report.results)
        print(
            _("All checks passed.")
            if report.ok
            else _("{bad} check(s) found problems.").format(bad=bad)
        )
    return 0 if report.ok else 1


def _sqlite_file(ctx: Context, what: str) -> Path:
    path = sqlite_path(resolve_url(ctx.db_ref))
    if path is None:
        raise CommandError(
            _("{what} works on SQLite files; for PostgreSQL use pg_dump/pg_restore").format(
                what=what
            )
        )
    return path


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    source = _sqlite_file(ctx, "backup")
    if backups.is_encrypted_backup(source):
        # The copy is encrypted with the database's key: open it (password) to get it.
        info = backups.backup_to(ctx.db, args.file, overwrite=args.overwrite)
    else:
        info = backups.backup_to(source, args.file, overwrite=args.overwrite)
    return print_result(
        args,
        {"database": str(source), **_dataclass_dict(info)},
        _(
            "Backed up {source} to {path} ({n} accounts, {value:.1f} MB, schema "
            "{revision}); the copy is verified."
        ).format(
            source=source,
            path=info.path,
            n=formats.number(info.accounts),
            value=info.size_bytes / 1e6,
            revision=info.revision,
        ),
    )


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    target = _sqlite_file(ctx, "restore")
    key = current = None
    if backups.is_encrypted_backup(args.file):
        from circlesoftrust import encryption
        from circlesoftrust.cli import passwords

        backup_file = Path(args.file).expanduser().resolve()
        password = passwords.ask_or_environment(
            backup_file, _("the backup {name}").format(name=backup_file.name)
        )
        key = encryption.open_key(backup_file, password)
        if encryption.looks_encrypted(target):
            # The replaced database is kept encrypted with its own key when the same
            # password opens it; otherwise its bytes are kept as they are.
            try:
                current = encryption.open_key(target, password)
            except CotError:
                current = None
    result = backups.restore_from(
        args.file, target, validate=integrity.check_candidate, key=key, current_key=current
    )
    if args.json:
        print_json(result)
    else:
        print(
            _("Restored {database} from {restored_from} ({accounts} accounts).").format(
                database=result.database,
                restored_from=result.restored_from,
                accounts=formats.number(result.accounts),
            )
        )
        if result.previous_kept_as is not None:
            print(
                _("The replaced database was kept as {previous_kept_as}.").format(
                    previous_kept_as=result.previous_kept_as
                )
            )
    return 0
