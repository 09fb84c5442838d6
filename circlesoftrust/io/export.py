"""Export accounts and contacts to address books (vCard), spreadsheets (CSV) and calendars
(iCalendar), plus the full JSON export that ``import`` restores (see :mod:`.full_export`).

Files are written with the maintained libraries (vobject, icalendar, ``csv``) and
atomically: a half-written export never sits under the user's file name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import uuid
from dataclasses import dataclass

import vobject  # type: ignore[import-untyped, unused-ignore]
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.io import calendar_feed
from circlesoftrust.io.calendar_feed import CalendarEntry
from circlesoftrust.io.files import ExportResult, write_atomically
from circlesoftrust.io.full_export import (
    FORMAT_VERSION,
    RestoreReport,
    export_json,
    restore_json,
)
from circlesoftrust.models import Account, AccountTag, Contact, Ring
from circlesoftrust.plain_text import without_controls
from circlesoftrust.services.lookups import get_account_row, today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ContactRole

__all__ = [
    "CSV_COLUMNS",
    "CSV_IMPORT_MAP",
    "FORMAT_VERSION",
    "CalendarEntry",
    "ExportResult",
    "RestoreReport",
    "calendar_entries",
    "contacts_csv",
    "contacts_vcard",
    "export_csv",
    "export_ics",
    "export_json",
    "export_vcard",
    "neutralise_cell",
    "restore_json",
    "undo_neutralise_cell",
    "write_atomically",
]

PRODID = "-//Circles of Trust//circlesoftrust//EN"
VCARD_VERSIONS = ("3.0", "4.0")
# One stable namespace so the same contact or task always gets the same UID: address
# books and calendars then update an entry on re-import instead of doubling it.
_UID_NAMESPACE = uuid.UUID("4c9d6f0e-8f0a-4d7e-9a53-2f1c0f7e4b11")

# The CSV export's columns. Its own layout is recognised on import (CSV_IMPORT_MAP), so
# exporting and importing again gives the same contacts.
CSV_COLUMNS = (
    "Account",
    "Ring",
    "Industry",
    "Website",
    "Tags",
    "Account notes",
    "Name",
    "Job title",
    "Role",
    "Email",
    "Phone",
    "Notes",
)
# Header -> ContactRecord field. "Job title" and "Role" are kept apart, like TITLE and
# ROLE in a vCard: the role column holds one of the buying-group roles (role_label).
CSV_IMPORT_MAP = {
    "Account": "organisation",
    "Industry": "industry",
    "Website": "website",
    "Name": "name",
    "Job title": "title",
    "Role": "role",
    "Email": "email",
    "Phone": "phone",
    "Notes": "notes",
}
# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_APOSTROPHE = (*_FORMULA_START, "'")


@dataclass(frozen=True)
class _ContactRow:
    id: int
    name: str
    role: ContactRole
    title: str | None
    email: str | None
    phone: str | None
    notes: str
    created_at: dt.datetime
    account_id: int
    account_name: str
    person_account: bool  # the account is only a stand-in named after this person
    website: str | None
    ring_name: str


def _account_filter(session: Session, account: int | str | None) -> int | None:
    return None if account is None else get_account_row(session, account).id


def role_label(role: ContactRole) -> str:
    """ "Decision maker": how a ROLE property or the CSV "Role" column writes a role; the
    readers map it back (``contact_records.contact_role``)."""
    return role.value.replace("_", " ").capitalize()


def _contact_rows(session: Session, account_id: int | None) -> list[_ContactRow]:
    """Active contacts (of active accounts unless one account is asked for), by account."""
    query = (
        select(Contact, Account, Ring.name)
        .join(Account, Account.id == Contact.account_id)
        .join(Ring, Ring.id == Account.ring_id)
        .where(Contact.archived_at.is_(None))
        .order_by(func.lower(Account.name), Account.id, func.lower(Contact.name), Contact.id)
    )
    if account_id is None:
        query = query.where(Account.archived_at.is_(None))
    else:
        query = query.where(Account.id == account_id)
    rows = []
    for contact, acc, ring_name in session.execute(query):
        rows.append(
            _ContactRow(
                id=contact.id,
                name=contact.name,
                role=contact.role,
                title=contact.title,
                email=contact.email,
                phone=contact.phone,
                notes=contact.notes,
                created_at=contact.created_at,
                account_id=acc.id,
                account_name=acc.name,
                # An import puts a person without an organisation into an account named
                # after them; exporting that "organisation" would invent a company.
                person_account=acc.needs_review and acc.name.casefold() == contact.name.casefold(),
                website=acc.website,
                ring_name=ring_name,
            )
        )
    return rows


# --------------------------------------------------------------------------- vCard


def _split_name(name: str) -> tuple[str, str]:
    """(family, given) for the structured N property: the last word is the family name."""
    parts = name.split()
    if len(parts) < 2:
        return name, ""
    return parts[-1], " ".join(parts[:-1])


def _contact_uid(row: _ContactRow) -> str:
    # id + creation time: stable for this contact, distinct from another database's id 7.
    key = f"contact/{row.id}/{row.created_at.isoformat()}"
    return f"urn:uuid:{uuid.uuid5(_UID_NAMESPACE, key)}"


def _vcard(row: _ContactRow, version: str) -> str:
    card = vobject.vCard()
    card.add("version").value = version
    card.add("prodid").value = PRODID
    card.add("uid").value = _contact_uid(row)
    if version == "4.0":
        card.add("kind").value = "individual"
    card.add("fn").value = row.name
    family, given = _split_name(row.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if not row.person_account:
        card.add("org").value = [row.account_name]
        if row.website:
            url = card.add("url")
            url.value = row.website
            url.type_param = "work"
    if row.title:
        card.add("title").value = row.title
    if row.role is not ContactRole.OTHER:
        card.add("role").value = role_label(row.role)
    if row.email:
        email = card.add("email")
        email.value = row.email
        email.type_param = ["INTERNET", "WORK"] if version == "3.0" else "work"
    if row.phone:
        tel = card.add("tel")
        tel.value = row.phone
        tel.type_param = ["WORK", "VOICE"] if version == "3.0" else ["work", "voice"]
    if row.notes:
        card.add("note").value = row.notes
    card.add("categories").value = [row.ring_name]
    text: str = card.serialize()
    return without_controls(text)  # (none are stored now; an older database may hold some)


def contacts_vcard(db: Database, *, account: int | str | None = None, version: str = "4.0") -> str:
    """All active contacts (or one account's) as vCard text, one card per contact."""
    if version not in VCARD_VERSIONS:
        raise ValidationError(
            "vcard-version", _("{version!r} is not 3.0 or 4.0").format(version=version)
        )
    with db.transaction() as session:
        rows = _contact_rows(session, _account_filter(session, account))
    return "".join(_vcard(row, version) for row in rows)


def export_vcard(
    db: Database,
    path: str | os.PathLike[str],
    *,
    account: int | str | None = None,
    version: str = "4.0",
) -> ExportResult:
    if version not in VCARD_VERSIONS:
        raise ValidationError(
            "vcard-version", _("{version!r} is not 3.0 or 4.0").format(version=version)
        )
    with db.transaction() as session:
        rows = _contact_rows(session, _account_filter(session, account))
    text = "".join(_vcard(row, version) for row in rows)
    target = write_atomically(path, text.encode("utf-8"))
    return ExportResult(str(target), "vcard", len(rows), len({r.account_id for r in rows}))


# ----------------------------------------------------------------------------- CSV


def neutralise_cell(value: str) -> str:
    """Defuse spreadsheet formulas: a cell starting with = + - @ tab or CR gets a ' first.

    Spreadsheets show the apostrophe-prefixed value as plain text. A value that itself
    starts with an apostrophe gets one more, so the import can take exactly one off
    again (:func:`undo_neutralise_cell`) and ``+49 30 …`` or ``'quoted`` come back as
    they were.
    """
    value = without_controls(value)
    return "'" + value if value.startswith(_NEEDS_APOSTROPHE) else value


def undo_neutralise_cell(value: str) -> str:
    """The inverse of :func:`neutralise_cell` (for files this program exported)."""
    if value.startswith("'") and value[1:2] and value[1:2] in _NEEDS_APOSTROPHE:
        return value[1:]
    return value


def _csv_rows(session: Session, account_id: int | None) -> list[tuple[str, ...]]:
    contacts = _contact_rows(session, account_id)
    accounts_q = (
        select(Account, Ring.name)
        .join(Ring, Ring.id == Account.ring_id)
        .order_by(func.lower(Account.name), Account.id)
    )
    if account_id is None:
        accounts_q = accounts_q.where(Account.archived_at.is_(None))
    else:
        accounts_q = accounts_q.where(Account.id == account_id)
    accounts = list(session.execute(accounts_q))
    tags: dict[int, list[str]] = {}
    tag_q = select(AccountTag.account_id, AccountTag.tag).order_by(AccountTag.tag)
    if account_id is not None:
        tag_q = tag_q.where(AccountTag.account_id == account_id)
    for acc_id, tag in session.execute(tag_q):
        tags.setdefault(acc_id, []).append(tag)
    by_account: dict[int, list[_ContactRow]] = {}
    for row in contacts:
        by_account.setdefault(row.account_id, []).append(row)

    out: list[tuple[str, ...]] = []
    for acc, ring_name in accounts:
        account_cells = (
            acc.name,
            ring_name,
            acc.industry or "",
            acc.website or "",
            ", ".join(tags.get(acc.id, [])),
            acc.notes,
        )
        people = by_account.get(acc.id, [])
        if not people:  # an account without contacts still gets its line
            out.append((*account_cells, "", "", "", "", "", ""))
        for c in people:
            cells = account_cells
            if c.person_account:
                cells = ("", *account_cells[1:])
            role = role_label(c.role) if c.role is not ContactRole.OTHER else ""
            out.append((*cells, c.name, c.title or "", role, c.email or "", c.phone or "", c.notes))
    return out


def contacts_csv(db: Database, *, account: int | str | None = None) -> str:
    """Accounts and their contacts, one row per contact (an account without any: one row)."""
    with db.transaction() as session:
        rows = _csv_rows(session, _account_filter(session, account))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([neutralise_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def export_csv(
    db: Database, path: str | os.PathLike[str], *, account: int | str | None = None
) -> ExportResult:
    text = contacts_csv(db, account=account)
    # UTF-8 with a BOM: Excel otherwise opens UTF-8 as the local code page.
    target = write_atomically(path, text.encode("utf-8-sig"))
    lines = text.count("\r\n") - 1
    with db.transaction() as session:
        account_id = _account_filter(session, account)
    accounts = 1 if account_id is not None else _count_active_accounts(db)
    return ExportResult(str(target), "csv", lines, accounts)


def _count_active_accounts(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).where(Account.archived_at.is_(None))) or 0)


# ------------------------------------------------------------------------ iCalendar


def calendar_entries(
    db: Database,
    *,
    account: int | str | None = None,
    on: dt.date | None = None,
    horizon_days: int = 30,
) -> list[CalendarEntry]:
    """Open tasks plus follow-ups falling due within ``horizon_days``, by date."""
    day = on or today()
    with db.transaction() as session:
        return calendar_feed.calendar_entries(
            session,
            account_id=_account_filter(session, account),
            on=day,
            horizon_days=horizon_days,
        )


def export_ics(
    db: Database,
    path: str | os.PathLike[str],
    *,
    account: int | str | None = None,
    on: dt.date | None = None,
    horizon_days: int = 30,
    as_todos: bool = False,
    alarm_minutes: int | None = None,
) -> ExportResult:
    """Follow-ups and open tasks as an iCalendar file; writing the same file again
    updates it for calendars that follow it (stable UIDs, SEQUENCE, cancellations: see
    :mod:`circlesoftrust.io.calendar_feed`)."""
    with db.transaction() as session:
        account_id = _account_filter(session, account)
    result = calendar_feed.write_calendar(
        db,
        path,
        account_id=account_id,
        on=on or today(),
        horizon_days=horizon_days,
        as_todos=as_todos,
        alarm_minutes=alarm_minutes,
    )
    return ExportResult(result.path, "ics", result.entries, result.accounts)
