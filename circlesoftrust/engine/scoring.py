"""The trust score: 0-100 per account from five named components, each explained in words.

Components (each a value 0..1; weights from :mod:`circlesoftrust.engine_settings`):

* **revenue** — 0.7 x Pareto rank (the share of active accounts with less revenue) +
  0.3 x revenue share against the average account (full at ``revenue_share_multiple`` x).
  Revenue is the trailing 12 months plus ``previous_year_percent`` of the year before.
* **loyalty** — 0.4 x tenure since the first purchase (full at ``full_tenure_days``) +
  0.3 x repeat purchases + 0.3 x renewals, up-sells and cross-sells (both full at
  ``full_repeat_purchases``).
* **engagement** — 0.5 x two-way touches in the last 12 months (full at
  ``full_activity_two_way``) + 0.5 x recency: full while the last touch is within the
  ring's cadence, fading to nothing at ``recency_zero_after_cadences`` cadences.
* **advocacy** — 0.6 x referrals given (12 months, plus ``previous_year_percent`` of the
  year before; full at ``full_referrals``) + 0.4 x the share of NPS answers in 24 months
  that are promoters (9-10).
* **friction** — open complaints (two make it full) + half the share of detractors (0-6)
  among the NPS answers of the last 12 months; *subtracted*.

Points: ``100 x weight x value / (sum of the four positive weights)``, friction negative;
the score is their sum clamped to 0-100. Long windows (12 and 24 months, tenure) keep a
steady relationship from collapsing after one quiet quarter: the quarter costs part of
the recency, not the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import numpy as np

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.engine.components import (
    FACT_COUNT,
    PACKED,
    ComponentBasis,
    packed_array,
    packed_rows,
    picker,
)
from circlesoftrust.engine.fact_queries import DECIDER_COLUMNS
from circlesoftrust.engine.fact_summary import refresh as refresh_facts
from circlesoftrust.engine.facts import (
    AccountFacts,
    FactTable,
    load_facts,
)
from circlesoftrust.engine.placement import (
    FLOOR,
    GATE,
    HELD_BY_HYSTERESIS,
    HELD_BY_PIN,
    INWARD,
    OUTWARD,
    Thresholds,
    place,
)
from circlesoftrust.engine.score_points import _Tuned
from circlesoftrust.engine.score_words import (
    _points,
    explain_components,
)
from circlesoftrust.engine_settings import COMPONENTS, EngineSettings, load_settings
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.services.lookups import get_account_row, today
from circlesoftrust.storage import Database

# (score, component values, current ring position, target ring position, placement code)
ScoreRow = tuple[float, tuple[float, float, float, float, float], int, int, str]


@dataclass(frozen=True)
class ScoreComponent:
    """One named part of a trust score: its weight, value 0..1, points and the facts."""

    name: str
    weight: float
    value: float
    points: float
    explanation: str


@dataclass(frozen=True)
class AccountScore:
    """An account's trust score with every component explained and its ring placement."""

    account_id: int
    account_name: str
    on: dt.date
    score: float
    components: tuple[ScoreComponent, ...]
    current_ring_position: int
    current_ring_name: str
    target_ring_position: int
    target_ring_name: str
    is_customer: bool
    pinned: bool
    placement: str  # the placement rule in words

    @property
    def move(self) -> int:
        """Rings to move: negative inwards (promote), positive outwards (demote)."""
        return self.target_ring_position - self.current_ring_position


_SCORED = picker(
    "last_purchase",
    "purchases",
    "revenue_12m_cents",
    "revenue_prev_cents",
    "loyalty",
    "engagement",
    "advocacy",
    "friction",
)


def score_rows(
    facts: FactTable, settings: EngineSettings, thresholds: Thresholds | None = None
) -> dict[int, ScoreRow]:
    """Score and place every account in ``facts`` (bulk and single account alike;
    explanations come separately).

    The four components that rest on an account's own facts come with its row
    (:func:`.components.packed_rows`, the one implementation of their formulas); this
    adds the revenue component, which ranks accounts against each other, weighs the five
    and places the account. One flat loop with local names: it runs once per account,
    100,000 times on a big database. The revenue rank is a dict lookup
    (:meth:`RevenueRanking.below_index`).
    """
    t = _Tuned(settings)
    limits = thresholds or Thresholds.of(facts.rings)
    rows = facts.accounts
    basis = ComponentBasis(settings, facts.rings)
    if basis.key != facts.basis.key:  # other settings than the rows were read with
        facts_only = [
            (*r[:4], *values[:FACT_COUNT], *values[-len(DECIDER_COLUMNS) :])
            for r in rows
            for values in (PACKED.unpack(r[4]),)
        ]
        rows = packed_rows(facts_only, basis, facts.day_ord)
    if len(rows) >= _COLUMNS_FROM:
        columns = _score_columns(facts, settings, limits, t, rows)
        if columns is not None:
            return columns
    unpack = _SCORED.unpack
    position_of = facts.position_of
    ranking = facts.ranking
    total, accounts = ranking.total, ranking.accounts
    below = ranking.below_index()  # revenue -> active accounts with less (a dict lookup)
    others = accounts - 1
    percent, share_multiple = t.percent, t.share_multiple
    p_rev, p_loy, p_eng, p_adv, p_fri = t.points
    hysteresis = settings.hysteresis_points
    gap = settings.pinned_min_gap_rings
    # The new clients' rule: a purchase since this day number holds the account in (or
    # moves it to) the ring at new_client_ring at least.
    recent_since = facts.day_ord - settings.new_client_days
    floor = settings.new_client_ring
    pin_holds = facts.pinned
    # place() depends on these five values only; scores have one decimal, so a big
    # database repeats them and each is placed once.
    placements: dict[tuple[float, int, bool, Any, bool], tuple[int, str]] = {}
    out: dict[int, ScoreRow] = {}
    for aid, _name, ring_id, pinned, packed in rows:
        (
            last_purchase, purchases, revenue_12m, revenue_prev,
            loyalty, engagement, advocacy, friction,
        ) = unpack(packed)  # fmt: skip
        if pinned:
            pinned = pin_holds(aid, pinned)
        current = position_of[ring_id]
        if purchases:
            eff = revenue_12m * 100 + revenue_prev * percent
            if eff > 0:
                less = below.get(eff)
                if less is None:  # ranked with another share of the year before
                    less = ranking.below(eff)
                rank = less / others if others else 1.0
                share = eff / total * accounts / share_multiple
                rev = 0.7 * rank + 0.3 * (share if share < 1.0 else 1.0)
            else:
                rev = 0.0
        else:
            rev = 0.0
        points = p_rev * rev + p_loy * loyalty + p_eng * engagement + p_adv * advocacy
        points -= p_fri * friction
        score = round((points if points < 100.0 else 100.0) if points > 0.0 else 0.0, 1)
        customer = purchases > 0
        recent = last_purchase > recent_since
        key = (score, current, customer, pinned, recent)
        placed = placements.get(key)
        if placed is None:
            placed = placements[key] = place(
                score,
                current,
                customer,
                bool(pinned),
                limits,
                hysteresis,
                gap,
                floor if recent else None,
            )
        out[aid] = (
            score,
            (rev, loyalty, engagement, advocacy, friction),
            current,
            placed[0],
            placed[1],
        )
    return out


# From this many accounts on, a pass scores them column by column (numpy), not one by one.
_COLUMNS_FROM = 2_000
# Integers up to this convert to floats exactly (numpy divides floats; Python divides ints).
_EXACT = 1 << 53
_PIN_OF = itemgetter(3)


def _score_columns(
    facts: FactTable,
    settings: EngineSettings,
    limits: Thresholds,
    t: _Tuned,
    rows: list[tuple[Any, ...]],
) -> dict[int, ScoreRow] | None:
    """:func:`score_rows`'s loop over whole columns: the same arithmetic in the same order
    (each step rounds alike: the values are the same to the last bit), ``round`` by
    Python's own (numpy's rounds some halves otherwise), each distinct (score, ring,
    customer, pin, recent purchase) placed once. None when a revenue is too big for a
    float to hold exactly (the loop then divides the integers)."""
    ranking = facts.ranking
    total, accounts = ranking.total, ranking.accounts
    values = facts.packed_values if rows is facts.accounts else packed_array(rows)
    r12, rprev = values["revenue_12m_cents"], values["revenue_prev_cents"]
    if total >= _EXACT or max(int(np.abs(r12).max()), int(np.abs(rprev).max())) >= _EXACT // 200:
        return None
    purchases = values["purchases"]
    eff = r12 * 100 + rprev * t.percent
    paying = (purchases > 0) & (eff > 0)
    ranked = ranking.ascending
    less = (accounts - ranking.paying) + np.searchsorted(ranked, eff, side="left")
    others = accounts - 1
    rank = less / others if others else np.ones(len(eff))
    with np.errstate(divide="ignore", invalid="ignore"):
        share = eff / total * accounts / t.share_multiple
    rev = np.where(paying, 0.7 * rank + 0.3 * np.minimum(share, 1.0), 0.0)
    p_rev, p_loy, p_eng, p_adv, p_fri = t.points
    loyalty, engagement = values["loyalty"], values["engagement"]
    advocacy, friction = values["advocacy"], values["friction"]
    points = p_rev * rev + p_loy * loyalty + p_eng * engagement + p_adv * advocacy
    points -= p_fri * friction
    clamped = np.where(points > 0.0, np.minimum(points, 100.0), 0.0)
    scores = _round_tenths(clamped)
    position = np.array([p for _r, p in sorted(facts.position_of.items())], dtype=np.int64)
    ring_ids = np.array(sorted(facts.position_of), dtype=np.int64)
    of_rows = np.fromiter(map(_RING_ID, rows), np.int64, count=len(rows))
    at_ring = np.minimum(np.searchsorted(ring_ids, of_rows), len(ring_ids) - 1)
    if not np.array_equal(ring_ids[at_ring], of_rows):
        return None  # a ring unknown to the pass: the loop says which
    current = position[at_ring]
    pinned = np.zeros(len(rows), dtype=bool)
    pin_holds = facts.pinned
    flagged = np.flatnonzero(np.fromiter(map(_PIN_OF, rows), bool, count=len(rows)))
    for at in flagged.tolist():
        row = rows[at]
        pinned[at] = pin_holds(row[0], row[3])
    recent = values["last_purchase"] > facts.day_ord - settings.new_client_days
    customer = purchases > 0
    tenths = np.rint(np.asarray(scores) * 10.0).astype(np.int64)
    code = (((tenths * 64 + current) * 2 + customer) * 2 + pinned) * 2 + recent
    _kinds, first, inverse = np.unique(code, return_index=True, return_inverse=True)
    floor = settings.new_client_ring
    placed = [
        place(
            scores[at],
            int(current[at]),
            bool(customer[at]),
            bool(pinned[at]),
            limits,
            settings.hysteresis_points,
            settings.pinned_min_gap_rings,
            floor if recent[at] else None,
        )
        for at in first.tolist()
    ]
    targets = np.array([p[0] for p in placed], dtype=np.int64)[inverse].tolist()
    whys = np.array([p[1] for p in placed], dtype=object)[inverse].tolist()
    components = zip(
        rev.tolist(),
        loyalty.tolist(),
        engagement.tolist(),
        advocacy.tolist(),
        friction.tolist(),
        strict=True,
    )
    return dict(
        zip(
            map(_ID, rows),
            zip(scores, components, current.tolist(), targets, whys, strict=True),
            strict=True,
        )
    )


_ID, _RING_ID = itemgetter(0), itemgetter(2)


def _round_tenths(values: np.ndarray[Any, Any]) -> list[float]:
    """``round(v, 1)`` of each value (0-100), as Python computes it.

    Python rounds the exact binary value to one decimal; ``rint(v * 10) / 10`` agrees except
    where ``v * 10`` lies within its rounding error of a half (the product may round across
    it): those few are rounded by Python itself."""
    tenths = values * 10.0
    rounded: list[float] = (np.rint(tenths) / 10.0).tolist()
    for at in np.flatnonzero(np.abs(tenths - np.floor(tenths) - 0.5) < 1e-6).tolist():
        rounded[at] = round(float(values[at]), 1)
    return rounded


def _placement_words(
    row: ScoreRow,
    facts: FactTable,
    settings: EngineSettings,
    f: AccountFacts,
) -> str:
    """The placement rule that decided, in words, naming the threshold that matters and
    the gap in points."""
    rings = facts.rings
    hysteresis = settings.hysteresis_points
    score, _components, current, target, why = row
    here, there = rings[current], rings[target]
    h = _points(hysteresis)
    if why == INWARD:
        need = there.min_score + hysteresis
        return ngettext(
            "score {score} reaches {name} ({min_score} + {h} hysteresis = "
            "{points}, {points2} point to spare): suggest a promotion from "
            "{name2}",
            "score {score} reaches {name} ({min_score} + {h} hysteresis = "
            "{points}, {points2} points to spare): suggest a promotion from "
            "{name2}",
            formats.score_gap_count(score, need),
        ).format(
            score=formats.score(score),
            name=there.name,
            min_score=there.min_score,
            h=h,
            points=_points(need),
            points2=formats.score_gap(score, need),
            name2=here.name,
        )
    if why == OUTWARD:
        return ngettext(
            "score {score} is {points} point below the threshold of {name} "
            "({min_score}; {h} points of hysteresis allowed): suggest a move "
            "out to {name2}",
            "score {score} is {points} points below the threshold of {name} "
            "({min_score}; {h} points of hysteresis allowed): suggest a move "
            "out to {name2}",
            formats.score_gap_count(score, here.min_score),
        ).format(
            score=formats.score(score),
            points=formats.score_gap(score, here.min_score),
            name=here.name,
            min_score=here.min_score,
            h=h,
            name2=there.name,
        )
    if why == GATE:
        return _(
            "{name} is for customers only and there is no purchase yet: move to {name2}"
        ).format(name=here.name, name2=there.name)
    if why == FLOOR:
        rule = _(
            "a purchase in the last {days} days ({day}) keeps the account at least in "
            "{ring} (the new clients' rule)"
        ).format(
            days=settings.new_client_days,
            day=formats.date(f.last_purchase_on) if f.last_purchase_on else _("recent"),
            ring=there.name,
        )
        if target > current:  # out, but no further than the rule's ring
            return ngettext(
                "score {score} is {points} point below the threshold of {name} "
                "({min_score}); {rule}: suggest a move out to {name2}",
                "score {score} is {points} points below the threshold of {name} "
                "({min_score}); {rule}: suggest a move out to {name2}",
                formats.score_gap_count(score, here.min_score),
            ).format(
                score=formats.score(score),
                points=formats.score_gap(score, here.min_score),
                name=here.name,
                min_score=here.min_score,
                rule=rule,
                name2=there.name,
            )
        if target != current:
            return _(
                "{rule}; score {score} alone would leave it in {name}: suggest a move in"
            ).format(rule=rule, score=formats.score(score), name=here.name)
        return _("{rule}; score {score} alone would place it further out").format(
            rule=rule, score=formats.score(score)
        )
    if why == HELD_BY_HYSTERESIS:
        inward = [
            r
            for r in rings[:current]
            if score >= r.min_score and (f.is_customer or not r.customers_only)
        ]
        if inward:
            nxt = rings[current - 1]
            need = nxt.min_score + hysteresis
            return ngettext(
                "score {score} reaches the threshold of {name} ({min_score}) but a "
                "move in needs {points} ({min_score} + {h} hysteresis): {points2} "
                "point short; stays in {name2}",
                "score {score} reaches the threshold of {name} ({min_score}) but a "
                "move in needs {points} ({min_score} + {h} hysteresis): {points2} "
                "points short; stays in {name2}",
                formats.score_gap_count(score, need),
            ).format(
                score=formats.score(score),
                name=nxt.name,
                min_score=nxt.min_score,
                points=_points(need),
                h=h,
                points2=formats.score_gap(score, need),
                name2=here.name,
            )
        return ngettext(
            "score {score} is {points} point below the threshold of {name} "
            "({min_score}); {h} points of hysteresis keep it there until "
            "{points2}",
            "score {score} is {points} points below the threshold of {name} "
            "({min_score}); {h} points of hysteresis keep it there until "
            "{points2}",
            formats.score_gap_count(score, here.min_score),
        ).format(
            score=formats.score(score),
            points=formats.score_gap(score, here.min_score),
            name=here.name,
            min_score=here.min_score,
            h=h,
            points2=_points(here.min_score - hysteresis),
        )
    if why == HELD_BY_PIN:
        end = facts.pin_ends.get(f.account_id)
        until = (
            _("until {day}").format(day=formats.date(dt.date.fromordinal(end)))
            if end
            else _("until unpinned")
        )
        return _(
            "pinned to {name} by hand ({until}); the score alone would move it "
            "by one ring, and a pinned account is only moved on a bigger gap"
        ).format(name=here.name, until=until)
    words = _("score {score} fits {name} (threshold {min_score})").format(
        score=formats.score(score), name=here.name, min_score=here.min_score
    )
    if current > 0:
        nxt = rings[current - 1]
        if not (nxt.customers_only and not f.is_customer):
            need = nxt.min_score + hysteresis
            words += ngettext(
                "; {name} needs {points} ({points2} point more)",
                "; {name} needs {points} ({points2} points more)",
                formats.score_gap_count(score, need),
            ).format(name=nxt.name, points=_points(need), points2=formats.score_gap(score, need))
    return words


def account_score(
    facts: FactTable,
    settings: EngineSettings,
    account_id: int,
    row: ScoreRow,
    tuned: _Tuned | None = None,
) -> AccountScore:
    """Build the explained :class:`AccountScore` of one scored account."""
    f = facts.account(account_id)
    ring = facts.rings[row[2]]
    words = explain_components(f, facts, settings, ring)
    t = tuned or _Tuned(settings)
    values = row[1]
    components = tuple(
        ScoreComponent(
            name=name,
            weight=t.weights[k],
            value=round(values[k], 4),
            points=round(t.signed_points[k] * values[k], 1) + 0.0,  # + 0.0: no "-0.0"
            explanation=words[k],
        )
        for k, name in enumerate(COMPONENTS)
    )
    target = facts.rings[row[3]]
    return AccountScore(
        account_id=account_id,
        account_name=f.name,
        on=facts.day,
        score=row[0],
        components=components,
        current_ring_position=ring.position,
        current_ring_name=ring.name,
        target_ring_position=target.position,
        target_ring_name=target.name,
        is_customer=f.is_customer,
        pinned=f.pinned,
        placement=_placement_words(row, facts, settings, f),
    )


@gc_paused()
def score_all(db: Database, on: dt.date | str | None = None) -> dict[int, AccountScore]:
    """Every active account's explained score and placement, keyed by account id.

    Set-based: the facts come from a few aggregate queries; explanations are built for
    every account, so prefer :func:`score_table` when only numbers are needed.
    """
    day = v.date(on, "date", default=today())
    refresh_facts(db, day)
    with db.transaction() as session:
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent)
    rows = score_rows(facts, settings)
    tuned = _Tuned(settings)
    return {aid: account_score(facts, settings, aid, row, tuned) for aid, row in rows.items()}


@gc_paused()
def score_table(db: Database, on: dt.date | str | None = None) -> dict[int, ScoreRow]:
    """Scores and placements of every active account without explanations (fast path).

    Each value is ``(score, component values, current position, target position, code)``.
    """
    day = v.date(on, "date", default=today())
    refresh_facts(db, day)
    with db.transaction() as session:
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent)
    return score_rows(facts, settings)


def score_account(
    db: Database, account: int | str, on: dt.date | str | None = None
) -> AccountScore:
    """One account's explained score (by id or name); reads only that account's facts."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        row = get_account_row(session, account)
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent, ids=[row.id])
    if not facts.accounts:
        from circlesoftrust.errors import ConflictError

        raise ConflictError(
            _("{name} is archived; archived accounts are not scored").format(name=row.name)
        )
    scored = score_rows(facts, settings)
    return account_score(facts, settings, row.id, scored[row.id])
