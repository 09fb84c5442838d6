"""The trust score explained in words: each component's facts (:func:`explain_components`)
and the points other accounts' revenue moved (:func:`relative_move`)."""

from __future__ import annotations

import datetime as dt

from circlesoftrust import formats
from circlesoftrust.engine.captured import captured_words
from circlesoftrust.engine.components import (
    CONTACT_TOUCH,
    CONTACT_WORDS,
)
from circlesoftrust.engine.facts import (
    AccountFacts,
    FactTable,
    effective_revenue,
)
from circlesoftrust.engine.revenue_baseline import revenue_value
from circlesoftrust.engine.ring_facts import RingFacts
from circlesoftrust.engine.score_points import _Tuned
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import _, ngettext


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
    """The explanation's words for :func:`relative_move` ("; +2 points since Jun 14, 2026:
    other accounts' revenue changed, its own did not"); nothing under 0.05 points."""
    moved = relative_move(account_id, eff, facts, settings)
    if moved is None or abs(moved) < 0.05 or facts.baseline is None:
        return ""
    if abs(moved) < 0.5:  # (scores read in whole points: "+0 points" would say nothing)
        return _(
            "; under one point since {day}: other accounts' revenue changed, its own did not"
        ).format(day=formats.date(facts.baseline.day))
    return _(
        "; {points} points since {day}: other accounts' revenue changed, its own did not"
    ).format(points=formats.points(moved), day=formats.date(facts.baseline.day))


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
