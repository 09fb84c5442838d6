"""Builders for the trust-engine tests: small, exact databases around one day D.

Rows go in directly (one transaction per call) with dates counted back from D, so a test
reads like the facts it is about: "a purchase 30 days ago, a two-way call yesterday".
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import select

from circlesoftrust.models import (
    Account,
    Complaint,
    Contact,
    Feedback,
    Referral,
    RevenueEntry,
    Ring,
    RingChange,
    Touchpoint,
)
from circlesoftrust.storage import Database, open_database
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    ContactRole,
    Direction,
    RelationshipStage,
    RevenueKind,
    RingChangeSource,
    TouchpointKind,
)

D = dt.date(2026, 6, 15)


def ago(days: int) -> dt.date:
    return D - dt.timedelta(days=days)


def fresh_copy(template: Path, target: Path) -> Database:
    """A new database from a migrated empty template (fast, for hypothesis examples)."""
    shutil.copy(template, target)
    return open_database(target)


class Scenario:
    """Write facts relative to D into ``db``; every method returns the new row's id."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.transaction() as session:
            self.ring_ids = {r.position: r.id for r in session.scalars(select(Ring))}

    def account(
        self, name: str, ring: int = 4, *, pinned: bool = False, entered_days_ago: int = 400
    ) -> int:
        with self.db.transaction() as session:
            account = Account(
                name=name,
                ring_id=self.ring_ids[ring],
                pinned=pinned,
                created_at=dt.datetime.combine(ago(entered_days_ago), dt.time(9)),
            )
            session.add(account)
            session.flush()
            session.add(
                RingChange(
                    account_id=account.id,
                    from_ring_id=None,
                    to_ring_id=self.ring_ids[ring],
                    changed_on=ago(entered_days_ago),
                    reason="test",
                    source=RingChangeSource.INITIAL,
                )
            )
            return account.id

    def contact(
        self,
        account: int,
        name: str,
        role: str = "decision_maker",
        *,
        override: str | None = None,
        archived: bool = False,
    ) -> int:
        with self.db.transaction() as session:
            contact = Contact(
                account_id=account,
                name=name,
                role=ContactRole(role),
                stage_override=RelationshipStage(override) if override else None,
                archived_at=dt.datetime(2026, 1, 1) if archived else None,
            )
            session.add(contact)
            session.flush()
            return contact.id

    def touch(
        self,
        account: int,
        days_ago: int,
        *,
        direction: str = "two_way",
        contact: int | None = None,
        kind: str = "call",
    ) -> int:
        with self.db.transaction() as session:
            row = Touchpoint(
                account_id=account,
                contact_id=contact,
                kind=TouchpointKind(kind),
                direction=Direction(direction),
                occurred_on=ago(days_ago),
            )
            session.add(row)
            session.flush()
            return row.id

    def touches(self, account: int, days: list[int], **kw: object) -> None:
        for n in days:
            self.touch(account, n, **kw)  # type: ignore[arg-type]

    def revenue(
        self,
        account: int,
        amount: int,
        days_ago: int,
        *,
        kind: str = "new",
        renewal_in: int | None = None,
    ) -> int:
        with self.db.transaction() as session:
            row = RevenueEntry(
                account_id=account,
                amount_cents=amount * 100,
                kind=RevenueKind(kind),
                occurred_on=ago(days_ago),
                renewal_on=D + dt.timedelta(days=renewal_in) if renewal_in is not None else None,
            )
            session.add(row)
            session.flush()
            return row.id

    def feedback(self, account: int, nps: int, days_ago: int, contact: int | None = None) -> int:
        with self.db.transaction() as session:
            row = Feedback(account_id=account, contact_id=contact, nps=nps, given_on=ago(days_ago))
            session.add(row)
            session.flush()
            return row.id

    def complaint(
        self, account: int, days_ago: int, *, open: bool = True, note: str = "late"
    ) -> int:
        with self.db.transaction() as session:
            row = Complaint(
                account_id=account,
                opened_on=ago(days_ago),
                note=note,
                status=ComplaintStatus.OPEN if open else ComplaintStatus.RESOLVED,
                resolved_on=None if open else ago(max(0, days_ago - 1)),
            )
            session.add(row)
            session.flush()
            return row.id

    def referral(self, source: int, target: int, days_ago: int) -> int:
        with self.db.transaction() as session:
            row = Referral(from_account_id=source, to_account_id=target, referred_on=ago(days_ago))
            session.add(row)
            session.flush()
            return row.id

    def move(self, account: int, to: int, days_ago: int) -> None:
        """A ring change in the past (as if made by hand then)."""
        with self.db.transaction() as session:
            row = session.get(Account, account)
            assert row is not None
            session.add(
                RingChange(
                    account_id=account,
                    from_ring_id=row.ring_id,
                    to_ring_id=self.ring_ids[to],
                    changed_on=ago(days_ago),
                    reason="test",
                    source=RingChangeSource.MANUAL,
                )
            )
            row.ring_id = self.ring_ids[to]

    def steady_customer(self, name: str, ring: int = 0, *, amount: int = 50_000) -> int:
        """A long, steady relationship: three years of renewals, two-way touches every two
        weeks, a promoter and a referral - the kind of account the inner ring is for."""
        aid = self.account(name, ring, entered_days_ago=1200)
        who = self.contact(aid, f"{name} boss")
        second = self.contact(aid, f"{name} champion", "champion")
        self.revenue(aid, amount, 1100)
        for year in (1, 2):
            self.revenue(aid, amount, 1100 - 365 * year, kind="renewal")
        self.revenue(aid, amount, 10, kind="renewal", renewal_in=355)
        self.touches(aid, list(range(3, 730, 14)), contact=who)
        self.touches(aid, list(range(10, 365, 60)), contact=second)
        self.feedback(aid, 10, 100, who)
        return aid


def test_scenario_writes_relative_dates(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Acme", 2)
    s.touch(aid, 3)
    with db.transaction() as session:
        row = session.scalar(select(Touchpoint).where(Touchpoint.account_id == aid))
        assert row is not None and row.occurred_on == ago(3)
