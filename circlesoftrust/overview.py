"""One account as of one day: everything its page and its meeting brief show, read once.

:func:`account_overview` is the one place that decides, for one account and day:

* **task status** — ``done`` (done on or before the day), ``overdue`` (open, due before
  it), ``due`` (open, due that day) or ``open`` (due later);
* **perks** — each grant with its status that day (active, redeemed, expired, withdrawn;
  :func:`circlesoftrust.services.perks.grant_status`), and the perks the account is
  *eligible* for: active perks offered to its ring (a perk is offered to its own ring and
  every ring inside it, :func:`circlesoftrust.services.perks.is_offered_to`) that it does
  not hold that day;
* **feedback** — every NPS answer up to the day, newest first, with who gave it;
* **last meeting** — the latest meeting touchpoint up to the day, with its note;
* **insights** — ``due``: released to the account's ring by the day and not yet shared
  with the account; ``upcoming``: the release to its ring comes later; ``shared``: the
  account received it (on or before the day) — the text at the detail level it got.

It also gathers the account's fields and ring, its trust score with every component
explained, the buying group (stage and last touch per person, single-thread risk), the
timeline, revenue by quarter, open complaints and the account's open suggestions. One
transaction, a fixed number of small queries per account (none over every account when
the caller passes the revenue ranking of its last full pass, see :func:`account_overview`),
plain frozen records with ids. When the database refuses the engine's reads (hostile data,
e.g. amounts whose sum overflows), the score, suggestions or buying group are left out
and ``problems`` says so in one line each; everything else is still shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from circlesoftrust.engine.facts import RevenueRanking, load_facts
from circlesoftrust.engine.people import ContactStage, JourneyInfo, group_in_session
from circlesoftrust.engine.scoring import AccountScore, account_score, score_rows
from circlesoftrust.engine.suggestion_types import Suggestion
from circlesoftrust.engine.suggestions import account_suggestions
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Complaint,
    Contact,
    Feedback,
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
from circlesoftrust.records import RingInfo
from circlesoftrust.services.accounts import AccountInfo, account_info
from circlesoftrust.services.activity import ComplaintInfo, TimelineEntry, timeline_in_session
from circlesoftrust.services.insights import text_at
from circlesoftrust.services.lookups import get_account_row, today
from circlesoftrust.services.perks import (
    ACTIVE,
    EXPIRED,
    REDEEMED,
    WITHDRAWN,
    grant_status,
    offered_perks,
)
from circlesoftrust.services.rings import ring_info
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import ComplaintStatus, TouchpointKind

__all__ = [
    "AccountOverview",
    "FeedbackLine",
    "GroupMember",
    "InsightLine",
    "MeetingLine",
    "PerkLine",
    "QuarterRevenue",
    "TaskLine",
    "account_overview",
]

_T = TypeVar("_T")
TIMELINE_LIMIT = 200
FEEDBACK_LIMIT = 50
QUARTERS = 8

# Task statuses, most pressing first.
OVERDUE, DUE, OPEN, DONE = "overdue", "due", "open", "done"
# Perk line statuses: a grant's (perks.ACTIVE ... WITHDRAWN) or, for a perk not held:
ELIGIBLE = "eligible"
# Insight line statuses.
INSIGHT_DUE, UPCOMING, SHARED = "due", "upcoming", "shared"


@dataclass(frozen=True)
class GroupMember:
    """One person of the buying group: role, how close you are and the last touch."""

    contact_id: int
    name: str
    role: str  # ContactRole value: "decision_maker"
    title: str | None
    email: str | None
    phone: str | None
    stage: str  # RelationshipStage value in force (a stage set by hand wins)
    stage_reason: str
    last_touch_on: dt.date | None


@dataclass(frozen=True)
class TaskLine:
    task_id: int
    title: str
    due_on: dt.date
    done_on: dt.date | None
    status: str  # overdue | due | open | done (as of the overview's day)
    source: str
    note: str


@dataclass(frozen=True)
class PerkLine:
    """A grant the account has (had), or a perk it is eligible for (``grant_id`` None)."""

    perk_id: int
    grant_id: int | None
    name: str
    kind: str
    ring_position: int  # offered to this ring and every ring inside it
    cost_per_year_cents: int
    status: str  # active | redeemed | expired | withdrawn | eligible
    granted_on: dt.date | None
    redeemed_on: dt.date | None
    expires_on: dt.date | None
    withdrawn_on: dt.date | None
    note: str

    @property
    def held(self) -> bool:
        """Granted and still running that day (redeemed counts until it expires)."""
        return self.status in (ACTIVE, REDEEMED)


@dataclass(frozen=True)
class InsightLine:
    """An insight for this account: due to share, coming to its ring, or shared."""

    insight_id: int
    share_id: int | None
    title: str
    status: str  # due | upcoming | shared
    on: dt.date  # release to the account's ring (due, upcoming) or the day it was shared
    detail_level: str  # the ring's level (due, upcoming) or the level it was shared at
    text: str  # the insight's text at that level
    discussion_open: bool
    answer: str  # what the account answered (shared only)
    # Everything the insight says (title, headline, summary, full text): what it is about,
    # whatever detail the ring gets (the brief matches it to the account's industry).
    about: str = ""


@dataclass(frozen=True)
class FeedbackLine:
    """One NPS answer: who gave it (when known), the score and the comment."""

    feedback_id: int
    given_on: dt.date
    nps: int
    comment: str
    contact_id: int | None
    contact_name: str | None
    contact_role: str | None  # ContactRole value
    contact_title: str | None


@dataclass(frozen=True)
class MeetingLine:
    """The latest meeting with the account and what was noted."""

    touchpoint_id: int
    on: dt.date
    contact_name: str | None
    note: str


@dataclass(frozen=True)
class QuarterRevenue:
    label: str  # "2026 Q2"
    cents: int


@dataclass(frozen=True)
class AccountOverview:
    """Everything the account page and the meeting brief show of one account on ``on``."""

    on: dt.date
    account: AccountInfo
    ring: RingInfo
    score: AccountScore | None
    score_note: str  # why there is no score ("" when there is one)
    buying_group: tuple[GroupMember, ...]  # strongest stage first, then by name
    single_thread_risk: bool
    group_note: str  # the single-thread rule in words, either way
    timeline: tuple[TimelineEntry, ...]  # newest first, nothing after ``on``
    revenue: tuple[QuarterRevenue, ...]  # the last QUARTERS quarters, oldest first
    revenue_12m_cents: int
    revenue_total_cents: int
    renewal_on: dt.date | None  # the next renewal date on or after ``on``
    complaints: tuple[ComplaintInfo, ...]  # open ones, oldest first
    tasks: tuple[TaskLine, ...]  # open by due date (overdue first), then done, latest first
    perks: tuple[PerkLine, ...]  # held (newest grant first), eligible, then ended grants
    insights: tuple[InsightLine, ...]  # due (latest release first), upcoming, shared
    suggestions: tuple[Suggestion, ...]  # the account's open suggestions, most urgent first
    problems: tuple[str, ...] = ()  # sections the database refused to read, one line each
    # The journey phase derived from the facts, why, and the phase stored on the account.
    journey: JourneyInfo | None = None
    feedback: tuple[FeedbackLine, ...] = ()  # newest first, nothing after ``on``
    last_meeting: MeetingLine | None = None

    @property
    def open_tasks(self) -> tuple[TaskLine, ...]:
        return tuple(t for t in self.tasks if t.status != DONE)

    @property
    def insights_due(self) -> tuple[InsightLine, ...]:
        return tuple(i for i in self.insights if i.status == INSIGHT_DUE)


def account_overview(
    db: Database,
    account: int | str,
    on: dt.date | None = None,
    *,
    ranking: RevenueRanking | None = None,
) -> AccountOverview:
    """``account`` (id or name) as of ``on`` (default today), in one transaction.

    The trust score ranks the account's revenue against every active account. Without
    ``ranking`` that spread is read from every account's revenue (a few hundred ms on
    100,000 accounts); a caller that holds the ranking of its last full pass of the same
    day (``Analysis.facts.ranking``) passes it and the overview reads only this account.
    The account's own facts are always read fresh.
    """
    day = on or today()
    problems: list[str] = []
    with db.transaction() as session:
        row = get_account_row(session, account)
        ring_row = session.get(Ring, row.ring_id)
        assert ring_row is not None
        settings = load_settings(session)
        facts = _guarded(
            session,
            problems,
            "the trust score and suggestions",
            lambda: load_facts(
                session, day, settings.previous_year_percent, ids=[row.id], ranking=ranking
            ),
        )
        score: AccountScore | None = None
        suggestions: list[Suggestion] = []
        if facts is not None:
            scored = score_rows(facts, settings)
            if row.id in scored:
                score = account_score(facts, settings, row.id, scored[row.id])
            suggestions = (
                _guarded(
                    session,
                    problems,
                    "the suggestions",
                    lambda: account_suggestions(
                        session, day, settings, row.id, facts=facts, scores=scored
                    ),
                )
                or []
            )
        group = _guarded(
            session,
            problems,
            "the buying group",
            lambda: group_in_session(session, row, day, settings, facts),
        )
        revenue, revenue_12m, revenue_total, renewal = _revenue(session, row.id, day)
        if score is not None:
            score_note = ""
        elif facts is None:
            score_note = "the account's facts could not be read"
        else:
            score_note = _("{name} is archived; archived accounts are not scored").format(
                name=row.name
            )
        return AccountOverview(
            on=day,
            account=account_info(session, row),
            ring=ring_info(ring_row),
            score=score,
            score_note=score_note,
            buying_group=tuple(_member(session, c) for c in group.contacts) if group else (),
            single_thread_risk=group.single_thread_risk if group else False,
            group_note=group.risk_reason if group else "",
            journey=group.journey if group else None,
            timeline=tuple(timeline_in_session(session, row, limit=TIMELINE_LIMIT, until=day)),
            revenue=revenue,
            revenue_12m_cents=revenue_12m,
            revenue_total_cents=revenue_total,
            renewal_on=renewal,
            complaints=_complaints(session, row.id, day),
            tasks=_tasks(session, row.id, day),
            perks=_perks(session, row.id, ring_row.position, day),
            insights=_insights(session, row.id, ring_row.id, day),
            suggestions=tuple(suggestions),
            problems=tuple(problems),
            feedback=_feedback(session, row.id, day),
            last_meeting=_last_meeting(session, row.id, day),
        )


def _guarded(session: Session, problems: list[str], what: str, read: Callable[[], _T]) -> _T | None:
    """``read()`` in a savepoint: when the database refuses it (e.g. a sum of impossible
    amounts overflows), those sections are left out with one line in ``problems`` and the
    rest of the overview still reads (PostgreSQL aborts the whole transaction otherwise)."""
    try:
        with session.begin_nested():
            return read()
    except (DBAPIError, ArithmeticError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()
        problems.append(
            _("{what} left out: {value}").format(
                what=what, value=reason[0] if reason else type(exc).__name__
            )
        )
        return None


# --------------------------------------------------------------------------- sections


def _member(session: Session, stage: ContactStage) -> GroupMember:
    contact = session.get(Contact, stage.contact_id)  # loaded with the group: no query
    assert contact is not None
    return GroupMember(
        stage.contact_id,
        stage.name,
        stage.role,
        stage.title,
        contact.email,
        contact.phone,
        stage.stage,
        stage.reason,
        stage.last_touch_on,
    )


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
    for _quarter_back in range(QUARTERS):
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


def _complaints(session: Session, account_id: int, on: dt.date) -> tuple[ComplaintInfo, ...]:
    rows = session.scalars(
        select(Complaint)
        .where(
            Complaint.account_id == account_id,
            Complaint.status == ComplaintStatus.OPEN,
            Complaint.opened_on <= on,
        )
        .order_by(Complaint.opened_on, Complaint.id)
    )
    return tuple(
        ComplaintInfo(
            c.id, c.account_id, c.contact_id, c.opened_on, c.resolved_on, c.status.value,
            c.note, c.resolution,
        )
        for c in rows
    )  # fmt: skip


def task_status(due_on: dt.date, done_on: dt.date | None, on: dt.date) -> str:
    """overdue | due | open | done as of ``on`` (a task done later was still open then)."""
    if done_on is not None and done_on <= on:
        return DONE
    if due_on < on:
        return OVERDUE
    return DUE if due_on == on else OPEN


def _tasks(session: Session, account_id: int, on: dt.date) -> tuple[TaskLine, ...]:
    lines = [
        TaskLine(
            t.id,
            t.title,
            t.due_on,
            t.done_on,
            task_status(t.due_on, t.done_on, on),
            t.source.value,
            t.note,
        )
        for t in session.scalars(select(Task).where(Task.account_id == account_id))
    ]
    still_open = sorted((t for t in lines if t.status != DONE), key=lambda t: (t.due_on, t.task_id))
    done = sorted(
        (t for t in lines if t.status == DONE),
        key=lambda t: (t.done_on or t.due_on, t.task_id),
        reverse=True,
    )
    return (*still_open, *done)


def _perks(
    session: Session, account_id: int, ring_position: int, on: dt.date
) -> tuple[PerkLine, ...]:
    held: list[PerkLine] = []
    ended: list[PerkLine] = []
    holding: set[int] = set()
    for grant, perk, perk_ring in session.execute(
        select(PerkGrant, Perk, Ring.position)
        .join(Perk, Perk.id == PerkGrant.perk_id)
        .join(Ring, Ring.id == Perk.ring_id)
        .where(PerkGrant.account_id == account_id, PerkGrant.granted_on <= on)
        .order_by(PerkGrant.granted_on.desc(), PerkGrant.id.desc())
    ):
        status = grant_status(grant, on)
        line = PerkLine(
            perk.id,
            grant.id,
            perk.name,
            perk.kind.value,
            perk_ring,
            perk.cost_per_year_cents,
            status,
            grant.granted_on,
            grant.redeemed_on if grant.redeemed_on and grant.redeemed_on <= on else None,
            grant.expires_on,
            grant.withdrawn_on if grant.withdrawn_on and grant.withdrawn_on <= on else None,
            grant.note,
        )
        if status in (EXPIRED, WITHDRAWN):
            ended.append(line)
        else:
            held.append(line)
            holding.add(perk.id)
    positions = dict(session.execute(select(Ring.id, Ring.position)).all())
    eligible = [
        PerkLine(
            p.id, None, p.name, p.kind.value, positions[p.ring_id], p.cost_per_year_cents,
            ELIGIBLE, None, None, None, None, "",
        )
        for p in offered_perks(session, ring_position)
        if p.id not in holding
    ]  # fmt: skip
    return (*held, *eligible, *ended)


def _insights(
    session: Session, account_id: int, ring_id: int, on: dt.date
) -> tuple[InsightLine, ...]:
    shares = list(
        session.execute(
            select(InsightShare, Insight)
            .join(Insight, Insight.id == InsightShare.insight_id)
            .where(InsightShare.account_id == account_id, InsightShare.shared_on <= on)
            .order_by(InsightShare.shared_on.desc(), InsightShare.id.desc())
        ).all()
    )
    got = {share.insight_id for share, _ in shares}
    due: list[InsightLine] = []
    upcoming: list[InsightLine] = []
    for insight, release in session.execute(
        select(Insight, InsightRelease)
        .join(InsightRelease, InsightRelease.insight_id == Insight.id)
        .where(InsightRelease.ring_id == ring_id, Insight.published_on.is_not(None))
        .order_by(InsightRelease.release_on.desc(), Insight.id)
    ):
        if insight.id in got:
            continue
        released = release.release_on <= on
        line = InsightLine(
            insight.id,
            None,
            insight.title,
            INSIGHT_DUE if released else UPCOMING,
            release.release_on,
            release.detail_level.value,
            text_at(insight, release.detail_level),
            release.discussion_open,
            "",
            _about(insight),
        )
        (due if released else upcoming).append(line)
    upcoming.reverse()  # the next release first
    shared = [
        InsightLine(
            insight.id, share.id, insight.title, SHARED, share.shared_on,
            share.detail_level.value, text_at(insight, share.detail_level), False, share.answer,
            _about(insight),
        )
        for share, insight in shares
    ]  # fmt: skip
    return (*due, *upcoming, *shared)


def _about(insight: Insight) -> str:
    parts = (insight.title, insight.headline, insight.summary, insight.full_text)
    return "\n".join(p for p in parts if p)


def _feedback(session: Session, account_id: int, on: dt.date) -> tuple[FeedbackLine, ...]:
    rows = session.execute(
        select(
            Feedback.id, Feedback.given_on, Feedback.nps, Feedback.comment, Feedback.contact_id,
            Contact.name, Contact.role, Contact.title,
        )
        .outerjoin(Contact, Contact.id == Feedback.contact_id)
        .where(Feedback.account_id == account_id, Feedback.given_on <= on)
        .order_by(Feedback.given_on.desc(), Feedback.id.desc())
        .limit(FEEDBACK_LIMIT)
    )  # fmt: skip
    return tuple(
        FeedbackLine(fid, given, nps, comment or "", cid, name, role.value if role else None, title)
        for fid, given, nps, comment, cid, name, role, title in rows
    )


def _last_meeting(session: Session, account_id: int, on: dt.date) -> MeetingLine | None:
    row = session.execute(
        select(Touchpoint.id, Touchpoint.occurred_on, Contact.name, Touchpoint.note)
        .outerjoin(Contact, Contact.id == Touchpoint.contact_id)
        .where(
            Touchpoint.account_id == account_id,
            Touchpoint.kind == TouchpointKind.MEETING,
            Touchpoint.occurred_on <= on,
        )
        .order_by(Touchpoint.occurred_on.desc(), Touchpoint.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    tid, occurred, name, note = row
    return MeetingLine(tid, occurred, name, note or "")
