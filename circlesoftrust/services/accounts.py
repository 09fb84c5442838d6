"""Accounts and their contacts: create, update, archive, delete, look up, search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    AccountTag,
    Contact,
    RevenueEntry,
    Ring,
    RingChange,
    Touchpoint,
    User,
    known_user_id,
    session_user_id,
)
from circlesoftrust.records import AccountRow
from circlesoftrust.services.lookups import (
    _escape_like,
    get_account_row,
    get_contact_row,
    get_ring_row,
    lock_rows,
    lock_tables,
    log_action,
    today,
)
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version, get_user_row
from circlesoftrust.vocabulary import ContactRole, JourneyPhase, RelationshipStage, RingChangeSource

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
                f"{row.name}: {', '.join(changed)} changed",
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
        log_action(session, "delete", f"deleted account {info.name!r}")
        return info


def get_account(db: Database, account: int | str) -> AccountInfo:
    with db.transaction() as session:
        return account_info(session, get_account_row(session, account))


@dataclass(frozen=True)
class AccountFigures:
    """The per-account figures of an account list, keyed by account id (absent: none)."""

    revenue_12m_cents: dict[int, int]
    last_touch_on: dict[int, dt.date]
    contacts: dict[int, int]


def _figures(session: Session, day: dt.date, ids: Sequence[int] | None = None) -> AccountFigures:
    """12-month revenue, last touch and active contacts of every account (or of ``ids``):
    three reads.

    The aggregates are read separately and merged in Python: joining their derived tables
    made SQLite materialise each one (2.2 s against 1.6 s at 100k accounts).
    """
    since = day - dt.timedelta(days=365)
    revenue_q = (
        select(RevenueEntry.account_id, func.sum(RevenueEntry.amount_cents))
        .where(RevenueEntry.occurred_on > since, RevenueEntry.occurred_on <= day)
        .group_by(RevenueEntry.account_id)
    )
    touch_q = select(Touchpoint.account_id, func.max(Touchpoint.occurred_on)).group_by(
        Touchpoint.account_id
    )
    contacts_q = (
        select(Contact.account_id, func.count())
        .where(Contact.archived_at.is_(None))
        .group_by(Contact.account_id)
    )
    if ids is not None:
        revenue_q = revenue_q.where(RevenueEntry.account_id.in_(ids))
        touch_q = touch_q.where(Touchpoint.account_id.in_(ids))
        contacts_q = contacts_q.where(Contact.account_id.in_(ids))
    revenue = {account_id: int(cents or 0) for account_id, cents in session.execute(revenue_q)}
    last_touch: dict[int, dt.date] = dict(session.execute(touch_q).all())
    contacts: dict[int, int] = dict(session.execute(contacts_q).all())
    return AccountFigures(revenue, last_touch, contacts)


def _account_rows(
    session: Session,
    figures: AccountFigures | None,
    *,
    ring: int | str | None,
    include_archived: bool,
    owner_id: int | None = None,
    ids: Sequence[int] | None = None,
) -> list[AccountRow]:
    query = (
        select(
            Account.id,
            Account.name,
            Account.industry,
            Ring.position,
            Ring.name,
            Account.archived_at,
        )
        .join(Ring, Ring.id == Account.ring_id)
        .order_by(Ring.position, Account.name)
    )
    if ring is not None:
        query = query.where(Account.ring_id == get_ring_row(session, ring).id)
    if not include_archived:
        query = query.where(Account.archived_at.is_(None))
    if owner_id is not None:
        query = query.where(Account.owner_id == owner_id)
    if ids is not None:
        query = query.where(Account.id.in_(ids))
    # Core execution: plain rows, without the ORM's per-row work (0.2 s at 100k accounts).
    result = session.connection().execute(query).all()
    if figures is None:
        return [
            AccountRow(
                account_id, name, industry, position, ring_name, 0, None, 0, archived_at is not None
            )
            for account_id, name, industry, position, ring_name, archived_at in result
        ]
    revenue, last_touch, contacts = (
        figures.revenue_12m_cents,
        figures.last_touch_on,
        figures.contacts,
    )
    return [
        AccountRow(
            id=account_id,
            name=name,
            industry=industry,
            ring_position=position,
            ring_name=ring_name,
            revenue_12m_cents=revenue.get(account_id, 0),
            last_touch_on=last_touch.get(account_id),
            contacts=int(contacts.get(account_id, 0)),
            archived=archived_at is not None,
        )
        for account_id, name, industry, position, ring_name, archived_at in result
    ]


def list_accounts(
    db: Database,
    *,
    ring: int | str | None = None,
    include_archived: bool = False,
    on: dt.date | None = None,
    mine: bool = False,
    owner: int | str | None = None,
) -> list[AccountRow]:
    """All accounts with their ring, 12-month revenue and last touch: four set-based reads.

    ``mine``: only the accounts the current user owns; ``owner``: only those of that user.
    """
    with db.transaction() as session:
        owner_id = _owner_filter(session, mine, owner)
        figures = _figures(session, on or today())
        return _account_rows(
            session, figures, ring=ring, include_archived=include_archived, owner_id=owner_id
        )


def _owner_filter(session: Session, mine: bool, owner: int | str | None) -> int | None:
    if owner is not None:
        return get_user_row(session, owner).id
    if mine:
        me = known_user_id(session)
        return -1 if me is None else me  # someone who never worked here owns nothing
    return None


def list_account_names(db: Database, *, include_archived: bool = False) -> list[AccountRow]:
    """The account list without its figures, in one read (what a first paint needs).

    Revenue, last touch and contacts are left at 0 / None / 0: ``account_figures`` reads
    them (the slow part of ``list_accounts`` on a big file).
    """
    with db.transaction() as session:
        return _account_rows(session, None, ring=None, include_archived=include_archived)


@dataclass(frozen=True)
class AccountRows:
    """Some accounts as the account list shows them, with their tags."""

    rows: tuple[AccountRow, ...]  # active ones only; the ids asked for and not here are gone
    tags: dict[int, tuple[str, ...]]


def account_rows(db: Database, ids: Sequence[int], *, on: dt.date | None = None) -> AccountRows:
    """These accounts' list lines (figures included) and tags, in one transaction: what
    the window re-reads after a change touched them."""
    wanted = sorted(set(ids))
    with db.transaction() as session:
        figures = _figures(session, on or today(), wanted)
        rows = _account_rows(session, figures, ring=None, include_archived=False, ids=wanted)
        tags: dict[int, tuple[str, ...]] = {row.id: () for row in rows}
        for account_id, tag in session.execute(
            select(AccountTag.account_id, AccountTag.tag)
            .where(AccountTag.account_id.in_(wanted))
            .order_by(AccountTag.tag)
        ):
            tags[account_id] = (*tags.get(account_id, ()), tag)
        return AccountRows(tuple(rows), tags)


def account_figures(db: Database, *, on: dt.date | None = None) -> AccountFigures:
    """Every account's 12-month revenue, last touch and active contacts (three reads)."""
    with db.transaction() as session:
        return _figures(session, on or today())


def search_accounts(db: Database, query: str, *, include_archived: bool = False) -> list[int]:
    """Ids of accounts whose name, industry, tag, or contact name or e-mail contains ``query``."""
    text = query.strip().lower()
    with db.transaction() as session:
        base = select(Account.id)
        if not include_archived:
            base = base.where(Account.archived_at.is_(None))
        if not text:
            return list(session.scalars(base.order_by(Account.name)))
        pattern = f"%{_escape_like(text)}%"
        by_contact = select(Contact.account_id).where(
            or_(
                func.lower(Contact.name).like(pattern, escape="\\"),
                func.lower(Contact.email).like(pattern, escape="\\"),
            )
        )
        by_tag = select(AccountTag.account_id).where(
            func.lower(AccountTag.tag).like(pattern, escape="\\")
        )
        found = base.where(
            or_(
                func.lower(Account.name).like(pattern, escape="\\"),
                func.lower(Account.industry).like(pattern, escape="\\"),
                Account.id.in_(by_contact),
                Account.id.in_(by_tag),
            )
        ).order_by(Account.name)
        return list(session.scalars(found))


# --- contacts ---------------------------------------------------------------------------


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
            f.replace("_", " ")
            for f in ("name", "role", "title", "email", "phone", "notes", "stage_override")
            if getattr(after, f) != getattr(before, f)
        ]
        if changed:
            log_action(
                session,
                "edit contact",
                f"{row.name}: {', '.join(changed)} changed",
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


def integrity_guard(exc: IntegrityError) -> ConflictError:
    """Turn a constraint failure the checks above did not foresee into a user message."""
    return ConflictError(_("the change breaks a rule of the data: {orig}").format(orig=exc.orig))


def tag_index(db: Database) -> dict[int, tuple[str, ...]]:
    """Every account's tags in one read (for filters over the whole account list)."""
    with db.transaction() as session:
        index: dict[int, list[str]] = {}
        for account_id, tag in session.execute(
            select(AccountTag.account_id, AccountTag.tag).order_by(
                AccountTag.account_id, AccountTag.tag
            )
        ):
            index.setdefault(account_id, []).append(tag)
        return {account_id: tuple(tags) for account_id, tags in index.items()}
