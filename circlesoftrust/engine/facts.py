"""The facts the engine reasons about: one wide row per account, read set-based.

A full pass reads the maintained summary (:mod:`.fact_summary`, one row per account) and
computes what it lacks with the one aggregate statement of :mod:`.fact_queries`; one
account's explanation runs that statement for the account alone, so it reads exactly the
facts the bulk pass read. No query runs per account.

Windows: "12m" is the 365 days up to and including the day; "prev" is the 365 days before
that. Dates are day numbers (``date.toordinal()``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any, cast

import numpy as np
from sqlalchemy import Integer, Select, bindparam, func, select
from sqlalchemy.orm import Session

from circlesoftrust.engine import fact_summary
from circlesoftrust.engine.captured import CapturedTouch, load_captured
from circlesoftrust.engine.components import (
    FACT,
    PACKED,
    ComponentBasis,
    packed_array,
    packed_rows,
)
from circlesoftrust.engine.fact_queries import (
    YEAR,
    contact_bits,
    contact_exception_query,
    facts_select,
    revenue_windows,
)
from circlesoftrust.engine.revenue_baseline import Baseline, load_row, positive_values
from circlesoftrust.engine.ring_facts import RingFacts, load_rings
from circlesoftrust.engine.sqlbits import DayNumbers, fetch_rows, raw
from circlesoftrust.models import Account, RevenueEntry, Touchpoint
from circlesoftrust.vocabulary import Direction, RelationshipStage

WEAK_OR_BETTER = frozenset(
    {RelationshipStage.WEAK_TIE, RelationshipStage.BUILDING, RelationshipStage.STRONG_TIE}
)


@dataclass(frozen=True)
class AccountFacts:
    """Everything the score and the account-level suggestions of one account rest on."""

    account_id: int
    name: str
    ring_position: int
    pinned: bool
    # touchpoints
    last_touch_on: dt.date | None  # any touchpoint, also a one-way broadcast
    last_contact_touch_on: dt.date | None  # the last touchpoint that counts as contact
    two_way_12m: int
    # Contacts with a two-way touch in 12m (after hand-set stages): () none, (id,) exactly
    # one, (lowest, highest) two or more.
    carriers: tuple[int, ...]
    # revenue
    first_purchase_on: dt.date | None
    last_purchase_on: dt.date | None
    purchases: int
    repeat_kinds: int  # renewals, up-sells and cross-sells
    revenue_12m_cents: int
    revenue_prev_cents: int
    revenue_total_cents: int
    renewal_on: dt.date | None  # the latest contract's renewal date
    # feedback
    answers_24m: int
    promoters_24m: int
    answers_12m: int
    detractors_12m: int
    last_feedback_on: dt.date | None
    last_promoter_on: dt.date | None
    # complaints and referrals
    open_complaints: int
    oldest_open_complaint_on: dt.date | None
    last_complaint_event_on: dt.date | None  # a complaint opened or resolved
    referrals_12m: int
    referrals_prev: int
    last_referral_on: dt.date | None
    # the last fact that counts as contact (settings say which kinds count) and its kind
    last_contact_on: dt.date | None = None
    last_contact_kind: int = 0  # components.CONTACT_* (0 = none)
    # relational scores (1-5) in the answers of the last 12 months: their sum and number
    relational_sum_12m: int = 0
    relational_count_12m: int = 0

    @property
    def relational_mean(self) -> float | None:
        """The average relational score of the last 12 months (None: none given)."""
        if not self.relational_count_12m:
            return None
        return self.relational_sum_12m / self.relational_count_12m

    # the newest meeting or mail captured from the user's files that counts as contact
    last_captured: CapturedTouch | None = None

    @property
    def is_customer(self) -> bool:
        return self.purchases > 0


@dataclass(frozen=True)
class RevenueRanking:
    """How effective revenue (see scoring) is spread over the active accounts."""

    accounts: int  # active accounts ranked (with or without revenue)
    total: int  # sum of effective revenue (cents x 100)
    paying: int  # accounts with effective revenue above 0
    sorted_positive: tuple[int, ...]  # ascending
    pareto_cut: int  # smallest effective revenue still inside the 80 % core (0 = none)
    pareto_accounts: int

    def below(self, value: int) -> int:
        """How many active accounts have strictly less effective revenue than ``value``."""
        if value <= 0:
            return 0
        return self.accounts - self.paying + bisect.bisect_left(self.sorted_positive, value)

    @cached_property
    def ascending(self) -> np.ndarray[Any, Any]:
        """:attr:`sorted_positive` as one int64 array (made once: the column-wise steps
        search it, after checking that the total fits a float exactly, so every value fits)."""
        return np.asarray(self.sorted_positive, dtype=np.int64)

    def below_index(self) -> dict[int, int]:
        """:meth:`below` of every ranked value at once (one dict lookup each, no search).

        Built once per ranking: a caller that reuses its ranking (the account overview
        scores one account against its last full pass's) does not rebuild it per call.
        """
        return self._below_index

    @cached_property
    def _below_index(self) -> dict[int, int]:
        n, unpaid = len(self.sorted_positive), self.accounts - self.paying
        # Walked from the top: a repeated value keeps the count of its first occurrence.
        counts = range(unpaid + n - 1, unpaid - 1, -1)
        return dict(zip(reversed(self.sorted_positive), counts, strict=True))

    def rank(self, value: int) -> int:
        """1 for the biggest account; ties share the better rank."""
        return self.paying - bisect.bisect_right(self.sorted_positive, value) + 1


def effective_revenue(revenue_12m: int, revenue_prev: int, previous_year_percent: int) -> int:
    """Trailing-12-month revenue plus a share of the year before, in exact integers."""
    return revenue_12m * 100 + revenue_prev * previous_year_percent


def rank_revenue(effective: Iterable[int], accounts: int) -> RevenueRanking:
    """Rank the effective revenue of ``accounts`` active accounts (the paying ones listed)."""
    return _ranked(sorted(filter((0).__lt__, effective)), accounts)  # filter: in C


# Integers below this convert to floats exactly, and 200 times them still fit in 64 bits.
_EXACT = 1 << 53


def _rank_columns(values: np.ndarray[Any, Any], percent: int, accounts: int) -> RevenueRanking:
    """:func:`rank_revenue` of every row's effective revenue, worked out over the packed
    facts' columns (numpy) when the numbers fit in 64 bits, else by Python's integers."""
    r12, prev = values["revenue_12m_cents"], values["revenue_prev_cents"]
    paying = values["purchases"] > 0
    if len(values) and max(int(np.abs(r12).max()), int(np.abs(prev).max())) >= _EXACT // 200:
        pairs = zip(r12[paying].tolist(), prev[paying].tolist(), strict=True)
        return rank_revenue((a * 100 + b * percent for a, b in pairs), accounts)
    effective = r12[paying] * 100 + prev[paying] * percent
    return _ranked(np.sort(effective[effective > 0]).tolist(), accounts)


def _ranked(positive: list[int], accounts: int) -> RevenueRanking:
    """The ranking of the paying accounts' effective revenue ``positive`` (ascending)."""
    total = sum(positive)
    cut, core, running = 0, 0, 0
    for value in reversed(positive):
        if running * 5 >= total * 4:  # 80 % reached before this account
            break
        running += value
        cut, core = value, core + 1
    return RevenueRanking(
        max(accounts, len(positive)), total, len(positive), tuple(positive), cut, core
    )


def _carriers_exact(session: Session, account_id: int, day: dt.date) -> set[int]:
    """Distinct contacts with a two-way touch in 12m (the rare case min/max cannot tell)."""
    t = Touchpoint.__table__.c
    return set(
        session.scalars(
            select(t.contact_id)
            .distinct()
            .where(
                t.account_id == account_id,
                t.direction == Direction.TWO_WAY.value,
                t.occurred_on > day - dt.timedelta(days=YEAR),
                t.occurred_on <= day,
                t.contact_id.is_not(None),
            )
        )
    )


class FactTable:
    """The facts of every active account (or of some) on one day, one wide row per account.

    Rows are ``(id, name, ring id, pinned, packed)``: ``packed`` holds the account's facts
    (:data:`.fact_queries.FACT_COLUMNS`, dates as day numbers, 0 = none) and its four
    own-facts score components (:mod:`.components`) as :data:`.components.PACKED` bytes,
    exactly as the maintained summary stores them, so a pass reads them with no Python
    step per account and each loop unpacks them in C. :meth:`account` gives one account's facts as a
    readable record. ``days`` converts raw dates of other queries to day numbers.
    """

    def __init__(
        self,
        day: dt.date,
        rings: tuple[RingFacts, ...],
        accounts: list[tuple[Any, ...]],
        carrier_fixes: dict[int, tuple[int, ...]],
        ranking: RevenueRanking,
        basis: ComponentBasis,
        pin_ends: dict[int, int] | None = None,
        captured: dict[int, CapturedTouch] | None = None,
    ) -> None:
        self.day = day
        self.day_ord = day.toordinal()
        self.rings = rings
        self.position_of = {r.id: r.position for r in rings}
        self.accounts = accounts
        self.carrier_fixes = carrier_fixes  # carriers after hand-set stages / archiving
        self.ranking = ranking
        self.basis = basis  # what the four own-facts components of the rows rest on
        # Day numbers on which the pins of pinned accounts end (absent: until unpinned).
        self.pin_ends = pin_ends or {}
        self.captured = captured or {}  # engine.captured: named in the explanation
        self.days = DayNumbers()
        self._rows: dict[int, tuple[Any, ...]] | None = None
        # The revenue ranking of the last day before (.revenue_baseline; None: none kept).
        self.baseline: Baseline | None = None

    def carriers(self, account_id: int, low: int, high: int) -> tuple[int, ...]:
        """(), (only carrier,) or (lowest, highest) for one account (see AccountFacts)."""
        fixed = self.carrier_fixes.get(account_id)
        if fixed is not None:
            return fixed
        if high == 0:
            return ()
        return (low,) if low == high else (low, high)

    def pinned(self, account_id: int, pinned: Any) -> bool:
        """Whether the account's pin holds on the day (a pin by hand ends on its day)."""
        if not pinned:
            return False
        end = self.pin_ends.get(account_id)
        return end is None or end >= self.day_ord

    @cached_property
    def packed_values(self) -> np.ndarray[Any, Any]:
        """The packed facts of every row (their last value), in the rows' order, as one
        :data:`.components.PACKED_RECORD` array: a column per fact. Built on first use,
        once per table (read-only; the account rules read their columns from it)."""
        return packed_array(self.accounts)

    def by_id(self) -> dict[int, tuple[Any, ...]]:
        """The account rows by id (built once, on first use)."""
        if self._rows is None:
            self._rows = {a[0]: a for a in self.accounts}
        return self._rows

    def account(self, account_id: int) -> AccountFacts:
        """One account's facts as a readable record (for explanations and tests)."""
        aid, name, ring_id, pinned, packed = self.by_id()[account_id]
        f = dict(zip(FACT, PACKED.unpack(packed), strict=True))
        d = _date
        return AccountFacts(
            account_id=aid,
            name=name,
            ring_position=self.position_of[ring_id],
            pinned=self.pinned(aid, pinned),
            last_touch_on=d(f["last_touch"]),
            last_contact_touch_on=d(f["last_contact_touch"]),
            two_way_12m=f["two_way_12m"],
            carriers=self.carriers(aid, f["carrier_low"], f["carrier_high"]),
            first_purchase_on=d(f["first_purchase"]),
            last_purchase_on=d(f["last_purchase"]),
            purchases=f["purchases"],
            repeat_kinds=f["repeat_purchases"],
            revenue_12m_cents=f["revenue_12m_cents"],
            revenue_prev_cents=f["revenue_prev_cents"],
            revenue_total_cents=f["revenue_total_cents"],
            renewal_on=d(f["renewal"]),
            answers_24m=f["answers_24m"],
            promoters_24m=f["promoters_24m"],
            answers_12m=f["answers_12m"],
            detractors_12m=f["detractors_12m"],
            last_feedback_on=d(f["last_feedback"]),
            last_promoter_on=d(f["last_promoter"]),
            open_complaints=f["open_complaints"],
            oldest_open_complaint_on=d(f["oldest_open_complaint"]),
            last_complaint_event_on=d(f["last_complaint_event"]),
            referrals_12m=f["referrals_12m"],
            referrals_prev=f["referrals_24m"] - f["referrals_12m"],
            last_referral_on=d(f["last_referral"]),
            last_contact_on=d(f["last_contact"]),
            last_contact_kind=f["last_contact_kind"],
            last_captured=self.captured.get(aid),
            relational_sum_12m=f["relational_sum_12m"],
            relational_count_12m=f["relational_count_12m"],
        )


def _date(number: int) -> dt.date | None:
    return dt.date.fromordinal(number) if number else None


def load_facts(
    session: Session,
    day: dt.date,
    previous_year_percent: int,
    ids: Collection[int] | None = None,
    *,
    ranking: RevenueRanking | None = None,
) -> FactTable:
    """Read the facts of all active accounts (or of ``ids``) as of ``day``.

    All accounts: the rows of the maintained summary that are current for ``day``
    (:mod:`.fact_summary`; a pass refreshes it first), the others computed by the one
    aggregate statement of :func:`.fact_queries.facts_select`. Some accounts: that
    statement for them alone. The revenue ranking always covers every active account (a
    rank needs the others): with ``ids``, a ``ranking`` the caller already holds for
    ``day`` (e.g. its last full pass's) saves that read of every account's revenue.
    """
    from circlesoftrust.engine_settings import load_settings

    rings = load_rings(session)
    bits = contact_bits(session)
    basis = ComponentBasis(load_settings(session), rings)
    values = None
    if ids is None:
        accounts, values = fact_summary.read_rows_and_values(session, day, bits, basis)
        if values is None:
            values = packed_array(accounts)
        ranking = _rank_columns(values, previous_year_percent, len(accounts))
    else:
        if len(ids) == 1:  # one account (its page, its brief): the statement is reused
            direct = fetch_rows(
                session,
                _one_account_select(day, bits, basis.directions, basis.weak_two_way),
                {_ONE: next(iter(ids))},
            )
        else:
            direct = (
                fetch_rows(
                    session, facts_select(day, ids, bits, basis.directions, basis.weak_two_way)
                )
                if ids
                else []
            )
        accounts = packed_rows(sorted(direct, key=itemgetter(0)), basis, day.toordinal())
        if ranking is None:
            ranked, count = _all_effective_revenue(session, day, previous_year_percent)
    fixes = _carrier_fixes(session, day, accounts, ids)
    if ranking is None:
        ranking = rank_revenue(ranked, count)
    captured = load_captured(session, day, basis.directions, ids)
    table = FactTable(
        day, rings, accounts, fixes, ranking, basis, _pin_ends(session, accounts), captured
    )
    if values is not None:
        table.packed_values = values  # (the cached property's value, read already)
    table.baseline = _baseline(session, day, previous_year_percent)
    return table


# The last baseline built (one): every one-account read of a day reads the same kept
# row, and ranking it again cost ~25 ms at 100,000 accounts (sort + lookup) per read.
_LAST_BASELINE: list[tuple[int, int, Baseline]] = []  # (day number, accounts, baseline)


def _baseline(session: Session, day: dt.date, percent: int) -> Baseline | None:
    """The revenue ranking of the last day kept before ``day`` (:mod:`.revenue_baseline`).

    The row is read every time; when its day, account count and bytes are those of the
    last baseline built (any database), that one is returned: a baseline is made of
    nothing else. A kept day's row is never rewritten, but the bytes are compared anyway
    (a memcmp, well under a millisecond)."""
    row = load_row(session, day, percent)
    if row is None:
        return None
    as_of, accounts, pairs = row
    for kept_as_of, kept_accounts, kept in _LAST_BASELINE:
        if kept_as_of == as_of and kept_accounts == accounts and kept.pairs == pairs:
            return kept
    positive = positive_values(pairs)
    ranking = RevenueRanking(
        max(accounts, len(positive)), sum(positive), len(positive), tuple(positive), 0, 0
    )
    baseline = Baseline(dt.date.fromordinal(as_of), ranking, pairs)
    _LAST_BASELINE[:] = [(as_of, accounts, baseline)]
    return baseline


_ONE = "one_account"


@lru_cache(maxsize=8)
def _one_account_select(
    day: dt.date, bits: int, directions: tuple[str, ...], weak_two_way: int
) -> Select[Any]:
    """:func:`.fact_queries.facts_select` of the account bound as ``_ONE``, built once per
    day and width: building the wide statement costs ~15 ms of Python (measured), running
    it for one account under 1 ms."""
    stand_in = cast("list[int]", [bindparam(_ONE, type_=Integer)])  # bound per execution
    return facts_select(day, stand_in, bits, directions, weak_two_way)


def _all_effective_revenue(session: Session, day: dt.date, percent: int) -> tuple[list[int], int]:
    """Effective revenue of every active account with revenue, and the active account count."""
    r = RevenueEntry.__table__.c
    a = Account.__table__.c
    in_12m, in_prev = revenue_windows(day)
    stmt = (
        select(func.sum(r.amount_cents * in_12m), func.sum(r.amount_cents * in_prev))
        .join(Account.__table__, a.id == r.account_id)
        .where(r.occurred_on <= day, a.archived_at.is_(None))
        .group_by(r.account_id)
    )
    ranked = [
        effective_revenue(int(r12 or 0), int(rp or 0), percent)
        for r12, rp in fetch_rows(session, stmt)
    ]
    count = session.scalar(select(func.count()).select_from(Account).where(a.archived_at.is_(None)))
    return ranked, int(count or 0)


def _carrier_fixes(
    session: Session,
    day: dt.date,
    accounts: list[tuple[Any, ...]],
    ids: Collection[int] | None,
) -> dict[int, tuple[int, ...]]:
    """Carriers of the accounts where hand-set stages or archived contacts change them.

    A contact set by hand to weak tie or better carries the relationship; one set below,
    or archived, does not. When the touches show two or more carriers and one of them may
    drop out, the exact set is read for that account alone (rare). ``accounts`` are the
    rows of :func:`account_query` (only those concerned are looked at).
    """
    adds: dict[int, set[int]] = {}
    drops: dict[int, set[int]] = {}
    for aid, cid, override, archived in fetch_rows(session, contact_exception_query(ids)):
        if archived or (override is not None and override not in WEAK_OR_BETTER):
            drops.setdefault(aid, set()).add(cid)
        elif override is not None:
            adds.setdefault(aid, set()).add(cid)
    concerned = set(adds) | set(drops)
    if not concerned:
        return {}
    at_low, at_high = FACT["carrier_low"], FACT["carrier_high"]
    two_way = {
        a[0]: (f[at_low], f[at_high])
        for a in accounts
        if a[0] in concerned
        for f in (PACKED.unpack(a[4]),)
    }
    fixes: dict[int, tuple[int, ...]] = {}
    for aid in concerned:
        carriers = two_way.get(aid)
        if carriers is None:
            continue  # archived account (or not asked for)
        low, high = carriers
        known = set() if high == 0 else {low, high}
        people = _carriers_exact(session, aid, day) if low != high and aid in drops else known
        people = (people | adds.get(aid, set())) - drops.get(aid, set())
        ordered = sorted(people)
        fixes[aid] = tuple(ordered[:1] + ordered[-1:]) if len(ordered) > 1 else tuple(ordered)
    return fixes


def _pin_ends(session: Session, accounts: list[tuple[Any, ...]]) -> dict[int, int]:
    """When the pins of the (few) pinned accounts end, as day numbers."""
    pinned = [a[0] for a in accounts if a[3]]
    a = Account.__table__.c
    ends: dict[int, int] = {}
    days = DayNumbers()
    for start in range(0, len(pinned), 900):
        stmt = select(a.id, raw(a.pinned_until)).where(
            a.id.in_(pinned[start : start + 900]), a.pinned_until.is_not(None)
        )
        for aid, until in fetch_rows(session, stmt):
            end = days[until]
            if end is not None:
                ends[aid] = end
    return ends
