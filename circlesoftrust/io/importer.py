"""Import contacts read from an address book: plan first (a preview), then apply.

:func:`plan_import` decides, record by record, what an import would do — create the
contact, merge it into one already there, or skip it — and says why, with the record's
line in the file (the rules: :mod:`circlesoftrust.io.import_plan`). Nothing is written.
:func:`apply_import` writes a plan in ONE transaction with bulk inserts, after an
automatic backup of a SQLite file, and logs it in the action log.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from circlesoftrust.errors import ConflictError
from circlesoftrust.fast_insert import bulk_insert
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.io.contact_records import ParseResult
from circlesoftrust.io.import_plan import (
    ALREADY_THERE,
    DUPLICATE_IN_FILE,
    NAME_TOO_LONG,
    ORG_TOO_LONG,
    UNREADABLE,
    ImportPlan,
    PlannedAccount,
    PlannedRecord,
    _Org,
    build_plan,
)
from circlesoftrust.models import Account, ActionLog, Contact, Ring, RingChange
from circlesoftrust.services.lookups import lock_tables
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ContactRole, JourneyPhase, RingChangeSource

__all__ = [
    "ALREADY_THERE",
    "DUPLICATE_IN_FILE",
    "NAME_TOO_LONG",
    "ORG_TOO_LONG",
    "UNREADABLE",
    "ImportPlan",
    "ImportReport",
    "PlannedAccount",
    "PlannedRecord",
    "apply_import",
    "import_contacts",
    "plan_import",
    "report_json",
]

# Typed handles on the Core tables (the mapped classes' ``__table__`` is a FromClause).
_ACCOUNTS = cast(Table, Account.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_RING_CHANGES = cast(Table, RingChange.__table__)
_ACTION_LOG = cast(Table, ActionLog.__table__)


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote. ``changed_since_preview``: the database changed between the
    preview and the import, so the import was decided again on the current data."""

    plan: ImportPlan
    dry_run: bool
    backup: str | None
    changed_since_preview: bool

    @property
    def created(self) -> int:
        return self.plan.created

    @property
    def merged(self) -> int:
        return self.plan.merged

    @property
    def skipped(self) -> int:
        return self.plan.skipped

    def summary(self) -> str:
        p = self.plan
        if self.dry_run:
            head = _("Would import {source}: {created} created, {merged} merged, {skipped} skipped")
        elif p.writes_anything:
            head = _("Imported {source}: {created} created, {merged} merged, {skipped} skipped")
        else:
            head = _(
                "Nothing new in {source}: {created} created, {merged} merged, {skipped} skipped"
            )
        text = head.format(
            source=p.source, created=p.created, merged=p.merged, skipped=p.skipped
        ) + ngettext("; {n} new account", "; {n} new accounts", p.accounts_created).format(
            n=p.accounts_created
        )
        if p.accounts_updated:
            text += _(", {accounts_updated} with details filled in").format(
                accounts_updated=p.accounts_updated
            )
        if p.possible_duplicates:
            text += _(
                "; {possible_duplicates} possibly the same as someone already "
                "there (review them with `duplicates`)"
            ).format(possible_duplicates=p.possible_duplicates)
        return text


def plan_import(db: Database, parsed: ParseResult, *, source: str = "") -> ImportPlan:
    """What importing ``parsed`` would do, record by record. Writes nothing."""
    with gc_paused(), db.engine.connect() as conn:
        return build_plan(conn, parsed, source or "the file")


# ------------------------------------------------------------------------------ writing


def _same_outcome(a: ImportPlan, b: ImportPlan) -> bool:
    return [(r.action, r.account, r.contact_id) for r in a.records] == [
        (r.action, r.account, r.contact_id) for r in b.records
    ]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _insert_accounts(
    conn: Connection, orgs: Sequence[_Org], ring_id: int, source: str
) -> dict[str, int]:
    if not orgs:
        return {}
    now = _now()
    if conn.dialect.name == "sqlite":
        # The next ids, read right before the insert: should another program add an
        # account in between, the insert fails on the id (unique) and the whole import
        # rolls back with a "try again". Giving the ids lets the rows go through
        # executemany, several times faster than INSERT … RETURNING.
        start = int(conn.scalar(select(func.coalesce(func.max(Account.id), 0))) or 0) + 1
        ids = list(range(start, start + len(orgs)))
        stamp = now.isoformat(sep=" ")
        bulk_insert(
            conn,
            _ACCOUNTS,
            ("id", "name", "industry", "website", "notes", "ring_id", "pinned",
             "journey_phase", "needs_review", "created_at"),
            [
                (acc_id, o.name, o.industry, o.website, "", ring_id, 0,
                 JourneyPhase.DISCOVERY.value, int(o.needs_review), stamp)
                for acc_id, o in zip(ids, orgs, strict=True)
            ],
        )  # fmt: skip
    else:
        rows = [
            dict(
                name=o.name,
                industry=o.industry,
                website=o.website,
                notes="",
                ring_id=ring_id,
                pinned=False,
                journey_phase=JourneyPhase.DISCOVERY,
                needs_review=o.needs_review,
                created_at=now,
                archived_at=None,
            )
            for o in orgs
        ]
        # RETURNING with the parameters' order kept: the new ids, without a query per row.
        result = conn.execute(
            insert(_ACCOUNTS).returning(Account.id, sort_by_parameter_order=True), rows
        )
        ids = [row[0] for row in result]
    key_to_id = {o.key: acc_id for o, acc_id in zip(orgs, ids, strict=True)}
    bulk_insert(
        conn,
        _RING_CHANGES,
        ("account_id", "from_ring_id", "to_ring_id", "changed_on", "reason", "source"),
        (
            (
                acc_id,
                None,
                ring_id,
                now.date(),
                _("imported from {source}").format(source=source),
                RingChangeSource.IMPORT,
            )
            for acc_id in ids
        ),
    )
    return key_to_id


def _write(conn: Connection, plan: ImportPlan) -> None:
    outer = conn.scalar(select(Ring.id).order_by(Ring.position.desc()).limit(1))
    assert outer is not None, "a database always has rings"
    new_orgs = [o for o in plan._orgs if o.id is None]
    key_to_id = {o.key: o.id for o in plan._orgs if o.id is not None}
    key_to_id.update(_insert_accounts(conn, new_orgs, outer, plan.source))
    for o in plan._orgs:
        if o.id is not None and o.changed:
            conn.execute(
                update(_ACCOUNTS)
                .where(Account.id == o.id)
                .values(industry=o.industry, website=o.website, needs_review=o.needs_review)
            )
    now = _now()
    # On SQLite, hand bulk_insert plain values (text in the stored formats): it then skips
    # converting every cell, which is most of its cost for 100,000 contacts.
    sqlite = conn.dialect.name == "sqlite"
    stamp: object = now.isoformat(sep=" ") if sqlite else now
    roles: dict[ContactRole, object] = {r: (r.value if sqlite else r) for r in ContactRole}
    bulk_insert(
        conn,
        _CONTACTS,
        ("account_id", "name", "role", "title", "email", "phone", "notes", "created_at"),
        [
            (
                key_to_id[p.account_key],
                p.name,
                roles[p.role],
                p.title,
                p.email,
                p.phone,
                p.notes,
                stamp,
            )
            for p in plan._people
            if p.id is None
        ],
    )
    changed = [p for p in plan._people if p.id is not None]
    if changed:
        table = _CONTACTS
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values(
                role=bindparam("_role"),
                title=bindparam("_title"),
                email=bindparam("_email"),
                phone=bindparam("_phone"),
                notes=bindparam("_notes"),
            ),
            [
                dict(
                    _id=p.id,
                    _role=p.role,
                    _title=p.title,
                    _email=p.email,
                    _phone=p.phone,
                    _notes=p.notes,
                )
                for p in changed
            ],
        )


def _make_backup(db: Database) -> str | None:
    """The automatic "before-import" backup of a SQLite file (the backup module rotates)."""
    path = db.path
    if path is None:
        return None
    try:
        backup = importlib.import_module("circlesoftrust.backup")
    except ModuleNotFoundError as exc:  # pragma: no cover - a checkout without backups
        if exc.name != "circlesoftrust.backup":
            raise
        return None
    made = backup.make_automatic_backup(path, "before-import")
    return str(made) if made is not None else None


_log = logging.getLogger(__name__)


def _apply(
    db: Database, parsed: ParseResult, source: str, preview: ImportPlan | None
) -> ImportReport:
    try:
        report = _apply_once(db, parsed, source, preview)
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        # Another program changed the database between our read and write (a clash on
        # an account name): the transaction was rolled back, nothing was written.
        orig = exc.orig if isinstance(exc, IntegrityError) else exc
        raise ConflictError(
            _(
                "the import of {source} was rolled back, nothing was written: {orig}; "
                "the database changed meanwhile — try again"
            ).format(source=source, orig=orig)
        ) from None
    if report.plan.created or report.plan.merged:
        _check_duplicates(db)
    return report


def _check_duplicates(db: Database) -> None:
    """Bring the stored duplicate pairs up to date after an import (issue 17: a possible
    duplicate it made is in the review list and in Today at once). Only for a book that
    was checked before (the first check of a big book takes a minute: the user starts
    it), incrementally: the new and merged people's blocks. The import is done whatever
    happens here; a failure leaves the pairs for the next check."""
    from circlesoftrust.duplicates import stored

    try:
        if stored.last_check(db) is not None:
            stored.check(db)
    except DBAPIError as exc:
        _log.warning("duplicate check after the import skipped: %s", exc)


def _apply_once(
    db: Database, parsed: ParseResult, source: str, preview: ImportPlan | None
) -> ImportReport:
    # The plan's reads run inside the write transaction and under the write lock (SQLite:
    # BEGIN IMMEDIATE; PostgreSQL: accounts and contacts locked against writers), so a
    # contact or account another program adds meanwhile is merged, never doubled: that
    # program waits for the import, or the import for it.
    with gc_paused(), db.transaction(write=True) as session:
        lock_tables(session, "accounts", "contacts")
        conn = session.connection()
        current = build_plan(conn, parsed, source)
        changed = preview is not None and not _same_outcome(preview, current)
        if not current.writes_anything:
            return ImportReport(current, dry_run=False, backup=None, changed_since_preview=changed)
        backup = _make_backup(db)
        _write(conn, current)
        conn.execute(
            insert(_ACTION_LOG).values(
                at=_now(),
                kind="import",
                account_id=None,
                summary=(
                    f"imported {current.source}: {current.created} created, "
                    f"{current.merged} merged, {current.skipped} skipped, "
                    f"{current.accounts_created} new accounts"
                ),
            )
        )
    return ImportReport(current, dry_run=False, backup=backup, changed_since_preview=changed)


def apply_import(db: Database, plan: ImportPlan) -> ImportReport:
    """Write ``plan`` in one transaction (bulk inserts) after a before-import backup.

    The plan is decided again inside the write transaction, so the import is right even
    if the database changed after the preview (the report says so). A plan that changes
    nothing writes nothing at all: no backup, no log line.
    """
    return _apply(db, plan.parsed, plan.source, plan)


def import_contacts(
    db: Database, parsed: ParseResult, *, source: str = "", dry_run: bool = False
) -> ImportReport:
    """Plan and (unless ``dry_run``) apply in one go, deciding once: what the CLI does."""
    name = source or "the file"
    if dry_run:
        plan = plan_import(db, parsed, source=name)
        return ImportReport(plan, dry_run=True, backup=None, changed_since_preview=False)
    return _apply(db, parsed, name, None)


# ------------------------------------------------------------------------------ reports


def report_json(report: ImportReport) -> dict[str, object]:
    """The JSON shape of ``import --json`` (documented in docs/cli.md)."""
    p = report.plan
    return {
        "source": p.source,
        "format": p.format,
        "dry_run": report.dry_run,
        "counts": {
            "created": p.created,
            "merged": p.merged,
            "skipped": p.skipped,
            "accounts_created": p.accounts_created,
            "accounts_updated": p.accounts_updated,
        },
        "skipped_reasons": p.skipped_reasons(),
        "records": [
            {
                "line": r.line,
                "name": r.name,
                "account": r.account,
                "action": r.action,
                "reason": r.reason,
            }
            for r in p.records
        ],
        "issues": [{"line": i.line, "message": i.message} for i in p.issues],
        "possible_duplicates": [
            {"line": r.line, "name": r.name, "of": r.possible_duplicate}
            for r in p.records
            if r.possible_duplicate
        ],
        "backup": report.backup,
        "changed_since_preview": report.changed_since_preview,
    }
