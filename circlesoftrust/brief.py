"""The meeting brief: the one page an account manager takes into a client meeting.

:func:`build_brief` gathers everything as plain frozen data (one read per section):
ring, trust score and why; the buying group with roles and last touch; the recent
timeline; revenue by quarter; open complaints and tasks; perks; the insights to share in
this meeting (released to the account's ring and not yet shared with it); and talking
points from the account's open suggestions. :mod:`circlesoftrust.brief_render` turns it
into self-contained HTML or Markdown; :mod:`ui.transfer.brief_pdf` into a PDF.

The trust engine (``circlesoftrust.engine``) supplies the score, buying-group stages and
suggestions. The brief still works without it (a database opened by an older checkout,
or a broken engine): the score then says it is not available and the talking points
come from the facts the brief already holds.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust.errors import CotError
from circlesoftrust.models import (
    Account,
    Complaint,
    Contact,
    Insight,
    InsightRelease,
    InsightShare,
    Perk,
    PerkGrant,
    RevenueEntry,
    Ring,
    Task,
    Touchpoint,
)
from circlesoftrust.services import activity
from circlesoftrust.services.accounts import account_tags
from circlesoftrust.services.insights import text_at
from circlesoftrust.services.lookups import get_account_row, today
from circlesoftrust.services.perks import is_active, offered_perks
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ComplaintStatus, ContactRole

if TYPE_CHECKING:  # the engine is optional at run time (see the module doc)
    from circlesoftrust.engine.people import BuyingGroup
    from circlesoftrust.engine.scoring import AccountScore
    from circlesoftrust.engine.suggestions import Suggestion

__all__ = [
    "Brief",
    "BriefContact",
    "BriefEvent",
    "BriefInsight",
    "BriefItem",
    "BriefPerk",
    "QuarterRevenue",
    "ScoreLine",
    "build_brief",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Limits that keep a typical account on one printed page; "+N more" says what was left.
MAX_CONTACTS = 10
MAX_EVENTS = 7
MAX_ITEMS = 4
MAX_TALKING_POINTS = 6
QUARTERS = 8
_ROLE_ORDER = {
    ContactRole.DECISION_MAKER: 0,
    ContactRole.CHAMPION: 1,
    ContactRole.FINANCE: 2,
    ContactRole.INFLUENCER: 3,
    ContactRole.USER: 4,
    ContactRole.GATEKEEPER: 5,
    ContactRole.OTHER: 6,
}


@dataclass(frozen=True)
class ScoreLine:
    """One named component of the trust score and what it is made of."""

    name: str
    points: float
    max_points: float | None
    explanation: str


@dataclass(frozen=True)
class BriefContact:
    name: str
    role: str  # readable: "Decision maker"
    title: str | None
    email: str | None
    phone: str | None
    last_touch: dt.date | None
    stage: str | None  # relationship stage, when the engine knows it


@dataclass(frozen=True)
class BriefEvent:
    on: dt.date
    kind: str
    title: str
    detail: str


@dataclass(frozen=True)
class BriefItem:
    """An open complaint or task."""

    on: dt.date
    title: str
    detail: str
    overdue: bool = False


@dataclass(frozen=True)
class BriefPerk:
    name: str
    kind: str
    status: str  # "granted 2026-02-01 · redeemed" or "available for this ring"
    granted: bool


@dataclass(frozen=True)
class BriefInsight:
    title: str
    text: str  # at the ring's detail level
    detail_level: str
    released_on: dt.date
    discussion_open: bool


@dataclass(frozen=True)
class QuarterRevenue:
    label: str  # "2026 Q2"
    cents: int


@dataclass(frozen=True)
class Brief:
    on: dt.date
    account_id: int
    name: str
    industry: str | None
    website: str | None
    tags: tuple[str, ...]
    notes: str
    journey_phase: str | None
    needs_review: bool
    pinned: bool
    ring_name: str
    ring_position: int
    ring_colour: str
    ring_cadence_days: int | None
    score: int | None
    score_summary: str  # one line: why this score / where it points
    score_lines: tuple[ScoreLine, ...]
    buying_group: tuple[BriefContact, ...]
    more_contacts: int
    group_risk: str  # "Single-threaded: …" when the engine sees the risk, else ""
    timeline: tuple[BriefEvent, ...]
    revenue: tuple[QuarterRevenue, ...]  # oldest first
    revenue_12m_cents: int
    revenue_total_cents: int
    renewal_on: dt.date | None
    complaints: tuple[BriefItem, ...]
    tasks: tuple[BriefItem, ...]
    more_tasks: int
    perks: tuple[BriefPerk, ...]
    insights: tuple[BriefInsight, ...]
    talking_points: tuple[str, ...]


# ------------------------------------------------------------------------ the engine


def _engine(module: str) -> Any | None:
    """An engine module, or None when this checkout has no engine (yet)."""
    try:
        return importlib.import_module(f"circlesoftrust.{module}")
    except ModuleNotFoundError as exc:
        if exc.name is not None and exc.name.startswith("circlesoftrust"):
            return None
        raise


def _try(what: str, fn: Callable[[], T]) -> T | None:
    """Run an engine call; a failure costs its section, not the whole brief."""
    try:
        return fn()
    except CotError as exc:  # e.g. an archived account is not scored
        log.info("meeting brief: %s: %s", what, exc)
        return None
    except Exception as exc:  # the brief must still print when one part of the engine breaks
        # One line where the brief is printed; the traceback only for whoever debugs.
        reason = str(getattr(exc, "orig", None) or exc).splitlines()
        log.warning("meeting brief: %s left out: %s", what, reason[0] if reason else exc)
        log.debug("meeting brief: %s failed", what, exc_info=True)
        return None


def _score(
    db: Database, account_id: int, day: dt.date
) -> tuple[int | None, str, tuple[ScoreLine, ...]]:
    """The trust score, the placement rule in words, and each component with its facts."""
    scoring = _engine("engine.scoring")
    if scoring is None:
        return None, "The trust score is not available in this version.", ()
    try:
        result: AccountScore = scoring.score_account(db, account_id, on=day)
    except CotError as exc:  # e.g. "… is archived; archived accounts are not scored"
        return None, f"No trust score: {exc}.", ()
    except Exception as exc:  # the brief must still print when the engine breaks
        reason = str(getattr(exc, "orig", None) or exc).splitlines()
        log.warning("meeting brief: the score left out: %s", reason[0] if reason else exc)
        log.debug("meeting brief: the score failed", exc_info=True)
        return None, "The trust score could not be computed.", ()
    lines = tuple(
        ScoreLine(
            name=comp.name.capitalize(),
            points=comp.points,
            max_points=comp.weight * 100,
            explanation=comp.explanation,
        )
        for comp in result.components
    )
    summary = result.placement
    if summary:
        summary = summary[0].upper() + summary[1:]
    return round(result.score), summary, lines


def _engine_group(db: Database, account_id: int, day: dt.date) -> tuple[dict[int, str], str]:
    """Relationship stage per contact id, and the single-thread risk in words ("" if none)."""
    people = _engine("engine.people")
    if people is None:
        return {}, ""
    group: BuyingGroup | None = _try(
        "buying group", lambda: people.buying_group(db, account_id, on=day)
    )
    if group is None:
        return {}, ""
    stages = {c.contact_id: c.stage.replace("_", " ") for c in group.contacts}
    risk = f"Single-threaded: {group.risk_reason}." if group.single_thread_risk else ""
    return stages, risk


def _engine_talking_points(db: Database, account_id: int, day: dt.date) -> list[str] | None:
    """The account's open suggestions (most urgent first) as talking points."""
    suggestions = _engine("engine.suggestions")
    if suggestions is None:
        return None
    # account=: only this account's facts are read (a full suggest() reads every account,
    # seconds on a big database); sorted by priority, then due date.
    found: list[Suggestion] | None = _try(
        "suggestions", lambda: suggestions.suggest(db, day, account=account_id)
    )
    if found is None:
        return None
    return [s.reason for s in found if s.account_id == account_id and s.reason]


# --------------------------------------------------------------------------- sections


def _buying_group(
    session: Session, account_id: int, stages: dict[int, str]
) -> tuple[tuple[BriefContact, ...], int]:
    last = (
        select(Touchpoint.contact_id, func.max(Touchpoint.occurred_on).label("last"))
        .where(Touchpoint.account_id == account_id, Touchpoint.contact_id.is_not(None))
        .group_by(Touchpoint.contact_id)
        .subquery()
    )
    rows = session.execute(
        select(Contact, last.c.last)
        .outerjoin(last, last.c.contact_id == Contact.id)
        .where(Contact.account_id == account_id, Contact.archived_at.is_(None))
    )
    people = sorted(
        rows,
        key=lambda r: (
            _ROLE_ORDER[r[0].role],
            -(r[1].toordinal() if r[1] else 0),
            r[0].name.casefold(),
        ),
    )
    shown = tuple(
        BriefContact(
            name=c.name,
            role=c.role.value.replace("_", " ").capitalize(),
            title=c.title,
            email=c.email,
            phone=c.phone,
            last_touch=touched,
            stage=stages.get(c.id),
        )
        for c, touched in people[:MAX_CONTACTS]
    )
    return shown, max(0, len(people) - MAX_CONTACTS)


def _quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _revenue(
    session: Session, account_id: int, on: dt.date
) -> tuple[tuple[QuarterRevenue, ...], int, int, dt.date | None]:
    entries = session.execute(
        select(RevenueEntry.occurred_on, RevenueEntry.amount_cents, RevenueEntry.renewal_on)
        .where(RevenueEntry.account_id == account_id, RevenueEntry.occurred_on <= on)
        .order_by(RevenueEntry.occurred_on)
    )
    year, q = _quarter(on)
    quarters: list[tuple[int, int]] = []
    for _ in range(QUARTERS):
        quarters.append((year, q))
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    quarters.reverse()
    sums = dict.fromkeys(quarters, 0)
    since = on - dt.timedelta(days=365)
    last_12m = total = 0
    renewal: dt.date | None = None
    for occurred, cents, renewal_on in entries:
        total += cents
        if occurred > since:
            last_12m += cents
        key = _quarter(occurred)
        if key in sums:
            sums[key] += cents
        if (
            renewal_on is not None
            and renewal_on >= on
            and (renewal is None or renewal_on < renewal)
        ):
            renewal = renewal_on
    series = tuple(QuarterRevenue(f"{y} Q{qq}", sums[(y, qq)]) for y, qq in quarters)
    return series, last_12m, total, renewal


def _complaints(session: Session, account_id: int) -> tuple[BriefItem, ...]:
    rows = session.scalars(
        select(Complaint)
        .where(Complaint.account_id == account_id, Complaint.status == ComplaintStatus.OPEN)
        .order_by(Complaint.opened_on)
        .limit(MAX_ITEMS)
    )
    return tuple(BriefItem(c.opened_on, "Complaint", c.note) for c in rows)


def _tasks(session: Session, account_id: int, on: dt.date) -> tuple[tuple[BriefItem, ...], int]:
    rows = list(
        session.scalars(
            select(Task)
            .where(Task.account_id == account_id, Task.done_on.is_(None))
            .order_by(Task.due_on, Task.id)
        )
    )
    items = tuple(BriefItem(t.due_on, t.title, t.note, t.due_on < on) for t in rows[:MAX_ITEMS])
    return items, max(0, len(rows) - MAX_ITEMS)


def _perks(session: Session, account: Account, on: dt.date) -> list[BriefPerk]:
    """Perks the account holds now, then the ones its ring is offered but it does not hold."""
    perks: list[BriefPerk] = []
    held: set[int] = set()
    for grant, perk in session.execute(
        select(PerkGrant, Perk)
        .join(Perk, Perk.id == PerkGrant.perk_id)
        .where(PerkGrant.account_id == account.id)
        .order_by(PerkGrant.granted_on.desc())
    ):
        if not is_active(grant, on):
            continue
        held.add(perk.id)
        status = f"granted {grant.granted_on.isoformat()}"
        if grant.redeemed_on:
            status += f" · redeemed {grant.redeemed_on.isoformat()}"
        if grant.expires_on:
            status += f" · until {grant.expires_on.isoformat()}"
        perks.append(BriefPerk(perk.name, perk.kind.value, status, True))
    for perk in offered_perks(session, account):
        if perk.id not in held:
            perks.append(BriefPerk(perk.name, perk.kind.value, "offered to this ring", False))
    return perks[: MAX_ITEMS + 2]


def _insights(session: Session, account_id: int, ring_id: int, on: dt.date) -> list[BriefInsight]:
    """Released to the account's ring by ``on`` and not yet shared with the account."""
    shared = select(InsightShare.insight_id).where(InsightShare.account_id == account_id)
    rows = session.execute(
        select(Insight, InsightRelease)
        .join(InsightRelease, InsightRelease.insight_id == Insight.id)
        .where(
            InsightRelease.ring_id == ring_id,
            InsightRelease.release_on <= on,
            Insight.published_on.is_not(None),
            Insight.id.not_in(shared),
        )
        .order_by(InsightRelease.release_on.desc(), Insight.id)
        .limit(MAX_ITEMS)
    )
    return [
        BriefInsight(
            insight.title,
            text_at(insight, release.detail_level),
            release.detail_level.value,
            release.release_on,
            release.discussion_open,
        )
        for insight, release in rows
    ]


def _fallback_points(
    complaints: tuple[BriefItem, ...],
    insights: list[BriefInsight],
    renewal: dt.date | None,
    group: tuple[BriefContact, ...],
    more: int,
    tasks: tuple[BriefItem, ...],
) -> list[str]:
    """Talking points from the brief's own facts, when the engine has no suggestions."""
    points: list[str] = []
    for c in complaints:
        points.append(f"Open complaint since {c.on.isoformat()}: {c.detail}")
    for i in insights:
        points.append(f"Share the insight “{i.title}”")
    if renewal is not None:
        points.append(f"Renewal due {renewal.isoformat()}")
    if len(group) == 1 and not more:
        points.append(f"The relationship hangs on {group[0].name} alone: meet a second person")
    for t in tasks:
        if t.overdue:
            points.append(f"Overdue task: {t.title}")
    return points


# ------------------------------------------------------------------------------ build


def build_brief(db: Database, account: int | str, *, on: dt.date | None = None) -> Brief:
    """Everything the brief shows for ``account`` as of ``on`` (default today)."""
    day = on or today()
    with db.transaction() as session:
        # Sessions do not expire on commit: ``acc`` and ``ring`` stay readable afterwards.
        acc: Account = get_account_row(session, account)
        ring = session.get(Ring, acc.ring_id)
        assert ring is not None
        tags = account_tags(session, acc.id)
        revenue, revenue_12m, revenue_total, renewal = _revenue(session, acc.id, day)
        complaints = _complaints(session, acc.id)
        tasks, more_tasks = _tasks(session, acc.id, day)
        perks = _perks(session, acc, day)
        insights = _insights(session, acc.id, ring.id, day)
    stages, group_risk = _engine_group(db, acc.id, day)
    with db.transaction() as session:
        group, more = _buying_group(session, acc.id, stages)
    # The newest events up to the brief's day (a brief "as of" a past day shows no later).
    events = tuple(
        BriefEvent(e.on, e.kind, e.title, e.detail)
        for e in activity.timeline(db, acc.id, limit=200)
        if e.on <= day
    )[:MAX_EVENTS]
    score, summary, lines = _score(db, acc.id, day)
    points = _engine_talking_points(db, acc.id, day)
    if not points:
        points = _fallback_points(complaints, insights, renewal, group, more, tasks)
    return Brief(
        on=day,
        account_id=acc.id,
        name=acc.name,
        industry=acc.industry,
        website=acc.website,
        tags=tags,
        notes=acc.notes,
        journey_phase=acc.journey_phase.value.replace("_", " ") if acc.journey_phase else None,
        needs_review=acc.needs_review,
        pinned=acc.pinned,
        ring_name=ring.name,
        ring_position=ring.position,
        ring_colour=ring.colour,
        ring_cadence_days=ring.cadence_days,
        score=score,
        score_summary=summary,
        score_lines=lines,
        buying_group=group,
        more_contacts=more,
        group_risk=group_risk,
        timeline=events,
        revenue=revenue,
        revenue_12m_cents=revenue_12m,
        revenue_total_cents=revenue_total,
        renewal_on=renewal,
        complaints=complaints,
        tasks=tasks,
        more_tasks=more_tasks,
        perks=tuple(perks),
        insights=tuple(insights),
        talking_points=tuple(points[:MAX_TALKING_POINTS]),
    )
