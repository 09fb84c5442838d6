"""Commands that record a fact on an account: touch, revenue, referral, feedback,
complaint (registered by ``cli.core`` in the order of the help)."""

from __future__ import annotations

import argparse
from typing import Any

from circlesoftrust import formats
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    enum_values,
    json_command,
    money,
    print_json,
    print_result,
)
from circlesoftrust.i18n import _
from circlesoftrust.services import accounts, activity
from circlesoftrust.vocabulary import Direction, RevenueKind, TouchpointKind, word

_command = json_command


def register(sub: Any) -> None:
    p = _command(sub, "touch", cmd_touch, _("log a touchpoint (meeting, call, e-mail...)"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument(
        "--kind",
        required=True,
        help=_("one of: {values}").format(values=enum_values(TouchpointKind)),
    )
    p.add_argument("--contact", metavar="C", help=_("contact name, e-mail or id"))
    p.add_argument("--date", metavar="D", help=_("YYYY-MM-DD, today or yesterday (default today)"))
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument(
        "--direction",
        help=_("one of: {values} (default by kind)").format(values=enum_values(Direction)),
    )

    p = _command(sub, "revenue", cmd_revenue, _("record revenue for an account"))
    p.add_argument("account", metavar="ACCOUNT")
    p.add_argument("amount", metavar="AMOUNT", help=_("e.g. 1200 or 1,200.50"))
    p.add_argument(
        "--kind",
        required=True,
        help=_("one of: {values}").format(values=enum_values(RevenueKind)),
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
                kind=word(info.kind),
                replace=word(info.direction),
                account_name=_account_name(ctx, info.account_id),
                occurred_on=formats.date(info.occurred_on),
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
        renewal = (
            _(", up for renewal {renewal_on}").format(renewal_on=formats.date(info.renewal_on))
            if info.renewal_on
            else ""
        )
        print(
            _("Recorded {money} ({kind}) for {account_name} on {occurred_on}{renewal}.").format(
                money=money(info.amount_cents),
                kind=word(info.kind),
                account_name=_account_name(ctx, info.account_id),
                occurred_on=formats.date(info.occurred_on),
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
