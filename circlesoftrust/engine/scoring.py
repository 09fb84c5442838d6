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
from typing import Any

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.engine.captured import captured_words
from circlesoftrust.engine.components import (
    CONTACT_TOUCH,
    CONTACT_WORDS,
    FACT_COUNT,
    PACKED,
    ComponentBasis,
    packed_rows,
    picker,
)
from circlesoftrust.engine.fact_queries import DECIDER_COLUMNS
from circlesoftrust.engine.fact_summary import refresh as refresh_facts
from circlesoftrust.engine.facts import (
    AccountFacts,
    FactTable,
    effective_revenue,
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
from circlesoftrust.engine.revenue_baseline import revenue_value
from circlesoftrust.engine.ring_facts import RingFacts
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


class _Tuned:
    """Settings turned into the constants the scoring loop needs (computed once)."""

    def __init__(self, s: EngineSettings) -> None:
        w = s.weights()
        positive = sum(w[name] for name in COMPONENTS if name != "friction")
        self.weights = tuple(w[name] for name in COMPONENTS)
        self.points = tuple(100.0 * w[name] / positive for name in COMPONENTS)
        self.signed_points = (*self.points[:4], -self.points[4])  # friction subtracts
        self.percent = s.previous_year_percent
        self.share_multiple = s.revenue_share_multiple


def score_of(t: _Tuned, values: tuple[float, float, float, float, float]) -> float:
    """The score of five component values: weighted points, friction subtracted, 0-100."""
    p = t.points
    total = (
        p[0] * values[0] + p[1] * values[1] + p[2] * values[2] + p[3] * values[3] - p[4] * values[4]
    )
    return round(min(100.0, max(0.0, total)), 1)


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


# --- explanations --------------------------------------------------------------------------


def _count(count: int | float, text: str) -> str:
    """A counted text (``ngettext``'s form, chosen by the caller) with the count filled in."""
    number = int(count) if float(count).is_integer() else count
    return text.format(n=formats.number(number))


def money(cents: int) -> str:
    return formats.money(cents, cents_shown=False)


def _days_ago(day: dt.date, when: dt.date) -> str:
    ago = (day - when).days
    if ago == 0:
        return _("today")
    if ago == 1:
        return _("yesterday")
    return ngettext("{n} day ago", "{n} days ago", ago).format(n=formats.number(ago))


def explain_components(
    f: AccountFacts, facts: FactTable, settings: EngineSettings, ring: RingFacts
) -> tuple[str, str, str, str, str]:
    """The facts behind each component, in plain words."""
    day = facts.day
    pct = settings.previous_year_percent
    ranking = facts.ranking
    # revenue
    eff = effective_revenue(f.revenue_12m_cents, f.revenue_prev_cents, pct)
    if eff <= 0:
        revenue = _("no revenue in the last 24 months")
        if f.revenue_total_cents:
            revenue += _(" ({money} before that)").format(money=money(f.revenue_total_cents))
    else:
        share = eff / ranking.total
        rank = ranking.rank(eff)
        revenue = _("{money} in the last 12 months").format(money=money(f.revenue_12m_cents))
        if f.revenue_prev_cents:
            revenue += _(" and {money} the year before (counted {pct}%)").format(
                money=money(f.revenue_prev_cents), pct=pct
            )
        pct_text = formats.percent(share) if share >= 0.01 else _("under 1%")
        revenue += _("; {pct_text} of all revenue, rank {rank} of {paying} paying accounts").format(
            pct_text=pct_text, rank=rank, paying=ranking.paying
        )
        if eff >= ranking.pareto_cut:
            revenue += _("; one of the {pareto_accounts} accounts that make 80% of revenue").format(
                pareto_accounts=ranking.pareto_accounts
            )
        revenue += relative_words(f.account_id, eff, facts, settings)
    # loyalty
    if not f.purchases or f.first_purchase_on is None:
        loyalty = _("no purchase yet")
    else:
        years = (day - f.first_purchase_on).days / 365
        tenure = (
            _("customer for {years} years").format(years=formats.number(years, digits=1))
            if years >= 1
            else (_("customer for {days} days").format(days=(day - f.first_purchase_on).days))
        )
        loyalty = _("{tenure} (first purchase {first_purchase_on}); {n}").format(
            tenure=tenure,
            first_purchase_on=formats.date(f.first_purchase_on),
            n=_count(f.purchases, ngettext("{n} purchase", "{n} purchases", int(f.purchases))),
        )
        if f.repeat_kinds:
            loyalty += _(", {repeat_kinds} of them renewals, up-sells or cross-sells").format(
                repeat_kinds=f.repeat_kinds
            )
    # engagement
    cadence = ring.cadence_days
    expects = (
        _("this ring expects one every {cadence} days").format(cadence=cadence)
        if cadence
        else _("this ring has no cadence (counted as {default_cadence_days} days)").format(
            default_cadence_days=settings.default_cadence_days
        )
    )
    activity = _("{n} in the last 12 months").format(
        n=_count(
            f.two_way_12m, ngettext("{n} two-way touch", "{n} two-way touches", int(f.two_way_12m))
        )
    )
    if f.last_contact_on is None:
        engagement = _("{activity}; no contact yet; {expects}").format(
            activity=activity, expects=expects
        )
    else:
        what = _("{value} on {last_contact_on}").format(
            value=_(CONTACT_WORDS[f.last_contact_kind]),
            last_contact_on=formats.date(f.last_contact_on),
        )
        captured = f.last_captured
        if f.last_contact_kind == CONTACT_TOUCH and captured and captured.on == f.last_contact_on:
            what = captured_words(captured)  # the meeting or mail it came from
        ago = _days_ago(day, f.last_contact_on)
        engagement = _("{activity}; last contact {ago}: {what}; {expects}").format(
            activity=activity, ago=ago, what=what, expects=expects
        )
    if f.last_touch_on is not None and (
        f.last_contact_on is None or f.last_touch_on > f.last_contact_on
    ):
        engagement += _(
            " (the touch of {last_touch_on} was one-way and does not count as contact)"
        ).format(last_touch_on=formats.date(f.last_touch_on))
    # advocacy
    parts = []
    if f.referrals_12m or f.referrals_prev:
        parts.append(
            _("{n} in the last 12 months").format(
                n=_count(
                    f.referrals_12m, ngettext("{n} referral", "{n} referrals", int(f.referrals_12m))
                )
            )
        )
        if f.referrals_prev:
            parts[-1] += _(" and {referrals_prev} the year before").format(
                referrals_prev=f.referrals_prev
            )
    else:
        parts.append(_("no referrals in the last 24 months"))
    if f.answers_24m:
        parts.append(
            ngettext(
                "{k} of {n} in 24 months came from a promoter (9-10)",
                "{k} of {n} in 24 months came from promoters (9-10)",
                f.promoters_24m,
            ).format(
                k=f.promoters_24m,
                n=_count(
                    f.answers_24m, ngettext("{n} NPS answer", "{n} NPS answers", int(f.answers_24m))
                ),
            )
        )
    else:
        parts.append(_("no NPS answers in 24 months"))
    mean = f.relational_mean
    if mean is not None and mean > 3.0:
        parts.append(_relational_words(f, mean, settings))
    advocacy = "; ".join(parts)
    # friction
    parts = []
    if f.open_complaints and f.oldest_open_complaint_on is not None:
        parts.append(
            _("{n}, the oldest opened {days_ago}").format(
                n=_count(
                    f.open_complaints,
                    ngettext("{n} open complaint", "{n} open complaints", int(f.open_complaints)),
                ),
                days_ago=_days_ago(day, f.oldest_open_complaint_on),
            )
        )
    if f.detractors_12m:
        parts.append(
            ngettext(
                "{k} of {n} in 12 months came from a detractor (0-6)",
                "{k} of {n} in 12 months came from detractors (0-6)",
                f.detractors_12m,
            ).format(
                k=f.detractors_12m,
                n=_count(
                    f.answers_12m, ngettext("{n} NPS answer", "{n} NPS answers", int(f.answers_12m))
                ),
            )
        )
    if mean is not None and mean < 3.0:
        parts.append(_relational_words(f, mean, settings))
    friction = "; ".join(parts) or _("no open complaints and no detractors in the last 12 months")
    return revenue, loyalty, engagement, advocacy, friction


def relative_move(
    account_id: int,
    eff: int,
    facts: FactTable,
    settings: EngineSettings,
    revenue_points: float | None = None,
) -> float | None:
    """The points of the revenue component that other accounts' revenue moved since the
    baseline day (:mod:`.revenue_baseline`), for an account whose own effective revenue
    is what it was then (None: no baseline, or its own revenue changed).
    ``revenue_points``: the revenue component's full points, when the caller (a loop over
    many accounts) worked them out once."""
    base = facts.baseline
    if base is None or base.effective(account_id) != eff:
        return None
    multiple = settings.revenue_share_multiple
    now = revenue_value(eff, facts.ranking, multiple)
    then = revenue_value(eff, base.ranking, multiple)
    if revenue_points is None:
        revenue_points = _Tuned(settings).points[0]
    return float(revenue_points * (now - then))


def relative_words(account_id: int, eff: int, facts: FactTable, settings: EngineSettings) -> str:
    """The explanation's words for :func:`relative_move` ("; +0.4 points since 2026-06-14:
    other accounts' revenue changed, its own did not"); nothing under 0.05 points."""
    moved = relative_move(account_id, eff, facts, settings)
    if moved is None or abs(moved) < 0.05 or facts.baseline is None:
        return ""
    return _(
        "; {points} points since {day}: other accounts' revenue changed, its own did not"
    ).format(points=f"{moved:+.1f}", day=facts.baseline.day.isoformat())


def _relational_words(f: AccountFacts, mean: float, settings: EngineSettings) -> str:
    """The relational scores' part of advocacy (average above 3) or friction (below 3)."""
    words = ngettext(
        "relational scores average {mean} of 5 ({n} score in 12 months)",
        "relational scores average {mean} of 5 ({n} scores in 12 months)",
        f.relational_count_12m,
    ).format(mean=formats.number(mean, digits=1), n=f.relational_count_12m)
    if not settings.relational_weight:
        return _("{words}; not counted (weight 0)").format(words=words)
    return words


def _points(value: float) -> str:
    return formats.number(round(value, 1))


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
        return _(
            "score {score} reaches {name} ({min_score} + {h} hysteresis = "
            "{points}, {points2} points to spare): suggest a promotion from "
            "{name2}"
        ).format(
            score=formats.number(score),
            name=there.name,
            min_score=there.min_score,
            h=h,
            points=_points(need),
            points2=_points(score - need),
            name2=here.name,
        )
    if why == OUTWARD:
        return _(
            "score {score} is {points} points below the threshold of {name} "
            "({min_score}; {h} points of hysteresis allowed): suggest a move "
            "out to {name2}"
        ).format(
            score=formats.number(score),
            points=_points(here.min_score - score),
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
        if target != current:
            return _(
                "{rule}; score {score} alone would leave it in {name}: suggest a move in"
            ).format(rule=rule, score=formats.number(score), name=here.name)
        return _("{rule}; score {score} alone would place it further out").format(
            rule=rule, score=formats.number(score)
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
            return _(
                "score {score} reaches the threshold of {name} ({min_score}) but a "
                "move in needs {points} ({min_score} + {h} hysteresis): {points2} "
                "points short; stays in {name2}"
            ).format(
                score=formats.number(score),
                name=nxt.name,
                min_score=nxt.min_score,
                points=_points(need),
                h=h,
                points2=_points(need - score),
                name2=here.name,
            )
        return _(
            "score {score} is {points} points below the threshold of {name} "
            "({min_score}); {h} points of hysteresis keep it there until "
            "{points2}"
        ).format(
            score=formats.number(score),
            points=_points(here.min_score - score),
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
        score=formats.number(score), name=here.name, min_score=here.min_score
    )
    if current > 0:
        nxt = rings[current - 1]
        if not (nxt.customers_only and not f.is_customer):
            need = nxt.min_score + hysteresis
            words += _("; {name} needs {points} ({points2} points more)").format(
                name=nxt.name, points=_points(need), points2=_points(need - score)
            )
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
