"""The people in an account's buying group: add, update, archive, delete, look up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    Contact,
)
from circlesoftrust.services.field_words import changed_fields
from circlesoftrust.services.lookups import (
    get_account_row,
    get_contact_row,
    lock_rows,
    lock_tables,
    log_action,
)
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version
from circlesoftrust.vocabulary import ContactRole, RelationshipStage

_UNSET = object()


@dataclass(frozen=True)
class ContactInfo:
    id: int
    account_id: int
    name: str
    role: str
    title: str | None
    email: str | None
    phone: str | None
    notes: str
    stage_override: str | None
    archived: bool
    version: int = 1


def contact_info(contact: Contact) -> ContactInfo:
    return ContactInfo(
        id=contact.id,
        account_id=contact.account_id,
        name=contact.name,
        role=contact.role.value,
        title=contact.title,
        email=contact.email,
        phone=contact.phone,
        notes=contact.notes,
        stage_override=contact.stage_override.value if contact.stage_override else None,
        archived=contact.archived_at is not None,
        version=contact.version,
    )


def add_contact(
    db: Database,
    account: int | str,
    name: str,
    *,
    role: str = "other",
    title: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    notes: str = "",
    stage_override: str | None = None,
) -> ContactInfo:
    """A new person in the account's buying group; ``stage_override`` sets the
    relationship stage by hand (None: derived from the touchpoints)."""
    clean_name = v.required_text("name", name)
    clean_role = v.choice(ContactRole, role, "role")
    clean_stage = v.choice(RelationshipStage, stage_override, "stage") if stage_override else None
    clean_email = v.email(email)
    clean_phone = v.phone(phone)
    clean_title = v.optional_text("title", title, max_length=200)
    with db.transaction(write=True) as session:
        row = get_account_row(session, account)
        if clean_email:
            _check_email_free(session, clean_email)
        contact = Contact(
            account_id=row.id,
            name=clean_name,
            role=clean_role,
            title=clean_title,
            email=clean_email,
            phone=clean_phone,
            notes=notes.strip(),
            stage_override=clean_stage,
        )
        session.add(contact)
        session.flush()
        return contact_info(contact)


def update_contact(
    db: Database,
    contact: int | str,
    *,
    name: str | None = None,
    role: str | None = None,
    title: str | object | None = _UNSET,
    email: str | object | None = _UNSET,
    phone: str | object | None = _UNSET,
    notes: str | None = None,
    stage_override: str | object | None = _UNSET,
    expected_version: int | None = None,
) -> ContactInfo:
    """Change the fields given; ``expected_version`` as for :func:`update_account`."""
    with db.transaction(write=True) as session:
        row = get_contact_row(session, contact)
        lock_rows(session, Contact, [row.id])
        check_version(session, row, expected_version, target=f"contact:{row.id}", label=row.name)
        before = contact_info(row)
        if name is not None:
            row.name = v.required_text("name", name)
        if role is not None:
            row.role = v.choice(ContactRole, role, "role")
        if title is not _UNSET:
            row.title = v.optional_text("title", title)  # type: ignore[arg-type]
        if email is not _UNSET:
            new_email = v.email(email)  # type: ignore[arg-type]
            if new_email and (row.email or "").lower() != new_email.lower():
                _check_email_free(session, new_email, except_id=row.id)
            row.email = new_email
        if phone is not _UNSET:
            row.phone = v.phone(phone)  # type: ignore[arg-type]
        if notes is not None:
            row.notes = notes.strip()
        if stage_override is not _UNSET:
            row.stage_override = (
                None
                if stage_override is None
                else v.choice(RelationshipStage, stage_override, "stage")  # type: ignore[arg-type]
            )
        session.flush()
        after = contact_info(row)
        changed = [
            f
            for f in ("name", "role", "title", "email", "phone", "notes", "stage_override")
            if getattr(after, f) != getattr(before, f)
        ]
        if changed:
            log_action(
                session,
                "edit contact",
                _("{name}: {fields} changed").format(name=row.name, fields=changed_fields(changed)),
                row.account_id,
                target=f"contact:{row.id}",
            )
        return contact_info(row)


def _check_email_free(session: Session, email: str, except_id: int | None = None) -> None:
    """One person, one contact: an e-mail address belongs to one contact in the whole
    database (the import merges on it; ``check`` reports doubles). Other writers are kept
    out until the transaction ends, so the answer stays true until it commits."""
    lock_tables(session, "contacts")
    query = (
        select(Contact.name, Account.name)
        .join(Account, Account.id == Contact.account_id)
        .where(func.lower(Contact.email) == email.lower())
    )
    if except_id is not None:
        query = query.where(Contact.id != except_id)
    clash = session.execute(query.limit(1)).first()
    if clash is not None:
        raise ConflictError(
            _("{value} in {value2} already has e-mail {email}").format(
                value=clash[0], value2=clash[1], email=email
            )
        )


def archive_contact(db: Database, contact: int | str, *, archived: bool = True) -> ContactInfo:
    with db.transaction() as session:
        row = get_contact_row(session, contact)
        row.archived_at = dt.datetime.now().replace(microsecond=0) if archived else None
        session.flush()
        return contact_info(row)


def delete_contact(db: Database, contact: int | str) -> ContactInfo:
    with db.transaction() as session:
        row = get_contact_row(session, contact)
        info = contact_info(row)
        session.delete(row)
        return info


def list_contacts(
    db: Database, account: int | str, *, include_archived: bool = False
) -> list[ContactInfo]:
    with db.transaction() as session:
        row = get_account_row(session, account)
        query = select(Contact).where(Contact.account_id == row.id).order_by(Contact.name)
        if not include_archived:
            query = query.where(Contact.archived_at.is_(None))
        return [contact_info(c) for c in session.scalars(query)]


def get_contact(db: Database, contact: int | str) -> ContactInfo:
    with db.transaction() as session:
        return contact_info(get_contact_row(session, contact))
