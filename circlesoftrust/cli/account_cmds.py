"""Commands on accounts, their contacts and the team: accounts list/show/add/edit,
contacts add, whoami, users (registered by ``cli.core`` in the order of the help)."""

from __future__ import annotations

import argparse
from typing import Any

from circlesoftrust import formats, team
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    add_db_option,
    enum_values,
    json_command,
    money,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.i18n import _
from circlesoftrust.services import accounts, activity
from circlesoftrust.vocabulary import ContactRole, word

_command = json_command


def register(sub: Any) -> None:
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
        "--role",
        default="other",
        help=_("one of: {values}").format(values=enum_values(ContactRole)),
    )
    p.add_argument("--title")
    p.add_argument("--email")
    p.add_argument("--phone")


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
