"""The suggestion inbox: what to do today, each with a reason in plain words.

Kinds, their stable ids and what makes them appear on a day D (in full, with what accepting
each does: docs/rules.md):

========================  ===============================  ==================================
kind                      id                               facts
========================  ===============================  ==================================
promote / demote          ``promote:acc:42``               placement target differs from ring
at_risk                   ``at_risk:acc:42``               customer ring, silent >= N cadences
follow_up                 ``follow_up:acc:42``             last touch >= ring cadence ago
satisfaction_check        ``satisfaction_check:acc:42``    purchase N days ago, no NPS since
complaint                 ``complaint:cmp:7``              an open complaint
insight_due               ``insight_due:ins:3:ring:1``     released to the ring, not all have it
perk_grant                ``perk_grant:acc:42``            entered a ring lately, perks missing
perk_withdraw             ``perk_withdraw:grant:9``        holds a perk of a ring it left
referral_ask              ``referral_ask:acc:42``          recent promoter, no referral lately
renewal                   ``renewal:acc:42``               renewal date near (or just missed)
widen                     ``widen:acc:42``                 customer ring, <= 1 person carries it
reach_decision_maker      ``reach_decision_maker:acc:42``  decider unreached or untouched 2 cadences
========================  ===============================  ==================================

At-risk replaces follow-up for the same account (silence in a customer ring is more than a
follow-up). Every suggestion carries a *fingerprint*: a digest of the facts that produced
it. **Snooze** hides it until a date. **Dismiss** hides it while the fingerprint stays the
same; when the facts change (a new ring target, another touch, a new renewal date...) it
comes back. An **accepted** suggestion is carried out (:mod:`.accepting`) and stays hidden
while its facts are unchanged, so e.g. a referral ask is not repeated for the same promoter
answer. Priority: 1 high, 2 normal, 3 low; the inbox is sorted by priority, then due date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from operator import attrgetter

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.engine import possible_duplicates
from circlesoftrust.engine._generate import generate
from circlesoftrust.engine._insight_due import insight_suggestions, members_query
from circlesoftrust.engine.fact_summary import refresh as refresh_facts
from circlesoftrust.engine.facts import FactTable, load_facts
from circlesoftrust.engine.move_reasons import PendingTrends
from circlesoftrust.engine.placement import Thresholds
from circlesoftrust.engine.revenue_baseline import record as record_ranking
from circlesoftrust.engine.ring_facts import load_rings
from circlesoftrust.engine.score_history import record as record_history
from circlesoftrust.engine.scoring import ScoreRow, score_rows
from circlesoftrust.engine.suggestion_types import (
    ACCOUNT_KINDS,
    HIGH,
    LOW,
    NORMAL,
    AcceptResult,
    DecisionInfo,
    Suggestion,
    SuggestionKind,
    fingerprint,
)
from circlesoftrust.engine_settings import EngineSettings, load_settings
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Complaint,
    PerkGrant,
    SuggestionState,
    known_user_id,
    session_user_id,
)
from circlesoftrust.services.lookups import log_action, today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import SuggestionDecision

# suggestion_states.scope of a decision that holds for everyone (an acceptance).
SHARED = 0


def _my_scopes(session: Session) -> tuple[int, ...]:
    """The decision scopes that apply to this session's user: everyone's (0) and their own
    (read only: a user who never decided anything has no row yet)."""
    me = known_user_id(session)
    return (SHARED,) if me is None else (SHARED, me)


def _visible(found: list[Suggestion], session: Session, day: dt.date) -> list[Suggestion]:
    if not found:
        return found
    query = select(
        SuggestionState.key,
        SuggestionState.decision,
        SuggestionState.until_on,
        SuggestionState.fingerprint,
    ).where(SuggestionState.scope.in_(_my_scopes(session)))
    if len(found) <= 500:  # one account's few: read only their states, not every decision
        query = query.where(SuggestionState.key.in_([item.id for item in found]))
    states: dict[str, list[tuple[SuggestionDecision, dt.date | None, str]]] = {}
    for key, decision, until, mark in session.execute(query).all():
        states.setdefault(key, []).append((decision, until, mark))
    if not states:
        return found
    # Most suggestions have no decision: only those that have one are looked at closely.
    return [
        item
        for item in found
        if item.id not in states or not any(_hides(st, item, day) for st in states[item.id])
    ]


def _hides(
    state: tuple[SuggestionDecision, dt.date | None, str], item: Suggestion, day: dt.date
) -> bool:
    decision, until, mark = state
    if decision is SuggestionDecision.SNOOZED:
        return until is not None and until > day
    return mark == item.fingerprint  # dismissed or accepted, and the facts did not change


def _sort_key(item: Suggestion) -> tuple[int, dt.date, int, str]:
    return (
        item.priority,
        item.due_on,
        -1 if item.ring_position is None else item.ring_position,
        item.id,
    )


_ID = attrgetter("id")
_RING_POSITION = attrgetter("ring_position")


def _urgency(item: Suggestion) -> int:
    return (item.priority << 24 | item.due_on.toordinal()) << 4 | item.ring_position  # type: ignore[operator]


@gc_paused()
def suggest(
    db: Database,
    on: dt.date | str | None = None,
    *,
    kinds: Collection[str] | None = None,
    account: int | None = None,
) -> list[Suggestion]:
    """The inbox for ``on`` (today by default): every visible suggestion, most urgent first.

    Snoozed ones stay hidden until their date; dismissed or accepted ones while their facts
    are unchanged. ``kinds`` filters by kind name. ``account`` (an id) reads only that
    account's facts and returns its own suggestions (no ring-level insight suggestions):
    cheap enough for one account's brief or detail view on a big database.
    """
    day = v.date(on, "date", default=today())
    if kinds is not None:
        unknown = set(kinds) - {k.value for k in SuggestionKind}
        if unknown:
            raise ValidationError(
                "kind", _("unknown kind(s): {join}").format(join=", ".join(sorted(unknown)))
            )
    refreshed = refresh_facts(db, day) if account is None else None
    pending: list[PendingTrends] = []
    with db.transaction() as session:
        settings = load_settings(session)
        if account is None:
            facts = load_facts(session, day, settings.previous_year_percent)
            scores = score_rows(facts, settings, Thresholds.of(facts.rings))
            found = generate(
                session, day, settings, facts=facts, scores=scores, db=db, pending=pending
            )
        else:
            found = generate(session, day, settings, ids=[account], insights=False)
        shown = _visible(found, session, day)
    if refreshed is not None and refreshed.available:
        # A full snapshot drops the oldest rows, which a trend may still compare with.
        before = [p.ensure_read for p in pending]
        record_history(db, facts, scores, refreshed.written > 0, before_full=before)
        record_ranking(db, day, settings.previous_year_percent, facts.accounts, facts.packed_values)
    if kinds is not None:
        shown = [s for s in shown if s.kind in kinds]
    return most_urgent_first(shown)


def account_suggestions(
    session: Session,
    day: dt.date,
    settings: EngineSettings,
    account_id: int,
    *,
    facts: FactTable | None = None,
    scores: dict[int, ScoreRow] | None = None,
) -> list[Suggestion]:
    """One account's visible suggestions, most urgent first, inside the caller's transaction
    (``facts`` / ``scores``: that account's, when the caller already read them). Ring-level
    insight suggestions are not the account's own and are left out."""
    found = generate(
        session, day, settings, ids=[account_id], insights=False, facts=facts, scores=scores
    )
    own = [s for s in found if s.account_id == account_id]
    return most_urgent_first(_visible(own, session, day))


def visible(found: list[Suggestion], session: Session, day: dt.date) -> list[Suggestion]:
    """``found`` without the snoozed ones, and without those dismissed or accepted while
    their facts are unchanged (inside the caller's transaction)."""
    return _visible(found, session, day)


def most_urgent_first(shown: list[Suggestion]) -> list[Suggestion]:
    """Sorted in place (and returned): priority, due date, ring, id."""
    if None not in map(_RING_POSITION, shown):
        # The same order in two stable passes: by id, then by one integer made of
        # priority, due day and ring (positions 0-8 fit in 4 bits). Comparing integers
        # instead of (int, date, int, str) tuples took half the time (measured).
        shown.sort(key=_ID)
        shown.sort(key=_urgency)
    else:
        shown.sort(key=_sort_key)
    return shown


# --- finding one suggestion, snooze and dismiss -----------------------------------------------


def parse_id(suggestion_id: str) -> tuple[SuggestionKind, dict[str, int]]:
    """Split "kind:acc:42[:perk:3]" into its kind and numbered parts."""
    parts = suggestion_id.strip().split(":")
    try:
        kind = SuggestionKind(parts[0])
        refs = {parts[k]: int(parts[k + 1]) for k in range(1, len(parts) - 1, 2)}
    except (ValueError, IndexError):
        raise ValidationError(
            "suggestion",
            _("{suggestion_id!r} is not a suggestion id").format(suggestion_id=suggestion_id),
        ) from None
    if len(parts) % 2 == 0 or not refs:
        raise ValidationError(
            "suggestion",
            _("{suggestion_id!r} is not a suggestion id").format(suggestion_id=suggestion_id),
        )
    return kind, refs


def find_in_session(
    session: Session, suggestion_id: str, day: dt.date, settings: EngineSettings
) -> Suggestion:
    """Recompute the one suggestion (only the facts it rests on); NotFoundError if gone."""
    if suggestion_id.strip().startswith(f"{possible_duplicates.KIND}:"):
        return possible_duplicates.as_suggestion(
            possible_duplicates.find_pair(session, suggestion_id), day
        )
    kind, refs = parse_id(suggestion_id)
    ids: list[int] | None = None
    if "acc" in refs:
        ids = [refs["acc"]]
    elif "cmp" in refs:
        owner = session.get(Complaint, refs["cmp"])
        ids = [owner.account_id] if owner else []
    elif "grant" in refs:
        grant = session.get(PerkGrant, refs["grant"])
        ids = [grant.account_id] if grant else []
    if kind is SuggestionKind.INSIGHT_DUE:
        found = list(
            insight_suggestions(
                session,
                day,
                settings,
                load_rings(session),
                members_query(session),
                only=(refs.get("ins", 0), refs.get("ring", 0)),
            )
        )
    else:
        found = generate(session, day, settings, ids=ids, insights=False)
    for item in found:
        if item.id == suggestion_id.strip():
            return item
    raise NotFoundError(
        _("no suggestion {suggestion_id!r} on {day} (done already?)").format(
            suggestion_id=suggestion_id, day=formats.date(day)
        )
    )


def find_suggestion(
    db: Database, suggestion_id: str, on: dt.date | str | None = None
) -> Suggestion:
    """One suggestion as it stands on ``on`` (ignores snoozes and dismissals)."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        return find_in_session(session, suggestion_id, day, load_settings(session))


def decision_scope(session: Session, decision: SuggestionDecision) -> int:
    """Acceptances hold for everyone (the work is done); snoozes and dismissals for the
    user who decided."""
    return SHARED if decision is SuggestionDecision.ACCEPTED else session_user_id(session)


def state_row(session: Session, key: str, scope: int) -> SuggestionState | None:
    return session.scalar(
        select(SuggestionState).where(SuggestionState.key == key, SuggestionState.scope == scope)
    )


def set_state(
    session: Session,
    item: Suggestion,
    decision: SuggestionDecision,
    until: dt.date | None,
) -> SuggestionState:
    scope = decision_scope(session, decision)
    row = state_row(session, item.id, scope)
    if row is None:
        row = SuggestionState(key=item.id, account_id=item.account_id, scope=scope)
        session.add(row)
    row.decision = decision
    row.until_on = until
    row.fingerprint = item.fingerprint
    row.decided_at = dt.datetime.now().replace(microsecond=0)
    row.decided_by_id = session_user_id(session)
    session.flush()
    return row


def snooze(
    db: Database, suggestion_id: str, until: dt.date | str, *, on: dt.date | str | None = None
) -> DecisionInfo:
    """Hide a suggestion until ``until`` (it shows again on that day)."""
    day = v.date(on, "date", default=today())
    until_day = v.date(until, "until")
    if until_day <= day:
        raise ValidationError("until", _("must be after {day}").format(day=formats.date(day)))
    with db.transaction(write=True) as session:
        item = find_in_session(session, suggestion_id, day, load_settings(session))
        set_state(session, item, SuggestionDecision.SNOOZED, until_day)
        log_action(
            session,
            "snooze",
            _("snoozed {id} until {day}").format(id=item.id, day=formats.date(until_day)),
            item.account_id,
        )
        return DecisionInfo(item.id, "snoozed", until_day, item.fingerprint)


def dismiss(db: Database, suggestion_id: str, *, on: dt.date | str | None = None) -> DecisionInfo:
    """Hide a suggestion until the facts that produced it change."""
    day = v.date(on, "date", default=today())
    with db.transaction(write=True) as session:
        item = find_in_session(session, suggestion_id, day, load_settings(session))
        set_state(session, item, SuggestionDecision.DISMISSED, None)
        log_action(session, "dismiss", f"dismissed {item.id}", item.account_id)
        return DecisionInfo(item.id, "dismissed", None, item.fingerprint)


def clear_decision(db: Database, suggestion_id: str) -> bool:
    """Forget this user's snooze or dismissal (undo); True if there was one."""
    with db.transaction(write=True) as session:
        me = known_user_id(session)
        row = session.scalar(
            select(SuggestionState).where(
                SuggestionState.key == suggestion_id.strip(),
                SuggestionState.scope == (SHARED if me is None else me),
                SuggestionState.decision != SuggestionDecision.ACCEPTED,
            )
        )
        if row is None:
            return False
        session.delete(row)
        return True


def decisions(db: Database) -> list[DecisionInfo]:
    """Every remembered decision that applies to this user (their own snoozes and
    dismissals, everyone's acceptances)."""
    with db.transaction() as session:
        return [
            DecisionInfo(r.key, r.decision.value, r.until_on, r.fingerprint)
            for r in session.scalars(
                select(SuggestionState)
                .where(SuggestionState.scope.in_(_my_scopes(session)))
                .order_by(SuggestionState.key, SuggestionState.scope)
            )
        ]


__all__ = [
    "ACCOUNT_KINDS",
    "HIGH",
    "LOW",
    "NORMAL",
    "AcceptResult",
    "DecisionInfo",
    "Suggestion",
    "SuggestionKind",
    "clear_decision",
    "decisions",
    "dismiss",
    "find_in_session",
    "find_suggestion",
    "fingerprint",
    "parse_id",
    "set_state",
    "snooze",
    "suggest",
]
