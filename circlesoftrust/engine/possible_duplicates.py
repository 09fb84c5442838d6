"""The "possible duplicate" suggestion: pairs the duplicate pass stored, read cheaply.

The pass (:mod:`circlesoftrust.duplicates.stored`) is too slow for every inbox refresh
(seconds on a big book), so it keeps its pairs in ``duplicate_pairs``; the inbox only
reads them here. A pair's suggestion id is its dismissal key (``duplicate:contact:12:34``)
and its fingerprint the digest of both sides the pass computed: "not the same" holds until
a later pass sees one side changed. A pair whose side is gone (merged, deleted) is not
read: every read joins the live rows.

Accepting one is not done here: it opens the merge dialog (window) or is the ``merge``
command (CLI), where the user chooses per field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any, NamedTuple

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from circlesoftrust.engine.suggestion_types import NORMAL, Suggestion
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.i18n import _, phrases_from_json
from circlesoftrust.models import Account, Contact, Ring, duplicate_pairs

KIND = "duplicate"
# Only pairs at or above this score reach the inbox (the same person more likely than not:
# a shared e-mail or phone with a similar name, a nickname or umlaut variant in one
# account). Namesakes in two accounts (80) and weaker pairs are in the review list only:
# a small book has dozens of them, and the inbox is for what to do today.
LIKELY = 90


class StoredPair(NamedTuple):
    """One stored candidate pair with the live names of both sides."""

    id: str  # "duplicate:contact:12:34"
    kind: str  # contact | account
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    first_account_id: int
    second_account_id: int
    first_account: str
    second_account: str
    score: int
    reasons: tuple[str, ...]
    fingerprint: str
    ring_position: int  # the first account's ring


def pair_key(kind: str, a: int, b: int) -> str:
    low, high = (a, b) if a < b else (b, a)
    return f"{KIND}:{kind}:{low}:{high}"


def parse_pair_key(key: str) -> tuple[str, int, int]:
    """("contact", 12, 34) from "duplicate:contact:12:34"."""
    parts = key.strip().split(":")
    try:
        if len(parts) != 4 or parts[0] != KIND or parts[1] not in ("contact", "account"):
            raise ValueError
        return parts[1], int(parts[2]), int(parts[3])
    except ValueError:
        raise ValidationError(
            "suggestion", _("{key!r} is not a duplicate pair id").format(key=key)
        ) from None


def _query(kind: str) -> Select[Any]:
    p = duplicate_pairs
    a, b = Account.__table__.alias("a"), Account.__table__.alias("b")
    ring = Ring.__table__.alias("ring")
    if kind == "contact":
        ca, cb = Contact.__table__.alias("ca"), Contact.__table__.alias("cb")
        return (
            select(
                p.c.first_id, p.c.second_id, ca.c.name, cb.c.name, ca.c.account_id,
                cb.c.account_id, a.c.name, b.c.name, p.c.score, p.c.reasons, p.c.fingerprint,
                ring.c.position,
            )
            .select_from(
                p.join(ca, ca.c.id == p.c.first_id)
                .join(cb, cb.c.id == p.c.second_id)
                .join(a, a.c.id == ca.c.account_id)
                .join(b, b.c.id == cb.c.account_id)
                .join(ring, ring.c.id == a.c.ring_id)
            )
            .where(p.c.kind == kind)
        )  # fmt: skip
    return (
        select(
            p.c.first_id, p.c.second_id, a.c.name, b.c.name, a.c.id, b.c.id, a.c.name,
            b.c.name, p.c.score, p.c.reasons, p.c.fingerprint, ring.c.position,
        )
        .select_from(
            p.join(a, a.c.id == p.c.first_id)
            .join(b, b.c.id == p.c.second_id)
            .join(ring, ring.c.id == a.c.ring_id)
        )
        .where(p.c.kind == kind)
    )  # fmt: skip


def read_pairs(
    session: Session,
    *,
    kinds: Collection[str] = ("contact", "account"),
    account_ids: Collection[int] | None = None,
    key: str | None = None,
    min_score: int = 0,
) -> list[StoredPair]:
    """The stored pairs whose both sides still exist, best first (``account_ids``: pairs
    touching those accounts; ``key``: that one pair)."""
    wanted: tuple[str, int, int] | None = parse_pair_key(key) if key is not None else None
    found: list[StoredPair] = []
    for kind in kinds:
        if wanted is not None and wanted[0] != kind:
            continue
        query = _query(kind)
        p = duplicate_pairs
        if wanted is not None:
            query = query.where(p.c.first_id == wanted[1], p.c.second_id == wanted[2])
        if min_score:
            query = query.where(p.c.score >= min_score)
        if account_ids is not None:
            ids = sorted(account_ids)
            query = query.where(or_(p.c.first_account_id.in_(ids), p.c.second_account_id.in_(ids)))
        for row in session.execute(query):
            first, second = int(row[0]), int(row[1])
            found.append(
                StoredPair(
                    pair_key(kind, first, second), kind, first, second, row[2], row[3],
                    row[4], row[5], row[6], row[7], int(row[8]), phrases_from_json(row[9]),
                    row[10], int(row[11]),
                )
            )  # fmt: skip
    found.sort(key=lambda pair: (-pair.score, pair.kind, pair.first_id, pair.second_id))
    return found


def find_pair(session: Session, key: str) -> StoredPair:
    found = read_pairs(session, key=key)
    if not found:
        raise NotFoundError(
            _("no possible duplicate {key!r} (merged, or not found by the check)").format(key=key)
        )
    return found[0]


def as_suggestion(pair: StoredPair, day: dt.date) -> Suggestion:
    if pair.kind == "contact":
        what = _("{a} and {b} may be one person ({score} %): {why}")
        action = _("open the merge dialog: choose per field what to keep (or: not the same)")
    else:
        what = _("{a} and {b} may be one company ({score} %): {why}")
        action = _("open the merge dialog: revenue and facts move to the account kept")
    reason = what.format(
        a=pair.first_name, b=pair.second_name, score=pair.score, why="; ".join(pair.reasons)
    )
    return Suggestion(
        pair.id,
        KIND,
        pair.first_account_id,
        pair.first_account,
        pair.first_id if pair.kind == "contact" else None,
        pair.first_name if pair.kind == "contact" else None,
        pair.ring_position,
        None,
        reason,
        action,
        NORMAL,
        day,
        pair.fingerprint,
        pair.second_id,
        1 if pair.first_account_id == pair.second_account_id else 2,
    )


def duplicate_suggestions(
    session: Session, day: dt.date, ids: Collection[int] | None = None
) -> list[Suggestion]:
    """A suggestion per likely stored pair (``ids``: pairs touching those accounts)."""
    return [
        as_suggestion(pair, day) for pair in read_pairs(session, account_ids=ids, min_score=LIKELY)
    ]
