"""Trust-engine record commands: insight, perk, task, checklist.

JSON shapes are documented in docs/cli.md ("Trust engine commands").
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from circlesoftrust.cli.common import (
    Context,
    Handler,
    command,
    date_option,
    day_of,
    group,
    money,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.i18n import _
from circlesoftrust.services import insights, perks, tasks
from circlesoftrust.vocabulary import PerkKind


def register(sub: Any) -> None:
    i = group(sub, "insight", _("insights and their cascade through the rings"))
    p = command(i, "add", cmd_insight_add, _("write a new insight (unpublished)"), json_option=True)
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--full", default="", metavar="TEXT", help=_("the full text (inner rings)"))
    p.add_argument("--summary", default="", metavar="TEXT")
    p.add_argument("--headline", default="", metavar="TEXT")
    p = command(
        i,
        "publish",
        cmd_insight_publish,
        _("publish: schedule a release per ring"),
        json_option=True,
    )
    p.add_argument("insight", metavar="INSIGHT")
    date_option(p, _("publication day (default today)"))
    p = command(
        i, "list", cmd_insight_list, _("insights with their release schedule"), json_option=True
    )
    date_option(p)
    p = command(
        i,
        "show",
        cmd_insight_show,
        _("one insight: schedule, or what a ring sees"),
        json_option=True,
    )
    p.add_argument("insight", metavar="INSIGHT")
    p.add_argument("--ring", metavar="R", help=_("show the text this ring sees and who is waiting"))
    date_option(p)
    p = command(
        i,
        "share",
        cmd_insight_share,
        _("record that an account received an insight"),
        json_option=True,
    )
    p.add_argument("insight", metavar="INSIGHT")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--contact", metavar="C")
    p.add_argument("--answer", default="", metavar="TEXT", help=_("what they answered"))
    p.add_argument("--early", action="store_true", help=_("share before the ring's release date"))
    date_option(p)
    p = command(
        i, "answer", cmd_insight_answer, _("record the answer to a share"), json_option=True
    )
    p.add_argument("share_id", type=int, metavar="SHARE_ID")
    p.add_argument("answer", metavar="TEXT")

    k = group(sub, "perk", _("VIP perks and their grants"))
    p = command(
        k, "add", cmd_perk_add, _("a new perk offered from a ring inwards"), json_option=True
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--kind", required=True, help=", ".join(x.value for x in PerkKind))
    p.add_argument("--ring", required=True, metavar="R", help=_("offered from this ring inwards"))
    p.add_argument("--cost", default="0", metavar="AMOUNT", help=_("cost per year"))
    p.add_argument("--description", default="", metavar="TEXT")
    p = command(
        k,
        "list",
        cmd_perk_list,
        _("perks with their ring, cost and active grants"),
        json_option=True,
    )
    p = command(k, "grants", cmd_perk_grants, _("perk grants (newest first)"), json_option=True)
    p.add_argument("--account", metavar="ACCOUNT")
    p.add_argument("--active", action="store_true", help=_("only active or redeemed grants"))
    date_option(p)
    p = command(k, "grant", cmd_perk_grant, _("grant a perk to an account"), json_option=True)
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("perk", metavar="PERK")
    p.add_argument("--expires", metavar="D", help=_("default: perk_grant_days after the grant"))
    date_option(p)
    for name, func, text in (
        ("redeem", cmd_perk_redeem, "the client used a granted perk"),
        ("withdraw", cmd_perk_withdraw, "take a granted perk back"),
        ("expire", cmd_perk_expire, "end a grant now"),
    ):
        p = command(k, name, func, text, json_option=True)
        p.add_argument("grant_id", type=int, metavar="GRANT_ID")
        date_option(p)

    t = group(sub, "task", _("to-dos per account"))
    p = command(t, "list", cmd_task_list, _("open tasks by due date"), json_option=True)
    p.add_argument("--account", metavar="ACCOUNT")
    p.add_argument("--all", action="store_true", help=_("include done tasks"))
    p.add_argument("--due", metavar="D", help=_("only tasks due by this day"))
    p.add_argument("--mine", action="store_true", help=_("only the tasks assigned to you"))
    p.add_argument("--for", dest="assignee", metavar="USER", help=_("only the tasks of USER"))
    p = command(t, "assign", cmd_task_assign, _("give a task to someone"), json_option=True)
    p.add_argument("task_id", type=int, metavar="TASK_ID")
    p.add_argument("user", metavar="USER", help=_("a user's name, login or id ('' for nobody)"))
    p = command(t, "add", cmd_task_add, _("add a task"), json_option=True)
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--due", metavar="D", help=_("default today"))
    p.add_argument("--note", default="", metavar="TEXT")
    p = command(t, "done", cmd_task_done, _("mark a task done"), json_option=True)
    p.add_argument("task_id", type=int, metavar="TASK_ID")
    date_option(p)

    c = group(sub, "checklist", _("per-ring procedures that become tasks on entering the ring"))
    p = command(c, "list", cmd_checklist_list, _("checklist items by ring"), json_option=True)
    p.add_argument("--ring", metavar="R")
    p = command(
        c, "add", cmd_checklist_add, _("add a step for accounts entering a ring"), json_option=True
    )
    p.add_argument("ring", metavar="RING")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--days", default=7, type=int, metavar="N", help=_("due N days after entering"))
    p = command(c, "remove", cmd_checklist_remove, _("remove a checklist step"))
    p.add_argument("item_id", type=int, metavar="ITEM_ID")


# --- insights -----------------------------------------------------------------------------


def _print_insight(info: insights.InsightInfo) -> None:
    state = f"published {info.published_on}" if info.published_on else "draft"
    print(f"#{info.id} {info.title} ({state}; {info.shares} share(s))")
    for r in info.releases:
        mark = "released" if r.released else "planned"
        print(
            f"  {r.ring_name:<18} {r.release_on}  {r.detail_level:<8} {mark:<8} "
            f"{r.received}/{r.members} received"
            + ("  discussion open" if r.discussion_open else "")
            + (
                _("  held for {ring} until {day} (inner ring first)").format(
                    ring=info.releases[0].ring_name, day=r.held_until
                )
                if r.held_until
                else ""
            )
        )


def cmd_insight_add(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.add_insight(
        ctx.db, args.title, full_text=args.full, summary=args.summary, headline=args.headline
    )
    return print_result(args, info, _("insight #{id} written (unpublished)").format(id=info.id))


def cmd_insight_publish(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.publish_insight(ctx.db, args.insight, on=day_of(args))
    return print_result(args, info, lambda: _print_insight(info))


def cmd_insight_list(args: argparse.Namespace, ctx: Context) -> int:
    items = insights.list_insights(ctx.db, on=day_of(args))
    if args.json:
        print_json(items)
        return 0
    for info in items:
        _print_insight(info)
    return 0


def cmd_insight_show(args: argparse.Namespace, ctx: Context) -> int:
    day = day_of(args)
    if not args.ring:
        info = insights.get_insight(ctx.db, args.insight, on=day)
        return print_result(args, info, lambda: _print_insight(info))
    content = insights.content_for_ring(ctx.db, args.insight, args.ring, on=day)
    waiting = insights.pending_recipients(ctx.db, args.insight, args.ring)
    if args.json:
        print_json({"content": content, "not_received": waiting})
        return 0
    if content is None:
        print(_("not released to this ring yet"))
    else:
        talk = "; discussion open" if content.discussion_open else ""
        print(
            _("{ring_name} sees ({detail_level}{talk}):\n  {text}").format(
                ring_name=content.ring_name,
                detail_level=content.detail_level,
                talk=talk,
                text=content.text,
            )
        )
    print(_("{len} account(s) have not received it").format(len=len(waiting)))
    for r in waiting[:50]:
        print(f"  {r.account_name}" + (f" — {r.contact_name}" if r.contact_name else ""))
    return 0


def cmd_insight_share(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.share_insight(
        ctx.db,
        args.insight,
        args.account,
        contact=args.contact,
        on=day_of(args),
        answer=args.answer,
        early=args.early,
    )
    return print_result(
        args,
        info,
        _("share #{id}: {account_name} received {insight_title!r} ({detail_level})").format(
            id=info.id,
            account_name=info.account_name,
            insight_title=info.insight_title,
            detail_level=info.detail_level,
        ),
    )


def cmd_insight_answer(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.record_answer(ctx.db, args.share_id, args.answer)
    return print_result(args, info, _("answer recorded on share #{id}").format(id=info.id))


# --- perks --------------------------------------------------------------------------------


def cmd_perk_add(args: argparse.Namespace, ctx: Context) -> int:
    info = perks.add_perk(
        ctx.db,
        args.name,
        kind=args.kind,
        ring=args.ring,
        cost_per_year=args.cost,
        description=args.description,
    )
    return print_result(
        args,
        info,
        _("perk #{id} {name!r} offered from {ring_name} inwards").format(
            id=info.id, name=info.name, ring_name=info.ring_name
        ),
    )


def cmd_perk_list(args: argparse.Namespace, ctx: Context) -> int:
    items = perks.list_perks(ctx.db)
    if args.json:
        print_json(items)
        return 0
    print_table(
        ("id", "perk", "kind", "from ring", "cost/year", "active grants", "offered"),
        (
            (
                p.id,
                p.name,
                p.kind,
                p.ring_name,
                money(p.cost_per_year_cents),
                p.active_grants,
                "yes" if p.active else "no",
            )
            for p in items
        ),
        right=(0, 4, 5),
    )
    return 0


def _print_grants(items: list[perks.GrantInfo]) -> None:
    print_table(
        ("id", "account", "perk", "granted", "expires", "status"),
        ((g.id, g.account_name, g.perk_name, g.granted_on, g.expires_on, g.status) for g in items),
        right=(0,),
    )


def cmd_perk_grants(args: argparse.Namespace, ctx: Context) -> int:
    items = perks.list_grants(
        ctx.db, account=args.account, active_only=args.active, on=day_of(args)
    )
    return print_result(args, items, lambda: _print_grants(items))


def cmd_perk_grant(args: argparse.Namespace, ctx: Context) -> int:
    info = perks.grant_perk(
        ctx.db, args.account, args.perk, on=day_of(args), expires_on=args.expires
    )
    return print_result(args, info, lambda: _print_grants([info]))


def _grant_action(func: Callable[..., perks.GrantInfo]) -> Handler:
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        info = func(ctx.db, args.grant_id, on=day_of(args))
        return print_result(args, info, lambda: _print_grants([info]))

    return handler


cmd_perk_redeem = _grant_action(perks.redeem_grant)
cmd_perk_withdraw = _grant_action(perks.withdraw_grant)
cmd_perk_expire = _grant_action(perks.expire_grant)


# --- tasks and checklists -------------------------------------------------------------------


def _print_tasks(items: list[tasks.TaskInfo]) -> None:
    print_table(
        ("id", "due", "account", "task", "source", "for", "done"),
        (
            (t.id, t.due_on, t.account_name, t.title, t.source, t.assignee_name, t.done_on or "")
            for t in items
        ),
        right=(0,),
    )


def cmd_task_list(args: argparse.Namespace, ctx: Context) -> int:
    items = tasks.list_tasks(
        ctx.db,
        account=args.account,
        open_only=not args.all,
        due_by=args.due,
        mine=args.mine,
        assignee=args.assignee,
    )
    return print_result(args, items, lambda: _print_tasks(items))


def cmd_task_assign(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.assign_task(ctx.db, args.task_id, args.user or None)
    return print_result(args, info, lambda: _print_tasks([info]))


def cmd_task_add(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.add_task(ctx.db, args.account, args.title, due_on=args.due, note=args.note)
    return print_result(args, info, lambda: _print_tasks([info]))


def cmd_task_done(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.complete_task(ctx.db, args.task_id, on=day_of(args))
    return print_result(args, info, lambda: _print_tasks([info]))


def cmd_checklist_list(args: argparse.Namespace, ctx: Context) -> int:
    items = tasks.list_checklist(ctx.db, args.ring)
    if args.json:
        print_json(items)
        return 0
    print_table(
        ("id", "ring", "step", "due after"),
        ((c.id, c.ring_name, c.title, f"{c.due_after_days} days") for c in items),
        right=(0,),
    )
    return 0


def cmd_checklist_add(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.add_checklist_item(ctx.db, args.ring, args.title, due_after_days=args.days)
    return print_result(
        args,
        info,
        _("step #{id} added to {ring_name}").format(id=info.id, ring_name=info.ring_name),
    )


def cmd_checklist_remove(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.remove_checklist_item(ctx.db, args.item_id)
    print(
        _("removed step {title!r} from {ring_name}").format(
            title=info.title, ring_name=info.ring_name
        )
    )
    return 0
