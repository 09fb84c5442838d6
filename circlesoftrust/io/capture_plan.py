"""Deciding a calendar and mail capture, item by item: the rules and the plan they make.

See :mod:`circlesoftrust.io.capture` for the rules in words; this module reads the files
(through :mod:`.capture_files`), matches addresses to contacts and accounts, works out
mail threads, and returns a :class:`CapturePlan`. It writes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, select

from circlesoftrust.errors import ValidationError
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import N_, _
from circlesoftrust.io.calendar_reader import CaptureIssue, Meeting
from circlesoftrust.io.capture_directory import Directory, load_directory
from circlesoftrust.io.capture_files import (
    CALENDAR,
    MAIL,
    find_capture_files,
    looks_like_capture_file,
    read_items,
)
from circlesoftrust.io.capture_settings import CaptureSettings
from circlesoftrust.io.mail_reader import MailMessage, ReadPosition
from circlesoftrust.models import Touchpoint
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import Direction, TouchpointKind

__all__ = [
    "CaptureOptions",
    "CapturePlan",
    "CaptureStopped",
    "OfferedPerson",
    "PlannedTouch",
    "plan_capture",
]

# Skip reasons of calendar events and messages (beside mail_reader's list/bulk ones).
NO_CONTACT = N_("no contact among the participants")
OUTSIDE = N_("outside the period")
ALREADY = N_("already imported")
DUPLICATE = N_("the same event or message twice in the files")
CANCELLED = N_("cancelled")
DECLINED = N_("declined by you")
NO_DATE = N_("no readable date")
ARCHIVED = N_("the contact's account is archived")


_CHUNK = 500


class CaptureStopped(Exception):
    """The user cancelled while the files were read (nothing was written)."""


@dataclass(frozen=True)
class CaptureOptions:
    since: dt.date
    until: dt.date
    kind: str | None = None  # calendar | mail | None (both)
    keep_titles: bool = False
    keep_subjects: bool = False
    own_addresses: tuple[str, ...] = ()
    add_people: bool = False  # create every offered person as a contact (and log their mail)
    # ...or only these offered people (addresses, casefolded): what the user picked
    people: frozenset[str] = frozenset()

    def adds(self, address: str) -> bool:
        return self.add_people or address in self.people

    @classmethod
    def from_settings(
        cls,
        settings: CaptureSettings,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        kind: str | None = None,
        add_people: bool = False,
        keep_titles: bool | None = None,
        keep_subjects: bool | None = None,
        own_addresses: Sequence[str] = (),
        people: Sequence[str] = (),
    ) -> CaptureOptions:
        end = until or dt.date.today()
        start = since or (end - dt.timedelta(days=730))
        if start > end:
            raise ValidationError("since", _("{start} is after {end}").format(start=start, end=end))
        if kind not in (None, CALENDAR, MAIL):
            raise ValidationError("kind", _("{kind!r} is not calendar or mail").format(kind=kind))
        extra = (a.casefold() for a in own_addresses)
        own = tuple(dict.fromkeys([*settings.own_addresses, *extra]))
        return cls(
            since=start,
            until=end,
            kind=kind,
            keep_titles=settings.keep_titles if keep_titles is None else keep_titles,
            keep_subjects=settings.keep_subjects if keep_subjects is None else keep_subjects,
            own_addresses=own,
            add_people=add_people,
            people=frozenset(p.strip().casefold() for p in people),
        )


@dataclass(frozen=True, slots=True)
class PlannedTouch:
    account_id: int
    contact_id: int | None
    new_contact: str | None  # the address of an offered person created with the import
    kind: TouchpointKind
    direction: Direction
    on: dt.date
    note: str
    source_key: str
    thread_key: str | None
    where: str


@dataclass(frozen=True)
class OfferedPerson:
    """Someone seen in mail or calendar, not a contact, at an account's domain."""

    email: str
    name: str
    account_id: int
    account: str
    seen: int
    last_seen: dt.date | None


@dataclass(frozen=True)
class CapturePlan:
    """A preview: what importing the files would log, and what it would skip and why."""

    source: str
    options: CaptureOptions
    touches: tuple[PlannedTouch, ...]
    # Touchpoints already stored whose thread now has both sides: made two-way.
    upgrades: tuple[int, ...]
    files: dict[str, int]  # calendar | mail | not read -> files
    items_read: dict[str, int]  # events | messages -> read
    skipped: dict[str, int]  # reason -> count
    skipped_items: tuple[tuple[str, str], ...]  # (where, reason), the first ones
    issues: tuple[CaptureIssue, ...]
    unmatched: tuple[tuple[str, int], ...]  # (address, times), most seen first
    unmatched_total: int
    offered: tuple[OfferedPerson, ...]
    account_names: dict[int, str] = field(repr=False)
    # Names of the contacts the touches are logged with (the preview says who).
    contact_names: dict[int, str] = field(default_factory=dict, repr=False)
    warnings: tuple[str, ...] = ()

    @property
    def writes_anything(self) -> bool:
        return bool(self.touches or self.upgrades or self.people_to_create)

    @property
    def people_to_create(self) -> tuple[OfferedPerson, ...]:
        return tuple(p for p in self.offered if self.options.adds(p.email))

    def people_per_account(self) -> dict[str, list[str]]:
        """Who the touches of each account (by name) are logged with, most touches first;
        people offered and picked by their address."""
        counts: dict[int, Counter[str]] = defaultdict(Counter)
        for t in self.touches:
            who = (
                self.contact_names.get(t.contact_id, "")
                if t.contact_id is not None
                else t.new_contact or ""
            )
            if who:
                counts[t.account_id][who] += 1
        return {
            self.account_names[a]: [name for name, _n in c.most_common()] for a, c in counts.items()
        }

    def per_account(self) -> list[tuple[str, int, int]]:
        """(account, meetings, e-mails) to be logged, by account name."""
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for t in self.touches:
            counts[t.account_id][0 if t.kind is TouchpointKind.MEETING else 1] += 1
        rows = [(self.account_names[a], m, e) for a, (m, e) in counts.items()]
        return sorted(rows, key=lambda r: r[0].casefold())

    @property
    def meetings(self) -> int:
        return sum(1 for t in self.touches if t.kind is TouchpointKind.MEETING)

    @property
    def emails(self) -> int:
        return sum(1 for t in self.touches if t.kind is TouchpointKind.EMAIL)


# ------------------------------------------------------------------------------ planning


@dataclass(slots=True)
class _Mail:
    """A matched message while the threads are worked out."""

    account_id: int
    contact_id: int | None
    new_contact: str | None
    outbound: bool
    on: dt.date
    note: str
    source_key: str
    thread_root: str
    ids: tuple[str, ...]
    where: str


class _Planner:
    def __init__(self, conn: Connection, options: CaptureOptions) -> None:
        self.options = options
        self.own = frozenset(options.own_addresses)
        self.directory = load_directory(conn, self.own)
        self.conn = conn
        self.meetings: list[PlannedTouch] = []
        self.mails: list[_Mail] = []
        self.skipped: Counter[str] = Counter()
        self.skipped_items: list[tuple[str, str]] = []
        self.issues: list[CaptureIssue] = []
        self.unmatched: Counter[str] = Counter()
        self.offers: dict[str, list[object]] = {}  # address -> [name, account, seen, last]
        self.items: Counter[str] = Counter()
        self.seen_keys: set[tuple[int, str]] = set()
        self.notes: dict[str, str] = {}

    def _same(self, note: str) -> str:
        """One string per distinct note: 100,000 mails share a few thousand notes."""
        return self.notes.setdefault(note, note)

    # -- people
    def _skip(self, where: str, reason: str) -> None:
        self.skipped[reason] += 1
        if len(self.skipped_items) < 1000:
            self.skipped_items.append((where, reason))

    def _match(self, address: str, name: str, on: dt.date | None) -> list[tuple[int | None, int]]:
        """(contact id or None for an offered person, account id) for an address."""
        found = self.directory.by_email.get(address)
        if found:
            return [(cid, acc) for cid, acc, _n in found]
        if address in self.own or address in self.directory.archived:
            return []
        domain = address.rpartition("@")[2]
        account = self.directory.domains.get(domain)
        if account is None:
            self.unmatched[address] += 1
            return []
        offer = self.offers.get(address)
        if offer is None:
            self.offers[address] = offer = [name, account, 0, on]
        offer[2] = cast(int, offer[2]) + 1
        if name and not offer[0]:
            offer[0] = name
        if on is not None and (offer[3] is None or on > cast(dt.date, offer[3])):
            offer[3] = on
        return [(None, account)] if self.options.adds(address) else []

    def _label(self, address: str, name: str) -> str:
        if address in self.own:
            return "me"
        found = self.directory.by_email.get(address)
        if found:
            return found[0][2]
        return name or address

    # -- calendar
    def meeting(self, m: Meeting) -> None:
        self.items["events"] += 1
        if m.cancelled:
            self._skip(m.where, CANCELLED)
            return
        if not self.options.since <= m.on <= self.options.until:
            self._skip(m.where, OUTSIDE)
            return
        people = ([m.organizer] if m.organizer else []) + list(m.attendees)
        if any(p.declined and p.email in self.own for p in people):
            self._skip(m.where, DECLINED)
            return
        accounts: dict[int, tuple[int | None, str | None]] = {}
        names: list[str] = []
        for person in people:
            if person.email in self.own or person.declined:
                continue
            label = self._label(person.email, person.name)
            if label not in names:
                names.append(label)
            _add(accounts, self._match(person.email, person.name, m.on), person.email)
        if not accounts:
            self._skip(m.where, NO_CONTACT)
            return
        length = f"{m.minutes} min " if m.minutes and m.minutes < 24 * 60 else ""
        note = self._same(
            _("Meeting (calendar): {length}with {names}").format(length=length, names=_names(names))
        )
        if self.options.keep_titles and m.title:
            note += f" — {m.title}"
        for account_id, (contact_id, new) in accounts.items():
            if (account_id, m.source_key) in self.seen_keys:
                self._skip(m.where, DUPLICATE)
                continue
            self.seen_keys.add((account_id, m.source_key))
            self.meetings.append(
                PlannedTouch(
                    account_id, contact_id, new, TouchpointKind.MEETING, Direction.TWO_WAY,
                    m.on, note, m.source_key, None, m.where,
                )
            )  # fmt: skip

    # -- mail
    def mail(self, m: MailMessage) -> None:
        self.items["messages"] += 1
        if m.skip is not None:
            self._skip(m.where, m.skip)
            return
        if m.on is None:
            self._skip(m.where, NO_DATE)
            return
        if not self.options.since <= m.on <= self.options.until:
            self._skip(m.where, OUTSIDE)
            return
        sender = m.sender
        if m.from_own_side:
            outbound = True
        elif self.own:
            outbound = sender is not None and sender[0] in self.own
        else:
            # Without the user's addresses: a mail from a contact was received, any other
            # mail to a contact was sent by the user (or a colleague).
            outbound = sender is None or sender[0] not in self.directory.by_email
        accounts: dict[int, tuple[int | None, str | None]] = {}
        # Received: the sender's account first; then whoever else was in the mail.
        people = ([sender] if sender else []) + list(m.recipients)
        for address, name in people:
            _add(accounts, self._match(address, name, m.on), address)
        if not accounts:
            self._skip(m.where, NO_CONTACT)
            return
        who_from = self._label(*sender) if sender else "me" if m.from_own_side else "unknown"
        to = [self._label(a, n) for a, n in m.recipients]
        note = self._same(
            _("E-mail from {who_from} to {names}").format(
                who_from=who_from, names=_names(list(dict.fromkeys(to)) or ["unknown"])
            )
        )
        if self.options.keep_subjects and m.subject:
            note += f" — {m.subject}"
        ids = (m.message_id, *m.thread_ids)
        for account_id, (contact_id, new) in accounts.items():
            if (account_id, m.source_key) in self.seen_keys:
                self._skip(m.where, DUPLICATE)
                continue
            self.seen_keys.add((account_id, m.source_key))
            self.mails.append(
                _Mail(
                    account_id, contact_id, new, outbound, m.on, note, m.source_key,
                    m.thread_root[:300], ids, m.where,
                )
            )  # fmt: skip

    # -- after reading
    def _stored(self, keys: Sequence[str], column: str) -> list[tuple[int, int, str, str]]:
        """(id, account, key, direction) of captured touchpoints with these keys."""
        col = Touchpoint.source_key if column == "source" else Touchpoint.thread_key
        rows: list[tuple[int, int, str, str]] = []
        unique = sorted(set(keys))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            rows.extend(
                (int(i), int(a), str(k), str(d))
                for i, a, k, d in self.conn.execute(
                    select(Touchpoint.id, Touchpoint.account_id, col, Touchpoint.direction).where(
                        col.in_(chunk)
                    )
                )
            )
        return rows

    def finish(self) -> tuple[list[PlannedTouch], list[int]]:
        """Drop what is stored already; give each mail its direction from its thread."""
        stored = {(a, k) for _i, a, k, _d in self._stored([t.source_key for t in self.meetings]
                                                          + [m.source_key for m in self.mails],
                                                          "source")}  # fmt: skip
        touches: list[PlannedTouch] = []
        for t in self.meetings:
            if (t.account_id, t.source_key) in stored:
                self._skip(t.where, ALREADY)
            else:
                touches.append(t)
        # Threads: messages linked by Message-ID / References / In-Reply-To are one thread.
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            root = x
            while parent.get(root, root) != root:
                root = parent[root]
            while parent.get(x, x) != root:
                parent[x], x = root, parent[x]
            return root

        for m in self.mails:
            first = find(m.ids[0])
            for other in m.ids[1:]:
                r = find(other)
                if r != first:
                    parent[r] = first
        sides: dict[tuple[int, str], set[bool]] = defaultdict(set)
        for m in self.mails:
            sides[(m.account_id, find(m.ids[0]))].add(m.outbound)
        # Earlier imports: stored mail of the same thread (by the thread's first message).
        upgrades: list[int] = []
        stored_threads = self._stored([m.thread_root for m in self.mails], "thread")
        by_thread: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
        for tid, account_id, key, direction in stored_threads:
            by_thread[(account_id, key)].append((tid, direction))
        for m in self.mails:
            for _tid, direction in by_thread.get((m.account_id, m.thread_root), []):
                group = sides[(m.account_id, find(m.ids[0]))]
                if direction == Direction.TWO_WAY.value:
                    group.update((True, False))
                else:
                    group.add(direction == Direction.OUTBOUND.value)
        for m in self.mails:
            if (m.account_id, m.source_key) in stored:
                self._skip(m.where, ALREADY)
                continue
            both = len(sides[(m.account_id, find(m.ids[0]))]) == 2
            direction = (
                Direction.TWO_WAY
                if both
                else Direction.OUTBOUND
                if m.outbound
                else Direction.INBOUND
            )
            touches.append(
                PlannedTouch(
                    m.account_id, m.contact_id, m.new_contact, TouchpointKind.EMAIL, direction,
                    m.on, m.note, m.source_key, m.thread_root, m.where,
                )
            )  # fmt: skip
        for m in self.mails:
            if len(sides[(m.account_id, find(m.ids[0]))]) == 2:
                for tid, direction in by_thread.get((m.account_id, m.thread_root), []):
                    if direction != Direction.TWO_WAY.value:
                        upgrades.append(tid)
        touches.sort(key=lambda t: (t.on, t.account_id, t.source_key))
        return touches, sorted(set(upgrades))


def _add(
    accounts: dict[int, tuple[int | None, str | None]],
    matches: list[tuple[int | None, int]],
    address: str,
) -> None:
    """Note the matches of one address: the first contact of each account carries the
    touchpoint; an offered person only while no contact of that account is there."""
    for contact_id, account_id in matches:
        current = accounts.get(account_id)
        if current is None or (current[0] is None and contact_id is not None):
            accounts[account_id] = (contact_id, address if contact_id is None else None)


def _names(names: list[str]) -> str:
    if len(names) <= 5:
        return ", ".join(names)
    return ", ".join(names[:5]) + _(" and {value} more").format(value=len(names) - 5)


def _contact_names(directory: Directory, touches: Sequence[PlannedTouch]) -> dict[int, str]:
    wanted = {t.contact_id for t in touches if t.contact_id is not None}
    return {
        cid: name
        for entries in directory.by_email.values()
        for cid, _account, name in entries
        if cid in wanted
    }


def plan_capture(
    db: Database,
    path: str | os.PathLike[str],
    options: CaptureOptions,
    *,
    progress: Callable[[int, int], bool] | None = None,
    conn: Connection | None = None,
) -> CapturePlan:
    """What importing the calendar and mail files at ``path`` would do. Writes nothing.

    ``progress(bytes done, bytes)`` is called as files are read (before each file and
    every 500 messages or events); returning False
    cancels (:class:`CaptureStopped`).
    """
    root = Path(path)
    files, other = find_capture_files(root, options.kind)
    if conn is None:
        with gc_paused(), db.engine.connect() as own_conn:
            return _plan(own_conn, root, files, other, options, progress)
    with gc_paused():
        return _plan(conn, root, files, other, options, progress)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _plan(
    conn: Connection,
    root: Path,
    files: list[Path],
    other: int,
    options: CaptureOptions,
    progress: Callable[[int, int], bool] | None,
) -> CapturePlan:
    planner = _Planner(conn, options)
    counts: Counter[str] = Counter()
    sizes = [_size(path) for path in files]
    total, done = sum(sizes), 0

    def report(inside: int = 0) -> None:
        if progress is not None and not progress(done + inside, total):
            raise CaptureStopped("the import was cancelled; nothing was written")

    for path, size in zip(files, sizes, strict=True):
        report()
        counts[looks_like_capture_file(path) or "not read"] += 1
        items = read_items(path, root, options.since, options.until, positions=True)
        inside = 0  # bytes of this file read so far (told by a big mbox)
        for number, item in enumerate(items, 1):
            if isinstance(item, ReadPosition):
                inside = min(item.offset, size)
                continue
            if isinstance(item, Meeting):
                planner.meeting(item)
            elif isinstance(item, MailMessage):
                planner.mail(item)
            else:
                planner.issues.append(item)
            if number % 500 == 0:
                report(inside)  # a big mbox: how far it is, and the user can still cancel
        done += size
    report()
    if other:
        counts["not read"] += other
    touches, upgrades = planner.finish()
    offered = tuple(
        sorted(
            (
                OfferedPerson(
                    email=address,
                    name=cast(str, o[0]) or address.partition("@")[0],
                    account_id=cast(int, o[1]),
                    account=planner.directory.names[cast(int, o[1])],
                    seen=cast(int, o[2]),
                    last_seen=cast("dt.date | None", o[3]),
                )
                for address, o in planner.offers.items()
            ),
            key=lambda p: (p.account.casefold(), -p.seen, p.email),
        )
    )
    warnings = []
    if not options.own_addresses and counts.get(MAIL):
        warnings.append(
            _(
                "your own e-mail addresses are not set: mail from a contact counts as "
                "received, any other as sent (set them with `capture settings --me ADDRESS`)"
            )
        )
    if not files:
        none_found = {
            CALENDAR: _("no calendar files found in {value}"),
            MAIL: _("no mail files found in {value}"),
        }.get(options.kind or "", _("no calendar or mail files found in {value}"))
        warnings.append(none_found.format(value=root.name or root))
    source = root.name or str(root)
    return CapturePlan(
        source=source,
        options=options,
        touches=tuple(touches),
        upgrades=tuple(upgrades),
        files=dict(counts),
        items_read=dict(planner.items),
        skipped=dict(sorted(planner.skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
        skipped_items=tuple(planner.skipped_items),
        issues=tuple(planner.issues),
        unmatched=tuple(planner.unmatched.most_common(50)),
        unmatched_total=len(planner.unmatched),
        offered=offered,
        account_names=planner.directory.names,
        contact_names=_contact_names(planner.directory, touches),
        warnings=tuple(warnings),
    )
