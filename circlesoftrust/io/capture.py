"""Capture touchpoints from the user's own calendar and mail files: preview, then import.

:func:`plan_capture` reads the files (a single file or a folder, streamed: only headers
and calendar events, never a mail body) and decides, item by item, what would be logged:

* a calendar event whose organiser or attendees include a contact's address becomes a
  **meeting** on that contact's account (two-way), dated at its start; recurring events
  are expanded over the period; cancelled events, cancelled occurrences and invitations
  the user declined are skipped;
* a message to or from a contact's address becomes an **e-mail** touchpoint: sent by
  one of the user's own addresses = outbound, received = inbound, and a thread in which
  both sides wrote = two-way; list, bulk, automatic and no-reply mail, drafts and
  messages Thunderbird deleted are skipped;
* one touchpoint per account and event occurrence (UID + recurrence id) or message
  (Message-ID): that key makes a re-import change nothing;
* people not yet known whose address is at a domain of exactly one account are offered
  as new contacts (created only when the user says so).

Notes keep the facts only (date, duration, participants); a meeting's title or a mail's
subject only when the user opted in. :func:`apply_capture` writes a plan in one
transaction after a before-import backup, and logs it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from circlesoftrust import formats
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.fast_insert import announce_rows, bulk_insert, named_inserts
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.io.capture_files import (
    CALENDAR,
    MAIL,
    find_capture_files,
    looks_like_capture_file,
)
from circlesoftrust.io.capture_plan import (
    CaptureOptions,
    CapturePlan,
    CaptureStopped,
    OfferedPerson,
    PlannedTouch,
    plan_capture,
    stored_touchpoints,
)
from circlesoftrust.io.capture_settings import load_capture_settings
from circlesoftrust.models import ActionLog, Contact, Touchpoint
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ContactRole, Direction, TouchpointKind

__all__ = [
    "CALENDAR",
    "MAIL",
    "CaptureOptions",
    "CapturePlan",
    "CaptureReport",
    "CaptureStopped",
    "OfferedPerson",
    "PlannedTouch",
    "apply_capture",
    "capture",
    "capture_report_json",
    "find_capture_files",
    "looks_like_capture_file",
    "plan_capture",
    "scan_watched_folder",
]

_CHUNK = 500


@dataclass(frozen=True)
class CaptureReport:
    plan: CapturePlan
    dry_run: bool
    backup: str | None
    written: int  # touchpoints written
    contacts_created: int

    def summary(self) -> str:
        p = self.plan
        n = sum(p.skipped.values())
        if not self.dry_run and not self.written and not p.upgrades:
            return ngettext(
                "Nothing new to log from {source}: {n} item skipped",
                "Nothing new to log from {source}: {n} items skipped",
                n,
            ).format(source=p.source, n=formats.number(n))
        accounts = p.accounts
        text = (
            _("Would log {meetings} and {emails} from {source} on {accounts}")
            if self.dry_run
            else _("Logged {meetings} and {emails} from {source} on {accounts}")
        ).format(
            meetings=_count(ngettext("{n} meeting", "{n} meetings", p.meetings), p.meetings),
            emails=_count(ngettext("{n} e-mail", "{n} e-mails", p.emails), p.emails),
            source=p.source,
            accounts=_count(ngettext("{n} account", "{n} accounts", accounts), accounts),
        )
        if p.upgrades:
            upgrades = p.upgrades
            text += ngettext(
                "; {n} earlier e-mail now two-way", "; {n} earlier e-mails now two-way", upgrades
            ).format(n=formats.number(upgrades))
        return text + ngettext("; {n} item skipped", "; {n} items skipped", n).format(
            n=formats.number(n)
        )


def _count(text: str, n: int) -> str:
    """A counted text (``ngettext``'s form for ``n``) with ``n`` in the locale's digits."""
    return text.format(n=formats.number(n))


# ------------------------------------------------------------------------------- writing

_TOUCHPOINTS = cast(Table, Touchpoint.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_ACTION_LOG = cast(Table, ActionLog.__table__)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _make_backup(db: Database) -> str | None:
    """The automatic "before-import" backup of a SQLite file (the backup module rotates)."""
    from circlesoftrust.backup import make_automatic_backup

    if db.path is None:
        return None
    made = make_automatic_backup(db.path, "before-import")
    return str(made) if made is not None else None


def _create_people(conn: Connection, plan: CapturePlan) -> dict[str, int]:
    ids: dict[str, int] = {}
    taken = {
        str(e).casefold()
        for e in conn.scalars(
            select(Contact.email).where(
                Contact.email.in_(sorted({p.email for p in plan.people_to_create}))
            )
        )
    }
    for person in plan.people_to_create:
        if person.email in taken:  # added meanwhile (by hand, or a second import)
            continue
        result = conn.execute(
            insert(_CONTACTS).values(
                account_id=person.account_id,
                name=person.name[:200],
                role=ContactRole.OTHER,
                email=person.email,
                notes="added from calendar and mail capture",
                created_at=_now(),
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        ids[person.email] = int(key[0])
    announce_rows(_CONTACTS.name, [(i,) for i in ids.values()])
    return ids


def apply_capture(db: Database, plan: CapturePlan) -> CaptureReport:
    """Write ``plan`` in ONE transaction (after a before-import backup of a SQLite file).

    What was imported meanwhile (another window, a second run) is left out: the keys are
    checked again inside the transaction, and the unique index on them guards the rest.
    The touches are read from the plan's spool on disk a chunk at a time; once written,
    the plan is closed (its counts stay readable). A failed write leaves the plan open,
    so the window can try again.
    """
    try:
        report = _apply(db, plan)
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        orig = exc.orig if isinstance(exc, IntegrityError) else exc
        raise ConflictError(
            _(
                "the import of {source} was rolled back, nothing was written: {orig}; "
                "the database changed meanwhile — try again"
            ).format(source=plan.source, orig=orig)
        ) from None
    plan.close()
    return report


_COLUMNS = ("account_id", "contact_id", "kind", "direction", "occurred_on", "note",
            "source_key", "thread_key")  # fmt: skip


def _apply(db: Database, plan: CapturePlan) -> CaptureReport:
    if not plan.writes_anything:
        return CaptureReport(plan, dry_run=False, backup=None, written=0, contacts_created=0)
    with gc_paused(), named_inserts(), db.transaction() as session:
        conn = session.connection()
        backup: str | None = None
        new_ids: dict[str, int] | None = None
        written = meetings = 0
        for chunk in plan.touch_chunks(_CHUNK):
            pairs = [(t.account_id, t.source_key) for t in chunk]
            present = {(a, k) for _i, a, k in stored_touchpoints(conn, pairs)}
            todo = [t for t in chunk if (t.account_id, t.source_key) not in present]
            if not todo:
                continue
            if new_ids is None:
                backup = _make_backup(db)
                new_ids = _create_people(conn, plan)
            bulk_insert(
                conn,
                _TOUCHPOINTS,
                _COLUMNS,
                [
                    (t.account_id,
                     t.contact_id if t.new_contact is None else new_ids.get(t.new_contact),
                     t.kind, t.direction, t.on, t.note, t.source_key, t.thread_key)
                    for t in todo
                ],
            )  # fmt: skip
            # Named by their keys, so the import can be undone.
            written_ids = stored_touchpoints(conn, [(t.account_id, t.source_key) for t in todo])
            announce_rows(_TOUCHPOINTS.name, [(i,) for i, _a, _k in written_ids])
            written += len(todo)
            meetings += sum(1 for t in todo if t.kind is TouchpointKind.MEETING)
        if new_ids is None:
            if not plan.upgrades and not plan.people_to_create:
                return CaptureReport(
                    plan, dry_run=False, backup=None, written=0, contacts_created=0
                )
            backup = _make_backup(db)
            new_ids = _create_people(conn, plan)
        for ids in plan.upgrade_chunks(_CHUNK):
            conn.execute(
                update(_TOUCHPOINTS)
                .where(_TOUCHPOINTS.c.id.in_(ids))
                .values(direction=Direction.TWO_WAY)
            )
        conn.execute(
            insert(_ACTION_LOG).values(
                at=_now(),
                kind="capture",
                account_id=None,
                summary=(
                    f"captured from {plan.source}: {meetings} meetings, "
                    f"{written - meetings} e-mails, {len(new_ids)} new contacts"
                ),
            )
        )
    return CaptureReport(
        plan, dry_run=False, backup=backup, written=written, contacts_created=len(new_ids)
    )


def capture(
    db: Database,
    path: str | os.PathLike[str],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    kind: str | None = None,
    add_people: bool = False,
    people: Sequence[str] = (),
    keep_titles: bool | None = None,
    keep_subjects: bool | None = None,
    own_addresses: Sequence[str] = (),
    dry_run: bool = False,
) -> CaptureReport:
    """Plan and (unless ``dry_run``) apply: what the CLI does. Settings from the database."""
    with db.transaction() as session:
        settings = load_capture_settings(session)
    options = CaptureOptions.from_settings(
        settings,
        since=since,
        until=until,
        kind=kind,
        add_people=add_people,
        people=people,
        keep_titles=keep_titles,
        keep_subjects=keep_subjects,
        own_addresses=own_addresses,
    )
    with plan_capture(db, path, options) as plan:  # the planned touches go when done
        if dry_run:
            return CaptureReport(plan, dry_run=True, backup=None, written=0, contacts_created=0)
        return apply_capture(db, plan)


def scan_watched_folder(db: Database) -> CaptureReport | None:
    """Import the watched folder of the settings (None when none is set).

    Every calendar and mail file there is read each time; what was logged before is
    skipped by its key, so a file dropped in since the last scan is what gets logged.
    """
    with db.transaction() as session:
        folder = load_capture_settings(session).watched_folder
    if not folder:
        return None
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValidationError("watched folder", _("{path}: no such folder").format(path=path))
    return capture(db, path)


# ------------------------------------------------------------------------------ reports


def capture_report_json(report: CaptureReport) -> dict[str, object]:
    """The JSON shape of ``import --kind calendar|mail --json`` (docs/cli.md)."""
    p = report.plan
    return {
        "source": p.source,
        "format": "capture",
        "dry_run": report.dry_run,
        "since": p.options.since.isoformat(),
        "until": p.options.until.isoformat(),
        "files": p.files,
        "read": p.items_read,
        "counts": {
            "meetings": p.meetings,
            "emails": p.emails,
            "written": report.written,
            "made_two_way": p.upgrades,
            "contacts_created": report.contacts_created,
            "skipped": sum(p.skipped.values()),
        },
        "accounts": [
            {"account": name, "meetings": m, "emails": e} for name, m, e in p.per_account()
        ],
        "skipped_reasons": p.skipped,
        "skipped": [{"where": w, "reason": r} for w, r in p.skipped_items],
        "unmatched_addresses": [{"address": a, "times": n} for a, n in p.unmatched],
        "unmatched_total": p.unmatched_total,
        "offered_contacts": [
            {
                "email": o.email,
                "name": o.name,
                "account": o.account,
                "seen": o.seen,
                "last_seen": o.last_seen.isoformat() if o.last_seen else None,
            }
            for o in p.offered
        ],
        "issues": [{"where": i.where, "message": i.message} for i in p.issues],
        "issues_total": p.issues_total,
        "warnings": list(p.warnings),
        "backup": report.backup,
    }
