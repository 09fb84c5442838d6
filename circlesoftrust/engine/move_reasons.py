"""What a pass adds to moves and at-risk reasons after the rules ran: the score then and now
with the facts that moved it (:mod:`.trends`), and no move that only other accounts'
revenue caused by under a point (:mod:`.revenue_baseline`)."""

from __future__ import annotations

from circlesoftrust.engine.components import FACT, PACKED, picker
from circlesoftrust.engine.placement import Thresholds, place
from circlesoftrust.engine.revenue_baseline import MIN_RELATIVE_POINTS
from circlesoftrust.engine.rule_context import RuleContext
from circlesoftrust.engine.score_history import baselines
from circlesoftrust.engine.score_points import _Tuned
from circlesoftrust.engine.score_words import relative_move
from circlesoftrust.engine.suggestion_types import Suggestion
from circlesoftrust.engine.trends import describe, latest_answers

# The kinds whose reason says what moved the score since the baseline (.trends).
_TREND_KINDS = frozenset({"promote", "demote", "at_risk"})


def with_trends(ctx: RuleContext, found: list[Suggestion]) -> list[Suggestion]:
    """Moves and at-risk suggestions with the score then and now and the facts that moved
    it (:mod:`.trends`), read for those few accounts from their snapshots."""
    ids = [s.account_id for s in found if s.kind in _TREND_KINDS and s.account_id is not None]
    if not ids:
        return found
    bases = baselines(ctx.session, ctx.day, ids)
    if not bases:
        return found
    answers = latest_answers(ctx.session, bases, {a: b.as_of for a, b in bases.items()}, ctx.day)
    signed = _Tuned(ctx.settings).signed_points
    words: dict[int, str] = {}
    for aid, base in bases.items():
        score, values, *_ = ctx.scores[aid]
        now = dict(zip(FACT, PACKED.unpack(ctx.accounts[aid][4]), strict=True))
        words[aid] = describe(
            base,
            score,
            values,
            now,
            signed,
            ctx.day_ord,
            ctx.settings.previous_year_percent,
            answers.get(aid),
        )
    return [
        s._replace(reason=f"{s.reason}; {words[s.account_id]}")
        if s.kind in _TREND_KINDS and s.account_id in words
        else s
        for s in found
    ]


_MOVES = frozenset({"promote", "demote"})
_OWN_REVENUE = picker("last_purchase", "purchases", "revenue_12m_cents", "revenue_prev_cents")


def without_small_relative_moves(ctx: RuleContext, found: list[Suggestion]) -> list[Suggestion]:
    """Moves that other accounts' revenue alone caused, by less than
    :data:`.revenue_baseline.MIN_RELATIVE_POINTS`, left out: against the baseline day's
    ranking (the account's own revenue unchanged) the account would stay where it is."""
    base = ctx.facts.baseline
    if base is None or not any(s.kind in _MOVES for s in found):
        return found
    s = ctx.settings
    tuned = _Tuned(s)
    limits = Thresholds.of(ctx.rings)
    recent_since = ctx.day_ord - s.new_client_days
    dropped: set[str] = set()
    for item in found:
        if item.kind not in _MOVES or item.account_id is None:
            continue
        aid = item.account_id
        _aid, _name, _ring, pinned, packed = ctx.accounts[aid]
        last_purchase, purchases, r12, rp = _OWN_REVENUE.unpack(packed)
        eff = r12 * 100 + rp * s.previous_year_percent if purchases else 0
        moved = relative_move(aid, eff, ctx.facts, s, tuned.points[0])
        if moved is None or abs(moved) >= MIN_RELATIVE_POINTS:
            continue
        _score, values, current, _target, _why = ctx.scores[aid]
        raw_points = sum(p * v for p, v in zip(tuned.signed_points, values, strict=True))
        then = raw_points - moved
        score_then = round((then if then < 100.0 else 100.0) if then > 0.0 else 0.0, 1)
        target_then, _ = place(
            score_then,
            current,
            purchases > 0,
            ctx.facts.pinned(aid, pinned),
            limits,
            s.hysteresis_points,
            s.pinned_min_gap_rings,
            s.new_client_ring if last_purchase > recent_since else None,
        )
        if target_then == current:
            dropped.add(item.id)
    return [item for item in found if item.id not in dropped] if dropped else found
