"""`brief`, `import` and `export`: meeting briefs, address books, calendars, full exports.

    circlesoftrust brief ACCOUNT [--format pdf|html|md] [-o FILE] [--paper a4|letter]
    circlesoftrust import FILE [--format vcard|csv|json] [--map HEADER=FIELD ...]
                               [--dry-run] [--json]
    circlesoftrust import FILE_OR_FOLDER [--kind calendar|mail] [--since D] [--until D]
                          [--me ADDRESS] [--keep-titles] [--keep-subjects] [--add-people]
                          [--dry-run] [--json]
    circlesoftrust export vcard|csv|ics|json -o FILE [--account A] [--vcard-version 3.0|4.0]

A PDF brief is written by the writer the desktop app registers for "pdf" (Qt's text
engine; :mod:`circlesoftrust.brief_writers`), loaded only when a PDF is asked for. The core
never names the module that provides it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from circlesoftrust import formats
from circlesoftrust.brief_writers import installed_formats, load_writer
from circlesoftrust.cli.common import (
    CommandError,
    Context,
    add_db_option,
    add_json_option,
    print_json,
    print_result,
)
from circlesoftrust.i18n import _, ngettext

BUILT_IN_BRIEF_FORMATS = ("html", "md")
_SUFFIX_FORMAT = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    brief = sub.add_parser(
        "brief",
        help=_("one-page meeting brief of an account (PDF, HTML or Markdown)"),
        description=_(
            "The page to take into a client meeting: ring, score and why, "
            "buying "
            "group, timeline, revenue, complaints and tasks, "
            "perks, insights to share, talking "
            "points."
        ),
    )
    brief.add_argument("account", metavar="ACCOUNT", help=_("account name or id"))
    formats = (*installed_formats(), *BUILT_IN_BRIEF_FORMATS)
    brief.add_argument(
        "--format",
        choices=formats,
        help=_("{join} (default: from the -o file's extension, else md)").format(
            join=", ".join(formats)
        ),
    )
    brief.add_argument("-o", "--output", metavar="FILE", help=_("write here ('-' or none: stdout)"))
    brief.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=_("PDF paper size (default a4)")
    )
    brief.add_argument("--on", metavar="YYYY-MM-DD", help=_("as of this day (default today)"))
    add_db_option(brief)
    brief.set_defaults(func=cmd_brief)

    imp = sub.add_parser(
        "import",
        help=_(
            "import contacts (vCard, CSV), meetings and mails (.ics, mbox, "
            ".eml, .msg), "
            "or restore a full JSON export"
        ),
        description=_(
            "Contacts are grouped into accounts by organisation; duplicates "
            "(same "
            "e-mail, or same name in the same account) are "
            "merged, never doubled. Calendar and "
            "mail files (a file "
            "or a folder, e.g. a Thunderbird profile) log meetings and "
            " "
            "e-mails with your contacts as touchpoints; importing them "
            "again changes nothing. "
            "One transaction; a SQLite "
            "database is backed up first. A JSON export is restored "
            " "
            "only into an empty database."
        ),
    )
    imp.add_argument("file", metavar="FILE_OR_FOLDER")
    imp.add_argument(
        "--format", choices=("vcard", "csv", "json"), help=_("default: from the name or content")
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=_(
            "CSV column mapping, repeatable; FIELD is one of name, first_name, "
            "last_name, "
            "organisation, title (job title), role "
            "(buying-group role), email, phone, notes, "
            "industry, "
            "website"
        ),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen; write nothing")
    )
    cap = imp.add_argument_group(_("calendar and mail (see `capture settings`)"))
    cap.add_argument(
        "--kind",
        choices=("calendar", "mail"),
        help=_("read only calendar (.ics) or only mail (mbox, .eml, .msg) files"),
    )
    cap.add_argument(
        "--since", metavar="YYYY-MM-DD", help=_("from this day (default: 2 years ago)")
    )
    cap.add_argument("--until", metavar="YYYY-MM-DD", help=_("up to this day (default: today)"))
    cap.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDRESS",
        help=_("one of your own e-mail addresses (repeatable; added to the saved ones)"),
    )
    cap.add_argument(
        "--keep-titles", action="store_true", help=_("keep meeting titles in the notes")
    )
    cap.add_argument(
        "--keep-subjects", action="store_true", help=_("keep mail subjects in the notes")
    )
    cap.add_argument(
        "--add-people",
        action="store_true",
        help=_(
            "create the offered people (unknown addresses at an account's "
            "domain) as "
            "contacts, and log their meetings and mails"
        ),
    )
    cap.add_argument(
        "--add-person",
        action="append",
        default=[],
        metavar="ADDRESS",
        help=_("create only this offered person (repeatable; see the report's list)"),
    )
    add_json_option(imp)
    add_db_option(imp)
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser(
        "export",
        help=_("export contacts (vCard, CSV), follow-ups (iCalendar) or everything (JSON)"),
    )
    exp.add_argument("what", choices=("vcard", "csv", "ics", "json"))
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the file to write"))
    exp.add_argument("--account", metavar="A", help=_("only this account (not for json)"))
    exp.add_argument("--vcard-version", choices=("3.0", "4.0"), default="4.0")
    exp.add_argument(
        "--days", type=int, default=30, help=_("ics: follow-ups due within this many days")
    )
    exp.add_argument(
        "--todos", action="store_true", help=_("ics: write VTODO to-dos instead of all-day events")
    )
    exp.add_argument(
        "--encrypt",
        action="store_true",
        help=_(
            "json: protect the file with a password ($CIRCLESOFTRUST_EXPORT_PASSWORD, else asked)"
        ),
    )
    add_json_option(exp)
    add_db_option(exp)
    exp.set_defaults(func=cmd_export)


# ------------------------------------------------------------------------------ brief


def _brief_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output and args.output != "-":
        suffix = Path(args.output).suffix.lower()
        if suffix in _SUFFIX_FORMAT:
            return _SUFFIX_FORMAT[suffix]
        # "x.pdf": the desktop app's PDF writer (if it is missing, the user hears so, rather
        # than finding Markdown in a .pdf file).
        if suffix[1:] in ("pdf", *installed_formats()):
            return suffix[1:]
    return "md"


def cmd_brief(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust import validation as v
    from circlesoftrust.brief import build_brief
    from circlesoftrust.brief_render import render_html, render_markdown

    fmt = _brief_format(args)
    on = v.date(args.on, "on") if args.on else None
    to_stdout = not args.output or args.output == "-"
    if fmt not in BUILT_IN_BRIEF_FORMATS:
        if to_stdout:
            raise CommandError(
                _("a {upper} brief needs a file: add -o FILE.{fmt}").format(
                    upper=fmt.upper(), fmt=fmt
                )
            )
        write = load_writer(fmt)  # before the brief is built: a missing writer fails fast
        brief = build_brief(ctx.db, args.account, on=on)
        result = write(brief, args.output, paper=args.paper)
        pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
        print(
            _("Wrote the brief of {name} to {path} ({pages}, {paper}).").format(
                name=brief.name, path=result.path, pages=pages, paper=result.paper
            )
        )
        return 0
    brief = build_brief(ctx.db, args.account, on=on)
    text = render_html(brief) if fmt == "html" else render_markdown(brief)
    if to_stdout:
        sys.stdout.write(text)
        return 0
    from circlesoftrust.io.files import write_atomically

    write_atomically(args.output, text.encode("utf-8"))
    print(_("Wrote the brief of {name} to {output}.").format(name=brief.name, output=args.output))
    return 0


# ----------------------------------------------------------------------------- import


def _print_plan_text(report: object) -> None:
    from circlesoftrust.io.importer import ImportReport

    assert isinstance(report, ImportReport)
    plan = report.plan
    print(report.summary() + ".")
    if report.backup:
        print(_("Backup made first: {backup}").format(backup=report.backup))
    if report.changed_since_preview:
        print(_("The database changed since the preview; the import was decided again."))
    new_accounts = [a for a in plan.accounts if a.action == "create"]
    for account in new_accounts[:20]:
        review = " (needs review: no organisation given)" if account.needs_review else ""
        print(_("  new account: {name}{review}").format(name=account.name, review=review))
    if len(new_accounts) > 20:
        print(_("  … and {value} more new accounts").format(value=len(new_accounts) - 20))
    merged = [r for r in plan.records if r.action == "merge"]
    for record in merged[:20]:
        print(
            _("  line {line}: {name} merged — {reason}").format(
                line=record.line, name=record.name, reason=record.reason
            )
        )
    if len(merged) > 20:
        print(_("  … and {value} more merged").format(value=len(merged) - 20))
    reasons = plan.skipped_reasons()
    for reason, count in reasons.items():
        print(_("  skipped {count}: {reason}").format(count=count, reason=_(reason)))
    if plan.issues:
        print(
            ngettext(
                "{n} problem in the file:", "{n} problems in the file:", len(plan.issues)
            ).format(n=len(plan.issues))
        )
        for issue in plan.issues[:50]:
            print(_("  line {line}: {message}").format(line=issue.line, message=issue.message))
        if len(plan.issues) > 50:
            print(_("  … and {value} more (see --json)").format(value=len(plan.issues) - 50))


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust.io.import_source import (
        ColumnMappingNeeded,
        detect_kind,
        guess_column_map,
        parse_column_map,
        read_import_file,
    )
    from circlesoftrust.io.importer import import_contacts, report_json

    path = Path(args.file)
    if _is_capture(args, path):
        return _capture(args, ctx, path)
    if not path.exists():  # (a device or a pipe: the reader below says what it is)
        raise CommandError(_("{file}: no such file or folder").format(file=args.file))
    kind = args.format or detect_kind(path)
    if kind == "json":
        if args.map:
            raise CommandError(_("--map applies to CSV files, not to a JSON export"))
        return _restore(args, ctx, path)
    column_map = parse_column_map(args.map) if args.map else None
    if column_map and kind != "csv":
        raise CommandError(_("--map applies to CSV files only"))
    try:
        parsed = read_import_file(path, format=kind, column_map=column_map)
    except ColumnMappingNeeded as exc:
        guess = guess_column_map(list(exc.headers)) or {"Full name": "name"}
        example = " ".join(f"--map '{h}={f}'" for h, f in list(guess.items())[:3])
        raise CommandError(
            _("{exc}, for example {example}").format(exc=exc, example=example)
        ) from None
    report = import_contacts(ctx.db, parsed, source=path.name, dry_run=args.dry_run)
    return print_result(args, report_json(report), lambda: _print_plan_text(report))


def _is_capture(args: argparse.Namespace, path: Path) -> bool:
    """Calendar and mail: asked for (--kind), a folder, or a file that is one."""
    from circlesoftrust.io.capture import looks_like_capture_file

    if args.kind or path.is_dir():
        if args.format or args.map:
            raise CommandError(_("--format and --map are for address books, not calendar or mail"))
        return True
    return not args.format and path.is_file() and looks_like_capture_file(path) is not None


def _capture(args: argparse.Namespace, ctx: Context, path: Path) -> int:
    from circlesoftrust import validation as v
    from circlesoftrust.io.capture import capture, capture_report_json

    if not path.exists():
        raise CommandError(_("{file}: no such file or folder").format(file=args.file))
    report = capture(
        ctx.db,
        path,
        since=v.date(args.since, "since") if args.since else None,
        until=v.date(args.until, "until") if args.until else None,
        kind=args.kind,
        add_people=args.add_people,
        people=args.add_person,
        keep_titles=True if args.keep_titles else None,
        keep_subjects=True if args.keep_subjects else None,
        own_addresses=[v.email(a, "me") or "" for a in args.me],
        dry_run=args.dry_run,
    )
    print_result(args, capture_report_json(report), lambda: _print_capture(report))
    plan = report.plan
    if plan.issues and not any(plan.items_read.values()) and not report.written:
        # Nothing at all could be read: the command failed, in one line (the report above
        # lists every problem).
        first = plan.issues[0]
        problem = first.message if first.where == plan.source else f"{first.where}: {first.message}"
        print(
            _("circlesoftrust: error: {visible_controls}").format(
                visible_controls=_("nothing could be read from {source}: {problem}").format(
                    source=plan.source, problem=problem
                )
            ),
            file=sys.stderr,
        )
        return 1
    return 0


def _print_capture(report: object) -> None:
    from circlesoftrust.io.capture import CaptureReport

    assert isinstance(report, CaptureReport)
    plan = report.plan
    print(report.summary() + ".")
    if report.backup:
        print(_("Backup made first: {backup}").format(backup=report.backup))
    kinds: dict[str, Callable[[int], str]] = {
        "calendar": lambda n: ngettext("{n} calendar file", "{n} calendar files", n),
        "mail": lambda n: ngettext("{n} mail file", "{n} mail files", n),
        "not read": lambda n: ngettext("{n} other file not read", "{n} other files not read", n),
        "events": lambda n: ngettext("{n} event", "{n} events", n),
        "messages": lambda n: ngettext("{n} message", "{n} messages", n),
    }

    def counted(counts: dict[str, int]) -> str:
        return ", ".join(
            kinds[kind](n).format(n=formats.number(n))
            if kind in kinds
            else f"{formats.number(n)} {kind}"
            for kind, n in sorted(counts.items())
        )

    files, read = counted(plan.files), counted(plan.items_read)
    if read:
        said = _("Read {files} ({read}), {since} to {until}.")
    else:  # (was "Read no (nothing)")
        said = _("Nothing read ({files}), {since} to {until}.") if files else _("Nothing read.")
    print(
        said.format(
            files=files,
            read=read,
            since=formats.date(plan.options.since),
            until=formats.date(plan.options.until),
        )
    )
    for warning in plan.warnings:
        print(_("Note: {warning}").format(warning=warning))
    rows = plan.per_account()
    for name, meetings, emails in rows[:30]:
        print(
            _("  {name}: {meetings}, {emails}").format(
                name=name,
                meetings=ngettext("{n} meeting", "{n} meetings", meetings).format(n=meetings),
                emails=ngettext("{n} e-mail", "{n} e-mails", emails).format(n=emails),
            )
        )
    if len(rows) > 30:
        print(_("  … and {value} more accounts (see --json)").format(value=len(rows) - 30))
    for reason, count in plan.skipped.items():
        print(
            _("  skipped {count}: {reason}").format(count=formats.number(count), reason=_(reason))
        )
    if plan.offered:
        found = ngettext("{n} person", "{n} people", len(plan.offered)).format(n=len(plan.offered))
        if report.contacts_created:
            print(
                _("Added {contacts_created} of {found} at your accounts' domains:").format(
                    contacts_created=report.contacts_created, found=found
                )
            )
        else:
            print(
                _(
                    "{found} at your accounts' domains, not contacts yet (add with "
                    "--add-person ADDRESS or --add-people):"
                ).format(found=found)
            )
        for person in plan.offered[:20]:
            print(
                _("  {name} <{email}> — {account} (seen {seen}×)").format(
                    name=person.name, email=person.email, account=person.account, seen=person.seen
                )
            )
    if plan.unmatched:
        print(
            ngettext(
                "{n} address matched no contact; the most seen:",
                "{n} addresses matched no contact; the most seen:",
                plan.unmatched_total,
            ).format(n=formats.number(plan.unmatched_total))
        )
        for address, times in plan.unmatched[:10]:
            print(f"  {address} ({times}×)")
    if plan.issues:
        print(
            ngettext("{n} problem reading:", "{n} problems reading:", plan.issues_total).format(
                n=plan.issues_total
            )
        )
        for issue in plan.issues[:30]:
            print(f"  {issue.where}: {issue.message}")
        if plan.issues_total > 30:
            print(_("  … and {value} more (see --json)").format(value=plan.issues_total - 30))


def _restore(args: argparse.Namespace, ctx: Context, path: Path) -> int:
    from circlesoftrust.io.full_export import is_protected_export, restore_json

    password = _export_password(confirm=False) if is_protected_export(path) else None
    report = restore_json(ctx.db, path, dry_run=args.dry_run, password=password)
    if args.json:
        print_json(
            {
                "source": report.source,
                "format": "json",
                "dry_run": report.dry_run,
                "exported_at": report.exported_at,
                "tables": dict(report.tables),
                "total_rows": report.total_rows,
            }
        )
        return 0
    verb = "Would restore" if report.dry_run else "Restored"
    rows = dict(report.tables)
    print(
        _(
            "{verb} {total_rows} rows from {source}: {get} accounts, {get2} "
            "contacts, {get3} touchpoints."
        ).format(
            verb=verb,
            total_rows=formats.number(report.total_rows),
            source=report.source,
            get=formats.number(rows.get("accounts", 0)),
            get2=formats.number(rows.get("contacts", 0)),
            get3=formats.number(rows.get("touchpoints", 0)),
        )
    )
    return 0


# ----------------------------------------------------------------------------- export


EXPORT_PASSWORD_ENV_VAR = "CIRCLESOFTRUST_EXPORT_PASSWORD"
PLAIN_EXPORT_WARNING = (
    "It is plain text: anyone who gets the file reads every name and note "
    "(`--encrypt` protects it with a password)."
)


def _export_password(*, confirm: bool) -> str:
    """The export's password: $CIRCLESOFTRUST_EXPORT_PASSWORD, else asked without echo."""
    import os
    import sys

    from circlesoftrust.cli import passwords

    from_env = os.environ.get(EXPORT_PASSWORD_ENV_VAR)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(
            _(
                "the export is protected with a password: set "
                "{EXPORT_PASSWORD_ENV_VAR} or run this in a terminal"
            ).format(EXPORT_PASSWORD_ENV_VAR=EXPORT_PASSWORD_ENV_VAR)
        )
    first = passwords.prompt(_("Password of the export: "))
    if not first:
        raise CommandError(_("the password must not be empty"))
    if confirm and passwords.prompt(_("The same password again: ")) != first:
        raise CommandError(_("the two passwords differ; nothing was written"))
    return first


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust.io import export

    target = Path(args.output)
    if not target.parent.is_dir():
        raise CommandError(_("{parent}: no such folder").format(parent=target.parent))
    if args.encrypt and args.what != "json":
        raise CommandError(_("--encrypt applies to the JSON export only"))
    if args.what == "json":
        if args.account:
            raise CommandError(_("a JSON export is always the whole database (drop --account)"))
        password = _export_password(confirm=True) if args.encrypt else None
        result = export.export_json(ctx.db, target, password=password)
    elif args.what == "vcard":
        result = export.export_vcard(
            ctx.db, target, account=args.account, version=args.vcard_version
        )
    elif args.what == "csv":
        result = export.export_csv(ctx.db, target, account=args.account)
    else:
        if not 0 <= args.days <= 3660:
            raise CommandError(_("--days must be between 0 and 3660"))
        from circlesoftrust.io.capture_settings import get_capture_settings

        result = export.export_ics(
            ctx.db,
            target,
            account=args.account,
            on=dt.date.today(),
            horizon_days=args.days,
            as_todos=args.todos,
            alarm_minutes=get_capture_settings(ctx.db).alarm_minutes,
        )
    if args.json:
        print_json(result)
        return 0
    what = {
        "vcard": "contacts",
        "csv": "rows",
        "ics": "calendar entries",
        "json": "rows (all tables)",
    }[result.format]
    print(
        _("Wrote {items} {what} to {path}.").format(
            items=formats.number(result.items), what=what, path=result.path
        )
    )
    if result.format == "json" and not args.encrypt:
        print(PLAIN_EXPORT_WARNING)
    elif args.encrypt and result.format == "json":
        print(_("It is protected with a password; `import` asks for it."))
    return 0
