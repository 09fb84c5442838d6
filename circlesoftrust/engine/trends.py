"""What moved a score, in words: the part of a move or at-risk reason that compares the
account's facts today with its baseline snapshot (:mod:`.score_history`).

For each component the change in points (today's weights on both values, so only facts
count) is worked out; the two or three that moved most are named with the facts behind
them, biggest first, each with its points and component: "no contact for 47 days (last:
a touchpoint on 2026-09-18) (-12 engagement); NPS 3 from Ann Lee (finance) on 2026-11-02
(-8 friction)". The score then and now comes first, so a cooling relationship shows.
When the revenue component moved while the account's own revenue did not, the words say
that other accounts' revenue moved its rank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine.components import CONTACT_WORDS
from circlesoftrust.engine.score_history import Baseline
from circlesoftrust.engine.sqlbits import DayNumbers, fetch_rows, indexed_by, raw
from circlesoftrust.engine_settings import COMPONENTS
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.models import CONTACT_PEOPLE_INDEX, Contact, Feedback
from circlesoftrust.vocabulary import word

# A component whose points moved less than this is not named.
MIN_POINTS = 0.5
# How many components a reason names at most.
NAMED = 3

_on = dt.date.fromordinal

# (account id) -> (nps, day number, contact name, role) of the answers a reason may name:
# the latest detractor (0-6) and the latest promoter (9-10) since the baseline.
Answers = dict[int, dict[str, tuple[int, int, str | None, str | None]]]


def _money(cents: int) -> str:
    return f"{formats.money(cents, cents_shown=False)}"


def _delta(points: float) -> str:
    return formats.points(points)  # whole points, as everywhere (MIN_POINTS: at least ±1)


def latest_answers(
    session: Session, ids: Collection[int], since: dict[int, int], day: dt.date
) -> Answers:
    """The latest detractor and promoter answer of each account since its baseline day
    (``since``: day numbers), with who gave it (one query for the few accounts)."""
    f = Feedback.__table__.c
    people = indexed_by(Contact.__table__, CONTACT_PEOPLE_INDEX)  # a quarter of the pages
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    earliest = _on(min(since[a] for a in wanted))
    out: Answers = {}
    order: dict[tuple[int, str], tuple[int, int]] = {}
    days = DayNumbers()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for aid, nps, given, fid, who, role in fetch_rows(
            session,
            select(f.account_id, f.nps, raw(f.given_on), f.id, people.c.name, people.c.role)
            .outerjoin(people, people.c.id == f.contact_id)
            .where(f.account_id.in_(chunk), f.given_on > earliest, f.given_on <= day),
        ):
            on = days[given]
            if on is None or on <= since[aid]:
                continue
            kind = "detractor" if nps <= 6 else "promoter" if nps >= 9 else None
            if kind is None:
                continue
            seen = order.get((aid, kind))
            if seen is None or (on, fid) > seen:
                order[(aid, kind)] = (on, fid)
                role_text = getattr(role, "value", role)
                who_role = role_text.replace("_", " ") if role_text else None
                out.setdefault(aid, {})[kind] = (nps, on, who, who_role)
    return out


def _answer(found: tuple[int, int, str | None, str | None] | None) -> str | None:
    if found is None:
        return None
    nps, on, who, role = found
    day = formats.date(_on(on))
    if not who:
        return _("NPS {nps} on {day}").format(nps=nps, day=day)
    if role and role != "other":
        return _("NPS {nps} from {who} ({role}) on {day}").format(
            nps=nps, who=who, role=word(role), day=day
        )
    return _("NPS {nps} from {who} on {day}").format(nps=nps, who=who, day=day)


def _revenue_words(then: dict[str, Any], now: dict[str, Any], percent: int) -> str:
    t12, n12 = then["revenue_12m_cents"], now["revenue_12m_cents"]
    if t12 != n12:
        return _("revenue in the last 12 months {then} → {now}").format(
            then=_money(t12), now=_money(n12)
        )
    tp, np_ = then["revenue_prev_cents"], now["revenue_prev_cents"]
    if tp != np_:
        return _("revenue of the year before {then} → {now} (counted {percent}%)").format(
            then=_money(tp), now=_money(np_), percent=percent
        )
    return _("its own revenue is unchanged: other accounts' revenue moved its rank")


def _loyalty_words(then: dict[str, Any], now: dict[str, Any]) -> str:
    bought = now["purchases"] - then["purchases"]
    if bought > 0:
        last = now["last_purchase"]
        return ngettext(
            "{n} new purchase (the last on {day})", "{n} new purchases (the last on {day})", bought
        ).format(n=bought, day=formats.date(_on(last)))
    if bought < 0:
        return _("purchases on record {then} → {now}").format(
            then=then["purchases"], now=now["purchases"]
        )
    if now["first_purchase"]:
        return _("a longer tenure (customer since {day})").format(
            day=formats.date(_on(now["first_purchase"]))
        )
    return _("no purchase yet")


def _engagement_words(
    then: dict[str, Any], now: dict[str, Any], day: int, points: float = 0.0
) -> str:
    parts = []
    last, how = now["last_contact"], now["last_contact_kind"]
    if not last:
        parts.append(_("no contact yet"))
    elif last > then["last_contact"] and points >= 0:  # fell since: the silence is the fact
        parts.append(
            _("contact again: {fact} on {day}").format(
                fact=_(CONTACT_WORDS[how]), day=formats.date(_on(last))
            )
        )
    else:
        parts.append(
            _("no contact for {days} days (last: {fact} on {day})").format(
                days=day - last, fact=_(CONTACT_WORDS[how]), day=formats.date(_on(last))
            )
        )
    t2, n2 = then["two_way_12m"], now["two_way_12m"]
    if t2 != n2:
        parts.append(_("two-way touches in 12 months {then} → {now}").format(then=t2, now=n2))
    return ", ".join(parts)


def _advocacy_words(
    then: dict[str, Any], now: dict[str, Any], answers: dict[str, Any]
) -> str | None:
    parts = []
    if then["referrals_12m"] != now["referrals_12m"]:
        parts.append(
            _("referrals in 12 months {then} → {now}").format(
                then=then["referrals_12m"], now=now["referrals_12m"]
            )
        )
    if (then["promoters_24m"], then["answers_24m"]) != (now["promoters_24m"], now["answers_24m"]):
        promoter = _answer(answers.get("promoter"))
        parts.append(
            promoter
            or _("promoters {then} of {then_n} → {now} of {now_n} NPS answers in 24 months").format(
                then=then["promoters_24m"],
                then_n=then["answers_24m"],
                now=now["promoters_24m"],
                now_n=now["answers_24m"],
            )
        )
    parts += _relational_words(then, now, above=True)
    return ", ".join(parts) or None


def _relational_words(then: dict[str, Any], now: dict[str, Any], *, above: bool) -> list[str]:
    """Relational scores' average then and now, when it moved on the component's side of 3."""
    t_n, n_n = then["relational_count_12m"], now["relational_count_12m"]
    t_mean = then["relational_sum_12m"] / t_n if t_n else None
    n_mean = now["relational_sum_12m"] / n_n if n_n else None
    if t_mean == n_mean:
        return []
    side = [m for m in (t_mean, n_mean) if m is not None and (m > 3.0 if above else m < 3.0)]
    if not side:
        return []
    none = _("none")
    return [
        _("relational scores average {then} → {now} of 5").format(
            then=none if t_mean is None else f"{t_mean:.1f}",
            now=none if n_mean is None else f"{n_mean:.1f}",
        )
    ]


def _friction_words(
    then: dict[str, Any], now: dict[str, Any], answers: dict[str, Any], day: int
) -> str | None:
    parts = []
    t_open, n_open = then["open_complaints"], now["open_complaints"]
    if t_open != n_open:
        if n_open and now["oldest_open_complaint"]:
            parts.append(
                _("open complaints {then} → {now} (the oldest opened {day})").format(
                    then=t_open, now=n_open, day=formats.date(_on(now["oldest_open_complaint"]))
                )
            )
        else:
            parts.append(_("open complaints {then} → {now}").format(then=t_open, now=n_open))
    if (then["detractors_12m"], then["answers_12m"]) != (now["detractors_12m"], now["answers_12m"]):
        detractor = _answer(answers.get("detractor"))
        parts.append(
            detractor
            if detractor and now["detractors_12m"] > then["detractors_12m"]
            else _(
                "detractors {then} of {then_n} → {now} of {now_n} NPS answers in 12 months"
            ).format(
                then=then["detractors_12m"],
                then_n=then["answers_12m"],
                now=now["detractors_12m"],
                now_n=now["answers_12m"],
            )
        )
    parts += _relational_words(then, now, above=False)
    return ", ".join(parts) or None


def describe(
    base: Baseline,
    score: float,
    values: tuple[float, ...],
    now: dict[str, Any],
    signed_points: tuple[float, ...],
    day: int,
    percent: int,
    answers: dict[str, Any] | None = None,
) -> str:
    """ "score 61.6 on 2026-09-03, 54.2 now: <fact> (-12 engagement); <fact> (-8 friction)"."""
    then = base.facts
    answers = answers or {}
    moved = []
    for k, name in enumerate(COMPONENTS):
        points = signed_points[k] * (values[k] - base.values[k])
        if abs(points) >= MIN_POINTS:
            moved.append((abs(points), k, name, points))
    moved.sort(key=lambda m: (-m[0], m[1]))
    named = []
    for _size, _k, name, points in moved[:NAMED]:
        if name == "revenue":
            words: str | None = _revenue_words(then, now, percent)
        elif name == "loyalty":
            words = _loyalty_words(then, now)
        elif name == "engagement":
            words = _engagement_words(then, now, day, points)
        elif name == "advocacy":
            words = _advocacy_words(then, now, answers)
        else:
            words = _friction_words(then, now, answers, day)
        named.append(
            _("{facts} ({points} {component})").format(
                facts=words or _("its facts"), points=_delta(points), component=name
            )
        )
    head = _("score {then} on {day}, {now} now").format(
        then=formats.score(base.score),
        day=formats.date(_on(base.as_of)),
        now=formats.score(score),
    )
    return head + (": " + "; ".join(named) if named else "")
