"""The capture screens for ``ui.shell.screenshots``: the import dialog's preview and the
Today screen's notice of a watched-folder pickup, on the demo business.

Calendar and mail files are written for a few of the demo's contacts (a weekly meeting
with one cancelled occurrence, a cancelled meeting, a Thunderbird-like mbox with a list
mail), so the preview shows what a user would see on their own data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

ME = "me@example.com"


def _people(window: MainWindow, wait: Callable[[Callable[[], bool]], None]) -> list[Any]:
    from circlesoftrust.storage import Database

    def read(db: Database) -> list[Any]:
        from circlesoftrust.services.accounts import list_accounts, list_contacts

        rows: list[Any] = []
        for account in sorted(list_accounts(db), key=lambda a: a.id):
            for contact in sorted(list_contacts(db, account.id), key=lambda c: c.id):
                if contact.email and len(rows) < 12:
                    rows.append((contact.name, contact.email, account.name))
            if len(rows) >= 12:
                break
        return rows

    found: list[list[Any]] = []
    window.ops.run_query(read, found.append)
    wait(lambda: bool(found))
    return found[0]


def write_files(folder: Path, people: list[Any], today: dt.date) -> None:
    """An .ics export and an mbox folder with these (name, email, account) people."""
    folder.mkdir(parents=True, exist_ok=True)
    events = []
    for number, (name, email, account) in enumerate(people[:6]):
        start = today - dt.timedelta(days=7 * (number + 1))
        stamp = start.strftime("%Y%m%d")
        rule = "RRULE:FREQ=WEEKLY;COUNT=4\r\n" if number == 0 else ""
        status = "STATUS:CANCELLED\r\n" if number == 5 else ""
        events.append(
            f"BEGIN:VEVENT\r\nUID:demo-{number}@example.com\r\nDTSTAMP:{stamp}T080000Z\r\n"
            f"DTSTART:{stamp}T090000Z\r\nDTEND:{stamp}T100000Z\r\n{rule}{status}"
            f"SUMMARY:Review with {account}\r\nORGANIZER:mailto:{ME}\r\n"
            f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{email}\r\nEND:VEVENT\r\n"
        )
    (folder / "calendar.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//demo//EN\r\n" + "".join(events)
        + "END:VCALENDAR\r\n", encoding="utf-8",
    )  # fmt: skip
    mails = []
    for number, (name, email, _account) in enumerate(people):
        day = today - dt.timedelta(days=3 + number)
        when = day.strftime("%a, %d %b %Y") + " 09:30:00 +0100"
        mails.append(
            f"From - {day:%a %b %d} 09:30:00 {day:%Y}\nFrom: {name} <{email}>\nTo: {ME}\n"
            f"Subject: Next steps\nDate: {when}\nMessage-ID: <demo-{number}@example.com>\n\n"
            "Body text is never read.\n\n"
        )
        domain = email.rpartition("@")[2]
        if number < 3:  # someone new at the same company, seen in copy
            mails[-1] = mails[-1].replace(f"To: {ME}", f"To: {ME}\nCc: Sam New <sam@{domain}>")
    mails.append(
        f"From - x\nFrom: News <news@example.org>\nTo: {ME}\nList-Id: <news.example.org>\n"
        f"Date: {today:%a, %d %b %Y} 07:00:00 +0000\nMessage-ID: <news@example.org>\n\nNews\n\n"
    )
    mail = folder / "Mail" / "Local Folders"
    mail.mkdir(parents=True, exist_ok=True)
    (mail / "Inbox").write_text("".join(mails), encoding="utf-8")


def save_capture_screens(
    app: Any,
    window: MainWindow,
    work: Path,
    save: Callable[[str, object | None], None],
    wait: Callable[[Callable[[], bool]], None],
) -> None:
    """``capture-preview`` (the import dialog) and ``today-capture-notice``."""
    from circlesoftrust.io.capture_settings import update_capture_settings
    from ui.capture.capture_actions import import_mail_and_calendar

    back = window.pages.currentIndex()
    people = _people(window, wait)
    today = dt.date.today()
    exports = work / "exports"
    write_files(exports, people[:8], today)
    saved: list[bool] = []
    window.ops.run_op(
        "Set my address", lambda db: update_capture_settings(db, {"own_addresses": [ME]}),
        lambda _s: saved.append(True),
    )  # fmt: skip
    wait(lambda: bool(saved))

    dialog = import_mail_and_calendar(window, window.ops, str(exports))
    assert dialog is not None
    wait(lambda: dialog.settings is not None)
    dialog.since.setDate(QDate(today.year - 1, today.month, 1))
    save("capture-choose", dialog)
    ready: list[bool] = []
    dialog.ready.connect(lambda: ready.append(True))
    dialog.preview_button.click()
    wait(lambda: bool(ready))
    save("capture-preview", dialog)
    dialog.reject()

    drop = work / "drop"
    drop.mkdir()
    write_files(drop, people[8:], today)
    noticed: list[str] = []
    window.capture.noticed.connect(noticed.append)
    window.ops.run_op(
        "Watch", lambda db: update_capture_settings(db, {"watched_folder": str(drop)})
    )
    wait(lambda: bool(noticed))
    window.show_page(1)
    lazy = window.lazy["today"]
    wait(lambda: lazy.page is not None)
    page = lazy.page
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))  # type: ignore[union-attr]
    page.refresh()  # type: ignore[union-attr]
    wait(lambda: bool(loaded))
    app.processEvents()
    save("today-capture-notice", None)
    window.show_page(back)  # where the caller was
