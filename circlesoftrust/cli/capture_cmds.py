"""`capture settings` and `capture scan`: the user's own addresses, what calendar and mail
capture keeps, the calendar file kept up to date, and the watched folder.

    circlesoftrust capture scan [--json]
    circlesoftrust capture remind [--on D] [--json]
    circlesoftrust capture settings [--me ADDRESS ...] [--forget-me ADDRESS ...]
        [--keep-titles yes|no] [--keep-subjects yes|no] [--calendar-file PATH|""]
        [--calendar-days N] [--alarm-minutes N|off] [--calendar-todos yes|no]
        [--watched-folder PATH|""] [--json]

The import itself is `import FILE_OR_FOLDER` (io_cmds). After every command that may
have changed the data, the calendar file of the settings is brought up to date
(:func:`keep_calendar_file`).
"""

from __future__ import annotations

import argparse

from circlesoftrust.cli.common import Context, command, print_result
from circlesoftrust.i18n import _

_OPTIONS = (
    ("keep_titles", "--keep-titles", "yes|no", "keep meeting titles in the notes"),
    ("keep_subjects", "--keep-subjects", "yes|no", "keep mail subjects in the notes"),
    ("calendar_file", "--calendar-file", "PATH", "keep this calendar file up to date ('' = none)"),
    ("calendar_days", "--calendar-days", "N", "follow-ups due within N days go into the file"),
    ("alarm_minutes", "--alarm-minutes", "N|off", "reminder N minutes into the due day"),
    ("calendar_todos", "--calendar-todos", "yes|no", "to-dos (VTODO) instead of all-day events"),
    ("watched_folder", "--watched-folder", "PATH", "folder whose new files are picked up"),
    ("desktop_reminders", "--desktop-reminders", "yes|no", "due tasks, at-risk accounts"),
)


# Commands that only read: the calendar file cannot have changed.
_READ_ONLY = frozenset({"check", "backup", "brief", "export", "rings", "score", "kpis", "explain"})


def keep_calendar_file(args: argparse.Namespace, ctx: Context) -> None:
    """Rewrite the calendar file of the settings if an entry changed (atomically)."""
    if args.command in _READ_ONLY or getattr(args, "dry_run", False):
        return
    from circlesoftrust.io.calendar_feed import refresh_calendar_file

    refresh_calendar_file(ctx.db)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "capture",
        help=_("settings of calendar and mail capture and of the calendar file"),
        description=_(
            "Your own e-mail addresses (sent or received, declined "
            "invitations) and "
            "what captured touchpoints keep. "
            "Import with `import FILE_OR_FOLDER`."
        ),
    )
    cap_sub = group.add_subparsers(dest="capture_command", metavar="COMMAND", required=True)
    p = command(
        cap_sub, "settings", cmd_settings, _("show or change the settings"), json_option=True
    )
    p.add_argument("--me", action="append", default=[], metavar="ADDRESS", help=_("add an address"))
    p.add_argument(
        "--forget-me", action="append", default=[], metavar="ADDRESS", help=_("remove an address")
    )
    for _name, flag, metavar, text in _OPTIONS:
        p.add_argument(flag, metavar=metavar, help=text)
    p = command(
        cap_sub,
        "remind",
        cmd_remind,
        _("due tasks and new at-risk accounts not told yet (what a desktop notice says)"),
        json_option=True,
    )
    p.add_argument("--on", metavar="YYYY-MM-DD", help=_("as of this day (default today)"))
    command(
        cap_sub,
        "scan",
        cmd_scan,
        _("log what is new in the watched folder (calendar and mail files dropped there)"),
        json_option=True,
    )


def cmd_remind(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust import validation as v
    from circlesoftrust.reminders import collect_reminders

    notice = collect_reminders(ctx.db, v.date(args.on, "on") if args.on else None)
    if notice is None:
        return print_result(args, None, _("Nothing new to remind you of."))

    def show() -> None:
        print(notice.title + ":")
        for line in notice.lines:
            print(f"  {line}")

    return print_result(args, notice, show)


def cmd_scan(args: argparse.Namespace, ctx: Context) -> int:
    from circlesoftrust.cli.common import CommandError
    from circlesoftrust.io.capture import capture_report_json, scan_watched_folder

    report = scan_watched_folder(ctx.db)
    if report is None:
        raise CommandError(_("no watched folder: set one with `capture settings --watched-folder`"))
    return print_result(args, capture_report_json(report), report.summary() + ".")


def cmd_settings(args: argparse.Namespace, ctx: Context) -> int:
    import dataclasses

    from circlesoftrust.io.capture_settings import get_capture_settings, update_capture_settings

    current = get_capture_settings(ctx.db)
    changes: dict[str, object] = {}
    if args.me or args.forget_me:
        forget = {a.strip().casefold() for a in args.forget_me}
        changes["own_addresses"] = [
            a for a in [*current.own_addresses, *args.me] if a.casefold() not in forget
        ]
    for name, _flag, _metavar, _text in _OPTIONS:
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    settings = update_capture_settings(ctx.db, changes) if changes else current
    values = dataclasses.asdict(settings)
    if settings.calendar_file and changes:
        # Written right away (main() keeps it up to date after later commands).
        from circlesoftrust.io.calendar_feed import refresh_calendar_file

        refresh_calendar_file(ctx.db)

    def show() -> None:
        for key, value in values.items():
            if isinstance(value, tuple | list):
                value = ", ".join(value) or "(none)"
            elif value in ("", None):
                value = "(none)"
            print(f"{key}: {value}")

    return print_result(args, values, show)
