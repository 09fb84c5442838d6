"""What a pass adds to moves and at-risk reasons after the rules ran: the score then and now
with the facts that moved it (:mod:`.trends`), and no move that only other accounts'
revenue caused by under a point (:mod:`.revenue_baseline`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from circlesoftrust.engine.components import FACT, PACKED, picker
from circlesoftrust.engine.placement import Thresholds, place
from circlesoftrust.engine.revenue_baseline import MIN_RELATIVE_POINTS
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
