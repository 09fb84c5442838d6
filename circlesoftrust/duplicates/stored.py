"""The duplicate pass's result, kept: what the inbox and the review screen read.

The pass takes seconds on a big book, far too long for every inbox refresh, so
:func:`check` runs it and stores every pair (dismissed ones too: a dismissal is one
user's, and it holds only while the pair's digest is the same) in ``duplicate_pairs``,
with when it ran in ``duplicate_checks``. Three short transactions: the key tables are
brought up to date (a write), the pairs found (a read: the book stays open for writes
meanwhile), and the stored pairs replaced (a write). :func:`review` reads them back for
one user, without the pairs they said are not the same; the inbox reads them through
:mod:`circlesoftrust.engine.possible_duplicates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, or_, select

from circlesoftrust.duplicates.candidates import (
    BLOCK_CAP,
    KEYS_VERSION,
    MIN_SCORE,
    DuplicatePair,
    find_in_connection,
    load_phone_region,
    refresh_in_steps,
    save_phone_region,
)
from circlesoftrust.engine.possible_duplicates import StoredPair, as_suggestion, read_pairs
from circlesoftrust.engine.suggestions import visible
from circlesoftrust.fast_insert import bulk_insert
from circlesoftrust.i18n import phrases_from_json, phrases_json
from circlesoftrust.models import Contact, duplicate_checks, duplicate_pairs
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database

__all__ = [
    "CheckInfo",
    "Review",
    "check",
    "last_check",
    "phone_region",
    "review",
    "set_phone_region",
]


@dataclass(frozen=True)
class CheckInfo:
    """When the pass last ran, and what it saw."""

    checked_at: dt.datetime
    contacts: int
    accounts: int
    pairs: int  # stored, dismissed ones included
    keys_refreshed: int  # this run's recomputed key rows (0 when read back)
    skipped_blocks: int  # crowded keys not compared pair by pair
    skipped_examples: tuple[str, ...]
    incremental: bool = False  # only the changed rows' pairs were found again


@dataclass(frozen=True)
class Review:
    """The stored pairs one user has not dismissed, best first; ``check`` is None when the
    pass never ran on this book."""

    pairs: tuple[DuplicatePair, ...]
    dismissed: int
    check: CheckInfo | None


# Part of the basis: a check stored before reasons were phrases (stored in one language)
# makes the next check a full one, so every pair reads in its reader's language.
_REASONS_STORED_AS = "phrases"


def _basis(region: str | None, cap: int, min_score: int) -> str:
    return f"{KEYS_VERSION}:{region or ''}:{cap}:{min_score}:{_REASONS_STORED_AS}"


def _in_chunks(ids: Collection[int], size: int = 500) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def check(
    db: Database, *, cap: int = BLOCK_CAP, min_score: int = MIN_SCORE, full: bool = False
) -> CheckInfo:
    """Run the duplicate pass and store its pairs.

    Incremental when the last check used the same keys, region, cap and lowest score and
    few rows changed since: only the pairs with a changed (new, edited, moved) contact or
    account are found again, the stored pairs of the others are kept (a pair depends on
    its two rows alone), and pairs with a deleted one are dropped. ``full``: every pair
    again (also when a block's crowding may have changed: the next full check counts)."""
    with db.transaction() as session:
        region = load_phone_region(session.connection())
    # Keys parsed with no lock held (a minute for a whole book of 100k), written in steps.
    changes = refresh_in_steps(db, region)
    with db.transaction() as session:
        conn = session.connection()
        last = conn.execute(select(duplicate_checks)).first()
        contacts = conn.scalar(select(func.count()).select_from(Contact)) or 0
    basis = _basis(region, cap, min_score)
    incremental = (
        not full
        and last is not None
        and last.basis == basis
        and changes.count <= max(1_000, contacts // 10)
    )
    with db.transaction() as session:
        conn = session.connection()
        if incremental:
            # Contact pairs name their accounts in the reasons: a renamed account's
            # contacts are found again too.
            only_contacts = set(changes.contacts)
            for chunk in _in_chunks(changes.accounts):
                only_contacts.update(
                    conn.scalars(select(Contact.id).where(Contact.account_id.in_(chunk)))
                )
            report = find_in_connection(
                conn, region=region, cap=cap, min_score=min_score, refresh=False,
                only_contacts=only_contacts, only_accounts=changes.accounts,
            )  # fmt: skip
        else:
            report = find_in_connection(
                conn, region=region, cap=cap, min_score=min_score, refresh=False
            )
    now = dt.datetime.now().replace(microsecond=0)
    p = duplicate_pairs
    with db.transaction(write=True) as session:
        conn = session.connection()
        if incremental:
            assert last is not None
            for kind, ids in (
                ("contact", only_contacts | changes.contacts_gone),
                ("account", changes.accounts | changes.accounts_gone),
            ):
                for chunk in _in_chunks(ids):
                    conn.execute(
                        delete(p).where(
                            p.c.kind == kind,
                            or_(p.c.first_id.in_(chunk), p.c.second_id.in_(chunk)),
                        )
                    )
            skipped = last.skipped_blocks
            examples = list(phrases_from_json(last.skipped_examples))
        else:
            conn.execute(delete(p))
            skipped = report.skipped_blocks
            examples = list(report.skipped_examples)
        bulk_insert(
            conn,
            p,
            ("kind", "first_id", "second_id", "first_account_id", "second_account_id",
             "score", "reasons", "fingerprint"),
            [
                (pair.kind, pair.first_id, pair.second_id, pair.first_account_id,
                 pair.second_account_id, pair.score,
                 phrases_json(pair.reasons), pair.fingerprint)
                for pair in report.pairs
            ],
        )  # fmt: skip
        stored = conn.scalar(select(func.count()).select_from(p)) or 0
        conn.execute(delete(duplicate_checks))
        conn.execute(
            insert(duplicate_checks).values(
                id=1,
                checked_at=now,
                contacts=report.contacts,
                accounts=report.accounts,
                skipped_blocks=skipped,
                skipped_examples=phrases_json(examples),
                basis=basis,
            )
        )
    return CheckInfo(
        now, report.contacts, report.accounts, stored, changes.count, skipped, tuple(examples),
        incremental,
    )  # fmt: skip


def phone_region(db: Database) -> str | None:
    """The region national phone numbers are read in (the setting, else the locale's)."""
    with db.transaction() as session:
        return load_phone_region(session.connection())


def set_phone_region(db: Database, region: str) -> str:
    """Save the region national phone numbers are read in (every phone is keyed again at
    the next check); returns the code as saved ("NL")."""
    with db.transaction(write=True) as session:
        return save_phone_region(session, region)


def last_check(db: Database) -> CheckInfo | None:
    with db.transaction() as session:
        row = session.execute(select(duplicate_checks)).first()
        if row is None:
            return None
        stored = session.scalar(select(func.count()).select_from(duplicate_pairs)) or 0
        return CheckInfo(
            row.checked_at, row.contacts, row.accounts, stored, 0,
            row.skipped_blocks, phrases_from_json(row.skipped_examples),
        )  # fmt: skip


def _pair(stored: StoredPair) -> DuplicatePair:
    return DuplicatePair(
        stored.id, stored.kind, stored.first_id, stored.second_id, stored.first_name,
        stored.second_name, stored.first_account_id, stored.second_account_id,
        stored.first_account, stored.second_account, stored.score, stored.reasons,
        stored.fingerprint,
    )  # fmt: skip


def review(db: Database, kinds: Collection[str] = ("contact", "account")) -> Review:
    """The stored pairs of ``kinds`` this user has not dismissed (nor snoozed in Today)."""
    day = today()
    with db.transaction() as session:
        found = read_pairs(session, kinds=kinds)
        shown = {s.id for s in visible([as_suggestion(p, day) for p in found], session, day)}
        row = session.execute(select(duplicate_checks)).first()
    info = None
    if row is not None:
        info = CheckInfo(
            row.checked_at, row.contacts, row.accounts, len(found), 0, row.skipped_blocks,
            phrases_from_json(row.skipped_examples),
        )  # fmt: skip
    pairs = tuple(_pair(p) for p in found if p.id in shown)
    return Review(pairs, len(found) - len(pairs), info)
