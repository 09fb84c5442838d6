"""The meeting brief: the one page an account manager takes into a client meeting.

:func:`build_brief` shapes the account's :func:`circlesoftrust.overview.account_overview`
(the same facts and rules the account page shows) into plain frozen data for one page:
ring, trust score and why; the buying group with roles and last touch; the recent
timeline; revenue by quarter; open complaints and tasks; perks; the insights to share in
this meeting (released to the account's ring, not yet shared with it, and about the
account's industry or tags, or about no industry in particular); the latest low NPS answer
of each person with its comment; the last meeting and its note; and talking points.

Talking points are what to raise *with the client*: open complaints, low NPS answers, a
renewal coming, and the account's open suggestions that ask something of the client
(satisfaction check, referral, meeting a second person). Internal bookkeeping — ring
moves, "at risk", follow-up cadence, perk withdrawals — is never a talking point, and the
brief's timeline leaves ring moves out. :mod:`circlesoftrust.brief_render` turns it into
self-contained HTML or Markdown; :mod:`ui.transfer.brief_pdf` into a PDF.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from circlesoftrust import formats
from circlesoftrust.engine.suggestion_types import SuggestionKind
from circlesoftrust.i18n import _
from circlesoftrust.models import Account
from circlesoftrust.overview import (
    ELIGIBLE,
    OVERDUE,
    AccountOverview,
    FeedbackLine,
    GroupMember,
    InsightLine,
    QuarterRevenue,
    account_overview,
)
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ContactRole, component_label, label, word

__all__ = [
    "Brief",
    "BriefContact",
    "BriefEvent",
    "BriefFeedback",
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
# An NPS answer of 0-6 is a detractor's; the latest answer of each person counts while it
# is younger than this (an older one, or one a later answer replaced, is history).
LOW_NPS = 6
LOW_NPS_WITHIN_DAYS = 365
RENEWAL_TALK_DAYS = 180  # a renewal closer than this is a talking point
# The open suggestions that ask something of the client; every other kind is internal
# (ring moves, at risk, follow-up cadence, perks to withdraw) or has its own section
# (complaints, renewals, perks, insights).
CLIENT_SUGGESTIONS = frozenset(
    {
        SuggestionKind.SATISFACTION_CHECK,
        SuggestionKind.REFERRAL_ASK,
        SuggestionKind.WIDEN,
        SuggestionKind.LOW_SCORE,
        SuggestionKind.REACH_DECISION_MAKER,
    }
)
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
class BriefFeedback:
    """A low NPS answer: who gave it, when, the score and what they said."""

    on: dt.date
    nps: int
    who: str  # "Carla Finance (CFO)" or "someone at the account"
    comment: str


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
    fits: str = ""  # the account's industry or tags it is about ("" for a general insight)


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
    low_feedback: tuple[BriefFeedback, ...] = ()  # newest first
    last_meeting: BriefEvent | None = None
    next_steps: tuple[str, ...] = ()  # what the client-facing suggestions propose to do
    insights_left_out: int = 0  # due, but about other industries only


# --------------------------------------------------------------------------- sections


def _contact(member: GroupMember) -> BriefContact:
    return BriefContact(
        name=member.name,
        role=label(member.role),
        title=member.title,
        email=member.email,
        phone=member.phone,
        last_touch=member.last_touch_on,
        stage=word(member.stage),
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
        return None, _("No trust score: {note}.").format(note=o.score_note), ()
    lines = tuple(
        ScoreLine(
            name=component_label(comp.name),
            points=comp.points,
            max_points=comp.weight * 100,
            explanation=comp.explanation,
        )
        for comp in o.score.components
    )
    summary = o.score.placement
    if summary:
        summary = summary[0].upper() + summary[1:]
    return formats.whole_score(o.score.score), summary, lines


def _perks(o: AccountOverview) -> tuple[BriefPerk, ...]:
    """Perks the account holds that day, then the ones it is eligible for."""
    perks: list[BriefPerk] = []
    for p in o.perks:
        if p.held and p.granted_on is not None:
            status = _("granted {day}").format(day=formats.date(p.granted_on))
            if p.redeemed_on:
                status += " · " + _("redeemed {day}").format(day=formats.date(p.redeemed_on))
            if p.expires_on:
                status += " · " + _("until {day}").format(day=formats.date(p.expires_on))
            perks.append(BriefPerk(p.name, p.kind, status, True))
        elif p.status == ELIGIBLE:
            perks.append(BriefPerk(p.name, p.kind, _("offered to this ring"), False))
    return tuple(perks[: MAX_ITEMS + 2])


def _journey_words(o: AccountOverview) -> str | None:
    """The journey phase in force with the facts behind it: the derived one, or one set by
    hand that holds until the next contact (see engine.people.JourneyInfo.words)."""
    j = o.journey
    if j is None:
        stored = o.account.journey_phase
        return stored.replace("_", " ") if stored else None
    return j.words()


def _who(name: str | None, role: str | None, title: str | None) -> str:
    if not name:
        return "someone at the account"
    what = title or (word(role) if role and role != "other" else "")
    return f"{name} ({what})" if what else name


def _low_feedback(o: AccountOverview) -> tuple[BriefFeedback, ...]:
    """Each person's latest answer, when it is a detractor's and recent enough."""
    since = o.on - dt.timedelta(days=LOW_NPS_WITHIN_DAYS)
    latest: dict[int | None, FeedbackLine] = {}
    for f in o.feedback:  # newest first: the first answer seen per person is the latest
        key = f.contact_id if f.contact_id is not None else -f.feedback_id
        latest.setdefault(key, f)
    return tuple(
        BriefFeedback(f.given_on, f.nps, _who(f.contact_name, f.contact_role, f.contact_title),
                      f.comment)
        for f in latest.values()
        if f.nps <= LOW_NPS and f.given_on > since
    )  # fmt: skip


def _mentions(text: str, topic: str) -> bool:
    """``text`` names ``topic`` as words ("logistics" in "mid-market logistics", "retail"
    in "retailers"), case-insensitively; never inside another word ("ai" in "retail")."""
    words = topic.casefold().split()
    if not words:
        return False
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\w*"
    return re.search(pattern, text.casefold()) is not None


def _fitting_insights(
    o: AccountOverview, industries: Iterable[str]
) -> tuple[tuple[BriefInsight, ...], int]:
    """The due insights that fit the account, the ones about its industry or tags first.

    An insight fits when it names the account's industry or one of its tags, or when it
    names none of the industries in the database (general knowledge). One that names only
    other industries is left out: a logistics study is no talking point for a retailer.
    Tags only ever add a match: they are often plain words ("priority", "remote").
    """
    own = [t for t in (o.account.industry, *o.account.tags) if t and t.strip()]
    own_folded = {t.casefold() for t in own}
    others = [i for i in industries if i.strip() and i.casefold() not in own_folded]
    matched: list[BriefInsight] = []
    general: list[BriefInsight] = []
    left_out = 0
    for line in o.insights_due:
        about = line.about or f"{line.title}\n{line.text}"
        fits = [t for t in own if _mentions(about, t)]
        if not fits and any(_mentions(about, other) for other in others):
            left_out += 1
            continue
        (matched if fits else general).append(_insight(line, ", ".join(fits)))
    return tuple((matched + general)[:MAX_ITEMS]), left_out


def _insight(line: InsightLine, fits: str) -> BriefInsight:
    return BriefInsight(
        line.title, line.text, line.detail_level, line.on, line.discussion_open, fits
    )


def _industries(db: Database) -> list[str]:
    with db.transaction() as session:
        return [
            i
            for i in session.scalars(
                select(Account.industry).where(Account.industry.is_not(None)).distinct()
            )
            if i
        ]


def _talking_points(
    o: AccountOverview, low: tuple[BriefFeedback, ...], contacts: dict[int, str]
) -> tuple[str, ...]:
    """What to raise with the client, most pressing first (see the module's docstring)."""
    points: list[str] = []
    for c in o.complaints:
        if c.contact_id in contacts:
            text = _(
                "Open complaint from {who} since {day}: {note}. "
                "Ask whether it is solved to their satisfaction."
            )
        else:
            text = _(
                "Open complaint since {day}: {note}. "
                "Ask whether it is solved to their satisfaction."
            )
        points.append(
            text.format(
                who=contacts.get(c.contact_id or 0, ""),
                day=formats.date(c.opened_on),
                note=c.note,
            )
        )
    for f in low:
        said = f": \u201c{f.comment}\u201d" if f.comment else ""
        points.append(
            _("{who} gave NPS {nps} on {day}{said}. Ask what would make it better.").format(
                who=f.who, nps=f.nps, day=formats.date(f.on), said=said
            )
        )
    if o.renewal_on is not None and (o.renewal_on - o.on).days <= RENEWAL_TALK_DAYS:
        days = (o.renewal_on - o.on).days
        points.append(
            _("Renewal due {day} (in {days} days): discuss the terms.").format(
                day=formats.date(o.renewal_on), days=days
            )
        )
    points += [s.reason for s in o.suggestions if s.kind in CLIENT_SUGGESTIONS and s.reason]
    return tuple(points[:MAX_TALKING_POINTS])


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
    low = _low_feedback(o)
    insights, left_out = _fitting_insights(o, _industries(db))
    names = {m.contact_id: m.name for m in o.buying_group}
    meeting = o.last_meeting
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
        group_risk=_("Single-threaded: {group_note}.").format(group_note=o.group_note)
        if o.single_thread_risk
        else "",
        timeline=tuple(
            BriefEvent(e.on, e.kind, e.title + (f" (by {e.by})" if e.by else ""), e.detail)
            for e in o.timeline
            if e.kind != "ring_change"  # our own bookkeeping, not the client's history
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
        insights=insights,
        talking_points=_talking_points(o, low, names),
        low_feedback=low,
        last_meeting=(
            BriefEvent(
                meeting.on,
                "meeting",
                _("Meeting with {name}").format(name=meeting.contact_name)
                if meeting.contact_name
                else _("Meeting"),
                meeting.note,
            )
            if meeting
            else None
        ),
        next_steps=tuple(
            s.action for s in o.suggestions if s.kind in CLIENT_SUGGESTIONS and s.action
        ),
        insights_left_out=left_out,
    )
