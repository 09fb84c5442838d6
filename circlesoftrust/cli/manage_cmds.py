"""What the window does, from the command line (issue 18, point 7).

Accounts: archive, restore, pin, unpin. Contacts: list, edit, remove. Rings: add,
rename, move (reorder), remove, set (their settings): all through
:func:`~circlesoftrust.services.configuration.save_configuration`, the save the
Settings dialog makes, so the same checks refuse the same things. Insights: shares and
their answers. And ``undo``: the last action of the command line, from the history kept
in the database (:mod:`circlesoftrust.undo_history`). JSON shapes: docs/cli.md.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from circlesoftrust import formats
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    command,
    group,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.services import accounts, configuration, insights, ring_removal, rings
from circlesoftrust.services.configuration import RingEdit
from circlesoftrust.vocabulary import ContactRole, DetailLevel, RelationshipStage


def _subcommands(sub: Any, name: str) -> Any:
    """The ACTION subparsers of an existing command group (``accounts``, ``contacts``)."""
    parser = sub.choices[name]
    for action in parser._actions:  # argparse keeps the subparsers action only here
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(name)  # pragma: no cover - the groups are registered before us


def register(sub: Any) -> None:
    acc = _subcommands(sub, "accounts")
    p = command(
        acc,
        "archive",
        cmd_accounts_archive,
        _("archive an account (kept, out of view)"),
        json_option=True,
    )
    p.add_argument("account", metavar="NAME_OR_ID")
    p = command(
        acc, "restore", cmd_accounts_restore, _("bring an archived account back"), json_option=True
    )
    p.add_argument("account", metavar="NAME_OR_ID")
    p = command(
        acc,
        "pin",
        cmd_accounts_pin,
        _("keep an account in its ring: the engine suggests moving it only by two rings"),
        json_option=True,
    )
    p.add_argument("account", metavar="NAME_OR_ID")
    p.add_argument("--reason", required=True, metavar="TEXT", help=_("why it stays where it is"))
    period = p.add_mutually_exclusive_group()
    period.add_argument(
        "--days", metavar="N", help=_("for N days (default: the setting pin_days, 90)")
    )
    period.add_argument("--forever", action="store_true", help=_("until it is unpinned"))
    p = command(
        acc,
        "unpin",
        cmd_accounts_unpin,
        _("let the engine place a pinned account again"),
        json_option=True,
    )
    p.add_argument("account", metavar="NAME_OR_ID")
    p.add_argument("--reason", metavar="TEXT", help=_("why the pin ends (kept in the log)"))

    con = _subcommands(sub, "contacts")
    p = command(con, "list", cmd_contacts_list, _("an account's contacts"), json_option=True)
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--archived", action="store_true", help=_("include archived contacts"))
    p = command(con, "edit", cmd_contacts_edit, _("change a contact's details"), json_option=True)
    p.add_argument("contact", metavar="CONTACT", help=_("id, e-mail or name"))
    p.add_argument("--name")
    p.add_argument("--role", help=", ".join(r.value for r in ContactRole))
    p.add_argument("--title", help=_("job title ('' to clear)"))
    p.add_argument("--email", help=_("'' to clear"))
    p.add_argument("--phone", help=_("'' to clear"))
    p.add_argument("--notes")
    p.add_argument(
        "--stage", help=_("relationship stage set by hand ('' to derive it from the touchpoints)")
    )
    p.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help=_("refuse the save unless the contact is still at version N (as shown)"),
    )
    p = command(
        con,
        "remove",
        cmd_contacts_remove,
        _("remove a contact (undo brings it back)"),
        json_option=True,
    )
    p.add_argument("contact", metavar="CONTACT", help=_("id, e-mail or name"))
    p.add_argument(
        "--archive", action="store_true", help=_("archive instead: kept, out of the buying group")
    )

    ring = group(sub, "ring", _("add, rename, reorder, remove a ring or change its settings"))
    p = command(
        ring, "add", cmd_ring_add, _("add a ring (outermost unless --position)"), json_option=True
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--position", type=int, metavar="P", help=_("0 = innermost (default: outermost)")
    )
    _ring_settings(p)
    p = command(ring, "rename", cmd_ring_rename, _("give a ring another name"), json_option=True)
    p.add_argument("ring", metavar="RING", help=_("position, name or #id"))
    p.add_argument("name", metavar="NEW_NAME")
    p = command(
        ring,
        "move",
        cmd_ring_move,
        _("put a ring at another position (the thresholds stay with the positions)"),
        json_option=True,
    )
    p.add_argument("ring", metavar="RING", help=_("position, name or #id"))
    p.add_argument("position", type=int, metavar="POSITION", help=_("0 = innermost"))
    p = command(
        ring,
        "remove",
        cmd_ring_remove,
        _("remove a ring; its accounts and perks move to the next ring out (or --to)"),
        json_option=True,
    )
    p.add_argument("ring", metavar="RING", help=_("position, name or #id"))
    p.add_argument(
        "--to", metavar="RING", help=_("where its accounts go (default: the next ring out)")
    )
    p = command(ring, "set", cmd_ring_set, _("change a ring's settings"), json_option=True)
    p.add_argument("ring", metavar="RING", help=_("position, name or #id"))
    _ring_settings(p)

    ins = _subcommands(sub, "insight")
    p = command(
        ins,
        "shares",
        cmd_insight_shares,
        _("who received insights, when, at which detail, and what they answered"),
        json_option=True,
    )
    p.add_argument("insight", nargs="?", metavar="INSIGHT", help=_("only this insight"))
    p.add_argument("--account", metavar="ACCOUNT", help=_("only shares with this account"))
    p.add_argument("--answered", action="store_true", help=_("only shares with an answer"))

    p = command(
        sub, "undo", cmd_undo, _("undo the last action of the command line"), json_option=True
    )
    p.add_argument(
        "--list", action="store_true", help=_("show the history (newest first) instead of undoing")
    )


def _ring_settings(p: argparse.ArgumentParser) -> None:
    p.add_argument("--colour", metavar="#RRGGBB")
    p.add_argument("--stage", help=", ".join(s.value for s in RelationshipStage))
    p.add_argument(
        "--cadence-days", metavar="N", help=_("follow up every N days (0: no regular follow-up)")
    )
    p.add_argument("--insight-delay-days", metavar="N", help=_("insights reach it N days late"))
    p.add_argument("--detail-level", help=", ".join(d.value for d in DetailLevel))
    p.add_argument("--min-score", metavar="N", help=_("the lowest trust score that targets it"))
    on_off = p.add_mutually_exclusive_group()
    on_off.add_argument("--discussion-open", dest="discussion_open", action="store_true")
    on_off.add_argument(
        "--no-discussion-open", dest="discussion_open", action="store_false", default=None
    )
    gate = p.add_mutually_exclusive_group()
    gate.add_argument("--customers-only", dest="customers_only", action="store_true")
    gate.add_argument(
        "--no-customers-only", dest="customers_only", action="store_false", default=None
    )
    p.add_argument("--description", metavar="TEXT")


# --- accounts ------------------------------------------------------------------------------


def cmd_accounts_archive(args: argparse.Namespace, ctx: Context) -> int:
    info = accounts.archive_account(ctx.db, args.account)
    return print_result(
        args,
        info,
        _("Archived {name} (#{id}); `accounts restore` undoes it").format(
            name=info.name, id=info.id
        ),
    )


def cmd_accounts_restore(args: argparse.Namespace, ctx: Context) -> int:
    info = accounts.archive_account(ctx.db, args.account, archived=False)
    return print_result(args, info, _("Restored {name} (#{id})").format(name=info.name, id=info.id))


def cmd_accounts_pin(args: argparse.Namespace, ctx: Context) -> int:
    pinned = rings.pin_account(
        ctx.db, args.account, reason=args.reason, days=args.days, forever=args.forever
    )
    if pinned.pinned_until is None:
        shown = _("Pinned {account} in {ring} until unpinned").format(
            account=pinned.account_name, ring=pinned.ring
        )
    else:
        shown = _("Pinned {account} in {ring} until {day}").format(
            account=pinned.account_name, ring=pinned.ring, day=formats.date(pinned.pinned_until)
        )
    return print_result(args, pinned, shown)


def cmd_accounts_unpin(args: argparse.Namespace, ctx: Context) -> int:
    was = rings.unpin_account(ctx.db, args.account, reason=args.reason)
    info = accounts.get_account(ctx.db, args.account)
    text = (_("Unpinned {name}") if was else _("{name} was not pinned")).format(name=info.name)
    return print_result(args, {"account": info.name, "id": info.id, "was_pinned": was}, text)


# --- contacts ------------------------------------------------------------------------------


def cmd_contacts_list(args: argparse.Namespace, ctx: Context) -> int:
    people = accounts.list_contacts(ctx.db, args.account, include_archived=args.archived)
    if args.json:
        print_json(people)
        return 0
    print_table(
        ("ID", "Name", "Role", "Title", "E-mail", "Phone"),
        (
            (
                c.id,
                c.name + (" (archived)" if c.archived else ""),
                c.role.replace("_", " "),
                c.title,
                c.email,
                c.phone,
            )
            for c in people
        ),
        right=(0,),
    )
    print(ngettext("{n} contact", "{n} contacts", len(people)).format(n=len(people)))
    return 0


_CLEARABLE = ("title", "email", "phone")


def cmd_contacts_edit(args: argparse.Namespace, ctx: Context) -> int:
    changes: dict[str, Any] = {}
    for name in ("name", "role", "notes"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    for name in _CLEARABLE:
        value = getattr(args, name)
        if value is not None:
            changes[name] = value.strip() or None
    if args.stage is not None:
        changes["stage_override"] = args.stage.strip() or None
    if not changes:
        raise CommandError(_("nothing to change: give --name, --role, --title, --email, ..."))
    info = accounts.update_contact(
        ctx.db, _contact_ref(args.contact), expected_version=args.expect_version, **changes
    )
    return print_result(
        args,
        info,
        _("Saved {name} (#{id}, version {version})").format(
            name=info.name, id=info.id, version=info.version
        ),
    )


def cmd_contacts_remove(args: argparse.Namespace, ctx: Context) -> int:
    ref = _contact_ref(args.contact)
    if args.archive:
        info = accounts.archive_contact(ctx.db, ref)
        return print_result(
            args, info, _("Archived {name} (#{id})").format(name=info.name, id=info.id)
        )
    info = accounts.delete_contact(ctx.db, ref)
    return print_result(
        args,
        info,
        _("Removed {name} (#{id}); `undo` brings it back").format(name=info.name, id=info.id),
    )


def _contact_ref(text: str) -> int | str:
    stripped = text.strip().lstrip("#")
    return int(stripped) if stripped.isdecimal() else text


# --- rings ----------------------------------------------------------------------------------


def _current(ctx: Context) -> list[RingEdit]:
    return [
        RingEdit(
            id=r.id,
            name=r.name,
            colour=r.colour,
            stage=r.stage,
            cadence_days=r.cadence_days,
            insight_delay_days=r.insight_delay_days,
            detail_level=r.detail_level,
            discussion_open=r.discussion_open,
            min_score=r.min_score,
            customers_only=r.customers_only,
            description=r.description,
        )
        for r in rings.list_rings(ctx.db)
    ]


def _find(edits: list[RingEdit], ctx: Context, ref: str) -> int:
    """The index in ``edits`` of the ring ``ref`` names (position, name or #id)."""
    from circlesoftrust.services.lookups import get_ring_row

    with ctx.db.transaction() as session:
        ring_id = get_ring_row(session, ref).id
    return next(i for i, e in enumerate(edits) if e.id == ring_id)


def _with_settings(edit: RingEdit, args: argparse.Namespace) -> RingEdit:
    from circlesoftrust import validation as v

    values: dict[str, Any] = {}
    if args.colour is not None:
        values["colour"] = args.colour
    if args.stage is not None:
        values["stage"] = args.stage
    if args.cadence_days is not None:
        days = v.int_in_range(args.cadence_days, "cadence_days", 0, 3650)
        values["cadence_days"] = days or None
    if args.insight_delay_days is not None:
        values["insight_delay_days"] = v.int_in_range(
            args.insight_delay_days, "insight_delay_days", 0, 3650
        )
    if args.detail_level is not None:
        values["detail_level"] = args.detail_level
    if args.min_score is not None:
        values["min_score"] = v.int_in_range(args.min_score, "min_score", 0, 100)
    if args.discussion_open is not None:
        values["discussion_open"] = args.discussion_open
    if args.customers_only is not None:
        values["customers_only"] = args.customers_only
    if args.description is not None:
        values["description"] = args.description
    return dataclasses.replace(edit, **values)


def _save(ctx: Context, edits: list[RingEdit]) -> configuration.ConfigurationSaved:
    return configuration.save_configuration(ctx.db, rings=edits)


def _ring_result(args: argparse.Namespace, ctx: Context, text: str) -> int:
    listed = rings.list_rings(ctx.db)
    return print_result(args, {"rings": listed}, lambda: _print_rings(text, listed))


def _print_rings(text: str, listed: list[Any]) -> None:
    print(text)
    print_table(
        ("Pos", "Ring", "Stage", "Follow-up", "Insight delay", "Detail", "Min score"),
        (
            (
                r.position,
                r.name,
                r.stage.replace("_", " "),
                f"{r.cadence_days} d" if r.cadence_days else "—",
                f"{r.insight_delay_days} d",
                r.detail_level,
                r.min_score,
            )
            for r in listed
        ),
        right=(0, 6),
    )


def cmd_ring_add(args: argparse.Namespace, ctx: Context) -> int:
    edits = _current(ctx)
    position = len(edits) if args.position is None else args.position
    if not 0 <= position <= len(edits):
        raise CommandError(_("--position must be between 0 and {n}").format(n=len(edits)))
    outer = edits[min(position, len(edits) - 1)]
    new = RingEdit(
        id=None,
        name=args.name,
        colour=outer.colour,
        stage=outer.stage,
        cadence_days=outer.cadence_days,
        insight_delay_days=outer.insight_delay_days,
        detail_level=outer.detail_level,
        discussion_open=False,
        min_score=0,
        customers_only=False,
    )
    edits.insert(position, _with_settings(new, args))
    given = [None if e.id is None and args.min_score is None else e.min_score for e in edits]
    edits = [
        dataclasses.replace(e, min_score=s)
        for e, s in zip(edits, configuration.fit_thresholds(given), strict=True)
    ]
    _save(ctx, edits)
    return _ring_result(
        args,
        ctx,
        _("Added ring {name!r} at position {position}").format(name=args.name, position=position),
    )


def cmd_ring_rename(args: argparse.Namespace, ctx: Context) -> int:
    edits = _current(ctx)
    i = _find(edits, ctx, args.ring)
    old = edits[i].name
    edits[i] = dataclasses.replace(edits[i], name=args.name)
    _save(ctx, edits)
    return _ring_result(args, ctx, _("Renamed {old!r} to {new!r}").format(old=old, new=args.name))


def cmd_ring_move(args: argparse.Namespace, ctx: Context) -> int:
    edits = _current(ctx)
    if not 0 <= args.position < len(edits):
        raise CommandError(_("POSITION must be between 0 and {n}").format(n=len(edits) - 1))
    i = _find(edits, ctx, args.ring)
    thresholds = [e.min_score for e in edits]
    ring = edits.pop(i)
    edits.insert(args.position, ring)
    # A position's threshold stays with the position: the inner rings keep the higher ones.
    edits = [dataclasses.replace(e, min_score=s) for e, s in zip(edits, thresholds, strict=True)]
    _save(ctx, edits)
    return _ring_result(
        args,
        ctx,
        _("Moved {name!r} to position {position}").format(name=ring.name, position=args.position),
    )


def cmd_ring_remove(args: argparse.Namespace, ctx: Context) -> int:
    edits = _current(ctx)
    i = _find(edits, ctx, args.ring)
    gone = edits.pop(i)
    assert gone.id is not None
    moves: dict[int, int] | None = None
    if args.to is not None:
        target = edits[_find_kept(edits, ctx, args.to)].id
        assert target is not None  # a stored ring
        moves = {gone.id: target}
    given: list[int | None] = [e.min_score for e in edits]
    edits = [
        dataclasses.replace(e, min_score=s)
        for e, s in zip(edits, configuration.fit_thresholds(given), strict=True)
    ]
    saved = configuration.save_configuration(ctx.db, rings=edits, ring_moves=moves)
    (removal,) = saved.removals
    listed = rings.list_rings(ctx.db)
    text = ring_removal.summary(removal)
    return print_result(
        args,
        {"rings": listed, "removed": removal},
        lambda: _print_rings(text, listed),
    )


def _find_kept(edits: list[RingEdit], ctx: Context, ref: str) -> int:
    """``--to``: a ring that stays (the removed one is no longer in ``edits``)."""
    from circlesoftrust.services.lookups import get_ring_row

    with ctx.db.transaction() as session:
        ring = get_ring_row(session, ref)
    found = next((i for i, e in enumerate(edits) if e.id == ring.id), None)
    if found is None:
        raise CommandError(
            _("--to {name}: the accounts need another ring to go to").format(name=ring.name)
        )
    return found


def cmd_ring_set(args: argparse.Namespace, ctx: Context) -> int:
    edits = _current(ctx)
    i = _find(edits, ctx, args.ring)
    changed = _with_settings(edits[i], args)
    if changed == edits[i]:
        raise CommandError(_("nothing to change: give --colour, --cadence-days, --min-score, ..."))
    edits[i] = changed
    _save(ctx, edits)
    return _ring_result(args, ctx, _("Saved ring {name!r}").format(name=changed.name))


# --- insights -------------------------------------------------------------------------------


def cmd_insight_shares(args: argparse.Namespace, ctx: Context) -> int:
    shares = insights.list_shares(ctx.db, insight=args.insight, account=args.account)
    if args.answered:
        shares = [s for s in shares if s.answer.strip()]
    if args.json:
        print_json(shares)
        return 0
    print_table(
        ("Share", "Shared", "Insight", "Account", "Contact", "Detail", "Answer"),
        (
            (
                s.id,
                s.shared_on,
                s.insight_title,
                s.account_name,
                s.contact_name or "",
                s.detail_level,
                s.answer or "—",
            )
            for s in shares
        ),
        right=(0,),
    )
    answered = sum(1 for s in shares if s.answer.strip())
    print(_("{shares} shares, {answered} answered").format(shares=len(shares), answered=answered))
    return 0


# --- undo -----------------------------------------------------------------------------------


def cmd_undo(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust import undo_history

    if args.list:
        history = undo_history.entries(ctx.db)
        if args.json:
            print_json(history)
            return 0
        print_table(
            ("ID", "When", "Action", ""),
            (
                (e.id, formats.date_time(e.at), e.label, "undone" if e.undone else "")
                for e in history
            ),
            right=(0,),
        )
        return 0
    done = undo_history.undo_last(ctx.db)
    value = {
        "id": done.id,
        "label": done.label,
        "at": done.at,
        "accounts": sorted(done.changes.accounts),
        "contacts": sorted(done.changes.contacts),
    }
    return print_result(args, value, _("Undid “{label}”").format(label=done.label))
