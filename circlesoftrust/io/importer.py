"""Import contacts read from an address book: plan first (a preview), then apply.

:func:`plan_import` decides, record by record, what an import would do — create the
contact, merge it into one already there, or skip it — and says why, with the record's
line in the file. Nothing is written. :func:`apply_import` writes a plan in ONE
transaction with bulk inserts, after an automatic backup of a SQLite file, and logs it.

Rules (also shown to the user):

* Contacts are grouped into accounts by organisation (case-insensitive). A contact
  without one goes to an account named after the person, marked "needs review".
* A duplicate is a contact with the same e-mail address anywhere in the database (or
  earlier in the file), or with the same name in the same account. A duplicate is
  merged, never doubled: empty fields are filled; an e-mail address or phone number
  that differs from the one stored is added to the contact's notes.
* A record that would change nothing is skipped, so importing a file twice changes
  nothing the second time.
* Bad values (an invalid e-mail address, an over-long title...) are reported with the
  line and the field is left out; a record whose name or organisation cannot be stored
  is skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import importlib
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from circlesoftrust import validation as v
from circlesoftrust.demo import bulk_insert
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.io.contact_records import ContactRecord, ParseIssue, ParseResult
from circlesoftrust.models import (
    Account,
    ActionLog,
    Contact,
    ContactRole,
    JourneyPhase,
    Ring,
    RingChange,
    RingChangeSource,
)
from circlesoftrust.storage import Database

# Typed handles on the Core tables (the mapped classes' ``__table__`` is a FromClause).
_ACCOUNTS = cast(Table, Account.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_RING_CHANGES = cast(Table, RingChange.__table__)
_ACTION_LOG = cast(Table, ActionLog.__table__)

__all__ = [
    "ImportPlan",
    "ImportReport",
    "PlannedAccount",
    "PlannedRecord",
    "apply_import",
    "plan_import",
    "report_json",
]

CREATE, MERGE, SKIP = "create", "merge", "skip"

# Reason categories: the JSON report counts skipped records by these.
ALREADY_THERE = "already in the database, nothing new"
DUPLICATE_IN_FILE = "duplicate of an earlier record in the file, nothing new"
UNREADABLE = "could not be read"
NAME_TOO_LONG = "name longer than 200 characters"
ORG_TOO_LONG = "organisation name longer than 200 characters"

_NOT_DIGIT = re.compile(r"\D")
# What our readers (contact_records.read_contacts, import_source) call their results.
_READER_FORMATS = frozenset(
    {"vcard", "csv-google", "csv-outlook", "csv-simple", "csv-mapped", "csv-circlesoftrust"}
)
_MAX = {"name": 200, "title": 200, "email": 254, "phone": 40, "industry": 120, "website": 300}


@dataclass(frozen=True)
class PlannedRecord:
    """What happens to one record of the file, and why."""

    line: int
    name: str
    account: str  # the account it goes to (or is in, for a merge); "" when skipped early
    action: str  # create | merge | skip
    reason: str  # plain words, shown in the preview
    category: str  # a stable reason category (counted in the report)
    contact_id: int | None = None  # the existing contact merged into / matched


@dataclass(frozen=True)
class PlannedAccount:
    name: str
    action: str  # create | update | existing
    account_id: int | None
    needs_review: bool
    contacts: int  # contacts created in it


@dataclass
class _Person:
    """A contact during planning: one from the database or one the file creates."""

    id: int | None
    account_key: str
    name: str
    role: ContactRole
    title: str | None
    email: str | None
    phone: str | None
    notes: str
    line: int = 0  # for a contact created by the file: its first line
    changed: set[str] = field(default_factory=set)


@dataclass
class _Org:
    key: str
    id: int | None
    name: str
    industry: str | None
    website: str | None
    needs_review: bool
    changed: set[str] = field(default_factory=set)
    created_contacts: int = 0


@dataclass(frozen=True)
class ImportPlan:
    """A preview of an import. ``records`` in file order; ``issues`` by line."""

    source: str
    format: str
    records: tuple[PlannedRecord, ...]
    accounts: tuple[PlannedAccount, ...]
    issues: tuple[ParseIssue, ...]
    parsed: ParseResult = field(repr=False)
    _people: tuple[_Person, ...] = field(default=(), repr=False)
    _orgs: tuple[_Org, ...] = field(default=(), repr=False)

    def count(self, action: str) -> int:
        return sum(1 for r in self.records if r.action == action)

    @property
    def created(self) -> int:
        return self.count(CREATE)

    @property
    def merged(self) -> int:
        return self.count(MERGE)

    @property
    def skipped(self) -> int:
        return self.count(SKIP)

    @property
    def unreadable(self) -> int:
        """Cards or rows the reader had to skip (no name, cut short, wrong width...)."""
        return sum(1 for r in self.records if r.category == UNREADABLE)

    @property
    def accounts_created(self) -> int:
        return sum(1 for a in self.accounts if a.action == CREATE)

    @property
    def accounts_updated(self) -> int:
        return sum(1 for a in self.accounts if a.action == "update")

    @property
    def writes_anything(self) -> bool:
        return any(r.action != SKIP for r in self.records) or self.accounts_updated > 0

    def skipped_reasons(self) -> dict[str, int]:
        counts = Counter(r.category for r in self.records if r.action == SKIP)
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


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
        verb = "Would import" if self.dry_run else "Imported"
        if not p.writes_anything and not self.dry_run:
            verb = "Nothing new in"
        text = (
            f"{verb} {p.source}: {p.created} created, {p.merged} merged, {p.skipped} skipped"
            f"; {p.accounts_created} new account{'s' if p.accounts_created != 1 else ''}"
        )
        if p.accounts_updated:
            text += f", {p.accounts_updated} with details filled in"
        return text


def _is_skip_issue(issue: ParseIssue) -> bool:
    # The readers end the message of a card or row they could not use with "; skipped".
    return "; skipped" in issue.message


# ----------------------------------------------------------------------------- planning


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big import builds its objects.

    Planning 100,000 records creates several hundred thousand long-lived objects; the
    collector would otherwise walk all of them again and again (about a fifth of the
    import's time). Nothing here makes reference cycles; collection resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _phone_key(text: str) -> str:
    return ("+" if text.strip().startswith("+") else "") + _NOT_DIGIT.sub("", text)


@functools.lru_cache(maxsize=4096)
def _role_of(text: str | None) -> ContactRole | None:
    """The buying-group role a text names ("Decision maker", "finance"), else None.
    Cached: an address book repeats a few job titles thousands of times."""
    if text is None:
        return None
    try:
        return v.choice(ContactRole, text, "role")
    except ValidationError:
        return None


def _load_people(conn: Connection) -> tuple[dict[str, _Org], list[_Person]]:
    orgs: dict[str, _Org] = {}
    by_id: dict[int, str] = {}
    for acc_id, name, industry, website, review in conn.execute(
        select(
            Account.id, Account.name, Account.industry, Account.website, Account.needs_review
        ).order_by(Account.id)
    ):
        key = _fold(name)
        if key in orgs:  # "ACME" beside "Acme": only the older one is matched by name
            key = f"{key}\x00{acc_id}"
        orgs[key] = _Org(key, acc_id, name, industry, website, review)
        by_id[acc_id] = key
    people = [
        _Person(cid, by_id[acc_id], name, ContactRole(role), title, email, phone, notes)
        for cid, acc_id, name, role, title, email, phone, notes in conn.execute(
            select(
                Contact.id,
                Contact.account_id,
                Contact.name,
                Contact.role,
                Contact.title,
                Contact.email,
                Contact.phone,
                Contact.notes,
            ).order_by(Contact.id)
        )
    ]
    return orgs, people


@dataclass
class _Clean:
    name: str
    organisation: str | None
    role: ContactRole | None
    title: str | None
    emails: list[str]
    phones: list[str]
    notes: str
    industry: str | None
    website: str | None


def _limited(
    value: str | None, field_name: str, label: str, line: int, issues: list[ParseIssue]
) -> str | None:
    text = (value or "").strip() or None
    if text is not None and len(text) > _MAX[field_name]:
        issues.append(
            ParseIssue(line, f"{label} is longer than {_MAX[field_name]} characters; left out")
        )
        return None
    return text


def _emails(record: ContactRecord, issues: list[ParseIssue]) -> list[str]:
    emails: list[str] = []
    seen: set[str] = set()
    for raw in record.emails:
        try:
            email = v.email(raw)
        except ValidationError as exc:
            issues.append(ParseIssue(record.line, f"{exc.message}; e-mail left out"))
            continue
        if email and email.casefold() not in seen:
            seen.add(email.casefold())
            emails.append(email)
    return emails


def _phones(record: ContactRecord, issues: list[ParseIssue], checked: bool) -> list[str]:
    phones: list[str] = []
    seen: set[str] = set()
    for raw in record.phones:
        phone: str | None = raw
        if not checked:
            try:
                phone = v.phone(raw)
            except ValidationError as exc:
                issues.append(ParseIssue(record.line, f"{exc.message}; phone left out"))
                continue
        if not phone:
            continue
        if len(phone) > _MAX["phone"]:
            issues.append(ParseIssue(record.line, f"phone {phone!r} is too long; left out"))
            continue
        if (key := _phone_key(phone)) not in seen:
            seen.add(key)
            phones.append(phone)
    return phones


def _clean(record: ContactRecord, issues: list[ParseIssue], checked: bool) -> _Clean | str:
    """Validate one record; drop bad fields (with an issue). A skip reason as ``str``.

    ``checked``: the record comes from our vCard/CSV readers, which already checked its
    e-mail addresses and phone numbers with :mod:`circlesoftrust.validation` (and
    reported the bad ones with their lines); only the column lengths are left to check.
    """
    line = record.line
    name = " ".join((record.name or "").split())
    if len(name) > _MAX["name"]:
        return NAME_TOO_LONG
    org = " ".join((record.organisation or "").split()) or None
    if org is not None and len(org) > _MAX["name"]:
        return ORG_TOO_LONG
    role_text = _limited(record.role, "title", "job title", line, issues)
    role = _role_of(role_text)
    return _Clean(
        name=name,
        organisation=org,
        role=role,
        # "Decision maker" is the contact's role, not a job title; anything else is a title.
        title=None if role is not None else role_text,
        emails=list(record.emails) if checked else _emails(record, issues),
        phones=_phones(record, issues, checked),
        notes=(record.notes or "").strip(),
        industry=_limited(record.industry, "industry", "industry", line, issues),
        website=_limited(record.website, "website", "website", line, issues),
    )


def _mentions(notes: str, value: str) -> bool:
    return value.casefold() in notes.casefold()


def _append_note(person: _Person, text: str) -> None:
    person.notes = f"{person.notes}\n{text}" if person.notes else text
    person.changed.add("notes")


def _merge_into(person: _Person, rec: _Clean) -> list[str]:
    """Fill the person's empty fields from the record; return what changed (for the reason)."""
    added: list[str] = []
    if rec.title and not person.title:
        person.title = rec.title
        person.changed.add("title")
        added.append("job title")
    if rec.role and person.role is ContactRole.OTHER:
        person.role = rec.role
        person.changed.add("role")
        added.append("role")
    for email in rec.emails:
        if person.email is None:
            person.email = email
            person.changed.add("email")
            added.append("e-mail")
        elif email.casefold() != person.email.casefold() and not _mentions(person.notes, email):
            _append_note(person, f"Other e-mail: {email}")
            added.append("e-mail to notes")
    for phone in rec.phones:
        if person.phone is None:
            person.phone = phone
            person.changed.add("phone")
            added.append("phone")
        elif _phone_key(phone) != _phone_key(person.phone) and not _mentions(person.notes, phone):
            _append_note(person, f"Other phone: {phone}")
            added.append("phone to notes")
    if rec.notes and not _mentions(person.notes, rec.notes):
        _append_note(person, rec.notes)
        added.append("notes")
    return list(dict.fromkeys(added))


def _new_person(rec: _Clean, account_key: str, line: int) -> _Person:
    notes = rec.notes
    extras = [f"Other e-mail: {e}" for e in rec.emails[1:]]
    extras += [f"Other phone: {p}" for p in rec.phones[1:]]
    if extras:
        notes = "\n".join([notes, *extras] if notes else extras)
    return _Person(
        id=None,
        account_key=account_key,
        name=rec.name,
        role=rec.role or ContactRole.OTHER,
        title=rec.title,
        email=rec.emails[0] if rec.emails else None,
        phone=rec.phones[0] if rec.phones else None,
        notes=notes,
        line=line,
    )


def _plan(conn: Connection, parsed: ParseResult, source: str) -> ImportPlan:
    orgs, people = _load_people(conn)
    by_email: dict[str, _Person] = {}
    by_name: dict[tuple[str, str], _Person] = {}
    for person in people:
        if person.email:
            by_email.setdefault(person.email.casefold(), person)
        by_name.setdefault((person.account_key, _fold(person.name)), person)
    created: list[_Person] = []
    issues: list[ParseIssue] = list(parsed.issues)
    records: list[PlannedRecord] = []

    checked = parsed.format in _READER_FORMATS
    for record in parsed.records:
        rec = _clean(record, issues, checked)
        if isinstance(rec, str):
            records.append(PlannedRecord(record.line, record.name[:80], "", SKIP, rec, rec))
            issues.append(ParseIssue(record.line, f"{rec}; skipped"))
            continue
        match: _Person | None = None
        why = ""
        for email in rec.emails:
            match = by_email.get(email.casefold())
            if match is not None:
                why = f"same e-mail as {match.name}"
                break
        account_key = _fold(rec.organisation or rec.name)
        if match is None:
            match = by_name.get((account_key, _fold(rec.name)))
            why = "same name in the same account"
        if match is not None:
            org = orgs[match.account_key]
            if rec.industry and not org.industry:
                org.industry = rec.industry
                org.changed.add("industry")
            if rec.website and not org.website:
                org.website = rec.website
                org.changed.add("website")
            added = _merge_into(match, rec)
            in_db = match.id is not None
            where = f" (line {match.line})" if not in_db else ""
            if added:
                reason = f"{why}{where}; adds {', '.join(added)}"
                records.append(
                    PlannedRecord(
                        record.line, rec.name, org.name, MERGE, reason, "merged", match.id
                    )
                )
            else:
                category = ALREADY_THERE if in_db else DUPLICATE_IN_FILE
                records.append(
                    PlannedRecord(
                        record.line, rec.name, org.name, SKIP, f"{why}{where}; nothing new",
                        category, match.id,
                    )
                )  # fmt: skip
        else:
            org_or_none = orgs.get(account_key)
            if org_or_none is None:
                org_or_none = _Org(
                    key=account_key,
                    id=None,
                    name=rec.organisation or rec.name,
                    industry=rec.industry,
                    website=rec.website,
                    needs_review=rec.organisation is None,
                )
                orgs[account_key] = org_or_none
            org = org_or_none
            if org.id is not None:
                for attr in ("industry", "website"):
                    if getattr(rec, attr) and not getattr(org, attr):
                        setattr(org, attr, getattr(rec, attr))
                        org.changed.add(attr)
            person = _new_person(rec, account_key, record.line)
            created.append(person)
            org.created_contacts += 1
            if org.id is None and org.created_contacts == 1:
                reason = (
                    "new contact in a new account named after the person (needs review)"
                    if org.needs_review
                    else "new contact in a new account"
                )
            else:
                reason = "new contact"
            records.append(PlannedRecord(record.line, rec.name, org.name, CREATE, reason, "new"))
            match = person
        for email in rec.emails:
            by_email.setdefault(email.casefold(), match)
        by_name.setdefault((match.account_key, _fold(match.name)), match)

    # Cards or rows the reader could not use are skipped records too (with its reason).
    records.extend(
        PlannedRecord(issue.line, "", "", SKIP, issue.message, UNREADABLE)
        for issue in parsed.issues
        if _is_skip_issue(issue)
    )
    records.sort(key=lambda r: r.line)
    accounts = []
    for org in orgs.values():
        if org.id is None:
            action = CREATE
        elif org.changed:
            action = "update"
        elif org.created_contacts:
            action = "existing"
        else:
            continue
        accounts.append(
            PlannedAccount(org.name, action, org.id, org.needs_review, org.created_contacts)
        )
    issues.sort(key=lambda i: i.line)
    return ImportPlan(
        source=source,
        format=parsed.format,
        records=tuple(records),
        accounts=tuple(accounts),
        issues=tuple(issues),
        parsed=parsed,
        _people=tuple(created) + tuple(p for p in people if p.changed),
        _orgs=tuple(o for o in orgs.values() if o.id is None or o.changed or o.created_contacts),
    )


def plan_import(db: Database, parsed: ParseResult, *, source: str = "") -> ImportPlan:
    """What importing ``parsed`` would do, record by record. Writes nothing."""
    with gc_paused(), db.engine.connect() as conn:
        return _plan(conn, parsed, source or "the file")


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
            (acc_id, None, ring_id, now.date(), f"imported from {source}", RingChangeSource.IMPORT)
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
                .values(industry=o.industry, website=o.website)
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


def _apply(
    db: Database, parsed: ParseResult, source: str, preview: ImportPlan | None
) -> ImportReport:
    try:
        return _apply_once(db, parsed, source, preview)
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        # Another program changed the database between our read and write (a clash on
        # an account name): the transaction was rolled back, nothing was written.
        orig = exc.orig if isinstance(exc, IntegrityError) else exc
        raise ConflictError(
            f"the import of {source} was rolled back, nothing was written: {orig}; "
            "the database changed meanwhile — try again"
        ) from None


def _apply_once(
    db: Database, parsed: ParseResult, source: str, preview: ImportPlan | None
) -> ImportReport:
    with gc_paused(), db.transaction() as session:
        conn = session.connection()
        current = _plan(conn, parsed, source)
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
        "backup": report.backup,
        "changed_since_preview": report.changed_since_preview,
    }
