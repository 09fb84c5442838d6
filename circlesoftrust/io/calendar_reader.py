"""Reading meetings from iCalendar (.ics) files that calendar programs export.

Parsing is `icalendar`'s; recurring events are expanded over the chosen period by
`recurring-ical-events` (RRULE, RDATE, EXDATE, moved and cancelled occurrences, and
Google's X-WR-TIMEZONE). What this module adds: each occurrence as a plain
:class:`Meeting` (who, when, how long, whether it was cancelled), keyed by the event's
UID plus its recurrence id so a re-import finds it again, and one clear
:class:`CaptureIssue` for a file or event that cannot be read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from circlesoftrust.i18n import N_, _

MAX_CALENDAR_BYTES = 256 * 1024 * 1024

__all__ = [
    "MAX_CALENDAR_BYTES",
    "Attendee",
    "CaptureIssue",
    "Meeting",
    "address_of",
    "printable_reason",
    "read_calendar",
    "short_key",
]


@dataclass(frozen=True, slots=True)
class CaptureIssue:
    """Something that could not be read: ``where`` (file, and message or event) and why."""

    where: str
    message: str


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str  # casefolded
    name: str
    declined: bool


@dataclass(frozen=True, slots=True)
class Meeting:
    """One occurrence of a calendar event."""

    source_key: str  # "ics:<UID>/<RECURRENCE-ID>" (empty recurrence id: a single event)
    on: dt.date  # the day it started, in the local time zone
    minutes: int | None  # duration (None: not given)
    title: str
    organizer: Attendee | None
    attendees: tuple[Attendee, ...]
    cancelled: bool
    where: str


def short_key(prefix: str, value: str) -> str:
    """``prefix:value``, or the value's digest when it would not fit the 300-character column."""
    key = f"{prefix}:{value}"
    if len(key) <= 300:
        return key
    return f"{prefix}:sha256:{hashlib.sha256(value.encode('utf-8', 'surrogatepass')).hexdigest()}"


def address_of(value: Any) -> str | None:
    """The e-mail address of an ORGANIZER or ATTENDEE (``mailto:``, or Apple's EMAIL param)."""
    params = getattr(value, "params", {}) or {}
    text = str(value).strip()
    if text[:7].casefold() == "mailto:":
        text = text[7:].strip()
    elif params.get("EMAIL"):
        text = str(params["EMAIL"]).strip()
    if text[:7].casefold() == "mailto:":
        text = text[7:]
    if "@" not in text or " " in text:
        return None
    return text.casefold()


# Properties never used here that can be huge (inline attachments, HTML descriptions):
# left out while the file is read, so a big export costs little memory.
_UNUSED = (b"DESCRIPTION", b"X-ALT-DESC", b"ATTACH", b"COMMENT", b"X-MS-OLK-")
# A content line longer than this is no property a calendar program writes for a
# meeting: it is left out (and said), the rest of the file is read.
LONG_LINE_BYTES = 1024 * 1024
_CHUNK = 64 * 1024


def printable_reason(exc: BaseException) -> str:
    """An exception's first line, printable (a parse error may quote binary junk)."""
    text = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return "".join(c if c.isprintable() else "?" for c in text)


def _text_lines(path: Path) -> Iterator[bytes] | str:
    """The file's physical lines as UTF-8-or-as-written bytes (UTF-16 is re-encoded), each
    at most ``_CHUNK`` long (a longer line comes in pieces, the last ending in a newline);
    or why it is not a text calendar."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding: str | None = "utf-16"
    elif head[:2] != b"\0\0" and head[1:2] == b"\0" and head[:1].isalpha():
        encoding = "utf-16-le"  # no byte-order mark
    elif head[:1] == b"\0" and head[1:2].isalpha():
        encoding = "utf-16-be"
    else:
        encoding = None
    if encoding is None and b"\0" in head:
        return _("not a calendar file (binary content); not read")
    probe = head.decode(encoding, "replace") if encoding else head.decode("latin-1")
    if "BEGIN:VCALENDAR" not in probe.upper():
        if encoding is None and sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20:
            return _("not a calendar file (binary content); not read")
        return _("not an iCalendar file (no BEGIN:VCALENDAR); not read")

    def lines() -> Iterator[bytes]:
        if encoding is None:
            with path.open("rb") as raw:
                while piece := raw.readline(_CHUNK):
                    yield piece
            return
        with path.open("r", encoding=encoding, errors="replace", newline="") as text:
            while chars := text.readline(_CHUNK):
                yield chars.encode("utf-8")

    return lines()


def _calendar_bytes(path: Path) -> tuple[bytes, list[tuple[int, str, int]]] | str:
    """The calendar's text without the properties never used and without over-long lines
    (line number, property, bytes of each left out), read line by line; or why the file
    is not read. Folded lines (RFC 5545 3.1) stay with their property."""
    found = _text_lines(path)
    if isinstance(found, str):
        return found
    kept: list[bytes] = []
    kept_size = 0
    left_out: list[tuple[int, str, int]] = []
    current: list[bytes] = []  # the physical lines of the current content line
    size, number, start, skip = 0, 0, 0, False

    def flush() -> None:
        nonlocal kept_size
        if current and not skip:
            kept.extend(current)
            kept_size += size
        elif skip and size > LONG_LINE_BYTES:
            name = (current[0] if current else b"").split(b":", 1)[0].split(b";", 1)[0]
            left_out.append((start, name[:40].decode("ascii", "replace") or "?", size))

    at_line_start = True
    for piece in found:
        if at_line_start:
            number += 1
            if piece[:1] not in (b" ", b"\t"):  # a new content line
                flush()
                current, size, start = [], 0, number
                skip = piece.lstrip().upper().startswith(_UNUSED)
        at_line_start = piece.endswith(b"\n")
        size += len(piece)
        if skip or size > LONG_LINE_BYTES:
            if not skip:
                skip = True
            current = current[:1] or [piece[:64]]  # its name, for the report
        else:
            current.append(piece)
        if kept_size > MAX_CALENDAR_BYTES:
            return _("the file is too large to be a calendar; not read")
    flush()
    return b"".join(kept), left_out


# RRULE frequencies no meeting has (the event is skipped, with this reason).
_TOO_OFTEN = {
    "SECONDLY": N_("the event repeats every second: a reminder, not a meeting; skipped"),
    "MINUTELY": N_("the event repeats every minute: a reminder, not a meeting; skipped"),
    "HOURLY": N_("the event repeats every hour: a reminder, not a meeting; skipped"),
}
# More occurrences of one series in the period are not read (daily for two years: 730).
MAX_OCCURRENCES = 1000
_FREQ = re.compile(rb"FREQ=([A-Z]+)")
_BY_TIME = re.compile(rb"BY(?:HOUR|MINUTE|SECOND)=([0-9,]+)")
MAX_PER_DAY = 4  # "daily at 9, 12, 15 and 18" is still a meeting series; more is not


def _too_often(event: Any) -> str | None:
    """The skip reason of a series that repeats more often than a few times a day (a
    reminder: expanded over two years it would be up to a million occurrences)."""
    for rule in _as_list(event.get("RRULE")):
        try:
            raw = rule.to_ical()
        except Exception:  # a broken RRULE: the expansion reports it
            continue
        text = (raw if isinstance(raw, bytes) else str(raw).encode()).upper()
        found = _FREQ.search(text)
        if found is not None and found.group(1).decode("ascii") in _TOO_OFTEN:
            return _(_TOO_OFTEN[found.group(1).decode("ascii")])
        per_day = 1
        for part in _BY_TIME.findall(text):
            per_day *= len(part.split(b","))
        if per_day > MAX_PER_DAY:
            return _(
                "the event repeats {count} times a day: a reminder, not a meeting; skipped"
            ).format(count=per_day)
    return None


def _naive_local(value: dt.date | dt.datetime) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _occurrences(
    calendar: Any, start: dt.datetime, end: dt.datetime, source: str
) -> Iterator[Any | CaptureIssue]:
    """The event occurrences within the period (recurring-ical-events' ``between``: one
    pass per series; its ``after`` recomputes a series per step); at most
    MAX_OCCURRENCES of one series. A series that cannot be expanded is said once and left
    out, the others are read."""
    import recurring_ical_events

    try:
        try:
            found = recurring_ical_events.of(calendar, keep_recurrence_attributes=True).between(
                start, end
            )
        except Exception as exc:  # a broken series (a bad RRULE...): said, then left out
            yield CaptureIssue(
                source,
                _("a recurring event cannot be expanded ({reason}); it was skipped").format(
                    reason=printable_reason(exc)
                ),
            )
            found = recurring_ical_events.of(
                calendar, keep_recurrence_attributes=True, skip_bad_series=True
            ).between(start, end)
    except Exception as exc:  # the library cannot expand the calendar at all
        yield CaptureIssue(
            source,
            _("the events cannot be expanded ({reason}); not read").format(
                reason=printable_reason(exc)
            ),
        )
        return
    counts: dict[str, int] = {}
    found.sort(key=lambda e: _naive_local(e["DTSTART"].dt) if e.get("DTSTART") else dt.datetime.min)
    for event in found:
        uid = str(event.get("UID", "")).strip()
        number = counts[uid] = counts.get(uid, 0) + 1
        if number == MAX_OCCURRENCES + 1:
            title = str(event.get("SUMMARY", "") or uid).strip()
            yield CaptureIssue(
                f"{source}, event {title[:60]!r}",
                _(
                    "the series repeats more than {count:,} times in the period: "
                    "only its first {count:,} occurrences were read"
                ).format(count=MAX_OCCURRENCES),
            )
        if number <= MAX_OCCURRENCES:
            yield event


def _person(value: Any) -> Attendee | None:
    email = address_of(value)
    if email is None:
        return None
    params = getattr(value, "params", {}) or {}
    if str(params.get("CUTYPE", "")).upper() in {"ROOM", "RESOURCE"}:
        return None  # a meeting room is not a person
    name = str(params.get("CN", "")).strip().strip('"')
    declined = str(params.get("PARTSTAT", "")).upper() == "DECLINED"
    return Attendee(email, name if name.casefold() != email else "", declined)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _local_day(value: dt.date | dt.datetime) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone().date()  # the user's local day
        return value.date()  # floating time: as written
    return value


def _stamp(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _minutes(event: Any, start: dt.date | dt.datetime) -> int | None:
    end = event.get("DTEND")
    try:
        if end is not None:
            delta = end.dt - start
        elif event.get("DURATION") is not None:
            delta = event["DURATION"].dt
        else:
            return None
    except (TypeError, AttributeError):  # a date end with a datetime start, and the like
        return None
    if not isinstance(delta, dt.timedelta) or delta.total_seconds() < 0:
        return None
    return int(delta.total_seconds() // 60)


def _window(since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    # Whole local days; recurring-ical-events compares floating and zoned times itself.
    return dt.datetime.combine(since, dt.time()), dt.datetime.combine(
        until + dt.timedelta(days=1), dt.time()
    )


def _meeting(
    event: Any, source: str, cancelled_calendar: bool, recurring: set[str]
) -> Meeting | CaptureIssue:
    start_prop = event.get("DTSTART")
    uid = str(event.get("UID", "")).strip()
    title = str(event.get("SUMMARY", "")).strip()
    label = f"{source}, event {title[:60]!r}" if title else f"{source}, event {uid[:60]}"
    if start_prop is None:
        return CaptureIssue(label, _("the event has no start (DTSTART); skipped"))
    start = start_prop.dt
    if not uid:
        # No UID (some hand-made files): the start, title and organiser stand in for it.
        basis = f"{_stamp(start)}|{title}|{event.get('ORGANIZER', '')}"
        uid = "nouid-" + hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    # The occurrence of a series; a single event keeps an empty one, so moving it in the
    # calendar does not make it a new meeting on the next import.
    rid = ""
    if uid in recurring:
        recurrence = event.get("RECURRENCE-ID")
        rid = _stamp(recurrence.dt if recurrence is not None else start)
    status = str(event.get("STATUS", "")).upper()
    organizer = _person(event["ORGANIZER"]) if event.get("ORGANIZER") is not None else None
    attendees = tuple(
        a for a in (_person(v) for v in _as_list(event.get("ATTENDEE"))) if a is not None
    )
    return Meeting(
        source_key=short_key("ics", f"{uid}/{rid}"),
        on=_local_day(start),
        minutes=_minutes(event, start),
        title=title,
        organizer=organizer,
        attendees=attendees,
        cancelled=cancelled_calendar or status == "CANCELLED",
        where=label,
    )


def read_calendar(
    path: Path, since: dt.date, until: dt.date, *, name: str | None = None
) -> Iterator[Meeting | CaptureIssue]:
    """Every event occurrence of the file that starts within [since, until]."""
    import icalendar

    source = name or path.name
    try:
        found = _calendar_bytes(path)
    except OSError as exc:
        yield CaptureIssue(
            source, _("cannot read the file: {value}").format(value=exc.strerror or exc)
        )
        return
    if isinstance(found, str):
        yield CaptureIssue(source, found)
        return
    data, left_out = found
    for line, prop, size in left_out:
        yield CaptureIssue(
            source,
            _(
                "line {line} ({name}) is {size:.1f} MB long; left out, the rest of the file is read"
            ).format(line=line, name=prop, size=size / (1024 * 1024)),
        )
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and friends on broken files
        reason = printable_reason(exc)
        yield CaptureIssue(
            source, _("not a readable iCalendar file ({reason}); not read").format(reason=reason)
        )
        return
    if not calendars:
        yield CaptureIssue(source, _("no complete calendar in the file (cut short?); not read"))
        return
    start, end = _window(since, until)
    for calendar in calendars:
        # An Outlook cancellation notice (METHOD:CANCEL) withdraws the meetings it holds.
        cancel_notice = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        # An event without a start cannot be placed in time (and stops the expansion of
        # the whole calendar): it is reported and left out, the rest is read.
        for component in list(calendar.subcomponents):
            if component.name == "VEVENT" and component.get("DTSTART") is None:
                calendar.subcomponents.remove(component)
                title = str(component.get("SUMMARY", "") or component.get("UID", "")).strip()
                yield CaptureIssue(
                    f"{source}, event {title[:60]!r}",
                    _("the event has no start (DTSTART); skipped"),
                )
        # A series repeating every second, minute or hour is a reminder, not a meeting:
        # expanded over two years it would be a million occurrences.
        for component in list(calendar.subcomponents):
            often = _too_often(component) if component.name == "VEVENT" else None
            if often is None:
                continue
            uid = str(component.get("UID", "")).strip()
            calendar.subcomponents[:] = [
                c
                for c in calendar.subcomponents
                if c is not component and (not uid or str(c.get("UID", "")).strip() != uid)
            ]
            title = str(component.get("SUMMARY", "") or uid).strip()
            yield CaptureIssue(f"{source}, event {title[:60]!r}", often)
        recurring = {
            str(e.get("UID", "")).strip()
            for e in calendar.walk("VEVENT")
            if any(e.get(p) is not None for p in ("RRULE", "RDATE", "RECURRENCE-ID"))
        }
        occurrences = _occurrences(calendar, start, end, source)
        for event in occurrences:
            if isinstance(event, CaptureIssue):
                yield event
                continue
            try:
                yield _meeting(event, source, cancel_notice, recurring)
            except Exception as exc:  # one damaged event never stops the rest
                reason = printable_reason(exc)
                yield CaptureIssue(
                    source, _("an event cannot be read ({reason}); skipped").format(reason=reason)
                )
