"""The account rules over columns (issue 11, point 10): :func:`account_suggestions` finds
its suggestions with masks over whole columns and builds them a field at a time. Whatever
the facts, it finds exactly what a walk over the accounts one by one finds (the rules as
they read account by account, kept here as the reference), every field and word alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circlesoftrust import formats
from circlesoftrust.engine import account_rules as ar
from circlesoftrust.engine import people_rules as pr
from circlesoftrust.engine.components import FACT, PACKED, ComponentBasis
from circlesoftrust.engine.fact_queries import CONTACT_MASK, KEY_BITS, NEVER_TOUCHED, QUIET_SHIFT
from circlesoftrust.engine.facts import FactTable, RevenueRanking
from circlesoftrust.engine.placement import FLOOR, GATE
from circlesoftrust.engine.ring_facts import load_rings
from circlesoftrust.engine.rule_context import RuleContext, from_day
from circlesoftrust.engine.suggestion_types import HIGH, LOW, NORMAL, Suggestion, text_of
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.storage import Database

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set

DAY = dt.date(2026, 6, 15)
TODAY = DAY.toordinal()


# Days on which the rules' edges lie with the default settings (cadences 14/30/45/90 days
# and twice that, the satisfaction window 21-66 days after a purchase, renewals 30 days
# overdue to 60 ahead and urgent within 14, promoters of 365 days, referrals of 180): the
# facts are drawn on them and a day either side as often as anywhere else.
EDGES = sorted({e + d for e in (0, 14, 21, 28, 30, 45, 60, 66, 90, 180, 365) for d in (-1, 0, 1)})


def _day(most: int, *, none: bool = True) -> st.SearchStrategy[int]:
    """A day number up to ``most`` days back (or a few ahead), often on an edge; 0 (none)
    when ``none``."""
    days = [st.integers(TODAY - most, TODAY + 3), st.sampled_from([TODAY - e for e in EDGES])]
    return st.one_of(st.just(0), *days) if none else st.one_of(*days)


def _near(days: int) -> st.SearchStrategy[int]:
    """The day ``days`` ago, or a day either side."""
    return st.sampled_from([TODAY - days - 1, TODAY - days, TODAY - days + 1])


@st.composite
def _account(draw: st.DrawFn, rings: int) -> dict[str, Any]:
    """One account's ring, target, pin and the facts the rules read, near their edges."""
    facts: dict[str, int] = dict.fromkeys(FACT, 0)
    facts["last_contact"] = draw(_day(200))
    facts["last_contact_kind"] = draw(st.integers(0, 5)) if facts["last_contact"] else 0
    facts["purchases"] = draw(st.integers(0, 2))
    if facts["purchases"]:
        bought = facts["last_purchase"] = draw(_day(120, none=False))
        facts["last_feedback"] = draw(st.one_of(st.just(0), st.integers(bought - 3, bought + 3)))
        ahead = st.sampled_from([TODAY + e for e in EDGES if e <= 61])
        after = st.integers(59, 61).map(lambda days: bought + days)  # just renewed, or not
        renewal = st.one_of(_day(40), ahead, after, st.integers(TODAY, TODAY + 130))
        facts["renewal"] = draw(renewal)
    facts["last_promoter"] = draw(_day(400))
    facts["last_referral"] = draw(st.one_of(_day(400), _near(180)))
    first = draw(st.integers(1, 4))
    facts["carrier_low"], facts["carrier_high"] = draw(
        st.sampled_from([(0, 0), (first, first), (first, first + draw(st.integers(1, 3)))])
    )
    person = draw(st.integers(1, 6))
    if draw(st.booleans()):
        added = draw(st.one_of(_day(100, none=False), _near(14), _near(30)))
        facts["decider_low_key"] = (added << KEY_BITS) | person
    if draw(st.booleans()):
        quiet_person = draw(st.sampled_from([person, person + 7]))
        never = NEVER_TOUCHED if draw(st.booleans()) else 0
        since = draw(_day(200, none=False))
        facts["decider_quiet_key"] = (since << QUIET_SHIFT) | never | quiet_person
    return {
        "ring": draw(st.one_of(st.integers(0, rings - 1), st.integers(0, 1))),  # inner: deciders
        "target": draw(st.integers(0, rings - 1)),
        "score": draw(st.integers(0, 1000)) / 10,
        "why": draw(st.sampled_from(["", FLOOR, GATE])),
        "pinned": draw(st.booleans()),
        # The pin's end: none (until unpinned), passed (it no longer holds) or to come.
        "pin_end": draw(st.sampled_from([None, TODAY - 1, TODAY, TODAY + 30])),
        "fix": draw(st.one_of(st.none(), st.sampled_from([(), (first,), (first, first + 5)]))),
        "facts": facts,
    }


def _walk(ctx: RuleContext) -> dict[str, tuple[Any, ...]]:
    """The rules account by account (the reference): every suggestion's fields, worded.

    The test database holds none of the accounts' rows, people, answers or touches: no
    account was created on a known day, no one is named, no promoter answer or
    satisfaction check is found, a pinned account was never moved by hand."""
    s, day, rings = ctx.settings, ctx.day_ord, ctx.rings
    out: dict[str, tuple[Any, ...]] = {}

    def add(kind: str, aid: int, name: str, pos: int, target: int | None, *rest: Any) -> None:
        reason, action, priority, due, key, contact, who = (*rest, None, None)[:7]
        fields = (aid, name, contact, who, pos, target, reason, action, priority, due, key)
        out[f"{kind}:acc:{aid}"] = (f"{kind}:acc:{aid}", kind, *fields, None, 1, ())

    for aid, name, _ring_id, pinned, packed in ctx.facts.accounts:
        f = dict(zip(FACT, PACKED.unpack(packed), strict=True))
        score, _values, pos, target, why = ctx.scores[aid]
        ring, cadence = rings[pos], rings[pos].cadence_days
        if target != pos:
            there, inward = rings[target], target < pos
            kind = "promote" if inward else "demote"
            reason = ar._move_words(
                name, why, inward, score, ring.name, ring.min_score, there.name,
                there.min_score, s.hysteresis_points, s.new_client_days,
            )  # fmt: skip
            if pinned and ctx.facts.pinned(aid, pinned):
                end = ctx.facts.pin_ends.get(aid)
                pin = (
                    f"pinned until {formats.date(from_day(end))}"
                    if end
                    else "pinned until unpinned"
                )
                reason = ar._overriding_words(reason, "", pin, abs(target - pos))
            priority = NORMAL if inward or pos > 1 else HIGH
            add(
                kind, aid, name, pos, target, reason, ar._move_action(name, there.name, inward),
                priority, DAY, f"{kind}|{pos}|{target}",
            )  # fmt: skip
        last, how = f["last_contact"], f["last_contact_kind"]
        if cadence and last:
            silent, risk_after = day - last, s.at_risk_cadences * cadence
            if ring.customers_only and silent >= risk_after:
                add(
                    "at_risk", aid, name, pos, None,
                    ar._at_risk_words(name, ring.name, cadence, last, silent, how, None),
                    "create a win-back task for the next two days",
                    HIGH if pos == 0 else NORMAL, from_day(last + int(risk_after)),
                    f"at_risk|{pos}|{last}",
                )  # fmt: skip
            elif silent >= cadence:
                add(
                    "follow_up", aid, name, pos, None,
                    ar._follow_up_words(name, ring.name, cadence, last, silent, how, None),
                    "log the follow-up as a touchpoint today", NORMAL if pos <= 1 else LOW,
                    from_day(last + cadence), f"follow_up|{pos}|{last}",
                )  # fmt: skip
            _decider(ctx, add, aid, name, pos, cadence, f)
        bought = f["last_purchase"]
        if f["purchases"]:
            since = day - bought
            if (
                s.satisfaction_after_days <= since
                < s.satisfaction_after_days + s.satisfaction_window_days
                and f["last_feedback"] < bought
            ):  # fmt: skip
                add(
                    "satisfaction_check", aid, name, pos, None,
                    ar._satisfaction_words(name, bought, since),
                    "log the satisfaction check as a touchpoint (and its NPS, if given)",
                    NORMAL, from_day(bought + s.satisfaction_after_days),
                    f"satisfaction|{bought}",
                )  # fmt: skip
            renewal = f["renewal"]
            if (
                day - s.renewal_overdue_days <= renewal <= day + s.renewal_within_days
                and bought < renewal - s.renewal_within_days
            ):
                add(
                    "renewal", aid, name, pos, None,
                    ar._renewal_words(name, renewal, renewal - day),
                    "create a task to prepare the renewal offer",
                    HIGH if renewal - day <= 14 else NORMAL, from_day(renewal),
                    f"renewal|{renewal}",
                )  # fmt: skip
            if ring.customers_only:
                carriers = ctx.facts.carriers(aid, f["carrier_low"], f["carrier_high"])
                if len(carriers) <= 1:
                    add(
                        "widen", aid, name, pos, None,
                        pr._widen_words(name, None, "other" if carriers else None, bool(carriers)),
                        "create a task to meet a second person", HIGH if pos <= 1 else NORMAL,
                        DAY + dt.timedelta(days=14), "|".join(("widen", *map(str, carriers))),
                        carriers[0] if carriers else None,
                    )  # fmt: skip
        promoted, referred = f["last_promoter"], f["last_referral"]
        if promoted > day - s.promoter_recent_days and referred <= day - s.referral_quiet_days:
            add(
                "referral_ask", aid, name, pos, None,
                pr._referral_words(name, 9, promoted, referred or None),
                "log the referral request as a touchpoint", LOW, DAY,
                f"referral_ask||{promoted}|{referred or ''}",
            )  # fmt: skip
    return out


def _decider(
    ctx: RuleContext, add: Any, aid: int, name: str, pos: int, cadence: int, f: dict[str, int]
) -> None:
    """Reach the decision maker, as the walk found it (no one named: none in the database)."""
    day, low, quiet = ctx.day_ord, f["decider_low_key"], f["decider_quiet_key"]
    if pos > 1 or day - f["last_contact"] >= cadence:
        return
    if low and day - (low >> KEY_BITS) < cadence:
        low = 0
    if quiet and day - (quiet >> QUIET_SHIFT) < 2 * cadence:
        quiet = 0
    if not (low or quiet):
        return
    key = f["decider_quiet_key"]
    cid = (low or quiet) & CONTACT_MASK
    mine = bool(key) and key & CONTACT_MASK == cid
    since = key >> QUIET_SHIFT if mine else 0
    touched = since if mine and not key & NEVER_TOUCHED else 0
    never = bool(key & NEVER_TOUCHED)
    if low:
        reason = pr._low_words(
            "", "other", None, name, ctx.settings.stage_weak_two_way, since, never
        )
        due = max(day, touched + cadence if touched else 0)
    else:
        silent = day - (quiet >> QUIET_SHIFT)
        reason = pr._quiet_words("", "other", None, name, silent, since, never, cadence)
        due = (quiet >> QUIET_SHIFT) + 2 * cadence
    add(
        "reach_decision_maker", aid, name, pos, None, reason, pr._reach_action("", "other", None),
        NORMAL, from_day(due), f"reach_decision_maker|{cid}|{low or quiet}", cid, "",
    )  # fmt: skip


def _worded(item: Suggestion) -> tuple[Any, ...]:
    return tuple(text_of(v) if isinstance(v, tuple) and v and callable(v[0]) else v for v in item)


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_rules_over_columns_find_what_a_walk_account_by_account_finds(
    db: Database, data: st.DataObject
) -> None:
    with db.transaction() as session:
        rings = load_rings(session)
        engine_settings = load_settings(session)
        drawn = data.draw(st.lists(_account(len(rings)), min_size=1, max_size=30))
        rows, scores, fixes, pin_ends = [], {}, {}, {}
        for k, account in enumerate(drawn):
            aid = 1000 + 7 * k
            pos = account["ring"]
            facts = account["facts"]
            packed = PACKED.pack(*(facts[name] for name in FACT))
            rows.append((aid, f"Account {k}", rings[pos].id, account["pinned"], packed))
            values = (0.0, 0.0, 0.0, 0.0, 0.0)
            scores[aid] = (account["score"], values, pos, account["target"], account["why"])
            if account["fix"] is not None:
                fixes[aid] = account["fix"]
            if account["pin_end"] is not None:
                pin_ends[aid] = account["pin_end"]
        if data.draw(st.booleans()):  # scores in another order than the rows
            scores = dict(reversed(scores.items()))
        ranking = RevenueRanking(len(rows), 0, 0, (), 0, 0)
        basis = ComponentBasis(engine_settings, rings)
        table = FactTable(DAY, rings, rows, fixes, ranking, basis, pin_ends)
        ctx = RuleContext(session, DAY, engine_settings, table, scores)
        ctx.later = db  # the people named are read when their words are
        found = ar.account_suggestions(ctx)
        expected = _walk(ctx)
        got = {item.id: _worded(item) for item in found}
        assert len(got) == len(found)  # one suggestion of a kind per account
        assert got == {key: _worded(Suggestion(*fields)) for key, fields in expected.items()}


@pytest.mark.parametrize("accounts", [0, 1])
def test_a_pass_of_none_or_one_account(db: Database, accounts: int) -> None:
    """No account, or one: the columns are empty or hold one value."""
    with db.transaction() as session:
        rings = load_rings(session)
        engine_settings = load_settings(session)
        facts = dict.fromkeys(FACT, 0)
        facts["last_contact"] = TODAY - 100
        rows = [(5, "Solo", rings[1].id, False, PACKED.pack(*facts.values()))][:accounts]
        scores = {5: (40.0, (0.0,) * 5, 1, 2, "")} if accounts else {}
        ranking = RevenueRanking(len(rows), 0, 0, (), 0, 0)
        table = FactTable(DAY, rings, rows, {}, ranking, ComponentBasis(engine_settings, rings))
        ctx = RuleContext(session, DAY, engine_settings, table, scores)
        found = ar.account_suggestions(ctx)
        assert sorted(item.kind for item in found) == (["at_risk", "demote"] if accounts else [])
