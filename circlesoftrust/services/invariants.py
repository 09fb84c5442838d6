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
from circlesoftrust.i18n import N_, _
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
        problems.append(
            _("there are {n} rings; {low} to {high} are needed").format(
                n=len(rings), low=MIN_RINGS, high=MAX_RINGS
            )
        )
    positions = [r.position for r in rings]
    if positions != list(range(len(rings))):
        problems.append(
            _("ring positions are {positions}; they must run 0..{last} without gaps").format(
                positions=positions, last=len(rings) - 1
            )
        )
    for inner, outer in itertools.pairwise(rings):
        if inner.min_score <= outer.min_score:
            problems.append(
                _(
                    "{inner} (threshold {inner_score}) must need a higher score than "
                    "{outer} (threshold {outer_score})"
                ).format(
                    inner=inner.name,
                    inner_score=inner.min_score,
                    outer=outer.name,
                    outer_score=outer.min_score,
                )
            )
    if rings and rings[-1].min_score != 0:
        problems.append(
            _("the outermost ring {ring} must have threshold 0 so every score has a ring").format(
                ring=rings[-1].name
            )
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
        _("account #{id} {name!r} sits in ring id {ring}, which does not exist").format(
            id=r.id, name=r.name, ring=r.ring_id
        )
        for r in rows
    ]


def _unique_names(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(func.lower(Account.name), func.count())
        .group_by(func.lower(Account.name))
        .having(func.count() > 1)
    ).all()
    return [
        _("{count} accounts are named {name!r} (names differ only in case)").format(
            count=count, name=name
        )
        for name, count in rows
    ]


def _contacts_match_accounts(conn: Connection) -> list[str]:
    """A fact that names a contact must name one of the same account's contacts."""
    problems: list[str] = []
    tables: tuple[tuple[str, Any, Any, Any], ...] = (
        (N_("touchpoint"), Touchpoint.id, Touchpoint.account_id, Touchpoint.contact_id),
        (N_("feedback"), Feedback.id, Feedback.account_id, Feedback.contact_id),
        (N_("complaint"), Complaint.id, Complaint.account_id, Complaint.contact_id),
        (N_("insight share"), InsightShare.id, InsightShare.account_id, InsightShare.contact_id),
        (N_("referral"), Referral.id, Referral.from_account_id, Referral.from_contact_id),
    )
    for label, id_col, account_col, contact_col in tables:
        rows = conn.execute(
            select(id_col, account_col, Contact.account_id)
            .join(Contact, Contact.id == contact_col)
            .where(Contact.account_id != account_col)
            .order_by(id_col)
        ).all()
        problems.extend(
            _("{fact} #{id} of account #{account} names a contact of account #{other}").format(
                fact=_(label), id=r[0], account=r[1], other=r[2]
            )
            for r in rows
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
        _("complaint #{id} is {status} but opened {opened}, resolved {resolved}").format(
            id=r.id,
            status=_("open") if r.status == ComplaintStatus.OPEN else _("resolved"),
            opened=formats.date(r.opened_on),
            resolved=formats.date(r.resolved_on) if r.resolved_on else "—",
        )
        for r in rows
    ]


def _referrals(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Referral.id, Referral.from_account_id)
        .where(Referral.from_account_id == Referral.to_account_id)
        .order_by(Referral.id)
    ).all()
    return [
        _("referral #{id}: account #{account} referred itself").format(
            id=r.id, account=r.from_account_id
        )
        for r in rows
    ]


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
        _("account #{id} {name!r} has no ring history").format(id=r.id, name=r.name)
        if r.n is None
        else _(
            "account #{id} {name!r} sits in ring id {ring} but its last ring change "
            "went to ring id {to}"
        ).format(id=r.id, name=r.name, ring=r.ring_id, to=r.to_ring_id)
        for r in rows
    ]


def _perks(conn: Connection) -> list[str]:
    problems = [
        _("perk #{id} {name!r} is offered from ring id {ring}, which does not exist").format(
            id=r.id, name=r.name, ring=r.ring_id
        )
        for r in conn.execute(
            select(Perk.id, Perk.name, Perk.ring_id)
            .outerjoin(Ring, Ring.id == Perk.ring_id)
            .where(Ring.id.is_(None))
        )
    ]
    problems.extend(
        _("perk grant #{id} names perk id {perk}, which does not exist").format(
            id=r.id, perk=r.perk_id
        )
        for r in conn.execute(
            select(PerkGrant.id, PerkGrant.perk_id)
            .outerjoin(Perk, Perk.id == PerkGrant.perk_id)
            .where(Perk.id.is_(None))
        )
    )
    problems.extend(
        _(
            "perk grant #{id} has a redeemed, expiry or withdrawal date before it was granted"
        ).format(id=r.id)
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
        _("insight {title!r} is released to a ring on {day}, but it is not published").format(
            title=r.title, day=formats.date(r.release_on)
        )
        if r.published_on is None
        else _(
            "insight {title!r} is released to a ring on {day}, before its publication {published}"
        ).format(
            title=r.title,
            day=formats.date(r.release_on),
            published=formats.date(r.published_on),
        )
        for r in rows
    ]


# Bound as a BIGINT: beside an INTEGER column PostgreSQL would take it as one and fail.
_MAX = literal(MAX_CENTS, BigInteger)


def _amounts(conn: Connection) -> list[str]:
    """Amounts stay below validation.MAX_CENTS: sums of them then never overflow."""
    rows = [
        _("revenue entry #{id} of account #{account} is {cents} cents").format(
            id=r.id, account=r.account_id, cents=formats.number(r.amount_cents)
        )
        for r in conn.execute(
            select(RevenueEntry.id, RevenueEntry.account_id, RevenueEntry.amount_cents)
            .where(or_(RevenueEntry.amount_cents > _MAX, RevenueEntry.amount_cents < 0))
            .order_by(RevenueEntry.id)
        )
    ]
    rows.extend(
        _("perk #{id} {name!r} costs {cents} cents a year").format(
            id=r.id, name=r.name, cents=formats.number(r.cost_per_year_cents)
        )
        for r in conn.execute(
            select(Perk.id, Perk.name, Perk.cost_per_year_cents)
            .where(or_(Perk.cost_per_year_cents > _MAX, Perk.cost_per_year_cents < 0))
            .order_by(Perk.id)
        )
    )
    return rows


APP_CHECKS: tuple[tuple[str, str, Callable[[Connection], list[str]]], ...] = (
    ("rings", N_("3-9 rings, positions 0..n-1, thresholds falling outwards to 0"), _rings),
    ("accounts_in_rings", N_("every account sits in an existing ring"), _accounts_in_rings),
    ("unique_account_names", N_("no two accounts share a name (ignoring case)"), _unique_names),
    ("contacts_match_accounts", N_("facts name contacts of their own account"),
     _contacts_match_accounts),
    ("complaint_status", N_("open complaints have no resolution date, resolved ones do"),
     _complaints),
    ("no_self_referral", N_("no account referred itself"), _referrals),
    ("ring_history", N_("each account's last ring change leads to its current ring"),
     _ring_history),
    ("perks", N_("perks are offered from existing rings; grant dates are in order"), _perks),
    ("realistic_amounts", N_("amounts lie between 0 and {cents} cents"), _amounts),
    ("insight_releases", N_("insights reach rings only after they are published"),
     _insight_releases),
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
        _(
            "ring change #{id} of account #{account} {name!r} leaves ring id {ring}, but the "
            "change before it had moved the account to ring id {previous} (a move made twice?)"
        ).format(
            id=r.id, account=r.account_id, name=r.name, ring=r.from_ring_id, previous=r.previous_to
        )
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
        _(
            "account #{account} has {n} checklist tasks {title!r} but entered its ring "
            "{entered} time(s)"
        ).format(account=r.account_id, n=r.n, title=r.title, entered=r.entered or 0)
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
        _("account #{account} has {n} open tasks {title!r} due {due} from suggestions").format(
            account=r.account_id, n=r.n, title=r.title, due=formats.date(r.due_on)
        )
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
    return [
        _("{count} contacts have e-mail {address}").format(count=count, address=address)
        for address, count in rows
    ]


# Reported by ``check`` as invariant violations; not used to refuse a restore: a backup
# taken while the bug of issue 13 doubled things must still come back (then be cleaned).
DOUBLE_CHECKS: tuple[tuple[str, str, Callable[[Connection], list[str]]], ...] = (
    ("ring_changes_chain", N_("each ring change starts where the one before it ended"),
     _ring_changes_chain),
    ("checklist_tasks", N_("one task per checklist step each time an account enters its ring"),
     _checklist_tasks),
    ("suggestion_tasks", N_("an accepted suggestion makes its task once"), _suggestion_tasks),
    ("unique_emails", N_("no two contacts share an e-mail address (ignoring case)"),
     _unique_emails),
)  # fmt: skip


def rule_words(description: str) -> str:
    """A rule's description (from APP_CHECKS/DOUBLE_CHECKS) in the user's language."""
    return _(description).format(cents=formats.number(MAX_CENTS))


def first_problems(conn: Connection) -> list[str]:
    """The first problem of each rule the data breaks (empty: every rule holds)."""
    found = []
    for _name, description, check in APP_CHECKS:
        problems = check(conn)
        if len(problems) > 1:
            found.append(
                _("{problem} (and {more} more) — the rule: {rule}").format(
                    problem=problems[0],
                    more=formats.number(len(problems) - 1),
                    rule=rule_words(description),
                )
            )
        elif problems:
            found.append(
                _("{problem} — the rule: {rule}").format(
                    problem=problems[0], rule=rule_words(description)
                )
            )
    return found
