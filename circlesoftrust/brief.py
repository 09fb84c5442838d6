"""The meeting brief: the one page an account manager takes into a client meeting.

:func:`build_brief` shapes the account's :func:`circlesoftrust.overview.account_overview`
(the same facts and rules the account page shows) into plain frozen data for one page:
ring, trust score and why; the buying group with roles and last touch; the recent
timeline; revenue by quarter; open complaints and tasks; perks; the insights to share in
this meeting (released to the account's ring and not yet shared with it); and talking
points from the account's open suggestions. :mod:`circlesoftrust.brief_render` turns it
into self-contained HTML or Markdown; :mod:`ui.transfer.brief_pdf` into a PDF.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from circlesoftrust.overview import (
    ELIGIBLE,
    OVERDUE,
    AccountOverview,
    GroupMember,
    QuarterRevenue,
    account_overview,
)
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ContactRole

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

# Limits that keep a typical account on one printed page; "+N more" says what was left.
MAX_CONTACTS = 10
MAX_EVENTS = 7
MAX_ITEMS = 4
MAX_TALKING_POINTS = 6
_ROLE_ORDER = {
    ContactRole.DECISION_MAKER.value: 0,
    ContactRole.CHAMPION.value: 1,
    ContactRole.FINANCE.value: 2,
    ContactRole.INFLUENCER.value: 3,
    ContactRole.USER.value: 4,
    ContactRole.GATEKEEPER.value: 5,
    ContactRole.OTHER.value: 6,
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
    stage: str | None  # relationship stage ("strong tie")


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
    status: str  # "granted 2026-02-01 · redeemed 2026-03-01" or "offered to this ring"
    granted: bool


@dataclass(frozen=True)
class BriefInsight:
    title: str
    text: str  # at the ring's detail level
    detail_level: str
    released_on: dt.date
    discussion_open: bool


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


# --------------------------------------------------------------------------- sections


def _contact(member: GroupMember) -> BriefContact:
    return BriefContact(
        name=member.name,
        role=member.role.replace("_", " ").capitalize(),
        title=member.title,
        email=member.email,
        phone=member.phone,
        last_touch=member.last_touch_on,
        stage=member.stage.replace("_", " "),
    )


def _buying_group(o: AccountOverview) -> tuple[tuple[BriefContact, ...], int]:
    """Decision makers first, then by role; within a role the latest touch first."""
    people = sorted(
        o.buying_group,
        key=lambda m: (
            _ROLE_ORDER.get(m.role, len(_ROLE_ORDER)),
            -(m.last_touch_on.toordinal() if m.last_touch_on else 0),
            m.name.casefold(),
        ),
    )
    shown = tuple(_contact(m) for m in people[:MAX_CONTACTS])
    return shown, max(0, len(people) - MAX_CONTACTS)


def _score(o: AccountOverview) -> tuple[int | None, str, tuple[ScoreLine, ...]]:
    """The trust score, the placement rule in words, and each component with its facts."""
    if o.score is None:
        return None, f"No trust score: {o.score_note}.", ()
    lines = tuple(
        ScoreLine(
            name=comp.name.capitalize(),
            points=comp.points,
            max_points=comp.weight * 100,
            explanation=comp.explanation,
        )
        for comp in o.score.components
    )
    summary = o.score.placement
    if summary:
        summary = summary[0].upper() + summary[1:]
    return round(o.score.score), summary, lines


def _perks(o: AccountOverview) -> tuple[BriefPerk, ...]:
    """Perks the account holds that day, then the ones it is eligible for."""
    perks: list[BriefPerk] = []
    for p in o.perks:
        if p.held and p.granted_on is not None:
            status = f"granted {p.granted_on.isoformat()}"
            if p.redeemed_on:
                status += f" · redeemed {p.redeemed_on.isoformat()}"
            if p.expires_on:
                status += f" · until {p.expires_on.isoformat()}"
            perks.append(BriefPerk(p.name, p.kind, status, True))
        elif p.status == ELIGIBLE:
            perks.append(BriefPerk(p.name, p.kind, "offered to this ring", False))
    return tuple(perks[: MAX_ITEMS + 2])


def _journey_words(o: AccountOverview) -> str | None:
    """The derived journey phase with the facts behind it (a phase stored by hand that
    differs is named, not shown as the phase)."""
    j = o.journey
    if j is None:
        stored = o.account.journey_phase
        return stored.replace("_", " ") if stored else None
    words = f"{j.phase.replace('_', ' ')} (derived: {j.reason})"
    if j.stored_phase and j.stored_phase != j.phase:
        words += f"; set by hand: {j.stored_phase.replace('_', ' ')}"
    return words


# ------------------------------------------------------------------------------ build


def build_brief(db: Database, account: int | str, *, on: dt.date | None = None) -> Brief:
    """Everything the brief shows for ``account`` as of ``on`` (default today)."""
    o = account_overview(db, account, on or today())
    for problem in o.problems:  # one line each where the brief is printed
        log.warning("meeting brief: %s", problem)
    info, ring = o.account, o.ring
    group, more = _buying_group(o)
    score, summary, lines = _score(o)
    open_tasks = o.open_tasks
    return Brief(
        on=o.on,
        account_id=info.id,
        name=info.name,
        industry=info.industry,
        website=info.website,
        tags=info.tags,
        notes=info.notes,
        journey_phase=_journey_words(o),
        needs_review=info.needs_review,
        pinned=info.pinned,
        ring_name=ring.name,
        ring_position=ring.position,
        ring_colour=ring.colour,
        ring_cadence_days=ring.cadence_days,
        score=score,
        score_summary=summary,
        score_lines=lines,
        buying_group=group,
        more_contacts=more,
        group_risk=f"Single-threaded: {o.group_note}." if o.single_thread_risk else "",
        timeline=tuple(
            BriefEvent(e.on, e.kind, e.title + (f" (by {e.by})" if e.by else ""), e.detail)
            for e in o.timeline
        )[:MAX_EVENTS],
        revenue=o.revenue,
        revenue_12m_cents=o.revenue_12m_cents,
        revenue_total_cents=o.revenue_total_cents,
        renewal_on=o.renewal_on,
        complaints=tuple(BriefItem(c.opened_on, "Complaint", c.note) for c in o.complaints)[
            :MAX_ITEMS
        ],
        tasks=tuple(
            BriefItem(t.due_on, t.title, t.note, t.status == OVERDUE)
            for t in open_tasks[:MAX_ITEMS]
        ),
        more_tasks=max(0, len(open_tasks) - MAX_ITEMS),
        perks=_perks(o),
        insights=tuple(
            BriefInsight(i.title, i.text, i.detail_level, i.on, i.discussion_open)
            for i in o.insights_due[:MAX_ITEMS]
        ),
        talking_points=tuple(s.reason for s in o.suggestions if s.reason)[:MAX_TALKING_POINTS],
    )
