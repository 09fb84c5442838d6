"""Follow-ups and tasks as a calendar file that calendar programs can follow.

Each task and each account's follow-up keeps ONE UID for its whole life. When one
changes (a touch moves the next follow-up, a task is renamed or re-dated) the entry is
written again with a higher ``SEQUENCE``; when it is done or withdrawn it stays in the
file for a while as ``STATUS:CANCELLED`` (a VTODO that was done: ``COMPLETED``) with a
higher ``SEQUENCE``, so a calendar that imported or subscribed to the file removes it.

The previous version of the file is the memory: its UIDs, SEQUENCE numbers and a digest
of what each entry said (``X-CIRCLESOFTRUST-DIGEST``) decide what changed, so the
database is only read, and every file (the one a calendar subscribes to, an ad-hoc
export) keeps its own history. The file is rewritten atomically, and only when an entry
changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine.last_contact import last_contacts
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.i18n import _
from circlesoftrust.io.files import refuse_database_target, write_atomically
from circlesoftrust.models import (
    Account,
    Ring,
    SuggestionState,
    Task,
)
from circlesoftrust.models.who import known_user_id
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import SuggestionDecision

__all__ = [
    "CANCELLED_KEPT_DAYS",
    "CalendarEntry",
    "FeedResult",
    "calendar_entries",
    "follow_up_uid",
    "refresh_calendar_file",
    "render_calendar",
    "task_uid",
    "write_calendar",
]

PRODID = "-//Circles of Trust//circlesoftrust//EN"
# The namespace of every UID this program writes (the same as the address book export's).
UID_NAMESPACE = uuid.UUID("4c9d6f0e-8f0a-4d7e-9a53-2f1c0f7e4b11")
# A done or withdrawn entry stays this long in the file as cancelled, so a calendar that
# follows the file sees the cancellation even if it looks only now and then.
CANCELLED_KEPT_DAYS = 60
_DIGEST = "X-CIRCLESOFTRUST-DIGEST"
_KIND = "X-CIRCLESOFTRUST-KIND"
_KIND_LABEL = {"task": "Task", "follow_up": "Follow-up"}
# How long an entry kept as done/withdrawn remembers being done (for VTODO COMPLETED).
_DONE_LOOKBACK_DAYS = CANCELLED_KEPT_DAYS


@dataclass(frozen=True)
class CalendarEntry:
    """One dated to-do for a calendar: an open task or a follow-up that falls due."""

    uid: str
    on: dt.date
    summary: str
    description: str
    account_id: int
    account_name: str
    ring_name: str
    kind: str  # task | follow_up


@dataclass(frozen=True)
class FeedResult:
    """What one write of a calendar file did."""

    path: str
    entries: int  # open entries in the file
    added: int
    changed: int
    cancelled: int  # newly written as cancelled or completed
    written: bool  # False: nothing changed, the file was left as it was
    accounts: int


def task_uid(task_id: int, created_at: dt.datetime) -> str:
    return f"{uuid.uuid5(UID_NAMESPACE, f'task/{task_id}/{created_at.isoformat()}')}@circlesoftrust"


def follow_up_uid(account_id: int, created_at: dt.datetime) -> str:
    """One UID per account's follow-ups: after a touch the same entry moves on."""
    key = f"follow-up/{account_id}/{created_at.isoformat()}"
    return f"{uuid.uuid5(UID_NAMESPACE, key)}@circlesoftrust"


# ------------------------------------------------------------------------------- reading


def _open_tasks(session: Session, account_id: int | None) -> list[CalendarEntry]:
    query = (
        select(Task, Account.name, Ring.name)
        .join(Account, Account.id == Task.account_id)
        .join(Ring, Ring.id == Account.ring_id)
        .where(Task.done_on.is_(None))
        .order_by(Task.due_on, Task.id)
    )
    if account_id is None:
        query = query.where(Account.archived_at.is_(None))
    else:
        query = query.where(Account.id == account_id)
    return [
        CalendarEntry(
            uid=task_uid(task.id, task.created_at),
            on=task.due_on,
            summary=f"{task.title} — {account_name}",
            description=task.note,
            account_id=task.account_id,
            account_name=account_name,
            ring_name=ring_name,
            kind="task",
        )
        for task, account_name, ring_name in session.execute(query)
    ]


def _follow_ups(
    session: Session, account_id: int | None, on: dt.date, horizon_days: int
) -> list[CalendarEntry]:
    """Accounts whose ring cadence says "get in touch" by ``on + horizon_days``.

    The rule the suggestion inbox uses: the last contact (the engine's
    :func:`~circlesoftrust.engine.last_contact.last_contacts`) plus the ring's cadence; an
    account never contacted counts from the day it was created.
    Overdue ones are put on ``on`` so they show up today, not in the past.
    """
    query = (
        select(
            Account.id,
            Account.name,
            Account.created_at,
            Ring.name,
            Ring.cadence_days,
            Ring.position,
        )
        .join(Ring, Ring.id == Account.ring_id)
        .where(Ring.cadence_days > 0, Account.archived_at.is_(None))
        .order_by(Account.id)
    )
    if account_id is not None:
        query = query.where(Account.id == account_id)
    rows = session.execute(query).all()
    contacts = last_contacts(session, on, load_settings(session), account_id)
    horizon = on + dt.timedelta(days=horizon_days)
    decided = _decisions(session)
    entries = []
    for acc_id, name, created_at, ring_name, cadence, position in rows:
        assert cadence is not None
        last = contacts.get(acc_id)
        start = last if last is not None else _day_of(created_at)
        due = start + dt.timedelta(days=cadence)
        # What the user decided about the account's follow-up suggestion (Today, CLI):
        # dismissed while its facts (ring, last contact) are unchanged leaves the
        # calendar; snoozed moves to the day it comes back.
        facts = f"follow_up|{position}|{last.toordinal() if last is not None else None}"
        decision = decided.get(acc_id)
        if decision is not None:
            snoozed, mark = decision
            if mark == facts:
                continue
            if snoozed is not None and snoozed > on:
                due = max(due, snoozed)
        if due > horizon:
            continue
        if due < on:
            when = _("overdue since {day}").format(day=formats.date(due))
            due = on
        else:
            when = _("due today") if due == on else _("due on {day}").format(day=formats.date(due))
        touch = (
            _("last touch {day}").format(day=formats.date(last)) if last else _("no touchpoint yet")
        )
        entries.append(
            CalendarEntry(
                uid=follow_up_uid(acc_id, created_at),
                on=due,
                summary=_("Follow up with {name}").format(name=name),
                description=_("{ring_name}: every {cadence} days; {touch}; {when}.").format(
                    ring_name=ring_name, cadence=cadence, touch=touch, when=when
                ),
                account_id=acc_id,
                account_name=name,
                ring_name=ring_name,
                kind="follow_up",
            )
        )
    return entries


def _day_of(when: dt.datetime | dt.date) -> dt.date:
    return when.date() if isinstance(when, dt.datetime) else when


def _decisions(session: Session) -> dict[int, tuple[dt.date | None, str]]:
    """Account -> (snoozed until, fingerprint of a dismissal or acceptance) of its
    follow-up suggestion, as this session's user sees them (theirs and everyone's)."""
    me = known_user_id(session)
    scopes = (0,) if me is None else (0, me)
    found: dict[int, tuple[dt.date | None, str]] = {}
    rows = session.execute(
        select(
            SuggestionState.key,
            SuggestionState.decision,
            SuggestionState.until_on,
            SuggestionState.fingerprint,
        ).where(
            SuggestionState.key.like("follow\\_up:acc:%", escape="\\"),
            SuggestionState.scope.in_(scopes),
        )
    )
    for key, decision, until, mark in rows:
        try:
            account_id = int(key.rsplit(":", 1)[1])
        except ValueError:
            continue
        snoozed, dismissed = found.get(account_id, (None, ""))
        if decision is SuggestionDecision.SNOOZED:
            snoozed = until if snoozed is None or (until and until > snoozed) else snoozed
        else:
            dismissed = mark
        found[account_id] = (snoozed, dismissed)
    return found


def calendar_entries(
    session: Session, *, account_id: int | None, on: dt.date, horizon_days: int
) -> list[CalendarEntry]:
    """Open tasks plus follow-ups falling due within ``horizon_days``, by date."""
    entries = _open_tasks(session, account_id) + _follow_ups(session, account_id, on, horizon_days)
    entries.sort(key=lambda e: (e.on, e.account_name.casefold(), e.kind))
    return entries


def _recently_done(session: Session, on: dt.date) -> set[str]:
    since = on - dt.timedelta(days=_DONE_LOOKBACK_DAYS)
    return {
        task_uid(task_id, created_at)
        for task_id, created_at in session.execute(
            select(Task.id, Task.created_at).where(Task.done_on >= since)
        )
    }


# ------------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class _Old:
    component: Any  # icalendar.Event | icalendar.Todo
    sequence: int
    digest: str
    status: str
    modified: dt.datetime


def _read_previous(path: Path) -> dict[str, _Old]:
    """The entries of the file we wrote last time (none if it is missing or unreadable)."""
    try:
        data = path.read_bytes()
        calendar = icalendar.Calendar.from_ical(data)
    except (OSError, ValueError):
        return {}
    old: dict[str, _Old] = {}
    for component in calendar.walk():
        if component.name not in ("VEVENT", "VTODO") or not component.get(_DIGEST):
            continue
        modified = component.get("LAST-MODIFIED")
        when = modified.dt if modified is not None else dt.datetime.now(dt.UTC)
        if not isinstance(when, dt.datetime):
            when = dt.datetime.combine(when, dt.time(), dt.UTC)
        try:
            sequence = int(component.get("SEQUENCE", 0))
        except (TypeError, ValueError):
            sequence = 0
        old[str(component["UID"])] = _Old(
            component, sequence, str(component[_DIGEST]), str(component.get("STATUS", "")), when
        )
    return old


def _digest(entry: CalendarEntry, as_todos: bool, alarm: int | None) -> str:
    basis = [entry.kind, entry.on.isoformat(), entry.summary, entry.description,
             entry.ring_name, as_todos, alarm]  # fmt: skip
    return hashlib.sha256(json.dumps(basis).encode()).hexdigest()[:32]


def _component(
    entry: CalendarEntry,
    *,
    as_todos: bool,
    alarm_minutes: int | None,
    sequence: int,
    digest: str,
    stamp: dt.datetime,
) -> Any:
    component: Any
    if as_todos:
        component = icalendar.Todo()
        component.add("due", entry.on)
        component.add("status", "NEEDS-ACTION")
    else:
        component = icalendar.Event()
        component.add("dtstart", entry.on)
        component.add("dtend", entry.on + dt.timedelta(days=1))  # all-day: end exclusive
        component.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
        component.add("status", "CONFIRMED")
    component.add("uid", entry.uid)
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    component.add("sequence", sequence)
    component.add("summary", entry.summary)
    if entry.description:
        component.add("description", entry.description)
    component.add("categories", [entry.ring_name, _KIND_LABEL[entry.kind]])
    component.add(_KIND, entry.kind)
    component.add(_DIGEST, digest)
    if alarm_minutes is not None:
        valarm = icalendar.Alarm()
        valarm.add("action", "DISPLAY")
        valarm.add("description", entry.summary)
        # Relative to the start of the due day: 540 = 9:00 that day, -60 = 23:00 before.
        valarm.add("trigger", dt.timedelta(minutes=alarm_minutes))
        component.add_component(valarm)
    return component


def _withdrawn(old: _Old, *, done: bool, stamp: dt.datetime) -> Any:
    """The last version of an entry, again, as cancelled (a done to-do: completed)."""
    component = old.component
    todo = component.name == "VTODO"
    status = "COMPLETED" if todo and done else "CANCELLED"
    for name in ("STATUS", "SEQUENCE", "DTSTAMP", "LAST-MODIFIED", "COMPLETED", "PERCENT-COMPLETE"):
        component.pop(name, None)
    component.subcomponents = [c for c in component.subcomponents if c.name != "VALARM"]
    component.add("status", status)
    if status == "COMPLETED":
        component.add("completed", stamp)
        component.add("percent-complete", 100)
    component.add("sequence", old.sequence + 1)
    component.add("dtstamp", stamp)
    component.add("last-modified", stamp)
    return component


def render_calendar(components: Sequence[Any], name: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")  # Outlook wants it to import rather than "invite"
    cal.add("x-wr-calname", name)
    for component in components:
        cal.add_component(component)
    data: bytes = cal.to_ical()
    return data


def write_calendar(
    db: Database,
    path: str | os.PathLike[str],
    *,
    account_id: int | None = None,
    on: dt.date | None = None,
    horizon_days: int = 30,
    as_todos: bool = False,
    alarm_minutes: int | None = None,
    now: dt.datetime | None = None,
) -> FeedResult:
    """Write (or bring up to date) the calendar file at ``path``; see the module text."""
    target = Path(path)
    refuse_database_target(target)  # before anything is read from it or written to it
    day = on or dt.date.today()
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    with db.transaction() as session:
        entries = calendar_entries(
            session, account_id=account_id, on=day, horizon_days=horizon_days
        )
        done = _recently_done(session, day)
    previous = _read_previous(target)
    components: list[Any] = []
    added = changed = cancelled = 0
    current = set()
    for entry in entries:
        current.add(entry.uid)
        digest = _digest(entry, as_todos, alarm_minutes)
        old = previous.get(entry.uid)
        if old is not None and old.digest == digest and old.status not in _WITHDRAWN:
            components.append(old.component)  # unchanged: byte for byte as before
            continue
        if old is None:
            added += 1
            sequence = 0
        else:
            changed += 1
            sequence = old.sequence + 1
        components.append(
            _component(
                entry, as_todos=as_todos, alarm_minutes=alarm_minutes, sequence=sequence,
                digest=digest, stamp=stamp,
            )
        )  # fmt: skip
    keep_after = stamp - dt.timedelta(days=CANCELLED_KEPT_DAYS)
    for uid, old in previous.items():
        if uid in current:
            continue
        if old.status in _WITHDRAWN:
            if old.modified >= keep_after:
                components.append(old.component)  # told already; kept a while
            continue
        cancelled += 1
        components.append(_withdrawn(old, done=uid in done, stamp=stamp))
    name = "Circles of Trust follow-ups"
    written = bool(added or changed or cancelled) or not target.exists()
    if not written and len(components) != len(previous):
        written = True  # an old cancellation dropped out of the file
    if written:
        write_atomically(target, render_calendar(components, name))
    return FeedResult(
        path=str(target),
        entries=len(entries),
        added=added,
        changed=changed,
        cancelled=cancelled,
        written=written,
        accounts=len({e.account_id for e in entries}),
    )


_WITHDRAWN = {"CANCELLED", "COMPLETED"}


def refresh_calendar_file(db: Database) -> FeedResult | None:
    """Bring the calendar file of the settings up to date (None when none is set)."""
    from circlesoftrust.io.capture_settings import get_capture_settings

    settings = get_capture_settings(db)
    if not settings.calendar_file:
        return None
    return write_calendar(
        db,
        Path(settings.calendar_file).expanduser(),
        horizon_days=settings.calendar_days,
        as_todos=settings.calendar_todos,
        alarm_minutes=settings.alarm_minutes,
    )
