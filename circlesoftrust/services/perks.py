"""VIP perks: offered from a ring inwards; granted, redeemed, expired or withdrawn per account.

A perk belongs to a ring and is offered to that ring and every ring inside it. A grant is
*active* from its grant date until it expires (``expires_on``, inclusive) or is withdrawn;
a redeemed grant stays active until then (the client used it, the cost still counts).
The cost per year of active grants, pro rata per day, is the cost side of the
return-on-relationship KPI (:func:`perk_cost_cents`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, NotFoundError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import Account, Perk, PerkGrant, Ring
from circlesoftrust.services.lookups import (
    get_account_row,
    get_ring_row,
    get_row_by_ref,
    lock,
    log_action,
    today,
)
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version
from circlesoftrust.vocabulary import PerkKind

ACTIVE, REDEEMED, EXPIRED, WITHDRAWN = "active", "redeemed", "expired", "withdrawn"


@dataclass(frozen=True)
class PerkInfo:
    id: int
    name: str
    kind: str
    ring_id: int
    ring_name: str
    ring_position: int  # offered to this ring and every ring inside it
    cost_per_year_cents: int
    description: str
    active: bool
    active_grants: int
    version: int = 1


@dataclass(frozen=True)
class GrantInfo:
    id: int
    perk_id: int
    perk_name: str
    account_id: int
    account_name: str
    granted_on: dt.date
    redeemed_on: dt.date | None
    expires_on: dt.date | None
    withdrawn_on: dt.date | None
    status: str  # active | redeemed | expired | withdrawn (as of the day asked)
    note: str


def grant_status(grant: PerkGrant, day: dt.date) -> str:
    """Withdrawn beats expired beats redeemed beats active."""
    if grant.withdrawn_on is not None and grant.withdrawn_on <= day:
        return WITHDRAWN
    if grant.expires_on is not None and grant.expires_on < day:
        return EXPIRED
    if grant.redeemed_on is not None and grant.redeemed_on <= day:
        return REDEEMED
    return ACTIVE


def is_active(grant: PerkGrant, day: dt.date) -> bool:
    return grant_status(grant, day) in (ACTIVE, REDEEMED) and grant.granted_on <= day


def _perk_info(session: Session, perk: Perk, day: dt.date) -> PerkInfo:
    ring = session.get(Ring, perk.ring_id)
    assert ring is not None
    grants = session.scalars(select(PerkGrant).where(PerkGrant.perk_id == perk.id))
    return PerkInfo(
        perk.id,
        perk.name,
        perk.kind.value,
        ring.id,
        ring.name,
        ring.position,
        perk.cost_per_year_cents,
        perk.description,
        perk.active,
        sum(1 for g in grants if is_active(g, day)),
        perk.version,
    )


def grant_info(session: Session, grant: PerkGrant, day: dt.date) -> GrantInfo:
    perk = session.get(Perk, grant.perk_id)
    account = session.get(Account, grant.account_id)
    assert perk is not None and account is not None
    return GrantInfo(
        grant.id,
        perk.id,
        perk.name,
        account.id,
        account.name,
        grant.granted_on,
        grant.redeemed_on,
        grant.expires_on,
        grant.withdrawn_on,
        grant_status(grant, day),
        grant.note,
    )


def get_perk_row(session: Session, ref: int | str) -> Perk:
    """A perk by id or by name (case-insensitive; a unique partial match also counts)."""
    return get_row_by_ref(session, Perk, Perk.name, ref, noun="perk")


def add_perk(
    db: Database,
    name: str,
    *,
    kind: str,
    ring: int | str,
    cost_per_year: str | int | float = 0,
    description: str = "",
) -> PerkInfo:
    """A new perk offered from ``ring`` inwards, with its cost per year."""
    fields = perk_fields(name=name, kind=kind, cost_per_year=cost_per_year)
    with db.transaction() as session:
        target = get_ring_row(session, ring)
        perk = add_perk_in_session(
            session, fields, ring=target, description=description, active=True
        )
        return _perk_info(session, perk, today())


def perk_fields(
    *,
    name: str | None = None,
    kind: str | None = None,
    cost_per_year: str | int | float | None = None,
    description: str | None = None,
) -> dict[str, object]:
    """Validated column values for the fields given (no database needed)."""
    fields: dict[str, object] = {}
    if name is not None:
        fields["name"] = v.required_text("name", name, max_length=120)
    if kind is not None:
        fields["kind"] = v.choice(PerkKind, kind, "kind")
    if cost_per_year is not None:
        fields["cost_per_year_cents"] = v.amount_cents(cost_per_year, "cost_per_year")
    if description is not None:
        fields["description"] = description.strip()
    return fields


def check_perk_name_free(session: Session, name: str, perk_id: int | None = None) -> None:
    """Perk names are unique ignoring case (``perk_id``: the perk that may keep it)."""
    clash = session.scalar(
        select(Perk.id).where(func.lower(Perk.name) == name.lower(), Perk.id != (perk_id or 0))
    )
    if clash:
        raise ConflictError(_("a perk named {name!r} already exists").format(name=name))


def add_perk_in_session(
    session: Session,
    fields: dict[str, object],
    *,
    ring: Ring,
    description: str = "",
    active: bool = True,
) -> Perk:
    """Insert a perk from :func:`perk_fields` (needs name and kind) inside a transaction."""
    name = str(fields["name"])
    check_perk_name_free(session, name)
    values: dict[str, object] = {"cost_per_year_cents": 0, "description": description.strip()}
    values.update(fields)
    perk = Perk(ring_id=ring.id, active=active, **values)
    session.add(perk)
    session.flush()
    log_action(
        session,
        "perk_add",
        _("perk {name!r} offered from {name2} inwards").format(name=name, name2=ring.name),
    )
    return perk


def update_perk_in_session(
    session: Session,
    row: Perk,
    fields: dict[str, object],
    *,
    ring: Ring | None = None,
    active: bool | None = None,
) -> None:
    """Apply :func:`perk_fields` values (and ring, active) to a perk inside a transaction."""
    if "name" in fields:
        check_perk_name_free(session, str(fields["name"]), row.id)
    for key, value in fields.items():
        setattr(row, key, value)
    if ring is not None:
        row.ring_id = ring.id
    if active is not None:
        row.active = active
    session.flush()


def update_perk(
    db: Database,
    perk: int | str,
    *,
    name: str | None = None,
    kind: str | None = None,
    ring: int | str | None = None,
    cost_per_year: str | int | float | None = None,
    description: str | None = None,
    active: bool | None = None,
    expected_version: int | None = None,
) -> PerkInfo:
    """Change a perk; ``active=False`` stops offering it (existing grants stay).
    ``expected_version``: refused when the perk changed since."""
    with db.transaction(write=True) as session:
        row = lock(session, get_perk_row(session, perk))
        check_version(session, row, expected_version, target=f"perk:{row.id}", label=row.name)
        fields = perk_fields(
            name=name, kind=kind, cost_per_year=cost_per_year, description=description
        )
        target = get_ring_row(session, ring) if ring is not None else None
        version = row.version
        update_perk_in_session(session, row, fields, ring=target, active=active)
        session.flush()
        if row.version != version:
            log_action(
                session,
                "edit perk",
                _("{name}: changed").format(name=row.name),
                target=f"perk:{row.id}",
            )
        return _perk_info(session, row, today())


def list_perks(db: Database, *, include_inactive: bool = True) -> list[PerkInfo]:
    """Every perk, innermost ring first."""
    with db.transaction() as session:
        query = select(Perk).join(Ring, Ring.id == Perk.ring_id).order_by(Ring.position, Perk.name)
        if not include_inactive:
            query = query.where(Perk.active.is_(True))
        day = today()
        return [_perk_info(session, p, day) for p in session.scalars(query)]


def is_offered_to(perk_ring_position: int, ring_position: int) -> bool:
    """The eligibility rule: a perk is offered to its own ring and every ring inside it."""
    return ring_position <= perk_ring_position


def offered_perks(session: Session, ring_position: int) -> list[Perk]:
    """Active perks offered to the ring at ``ring_position`` (:func:`is_offered_to`, in SQL),
    innermost ring first."""
    return list(
        session.scalars(
            select(Perk)
            .join(Ring, Ring.id == Perk.ring_id)
            .where(Perk.active.is_(True), Ring.position >= ring_position)
            .order_by(Ring.position, Perk.name)
        )
    )


def active_grant(session: Session, account_id: int, perk_id: int, day: dt.date) -> PerkGrant | None:
    for grant in session.scalars(
        select(PerkGrant).where(PerkGrant.account_id == account_id, PerkGrant.perk_id == perk_id)
    ):
        if is_active(grant, day):
            return grant
    return None


def grant_in_session(
    session: Session,
    account: Account,
    perk: Perk,
    *,
    on: dt.date,
    expires_on: dt.date | None,
    note: str = "",
    check_offer: bool = True,
    origin: str | None = None,
) -> PerkGrant:
    """Grant inside an open transaction (the engine's accept reuses it)."""
    if check_offer:
        ring = session.get(Ring, account.ring_id)
        perk_ring = session.get(Ring, perk.ring_id)
        assert ring is not None and perk_ring is not None
        if not perk.active:
            raise ConflictError(_("perk {name!r} is no longer offered").format(name=perk.name))
        if not is_offered_to(perk_ring.position, ring.position):
            raise ConflictError(
                _("{name!r} is offered from {name2} inwards; {name3} is in {name4}").format(
                    name=perk.name, name2=perk_ring.name, name3=account.name, name4=ring.name
                )
            )
    if active_grant(session, account.id, perk.id, on) is not None:
        raise ConflictError(
            _("{name} already has {name2!r}").format(name=account.name, name2=perk.name)
        )
    if expires_on is not None and expires_on < on:
        raise ValidationError("expires_on", _("must not be before the grant date"))
    grant = PerkGrant(
        perk_id=perk.id,
        account_id=account.id,
        granted_on=on,
        expires_on=expires_on,
        note=note.strip(),
        origin=origin,
    )
    session.add(grant)
    session.flush()
    log_action(session, "perk_grant", f"{account.name}: granted {perk.name!r}", account.id)
    return grant


def grant_perk(
    db: Database,
    account: int | str,
    perk: int | str,
    *,
    on: str | dt.date | None = None,
    expires_on: str | dt.date | None = None,
    note: str = "",
) -> GrantInfo:
    """Grant a perk offered to the account's ring. Default expiry: the setting
    ``perk_grant_days`` after the grant date."""
    from circlesoftrust.engine_settings import load_settings

    day = v.date(on, "date", default=today())
    expiry = v.optional_date(expires_on, "expires_on")
    with db.transaction(write=True) as session:
        # Locked: a second grant of the same perk at the same moment waits, then finds
        # the first one ("already has").
        acc = get_account_row(session, account, for_update=True)
        row = get_perk_row(session, perk)
        if expiry is None:
            expiry = day + dt.timedelta(days=load_settings(session).perk_grant_days)
        grant = grant_in_session(session, acc, row, on=day, expires_on=expiry, note=note)
        return grant_info(session, grant, day)


def _grant_row(session: Session, grant_id: int) -> PerkGrant:
    grant = session.get(PerkGrant, grant_id)
    if grant is None:
        raise NotFoundError(_("no perk grant with id {grant_id}").format(grant_id=grant_id))
    return grant


def redeem_grant(db: Database, grant_id: int, *, on: str | dt.date | None = None) -> GrantInfo:
    """The client used the perk."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        grant = _grant_row(session, grant_id)
        status = grant_status(grant, day)
        if status != ACTIVE:
            raise ConflictError(
                _("grant {grant_id} is {status}; only an active grant is redeemed").format(
                    grant_id=grant_id, status=status
                )
            )
        if day < grant.granted_on:
            raise ValidationError("date", _("a perk cannot be redeemed before it was granted"))
        grant.redeemed_on = day
        session.flush()
        info = grant_info(session, grant, day)
        log_action(
            session,
            "perk_redeem",
            f"{info.account_name}: redeemed {info.perk_name!r}",
            info.account_id,
        )
        return info


def withdraw_in_session(session: Session, grant: PerkGrant, day: dt.date, note: str = "") -> None:
    if grant_status(grant, day) in (WITHDRAWN, EXPIRED):
        raise ConflictError(
            _("grant {id} is already {grant_status}").format(
                id=grant.id, grant_status=grant_status(grant, day)
            )
        )
    grant.withdrawn_on = max(day, grant.granted_on)
    if note.strip():
        grant.note = (grant.note + "\n" + note.strip()).strip()
    session.flush()


def withdraw_grant(
    db: Database, grant_id: int, *, on: str | dt.date | None = None, note: str = ""
) -> GrantInfo:
    """Take a perk back (e.g. after the account left the ring it belongs to)."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        grant = _grant_row(session, grant_id)
        withdraw_in_session(session, grant, day, note)
        info = grant_info(session, grant, day)
        log_action(
            session,
            "perk_withdraw",
            f"{info.account_name}: withdrew {info.perk_name!r}",
            info.account_id,
        )
        return info


def set_grant_expiry(
    db: Database,
    grant_id: int,
    expires_on: str | dt.date | None,
    *,
    on: str | dt.date | None = None,
) -> GrantInfo:
    """Set the last day a grant can be used, or clear it (``None``: it never expires)."""
    day = v.date(on, "date", default=today())
    expiry = v.optional_date(expires_on, "expires_on")
    with db.transaction() as session:
        grant = _grant_row(session, grant_id)
        if grant.withdrawn_on is not None:
            raise ConflictError(_("this perk was withdrawn; grant it again instead"))
        if expiry is not None and expiry < grant.granted_on:
            raise ValidationError("expires_on", _("must not be before the grant date"))
        grant.expires_on = expiry
        session.flush()
        info = grant_info(session, grant, day)
        when = f"expires {expiry.isoformat()}" if expiry else "never expires"
        log_action(
            session,
            "perk_expiry",
            f"{info.account_name}: {info.perk_name!r} {when}",
            info.account_id,
        )
        return info


def expire_grant(db: Database, grant_id: int, *, on: str | dt.date | None = None) -> GrantInfo:
    """End a grant now: it expires at the end of the day before ``on``."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        grant = _grant_row(session, grant_id)
        if grant_status(grant, day) in (WITHDRAWN, EXPIRED):
            raise ConflictError(
                _("grant {grant_id} is already {grant_status}").format(
                    grant_id=grant_id, grant_status=grant_status(grant, day)
                )
            )
        grant.expires_on = max(grant.granted_on, day - dt.timedelta(days=1))
        session.flush()
        return grant_info(session, grant, day)


def list_grants(
    db: Database,
    *,
    account: int | str | None = None,
    perk: int | str | None = None,
    active_only: bool = False,
    on: str | dt.date | None = None,
) -> list[GrantInfo]:
    """Grants, newest first; ``active_only`` keeps active and redeemed ones."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        query = select(PerkGrant).order_by(PerkGrant.granted_on.desc(), PerkGrant.id.desc())
        if account is not None:
            query = query.where(PerkGrant.account_id == get_account_row(session, account).id)
        if perk is not None:
            query = query.where(PerkGrant.perk_id == get_perk_row(session, perk).id)
        return [
            grant_info(session, g, day)
            for g in session.scalars(query)
            if not active_only or is_active(g, day)
        ]


def perk_cost_cents(
    session: Session, start: dt.date, end: dt.date, account_ids: set[int] | None = None
) -> dict[int, int]:
    """Perk cost per account for the days of [start, end] each grant was active (pro rata)."""
    costs: dict[int, int] = {}
    rows = session.execute(
        select(
            PerkGrant.account_id,
            PerkGrant.granted_on,
            PerkGrant.expires_on,
            PerkGrant.withdrawn_on,
            Perk.cost_per_year_cents,
        )
        .join(Perk, Perk.id == PerkGrant.perk_id)
        .where(PerkGrant.granted_on <= end)
    ).all()
    for aid, granted, expires, withdrawn, cost in rows:
        if account_ids is not None and aid not in account_ids:
            continue
        last = end
        if expires is not None:
            last = min(last, expires)
        if withdrawn is not None:
            last = min(last, withdrawn - dt.timedelta(days=1))
        first = max(start, granted)
        days = (last - first).days + 1
        if days > 0:
            costs[aid] = costs.get(aid, 0) + round(cost * days / 365)
    return costs
