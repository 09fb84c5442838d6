"""What happens with an account: touchpoints, revenue, referrals, feedback, complaints.

Each fact is stored once: recording revenue or feedback does not also invent a
touchpoint (the engine reads those tables directly), so the timeline never shows doubles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, NotFoundError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    RELATIONAL_SCORES,
    Account,
    Complaint,
    Contact,
    Feedback,
    Referral,
    RevenueEntry,
    Ring,
    RingChange,
    Touchpoint,
    User,
)
from circlesoftrust.services.lookups import get_account_row, get_contact_row, today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    Direction,
    RevenueKind,
    TouchpointKind,
    label,
    word,
)

# Kinds whose natural direction is not outbound.
_DEFAULT_DIRECTION = {
    TouchpointKind.MEETING: Direction.TWO_WAY,
    TouchpointKind.CALL: Direction.TWO_WAY,
    TouchpointKind.EVENT: Direction.TWO_WAY,
    TouchpointKind.SUPPORT: Direction.INBOUND,
    TouchpointKind.PURCHASE: Direction.INBOUND,
    TouchpointKind.REFERRAL: Direction.INBOUND,
    TouchpointKind.COMPLAINT: Direction.INBOUND,
    TouchpointKind.FEEDBACK: Direction.INBOUND,
}


@dataclass(frozen=True)
class TouchpointInfo:
    id: int
    account_id: int
    contact_id: int | None
    kind: str
    direction: str
    occurred_on: dt.date
    note: str


@dataclass(frozen=True)
class RevenueInfo:
    id: int
    account_id: int
    amount_cents: int
    kind: str
    occurred_on: dt.date
    renewal_on: dt.date | None


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    from_account_id: int
    to_account_id: int
    from_contact_id: int | None
    referred_on: dt.date


@dataclass(frozen=True)
class FeedbackInfo:
    id: int
    account_id: int
    contact_id: int | None
    given_on: dt.date
    nps: int
    comment: str
    # Relational scores given with the answer (1-5 each, by name); empty when none.
    scores: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    account_id: int
    contact_id: int | None
    opened_on: dt.date
    resolved_on: dt.date | None
    status: str
    note: str
    resolution: str


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of an account's history, newest first in a timeline."""

    on: dt.date
    # touchpoint | revenue | referral_given | referral_received | feedback | complaint |
    # ring_change
    kind: str
    title: str
    detail: str
    ref_id: int
    by: str | None = None  # who on the team recorded it (touchpoints, ring changes)


def _contact_id(session: Session, contact: int | str | None, account_id: int) -> int | None:
    if contact is None or contact == "":
        return None
    return get_contact_row(session, contact, account_id).id


def _not_in_future(day: dt.date, field: str) -> dt.date:
    if day > today():
        raise ValidationError(field, _("{day} is in the future").format(day=formats.date(day)))
    return day


def log_touchpoint(
    db: Database,
    account: int | str,
    *,
    kind: str,
    direction: str | None = None,
    contact: int | str | None = None,
    on: str | dt.date | None = None,
    note: str = "",
) -> TouchpointInfo:
    clean_kind = v.choice(TouchpointKind, kind, "kind")
    clean_direction = (
        v.choice(Direction, direction, "direction")
        if direction
        else _DEFAULT_DIRECTION.get(clean_kind, Direction.OUTBOUND)
    )
    day = _not_in_future(v.date(on, "date", default=today()), "date")
    with db.transaction() as session:
        row = get_account_row(session, account)
        tp = Touchpoint(
            account_id=row.id,
            contact_id=_contact_id(session, contact, row.id),
            kind=clean_kind,
            direction=clean_direction,
            occurred_on=day,
            note=note.strip(),
        )
        session.add(tp)
        session.flush()
        return TouchpointInfo(
            tp.id, tp.account_id, tp.contact_id, tp.kind.value, tp.direction.value, day, tp.note
        )


def record_revenue(
    db: Database,
    account: int | str,
    amount: str | int | float | Decimal,
    *,
    kind: str = "new",
    on: str | dt.date | None = None,
    renewal_on: str | dt.date | None = None,
    note: str = "",
) -> RevenueInfo:
    cents = v.amount_cents(amount)
    clean_kind = v.choice(RevenueKind, kind, "kind")
    day = v.date(on, "date", default=today())
    renewal = v.optional_date(renewal_on, "renewal_on")
    if renewal is not None and renewal < day:
        raise ValidationError("renewal_on", _("must not be before the revenue date"))
    with db.transaction() as session:
        row = get_account_row(session, account)
        entry = RevenueEntry(
            account_id=row.id,
            amount_cents=cents,
            kind=clean_kind,
            occurred_on=day,
            renewal_on=renewal,
            note=note.strip(),
        )
        session.add(entry)
        session.flush()
        return RevenueInfo(entry.id, row.id, cents, clean_kind.value, day, renewal)


def purchase_count(db: Database, account: int | str) -> int:
    """How many revenue entries the account has (0: not a customer yet)."""
    with db.transaction() as session:
        row = get_account_row(session, account)
        return int(
            session.scalar(
                select(func.count())
                .select_from(RevenueEntry)
                .where(RevenueEntry.account_id == row.id)
            )
            or 0
        )


def record_referral(
    db: Database,
    from_account: int | str,
    to_account: int | str,
    *,
    contact: int | str | None = None,
    on: str | dt.date | None = None,
    note: str = "",
) -> ReferralInfo:
    day = _not_in_future(v.date(on, "date", default=today()), "date")
    with db.transaction() as session:
        source = get_account_row(session, from_account)
        target = get_account_row(session, to_account)
        return _referral(session, source, target, contact=contact, day=day, note=note)


def record_referral_to_new_account(
    db: Database,
    from_account: int | str,
    name: str,
    *,
    ring: int | str | None = None,
    industry: str | None = None,
    contact: int | str | None = None,
    on: str | dt.date | None = None,
    note: str = "",
) -> ReferralInfo:
    """The account referred us to one we did not know yet: the new account (outermost
    ring unless ``ring`` says otherwise) and the referral, in one transaction."""
    from circlesoftrust.services.accounts import create_account_in_session

    day = _not_in_future(v.date(on, "date", default=today()), "date")
    with db.transaction(write=True) as session:
        source = get_account_row(session, from_account)
        target = create_account_in_session(
            session,
            name,
            ring=ring,
            industry=industry,
            notes=_("Referred by {name}").format(name=source.name),
        )
        return _referral(session, source, target, contact=contact, day=day, note=note)


def _referral(
    session: Session,
    source: Account,
    target: Account,
    *,
    contact: int | str | None,
    day: dt.date,
    note: str,
) -> ReferralInfo:
    if source.id == target.id:
        raise ValidationError("to_account", _("an account cannot refer itself"))
    existing = session.scalar(
        select(Referral).where(
            Referral.from_account_id == source.id, Referral.to_account_id == target.id
        )
    )
    if existing is not None:
        raise ConflictError(
            _("{name} already referred {name2}").format(name=source.name, name2=target.name)
        )
    ref = Referral(
        from_account_id=source.id,
        from_contact_id=_contact_id(session, contact, source.id),
        to_account_id=target.id,
        referred_on=day,
        note=note.strip(),
    )
    session.add(ref)
    session.flush()
    return ReferralInfo(ref.id, source.id, target.id, ref.from_contact_id, day)


def record_feedback(
    db: Database,
    account: int | str,
    *,
    nps: int | str,
    contact: int | str | None = None,
    on: str | dt.date | None = None,
    comment: str = "",
    scores: Mapping[str, int | str] | None = None,
) -> FeedbackInfo:
    score = v.nps(nps)
    day = _not_in_future(v.date(on, "date", default=today()), "date")
    clean_scores: dict[str, int] = {}
    for key, value in (scores or {}).items():
        if key not in RELATIONAL_SCORES:
            raise ValidationError(
                key,
                _("is not a relational score ({join})").format(join=", ".join(RELATIONAL_SCORES)),
            )
        clean_scores[key] = v.int_in_range(value, key, 1, 5)
    with db.transaction() as session:
        row = get_account_row(session, account)
        fb = Feedback(
            account_id=row.id,
            contact_id=_contact_id(session, contact, row.id),
            given_on=day,
            nps=score,
            comment=comment.strip(),
            **clean_scores,
        )
        session.add(fb)
        session.flush()
        return FeedbackInfo(
            fb.id,
            row.id,
            fb.contact_id,
            day,
            score,
            fb.comment,
            tuple(sorted(clean_scores.items())),
        )


def _complaint_info(c: Complaint) -> ComplaintInfo:
    return ComplaintInfo(
        c.id, c.account_id, c.contact_id, c.opened_on, c.resolved_on, c.status.value, c.note,
        c.resolution,
    )  # fmt: skip


def open_complaint(
    db: Database,
    account: int | str,
    *,
    note: str,
    contact: int | str | None = None,
    on: str | dt.date | None = None,
) -> ComplaintInfo:
    text = v.required_text("note", note, max_length=5000)
    day = _not_in_future(v.date(on, "date", default=today()), "date")
    with db.transaction() as session:
        row = get_account_row(session, account)
        complaint = Complaint(
            account_id=row.id,
            contact_id=_contact_id(session, contact, row.id),
            opened_on=day,
            status=ComplaintStatus.OPEN,
            note=text,
        )
        session.add(complaint)
        session.flush()
        return _complaint_info(complaint)


def resolve_complaint(
    db: Database, complaint_id: int, *, resolution: str = "", on: str | dt.date | None = None
) -> ComplaintInfo:
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise ValidationError(
                "complaint",
                _("no complaint with id {complaint_id}").format(complaint_id=complaint_id),
            )
        if complaint.status is ComplaintStatus.RESOLVED:
            raise ConflictError(
                _("complaint {complaint_id} is already resolved").format(complaint_id=complaint_id)
            )
        if day < complaint.opened_on:
            raise ValidationError("date", _("a complaint cannot be resolved before it was opened"))
        complaint.status = ComplaintStatus.RESOLVED
        complaint.resolved_on = day
        complaint.resolution = resolution.strip()
        session.flush()
        return _complaint_info(complaint)


def list_complaints(
    db: Database, account: int | str | None = None, *, open_only: bool = False
) -> list[ComplaintInfo]:
    with db.transaction() as session:
        query = select(Complaint).order_by(Complaint.opened_on.desc())
        if account is not None:
            query = query.where(Complaint.account_id == get_account_row(session, account).id)
        if open_only:
            query = query.where(Complaint.status == ComplaintStatus.OPEN)
        return [_complaint_info(c) for c in session.scalars(query)]


def timeline(db: Database, account: int | str, *, limit: int = 200) -> list[TimelineEntry]:
    """Touchpoints, revenue, referrals, feedback, complaints and ring changes, newest first."""
    with db.transaction() as session:
        return timeline_in_session(session, get_account_row(session, account), limit=limit)


def timeline_in_session(
    session: Session, acc: Account, *, limit: int = 200, until: dt.date | None = None
) -> list[TimelineEntry]:
    """:func:`timeline` inside the caller's transaction; ``until``: nothing after that day.

    Plain column reads (no ORM objects), one query per kind of fact: the account page
    reads this on every click.
    """
    last = until or dt.date.max
    names = dict(
        session.execute(select(Contact.id, Contact.name).where(Contact.account_id == acc.id)).all()
    )
    rings = dict(session.execute(select(Ring.id, Ring.name)).all())
    people: dict[int | None, str] = dict(session.execute(select(User.id, User.name)).all())
    entries: list[TimelineEntry] = []
    t = Touchpoint
    for tid, kind, direction, contact_id, occurred, note, user_id in session.execute(
        select(t.id, t.kind, t.direction, t.contact_id, t.occurred_on, t.note, t.user_id)
        .where(t.account_id == acc.id, t.occurred_on <= last)
        .order_by(t.occurred_on.desc(), t.id.desc())
        .limit(limit)
    ):
        who = _(" with {name}").format(name=names[contact_id]) if contact_id in names else ""
        entries.append(
            TimelineEntry(
                occurred,
                "touchpoint",
                _("{kind} ({direction}){who}").format(
                    kind=label(kind.value), direction=label(direction.value).lower(), who=who
                ),
                note,
                tid,
                people.get(user_id),
            )
        )
    r = RevenueEntry
    for rid, cents, rkind, occurred, note in session.execute(
        select(r.id, r.amount_cents, r.kind, r.occurred_on, r.note)
        .where(r.account_id == acc.id, r.occurred_on <= last)
        .order_by(r.occurred_on.desc(), r.id.desc())
        .limit(limit)
    ):
        title = _("Revenue {amount} ({kind})").format(
            amount=formats.money(cents), kind=word(rkind.value)
        )
        entries.append(TimelineEntry(occurred, "revenue", title, note, rid))
    other = Account.__table__.alias("other")
    for ref_id, from_id, referred, note, other_name in session.execute(
        select(
            Referral.id, Referral.from_account_id, Referral.referred_on, Referral.note, other.c.name
        )
        .join(
            other,
            other.c.id
            == case(
                (Referral.from_account_id == acc.id, Referral.to_account_id),
                else_=Referral.from_account_id,
            ),
        )
        .where((Referral.from_account_id == acc.id) | (Referral.to_account_id == acc.id))
    ):
        given = from_id == acc.id
        entries.append(
            TimelineEntry(
                referred,
                "referral_given" if given else "referral_received",
                (_("Referred {name}") if given else _("Referred by {name}")).format(
                    name=other_name
                ),
                note,
                ref_id,
            )
        )
    f = Feedback
    for fid, contact_id, given_on, nps, comment in session.execute(
        select(f.id, f.contact_id, f.given_on, f.nps, f.comment).where(f.account_id == acc.id)
    ):
        who = _(" from {name}").format(name=names[contact_id]) if contact_id in names else ""
        title = _("NPS {nps}{who}").format(nps=nps, who=who)
        entries.append(TimelineEntry(given_on, "feedback", title, comment, fid))
    c = Complaint
    for cid, status, opened, resolved, note in session.execute(
        select(c.id, c.status, c.opened_on, c.resolved_on, c.note).where(c.account_id == acc.id)
    ):
        state = (
            _("open")
            if status is ComplaintStatus.OPEN
            else _("resolved {day}").format(day=formats.date(resolved) if resolved else "")
        )
        title = _("Complaint ({state})").format(state=state)
        entries.append(TimelineEntry(opened, "complaint", title, note, cid))
    rc = RingChange
    firsts: list[tuple[int, int | None]] = []
    for change_id, changed, from_ring, to_ring, from_name, to_name, reason, user_id in (
        session.execute(
            select(
                rc.id, rc.changed_on, rc.from_ring_id, rc.to_ring_id, rc.from_ring_name,
                rc.to_ring_name, rc.reason, rc.user_id,
            ).where(rc.account_id == acc.id)
        )
    ):  # fmt: skip
        # A removed ring's id is cleared and its name kept (from_ring_name / to_ring_name).
        firsts.append((change_id, from_ring if from_name is None else -1))
        src = rings.get(from_ring, "—") if from_ring else (from_name or "—")
        title = f"{src} → {rings.get(to_ring, '?') if to_ring else (to_name or '?')}"
        entries.append(
            TimelineEntry(changed, "ring_change", title, reason, change_id, people.get(user_id))
        )
    # Newest first; within a day the later record of a kind first (ids grow), and the
    # account's creation (its first ring entry, from no ring) below all that followed it.
    created = {change_id for change_id, from_ring in firsts if from_ring is None}
    entries.sort(
        key=lambda e: (
            e.on,
            not (e.kind == "ring_change" and e.ref_id in created),
            e.kind,
            e.ref_id,
        ),
        reverse=True,
    )
    return [e for e in entries if e.on <= last][:limit]


def delete_touchpoint(db: Database, touchpoint_id: int) -> TouchpointInfo:
    """Remove a touchpoint logged by mistake (the undo of "log touchpoint")."""
    with db.transaction() as session:
        tp = session.get(Touchpoint, touchpoint_id)
        if tp is None:
            raise NotFoundError(
                _("no touchpoint with id {touchpoint_id}").format(touchpoint_id=touchpoint_id)
            )
        info = TouchpointInfo(
            tp.id, tp.account_id, tp.contact_id, tp.kind.value, tp.direction.value,
            tp.occurred_on, tp.note,
        )  # fmt: skip
        session.delete(tp)
        return info


# Timeline kinds that are facts of their own, and the table each lives in.
_DELETABLE = {
    "touchpoint": Touchpoint,
    "revenue": RevenueEntry,
    "referral_given": Referral,
    "referral_received": Referral,
    "feedback": Feedback,
    "complaint": Complaint,
}


def delete_fact(db: Database, kind: str, ref_id: int) -> str:
    """Remove one fact of a timeline (``kind`` and ``ref_id`` as the timeline gives them),
    recorded by mistake; returns what was removed, in words. Ring moves stay: they are
    the account's history (a move is taken back by undo or by moving it again)."""
    model = _DELETABLE.get(kind)
    if model is None:
        raise ValidationError("kind", _("a ring move stays in the history: it cannot be deleted"))
    with db.transaction() as session:
        row = session.get(model, ref_id)
        if row is None:
            raise NotFoundError(_("that entry is no longer there (id {id})").format(id=ref_id))
        words = {
            "touchpoint": "the touchpoint",
            "revenue": "the revenue entry",
            "referral_given": "the referral",
            "referral_received": "the referral",
            "feedback": "the feedback",
            "complaint": "the complaint",
        }[kind]
        session.delete(row)
        session.flush()
        return words
