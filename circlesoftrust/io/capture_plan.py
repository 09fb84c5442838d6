"""Deciding a calendar and mail capture, item by item: the rules and the plan they make.

See :mod:`circlesoftrust.io.capture` for the rules in words; this module reads the files
(through :mod:`.capture_files`), matches addresses to contacts and accounts, works out
mail threads, and returns a :class:`CapturePlan`. It writes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, TextClause, select, text

from circlesoftrust.errors import CotError, ValidationError
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import N_, _
from circlesoftrust.io.calendar_reader import CaptureIssue, Meeting
from circlesoftrust.io.capture_directory import load_directory
from circlesoftrust.io.capture_files import (
    CALENDAR,
    MAIL,
    find_capture_files,
    looks_like_capture_file,
    read_items,
)
from circlesoftrust.io.capture_settings import CaptureSettings
from circlesoftrust.io.capture_spool import (
    CaptureSpool,
    PlannedTouch,
    SpoolTotals,
    temporary_folder,
)
from circlesoftrust.io.mail_reader import MailMessage, ReadPosition
from circlesoftrust.models import Touchpoint
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import TouchpointKind

__all__ = [
    "CaptureOptions",
    "CapturePlan",
    "CaptureStopped",
    "OfferedPerson",
    "PlannedTouch",
    "plan_capture",
    "stored_touchpoints",
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
# Examples the preview lists (each kind of skip, problems reading): the counts are whole.
EXAMPLES = 1000


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
    """A preview: what importing the files would log, and what it would skip and why.

    The touches themselves stay on disk (:class:`CaptureSpool`) until the plan is written
    or dropped: :meth:`touches` reads them back; :meth:`close` (or the end of a ``with``
    block) deletes them, and so does a plan no one refers to any more."""

    source: str
    options: CaptureOptions
    touch_count: int
    meetings: int
    emails: int
    # Touchpoints already stored whose thread now has both sides: made two-way.
    upgrades: int
    files: dict[str, int]  # calendar | mail | not read -> files
    items_read: dict[str, int]  # events | messages -> read
    skipped: dict[str, int]  # reason -> count
    skipped_items: tuple[tuple[str, str], ...]  # (where, reason), the first EXAMPLES
    issues: tuple[CaptureIssue, ...]  # the first EXAMPLES
    issues_total: int
    unmatched: tuple[tuple[str, int], ...]  # (address, times), the 50 most seen
    unmatched_total: int
    offered: tuple[OfferedPerson, ...]
    account_names: dict[int, str] = field(repr=False)
    # Names of the contacts the touches are logged with (the preview says who).
    contact_names: dict[int, str] = field(default_factory=dict, repr=False)
    warnings: tuple[str, ...] = ()
    # (meetings, e-mails) per account id; (account, contact, new person, touches).
    counts: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False)
    people: tuple[tuple[int, int | None, str | None, int], ...] = field(default=(), repr=False)
    spool: CaptureSpool | None = field(default=None, repr=False, compare=False)

    @property
    def writes_anything(self) -> bool:
        return bool(self.touch_count or self.upgrades or self.people_to_create)

    @property
    def accounts(self) -> int:
        """Accounts that get a touch."""
        return len(self.counts)

    @property
    def people_to_create(self) -> tuple[OfferedPerson, ...]:
        return tuple(p for p in self.offered if self.options.adds(p.email))

    def touch_chunks(self, size: int = 500) -> Iterator[list[PlannedTouch]]:
        """The touches to log, by day, account and key, ``size`` at a time (from disk)."""
        if self.spool is not None:
            yield from self.spool.touches(size)

    def touches(self) -> Iterator[PlannedTouch]:
        for chunk in self.touch_chunks():
            yield from chunk

    def upgrade_chunks(self, size: int = 500) -> Iterator[list[int]]:
        """Ids of stored e-mails to make two-way, ``size`` at a time (from disk)."""
        if self.spool is not None:
            yield from self.spool.upgrades(size)

    def close(self) -> None:
        """Delete the planned touches from disk (the counts stay readable)."""
        if self.spool is not None:
            self.spool.close()

    def __enter__(self) -> CapturePlan:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def people_per_account(self) -> dict[str, list[str]]:
        """Who the touches of each account (by name) are logged with, most touches first;
        people offered and picked by their address."""
        counts: dict[int, Counter[str]] = defaultdict(Counter)
        for account_id, contact_id, new_contact, n in self.people:
            who = (
                self.contact_names.get(contact_id, "")
                if contact_id is not None
                else new_contact or ""
            )
            if who:
                counts[account_id][who] += n
        return {
            self.account_names[a]: [name for name, _n in c.most_common()] for a, c in counts.items()
        }

    def per_account(self) -> list[tuple[str, int, int]]:
        """(account, meetings, e-mails) to be logged, by account name."""
        rows = [(self.account_names[a], m, e) for a, (m, e) in self.counts.items()]
        return sorted(rows, key=lambda r: r[0].casefold())


# ------------------------------------------------------------------------------ planning


class _Planner:
    def __init__(self, conn: Connection, options: CaptureOptions) -> None:
        self.options = options
        self.own = frozenset(options.own_addresses)
        self.conn = conn
        # The planned touches, the Message-IDs of their threads, the unmatched addresses
        # and who is who go to disk; what stays here is bounded by the people offered at
        # the accounts' domains or by EXAMPLES (and the directory's cached answers).
        self.spool = CaptureSpool()
        try:
            self.directory = load_directory(conn, self.own, self.spool.db)
        except BaseException:
            self.spool.close()
            raise
        self.skipped: Counter[str] = Counter()
        self.skipped_items: list[tuple[str, str]] = []
        self.issues: list[CaptureIssue] = []
        self.issues_total = 0
        self.offers: dict[str, list[object]] = {}  # address -> [name, account, seen, last]
        self.items: Counter[str] = Counter()

    def issue(self, issue: CaptureIssue) -> None:
        self.issues_total += 1
        if len(self.issues) < EXAMPLES:
            self.issues.append(issue)

    # -- people
    def _skip(self, where: str, reason: str) -> None:
        self.skipped[reason] += 1
        if len(self.skipped_items) < EXAMPLES:
            self.skipped_items.append((where, reason))

    def _skips(self, reason: str, count: int, places: list[str]) -> None:
        if count:
            self.skipped[reason] += count
            room = EXAMPLES - len(self.skipped_items)
            self.skipped_items.extend((where, reason) for where in places[: max(0, room)])

    def _match(self, address: str, name: str, on: dt.date | None) -> list[tuple[int | None, int]]:
        """(contact id or None for an offered person, account id) for an address."""
        found = self.directory.contacts(address)
        if found:
            return [(cid, acc) for cid, acc, _n in found]
        if address in self.own or self.directory.archived(address):
            return []
        domain = address.rpartition("@")[2]
        account = self.directory.domain_account(domain)
        if account is None:
            self.spool.unmatched(address)
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
        found = self.directory.contacts(address)
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
        note = _("Meeting (calendar): {length}with {names}").format(
            length=length, names=_names(names)
        )
        if self.options.keep_titles and m.title:
            note += f" — {m.title}"
        for account_id, (contact_id, new) in accounts.items():
            # The same event twice in the files is dropped after reading (finish).
            self.spool.add(
                account_id, contact_id, new, TouchpointKind.MEETING, None, m.on, note,
                m.source_key, None, m.where,
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
            outbound = sender is None or not self.directory.contacts(sender[0])
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
        note = _("E-mail from {who_from} to {names}").format(
            who_from=who_from, names=_names(list(dict.fromkeys(to)) or ["unknown"])
        )
        if self.options.keep_subjects and m.subject:
            note += f" — {m.subject}"
        ids = (m.message_id, *m.thread_ids)
        for account_id, (contact_id, new) in accounts.items():
            self.spool.add(
                account_id, contact_id, new, TouchpointKind.EMAIL, outbound, m.on, note,
                m.source_key, m.thread_root[:300], m.where, ids,
            )  # fmt: skip

    # -- after reading
    def _stored_threads(self, keys: Sequence[str]) -> list[tuple[object, ...]]:
        """(id, account, key, direction) of captured mail with these thread keys."""
        return [
            (i, a, k, str(d))
            for i, a, k, d in self.conn.execute(
                select(
                    Touchpoint.id,
                    Touchpoint.account_id,
                    Touchpoint.thread_key,
                    Touchpoint.direction,
                ).where(Touchpoint.thread_key.in_(keys))
            )
        ]

    def finish(self) -> SpoolTotals:
        """Drop the same item twice and what is stored already; give each mail its
        direction from its thread (on disk: see :class:`CaptureSpool`)."""
        totals = self.spool.finish(
            lambda pairs: [(a, k) for _i, a, k in stored_touchpoints(self.conn, pairs)],
            self._stored_threads,
            examples=EXAMPLES,
            chunk=_CHUNK,
        )
        self._skips(DUPLICATE, totals.duplicates, totals.duplicate_places)
        self._skips(ALREADY, totals.already, totals.already_places)
        return totals


@functools.lru_cache(maxsize=8)
def _pairs_sql(count: int) -> TextClause:
    # Text, not SQLAlchemy's values() construct: compiling that one took ~30 ms a chunk.
    wanted = ", ".join(f"(:a{n}, :k{n})" for n in range(count))
    return text(
        f"WITH wanted (account_id, source_key) AS (VALUES {wanted}) "
        "SELECT t.id, t.account_id, t.source_key FROM wanted JOIN touchpoints t"
        " ON t.account_id = wanted.account_id AND t.source_key = wanted.source_key"
    )


def stored_touchpoints(
    conn: Connection, pairs: Sequence[tuple[int, str]]
) -> list[tuple[int, int, str]]:
    """(id, account, key) of the stored touchpoints with these (account, source key)
    pairs: one seek each in the unique index, which leads with the account (a lookup by
    the keys alone read the whole index for every chunk: minutes at 2M touchpoints)."""
    if not pairs:
        return []
    params: dict[str, object] = {}
    for n, (account_id, key) in enumerate(pairs):
        params[f"a{n}"] = account_id
        params[f"k{n}"] = key
    query = _pairs_sql(len(pairs))
    return [(int(i), int(a), str(k)) for i, a, k in conn.execute(query, params)]


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
    planner: _Planner | None = None
    try:
        planner = _Planner(conn, options)  # (closes its scratch database if it fails)
        return _read_and_plan(planner, root, files, other, options, progress)
    except sqlite3.Error as exc:  # (the scratch file's: the user's database is SQLAlchemy's)
        if planner is not None:
            planner.spool.close()
        raise CotError(
            _(
                "the preview's plan did not fit in the temporary folder {folder} ({reason}); "
                "nothing was written"
            ).format(folder=temporary_folder(), reason=exc)
        ) from None
    except BaseException:
        if planner is not None:
            planner.spool.close()  # cancelled or failed: the planned touches go at once
        raise


def _read_and_plan(
    planner: _Planner,
    root: Path,
    files: list[Path],
    other: int,
    options: CaptureOptions,
    progress: Callable[[int, int], bool] | None,
) -> CapturePlan:
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
                planner.issue(item)
            if number % 500 == 0:
                report(inside)  # a big mbox: how far it is, and the user can still cancel
        done += size
    report()
    if other:
        counts["not read"] += other
    totals = planner.finish()
    names = planner.directory.account_names(
        [*totals.per_account, *(cast(int, o[1]) for o in planner.offers.values())]
    )
    offered = tuple(
        sorted(
            (
                OfferedPerson(
                    email=address,
                    name=cast(str, o[0]) or address.partition("@")[0],
                    account_id=cast(int, o[1]),
                    account=names[cast(int, o[1])],
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
        touch_count=totals.touches,
        meetings=totals.meetings,
        emails=totals.emails,
        upgrades=totals.upgrades,
        files=dict(counts),
        items_read=dict(planner.items),
        skipped=dict(sorted(planner.skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
        skipped_items=tuple(planner.skipped_items),
        issues=tuple(planner.issues),
        issues_total=planner.issues_total,
        unmatched=tuple(totals.unmatched),
        unmatched_total=totals.unmatched_total,
        offered=offered,
        account_names=names,
        contact_names=planner.directory.contact_names(
            cid for _a, cid, _new, _n in totals.per_person if cid is not None
        ),
        warnings=tuple(warnings),
        counts=totals.per_account,
        people=tuple(totals.per_person),
        spool=planner.spool,
    )
