"""Trust-engine commands: score, people, journey, suggest, suggestion, kpis, whatif, tune;
insight, perk, task and checklist live in :mod:`.engine_records`. JSON shapes: docs/cli.md."""

from __future__ import annotations

import argparse
from typing import Any

import circlesoftrust.engine_settings as engine_settings
from circlesoftrust import formats
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    command,
    date_option,
    day_of,
    group,
    money,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.engine import accepting, people, scoring, suggestions, what_if
from circlesoftrust.engine import kpis as kpi_engine
from circlesoftrust.i18n import _
from circlesoftrust.vocabulary import component_label, word


def register(sub: Any) -> None:
    p = command(sub, "score", cmd_score, _("trust scores with their explanation"), json_option=True)
    p.add_argument("account", nargs="?", metavar="ACCOUNT", help=_("one account (name or id)"))
    p.add_argument("--limit", type=int, metavar="N", help=_("only the N highest scores"))
    date_option(p)

    p = command(
        sub,
        "people",
        cmd_people,
        _("the people to stay close to, or a buying group"),
        json_option=True,
    )
    p.add_argument("--top", type=int, default=20, metavar="N", help=_("how many (default 20)"))
    p.add_argument("--account", metavar="ACCOUNT", help=_("show this account's buying group"))
    date_option(p)

    p = command(
        sub, "journey", cmd_journey, _("an account's customer-journey phase"), json_option=True
    )
    p.add_argument("account", nargs="?", metavar="ACCOUNT")
    p.add_argument("--sync", action="store_true", help=_("store every account's derived phase"))
    p.add_argument(
        "--set",
        metavar="PHASE",
        help=_(
            "set the phase by hand (discovery, research, purchase_decision, after_sale, "
            "usage); it holds until the next contact or purchase"
        ),
    )
    date_option(p)

    p = command(sub, "suggest", cmd_suggest, _("the suggestion inbox for a day"), json_option=True)
    date_option(p)
    p.add_argument("--kind", action="append", metavar="K", help=_("only this kind (repeatable)"))
    p.add_argument("--limit", type=int, metavar="N", help=_("only the first N"))

    s = group(sub, "suggestion", _("accept, snooze or dismiss a suggestion"))
    p = command(s, "accept", cmd_accept, _("carry a suggestion out (logged)"), json_option=True)
    p.add_argument("id", metavar="ID")
    date_option(p)
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--touch-kind", metavar="K", help=_("follow-up: touchpoint kind (default call)"))
    p.add_argument("--direction", metavar="D", help=_("follow-up: touchpoint direction"))
    p.add_argument("--nps", type=int, metavar="N", help=_("satisfaction check: the answer 0-10"))
    p.add_argument("--resolution", metavar="TEXT", help=_("complaint: resolve it with this text"))
    p = command(s, "snooze", cmd_snooze, _("hide a suggestion until a day"), json_option=True)
    p.add_argument("id", metavar="ID")
    p.add_argument("--until", required=True, metavar="D")
    date_option(p)
    p = command(
        s, "dismiss", cmd_dismiss, _("hide a suggestion until its facts change"), json_option=True
    )
    p.add_argument("id", metavar="ID")
    date_option(p)
    p = command(s, "clear", cmd_clear, _("forget a snooze or dismissal"))
    p.add_argument("id", metavar="ID")

    p = command(
        sub, "kpis", cmd_kpis, _("KPIs overall and per ring for a period"), json_option=True
    )
    p.add_argument("--from", dest="start", metavar="D", help=_("default: 12 months before --to"))
    p.add_argument("--to", dest="end", metavar="D", help=_("default: today"))

    p = command(
        sub,
        "whatif",
        cmd_whatif,
        _("preview moves under other weights or thresholds"),
        json_option=True,
    )
    p.add_argument(
        "--weight",
        action="append",
        default=[],
        metavar="NAME=V",
        help=_("component weight, e.g. revenue=0.4 (repeatable)"),
    )
    p.add_argument(
        "--threshold",
        action="append",
        default=[],
        metavar="RING=V",
        help=_("ring min score, e.g. 0=75 or 'Inner circle'=75 (repeatable)"),
    )
    date_option(p)

    p = command(sub, "tune", cmd_tune, _("show or change the engine's settings"), json_option=True)
    p.add_argument("changes", nargs="*", metavar="NAME=VALUE")
    p.add_argument("--reset", nargs="*", metavar="NAME", help=_("back to defaults (all if none)"))


# --- helpers ----------------------------------------------------------------------------


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise CommandError(_("{what} {item!r}: use NAME=VALUE").format(what=what, item=item))
        out[name.strip()] = value.strip()
    return out


def _number(text: str, field: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise CommandError(
            _("{field}: {text!r} is not a number").format(field=field, text=text)
        ) from None


# --- scores and people -------------------------------------------------------------------


def cmd_score(args: argparse.Namespace, ctx: Context) -> int:
    day = day_of(args)
    if args.account:
        result = scoring.score_account(ctx.db, args.account, on=day)
        group = people.buying_group(ctx.db, result.account_id, on=day)
        if args.json:
            print_json({"score": result, "buying_group": group})
            return 0
        print(
            _("{account_name}: trust score {score} / 100 ({day})").format(
                account_name=result.account_name,
                score=formats.score(result.score),
                day=formats.date(day),
            )
        )
        print(
            _("ring: {current_ring_name}; target: {target_ring_name}").format(
                current_ring_name=result.current_ring_name, target_ring_name=result.target_ring_name
            )
        )
        print(f"  {result.placement}")
        print()
        for c in result.components:
            print(
                _("  {name:<11} {points:>4}  (weight {weight:g}, value {value:.2f})").format(
                    name=component_label(c.name),
                    points=formats.points(c.points),
                    weight=c.weight,
                    value=c.value,
                )
            )
            print(f"              {c.explanation}")
        print()
        coverage = ", ".join(f"{n} {word(s)}" for s, n in group.coverage if n)
        print(
            _("buying group: {n} people ({value})").format(
                n=len(group.contacts), value=coverage or _("none")
            )
        )
        risk = _("single-thread risk: ") if group.single_thread_risk else ""
        print(f"  {risk}{group.risk_reason}")
        print(_("journey phase: {words}").format(words=group.journey.words()))
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
                formats.score(s.score),
                s.current_ring_name,
                "" if s.move == 0 else s.target_ring_name,
            )
            for s in scores
        ),
        right=(0, 2),
    )
    return 0


def cmd_people(args: argparse.Namespace, ctx: Context) -> int:
    day = day_of(args)
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
                    word(c.role),
                    word(c.stage) + (_(" (by hand)") if c.overridden else ""),
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
        (
            (p.rank, p.name, p.account_name, word(p.stage), formats.number(p.points), p.reason)
            for p in ranked
        ),
        right=(0, 4),
    )
    return 0


def cmd_journey(args: argparse.Namespace, ctx: Context) -> int:
    day = day_of(args)
    if args.sync:
        changed = people.sync_journey_phases(ctx.db, on=day)
        return print_result(
            args,
            {"changed": changed},
            _("journey phase updated for {changed} account(s)").format(changed=changed),
        )
    if not args.account:
        raise CommandError(_("name an ACCOUNT or use --sync"))
    if args.set:
        from circlesoftrust.services import accounts

        accounts.update_account(ctx.db, args.account, journey_phase=args.set)
    info = people.journey_phase(ctx.db, args.account, on=day)
    return print_result(args, info, info.words())


# --- suggestions --------------------------------------------------------------------------


def cmd_suggest(args: argparse.Namespace, ctx: Context) -> int:
    items = suggestions.suggest(ctx.db, day_of(args), kinds=args.kind)
    if args.limit is not None:
        items = items[: max(0, args.limit)]
    if args.json:
        print_json(items)
        return 0
    if not items:
        print(_("nothing to do"))
        return 0
    print_table(
        ("prio", "due", "id", "reason"),
        ((s.priority, s.due_on, s.id, s.reason) for s in items),
    )
    return 0


def cmd_accept(args: argparse.Namespace, ctx: Context) -> int:
    result = accepting.accept(
        ctx.db,
        args.id,
        day_of(args),
        note=args.note,
        touch_kind=args.touch_kind,
        direction=args.direction,
        nps=args.nps,
        resolution=args.resolution,
    )
    return print_result(args, result, result.summary)


def cmd_snooze(args: argparse.Namespace, ctx: Context) -> int:
    info = suggestions.snooze(ctx.db, args.id, args.until, on=day_of(args))
    return print_result(
        args,
        info,
        _("snoozed {suggestion_id} until {until_on}").format(
            suggestion_id=info.suggestion_id, until_on=info.until_on
        ),
    )


def cmd_dismiss(args: argparse.Namespace, ctx: Context) -> int:
    info = suggestions.dismiss(ctx.db, args.id, on=day_of(args))
    return print_result(
        args,
        info,
        _("dismissed {suggestion_id} (until its facts change)").format(
            suggestion_id=info.suggestion_id
        ),
    )


def cmd_clear(args: argparse.Namespace, ctx: Context) -> int:
    if suggestions.clear_decision(ctx.db, args.id):
        print(_("{id} is back in the inbox").format(id=args.id))
        return 0
    raise CommandError(_("{id} was neither snoozed nor dismissed").format(id=args.id))


# --- kpis, what-if, settings --------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def cmd_kpis(args: argparse.Namespace, ctx: Context) -> int:
    result = kpi_engine.kpis(ctx.db, args.start, args.end)
    if args.json:
        print_json(result)
        return 0
    o, p = result.overall, result.pareto
    print(_("KPIs {start} .. {end}").format(start=result.start, end=result.end))
    print(
        _(
            "  revenue {amount}; relationship revenue {amount2}; perk cost "
            "{amount3}; return on relationship {value}"
        ).format(
            amount=money(o.revenue_cents),
            amount2=money(o.relationship_revenue_cents),
            amount3=money(o.perk_cost_cents),
            value=o.return_on_relationship or "—",
        )
    )
    print(
        _(
            "  Pareto: {accounts_for_80_percent} of {accounts} accounts "
            "({pct}) make 80% of revenue; {in_inner_ring} of them sit in the "
            "inner ring"
        ).format(
            accounts_for_80_percent=p.accounts_for_80_percent,
            accounts=p.accounts,
            pct=_pct(p.share_of_accounts),
            in_inner_ring=p.in_inner_ring,
        )
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
            "relational",
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
                "—" if r.values.relational is None else f"{r.values.relational:.1f}",
                _pct(r.values.engagement_rate),
                r.values.referrals,
                r.values.renewals,
                r.values.upsells + r.values.crosssells,
                r.values.return_on_relationship or "—",
            )
            for r in (*result.rings, kpi_engine.RingKpis(-1, "all", o))
        ),
        right=tuple(range(1, 13)),
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
    result = what_if.what_if(ctx.db, weights=weights, thresholds=thresholds, on=day_of(args))
    if args.json:
        print_json(result)
        return 0
    print(
        _(
            "{moving} of {accounts} accounts would be placed differently than "
            "under the saved settings"
        ).format(moving=result.moving, accounts=result.accounts)
    )
    print(_("moves from the current rings under these settings (as in the matrix):"))
    for m in result.moves:
        print(f"  {m.accounts:>5}  {m.from_ring} → {m.to_ring}")
    print(_("\nfrom current ring (rows) to target under these settings (columns):"))
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
