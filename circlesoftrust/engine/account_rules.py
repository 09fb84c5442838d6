"""The account-level suggestion rules: promote, demote, at risk, follow-up, satisfaction
check and renewal, found over the accounts of the pass column by column (referral asks,
widen and reach-the-decider find their candidates there too; :mod:`.people_rules` words
them).

A pass at 100,000 accounts finds ~67,000 of these suggestions. Each rule is a mask over
whole columns (numpy: the facts of :attr:`.facts.FactTable.packed_values`, the ring's
constants indexed by ring position), so no Python step runs per account; only the hits
become :class:`Suggestion` tuples, built a field at a time (``zip`` and ``map`` in C),
with the fields a ring or kind shares given once. The suggestions are those of one walk
over the accounts, grouped by kind and ring instead of by account (the inbox sorts them;
``tests/unit/test_engine_account_rules.py`` holds both to the same output).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat
from operator import itemgetter
from typing import Any

import numpy as np
from sqlalchemy import literal_column, select

from circlesoftrust import formats
from circlesoftrust.engine.components import CONTACT_WORDS
from circlesoftrust.engine.fact_queries import KEY_BITS, QUIET_SHIFT
from circlesoftrust.engine.people_rules import (
    NONE,
    made,
    per_value,
    reach_decision_makers,
    referral_asks,
    widen,
)
from circlesoftrust.engine.placement import FLOOR, GATE
from circlesoftrust.engine.ring_facts import RingFacts
from circlesoftrust.engine.rule_context import RuleContext, days_text, from_day
from circlesoftrust.engine.sqlbits import among, fetch_rows, raw
from circlesoftrust.engine.suggestion_types import (
    HIGH,
    LOW,
    NORMAL,
    REASON_AT,
    Suggestion,
    SuggestionKind,
    Text,
    text_of,
)
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.models import Account, RingChange, Touchpoint
from circlesoftrust.vocabulary import RingChangeSource, TouchpointKind


class _RingRules:
    """A ring's constants for the rules, worked out once per pass (not per account)."""

    def __init__(self, ring: RingFacts, at_risk_cadences: float) -> None:
        self.ring = ring
        self.name = ring.name
        self.position = ring.position
        self.cadence = ring.cadence_days
        self.customers_only = ring.customers_only
        self.risk_after = at_risk_cadences * (ring.cadence_days or 0)
        self.risk_days = int(self.risk_after)
        self.move_priority = NORMAL if ring.position > 1 else HIGH  # a promotion is NORMAL
        self.risk_priority = HIGH if ring.position == 0 else NORMAL
        self.follow_up_priority = NORMAL if ring.position <= 1 else LOW


_KEY_SHIFT = KEY_BITS
_ID, _NAME = itemgetter(0), itemgetter(1)
_SCORE, _POSITION, _TARGET, _WHY = itemgetter(0), itemgetter(2), itemgetter(3), itemgetter(4)


class Accounts:
    """The accounts of a pass as columns: their facts (a numpy record array), ids, ring
    positions and target rings (from the scores), and what the suggestions of some of them
    name (``at``: row indexes)."""

    def __init__(self, ctx: RuleContext) -> None:
        facts = ctx.facts
        self.rows = rows = facts.accounts
        self.values = facts.packed_values
        count = len(rows)
        self.ids = np.fromiter(map(_ID, rows), np.int64, count=count)
        self.scores = scores = ctx.scores
        # The scores in the rows' order: as score_rows made them (else looked up by id).
        in_order = len(scores) == count and np.array_equal(
            np.fromiter(scores, np.int64, count=count), self.ids
        )
        scored = scores.values() if in_order else list(map(scores.__getitem__, self.ids.tolist()))
        self.position = np.fromiter(map(_POSITION, scored), np.int64, count=count)
        self.target = np.fromiter(map(_TARGET, scored), np.int64, count=count)

    def column(self, name: str) -> np.ndarray[Any, Any]:
        """One packed fact of every account, as 64-bit integers."""
        return self.values[name].astype(np.int64)

    def aids(self, at: np.ndarray[Any, Any]) -> list[int]:
        return self.ids[at].tolist()  # type: ignore[no-any-return]

    def names(self, at: np.ndarray[Any, Any]) -> list[str]:
        return list(map(_NAME, map(self.rows.__getitem__, at.tolist())))


def account_suggestions(ctx: RuleContext) -> list[Suggestion]:
    """Promote, demote, at-risk, follow-up, satisfaction check, renewal, referral ask, widen
    and reach the decision maker, for every account of the pass.

    Dates are day numbers, 0 = none (0 is before any window and after no date). The rarer
    cases (pinned moves, accounts never contacted) and the checks that read more facts
    (satisfaction checks, the people named) go to helpers with their candidates.
    """
    s = ctx.settings
    day = ctx.day_ord
    rules = [_RingRules(ring, s.at_risk_cadences) for ring in ctx.rings]
    cols = Accounts(ctx)
    pos = cols.position
    # The ring's constants for every account (indexed by its ring position).
    cadence = np.array([r.cadence or 0 for r in rules], np.int64)[pos]
    customers_only = np.array([r.customers_only for r in rules], bool)[pos]
    risk_after = np.array([r.risk_after for r in rules], np.float64)[pos]
    last = cols.column("last_contact")
    silent = day - last
    # Rings with a cadence: no contact yet (silent since created, read below), at risk
    # (customers-only rings) or a follow-up due.
    cadenced = cadence > 0
    contacted = cadenced & (last != 0)
    at_risk = contacted & customers_only & (silent >= risk_after)
    follow_up = contacted & ~at_risk & (silent >= cadence)
    # A decision maker (or finance) at "awareness" or below for a cadence since added, or
    # untouched for two cadences (the keys: .fact_queries.DECIDER_COLUMNS); only in the
    # inner rings, where a decider is worth reaching, and only while the account itself is
    # in touch (else its follow-up or at-risk comes first).
    in_touch = contacted & (pos <= 1) & (silent < cadence)
    low_key, quiet_key = cols.column("decider_low_key"), cols.column("decider_quiet_key")
    low = in_touch & (low_key != 0) & (day - (low_key >> _KEY_SHIFT) >= cadence)
    quiet = in_touch & (quiet_key != 0) & (day - (quiet_key >> QUIET_SHIFT) >= 2 * cadence)
    # Customers: the satisfaction check after a purchase, the renewal, one carrier or none.
    customer = cols.values["purchases"] != 0
    last_purchase = cols.column("last_purchase")
    bought = day - last_purchase
    sat_after = s.satisfaction_after_days
    checks = (
        customer
        & (bought >= sat_after)
        & (bought < sat_after + s.satisfaction_window_days)
        & (cols.column("last_feedback") < last_purchase)
    )
    renewal = cols.column("renewal")
    renewals = (
        customer
        & (renewal >= day - s.renewal_overdue_days)
        & (renewal <= day + s.renewal_within_days)
        & (last_purchase < renewal - s.renewal_within_days)
    )
    # Recent promoters who have not referred anyone lately.
    promoted = cols.column("last_promoter")
    referrers = (promoted > day - s.promoter_recent_days) & (
        cols.column("last_referral") <= day - s.referral_quiet_days
    )

    out = _moves(ctx, rules, cols, np.flatnonzero(cols.target != pos))
    for ring in rules:
        if not ring.cadence:
            continue
        here = pos == ring.position
        for mask, risk in ((at_risk, True), (follow_up, False)):
            at = np.flatnonzero(mask & here)
            if len(at):
                out += _silences(
                    ring, risk, cols.aids(at), cols.names(at), last[at], silent[at].tolist(),
                    cols.values["last_contact_kind"][at].tolist(), None,
                )  # fmt: skip
    out += _renewals(ctx, cols, np.flatnonzero(renewals), renewal)
    out += _silent_since_created(ctx, rules, cols, np.flatnonzero(cadenced & (last == 0)))
    out += _satisfaction_checks(ctx, cols, np.flatnonzero(checks), last_purchase)
    at = np.flatnonzero(referrers)
    out += referral_asks(
        ctx,
        cols.aids(at),
        cols.names(at),
        pos[at].tolist(),
        promoted[at].tolist(),
        cols.column("last_referral")[at].tolist(),
    )
    out += _widen(ctx, cols, np.flatnonzero(customer & customers_only))
    at = np.flatnonzero(low | quiet)
    out += reach_decision_makers(
        ctx,
        cols.ids[at],
        cols.names(at),
        pos[at],
        cadence[at],
        np.where(low[at], low_key[at], 0),
        np.where(quiet[at], quiet_key[at], 0),
        quiet_key[at],
    )
    return out


def _moves(
    ctx: RuleContext,
    rules: list[_RingRules],
    cols: Accounts,
    at: np.ndarray[Any, Any],
) -> list[Suggestion]:
    """The moves of the accounts ``at`` whose target ring is not theirs: a pinned account's
    only when its pin no longer holds, or as a counter-suggestion (:func:`_overriding`)."""
    if not len(at):
        return []
    pin_holds = ctx.facts.pinned
    rows = cols.rows
    held = [
        k
        for k, (aid, i) in enumerate(zip(cols.ids[at].tolist(), at.tolist(), strict=True))
        if rows[i][3] and pin_holds(aid, rows[i][3])
    ]
    if not held:
        return _moves_of(ctx, rules, cols, at)
    free = np.ones(len(at), dtype=bool)
    free[held] = False
    return _moves_of(ctx, rules, cols, at[free]) + _overriding(
        ctx, _moves_of(ctx, rules, cols, at[held])
    )


def _moves_of(
    ctx: RuleContext, rules: list[_RingRules], cols: Accounts, at: np.ndarray[Any, Any]
) -> list[Suggestion]:
    """The moves of the accounts ``at``, built per (ring, target ring)."""
    out: list[Suggestion] = []
    if not len(at):
        return out
    pair = cols.position[at] * len(rules) + cols.target[at]
    s = ctx.settings
    hysteresis, new_client_days = s.hysteresis_points, s.new_client_days
    for code in np.unique(pair).tolist():
        here, there = rules[code // len(rules)], rules[code % len(rules)].ring
        inward = there.position < here.position
        kind = (SuggestionKind.PROMOTE if inward else SuggestionKind.DEMOTE).value
        some = at[pair == code]
        aids, names = cols.aids(some), cols.names(some)
        scored = list(map(cols.scores.__getitem__, aids))
        out += made(
            [f"{kind}:acc:{aid}" for aid in aids],
            repeat(kind),
            aids,
            names,
            NONE,
            NONE,
            repeat(here.position),
            repeat(there.position),
            zip(
                repeat(_move_words),
                names,
                map(_WHY, scored),
                repeat(inward),
                map(_SCORE, scored),
                repeat(here.name),
                repeat(here.ring.min_score),
                repeat(there.name),
                repeat(there.min_score),
                repeat(hysteresis),
                repeat(new_client_days),
            ),
            zip(repeat(_move_action), names, repeat(there.name), repeat(inward)),
            repeat(NORMAL if inward else here.move_priority),
            repeat(ctx.day),
            repeat(f"{kind}|{here.position}|{there.position}"),
            NONE,
            repeat(1),
            repeat(()),
        )
    return out


def _silences(
    ring: _RingRules,
    risk: bool,
    aids: list[int],
    names: list[str],
    lasts: np.ndarray[Any, Any] | None,
    silents: list[int],
    hows: list[int],
    created: np.ndarray[Any, Any] | None,
) -> list[Suggestion]:
    """At-risk (``risk``) or follow-up suggestions of accounts of ``ring``: silent since
    their last contact (``lasts``, day numbers), or since ``created`` when they had none
    (``lasts`` None)."""
    words: Callable[..., str]
    if risk:
        kind, after, priority = "at_risk", ring.risk_days, ring.risk_priority
        words, action = _at_risk_words, _("create a win-back task for the next two days")
    else:
        assert ring.cadence is not None
        kind, after, priority = "follow_up", ring.cadence, ring.follow_up_priority
        words, action = _follow_up_words, _("log the follow-up as a touchpoint today")
    pos = ring.position
    key_of = f"{kind}|{pos}|{{}}".format
    if lasts is not None:
        last_days: Iterable[Any] = lasts.tolist()
        dues, prints = per_value(lasts, lambda last: from_day(last + after), key_of)
        since: Iterable[Any] = NONE
    else:
        assert created is not None
        last_days, since = NONE, created.tolist()
        dues = per_value(created, lambda start: from_day(start + after))[0]
        prints = [key_of(None)] * len(aids)
    return made(
        [f"{kind}:acc:{aid}" for aid in aids],
        repeat(kind),
        aids,
        names,
        NONE,
        NONE,
        repeat(pos),
        NONE,
        zip(
            repeat(words),
            names,
            repeat(ring.name),
            repeat(ring.cadence),
            last_days,
            silents,
            hows,
            since,
        ),
        repeat(action),
        repeat(priority),
        dues,
        prints,
        NONE,
        repeat(1),
        repeat(()),
    )


def _renewals(
    ctx: RuleContext, cols: Accounts, at: np.ndarray[Any, Any], renewal: np.ndarray[Any, Any]
) -> list[Suggestion]:
    if not len(at):
        return []
    aids, names = cols.aids(at), cols.names(at)
    renewals = renewal[at]
    left = renewals - ctx.day_ord
    renewals_list = renewals.tolist()
    dues, prints = per_value(renewals, from_day, "renewal|{}".format)
    return made(
        [f"renewal:acc:{aid}" for aid in aids],
        repeat("renewal"),
        aids,
        names,
        NONE,
        NONE,
        cols.position[at].tolist(),
        NONE,
        zip(repeat(_renewal_words), names, renewals_list, left.tolist()),
        repeat(_("create a task to prepare the renewal offer")),
        np.where(left <= 14, HIGH, NORMAL).tolist(),
        dues,
        prints,
        NONE,
        repeat(1),
        repeat(()),
    )


def _widen(ctx: RuleContext, cols: Accounts, at: np.ndarray[Any, Any]) -> list[Suggestion]:
    """Customers of customers-only rings (``at``) carried by one person or none: the
    carriers after hand-set stages or archiving (:meth:`.facts.FactTable.carriers`)."""
    high = cols.values["carrier_high"][at]
    alone = cols.values["carrier_low"][at] == high  # one carrier, or none (0, 0)
    fixes = ctx.facts.carrier_fixes
    fixed_at: dict[int, tuple[int, ...]] = {}
    if fixes and len(at):
        ids = cols.ids[at]
        keys = np.array(sorted(fixes), dtype=np.int64)
        found = keys[np.minimum(np.searchsorted(keys, ids), len(keys) - 1)] == ids
        for k in np.flatnonzero(found).tolist():
            fixed = fixed_at[k] = fixes[int(ids[k])]
            alone[k] = len(fixed) <= 1
    keep = np.flatnonzero(alone)
    carriers: list[tuple[int, ...]] = [(one,) if one else () for one in high[keep].tolist()]
    if fixed_at:
        for j, k in enumerate(keep.tolist()):
            if k in fixed_at:
                carriers[j] = fixed_at[k]
    at = at[keep]
    return widen(ctx, cols.aids(at), cols.names(at), cols.position[at].tolist(), carriers)


def _silent_since_created(
    ctx: RuleContext, rules: list[_RingRules], cols: Accounts, at: np.ndarray[Any, Any]
) -> list[Suggestion]:
    """Follow-ups and at-risk suggestions of accounts with no contact yet: their silence
    counts from the day they were created, so a new account is not "at risk" the moment it
    exists. Creation days are read for these accounts alone (few: most have a contact)."""
    if not len(at):
        return []
    a = Account.__table__.c
    created: dict[int, int | None] = {}
    days = ctx.facts.days
    aids, names = cols.aids(at), cols.names(at)
    for aid, when in fetch_rows(
        ctx.session, select(a.id, raw(a.created_at)).where(among(a.id, sorted(aids)))
    ):
        created[aid] = days[when]
    day = ctx.day_ord
    found: dict[tuple[int, bool], tuple[list[int], list[str], list[int], list[int]]] = {}
    for aid, name, pos in zip(aids, names, cols.position[at].tolist(), strict=True):
        since = created.get(aid)
        if since is None:
            continue
        ring, silent = rules[pos], day - since
        if ring.customers_only and silent >= ring.risk_after:
            key = (pos, True)
        elif silent >= (ring.cadence or 0):
            key = (pos, False)
        else:
            continue
        group = found.setdefault(key, ([], [], [], []))
        group[0].append(aid)
        group[1].append(name)
        group[2].append(silent)
        group[3].append(since)
    out: list[Suggestion] = []
    for (pos, risk), (ids, their_names, silents, starts) in found.items():
        out += _silences(
            rules[pos], risk, ids, their_names, None, silents, [0] * len(ids), np.array(starts)
        )
    return out


def _never_words(since: int, silent: int) -> str:
    """The silence of an account with no contact yet, counted from its creation."""
    return _("no contact since it was created on {day} ({days} ago)").format(
        day=formats.date(from_day(since)), days=days_text(silent)
    )


def _overriding(ctx: RuleContext, moves: list[Suggestion]) -> list[Suggestion]:
    """Moves of pinned accounts (the gap is big enough): each says it overrides the user's
    own move, naming its date (the account's last move by hand)."""
    rc = RingChange.__table__.c
    latest: dict[int, tuple[Any, int]] = {}
    for aid, changed, change_id in fetch_rows(
        ctx.session,
        select(rc.account_id, raw(rc.changed_on), rc.id).where(
            among(rc.account_id, sorted(m[2] for m in moves)),
            rc.source == RingChangeSource.MANUAL.value,
            rc.changed_on <= ctx.day,
        ),
    ):
        seen = latest.get(aid)
        if seen is None or (changed, change_id) > seen:
            latest[aid] = (changed, change_id)
    days = ctx.facts.days
    out = []
    for item in moves:
        aid, here, there = item.account_id, item.ring_position, item.target_ring_position
        assert aid is not None and here is not None and there is not None
        moved = days[latest[aid][0]] if aid in latest else None
        when = _("of {day}").format(day=formats.date(from_day(moved))) if moved else ""
        end = ctx.facts.pin_ends.get(aid)
        pin = (
            _("pinned until {day}").format(day=formats.date(from_day(end)))
            if end
            else _("pinned until unpinned")
        )
        rings = abs(there - here)
        out.append(item._replace(reason=(_overriding_words, item[REASON_AT], when, pin, rings)))
    return out


def _overriding_words(reason: Text, when: str, pin: str, rings: int) -> str:
    """A move of a pinned account: it says that it overrides the user's own move."""
    return (
        ngettext(
            "{reason}; this overrides your own move {when} ({pin}): the score is now {n} ring away",
            "{reason}; this overrides your own move {when} ({pin}): the score is now {n} "
            "rings away",
            rings,
        )
        .format(reason=text_of(reason), when=when, pin=pin, n=rings)
        .replace("  ", " ")
    )


def _satisfaction_checks(
    ctx: RuleContext, cols: Accounts, at: np.ndarray[Any, Any], last_purchase: np.ndarray[Any, Any]
) -> list[Suggestion]:
    """Satisfaction checks of the candidates ``at`` that logged no check since their
    purchase.

    A feedback answer clears the check (the candidates have none since); so does a
    touchpoint the user marks as the check: one of kind "feedback" (how did it go?),
    whatever its direction. Read for the candidates alone (few: a window after a purchase).
    """
    if not len(at):
        return []
    aids = cols.aids(at)
    purchases = last_purchase[at].tolist()
    bought = dict(zip(aids, purchases, strict=True))
    checked: set[int] = set()
    t = Touchpoint.__table__.c
    days = ctx.facts.days
    # The ids bound as one value (sqlbits.among): an IN list per 900 of the ~6,000
    # candidates at 100,000 accounts bound each id at every execution.
    for aid, when in fetch_rows(
        ctx.session,
        select(t.account_id, raw(t.occurred_on)).where(
            among(t.account_id, sorted(bought)),
            # A literal, not a parameter: it must match the partial index's WHERE
            # (ix_touchpoints_feedback: these touchpoints alone).
            t.kind == literal_column(f"'{TouchpointKind.FEEDBACK.value}'"),
            t.occurred_on >= from_day(min(purchases)),
            t.occurred_on <= ctx.day,
        ),
    ):
        on = days[when]
        if on is not None and on >= bought[aid]:
            checked.add(aid)
    if checked:
        keep = [k for k, aid in enumerate(aids) if aid not in checked]
        at, aids = at[keep], list(map(aids.__getitem__, keep))
        purchases = list(map(purchases.__getitem__, keep))
    day, sat_after = ctx.day_ord, ctx.settings.satisfaction_after_days
    names = cols.names(at)
    return made(
        [f"satisfaction_check:acc:{aid}" for aid in aids],
        repeat("satisfaction_check"),
        aids,
        names,
        NONE,
        NONE,
        cols.position[at].tolist(),
        NONE,
        zip(repeat(_satisfaction_words), names, purchases, [day - p for p in purchases]),
        repeat(_("log the satisfaction check as a touchpoint (and its NPS, if given)")),
        repeat(NORMAL),
        *per_value(
            np.array(purchases, dtype=np.int64),
            lambda bought: from_day(bought + sat_after),
            "satisfaction|{}".format,
        ),
        NONE,
        repeat(1),
        repeat(()),
    )


def _last_contact_words(last: int | None, how: int) -> str:
    """What the last contact was, for a reason ("" when there was none)."""
    if last is None or not how:
        return ""
    return " " + _("(last contact: {what} on {day})").format(
        what=_(CONTACT_WORDS[how]), day=formats.date(from_day(last))
    )


def _move_action(name: str, ring: str, inward: bool) -> str:
    return (
        _("move {name} to {ring}, create its checklist tasks and grant its perks")
        if inward
        else _("move {name} to {ring}")
    ).format(name=name, ring=ring)


def _move_words(
    name: str,
    why: str,
    inward: bool,
    score: float,
    here: str,
    here_min: int,
    there: str,
    there_min: int,
    hysteresis: float,
    new_client_days: int,
) -> str:
    """A move's reason ("Acme: trust score 61.6 is 8.4 points below ...; move from ...")."""
    if why == FLOOR and not inward:  # out, but no further than the new clients' ring
        reason = ngettext(
            "trust score {score} is {value} point below the threshold of {name} "
            "({min_score}); a purchase in the last {new_client_days} days keeps it at "
            "least in {name2}",
            "trust score {score} is {value} points below the threshold of {name} "
            "({min_score}); a purchase in the last {new_client_days} days keeps it at "
            "least in {name2}",
            formats.score_gap_count(score, here_min),
        ).format(
            score=formats.score(score),
            value=formats.score_gap(score, here_min),
            name=here,
            min_score=here_min,
            new_client_days=new_client_days,
            name2=there,
        )
    elif why == FLOOR:
        reason = _(
            "a purchase in the last {new_client_days} days makes it a new "
            "client; recent customers sit at least in {name} (trust score "
            "{score} alone would leave it in {name2})"
        ).format(
            new_client_days=new_client_days,
            name=there,
            score=formats.score(score),
            name2=here,
        )
    elif why == GATE:
        reason = _("{name} is for customers only and there is no purchase yet").format(name=here)
    elif inward:
        need = there_min + hysteresis
        reason = ngettext(
            "trust score {score} reaches {name} (threshold {min_score} + "
            "{hysteresis} hysteresis; {value} point to spare)",
            "trust score {score} reaches {name} (threshold {min_score} + "
            "{hysteresis} hysteresis; {value} points to spare)",
            formats.score_gap_count(score, need),
        ).format(
            score=formats.score(score),
            name=there,
            min_score=there_min,
            hysteresis=formats.number(hysteresis),
            value=formats.score_gap(score, need),
        )
    else:
        reason = ngettext(
            "trust score {score} is {value} point below the threshold of {name} ({min_score})",
            "trust score {score} is {value} points below the threshold of {name} ({min_score})",
            formats.score_gap_count(score, here_min),
        ).format(
            score=formats.score(score),
            value=formats.score_gap(score, here_min),
            name=here,
            min_score=here_min,
        )
    return _("{name}: {reason}; move from {name2} to {name3}").format(
        name=name, reason=reason, name2=here, name3=there
    )


def _at_risk_words(
    name: str,
    ring: str,
    cadence: int | None,
    last: int | None,
    silent: int,
    how: int,
    created: int | None,
) -> str:
    words = (
        _("silent for {days}{last_contact_words}").format(
            days=days_text(silent), last_contact_words=_last_contact_words(last, how)
        )
        if last is not None or created is None
        else _never_words(created, silent)
    )
    return _("{name} is at risk: {words}; {name2} expects contact every {cadence} days").format(
        name=name, words=words, name2=ring, cadence=cadence
    )


def _follow_up_words(
    name: str,
    ring: str,
    cadence: int,
    last: int | None,
    silent: int,
    how: int,
    created: int | None,
) -> str:
    words = (
        _("last contact {days} ago").format(days=days_text(silent))
        + (
            _(": {what} on {day}").format(
                what=_(CONTACT_WORDS[how]), day=formats.date(from_day(last))
            )
            if last and how
            else ""
        )
        if last is not None or created is None
        else _never_words(created, silent)
    )
    return _("follow up with {name}: {words}; {name2} expects one every {cadence} days").format(
        name=name, words=words, name2=ring, cadence=cadence
    )


def _satisfaction_words(name: str, last_purchase: int, days: int) -> str:
    return _("ask {name} how the purchase of {bought} went ({days} ago, no feedback since)").format(
        name=name, bought=formats.date(from_day(last_purchase)), days=days_text(days)
    )


def _renewal_words(name: str, renewal: int, left: int) -> str:
    when = (
        _("in {days}").format(days=days_text(left))
        if left > 0
        else _("today")
        if left == 0
        else _("{days_text} ago, with no renewal recorded").format(days_text=days_text(-left))
    )
    return _("{name}'s renewal is due {day} ({when})").format(
        name=name, day=formats.date(from_day(renewal)), when=when
    )
