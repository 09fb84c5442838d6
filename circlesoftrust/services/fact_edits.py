"""Edit a recorded fact in place: a touchpoint, a purchase, feedback, a complaint, a
referral, a task or a perk grant.

:func:`read_fact` gives the fact's editable values (the keys the add forms use) and its
version; :func:`edit_fact` checks the new values the way recording them does, refuses a
save made against an older version (``team.StaleEditError``: someone else changed or
edited the fact meanwhile; nothing is written) and writes them in one transaction.

Tasks carry a real ``version`` column. The other facts have none, so their version is a
fingerprint of the stored values: a save based on values that are no longer there is
refused the same way.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    RELATIONAL_SCORES,
    Account,
    Complaint,
    Feedback,
    Perk,
    PerkGrant,
    Referral,
    RevenueEntry,
    Task,
    Touchpoint,
)
from circlesoftrust.services.activity import _contact_id, _not_in_future
from circlesoftrust.services.lookups import log_action
from circlesoftrust.storage import Database
from circlesoftrust.team import StaleEditError, last_change
from circlesoftrust.vocabulary import ComplaintStatus, Direction, RevenueKind, TouchpointKind
from circlesoftrust.vocabulary import label as word

# The timeline's kinds (and the tabs' rows) that can be edited, and their table.
_MODELS: dict[str, type[Any]] = {
    "touchpoint": Touchpoint,
    "revenue": RevenueEntry,
    "feedback": Feedback,
    "complaint": Complaint,
    "referral": Referral,
    "task": Task,
    "perk_grant": PerkGrant,
}
EDITABLE = tuple(_MODELS)
# The keys an edit may change (others, e.g. who was referred, are shown only).
_EDITED = {
    *("kind", "direction", "contact", "on", "note", "amount", "renewal_on", "nps"),
    *("comment", "scores", "resolution", "resolved_on", "title", "due_on", "expires_on"),
}


def fact_kind(kind: str) -> str:
    """The timeline's ``referral_given``/``referral_received`` are one referral."""
    return "referral" if kind.startswith("referral_") else kind


@dataclass(frozen=True)
class FactRecord:
    """One fact as an edit form shows it."""

    kind: str
    ref_id: int
    account_id: int
    account_name: str
    # The editable values, keyed as the add forms key them (dates as dates, the amount
    # as the locale writes it, the contact as its id, feedback's scores by name).
    values: Mapping[str, Any]
    # Tasks: the row's version; other facts: a fingerprint of the stored values.
    version: int
    # "the purchase of € 12,000.00 on 3 Mar 2026": names the fact in texts and undo.
    title: str


def _row(session: Session, kind: str, ref_id: int) -> Any:
    model = _MODELS.get(fact_kind(kind))
    if model is None:
        raise ValidationError("kind", _("a ring move stays in the history: it cannot be edited"))
    row = session.get(model, ref_id)
    if row is None:
        raise NotFoundError(
            _("that entry is no longer there (id {id}): someone removed it").format(id=ref_id)
        )
    return row


def _amount_text(cents: int) -> str:
    return formats.number(Decimal(cents) / 100, digits=2 if cents % 100 else 0)


def _values(kind: str, row: Any) -> dict[str, Any]:
    if kind == "touchpoint":
        return {
            "kind": row.kind.value,
            "direction": row.direction.value,
            "contact": row.contact_id,
            "on": row.occurred_on,
            "note": row.note,
        }
    if kind == "revenue":
        return {
            "amount": _amount_text(row.amount_cents),
            "kind": row.kind.value,
            "on": row.occurred_on,
            "renewal_on": row.renewal_on,
            "note": row.note,
        }
    if kind == "feedback":
        scores = {s: getattr(row, s) for s in RELATIONAL_SCORES if getattr(row, s) is not None}
        return {
            "contact": row.contact_id,
            "nps": row.nps,
            "comment": row.comment,
            "on": row.given_on,
            "scores": scores,
        }
    if kind == "complaint":
        return {
            "contact": row.contact_id,
            "note": row.note,
            "on": row.opened_on,
            "resolution": row.resolution,
            "resolved_on": row.resolved_on,
        }
    if kind == "referral":
        return {"contact": row.from_contact_id, "on": row.referred_on, "note": row.note}
    if kind == "task":
        return {"title": row.title, "due_on": row.due_on, "note": row.note}
    assert kind == "perk_grant"
    return {"on": row.granted_on, "expires_on": row.expires_on, "note": row.note}


def _stored(kind: str, row: Any) -> dict[str, Any]:
    """What the fingerprint is taken of: the stored values (the amount in cents, not as
    the locale writes it, so a change of language is not an edit)."""
    values = _values(kind, row)
    if kind == "revenue":
        values["amount"] = row.amount_cents
    return values


def _version(kind: str, row: Any) -> int:
    if kind == "task":
        return int(row.version)
    return zlib.crc32(repr(sorted(_stored(kind, row).items())).encode()) & 0x7FFFFFFF


def _account_of(kind: str, row: Any) -> int:
    return int(row.from_account_id if kind == "referral" else row.account_id)


def _title(session: Session, kind: str, row: Any) -> str:
    if kind == "touchpoint":
        return _("the touchpoint ({kind}) of {day}").format(
            kind=word(row.kind.value), day=formats.date(row.occurred_on)
        )
    if kind == "revenue":
        return _("the purchase of {amount} on {day}").format(
            amount=formats.money(row.amount_cents), day=formats.date(row.occurred_on)
        )
    if kind == "feedback":
        return _("the NPS {nps} of {day}").format(nps=row.nps, day=formats.date(row.given_on))
    if kind == "complaint":
        return _("the complaint of {day}").format(day=formats.date(row.opened_on))
    if kind == "referral":
        target = session.get(Account, row.to_account_id)
        return _("the referral of {name} on {day}").format(
            name=target.name if target is not None else "?", day=formats.date(row.referred_on)
        )
    if kind == "task":
        return _("the task “{title}”").format(title=row.title)
    perk = session.get(Perk, row.perk_id)
    return _("the perk {name} granted on {day}").format(
        name=perk.name if perk is not None else "?", day=formats.date(row.granted_on)
    )


def _record(session: Session, kind: str, row: Any) -> FactRecord:
    account = session.get(Account, _account_of(kind, row))
    assert account is not None
    values = _values(kind, row)
    # Shown, not edited: who was referred, which perk was granted.
    if kind == "referral":
        target = session.get(Account, row.to_account_id)
        values["to_account"] = target.name if target is not None else ""
    elif kind == "perk_grant":
        perk = session.get(Perk, row.perk_id)
        values["perk"] = perk.name if perk is not None else ""
    return FactRecord(
        kind=kind,
        ref_id=int(row.id),
        account_id=account.id,
        account_name=account.name,
        values=values,
        version=_version(kind, row),
        title=_title(session, kind, row),
    )


def read_fact(db: Database, kind: str, ref_id: int) -> FactRecord:
    """The fact (``kind`` as the timeline or the tabs give it) as an edit form shows it."""
    kind = fact_kind(kind)
    with db.transaction() as session:
        return _record(session, kind, _row(session, kind, ref_id))


def edit_fact(
    db: Database,
    kind: str,
    ref_id: int,
    values: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> FactRecord:
    """Save the fact's new ``values`` (the keys of :func:`read_fact`; a missing key keeps
    its value), checked as recording checks them. ``expected_version`` is the version the
    form showed (None: edit what is there now); an older one is refused, nothing written."""
    kind = fact_kind(kind)
    with db.transaction(write=True) as session:
        row = _row(session, kind, ref_id)
        current = _version(kind, row)
        if expected_version is not None and expected_version != current:
            change = last_change(session, f"{kind}:{ref_id}")
            raise StaleEditError(
                _title(session, kind, row)[:1].upper() + _title(session, kind, row)[1:],
                version=current,
                by=change.by if change else None,
                at=change.at if change else None,
                what=change.summary if change else None,
            )
        merged = {**_values(kind, row), **{k: v for k, v in values.items() if k in _EDITED}}
        _apply(session, kind, row, merged)
        session.flush()
        record = _record(session, kind, row)
        log_action(
            session,
            "edit_fact",
            f"{record.account_name}: edited {record.title}",
            record.account_id,
            target=f"{kind}:{ref_id}",
        )
        return record


def _apply(session: Session, kind: str, row: Any, new: dict[str, Any]) -> None:
    account_id = _account_of(kind, row)
    if kind == "touchpoint":
        row.kind = v.choice(TouchpointKind, new["kind"], "kind")
        row.direction = v.choice(Direction, new["direction"], "direction")
        row.occurred_on = _not_in_future(v.date(new["on"], "date"), "date")
        row.contact_id = _contact_id(session, new["contact"], account_id)
        row.note = str(new["note"] or "").strip()
    elif kind == "revenue":
        cents = v.amount_cents(new["amount"])
        day = v.date(new["on"], "date")
        renewal = v.optional_date(new["renewal_on"], "renewal_on")
        if renewal is not None and renewal < day:
            raise ValidationError("renewal_on", _("must not be before the revenue date"))
        row.amount_cents = cents
        row.kind = v.choice(RevenueKind, new["kind"], "kind")
        row.occurred_on, row.renewal_on = day, renewal
        row.note = str(new["note"] or "").strip()
    elif kind == "feedback":
        row.nps = v.nps(new["nps"])
        row.given_on = _not_in_future(v.date(new["on"], "date"), "date")
        row.contact_id = _contact_id(session, new["contact"], account_id)
        row.comment = str(new["comment"] or "").strip()
        scores = dict(new["scores"] or {})
        for key in scores:
            if key not in RELATIONAL_SCORES:
                raise ValidationError(
                    key,
                    _("is not a relational score ({join})").format(
                        join=", ".join(RELATIONAL_SCORES)
                    ),
                )
        for key in RELATIONAL_SCORES:
            value = scores.get(key)
            setattr(row, key, None if value is None else v.int_in_range(value, key, 1, 5))
    elif kind == "complaint":
        row.note = v.required_text("note", new["note"], max_length=5000)
        opened = _not_in_future(v.date(new["on"], "date"), "date")
        row.contact_id = _contact_id(session, new["contact"], account_id)
        if row.status is ComplaintStatus.RESOLVED:
            resolved = v.date(new["resolved_on"], "resolved_on")
            if resolved < opened:
                raise ValidationError(
                    "resolved_on", _("a complaint cannot be resolved before it was opened")
                )
            row.resolved_on = resolved
            row.resolution = str(new["resolution"] or "").strip()
        row.opened_on = opened
    elif kind == "referral":
        row.referred_on = _not_in_future(v.date(new["on"], "date"), "date")
        row.from_contact_id = _contact_id(session, new["contact"], account_id)
        row.note = str(new["note"] or "").strip()
    elif kind == "task":
        row.title = v.required_text("title", new["title"])
        row.due_on = v.date(new["due_on"], "due_on")
        row.note = str(new["note"] or "").strip()
    else:
        granted = v.date(new["on"], "date")
        expiry = v.optional_date(new["expires_on"], "expires_on")
        if expiry is not None and expiry < granted:
            raise ValidationError("expires_on", _("must not be before the grant date"))
        for field in ("redeemed_on", "withdrawn_on"):
            later = getattr(row, field)
            if later is not None and later < granted:
                raise ValidationError(
                    "on",
                    _("must not be after the day it was {what} ({day})").format(
                        what=_("redeemed") if field == "redeemed_on" else _("withdrawn"),
                        day=formats.date(later),
                    ),
                )
        row.granted_on, row.expires_on = granted, expiry
        row.note = str(new["note"] or "").strip()
