"""The rules that produce suggestions, one generator per kind (see :mod:`.suggestions`).

All of them read set-based: the account-level kinds walk the fact table of the scoring
pass once; complaints, perks and insights each add one or two small queries. Only
accounts with something to do become :class:`Suggestion` records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine._insight_due import insight_suggestions, members_from
from circlesoftrust.engine.components import CONTACT_WORDS, FACT, PACKED, picker
from circlesoftrust.engine.fact_queries import relational_scored
from circlesoftrust.engine.facts import FactTable, load_facts
from circlesoftrust.engine.people import DECIDER_ROLES
from circlesoftrust.engine.placement import FLOOR, GATE, Thresholds, place
from circlesoftrust.engine.possible_duplicates import duplicate_suggestions
from circlesoftrust.engine.revenue_baseline import MIN_RELATIVE_POINTS
from circlesoftrust.engine.ring_facts import RingFacts
from circlesoftrust.engine.score_history import baselines
from circlesoftrust.engine.scoring import ScoreRow, _Tuned, relative_move, score_rows
from circlesoftrust.engine.sqlbits import fetch_rows, raw
from circlesoftrust.engine.suggestion_types import (
    HIGH,
    LOW,
    NORMAL,
    Suggestion,
    SuggestionKind,
    fingerprint,
    fitted_fingerprint,
)
from circlesoftrust.engine.trends import describe, latest_answers
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import N_, _, ngettext
from circlesoftrust.models import (
    Complaint,
    Contact,
    Feedback,
    Perk,
    PerkGrant,
    RingChange,
    Touchpoint,
)
from circlesoftrust.vocabulary import ComplaintStatus, RingChangeSource, TouchpointKind, word


def _days(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=formats.number(n))


_on = dt.date.fromordinal  # a day number back to a date


class _Context:
    """Everything one generation pass needs (read inside one transaction)."""

    def __init__(
        self,
        session: Session,
        day: dt.date,
        settings: EngineSettings,
        facts: FactTable,
        scores: dict[int, ScoreRow],
    ) -> None:
        self.session = session
        self.day = day
        self.day_ord = day.toordinal()
        self.settings = settings
        self.facts = facts
        self.scores = scores
        self.rings = facts.rings
        # (id, name, ring id, ...) by id; one dict, not one per column (a quarter the cost).
        self.accounts = facts.by_id()
        self.contact_names: dict[int, str] = {}


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
)


def _account_suggestions(ctx: _Context) -> Iterator[Suggestion]:
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
    pin_holds = facts.pinned
    unpack = _SUGGESTED.unpack
    for aid, name, _ring_id, pinned, packed in facts.accounts:
        low, high, last_purchase, purchases, renewal, last_answer, promoted, last, how = unpack(
            packed
        )
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
            silent = day - last if last else None
            if ring.customers_only and (silent is None or silent >= ring.risk_after):
                yield _at_risk(ctx, aid, name, ring, last or None, silent, how)
            elif silent is None or silent >= cadence:
                yield _follow_up(ctx, aid, name, ring, last or None, silent, how)
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
    yield from _satisfaction_checks(ctx, check_candidates)
    yield from _referral_asks(ctx, _quiet_referrers(ctx, referral_candidates))
    yield from _widen(ctx, widen_candidates)


def _overriding_moves(
    ctx: _Context, moves: list[tuple[int, str, _RingRules, RingFacts, float, str]]
) -> Iterator[Suggestion]:
    """Moves of pinned accounts (the gap is big enough): each says it overrides the user's
    own move, naming its date (the account's last move by hand)."""
    if not moves:
        return
    rc = RingChange.__table__.c
    latest: dict[int, tuple[Any, int]] = {}
    for chunk in _chunks(sorted(m[0] for m in moves)):
        for aid, changed, change_id in fetch_rows(
            ctx.session,
            select(rc.account_id, raw(rc.changed_on), rc.id).where(
                rc.account_id.in_(chunk),
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
        when = _("of {day}").format(day=formats.date(_on(moved))) if moved else ""
        end = ctx.facts.pin_ends.get(aid)
        pin = (
            _("pinned until {day}").format(day=formats.date(_on(end)))
            if end
            else _("pinned until unpinned")
        )
        yield item._replace(
            reason=f"{item.reason}; this overrides your own move {when} ({pin}): the score "
            f"is now {abs(there.position - here.ring.position)} rings away".replace("  ", " "),
        )


def _satisfaction_checks(
    ctx: _Context, candidates: list[tuple[int, str, int, int]]
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
    earliest = _on(min(c[3] for c in candidates))
    bought = {aid: last_purchase for aid, _name, _pos, last_purchase in candidates}
    days = ctx.facts.days
    for chunk in _chunks(sorted(bought)):
        for aid, when in fetch_rows(
            ctx.session,
            select(t.account_id, raw(t.occurred_on)).where(
                t.account_id.in_(chunk),
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
        what=_(CONTACT_WORDS[how]), day=formats.date(_on(last))
    )


LAST_REFERRAL = FACT["last_referral"]


def _last_referral(ctx: _Context, aid: int) -> int:
    """The day number of the account's last referral (0: never)."""
    return int(PACKED.unpack(ctx.accounts[aid][4])[LAST_REFERRAL])


def _quiet_referrers(ctx: _Context, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The recent promoters who have not referred anyone lately (a referral ask is due)."""
    quiet_since = ctx.day_ord - ctx.settings.referral_quiet_days
    quiet = []
    for aid, promoted in candidates:
        if _last_referral(ctx, aid) <= quiet_since:  # 0: never referred
            quiet.append((aid, promoted))
    return quiet


def _move(
    ctx: _Context,
    aid: int,
    name: str,
    here: _RingRules,
    there: RingFacts,
    score: float,
    why: str,
) -> Suggestion:
    inward = there.position < here.ring.position
    kind = SuggestionKind.PROMOTE if inward else SuggestionKind.DEMOTE
    hysteresis = ctx.settings.hysteresis_points
    if why == FLOOR:
        reason = _(
            "a purchase in the last {new_client_days} days makes it a new "
            "client; recent customers sit at least in {name} (trust score "
            "{score} alone would leave it in {name2})"
        ).format(
            new_client_days=ctx.settings.new_client_days,
            name=there.name,
            score=formats.number(score),
            name2=here.name,
        )
    elif why == GATE:
        reason = _("{name} is for customers only and there is no purchase yet").format(
            name=here.name
        )
    elif inward:
        need = there.min_score + hysteresis
        reason = _(
            "trust score {score} reaches {name} (threshold {min_score} + "
            "{hysteresis} hysteresis; {value} points to spare)"
        ).format(
            score=formats.number(score),
            name=there.name,
            min_score=there.min_score,
            hysteresis=formats.number(hysteresis),
            value=formats.number(score - need, digits=1),
        )
    else:
        reason = _(
            "trust score {score} is {value} points below the threshold of {name} ({min_score})"
        ).format(
            score=formats.number(score),
            value=formats.number(here.ring.min_score - score, digits=1),
            name=here.name,
            min_score=here.ring.min_score,
        )
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
        _("{name}: {reason}; move from {name2} to {name3}").format(
            name=name, reason=reason, name2=here.name, name3=there.name
        ),
        f"move {name} to {there.name}"
        + (", create its checklist tasks and grant its perks" if inward else ""),
        NORMAL if inward else here.move_priority,
        ctx.day,
        f"{kind.value}|{pos}|{target}",
        None,
        1,
    )


def _at_risk(
    ctx: _Context,
    aid: int,
    name: str,
    ring: _RingRules,
    last: int | None,
    silent: int | None,
    how: int,
) -> Suggestion:
    words = (
        _("silent for {days}{last_contact_words}").format(
            days=_days(silent), last_contact_words=_last_contact_words(last, how)
        )
        if silent is not None
        else _("no contact yet")
    )
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
        _("{name} is at risk: {words}; {name2} expects contact every {cadence} days").format(
            name=name, words=words, name2=ring.name, cadence=ring.cadence
        ),
        _("create a win-back task for the next two days"),
        ring.risk_priority,
        _on(last + ring.risk_days) if last is not None else ctx.day,
        f"at_risk|{pos}|{last}",
        None,
        1,
    )


def _follow_up(
    ctx: _Context,
    aid: int,
    name: str,
    ring: _RingRules,
    last: int | None,
    silent: int | None,
    how: int,
) -> Suggestion:
    words = (
        _("last contact {days} ago").format(days=_days(silent))
        + (
            _(": {what} on {day}").format(what=_(CONTACT_WORDS[how]), day=formats.date(_on(last)))
            if last and how
            else ""
        )
        if silent is not None
        else _("no contact yet")
    )
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
        _("follow up with {name}: {words}; {name2} expects one every {cadence} days").format(
            name=name, words=words, name2=ring.name, cadence=cadence
        ),
        _("log the follow-up as a touchpoint today"),
        ring.follow_up_priority,
        _on(last + cadence) if last is not None else ctx.day,
        f"follow_up|{pos}|{last}",
        None,
        1,
    )


def _satisfaction_check(
    ctx: _Context, aid: int, name: str, pos: int, last_purchase: int
) -> Suggestion:
    bought = _on(last_purchase)
    return Suggestion(
        f"satisfaction_check:acc:{aid}",
        "satisfaction_check",
        aid,
        name,
        None,
        None,
        pos,
        None,
        _("ask {name} how the purchase of {bought} went ({days} ago, no feedback since)").format(
            name=name, bought=formats.date(bought), days=_days(ctx.day_ord - last_purchase)
        ),
        _("log the satisfaction check as a touchpoint (and its NPS, if given)"),
        NORMAL,
        _on(last_purchase + ctx.settings.satisfaction_after_days),
        f"satisfaction|{last_purchase}",
        None,
        1,
    )


def _renewal(ctx: _Context, aid: int, name: str, pos: int, renewal: int) -> Suggestion:
    left = renewal - ctx.day_ord
    when = (
        _("in {days}").format(days=_days(left))
        if left > 0
        else "today"
        if left == 0
        else f"{_days(-left)} ago, with no renewal recorded"
    )
    return Suggestion(
        f"renewal:acc:{aid}",
        "renewal",
        aid,
        name,
        None,
        None,
        pos,
        None,
        _("{name}'s renewal is due {day} ({when})").format(
            name=name, day=formats.date(_on(renewal)), when=when
        ),
        _("create a task to prepare the renewal offer"),
        HIGH if left <= 14 else NORMAL,
        _on(renewal),
        f"renewal|{renewal}",
        None,
        1,
    )


def _referral_asks(ctx: _Context, candidates: list[tuple[int, int]]) -> Iterator[Suggestion]:
    if not candidates:
        return
    s, day = ctx.settings, ctx.day
    promoters = _latest_promoters(ctx, [aid for aid, _ in candidates], day, s)
    for aid, promoted in candidates:
        name = ctx.accounts[aid][1]
        contact_id, nps = promoters.get(aid, (None, 9))
        who = ctx.contact_names.get(contact_id) if contact_id else None
        last_ref = _last_referral(ctx, aid) or None
        since = (
            _("no referral since {day}").format(day=formats.date(_on(last_ref)))
            if last_ref is not None
            else _("never referred anyone")
        )
        yield Suggestion(
            f"referral_ask:acc:{aid}",
            "referral_ask",
            aid,
            name,
            contact_id,
            who,
            ctx.facts.position_of[ctx.accounts[aid][2]],
            None,
            _("ask {who} for a referral: NPS {nps} on {day}, {since}").format(
                who=who or name, nps=nps, day=formats.date(_on(promoted)), since=since
            ),
            _("log the referral request as a touchpoint"),
            LOW,
            day,
            fingerprint("referral_ask", contact_id, promoted, last_ref),
            None,
            1,
        )


def _widen(ctx: _Context, candidates: list[tuple[int, tuple[int, ...]]]) -> Iterator[Suggestion]:
    """Accounts carried by one person or none. Roles weigh: when that person neither
    decides nor pays (not a decision maker or finance), the suggestion is one step more
    urgent and says so."""
    sole = [c[0] for _, c in candidates if c]
    _remember_contacts(ctx, sole)
    roles: dict[int, str] = {}
    for chunk in _chunks(sorted(set(sole))):
        for cid, role in fetch_rows(
            ctx.session, select(Contact.id, Contact.role).where(Contact.id.in_(chunk))
        ):
            roles[cid] = str(getattr(role, "value", role))
    for aid, carriers in candidates:
        _key, name, ring_id, *_rest = ctx.accounts[aid]
        pos = ctx.facts.position_of[ring_id]
        decider = bool(carriers) and roles.get(carriers[0]) in DECIDER_ROLES
        if carriers and not decider:
            who = ctx.contact_names.get(carriers[0], "one person")
            role = (roles.get(carriers[0]) or "other").replace("_", " ")
            reason = _(
                "{name} hangs on one person who neither decides nor pays: only {who} "
                "({role}) had a two-way conversation with you in the last 12 months"
            ).format(name=name, who=who, role=role)
        elif carriers:
            who = ctx.contact_names.get(carriers[0], "one person")
            reason = _(
                "{name} hangs on one person: only {who} had a two-way conversation "
                "with you in the last 12 months"
            ).format(name=name, who=who)
        else:
            who = None
            reason = _(
                "{name} hangs on nobody: no named contact had a two-way "
                "conversation with you in the last 12 months"
            ).format(name=name)
        yield Suggestion(
            f"widen:acc:{aid}",
            "widen",
            aid,
            name,
            carriers[0] if carriers else None,
            who,
            pos,
            None,
            reason + "; meet a second person (a decision maker, finance or a user)",
            _("create a task to meet a second person"),
            (NORMAL if pos <= 1 else LOW) if decider else (HIGH if pos <= 1 else NORMAL),
            ctx.day + dt.timedelta(days=14),
            fingerprint("widen", *carriers),
            None,
            1,
        )


def _latest_promoters(
    ctx: _Context, ids: list[int], day: dt.date, s: EngineSettings
) -> dict[int, tuple[int | None, int]]:
    """Per account of ``ids``, the contact and score of the latest promoter answer (9-10)
    in the window; the contacts' names go to ``ctx.contact_names``.

    Every promoter answer of the window is read with its contact's name (a join) and the
    others dropped here: cheaper than thousands of ids bound into IN lists (measured).
    """
    since = day - dt.timedelta(days=s.promoter_recent_days)
    wanted = set(ids)
    out: dict[int, tuple[int | None, int, Any, int]] = {}
    names = ctx.contact_names
    f = Feedback.__table__.c
    for aid, cid, nps, given, fid, who in fetch_rows(
        ctx.session,
        select(f.account_id, f.contact_id, f.nps, raw(f.given_on), f.id, Contact.name)
        .outerjoin(Contact, Contact.id == f.contact_id)
        .where(f.nps >= 9, f.given_on > since, f.given_on <= day),
    ):
        if aid in wanted:
            seen = out.get(aid)
            if seen is None or (given, fid) > (seen[2], seen[3]):
                out[aid] = (cid, nps, given, fid)
            if cid is not None:
                names[cid] = who
    return {aid: (cid, nps) for aid, (cid, nps, _, _) in out.items()}


def _chunks(ids: list[int], size: int = 900) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _remember_contacts(ctx: _Context, ids: list[int]) -> None:
    missing = [c for c in set(ids) if c not in ctx.contact_names]
    for chunk in _chunks(missing):
        for cid, name in fetch_rows(
            ctx.session, select(Contact.id, Contact.name).where(Contact.id.in_(chunk))
        ):
            ctx.contact_names[cid] = name


def _complaint_suggestions(ctx: _Context, ids: Collection[int] | None) -> Iterator[Suggestion]:
    query = (
        select(
            Complaint.id,
            Complaint.account_id,
            Complaint.contact_id,
            raw(Complaint.opened_on),
            Complaint.note,
            Contact.name,  # with the complaint: no second lookup by id
        )
        .outerjoin(Contact, Contact.id == Complaint.contact_id)
        .where(Complaint.status == ComplaintStatus.OPEN.value, Complaint.opened_on <= ctx.day)
    )
    if ids is not None:
        query = query.where(Complaint.account_id.in_(list(ids)))
    rows = [r for r in fetch_rows(ctx.session, query) if r[1] in ctx.accounts]
    for r in rows:
        if r[2]:
            ctx.contact_names[r[2]] = r[5]
    days = ctx.facts.days
    for cid, aid, contact_id, opened_raw, note, _who in rows:
        opened = days[opened_raw]
        assert opened is not None
        name = ctx.accounts[aid][1]
        who = ctx.contact_names.get(contact_id) if contact_id else None
        age = ctx.day_ord - opened
        yield Suggestion(
            f"complaint:cmp:{cid}",
            "complaint",
            aid,
            name,
            contact_id,
            who,
            ctx.facts.position_of[ctx.accounts[aid][2]],
            None,
            _("open complaint from {who} ({days} old): {note}").format(
                who=who or name, days=_days(age), note=note
            ),
            _("create a task to resolve it (or resolve it now with a resolution)"),
            HIGH,
            _on(opened + ctx.settings.complaint_response_days),
            f"complaint|{cid}|{opened}",
            cid,
            1,
        )


# The relational scores whose low value raises a suggestion, in words.
LOW_SCORE_NAMES = {"trust": N_("trust"), "issue_resolution": N_("issue resolution")}


def _low_score_suggestions(ctx: _Context, ids: Collection[int] | None) -> Iterator[Suggestion]:
    """A talk-it-through suggestion per account whose latest answer that scores trust or
    issue resolution, given in the last ``relational_low_days``, rates one of them at or
    below ``relational_low`` (a later better answer clears it). Read from the partial
    index of the answers with relational scores."""
    s = ctx.settings
    f = Feedback.__table__.c
    since = ctx.day - dt.timedelta(days=s.relational_low_days)
    query = (
        select(
            f.account_id,
            raw(f.given_on),
            f.id,
            f.nps,
            f.trust,
            f.issue_resolution,
            f.contact_id,
            Contact.name,
            Contact.role,
        )
        .outerjoin(Contact, Contact.id == f.contact_id)
        .where(relational_scored())
        .where(f.given_on > since, f.given_on <= ctx.day)
        .where(or_(f.trust.is_not(None), f.issue_resolution.is_not(None)))
    )
    if ids is not None:
        query = query.where(f.account_id.in_(list(ids)))
    latest: dict[int, tuple[Any, ...]] = {}
    for row in fetch_rows(ctx.session, query):
        aid = row[0]
        if aid in ctx.accounts:
            seen = latest.get(aid)
            if seen is None or (row[1], row[2]) > (seen[1], seen[2]):
                latest[aid] = row
    days = ctx.facts.days
    low = s.relational_low
    for aid, (_aid, given, fid, nps, trust, resolution, cid, who, role) in sorted(latest.items()):
        scored = [
            _("{score} {value}").format(score=_(LOW_SCORE_NAMES[name]), value=value)
            for name, value in (("trust", trust), ("issue_resolution", resolution))
            if value is not None and value <= low
        ]
        if not scored:
            continue
        on = days[given]
        assert on is not None
        name, ring_id = ctx.accounts[aid][1:3]
        pos = ctx.facts.position_of[ring_id]
        role_text = getattr(role, "value", role)
        what = word(role_text) if role_text and role_text != "other" else ""
        if not who:
            by = _("someone at {account}").format(account=name)
        else:
            by = _("{person} ({role})").format(person=who, role=what) if what else who
        yield Suggestion(
            f"low_score:acc:{aid}",
            "low_score",
            aid,
            name,
            cid,
            who,
            pos,
            None,
            _(
                "{person} scored {scores} of 5 on {day} (NPS {nps}): talk it through before "
                "it becomes a complaint"
            ).format(person=by, scores=_(" and ").join(scored), day=formats.date(_on(on)), nps=nps),
            _("create a task to talk the low score through"),
            HIGH if pos <= 1 else NORMAL,
            _on(on + ctx.settings.complaint_response_days),
            f"low_score|{fid}",
            fid,
            1,
        )


def _perk_suggestions(ctx: _Context, ids: Collection[int] | None) -> Iterator[Suggestion]:
    """Perks to grant after entering a ring, and perks to withdraw after leaving one."""
    session, day, s = ctx.session, ctx.day, ctx.settings
    rings = ctx.rings
    accounts = ctx.accounts
    position_of = ctx.facts.position_of
    perks = fetch_rows(session, select(Perk.id, Perk.name, Perk.ring_id, Perk.active))
    perk_pos = {pid: position_of[rid] for pid, _, rid, _ in perks}
    perk_name = {pid: name for pid, name, _, _ in perks}
    active = or_(PerkGrant.withdrawn_on.is_(None), PerkGrant.withdrawn_on > day)
    live = or_(PerkGrant.expires_on.is_(None), PerkGrant.expires_on >= day)
    grants_q = select(PerkGrant.id, PerkGrant.account_id, PerkGrant.perk_id).where(
        PerkGrant.granted_on <= day, active, live
    )
    if ids is not None:
        grants_q = grants_q.where(PerkGrant.account_id.in_(list(ids)))
    held: dict[int, set[int]] = {}
    for gid, aid, pid in fetch_rows(session, grants_q):
        account = accounts.get(aid)
        if account is None:
            continue
        held.setdefault(aid, set()).add(pid)
        pos = position_of[account[2]]
        if perk_pos[pid] < pos:
            name = account[1]
            yield Suggestion(
                f"perk_withdraw:grant:{gid}",
                "perk_withdraw",
                aid,
                name,
                None,
                None,
                pos,
                None,
                _("{name} now sits in {name2}; {value!r} is for {name3} and inside").format(
                    name=name,
                    name2=rings[pos].name,
                    value=perk_name[pid],
                    name3=rings[perk_pos[pid]].name,
                ),
                _("withdraw {value!r} from {name}").format(value=perk_name[pid], name=name),
                LOW,
                day,
                f"perk_withdraw|{gid}|{pos}",
                gid,
                1,
            )
    since = day - dt.timedelta(days=s.perk_grant_window_days)
    entries_q = select(
        RingChange.account_id,
        RingChange.from_ring_id,
        RingChange.to_ring_id,
        raw(RingChange.changed_on),
        RingChange.id,
    ).where(RingChange.changed_on > since, RingChange.changed_on <= day)
    if ids is not None:
        entries_q = entries_q.where(RingChange.account_id.in_(list(ids)))
    # Each account's latest entry by (date, id); sorted here, not by SQLite (a temporary
    # B-tree over every change of the window cost more than this loop, measured).
    entered: dict[int, tuple[int | None, int, Any]] = {}
    latest: dict[int, tuple[Any, int]] = {}
    for aid, from_ring, to_ring, changed, change_id in fetch_rows(session, entries_q):
        seen = latest.get(aid)
        if seen is None or (changed, change_id) > seen:
            latest[aid] = (changed, change_id)
            entered[aid] = (from_ring, to_ring, changed)
    offered = [(pid, name, perk_pos[pid]) for pid, name, _, on in perks if on]
    days = ctx.facts.days
    no_perks: frozenset[int] = frozenset()
    # The same few (ring, ring before, perks held) repeat over many accounts: each
    # combination's missing perks and their words are worked out once.
    combos: dict[tuple[int, int, frozenset[int]], tuple[tuple[int, ...], str, str]] = {}
    for aid, (from_ring, to_ring, changed) in entered.items():
        account = accounts.get(aid)
        if account is None or account[2] != to_ring:
            continue  # archived, or moved again since
        pos = position_of[to_ring]
        before = position_of.get(from_ring, len(rings)) if from_ring is not None else len(rings)
        key = (pos, before, frozenset(held[aid]) if aid in held else no_perks)
        combo = combos.get(key)
        if combo is None:
            mine = key[2]
            # Newly offered: perks of the rings between the new ring and the one it came from.
            missing = [
                (pid, pname)
                for pid, pname, ppos in offered
                if pos <= ppos < before and pid not in mine
            ]
            combo = combos[key] = (
                tuple(pid for pid, _ in missing),
                ", ".join(repr(pname) for _, pname in missing),
                "|".join(str(pid) for pid, _ in missing),  # the fingerprint's tail
            )
        perk_ids, listed, ids_text = combo
        if not perk_ids:
            continue
        name = account[1]
        entered_on = days[changed]
        assert entered_on is not None
        yield Suggestion(
            f"perk_grant:acc:{aid}",
            "perk_grant",
            aid,
            name,
            None,
            None,
            pos,
            None,
            _(
                "{name} entered {name2} on {day}; offered there and not granted yet: {listed}"
            ).format(
                name=name, name2=rings[pos].name, day=formats.date(_on(entered_on)), listed=listed
            ),
            _("grant {listed} to {name}").format(listed=listed, name=name),
            NORMAL,
            _on(entered_on + 7),
            fitted_fingerprint(f"perk_grant|{pos}|{entered_on}|{ids_text}"),
            None,
            1,
            perk_ids,
        )


# The kinds whose reason says what moved the score since the baseline (.trends).
_TREND_KINDS = frozenset({"promote", "demote", "at_risk"})


def _with_trends(ctx: _Context, found: list[Suggestion]) -> list[Suggestion]:
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


def _without_small_relative_moves(ctx: _Context, found: list[Suggestion]) -> list[Suggestion]:
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
        moved = relative_move(aid, eff, ctx.facts, s)
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


def generate(
    session: Session,
    day: dt.date,
    settings: EngineSettings,
    *,
    ids: Collection[int] | None = None,
    insights: bool = True,
    facts: FactTable | None = None,
    scores: dict[int, ScoreRow] | None = None,
) -> list[Suggestion]:
    """Every suggestion of ``day`` (before snoozes and dismissals), inside a transaction.

    ``ids`` limits account-level kinds to those accounts (accept and snooze use it).
    ``facts`` and ``scores`` (of all accounts, read and scored on ``day``) are reused
    when given: :func:`circlesoftrust.engine.analysis.analyse` reads the facts once.
    """
    if facts is None:
        facts = load_facts(session, day, settings.previous_year_percent, ids)
    if scores is None:
        scores = score_rows(facts, settings, Thresholds.of(facts.rings))
    ctx = _Context(session, day, settings, facts, scores)
    out = _with_trends(ctx, _without_small_relative_moves(ctx, list(_account_suggestions(ctx))))
    out.extend(_complaint_suggestions(ctx, ids))
    out.extend(_low_score_suggestions(ctx, ids))
    out.extend(_perk_suggestions(ctx, ids))
    if insights:
        out.extend(insight_suggestions(session, day, settings, facts.rings, members_from(facts)))
    out.extend(duplicate_suggestions(session, day, ids))
    return out
