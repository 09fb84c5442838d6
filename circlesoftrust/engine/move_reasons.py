"""What a pass adds to moves and at-risk reasons after the rules ran: the score then and now
with the facts that moved it (:mod:`.trends`), and no move that only other accounts'
revenue caused by under a point (:mod:`.revenue_baseline`)."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from circlesoftrust.engine.components import FACT, PACKED, picker
from circlesoftrust.engine.placement import Thresholds, place
from circlesoftrust.engine.revenue_baseline import MIN_RELATIVE_POINTS, revenue_values
from circlesoftrust.engine.rule_context import RuleContext
from circlesoftrust.engine.score_history import Baseline, baselines
from circlesoftrust.engine.score_points import _Tuned
from circlesoftrust.engine.score_words import relative_move
from circlesoftrust.engine.suggestion_types import (
    REASON_AT,
    Suggestion,
    Text,
    joined,
    text_of,
)
from circlesoftrust.engine.trends import Answers, describe, latest_answers
from circlesoftrust.storage import Database

# The kinds whose reason says what moved the score since the baseline (.trends).
_TREND_KINDS = frozenset({"promote", "demote", "at_risk"})


def with_trends(
    ctx: RuleContext,
    found: list[Suggestion],
    db: Database | None = None,
    pending_out: list[PendingTrends] | None = None,
) -> list[Suggestion]:
    """Moves and at-risk suggestions with the score then and now and the facts that moved
    it (:mod:`.trends`), read for those few accounts from their snapshots.

    With ``db`` the snapshots are read when the first such reason is read (in a read
    transaction of its own; :class:`PendingTrends`), not in the pass: a pass at 100,000
    accounts has ~14,000 of them and a user reads a few."""
    ids = [s.account_id for s in found if s.kind in _TREND_KINDS and s.account_id is not None]
    if not ids:
        return found
    pending = PendingTrends(ctx, ids)
    if db is None:
        words = pending.read(ctx.session)
        return [
            s._replace(reason=(joined, s[REASON_AT], words[s.account_id]))
            if s.kind in _TREND_KINDS and s.account_id in words
            else s
            for s in found
        ]
    pending.db = db
    if pending_out is not None:
        pending_out.append(pending)
    # A new tuple with the reason replaced (``_replace`` costs three times as much).
    new, after = tuple.__new__, REASON_AT + 1
    return [
        new(Suggestion, (*s[:REASON_AT], (_with_trend, s[REASON_AT], pending, s[2]), *s[after:]))
        if s[1] in _TREND_KINDS and s[2] is not None
        else s
        for s in found
    ]


def _with_trend(reason: Text, pending: PendingTrends, aid: int) -> str:
    trend = pending.words(aid)
    return text_of(reason) if trend is None else joined(reason, trend)


class PendingTrends:
    """The trend words of one pass's moves and at-risk suggestions (:func:`with_trends`):
    the accounts' snapshots and answers are read for all of them at the first ask, each
    account's words made when its reason is read."""

    def __init__(self, ctx: RuleContext, ids: list[int]) -> None:
        self.day = ctx.day
        self.day_ord = ctx.day_ord
        self.percent = ctx.settings.previous_year_percent
        self.signed = _Tuned(ctx.settings).signed_points
        scores, accounts = ctx.scores, ctx.accounts
        self.now = {aid: (scores[aid][0], scores[aid][1], accounts[aid][4]) for aid in ids}
        self.db: Database | None = None
        self.bases: dict[int, Baseline] | None = None
        self.answers: Answers = {}
        self.made: dict[int, str | None] = {}

    def ensure_read(self) -> None:
        """Read the snapshots now (before a pass replaces the ones they rest on)."""
        if self.bases is None and self.db is not None:
            with self.db.transaction() as session:
                self._read_bases(session)

    def _read_bases(self, session: Session) -> None:
        bases = baselines(session, self.day, list(self.now)) if self.now else {}
        self.answers = (
            latest_answers(session, bases, {a: b.as_of for a, b in bases.items()}, self.day)
            if bases
            else {}
        )
        self.bases = bases

    def read(self, session: Session) -> dict[int, str]:
        """Every account's words at once, inside the caller's transaction."""
        self._read_bases(session)
        out = {}
        for aid in self.now:
            words = self.words(aid)
            if words is not None:
                out[aid] = words
        return out

    def words(self, aid: int) -> str | None:
        if aid in self.made:
            return self.made[aid]
        self.ensure_read()
        assert self.bases is not None
        base = self.bases.get(aid)
        words = None
        if base is not None:
            score, values, packed = self.now[aid]
            words = describe(
                base,
                score,
                values,
                dict(zip(FACT, PACKED.unpack(packed), strict=True)),
                self.signed,
                self.day_ord,
                self.percent,
                self.answers.get(aid),
            )
        self.made[aid] = words
        return words

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with every account's words made (the database stays behind)."""
        for aid in self.now:
            self.words(aid)
        state = dict(self.__dict__)
        state["db"], state["bases"], state["answers"] = None, {}, {}
        return state


_MOVES = frozenset({"promote", "demote"})
_OWN_REVENUE = picker("last_purchase", "purchases", "revenue_12m_cents", "revenue_prev_cents")


def without_small_relative_moves(ctx: RuleContext, found: list[Suggestion]) -> list[Suggestion]:
    """Moves that other accounts' revenue alone caused, by less than
    :data:`.revenue_baseline.MIN_RELATIVE_POINTS`, left out: against the baseline day's
    ranking (the account's own revenue unchanged) the account would stay where it is.

    The moves' revenue values against both rankings are worked out for all of them at
    once (:func:`.revenue_baseline.revenue_values`, the same to the last bit as
    :func:`.score_words.relative_move`); the accounts are placed again one by one."""
    base = ctx.facts.baseline
    moves = [
        (item.id, item.account_id)
        for item in found
        if item.kind in _MOVES and item.account_id is not None
    ]
    if base is None or not moves:
        return found
    s = ctx.settings
    tuned = _Tuned(s)
    percent = s.previous_year_percent
    accounts = ctx.accounts
    own = [_OWN_REVENUE.unpack(accounts[aid][4]) for _id, aid in moves]
    effs = [r12 * 100 + rp * percent if purchases else 0 for _last, purchases, r12, rp in own]
    moved = _relative_moves([aid for _id, aid in moves], effs, ctx, tuned.points[0])
    limits = Thresholds.of(ctx.rings)
    recent_since = ctx.day_ord - s.new_client_days
    signed = tuned.signed_points
    dropped: set[str] = set()
    for (item_id, aid), (last_purchase, purchases, _r12, _rp), points in zip(
        moves, own, moved, strict=True
    ):
        if points is None or abs(points) >= MIN_RELATIVE_POINTS:
            continue
        _score, values, current, _target, _why = ctx.scores[aid]
        raw_points = sum(p * v for p, v in zip(signed, values, strict=True))
        then = raw_points - points
        score_then = round((then if then < 100.0 else 100.0) if then > 0.0 else 0.0, 1)
        target_then, _ = place(
            score_then,
            current,
            purchases > 0,
            ctx.facts.pinned(aid, accounts[aid][3]),
            limits,
            s.hysteresis_points,
            s.pinned_min_gap_rings,
            s.new_client_ring if last_purchase > recent_since else None,
        )
        if target_then == current:
            dropped.add(item_id)
    return [item for item in found if item.id not in dropped] if dropped else found


def _relative_moves(
    ids: list[int], effs: list[int], ctx: RuleContext, revenue_points: float
) -> list[float | None]:
    """:func:`.score_words.relative_move` of each account (None: its own revenue changed
    since the baseline), worked out over all of them at once when the numbers allow."""
    facts, s = ctx.facts, ctx.settings
    base = facts.baseline
    assert base is not None
    eff = np.array(effs, dtype=np.int64) if max(map(abs, effs)) < _EXACT else None
    now = None if eff is None else revenue_values(eff, facts.ranking, s.revenue_share_multiple)
    then = None if eff is None else revenue_values(eff, base.ranking, s.revenue_share_multiple)
    if eff is None or now is None or then is None:
        return [
            relative_move(aid, value, facts, s, revenue_points)
            for aid, value in zip(ids, effs, strict=True)
        ]
    same = base.effectives(np.array(ids, dtype=np.int64)) == eff
    moved = (revenue_points * (now - then)).tolist()
    return [m if kept else None for m, kept in zip(moved, same.tolist(), strict=True)]


_EXACT = 1 << 53
