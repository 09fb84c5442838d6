"""Every suggestion of a day, from the rules in their own modules (see :mod:`.suggestions`).

The rules read set-based: :mod:`.account_rules` walks the fact table of the scoring pass
once (moves, at risk, follow-ups, satisfaction checks, renewals) and hands its candidates to
:mod:`.people_rules` (referral asks, widen, reach the decision maker);
:mod:`.complaint_rules`, :mod:`.perk_rules` and :mod:`._insight_due` each add one or two
small queries; :mod:`.move_reasons` then words what moved the scores. Only accounts with
something to do become :class:`Suggestion` records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy.orm import Session

from circlesoftrust.engine._insight_due import insight_suggestions, members_from
from circlesoftrust.engine.account_rules import account_suggestions
from circlesoftrust.engine.complaint_rules import complaint_suggestions, low_score_suggestions
from circlesoftrust.engine.facts import FactTable, load_facts
from circlesoftrust.engine.move_reasons import (
    PendingTrends,
    with_trends,
    without_small_relative_moves,
)
from circlesoftrust.engine.perk_rules import perk_suggestions
from circlesoftrust.engine.placement import Thresholds
from circlesoftrust.engine.possible_duplicates import duplicate_suggestions
from circlesoftrust.engine.rule_context import RuleContext
from circlesoftrust.engine.scoring import ScoreRow, score_rows
from circlesoftrust.engine.suggestion_types import Suggestion
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.storage import Database


def generate(
    session: Session,
    day: dt.date,
    settings: EngineSettings,
    *,
    ids: Collection[int] | None = None,
    insights: bool = True,
    facts: FactTable | None = None,
    scores: dict[int, ScoreRow] | None = None,
    db: Database | None = None,
    pending: list[PendingTrends] | None = None,
) -> list[Suggestion]:
    """Every suggestion of ``day`` (before snoozes and dismissals), inside a transaction.

    ``ids`` limits account-level kinds to those accounts (accept and snooze use it).
    ``facts`` and ``scores`` (of all accounts, read and scored on ``day``) are reused
    when given: :func:`circlesoftrust.engine.analysis.analyse` reads the facts once.
    With ``db`` (the database of ``session``) the trend words of moves and at-risk
    suggestions (:class:`.move_reasons.PendingTrends`, appended to ``pending``) and the
    names of the deciders to reach (:class:`.people_rules.PendingPeople`) are read when
    first asked for, not inside this pass.
    """
    if facts is None:
        facts = load_facts(session, day, settings.previous_year_percent, ids)
    if scores is None:
        scores = score_rows(facts, settings, Thresholds.of(facts.rings))
    ctx = RuleContext(session, day, settings, facts, scores)
    ctx.later = db
    out = with_trends(
        ctx, without_small_relative_moves(ctx, list(account_suggestions(ctx))), db, pending
    )
    out.extend(complaint_suggestions(ctx, ids))
    out.extend(low_score_suggestions(ctx, ids))
    out.extend(perk_suggestions(ctx, ids))
    if insights:
        out.extend(insight_suggestions(session, day, settings, facts.rings, members_from(facts)))
    out.extend(duplicate_suggestions(session, day, ids))
    return out
