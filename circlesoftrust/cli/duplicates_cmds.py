"""`duplicates`, `merge`, `unmerge` and `merges`: find the same person (or company) twice,
merge them, split them again."""

from __future__ import annotations

import argparse

from circlesoftrust import formats
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    command,
    money,
    print_json,
    print_result,
    print_table,
)
from circlesoftrust.duplicates import stored
from circlesoftrust.duplicates.candidates import (
    DuplicateReport,
    find_duplicates,
    save_phone_region,
)
from circlesoftrust.duplicates.merge import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    KEEP,
    OTHER,
    NeedsConfirmation,
    merge,
    merge_log,
    preview_merge,
    unmerge,
)
from circlesoftrust.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dup = command(
        sub,
        "duplicates",
        cmd_duplicates,
        _("likely duplicate contacts and accounts, best first, each with its reasons"),
        json_option=True,
    )
    group = dup.add_mutually_exclusive_group()
    group.add_argument("--contacts", action="store_true", help=_("contacts only"))
    group.add_argument("--accounts", action="store_true", help=_("accounts only"))
    dup.add_argument(
        "--min-score",
        type=int,
        default=None,
        metavar="N",
        help=_("lowest score shown (default 75)"),
    )
    dup.add_argument(
        "--phone-region",
        metavar="CC",
        help=_("region national phone numbers are read in (e.g. DE); saved as a setting"),
    )

    mrg = command(
        sub,
        "merge",
        cmd_merge,
        _("merge B into A (accounts by default; --contacts for contacts): every fact moves to A"),
        json_option=True,
    )
    mrg.add_argument(
        "keep",
        metavar="A",
        help=_("the one that stays (name or id; a contact: id, name or e-mail)"),
    )
    mrg.add_argument("other", metavar="B", help=_("the one merged into A and removed"))
    mrg.add_argument("--contacts", action="store_true", help=_("A and B are contacts"))
    mrg.add_argument(
        "--keep",
        dest="choices",
        action="append",
        default=[],
        metavar="FIELD=A|B",
        help=_(
            "whose value a field takes where they differ (repeatable), e.g. "
            "--keep email=B; "
            "default: A's, or B's where A's is empty"
        ),
    )
    mrg.add_argument(
        "--yes", action="store_true", help=_("confirm merging two accounts that both have revenue")
    )
    mrg.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen, write nothing")
    )

    unm = command(
        sub,
        "unmerge",
        cmd_unmerge,
        _("split a merge again (LOG_ID from `merges`)"),
        json_option=True,
    )
    unm.add_argument("log_id", metavar="LOG_ID", type=int)

    command(sub, "merges", cmd_merges, _("the latest merges, newest first"), json_option=True)


def cmd_duplicates(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.db
    if args.phone_region:
        with db.transaction() as session:
            save_phone_region(session, args.phone_region)
    kinds: tuple[str, ...] = ("contact", "account")
    if args.contacts:
        kinds = ("contact",)
    elif args.accounts:
        kinds = ("account",)
    if args.min_score is None:
        # The usual check: its pairs are stored for the window's inbox and review screen.
        info = stored.check(db)
        seen = stored.review(db, kinds)
        report = DuplicateReport(
            seen.pairs, info.contacts, info.accounts, info.keys_refreshed, seen.dismissed,
            info.skipped_blocks, info.skipped_examples,
        )  # fmt: skip
    else:
        report = find_duplicates(db, kinds=kinds, min_score=args.min_score)

    def show() -> None:
        if not report.pairs:
            print(_("No likely duplicates."))
        for p in report.pairs:
            where = "" if p.kind == "account" else f" ({p.first_account})"
            if p.kind == "contact" and not p.same_account:
                where = f" ({p.first_account} / {p.second_account})"
            print(
                f"{p.score:3d}  {p.kind} #{p.first_id} {p.first_name} ~ "
                f"#{p.second_id} {p.second_name}{where}"
            )
            print(f"     {p.reason}")
            flag = " --contacts" if p.kind == "contact" else ""
            print(
                _("     merge: circlesoftrust merge {first_id} {second_id}{flag}").format(
                    first_id=p.first_id, second_id=p.second_id, flag=flag
                )
            )
        if report.dismissed:
            print(
                _("({dismissed} pair(s) you marked as not the same are hidden)").format(
                    dismissed=report.dismissed
                )
            )
        if report.skipped_blocks:
            print(
                _(
                    "({skipped_blocks} key(s) shared by too many to compare pair by pair, "
                    "e.g. {value})"
                ).format(
                    skipped_blocks=report.skipped_blocks,
                    value="; ".join(report.skipped_examples[:2]) or "not shown",
                )
            )

    return print_result(args, report, show)


def _choices(raw: list[str], kind: str) -> dict[str, str]:
    fields = ACCOUNT_FIELDS if kind == "account" else CONTACT_FIELDS
    aliases = {
        "account": "account_id",
        "ring": "ring_id",
        "e-mail": "email",
        "stage": "stage_override",
    }
    picks: dict[str, str] = {}
    for item in raw:
        name, sep, side = item.partition("=")
        name = aliases.get(name.strip().lower(), name.strip().lower())
        side = side.strip().upper()
        if not sep or side not in ("A", "B"):
            raise CommandError(_("--keep {item!r}: write FIELD=A or FIELD=B").format(item=item))
        if name not in fields:
            raise CommandError(
                _("--keep {item!r}: no field {name!r} (fields: {join})").format(
                    item=item, name=name, join=", ".join(fields)
                )
            )
        picks[name] = KEEP if side == "A" else OTHER
    return picks


# Fields whose values are codes ("decision_maker"): printed as words.
_CODED = frozenset({"role", "stage_override", "journey_phase"})


def _print_preview(preview: object) -> None:
    from circlesoftrust.duplicates.merge import MergePreview, rows_in_words
    from circlesoftrust.vocabulary import label

    assert isinstance(preview, MergePreview)
    print(
        _("Merge {kind} #{other_id} {other_name} (B) into #{keep_id} {keep_name} (A)").format(
            kind=_("contact") if preview.kind == "contact" else _("account"),
            other_id=preview.other_id,
            other_name=preview.other_name,
            keep_id=preview.keep_id,
            keep_name=preview.keep_name,
        )
    )
    rows = [
        (
            f.label,
            label(f.keep_value) if f.field in _CODED else f.keep_value,
            label(f.other_value) if f.field in _CODED else f.other_value,
            "A" if f.chosen == KEEP else "B",
            _("differs") if f.conflict else "",
        )
        for f in preview.fields
        if f.keep_value or f.other_value
    ]
    print_table((_("field"), "A", "B", _("takes"), ""), rows)
    if preview.moves:
        print(_("moves to A: {rows}").format(rows=rows_in_words(preview.moves)))
    if preview.kind == "account":
        print(
            _("revenue: {money} + {money2} = {money3}").format(
                money=money(preview.keep_revenue_cents),
                money2=money(preview.other_revenue_cents),
                money3=money(preview.keep_revenue_cents + preview.other_revenue_cents),
            )
        )
        line = _("ring afterwards: {ring_name}").format(ring_name=preview.ring_name)
        if preview.target_ring_name:
            line += _(
                " (trust score {score}; the engine would place it in {target_ring_name})"
            ).format(score=preview.score, target_ring_name=preview.target_ring_name)
        print(line)


def cmd_merge(args: argparse.Namespace, ctx: Context) -> int:
    kind = "contact" if args.contacts else "account"
    picks = _choices(args.choices, kind)
    db = ctx.db
    if args.dry_run:
        preview = preview_merge(db, kind, args.keep, args.other, picks)
        return print_result(args, preview, lambda: _print_preview(preview))
    try:
        result = merge(db, kind, args.keep, args.other, picks, confirmed=args.yes)
    except NeedsConfirmation as exc:
        if args.json:
            raise
        _print_preview(exc.preview)
        raise CommandError(_("both accounts have revenue: run again with --yes to merge")) from None
    return print_result(
        args,
        result,
        _("{upper}{value} (undo: circlesoftrust unmerge {log_id})").format(
            upper=result.summary[0].upper(), value=result.summary[1:], log_id=result.log_id
        ),
    )


def cmd_unmerge(args: argparse.Namespace, ctx: Context) -> int:
    result = unmerge(ctx.db, args.log_id)
    return print_result(args, result, result.summary[0].upper() + result.summary[1:])


def cmd_merges(args: argparse.Namespace, ctx: Context) -> int:
    entries = merge_log(ctx.db)
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print(_("No merges yet."))
        return 0
    print_table(
        ("log", "when", "summary", "undone"),
        [
            (
                e.id,
                f"{formats.date_time(e.at)}",
                e.summary,
                f"{formats.date(e.undone_at)}" if e.undone_at else "",
            )
            for e in entries
        ],
        right=(0,),
    )
    return 0
