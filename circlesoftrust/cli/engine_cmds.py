"""Trust-engine commands: score, people, suggest, suggestion, insight, perk, task, checklist,
kpis, whatif, journey, tune. JSON shapes are documented in docs/cli.md."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from circlesoftrust import validation as v
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    add_db_option,
    add_json_option,
    money,
    print_json,
    print_table,
)
from circlesoftrust.engine import kpis as kpi_engine
from circlesoftrust.engine import people, placement, scoring, suggestions
from circlesoftrust.engine import settings as engine_settings
from circlesoftrust.models import PerkKind
from circlesoftrust.services import insights, perks, tasks
from circlesoftrust.services._common import today

Handler = Callable[[argparse.Namespace, Context], int]


def _command(sub: Any, name: str, func: Handler, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    parser.set_defaults(func=func)
    return parser


def _group(sub: Any, name: str, help_text: str) -> Any:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def _date_option(
    parser: argparse.ArgumentParser, help_text: str = "the day (default today)"
) -> None:
    parser.add_argument("--date", metavar="D", help=f"YYYY-MM-DD; {help_text}")


def register(sub: Any) -> None:
    p = _command(sub, "score", cmd_score, "trust scores with their explanation")
    p.add_argument("account", nargs="?", metavar="ACCOUNT", help="one account (name or id)")
    p.add_argument("--limit", type=int, metavar="N", help="only the N highest scores")
    _date_option(p)
    add_json_option(p)

    p = _command(sub, "people", cmd_people, "the people to stay close to, or a buying group")
    p.add_argument("--top", type=int, default=20, metavar="N", help="how many (default 20)")
    p.add_argument("--account", metavar="ACCOUNT", help="show this account's buying group")
    _date_option(p)
    add_json_option(p)

    p = _command(sub, "journey", cmd_journey, "an account's customer-journey phase")
    p.add_argument("account", nargs="?", metavar="ACCOUNT")
    p.add_argument("--sync", action="store_true", help="store every account's derived phase")
    _date_option(p)
    add_json_option(p)

    p = _command(sub, "suggest", cmd_suggest, "the suggestion inbox for a day")
    _date_option(p)
    p.add_argument("--kind", action="append", metavar="K", help="only this kind (repeatable)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N")
    add_json_option(p)

    s = _group(sub, "suggestion", "accept, snooze or dismiss a suggestion")
    p = _command(s, "accept", cmd_accept, "carry a suggestion out (logged)")
    p.add_argument("id", metavar="ID")
    _date_option(p)
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--touch-kind", metavar="K", help="follow-up: touchpoint kind (default call)")
    p.add_argument("--direction", metavar="D", help="follow-up: touchpoint direction")
    p.add_argument("--nps", type=int, metavar="N", help="satisfaction check: the answer 0-10")
    p.add_argument("--resolution", metavar="TEXT", help="complaint: resolve it with this text")
    add_json_option(p)
    p = _command(s, "snooze", cmd_snooze, "hide a suggestion until a day")
    p.add_argument("id", metavar="ID")
    p.add_argument("--until", required=True, metavar="D")
    _date_option(p)
    add_json_option(p)
    p = _command(s, "dismiss", cmd_dismiss, "hide a suggestion until its facts change")
    p.add_argument("id", metavar="ID")
    _date_option(p)
    add_json_option(p)
    p = _command(s, "clear", cmd_clear, "forget a snooze or dismissal")
    p.add_argument("id", metavar="ID")

    i = _group(sub, "insight", "insights and their cascade through the rings")
    p = _command(i, "add", cmd_insight_add, "write a new insight (unpublished)")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--full", default="", metavar="TEXT", help="the full text (inner rings)")
    p.add_argument("--summary", default="", metavar="TEXT")
    p.add_argument("--headline", default="", metavar="TEXT")
    add_json_option(p)
    p = _command(i, "publish", cmd_insight_publish, "publish: schedule a release per ring")
    p.add_argument("insight", metavar="INSIGHT")
    _date_option(p, "publication day (default today)")
    add_json_option(p)
    p = _command(i, "list", cmd_insight_list, "insights with their release schedule")
    _date_option(p)
    add_json_option(p)
    p = _command(i, "show", cmd_insight_show, "one insight: schedule, or what a ring sees")
    p.add_argument("insight", metavar="INSIGHT")
    p.add_argument("--ring", metavar="R", help="show the text this ring sees and who is waiting")
    _date_option(p)
    add_json_option(p)
    p = _command(i, "share", cmd_insight_share, "record that an account received an insight")
    p.add_argument("insight", metavar="INSIGHT")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("--contact", metavar="C")
    p.add_argument("--answer", default="", metavar="TEXT", help="what they answered")
    p.add_argument("--early", action="store_true", help="share before the ring's release date")
    _date_option(p)
    add_json_option(p)
    p = _command(i, "answer", cmd_insight_answer, "record the answer to a share")
    p.add_argument("share_id", type=int, metavar="SHARE_ID")
    p.add_argument("answer", metavar="TEXT")
    add_json_option(p)

    k = _group(sub, "perk", "VIP perks and their grants")
    p = _command(k, "add", cmd_perk_add, "a new perk offered from a ring inwards")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--kind", required=True, help=", ".join(x.value for x in PerkKind))
    p.add_argument("--ring", required=True, metavar="R", help="offered from this ring inwards")
    p.add_argument("--cost", default="0", metavar="AMOUNT", help="cost per year")
    p.add_argument("--description", default="", metavar="TEXT")
    add_json_option(p)
    p = _command(k, "list", cmd_perk_list, "perks with their ring, cost and active grants")
    add_json_option(p)
    p = _command(k, "grants", cmd_perk_grants, "perk grants (newest first)")
    p.add_argument("--account", metavar="ACCOUNT")
    p.add_argument("--active", action="store_true", help="only active or redeemed grants")
    _date_option(p)
    add_json_option(p)
    p = _command(k, "grant", cmd_perk_grant, "grant a perk to an account")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("perk", metavar="PERK")
    p.add_argument("--expires", metavar="D", help="default: perk_grant_days after the grant")
    _date_option(p)
    add_json_option(p)
    for name, func, text in (
        ("redeem", cmd_perk_redeem, "the client used a granted perk"),
        ("withdraw", cmd_perk_withdraw, "take a granted perk back"),
        ("expire", cmd_perk_expire, "end a grant now"),
    ):
        p = _command(k, name, func, text)
        p.add_argument("grant_id", type=int, metavar="GRANT_ID")
        _date_option(p)
        add_json_option(p)

    t = _group(sub, "task", "to-dos per account")
    p = _command(t, "list", cmd_task_list, "open tasks by due date")
    p.add_argument("--account", metavar="ACCOUNT")
    p.add_argument("--all", action="store_true", help="include done tasks")
    p.add_argument("--due", metavar="D", help="only tasks due by this day")
    add_json_option(p)
    p = _command(t, "add", cmd_task_add, "add a task")
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--due", metavar="D", help="default today")
    p.add_argument("--note", default="", metavar="TEXT")
    add_json_option(p)
    p = _command(t, "done", cmd_task_done, "mark a task done")
    p.add_argument("task_id", type=int, metavar="TASK_ID")
    _date_option(p)
    add_json_option(p)

    c = _group(sub, "checklist", "per-ring procedures that become tasks on entering the ring")
    p = _command(c, "list", cmd_checklist_list, "checklist items by ring")
    p.add_argument("--ring", metavar="R")
    add_json_option(p)
    p = _command(c, "add", cmd_checklist_add, "add a step for accounts entering a ring")
    p.add_argument("ring", metavar="RING")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--days", default=7, type=int, metavar="N", help="due N days after entering")
    add_json_option(p)
    p = _command(c, "remove", cmd_checklist_remove, "remove a checklist step")
    p.add_argument("item_id", type=int, metavar="ITEM_ID")

    p = _command(sub, "kpis", cmd_kpis, "KPIs overall and per ring for a period")
    p.add_argument("--from", dest="start", metavar="D", help="default: 12 months before --to")
    p.add_argument("--to", dest="end", metavar="D", help="default: today")
    add_json_option(p)

    p = _command(sub, "whatif", cmd_whatif, "preview moves under other weights or thresholds")
    p.add_argument(
        "--weight",
        action="append",
        default=[],
        metavar="NAME=V",
        help="component weight, e.g. revenue=0.4 (repeatable)",
    )
    p.add_argument(
        "--threshold",
        action="append",
        default=[],
        metavar="RING=V",
        help="ring min score, e.g. 0=75 or 'Inner circle'=75 (repeatable)",
    )
    _date_option(p)
    add_json_option(p)

    p = _command(sub, "tune", cmd_tune, "show or change the engine's settings")
    p.add_argument("changes", nargs="*", metavar="NAME=VALUE")
    p.add_argument("--reset", nargs="*", metavar="NAME", help="back to defaults (all if none)")
    add_json_option(p)


# --- helpers ----------------------------------------------------------------------------


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise CommandError(f"{what} {item!r}: use NAME=VALUE")
        out[name.strip()] = value.strip()
    return out


def _number(text: str, field: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise CommandError(f"{field}: {text!r} is not a number") from None


def _day(args: argparse.Namespace) -> dt.date:
    return v.date(getattr(args, "date", None), "date", default=today())


# --- scores and people -------------------------------------------------------------------


def cmd_score(args: argparse.Namespace, ctx: Context) -> int:
    day = _day(args)
    if args.account:
        result = scoring.score_account(ctx.db, args.account, on=day)
        group = people.buying_group(ctx.db, result.account_id, on=day)
        if args.json:
            print_json({"score": result, "buying_group": group})
            return 0
        print(f"{result.account_name}: trust score {result.score:g} / 100 ({day.isoformat()})")
        print(f"ring: {result.current_ring_name}; target: {result.target_ring_name}")
        print(f"  {result.placement}")
        print()
        for c in result.components:
            print(f"  {c.name:<11} {c.points:+6.1f}  (weight {c.weight:g}, value {c.value:.2f})")
            print(f"              {c.explanation}")
        print()
        coverage = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in group.coverage if n)
        print(f"buying group: {len(group.contacts)} people ({coverage or 'none'})")
        risk = "single-thread risk: " if group.single_thread_risk else ""
        print(f"  {risk}{group.risk_reason}")
        print(f"journey phase: {group.journey.phase.replace('_', ' ')} ({group.journey.reason})")
        return 0
    scores = sorted(
        scoring.score_all(ctx.db, on=day).values(), key=lambda s: (-s.score, s.account_name)
    )
    if args.limit is not None:
        scores = scores[: max(0, args.limit)]
    if args.json:
        print_json(scores)
        return 0
    print_table(
        ("id", "account", "score", "ring", "target"),
        (
            (
                s.account_id,
                s.account_name,
                f"{s.score:g}",
                s.current_ring_name,
                "" if s.move == 0 else s.target_ring_name,
            )
            for s in scores
        ),
        right=(0, 2),
    )
    return 0


def cmd_people(args: argparse.Namespace, ctx: Context) -> int:
    day = _day(args)
    if args.account:
        group = people.buying_group(ctx.db, args.account, on=day)
        if args.json:
            print_json(group)
            return 0
        print(f"{group.account_name}: {group.risk_reason}")
        print_table(
            ("id", "name", "role", "stage", "two-way 12m", "last touch", "why"),
            (
                (
                    c.contact_id,
                    c.name,
                    c.role,
                    c.stage + (" (by hand)" if c.overridden else ""),
                    c.two_way_12m,
                    c.last_touch_on,
                    c.reason,
                )
                for c in group.contacts
            ),
            right=(0, 4),
        )
        return 0
    ranked = people.top_people(ctx.db, args.top, on=day)
    if args.json:
        print_json(ranked)
        return 0
    print_table(
        ("#", "name", "account", "stage", "points", "why"),
        ((p.rank, p.name, p.account_name, p.stage, f"{p.points:g}", p.reason) for p in ranked),
        right=(0, 4),
    )
    return 0


def cmd_journey(args: argparse.Namespace, ctx: Context) -> int:
    day = _day(args)
    if args.sync:
        changed = people.sync_journey_phases(ctx.db, on=day)
        if args.json:
            print_json({"changed": changed})
        else:
            print(f"journey phase updated for {changed} account(s)")
        return 0
    if not args.account:
        raise CommandError("name an ACCOUNT or use --sync")
    info = people.journey_phase(ctx.db, args.account, on=day)
    if args.json:
        print_json(info)
    else:
        print(f"{info.phase.replace('_', ' ')}: {info.reason} (stored: {info.stored_phase})")
    return 0


# --- suggestions --------------------------------------------------------------------------


def cmd_suggest(args: argparse.Namespace, ctx: Context) -> int:
    items = suggestions.suggest(ctx.db, _day(args), kinds=args.kind)
    if args.limit is not None:
        items = items[: max(0, args.limit)]
    if args.json:
        print_json(items)
        return 0
    if not items:
        print("nothing to do")
        return 0
    print_table(
        ("prio", "due", "id", "reason"),
        ((s.priority, s.due_on, s.id, s.reason) for s in items),
    )
    return 0


def cmd_accept(args: argparse.Namespace, ctx: Context) -> int:
    result = suggestions.accept(
        ctx.db,
        args.id,
        _day(args),
        note=args.note,
        touch_kind=args.touch_kind,
        direction=args.direction,
        nps=args.nps,
        resolution=args.resolution,
    )
    if args.json:
        print_json(result)
    else:
        print(result.summary)
    return 0


def cmd_snooze(args: argparse.Namespace, ctx: Context) -> int:
    info = suggestions.snooze(ctx.db, args.id, args.until, on=_day(args))
    if args.json:
        print_json(info)
    else:
        print(f"snoozed {info.suggestion_id} until {info.until_on}")
    return 0


def cmd_dismiss(args: argparse.Namespace, ctx: Context) -> int:
    info = suggestions.dismiss(ctx.db, args.id, on=_day(args))
    if args.json:
        print_json(info)
    else:
        print(f"dismissed {info.suggestion_id} (until its facts change)")
    return 0


def cmd_clear(args: argparse.Namespace, ctx: Context) -> int:
    if suggestions.clear_decision(ctx.db, args.id):
        print(f"{args.id} is back in the inbox")
        return 0
    raise CommandError(f"{args.id} was neither snoozed nor dismissed")


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
        )


def cmd_insight_add(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.add_insight(
        ctx.db, args.title, full_text=args.full, summary=args.summary, headline=args.headline
    )
    print_json(info) if args.json else print(f"insight #{info.id} written (unpublished)")
    return 0


def cmd_insight_publish(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.publish_insight(ctx.db, args.insight, on=_day(args))
    print_json(info) if args.json else _print_insight(info)
    return 0


def cmd_insight_list(args: argparse.Namespace, ctx: Context) -> int:
    items = insights.list_insights(ctx.db, on=_day(args))
    if args.json:
        print_json(items)
        return 0
    for info in items:
        _print_insight(info)
    return 0


def cmd_insight_show(args: argparse.Namespace, ctx: Context) -> int:
    day = _day(args)
    if not args.ring:
        info = insights.get_insight(ctx.db, args.insight, on=day)
        print_json(info) if args.json else _print_insight(info)
        return 0
    content = insights.content_for_ring(ctx.db, args.insight, args.ring, on=day)
    waiting = insights.pending_recipients(ctx.db, args.insight, args.ring)
    if args.json:
        print_json({"content": content, "not_received": waiting})
        return 0
    if content is None:
        print("not released to this ring yet")
    else:
        talk = "; discussion open" if content.discussion_open else ""
        print(f"{content.ring_name} sees ({content.detail_level}{talk}):\n  {content.text}")
    print(f"{len(waiting)} account(s) have not received it")
    for r in waiting[:50]:
        print(f"  {r.account_name}" + (f" — {r.contact_name}" if r.contact_name else ""))
    return 0


def cmd_insight_share(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.share_insight(
        ctx.db,
        args.insight,
        args.account,
        contact=args.contact,
        on=_day(args),
        answer=args.answer,
        early=args.early,
    )
    if args.json:
        print_json(info)
    else:
        print(
            f"share #{info.id}: {info.account_name} received {info.insight_title!r} "
            f"({info.detail_level})"
        )
    return 0


def cmd_insight_answer(args: argparse.Namespace, ctx: Context) -> int:
    info = insights.record_answer(ctx.db, args.share_id, args.answer)
    print_json(info) if args.json else print(f"answer recorded on share #{info.id}")
    return 0


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
    if args.json:
        print_json(info)
    else:
        print(f"perk #{info.id} {info.name!r} offered from {info.ring_name} inwards")
    return 0


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
    items = perks.list_grants(ctx.db, account=args.account, active_only=args.active, on=_day(args))
    print_json(items) if args.json else _print_grants(items)
    return 0


def cmd_perk_grant(args: argparse.Namespace, ctx: Context) -> int:
    info = perks.grant_perk(ctx.db, args.account, args.perk, on=_day(args), expires_on=args.expires)
    print_json(info) if args.json else _print_grants([info])
    return 0


def _grant_action(func: Callable[..., perks.GrantInfo]) -> Handler:
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        info = func(ctx.db, args.grant_id, on=_day(args))
        print_json(info) if args.json else _print_grants([info])
        return 0

    return handler


cmd_perk_redeem = _grant_action(perks.redeem_grant)
cmd_perk_withdraw = _grant_action(perks.withdraw_grant)
cmd_perk_expire = _grant_action(perks.expire_grant)


# --- tasks and checklists -------------------------------------------------------------------


def _print_tasks(items: list[tasks.TaskInfo]) -> None:
    print_table(
        ("id", "due", "account", "task", "source", "done"),
        ((t.id, t.due_on, t.account_name, t.title, t.source, t.done_on or "") for t in items),
        right=(0,),
    )


def cmd_task_list(args: argparse.Namespace, ctx: Context) -> int:
    items = tasks.list_tasks(ctx.db, account=args.account, open_only=not args.all, due_by=args.due)
    print_json(items) if args.json else _print_tasks(items)
    return 0


def cmd_task_add(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.add_task(ctx.db, args.account, args.title, due_on=args.due, note=args.note)
    print_json(info) if args.json else _print_tasks([info])
    return 0


def cmd_task_done(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.complete_task(ctx.db, args.task_id, on=_day(args))
    print_json(info) if args.json else _print_tasks([info])
    return 0


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
    print_json(info) if args.json else print(f"step #{info.id} added to {info.ring_name}")
    return 0


def cmd_checklist_remove(args: argparse.Namespace, ctx: Context) -> int:
    info = tasks.remove_checklist_item(ctx.db, args.item_id)
    print(f"removed step {info.title!r} from {info.ring_name}")
    return 0


# --- kpis, what-if, settings --------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def cmd_kpis(args: argparse.Namespace, ctx: Context) -> int:
    result = kpi_engine.kpis(ctx.db, args.start, args.end)
    if args.json:
        print_json(result)
        return 0
    o, p = result.overall, result.pareto
    print(f"KPIs {result.start} .. {result.end}")
    print(
        f"  revenue {money(o.revenue_cents)}; relationship revenue "
        f"{money(o.relationship_revenue_cents)}; perk cost {money(o.perk_cost_cents)}; "
        f"return on relationship {o.return_on_relationship or '—'}"
    )
    print(
        f"  Pareto: {p.accounts_for_80_percent} of {p.accounts} accounts "
        f"({_pct(p.share_of_accounts)}) make 80% of revenue; {p.in_inner_ring} of them sit "
        f"in the inner ring"
    )
    print_table(
        (
            "ring",
            "accounts",
            "revenue",
            "share",
            "CLV",
            "retention",
            "NPS",
            "engaged",
            "referrals",
            "renewals",
            "up/cross",
            "RoR",
        ),
        (
            (
                r.ring_name,
                r.values.accounts,
                money(r.values.revenue_cents),
                _pct(r.values.revenue_share),
                money(r.values.lifetime_value_cents),
                _pct(r.values.retention),
                "—" if r.values.nps is None else f"{r.values.nps:g}",
                _pct(r.values.engagement_rate),
                r.values.referrals,
                r.values.renewals,
                r.values.upsells + r.values.crosssells,
                r.values.return_on_relationship or "—",
            )
            for r in (*result.rings, kpi_engine.RingKpis(-1, "all", o))
        ),
        right=tuple(range(1, 12)),
    )
    print()
    moves_in = result.series_by_name("moves_inward").values
    moves_out = result.series_by_name("moves_outward").values
    print_table(
        ("month", "moves in", "moves out"),
        (
            (m, int(a or 0), int(b or 0))
            for m, a, b in zip(result.months, moves_in, moves_out, strict=True)
        ),
        right=(1, 2),
    )
    return 0


def cmd_whatif(args: argparse.Namespace, ctx: Context) -> int:
    weights = {k: _number(x, f"weight {k}") for k, x in _pairs(args.weight, "--weight").items()}
    thresholds: dict[int | str, float] = {
        k: _number(x, f"threshold {k}") for k, x in _pairs(args.threshold, "--threshold").items()
    }
    result = placement.what_if(ctx.db, weights=weights, thresholds=thresholds, on=_day(args))
    if args.json:
        print_json(result)
        return 0
    print(f"{result.moving} of {result.accounts} accounts would be placed differently")
    for m in result.moves:
        print(f"  {m.accounts:>5}  {m.from_ring} → {m.to_ring}")
    print("\nfrom current ring (rows) to target under these settings (columns):")
    print_table(
        ("", *result.ring_names),
        ((name, *row) for name, row in zip(result.ring_names, result.matrix, strict=True)),
        right=tuple(range(1, len(result.ring_names) + 1)),
    )
    return 0


def cmd_tune(args: argparse.Namespace, ctx: Context) -> int:
    if args.reset is not None:
        engine_settings.reset_settings(ctx.db, tuple(args.reset) or None)
    changes = _pairs(args.changes, "setting")
    if changes:
        engine_settings.update_settings(ctx.db, changes)
    current = engine_settings.get_settings(ctx.db)
    specs = engine_settings.specs(current)
    if args.json:
        print_json(specs)
        return 0
    print_table(
        ("name", "value", "default", "meaning"),
        ((s.name, f"{s.value:g}", f"{s.default:g}", s.label) for s in specs),
        right=(1, 2),
    )
    return 0
