"""The application's own rules for a database, beyond what its schema enforces.

Each rule is one set-based query over a connection and returns its problems as sentences:
rings form a proper sequence, facts that name a contact name one of the same account's
contacts, complaint status matches its dates, every account's ring history ends in its
current ring, and so on. ``circlesoftrust check`` reports them
(:mod:`circlesoftrust.integrity`); a JSON restore and a backup restore refuse a file that
breaks any of them, before it replaces anything.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from sqlalchemy import BigInteger, Connection, and_, func, literal, or_, select

from circlesoftrust import formats
from circlesoftrust.models import (
    Account,
    ChecklistItem,
    Complaint,
    Contact,
    Feedback,
    Insight,
    InsightRelease,
    InsightShare,
    Perk,
    PerkGrant,
    Referral,
    RevenueEntry,
    Ring,
    RingChange,
    Task,
    Touchpoint,
)
from circlesoftrust.services.rings import MAX_RINGS, MIN_RINGS
from circlesoftrust.validation import MAX_CENTS
from circlesoftrust.vocabulary import ComplaintStatus, TaskSource


def _rings(conn: Connection) -> list[str]:
    rings = conn.execute(
        select(Ring.position, Ring.name, Ring.min_score).order_by(Ring.position)
    ).all()
    problems: list[str] = []
    if not MIN_RINGS <= len(rings) <= MAX_RINGS:
        problems.append(f"there are {len(rings)} rings; {MIN_RINGS} to {MAX_RINGS} are needed")
    positions = [r.position for r in rings]
    if positions != list(range(len(rings))):
        problems.append(
            f"ring positions are {positions}; they must run 0..{len(rings) - 1} without gaps"
        )
    for inner, outer in itertools.pairwise(rings):
        if inner.min_score <= outer.min_score:
            problems.append(
                f"{inner.name} (threshold {inner.min_score}) must need a higher score than "
                f"{outer.name} (threshold {outer.min_score})"
            )
    if rings and rings[-1].min_score != 0:
        problems.append(
            f"the outermost ring {rings[-1].name} must have threshold 0 so every score has a ring"
        )
    return problems


def _accounts_in_rings(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Account.id, Account.name, Account.ring_id)
        .outerjoin(Ring, Ring.id == Account.ring_id)
        .where(Ring.id.is_(None))
        .order_by(Account.id)
    ).all()
    return [
        f"account #{r.id} {r.name!r} sits in ring id {r.ring_id}, which does not exist"
        for r in rows
    ]


def _unique_names(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(func.lower(Account.name), func.count())
        .group_by(func.lower(Account.name))
        .having(func.count() > 1)
    ).all()
    return [
        f"{count} accounts are named {name!r} (names differ only in case)" for name, count in rows
    ]


def _contacts_match_accounts(conn: Connection) -> list[str]:
    """A fact that names a contact must name one of the same account's contacts."""
    problems: list[str] = []
    tables: tuple[tuple[str, Any, Any, Any], ...] = (
        ("touchpoint", Touchpoint.id, Touchpoint.account_id, Touchpoint.contact_id),
        ("feedback", Feedback.id, Feedback.account_id, Feedback.contact_id),
        ("complaint", Complaint.id, Complaint.account_id, Complaint.contact_id),
        ("insight share", InsightShare.id, InsightShare.account_id, InsightShare.contact_id),
        ("referral", Referral.id, Referral.from_account_id, Referral.from_contact_id),
    )
    for label, id_col, account_col, contact_col in tables:
        rows = conn.execute(
            select(id_col, account_col, Contact.account_id)
            .join(Contact, Contact.id == contact_col)
            .where(Contact.account_id != account_col)
            .order_by(id_col)
        ).all()
        problems.extend(
            f"{label} #{r[0]} of account #{r[1]} names a contact of account #{r[2]}" for r in rows
        )
    return problems


def _complaints(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Complaint.id, Complaint.status, Complaint.opened_on, Complaint.resolved_on)
        .where(
            or_(
                and_(Complaint.status == ComplaintStatus.OPEN, Complaint.resolved_on.is_not(None)),
                and_(Complaint.status == ComplaintStatus.RESOLVED, Complaint.resolved_on.is_(None)),
                Complaint.resolved_on < Complaint.opened_on,
            )
        )
        .order_by(Complaint.id)
    ).all()
    return [
        f"complaint #{r.id} is {r.status.value} but opened {r.opened_on}, resolved {r.resolved_on}"
        for r in rows
    ]


def _referrals(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Referral.id, Referral.from_account_id)
        .where(Referral.from_account_id == Referral.to_account_id)
        .order_by(Referral.id)
    ).all()
    return [f"referral #{r.id}: account #{r.from_account_id} referred itself" for r in rows]


def _ring_history(conn: Connection) -> list[str]:
    """Every account's latest ring change leads to the ring it sits in now."""
    latest = (
        select(
            RingChange.account_id,
            RingChange.to_ring_id,
            func.row_number()
            .over(
                partition_by=RingChange.account_id,
                order_by=(RingChange.changed_on.desc(), RingChange.id.desc()),
            )
            .label("n"),
        )
    ).subquery()
    rows = conn.execute(
        select(Account.id, Account.name, Account.ring_id, latest.c.to_ring_id, latest.c.n)
        .outerjoin(latest, and_(latest.c.account_id == Account.id, latest.c.n == 1))
        .where(
            or_(
                latest.c.n.is_(None),
                latest.c.to_ring_id.is_(None),  # into a removed ring
                latest.c.to_ring_id != Account.ring_id,
            )
        )
        .order_by(Account.id)
    ).all()
    return [
        f"account #{r.id} {r.name!r} has no ring history"
        if r.n is None
        else f"account #{r.id} {r.name!r} sits in ring id {r.ring_id} but its last ring change "
        f"went to ring id {r.to_ring_id}"
        for r in rows
    ]


def _perks(conn: Connection) -> list[str]:
    problems = [
        f"perk #{r.id} {r.name!r} is offered from ring id {r.ring_id}, which does not exist"
        for r in conn.execute(
            select(Perk.id, Perk.name, Perk.ring_id)
            .outerjoin(Ring, Ring.id == Perk.ring_id)
            .where(Ring.id.is_(None))
        )
    ]
    problems.extend(
        f"perk grant #{r.id} names perk id {r.perk_id}, which does not exist"
        for r in conn.execute(
            select(PerkGrant.id, PerkGrant.perk_id)
            .outerjoin(Perk, Perk.id == PerkGrant.perk_id)
            .where(Perk.id.is_(None))
        )
    )
    problems.extend(
        f"perk grant #{r.id} has a redeemed, expiry or withdrawal date before it was granted"
        for r in conn.execute(
            select(PerkGrant.id).where(
                or_(
                    PerkGrant.redeemed_on < PerkGrant.granted_on,
                    PerkGrant.expires_on < PerkGrant.granted_on,
                    PerkGrant.withdrawn_on < PerkGrant.granted_on,
                )
            )
        )
    )
    return problems


def _insight_releases(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(InsightRelease.id, Insight.title, InsightRelease.release_on, Insight.published_on)
        .join(Insight, Insight.id == InsightRelease.insight_id)
        .where(
            or_(Insight.published_on.is_(None), InsightRelease.release_on < Insight.published_on)
        )
        .order_by(InsightRelease.id)
    ).all()
    return [
        f"insight {r.title!r} is released to a ring on {r.release_on}, "
        + (
            "but it is not published"
            if r.published_on is None
            else f"before its publication {r.published_on}"
        )
        for r in rows
    ]


# Bound as a BIGINT: beside an INTEGER column PostgreSQL would take it as one and fail.
_MAX = literal(MAX_CENTS, BigInteger)


def _amounts(conn: Connection) -> list[str]:
    """Amounts stay below validation.MAX_CENTS: sums of them then never overflow."""
    rows = [
        f"revenue entry #{r.id} of account #{r.account_id} is "
        f"{formats.number(r.amount_cents)} cents"
        for r in conn.execute(
            select(RevenueEntry.id, RevenueEntry.account_id, RevenueEntry.amount_cents)
            .where(or_(RevenueEntry.amount_cents > _MAX, RevenueEntry.amount_cents < 0))
            .order_by(RevenueEntry.id)
        )
    ]
    rows.extend(
        f"perk #{r.id} {r.name!r} costs {formats.number(r.cost_per_year_cents)} cents a year"
        for r in conn.execute(
            select(Perk.id, Perk.name, Perk.cost_per_year_cents)
            .where(or_(Perk.cost_per_year_cents > _MAX, Perk.cost_per_year_cents < 0))
            .order_by(Perk.id)
        )
    )
    return rows


APP_CHECKS: tuple[tuple[str, str, Callable[[Connection], list[str]]], ...] = (
    ("rings", "3-9 rings, positions 0..n-1, thresholds falling outwards to 0", _rings),
    ("accounts_in_rings", "every account sits in an existing ring", _accounts_in_rings),
    ("unique_account_names", "no two accounts share a name (ignoring case)", _unique_names),
    ("contacts_match_accounts", "facts name contacts of their own account",
     _contacts_match_accounts),
    ("complaint_status", "open complaints have no resolution date, resolved ones do", _complaints),
    ("no_self_referral", "no account referred itself", _referrals),
    ("ring_history", "each account's last ring change leads to its current ring", _ring_history),
    ("perks", "perks are offered from existing rings; grant dates are in order", _perks),
    ("realistic_amounts", f"amounts lie between 0 and {formats.number(MAX_CENTS)} cents", _amounts),
    ("insight_releases", "insights reach rings only after they are published", _insight_releases),
)  # fmt: skip


# --- doubles two writers could leave behind (issue 13) ----------------------------------


def _ring_changes_chain(conn: Connection) -> list[str]:
    """Each ring change starts where the account's previous one ended: a move made twice
    from the same ring (two accepts of one promotion) breaks the chain."""
    history = select(
        RingChange.id,
        RingChange.account_id,
        RingChange.from_ring_id,
        RingChange.to_ring_id,
        func.lag(RingChange.to_ring_id)
        .over(
            partition_by=RingChange.account_id,
            order_by=(RingChange.changed_on, RingChange.id),
        )
        .label("previous_to"),
    ).subquery()
    rows = conn.execute(
        select(history, Account.name)
        .join(Account, Account.id == history.c.account_id)
        .where(
            history.c.previous_to.is_not(None),
            history.c.from_ring_id.is_not(None),
            history.c.from_ring_id != history.c.previous_to,
        )
        .order_by(history.c.account_id, history.c.id)
    ).all()
    return [
        f"ring change #{r.id} of account #{r.account_id} {r.name!r} leaves ring id "
        f"{r.from_ring_id}, but the change before it had moved the account to ring id "
        f"{r.previous_to} (a move made twice?)"
        for r in rows
    ]


def _checklist_tasks(conn: Connection) -> list[str]:
    """Entering a ring makes one task per checklist step: never more tasks of a step for
    an account than times the account entered the step's ring."""
    entries = (
        select(RingChange.account_id, RingChange.to_ring_id, func.count().label("n"))
        .group_by(RingChange.account_id, RingChange.to_ring_id)
        .subquery()
    )
    made = (
        select(Task.account_id, Task.checklist_item_id, func.count().label("n"))
        .where(Task.source == TaskSource.CHECKLIST, Task.checklist_item_id.is_not(None))
        .group_by(Task.account_id, Task.checklist_item_id)
        .subquery()
    )
    rows = conn.execute(
        select(made.c.account_id, ChecklistItem.title, made.c.n, entries.c.n.label("entered"))
        .join(ChecklistItem, ChecklistItem.id == made.c.checklist_item_id)
        .outerjoin(
            entries,
            and_(
                entries.c.account_id == made.c.account_id,
                entries.c.to_ring_id == ChecklistItem.ring_id,
            ),
        )
        .where(made.c.n > func.coalesce(entries.c.n, 0))
        .order_by(made.c.account_id, ChecklistItem.title)
    ).all()
    return [
        f"account #{r.account_id} has {r.n} checklist tasks {r.title!r} but entered its ring "
        f"{r.entered or 0} time(s)"
        for r in rows
    ]


def _suggestion_tasks(conn: Connection) -> list[str]:
    """One accepted suggestion, one task: two open tasks of an account with the same title
    and due date from accepted suggestions are one accept carried out twice."""
    rows = conn.execute(
        select(Task.account_id, Task.title, Task.due_on, func.count().label("n"))
        .where(Task.source == TaskSource.SUGGESTION, Task.done_on.is_(None))
        .group_by(Task.account_id, Task.title, Task.due_on)
        .having(func.count() > 1)
        .order_by(Task.account_id, Task.title)
    ).all()
    return [
        f"account #{r.account_id} has {r.n} open tasks {r.title!r} due {r.due_on} from suggestions"
        for r in rows
    ]


def _unique_emails(conn: Connection) -> list[str]:
    """An e-mail address belongs to one contact (the import merges on it)."""
    email = func.lower(Contact.email)
    rows = conn.execute(
        select(email, func.count())
        .where(Contact.email.is_not(None), Contact.email != "")
        .group_by(email)
        .having(func.count() > 1)
        .order_by(email)
    ).all()
    return [f"{count} contacts have e-mail {address}" for address, count in rows]


# Reported by ``check`` as invariant violations; not used to refuse a restore: a backup
# taken while the bug of issue 13 doubled things must still come back (then be cleaned).
DOUBLE_CHECKS: tuple[tuple[str, str, Callable[[Connection], list[str]]], ...] = (
    ("ring_changes_chain", "each ring change starts where the one before it ended",
     _ring_changes_chain),
    ("checklist_tasks", "one task per checklist step each time an account enters its ring",
     _checklist_tasks),
    ("suggestion_tasks", "an accepted suggestion makes its task once", _suggestion_tasks),
    ("unique_emails", "no two contacts share an e-mail address (ignoring case)", _unique_emails),
)  # fmt: skip


def first_problems(conn: Connection) -> list[str]:
    """The first problem of each rule the data breaks (empty: every rule holds)."""
    found = []
    for _name, description, check in APP_CHECKS:
        problems = check(conn)
        if problems:
            more = f" (and {formats.number(len(problems) - 1)} more)" if len(problems) > 1 else ""
            found.append(f"{problems[0]}{more} — the rule: {description}")
    return found
