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
import json
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from circlesoftrust.duplicates.candidates import (
    BLOCK_CAP,
    MIN_SCORE,
    DuplicatePair,
    find_in_connection,
    load_phone_region,
    refresh_keys,
)
from circlesoftrust.engine.possible_duplicates import StoredPair, as_suggestion, read_pairs
from circlesoftrust.engine.suggestions import visible
from circlesoftrust.fast_insert import bulk_insert
from circlesoftrust.models import duplicate_checks, duplicate_pairs
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database

__all__ = ["CheckInfo", "Review", "check", "last_check", "review"]


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


@dataclass(frozen=True)
class Review:
    """The stored pairs one user has not dismissed, best first; ``check`` is None when the
    pass never ran on this book."""

    pairs: tuple[DuplicatePair, ...]
    dismissed: int
    check: CheckInfo | None


def check(db: Database, *, cap: int = BLOCK_CAP, min_score: int = MIN_SCORE) -> CheckInfo:
    """Run the duplicate pass and store its pairs (replacing the previous ones)."""
    with db.transaction(write=True) as session:
        conn = session.connection()
        region = load_phone_region(conn)
        refreshed = refresh_keys(conn, region)
    with db.transaction() as session:
        report = find_in_connection(
            session.connection(), region=region, cap=cap, min_score=min_score, refresh=False
        )
    now = dt.datetime.now().replace(microsecond=0)
    with db.transaction(write=True) as session:
        conn = session.connection()
        conn.execute(delete(duplicate_pairs))
        bulk_insert(
            conn,
            duplicate_pairs,
            ("kind", "first_id", "second_id", "first_account_id", "second_account_id",
             "score", "reasons", "fingerprint"),
            [
                (p.kind, p.first_id, p.second_id, p.first_account_id, p.second_account_id,
                 p.score, json.dumps(list(p.reasons), ensure_ascii=False), p.fingerprint)
                for p in report.pairs
            ],
        )  # fmt: skip
        conn.execute(delete(duplicate_checks))
        conn.execute(
            insert(duplicate_checks).values(
                id=1,
                checked_at=now,
                contacts=report.contacts,
                accounts=report.accounts,
                skipped_blocks=report.skipped_blocks,
                skipped_examples=json.dumps(list(report.skipped_examples), ensure_ascii=False),
            )
        )
    return CheckInfo(
        now, report.contacts, report.accounts, len(report.pairs), refreshed,
        report.skipped_blocks, report.skipped_examples,
    )  # fmt: skip


def last_check(db: Database) -> CheckInfo | None:
    with db.transaction() as session:
        row = session.execute(select(duplicate_checks)).first()
        if row is None:
            return None
        stored = session.scalar(select(func.count()).select_from(duplicate_pairs)) or 0
        return CheckInfo(
            row.checked_at, row.contacts, row.accounts, stored, 0,
            row.skipped_blocks, tuple(json.loads(row.skipped_examples)),
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
            tuple(json.loads(row.skipped_examples)),
        )  # fmt: skip
    pairs = tuple(_pair(p) for p in found if p.id in shown)
    return Review(pairs, len(found) - len(pairs), info)
