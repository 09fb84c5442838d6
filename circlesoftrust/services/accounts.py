"""Accounts: create, update, archive, delete, look up (contacts: ``services.contacts``;
the account list and search: ``services.account_lists``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    AccountTag,
    Ring,
    RingChange,
    User,
    session_user_id,
)
from circlesoftrust.services.account_lists import (
    AccountFigures as AccountFigures,
)
from circlesoftrust.services.account_lists import (
    AccountRows as AccountRows,
)
from circlesoftrust.services.account_lists import (
    account_figures as account_figures,
)
from circlesoftrust.services.account_lists import (
    account_rows as account_rows,
)
from circlesoftrust.services.account_lists import (
    list_account_names as list_account_names,
)
from circlesoftrust.services.account_lists import (
    list_accounts as list_accounts,
)
from circlesoftrust.services.account_lists import (
    search_accounts as search_accounts,
)
from circlesoftrust.services.account_lists import (
    tag_index as tag_index,
)
from circlesoftrust.services.contacts import (
    ContactInfo as ContactInfo,
)
from circlesoftrust.services.contacts import (
    add_contact as add_contact,
)
from circlesoftrust.services.contacts import (
    archive_contact as archive_contact,
)
from circlesoftrust.services.contacts import (
    contact_info as contact_info,
)
from circlesoftrust.services.contacts import (
    delete_contact as delete_contact,
)
from circlesoftrust.services.contacts import (
    get_contact as get_contact,
)
from circlesoftrust.services.contacts import (
    list_contacts as list_contacts,
)
from circlesoftrust.services.contacts import (
    update_contact as update_contact,
)

# Contacts and the account list live in their own modules; their names stay importable
# from here, where callers have always found them (explicit re-exports).
from circlesoftrust.services.field_words import changed_fields
from circlesoftrust.services.lookups import (
    get_account_row,
    get_ring_row,
    log_action,
    today,
)
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version, get_user_row
from circlesoftrust.vocabulary import JourneyPhase, RingChangeSource

_UNSET = object()


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    industry: str | None
    website: str | None
    notes: str
    tags: tuple[str, ...]
    ring_id: int
    ring_name: str
    ring_position: int
    pinned: bool
    journey_phase: str | None
    needs_review: bool
    created_at: dt.datetime
    archived_at: dt.datetime | None
    # The version this copy shows (pass it back as ``expected_version`` when saving) and
    # who owns the account.
    version: int = 1
    owner_id: int | None = None
    owner_name: str | None = None
    pinned_until: dt.date | None = None  # with ``pinned``: None = until unpinned
    pin_reason: str | None = None


def account_tags(session: Session, account_id: int) -> tuple[str, ...]:
    """One account's tags, sorted (inside an open transaction)."""
    return tuple(
        session.scalars(
            select(AccountTag.tag)
            .where(AccountTag.account_id == account_id)
            .order_by(AccountTag.tag)
        )
    )


def account_info(session: Session, account: Account) -> AccountInfo:
    ring = session.get(Ring, account.ring_id)
    assert ring is not None
    tags = account_tags(session, account.id)
    owner = session.get(User, account.owner_id) if account.owner_id is not None else None
    return AccountInfo(
        id=account.id,
        name=account.name,
        industry=account.industry,
        website=account.website,
        notes=account.notes,
        tags=tags,
        ring_id=ring.id,
        ring_name=ring.name,
        ring_position=ring.position,
        pinned=account.pinned,
        journey_phase=account.journey_phase.value if account.journey_phase else None,
        needs_review=account.needs_review,
        created_at=account.created_at,
        archived_at=account.archived_at,
        version=account.version,
        owner_id=account.owner_id,
        owner_name=owner.name if owner is not None else None,
        pinned_until=account.pinned_until,
        pin_reason=account.pin_reason,
    )


def _clean_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    cleaned: list[str] = []
    for raw in tags:
        tag = raw.strip().lower()
        if not tag:
            continue
        if len(tag) > 60:
            raise ValidationError(
                "tags", _("tag {raw!r} is longer than 60 characters").format(raw=raw)
            )
        if tag not in cleaned:
            cleaned.append(tag)
    return cleaned


def _check_unique_name(session: Session, name: str, except_id: int | None = None) -> None:
    query = select(Account.id).where(func.lower(Account.name) == name.lower())
    if except_id is not None:
        query = query.where(Account.id != except_id)
    if session.scalar(query) is not None:
        raise ConflictError(_("an account named {name!r} already exists").format(name=name))


def create_account(
    db: Database,
    name: str,
    *,
    ring: int | str | None = None,
    industry: str | None = None,
    website: str | None = None,
    notes: str = "",
    tags: list[str] | tuple[str, ...] = (),
    pinned: bool = False,
    needs_review: bool = False,
    owner: int | str | None = None,
) -> AccountInfo:
    """A new account; placed in the outermost ring unless ``ring`` says otherwise. Owned
    by ``owner`` (a user's id, login or name), else by whoever creates it."""
    with db.transaction(write=True) as session:
        account = create_account_in_session(
            session, name, ring=ring, industry=industry, website=website, notes=notes,
            tags=tags, pinned=pinned, needs_review=needs_review, owner=owner,
        )  # fmt: skip
        return account_info(session, account)


def create_account_in_session(
    session: Session,
    name: str,
    *,
    ring: int | str | None = None,
    industry: str | None = None,
    website: str | None = None,
    notes: str = "",
    tags: list[str] | tuple[str, ...] = (),
    pinned: bool = False,
    needs_review: bool = False,
    owner: int | str | None = None,
) -> Account:
    """:func:`create_account` inside the caller's transaction (e.g. with the referral
    that brought the account in)."""
    clean_name = v.account_name(name)
    clean_industry = v.optional_text("industry", industry, max_length=120)
    clean_website = v.optional_text("website", website)
    clean_tags = _clean_tags(tags)
    _check_unique_name(session, clean_name)
    owner_id = session_user_id(session) if owner is None else get_user_row(session, owner).id
    if ring is None:
        target = session.scalar(select(Ring).order_by(Ring.position.desc()).limit(1))
        assert target is not None, "a database always has rings"
    else:
        target = get_ring_row(session, ring)
    account = Account(
        name=clean_name,
        industry=clean_industry,
        website=clean_website,
        notes=notes.strip(),
        ring_id=target.id,
        pinned=pinned,
        needs_review=needs_review,
        journey_phase=JourneyPhase.DISCOVERY,
        owner_id=owner_id,
    )
    session.add(account)
    session.flush()
    for tag in clean_tags:
        session.add(AccountTag(account_id=account.id, tag=tag))
    session.add(
        RingChange(
            account_id=account.id,
            from_ring_id=None,
            to_ring_id=target.id,
            changed_on=today(),
            reason=_("account created"),
            source=RingChangeSource.INITIAL,
        )
    )
    session.flush()
    return account


def update_account(
    db: Database,
    account: int | str,
    *,
    name: str | None = None,
    industry: str | object | None = _UNSET,
    website: str | object | None = _UNSET,
    notes: str | None = None,
    tags: list[str] | tuple[str, ...] | None = None,
    pinned: bool | None = None,
    needs_review: bool | None = None,
    journey_phase: str | object | None = _UNSET,
    owner: int | str | object | None = _UNSET,
    expected_version: int | None = None,
) -> AccountInfo:
    """Change the fields given (the others stay as they are now).

    ``expected_version``: the version the user's form showed; when the account changed
    since, the save is refused (StaleEditError names the change, who and when).
    """
    with db.transaction(write=True) as session:
        row = get_account_row(session, account, for_update=True)
        check_version(session, row, expected_version, target=f"account:{row.id}", label=row.name)
        before = _editable(session, row)
        if owner is not _UNSET:
            row.owner_id = None if owner is None else get_user_row(session, owner).id  # type: ignore[arg-type]
        if name is not None:
            clean = v.account_name(name)
            _check_unique_name(session, clean, except_id=row.id)
            row.name = clean
        if industry is not _UNSET:
            row.industry = v.optional_text("industry", industry, max_length=120)  # type: ignore[arg-type]
        if website is not _UNSET:
            row.website = v.optional_text("website", website)  # type: ignore[arg-type]
        if notes is not None:
            row.notes = notes.strip()
        if pinned is not None:
            row.pinned = pinned
        if needs_review is not None:
            row.needs_review = needs_review
        if journey_phase is not _UNSET:
            phase = (
                None
                if journey_phase is None
                else v.choice(JourneyPhase, journey_phase, "journey_phase")  # type: ignore[arg-type]
            )
            if phase != row.journey_phase:
                # Set by hand today: it holds until the next contact (engine.people).
                row.journey_phase = phase
                row.journey_set_on = None if phase is None else today()
        if tags is not None:
            clean_tags = _clean_tags(tags)
            if sorted(clean_tags) != sorted(account_tags(session, row.id)):
                session.execute(delete(AccountTag).where(AccountTag.account_id == row.id))
                for tag in clean_tags:
                    session.add(AccountTag(account_id=row.id, tag=tag))
        session.flush()
        after = _editable(session, row)
        changed = [k for k in after if after[k] != before[k]]
        if changed:
            if "tags" in changed and len(changed) == 1:
                flag_modified(row, "notes")  # tags live in their own table: bump the version
            log_action(
                session,
                "edit",
                _("{name}: {fields} changed").format(name=row.name, fields=changed_fields(changed)),
                row.id,
                target=f"account:{row.id}",
            )
            session.flush()
        return account_info(session, row)


def _editable(session: Session, row: Account) -> dict[str, object]:
    """The fields an edit form changes, to say which ones a save changed."""
    return {
        "name": row.name,
        "industry": row.industry,
        "website": row.website,
        "notes": row.notes,
        "tags": account_tags(session, row.id),
        "pinned": row.pinned,
        "needs review": row.needs_review,
        "journey phase": row.journey_phase,
        "owner": row.owner_id,
    }


def archive_account(db: Database, account: int | str, *, archived: bool = True) -> AccountInfo:
    with db.transaction() as session:
        row = get_account_row(session, account)
        row.archived_at = dt.datetime.now().replace(microsecond=0) if archived else None
        log_action(session, "archive" if archived else "unarchive", row.name, row.id)
        session.flush()
        return account_info(session, row)


def archived_accounts(db: Database) -> list[AccountInfo]:
    """The archived accounts, the latest archived first (what the Archived view lists)."""
    with db.transaction() as session:
        rows = session.scalars(
            select(Account)
            .where(Account.archived_at.is_not(None))
            .order_by(Account.archived_at.desc(), Account.name)
        )
        return [account_info(session, row) for row in rows]


def delete_account(db: Database, account: int | str) -> AccountInfo:
    """Delete an account and everything recorded about it (contacts, touchpoints...)."""
    with db.transaction() as session:
        row = get_account_row(session, account)
        info = account_info(session, row)
        session.delete(row)
        log_action(session, "delete", _("deleted account {name!r}").format(name=info.name))
        return info


def get_account(db: Database, account: int | str) -> AccountInfo:
    with db.transaction() as session:
        return account_info(session, get_account_row(session, account))


def integrity_guard(exc: IntegrityError) -> ConflictError:
    """Turn a constraint failure the checks above did not foresee into a user message."""
    return ConflictError(_("the change breaks a rule of the data: {orig}").format(orig=exc.orig))
