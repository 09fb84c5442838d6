"""A calendar file that calendars can follow: consecutive writes read back with icalendar.

A small calendar client (:class:`Client`) applies each version of the file the way
RFC 5546 asks: an entry with a UID it knows replaces the old one only with a higher
SEQUENCE; a cancelled entry removes it. What it shows after each step is what a user
would see in Thunderbird, Apple Calendar or Outlook.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import update

from circlesoftrust.cli import main as cli_main
from circlesoftrust.demo import generate_demo
from circlesoftrust.engine import suggestions
from circlesoftrust.io import export
from circlesoftrust.io.calendar_feed import CANCELLED_KEPT_DAYS, calendar_entries, write_calendar
from circlesoftrust.models import Task
from circlesoftrust.services import accounts, activity, tasks
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import TaskSource

DAY = dt.date(2026, 6, 15)
NOW = dt.datetime(2026, 6, 15, 8, 0, tzinfo=dt.UTC)


class Client:
    """What a calendar shows after importing or re-reading each version of the file."""

    def __init__(self) -> None:
        self.known: dict[str, tuple[int, str, dt.date, str]] = {}  # uid -> seq, status, day, title

    def read(self, path: Path) -> None:
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        for item in cal.walk():
            if item.name not in ("VEVENT", "VTODO"):
                continue
            uid, seq = str(item["UID"]), int(item.get("SEQUENCE", 0))
            day = (item.get("DTSTART") or item.get("DUE")).dt
            entry = (seq, str(item.get("STATUS", "")), day, str(item["SUMMARY"]))
            if uid not in self.known or seq > self.known[uid][0]:
                self.known[uid] = entry

    def shown(self) -> list[tuple[dt.date, str]]:
        return sorted(
            (day, title)
            for _seq, status, day, title in self.known.values()
            if status not in ("CANCELLED", "COMPLETED")
        )


@pytest.fixture
def business(db: Database) -> Database:
    accounts.create_account(db, "Alder Labs", ring="Inner circle")  # every 14 days
    accounts.create_account(db, "Birch Ltd", ring="Inner circle")
    activity.log_touchpoint(db, "Alder Labs", kind="call", on=DAY - dt.timedelta(days=20))
    activity.log_touchpoint(db, "Birch Ltd", kind="call", on=DAY - dt.timedelta(days=3))
    with db.transaction() as session:
        session.add(
            Task(account_id=1, title="Send proposal", due_on=DAY + dt.timedelta(days=2),
                 source=TaskSource.MANUAL)
        )  # fmt: skip
    return db


def write(db: Database, path: Path, day: dt.date = DAY, **kw: object) -> object:
    now = dt.datetime.combine(day, dt.time(8), dt.UTC)
    return write_calendar(db, path, on=day, horizon_days=30, now=now, **kw)  # type: ignore[arg-type]


def entries(path: Path) -> dict[str, icalendar.Component]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(c["SUMMARY"]): c for c in cal.walk() if c.name in ("VEVENT", "VTODO")}


@pytest.mark.pg
def test_a_follow_up_keeps_its_uid_and_moves_after_a_touch(
    business: Database, tmp_path: Path
) -> None:
    path, client = tmp_path / "follow.ics", Client()
    write(business, path)
    client.read(path)
    first = entries(path)
    assert client.shown() == [
        (DAY, "Follow up with Alder Labs"),  # overdue: shown today
        (DAY + dt.timedelta(days=2), "Send proposal — Alder Labs"),
        (DAY + dt.timedelta(days=11), "Follow up with Birch Ltd"),
    ]

    activity.log_touchpoint(business, "Alder Labs", kind="meeting", on=DAY)
    write(business, path)
    client.read(path)

    second = entries(path)
    alder = "Follow up with Alder Labs"
    assert second[alder]["UID"] == first[alder]["UID"]
    assert int(second[alder]["SEQUENCE"]) == int(first[alder]["SEQUENCE"]) + 1
    assert (DAY + dt.timedelta(days=14), alder) in client.shown()
    assert (DAY, alder) not in client.shown()  # the old one left the calendar
    # Untouched entries are written as they were: the same SEQUENCE and stamp.
    birch = "Follow up with Birch Ltd"
    assert second[birch].to_ical() == first[birch].to_ical()


@pytest.mark.pg
def test_done_and_withdrawn_tasks_are_cancelled_then_dropped(
    business: Database, tmp_path: Path
) -> None:
    path, client = tmp_path / "tasks.ics", Client()
    write(business, path)
    client.read(path)
    with business.transaction() as session:
        session.execute(update(Task).values(done_on=DAY))
    write(business, path)
    client.read(path)

    task = entries(path)["Send proposal — Alder Labs"]
    assert str(task["STATUS"]) == "CANCELLED" and int(task["SEQUENCE"]) == 1
    assert "Send proposal — Alder Labs" not in [t for _d, t in client.shown()]

    accounts.archive_account(business, "Birch Ltd")  # its follow-up is withdrawn
    write(business, path)
    client.read(path)
    assert [t for _d, t in client.shown()] == ["Follow up with Alder Labs"]

    later = DAY + dt.timedelta(days=CANCELLED_KEPT_DAYS + 1)
    write(business, path, later)
    assert set(entries(path)) == {"Follow up with Alder Labs"}


def test_to_dos_are_completed_and_reminders_follow_the_setting(
    business: Database, tmp_path: Path
) -> None:
    path = tmp_path / "todo.ics"
    write(business, path, as_todos=True, alarm_minutes=540)
    todo = entries(path)["Send proposal — Alder Labs"]
    (alarm,) = todo.walk("VALARM")
    assert alarm["TRIGGER"].dt == dt.timedelta(hours=9) and str(alarm["ACTION"]) == "DISPLAY"

    with business.transaction() as session:
        session.execute(update(Task).values(done_on=DAY))
    write(business, path, as_todos=True, alarm_minutes=540)
    todo = entries(path)["Send proposal — Alder Labs"]
    assert str(todo["STATUS"]) == "COMPLETED" and "COMPLETED" in todo
    assert not todo.walk("VALARM")

    write(business, path, as_todos=True, alarm_minutes=None)
    assert not any(c.walk("VALARM") for c in entries(path).values())


def test_nothing_changed_leaves_the_file_alone(business: Database, tmp_path: Path) -> None:
    path = tmp_path / "same.ics"
    write(business, path)
    before = path.read_bytes()
    result = write(business, path)
    assert result.written is False  # type: ignore[attr-defined]
    assert path.read_bytes() == before


def test_export_ics_twice_updates_instead_of_doubling(business: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.ics"
    export.export_ics(business, path, on=DAY)
    uids = set(entries(path)[k]["UID"] for k in entries(path))
    activity.log_touchpoint(business, "Alder Labs", kind="meeting", on=DAY)
    export.export_ics(business, path, on=DAY)
    assert {entries(path)[k]["UID"] for k in entries(path)} == uids


def test_the_cli_keeps_the_calendar_file_up_to_date(
    business: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, path = str(business.path), tmp_path / "subscribed.ics"
    business.close()
    assert cli_main(["--db", url, "capture", "settings", "--calendar-file", str(path)]) == 0
    first = path.read_bytes()
    assert b"Follow up with Alder Labs" in first
    assert cli_main(["--db", url, "rings"]) == 0
    assert path.read_bytes() == first

    due = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    assert (
        cli_main(["--db", url, "task", "add", "Birch Ltd", "Call about renewal", "--due", due]) == 0
    )
    assert b"Call about renewal" in path.read_bytes()
    capsys.readouterr()


@pytest.mark.pg
def test_a_dismissed_follow_up_leaves_the_calendar_and_a_snoozed_one_moves(
    business: Database, tmp_path: Path
) -> None:
    accounts.create_account(business, "Cedar Co", ring="Inner circle")
    activity.log_touchpoint(business, "Cedar Co", kind="call", on=DAY - dt.timedelta(days=16))
    path, client = tmp_path / "decided.ics", Client()
    write(business, path)
    client.read(path)
    alder, cedar = "Follow up with Alder Labs", "Follow up with Cedar Co"
    first = entries(path)

    suggestions.dismiss(business, "follow_up:acc:1", on=DAY)  # the user: not this one
    suggestions.snooze(business, "follow_up:acc:3", DAY + dt.timedelta(days=20), on=DAY)
    write(business, path)
    client.read(path)

    second = entries(path)
    assert str(second[alder]["STATUS"]) == "CANCELLED"
    assert int(second[alder]["SEQUENCE"]) == int(first[alder]["SEQUENCE"]) + 1
    assert second[cedar]["UID"] == first[cedar]["UID"]
    assert client.shown() == [
        (DAY + dt.timedelta(days=2), "Send proposal — Alder Labs"),
        (DAY + dt.timedelta(days=11), "Follow up with Birch Ltd"),
        (DAY + dt.timedelta(days=20), cedar),  # snoozed: shown on the day it comes back
    ]

    # A touch changes the facts the dismissal was about: the follow-up is back, later on.
    activity.log_touchpoint(business, "Alder Labs", kind="call", on=DAY)
    write(business, path, DAY + dt.timedelta(days=14))
    client.read(path)
    assert (DAY + dt.timedelta(days=14), alder) in client.shown()
    assert entries(path)[alder]["UID"] == first[alder]["UID"]


def test_the_calendar_follows_up_on_the_day_the_inbox_does(db: Database) -> None:
    """The example business (touches one-way and two-way, referrals, feedback, purchases,
    complaints, accounts never contacted): every follow-up in the calendar falls due on
    the day the suggestion inbox raises it (a follow-up, or at-risk in a customers' ring),
    and every account the inbox raises one for on the day is in the calendar."""
    generate_demo(db, accounts=60, seed=7, today=DAY)
    raised = {"follow_up", "at_risk"}

    with db.transaction() as session:
        found = calendar_entries(session, account_id=None, on=DAY, horizon_days=30)
    follow_ups = {e.account_id: e.on for e in found if e.kind == "follow_up"}
    today = {s.account_id for s in suggestions.suggest(db, DAY) if s.kind in raised}

    assert today and today == {a for a, on in follow_ups.items() if on == DAY}
    later = [(a, on) for a, on in follow_ups.items() if on > DAY]
    assert later
    for account_id, on in later:
        day_before = on - dt.timedelta(days=1)
        kinds = {s.kind for s in suggestions.suggest(db, on, account=account_id)}
        before = {s.kind for s in suggestions.suggest(db, day_before, account=account_id)}
        assert kinds & raised and not before & raised, (account_id, on)


def test_a_deleted_task_is_withdrawn_from_the_calendar(business: Database, tmp_path: Path) -> None:
    path, client = tmp_path / "deleted.ics", Client()
    write(business, path)
    client.read(path)
    before = entries(path)["Send proposal — Alder Labs"]

    tasks.delete_task(business, 1)
    write(business, path)
    client.read(path)

    after = entries(path)["Send proposal — Alder Labs"]
    assert after["UID"] == before["UID"] and str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert "Send proposal — Alder Labs" not in [t for _d, t in client.shown()]
