"""The account-level suggestion rules: promote, demote, at risk, follow-up, satisfaction
check and renewal, from one walk over the accounts of the pass (referral asks and widen
collect their candidates there too; :mod:`.people_rules` words them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from circlesoftrust import formats
from circlesoftrust.engine.components import CONTACT_WORDS, picker
from circlesoftrust.engine.fact_queries import KEY_BITS, QUIET_SHIFT
from circlesoftrust.engine.people_rules import (
    quiet_referrers,
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
    """A ring's constants for the account loop, worked out once per pass (not per account)."""

    def __init__(self, ring: RingFacts, at_risk_cadences: float) -> None:
        self.ring = ring
        self.name = ring.name
        self.cadence = ring.cadence_days
        self.customers_only = ring.customers_only
        self.risk_after = at_risk_cadences * (ring.cadence_days or 0)
        self.risk_days = int(self.risk_after)
        self.move_priority = NORMAL if ring.position > 1 else HIGH  # a promotion is NORMAL
        self.risk_priority = HIGH if ring.position == 0 else NORMAL
        self.follow_up_priority = NORMAL if ring.position <= 1 else LOW


_SUGGESTED = picker(
    "carrier_low",
    "carrier_high",
    "last_purchase",
    "purchases",
    "renewal",
    "last_feedback",
    "last_promoter",
    "last_contact",
    "last_contact_kind",
    "decider_quiet_key",
    "decider_low_key",
)
_KEY_SHIFT = KEY_BITS


def account_suggestions(ctx: RuleContext) -> Iterator[Suggestion]:
    """Promote, demote, at-risk, follow-up, satisfaction check, renewal, referral ask, widen.

    One pass over the accounts with local names (it runs 100,000 times on a big database);
    the rarer kinds are in helpers. Referral asks and widen need names of people: their
    candidates are collected here and read together afterwards.
    """
    s, facts = ctx.settings, ctx.facts
    day = ctx.day_ord
    scores, fixes = ctx.scores, facts.carrier_fixes
    rules = [_RingRules(ring, s.at_risk_cadences) for ring in ctx.rings]
    promoter_since = day - s.promoter_recent_days
    sat_after = s.satisfaction_after_days
    sat_until = sat_after + s.satisfaction_window_days
    renew_from, renew_to = day - s.renewal_overdue_days, day + s.renewal_within_days
    renew_within = s.renewal_within_days
    referral_candidates: list[tuple[int, int]] = []
    widen_candidates: list[tuple[int, tuple[int, ...]]] = []
    check_candidates: list[tuple[int, str, int, int]] = []
    pinned_moves: list[tuple[int, str, _RingRules, RingFacts, float, str]] = []
    never_contacted: list[tuple[int, str, _RingRules]] = []
    decider_candidates: list[tuple[int, int, int, int, int, int]] = []
    pin_holds = facts.pinned
    unpack = _SUGGESTED.unpack
    for aid, name, _ring_id, pinned, packed in facts.accounts:
        (
            low, high, last_purchase, purchases, renewal, last_answer, promoted, last, how,
            quiet_decider, low_decider,
        ) = unpack(packed)  # fmt: skip
        score, _values, pos, target, why = scores[aid]
        ring = rules[pos]
        if target != pos:
            if pinned and pin_holds(aid, pinned):
                pinned_moves.append((aid, name, ring, rules[target].ring, score, why))
            else:
                yield _move(ctx, aid, name, ring, rules[target].ring, score, why)
        # Dates are day numbers, 0 = none (0 is before any window and after no date).
        cadence = ring.cadence
        if cadence:
            if not last:  # no contact yet: silent since its creation (read below)
                never_contacted.append((aid, name, ring))
            elif ring.customers_only and day - last >= ring.risk_after:
                yield _at_risk(ctx, aid, name, ring, last, day - last, how)
            elif day - last >= cadence:
                yield _follow_up(ctx, aid, name, ring, last, day - last, how)
            # A decision maker (or finance) at "awareness" or below for a cadence since
            # added, or untouched for two cadences (the keys: .fact_queries.DECIDER_COLUMNS).
            quiet_raw = quiet_decider
            if low_decider and day - (low_decider >> _KEY_SHIFT) < cadence:
                low_decider = 0
            if quiet_decider and day - (quiet_decider >> QUIET_SHIFT) < 2 * cadence:
                quiet_decider = 0
            # Only the inner rings, where a decider is worth reaching, and only while the
            # account itself is in touch (else its follow-up or at-risk comes first).
            if pos > 1 or not last or day - last >= cadence:
                low_decider = quiet_decider = 0
            if low_decider or quiet_decider:
                decider_candidates.append(
                    (aid, pos, cadence, low_decider, quiet_decider, quiet_raw)
                )
        if purchases:
            if sat_after <= day - last_purchase < sat_until and last_answer < last_purchase:
                check_candidates.append((aid, name, pos, last_purchase))
            if renew_from <= renewal <= renew_to and last_purchase < renewal - renew_within:
                yield _renewal(ctx, aid, name, pos, renewal)
            if ring.customers_only:
                # FactTable.carriers inlined: most accounts have no hand-set fix.
                fixed = fixes.get(aid) if fixes else None
                if fixed is not None:
                    if len(fixed) <= 1:
                        widen_candidates.append((aid, fixed))
                elif low == high:  # one carrier, or none (0, 0)
                    widen_candidates.append((aid, (low,) if high else ()))
        if promoted > promoter_since:
            referral_candidates.append((aid, promoted))
    yield from _overriding_moves(ctx, pinned_moves)
    yield from _silent_since_created(ctx, never_contacted)
    yield from _satisfaction_checks(ctx, check_candidates)
    yield from referral_asks(ctx, quiet_referrers(ctx, referral_candidates))
    yield from widen(ctx, widen_candidates)
    yield from reach_decision_makers(ctx, decider_candidates)


def _silent_since_created(
    ctx: RuleContext, accounts: list[tuple[int, str, _RingRules]]
) -> Iterator[Suggestion]:
    """Follow-ups and at-risk suggestions of accounts with no contact yet: their silence
    counts from the day they were created, so a new account is not "at risk" the moment it
    exists. Creation days are read for these accounts alone (few: most have a contact)."""
    if not accounts:
        return
    a = Account.__table__.c
    created: dict[int, int | None] = {}
    days = ctx.facts.days
    wanted = sorted(aid for aid, _name, _ring in accounts)
    for aid, when in fetch_rows(
        ctx.session, select(a.id, raw(a.created_at)).where(among(a.id, wanted))
    ):
        created[aid] = days[when]
    day = ctx.day_ord
    for aid, name, ring in accounts:
        since = created.get(aid)
        if since is None:
            continue
        silent = day - since
        if ring.customers_only and silent >= ring.risk_after:
            yield _at_risk(ctx, aid, name, ring, None, silent, 0, since)
        elif silent >= (ring.cadence or 0):
            yield _follow_up(ctx, aid, name, ring, None, silent, 0, since)


def _never_words(since: int, silent: int) -> str:
    """The silence of an account with no contact yet, counted from its creation."""
    return _("no contact since it was created on {day} ({days} ago)").format(
        day=formats.date(from_day(since)), days=days_text(silent)
    )


def _overriding_moves(
    ctx: RuleContext, moves: list[tuple[int, str, _RingRules, RingFacts, float, str]]
) -> Iterator[Suggestion]:
    """Moves of pinned accounts (the gap is big enough): each says it overrides the user's
    own move, naming its date (the account's last move by hand)."""
    if not moves:
        return
    rc = RingChange.__table__.c
    latest: dict[int, tuple[Any, int]] = {}
    for aid, changed, change_id in fetch_rows(
        ctx.session,
        select(rc.account_id, raw(rc.changed_on), rc.id).where(
            among(rc.account_id, sorted(m[0] for m in moves)),
            rc.source == RingChangeSource.MANUAL.value,
            rc.changed_on <= ctx.day,
        ),
    ):
        seen = latest.get(aid)
        if seen is None or (changed, change_id) > seen:
            latest[aid] = (changed, change_id)
    days = ctx.facts.days
    for aid, name, here, there, score, why in moves:
        item = _move(ctx, aid, name, here, there, score, why)
        moved = days[latest[aid][0]] if aid in latest else None
        when = _("of {day}").format(day=formats.date(from_day(moved))) if moved else ""
        end = ctx.facts.pin_ends.get(aid)
        pin = (
            _("pinned until {day}").format(day=formats.date(from_day(end)))
            if end
            else _("pinned until unpinned")
        )
        rings = abs(there.position - here.ring.position)
        yield item._replace(reason=(_overriding_words, item[REASON_AT], when, pin, rings))


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
    ctx: RuleContext, candidates: list[tuple[int, str, int, int]]
) -> Iterator[Suggestion]:
    """Satisfaction checks of the candidates that logged no check since their purchase.

    A feedback answer clears the check (the candidates have none since); so does a
    touchpoint the user marks as the check: one of kind "feedback" (how did it go?),
    whatever its direction. Read for the candidates alone (few: a window after a purchase).
    """
    if not candidates:
        return
    checked: set[int] = set()
    t = Touchpoint.__table__.c
    earliest = from_day(min(c[3] for c in candidates))
    bought = {aid: last_purchase for aid, _name, _pos, last_purchase in candidates}
    days = ctx.facts.days
    # The ids bound as one value (sqlbits.among): an IN list per 900 of the ~6,000
    # candidates at 100,000 accounts bound each id at every execution.
    for aid, when in fetch_rows(
        ctx.session,
        select(t.account_id, raw(t.occurred_on)).where(
            among(t.account_id, sorted(bought)),
            t.kind == TouchpointKind.FEEDBACK.value,
            t.occurred_on >= earliest,
            t.occurred_on <= ctx.day,
        ),
    ):
        on = days[when]
        if on is not None and on >= bought[aid]:
            checked.add(aid)
    for aid, name, pos, last_purchase in candidates:
        if aid not in checked:
            yield _satisfaction_check(ctx, aid, name, pos, last_purchase)


def _last_contact_words(last: int | None, how: int) -> str:
    """What the last contact was, for a reason ("" when there was none)."""
    if last is None or not how:
        return ""
    return " " + _("(last contact: {what} on {day})").format(
        what=_(CONTACT_WORDS[how]), day=formats.date(from_day(last))
    )


def _move(
    ctx: RuleContext,
    aid: int,
    name: str,
    here: _RingRules,
    there: RingFacts,
    score: float,
    why: str,
) -> Suggestion:
    inward = there.position < here.ring.position
    kind = SuggestionKind.PROMOTE if inward else SuggestionKind.DEMOTE
    pos, target = here.ring.position, there.position
    return Suggestion(
        f"{kind}:acc:{aid}",
        kind.value,
        aid,
        name,
        None,
        None,
        pos,
        target,
        (
            _move_words,
            name,
            why,
            inward,
            score,
            here.name,
            here.ring.min_score,
            there.name,
            there.min_score,
            ctx.settings.hysteresis_points,
            ctx.settings.new_client_days,
        ),
        (_move_action, name, there.name, inward),
        NORMAL if inward else here.move_priority,
        ctx.day,
        f"{kind.value}|{pos}|{target}",
        None,
        1,
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


def _at_risk(
    ctx: RuleContext,
    aid: int,
    name: str,
    ring: _RingRules,
    last: int | None,
    silent: int,
    how: int,
    created: int | None = None,
) -> Suggestion:
    """``last`` None: no contact yet, and ``silent`` counts from ``created``."""
    start = last if last is not None else created
    pos = ring.ring.position
    return Suggestion(
        f"at_risk:acc:{aid}",
        "at_risk",
        aid,
        name,
        None,
        None,
        pos,
        None,
        (_at_risk_words, name, ring.name, ring.cadence, last, silent, how, created),
        _("create a win-back task for the next two days"),
        ring.risk_priority,
        from_day(start + ring.risk_days) if start is not None else ctx.day,
        f"at_risk|{pos}|{last}",
        None,
        1,
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


def _follow_up(
    ctx: RuleContext,
    aid: int,
    name: str,
    ring: _RingRules,
    last: int | None,
    silent: int,
    how: int,
    created: int | None = None,
) -> Suggestion:
    """``last`` None: no contact yet, and ``silent`` counts from ``created``."""
    start = last if last is not None else created
    pos, cadence = ring.ring.position, ring.cadence
    assert cadence is not None
    return Suggestion(
        f"follow_up:acc:{aid}",
        "follow_up",
        aid,
        name,
        None,
        None,
        pos,
        None,
        (_follow_up_words, name, ring.name, cadence, last, silent, how, created),
        _("log the follow-up as a touchpoint today"),
        ring.follow_up_priority,
        from_day(start + cadence) if start is not None else ctx.day,
        f"follow_up|{pos}|{last}",
        None,
        1,
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


def _satisfaction_check(
    ctx: RuleContext, aid: int, name: str, pos: int, last_purchase: int
) -> Suggestion:
    return Suggestion(
        f"satisfaction_check:acc:{aid}",
        "satisfaction_check",
        aid,
        name,
        None,
        None,
        pos,
        None,
        (_satisfaction_words, name, last_purchase, ctx.day_ord - last_purchase),
        _("log the satisfaction check as a touchpoint (and its NPS, if given)"),
        NORMAL,
        from_day(last_purchase + ctx.settings.satisfaction_after_days),
        f"satisfaction|{last_purchase}",
        None,
        1,
    )


def _satisfaction_words(name: str, last_purchase: int, days: int) -> str:
    return _("ask {name} how the purchase of {bought} went ({days} ago, no feedback since)").format(
        name=name, bought=formats.date(from_day(last_purchase)), days=days_text(days)
    )


def _renewal(ctx: RuleContext, aid: int, name: str, pos: int, renewal: int) -> Suggestion:
    left = renewal - ctx.day_ord
    return Suggestion(
        f"renewal:acc:{aid}",
        "renewal",
        aid,
        name,
        None,
        None,
        pos,
        None,
        (_renewal_words, name, renewal, left),
        _("create a task to prepare the renewal offer"),
        HIGH if left <= 14 else NORMAL,
        from_day(renewal),
        f"renewal|{renewal}",
        None,
        1,
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
