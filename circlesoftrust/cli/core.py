"""Core commands: demo data, accounts and contacts, logging facts, rings, check, backups.

Every handler is ``func(args, ctx) -> int``; the JSON shapes are documented in docs/cli.md
and are stable: fields are only ever added.
"""

from __future__ import annotations

import argparse
import functools
import os
import shlex
import sys
from pathlib import Path
from typing import Any

from circlesoftrust import backup as backups
from circlesoftrust import demo as demo_data
from circlesoftrust import formats, integrity, team
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    add_db_option,
    command,
    money,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.database_file import ENV_VAR, default_db_path, demo_db_path
from circlesoftrust.errors import CotError
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.services import accounts, activity, rings
from circlesoftrust.storage import resolve_url, sqlite_path
from circlesoftrust.vocabulary import ContactRole, Direction, RevenueKind, TouchpointKind, word

_command = functools.partial(command, json_option=True)


def _values(enum_cls: Any) -> str:
    return ", ".join(m.value for m in enum_cls)


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

    _command(sub, "whoami", cmd_whoami, _("who you work as (see --user)"))
    users = sub.add_parser(
        "users", help=_("the people on the team"), description=_("The people on the team.")
    )
    add_db_option(users)
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    _command(users_sub, "list", cmd_users_list, _("everyone who has worked on this database"))
    p = _command(users_sub, "rename", cmd_users_rename, _("change the name the team sees for you"))
    p.add_argument("name", metavar="NAME")

    acc = sub.add_parser(
        "accounts",
        help=_("list, show and add accounts"),
        description=_("List, show and add accounts."),
    )
    add_db_option(acc)
    acc_sub = acc.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    p = _command(
        acc_sub, "list", cmd_accounts_list, _("accounts with ring, 12-month revenue, last touch")
    )
    p.add_argument("--ring", metavar="R", help=_("only this ring (position, name or #id)"))
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=_("only accounts whose name, industry, tag, contact or e-mail contains TEXT"),
    )
    p.add_argument("--archived", action="store_true", help=_("include archived accounts"))
    p.add_argument("--date", metavar="D", help=_("revenue as of this day (default: today)"))
    p.add_argument("--mine", action="store_true", help=_("only the accounts you own"))
    p.add_argument("--owner", metavar="USER", help=_("only the accounts USER owns"))
    p = _command(
        acc_sub, "show", cmd_accounts_show, _("an account: details, contacts, recent timeline")
    )
    p.add_argument("account", metavar="NAME_OR_ID")
    p.add_argument(
        "--limit",
        type=int,
        default=15,
        metavar="N",
        help=_("timeline entries to show (default %(default)s)"),
    )
    p = _command(
        acc_sub, "add", cmd_accounts_add, _("add an account (outermost ring unless --ring)")
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--ring", metavar="R", help=_("ring position, name or #id"))
    p.add_argument("--industry")
    p.add_argument("--website")
    p.add_argument("--tag", action="append", default=[], metavar="T", help=_("a tag (repeatable)"))
    p.add_argument("--notes", default="")
    p.add_argument("--owner", metavar="USER", help=_("who looks after it (default: you)"))
    p = _command(acc_sub, "edit", cmd_accounts_edit, _("change an account's details"))
    p.add_argument("account", metavar="NAME_OR_ID")
    p.add_argument("--name")
    p.add_argument("--industry")
    p.add_argument("--website")
    p.add_argument("--notes")
    p.add_argument(
        "--tag",
        action="append",
        metavar="T",
        help=_("the account's tags: replaces them (repeatable)"),
    )
    p.add_argument("--owner", metavar="USER", help=_("who looks after it ('' for nobody)"))
    p.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help=_("refuse the save unless the account is still at version N (as shown)"),
    )

    con = sub.add_parser(
        "contacts",
        help=_("add contacts to an account's buying group"),
        description=_("Contacts: the people in an account's buying group."),
    )
    add_db_option(con)
    con_sub = con.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    p = _command(con_sub, "add", cmd_contacts_add, _("add a contact to an account"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--role", default="other", help=_("one of: {values}").format(values=_values(ContactRole))
    )
    p.add_argument("--title")
    p.add_argument("--email")
    p.add_argument("--phone")

    p = _command(sub, "touch", cmd_touch, _("log a touchpoint (meeting, call, e-mail...)"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument(
        "--kind", required=True, help=_("one of: {values}").format(values=_values(TouchpointKind))
    )
    p.add_argument("--contact", metavar="C", help=_("contact name, e-mail or id"))
    p.add_argument("--date", metavar="D", help=_("YYYY-MM-DD, today or yesterday (default today)"))
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument(
        "--direction",
        help=_("one of: {values} (default by kind)").format(values=_values(Direction)),
    )

    p = _command(sub, "revenue", cmd_revenue, _("record revenue for an account"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("amount", metavar="AMOUNT", help=_("e.g. 1200 or 1,200.50"))
    p.add_argument(
        "--kind", required=True, help=_("one of: {values}").format(values=_values(RevenueKind))
    )
    p.add_argument("--date", metavar="D")
    p.add_argument("--renewal-date", metavar="D", help=_("when this contract is up for renewal"))
    p.add_argument("--note", default="", metavar="TEXT")

    p = _command(sub, "referral", cmd_referral, _("record that one account referred another"))
    p.add_argument("from_account", metavar="FROM")
    p.add_argument("to_account", metavar="TO")
    p.add_argument("--contact", metavar="C", help=_("who at FROM made the referral"))
    p.add_argument("--date", metavar="D")
    p.add_argument("--note", default="", metavar="TEXT")

    p = _command(sub, "feedback", cmd_feedback, _("record an NPS answer (0-10)"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--nps", required=True, metavar="N")
    p.add_argument("--contact", metavar="C")
    p.add_argument("--date", metavar="D")
    p.add_argument("--comment", default="", metavar="TEXT")
    p.add_argument(
        "--score",
        action="append",
        default=[],
        metavar="NAME=N",
        help=_(
            "a relational score 1-5, repeatable: discovery, integrity, "
            "judgement, trust, "
            "empathy, preparation, speed, "
            "presentation, ease_of_interaction, issue_resolution"
        ),
    )

    p = _command(sub, "complaint", cmd_complaint, _("open a complaint for an account"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--note", required=True, metavar="TEXT")
    p.add_argument("--contact", metavar="C")
    p.add_argument("--date", metavar="D")

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


# --- accounts and contacts ------------------------------------------------------------


def cmd_accounts_list(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust import validation as v

    day = v.date(args.date, "date") if args.date else None
    rows = accounts.list_accounts(
        ctx.db,
        ring=args.ring,
        include_archived=args.archived,
        on=day,
        mine=args.mine,
        owner=args.owner,
    )
    if args.search is not None:
        wanted = set(accounts.search_accounts(ctx.db, args.search, include_archived=args.archived))
        rows = [r for r in rows if r.id in wanted]
    if args.json:
        print_json(rows)
        return 0
    print_table(
        ("ID", "Account", "Ring", "Revenue 12m", "Last touch", "Contacts"),
        (
            (
                r.id,
                r.name + (" (archived)" if r.archived else ""),
                f"{r.ring_position} {r.ring_name}",
                money(r.revenue_12m_cents),
                r.last_touch_on or _("never"),
                r.contacts,
            )
            for r in rows
        ),
        right=(0, 3, 5),
    )
    print(_("{len} accounts").format(len=formats.number(len(rows))))
    return 0


def cmd_accounts_show(args: argparse.Namespace, ctx: Context) -> int:
    if args.limit < 0:
        raise CommandError(_("--limit must not be negative"))
    info = accounts.get_account(ctx.db, args.account)
    people = accounts.list_contacts(ctx.db, info.id)
    history = activity.timeline(ctx.db, info.id, limit=args.limit)
    from circlesoftrust.engine.people import journey_phase

    # The phase in force, with the facts behind it (one set by hand holds until a contact).
    derived = journey_phase(ctx.db, info.id) if info.archived_at is None else None
    if args.json:
        print_json({"account": info, "journey": derived, "contacts": people, "timeline": history})
        return 0
    flags = [f for f, on in ((_("pinned"), info.pinned), (_("archived"), info.archived_at)) if on]
    print(f"{info.name}  (#{info.id})" + (f"  [{', '.join(flags)}]" if flags else ""))
    journey = word(info.journey_phase) if info.journey_phase else ""
    if derived is not None:
        journey = derived.words()
    details = (
        (
            _("Ring"),
            _("{ring} (position {position})").format(
                ring=info.ring_name, position=info.ring_position
            ),
        ),
        (_("Industry"), info.industry),
        (_("Website"), info.website),
        (_("Tags"), ", ".join(info.tags)),
        (_("Journey"), journey),
        (_("Created"), formats.date(info.created_at.date())),
        (_("Notes"), info.notes),
    )
    for label, value in details:
        if value:
            print(f"  {label + ':':<12} {value}")
    print()
    print(_("Contacts ({len})").format(len=len(people)))
    if people:
        print_table(
            ("ID", "Name", "Role", "E-mail", "Phone"),
            ((c.id, c.name, word(c.role), c.email, c.phone) for c in people),
            right=(0,),
        )
    print()
    print(_("Recent timeline"))
    if history:
        print_table(
            ("Date", "What", "Detail"),
            ((e.on, e.title, e.detail) for e in history),
        )
    else:
        print(_("  nothing recorded yet"))
    return 0


def cmd_accounts_add(args: argparse.Namespace, ctx: Context) -> int:
    info = accounts.create_account(
        ctx.db, args.name, ring=args.ring, industry=args.industry, website=args.website,
        tags=args.tag, notes=args.notes, owner=args.owner,
    )  # fmt: skip
    return print_result(
        args,
        info,
        _("Added account #{id} {name!r} in {ring_name}.").format(
            id=info.id, name=info.name, ring_name=info.ring_name
        ),
    )


def cmd_whoami(args: argparse.Namespace, ctx: Context) -> int:
    me = team.whoami(ctx.db)
    return print_result(
        args,
        me,
        _("{name} (login {login}, user #{id})").format(name=me.name, login=me.login, id=me.id),
    )


def cmd_users_list(args: argparse.Namespace, ctx: Context) -> int:
    people = team.list_users(ctx.db)
    if args.json:
        print_json(people)
        return 0
    print_table(("ID", "Name", "Login"), ((u.id, u.name, u.login) for u in people), right=(0,))
    return 0


def cmd_users_rename(args: argparse.Namespace, ctx: Context) -> int:
    me = team.rename_me(ctx.db, args.name)
    print(_("You are now {name!r} to the team.").format(name=me.name))
    return 0


def cmd_accounts_edit(args: argparse.Namespace, ctx: Context) -> int:
    changes: dict[str, Any] = {
        key: getattr(args, key)
        for key in ("name", "industry", "website", "notes")
        if getattr(args, key) is not None
    }
    if args.tag is not None:
        changes["tags"] = args.tag
    if args.owner is not None:
        changes["owner"] = args.owner or None
    info = accounts.update_account(
        ctx.db, args.account, expected_version=args.expect_version, **changes
    )
    return print_result(
        args,
        info,
        _("Saved account #{id} {name!r} (version {version}).").format(
            id=info.id, name=info.name, version=info.version
        ),
    )


def cmd_contacts_add(args: argparse.Namespace, ctx: Context) -> int:
    info = accounts.add_contact(
        ctx.db, args.account, args.name, role=args.role, title=args.title, email=args.email,
        phone=args.phone,
    )  # fmt: skip
    if args.json:
        print_json(info)
    else:
        account = accounts.get_account(ctx.db, info.account_id)
        role = info.role.replace("_", " ")
        print(
            _("Added contact #{id} {name} ({role}) to {name2}.").format(
                id=info.id, name=info.name, role=role, name2=account.name
            )
        )
    return 0


# --- facts ----------------------------------------------------------------------------


def _account_name(ctx: Context, account_id: int) -> str:
    return accounts.get_account(ctx.db, account_id).name


def cmd_touch(args: argparse.Namespace, ctx: Context) -> int:
    info = activity.log_touchpoint(
        ctx.db, args.account, kind=args.kind, direction=args.direction, contact=args.contact,
        on=args.date, note=args.note,
    )  # fmt: skip
    return print_result(
        args,
        info,
        lambda: print(
            _("Logged {kind} ({replace}) with {account_name} on {occurred_on}.").format(
                kind=info.kind,
                replace=info.direction.replace("_", "-"),
                account_name=_account_name(ctx, info.account_id),
                occurred_on=info.occurred_on,
            )
        ),
    )


def cmd_revenue(args: argparse.Namespace, ctx: Context) -> int:
    info = activity.record_revenue(
        ctx.db, args.account, args.amount, kind=args.kind, on=args.date,
        renewal_on=args.renewal_date, note=args.note,
    )  # fmt: skip
    if args.json:
        print_json(info)
    else:
        renewal = f", up for renewal {info.renewal_on}" if info.renewal_on else ""
        print(
            _("Recorded {money} ({kind}) for {account_name} on {occurred_on}{renewal}.").format(
                money=money(info.amount_cents),
                kind=info.kind,
                account_name=_account_name(ctx, info.account_id),
                occurred_on=info.occurred_on,
                renewal=renewal,
            )
        )
    return 0


def cmd_referral(args: argparse.Namespace, ctx: Context) -> int:
    info = activity.record_referral(
        ctx.db, args.from_account, args.to_account, contact=args.contact, on=args.date,
        note=args.note,
    )  # fmt: skip
    return print_result(
        args,
        info,
        lambda: print(
            _("Recorded: {account_name} referred {account_name2} on {referred_on}.").format(
                account_name=_account_name(ctx, info.from_account_id),
                account_name2=_account_name(ctx, info.to_account_id),
                referred_on=info.referred_on,
            )
        ),
    )


def cmd_feedback(args: argparse.Namespace, ctx: Context) -> int:
    scores: dict[str, int | str] = {}
    for pair in args.score:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CommandError(
                _("--score {pair!r}: write NAME=N, e.g. --score trust=4").format(pair=pair)
            )
        scores[name.strip().replace("-", "_")] = value.strip()
    info = activity.record_feedback(
        ctx.db, args.account, nps=args.nps, contact=args.contact, on=args.date,
        comment=args.comment, scores=scores,
    )  # fmt: skip
    if args.json:
        print_json(info)
    else:
        kind = _("promoter") if info.nps >= 9 else _("passive") if info.nps >= 7 else _("detractor")
        extra = ", ".join(f"{word(k)} {n}" for k, n in info.scores)
        recorded = _("Recorded NPS {nps} ({kind}) for {account} on {day}").format(
            nps=info.nps,
            kind=kind,
            account=_account_name(ctx, info.account_id),
            day=formats.date(info.given_on),
        )
        print(recorded + (_("; scores: {scores}.").format(scores=extra) if extra else "."))
    return 0


def cmd_complaint(args: argparse.Namespace, ctx: Context) -> int:
    info = activity.open_complaint(
        ctx.db, args.account, note=args.note, contact=args.contact, on=args.date
    )
    return print_result(
        args,
        info,
        lambda: print(
            _("Opened complaint #{id} for {account_name} on {opened_on}.").format(
                id=info.id,
                account_name=_account_name(ctx, info.account_id),
                opened_on=info.opened_on,
            )
        ),
    )


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
    was = rings.unpin_account(ctx.db, args.account)
    print(_("Unpinned.") if was else _("Was not pinned."))
    return 0


# --- check, backup, restore -----------------------------------------------------------


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    report = integrity.run_checks(ctx.db)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "backend": report.backend,
                "database": ctx.db.display_name(),
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
                display_name=ctx.db.display_name(), backend=report.backend
            )
        )
        for r in report.results:
            print(f"  {'ok  ' if r.ok else 'FAIL'}  {r.name}: {r.description}")
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
        password = passwords.ask_or_environment(backup_file, f"the backup {backup_file.name}")
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
