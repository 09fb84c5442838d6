"""The four score components that rest on one account's own facts: loyalty, engagement,
advocacy and friction (formulas in :mod:`.scoring`'s module doc).

They depend on the account's facts, the day, a few settings and its ring's cadence, never
on the other accounts, so the maintained summary (:mod:`.fact_summary`) keeps them with
the facts and a pass only adds the revenue component, which ranks every account against
the others. :class:`ComponentBasis` is what they were computed from; its ``key`` is
stored with each summary row, and a row computed from another basis (changed settings, a
ring's new cadence, new defaults in a new version) is not used.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

import numpy as np

from circlesoftrust.engine.fact_queries import DECIDER_COLUMNS, FACT_COLUMNS
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import N_

# Part of every ComponentBasis key: raise it when PACKED, the facts or the formulas below
# change, so rows a previous version wrote are never read.
SUMMARY_VERSION = 7
# Past score snapshots (engine.score_history) of these versions are still read: version 4
# is PACKED's prefix (5 appended DECIDER_COLUMNS; read with them as 0), 5 differs only in
# how the decider keys are packed (which snapshots never use); 6 differs only in how the
# decider keys are aggregated per account (7: one decider reached is enough).
PREFIX_VERSIONS = (4, 5, 6)

# The components a summary row keeps, in order (the revenue component ranks accounts).
OWN_COMPONENTS = ("loyalty", "engagement", "advocacy", "friction")
# After them: the last contact (a day number, 0 = none) and which fact it was.
CONTACT_VALUES = ("last_contact", "last_contact_kind")
# What the last contact was (``last_contact_kind``), in words.
CONTACT_TOUCH, CONTACT_REFERRAL, CONTACT_COMPLAINT, CONTACT_FEEDBACK, CONTACT_PURCHASE = range(1, 6)
# (Marked for translation; shown through ``_()`` where a reason names them.)
CONTACT_WORDS = {
    CONTACT_TOUCH: N_("a touchpoint"),
    CONTACT_REFERRAL: N_("a referral given"),
    CONTACT_COMPLAINT: N_("a complaint"),
    CONTACT_FEEDBACK: N_("a feedback answer"),
    CONTACT_PURCHASE: N_("a purchase"),
}

# How each value is packed: money and contact ids as 64-bit integers, the other facts
# (counts; dates as day numbers, 0 = none) as 32-bit ones, the components as doubles.
_WIDE = {"carrier_low", "carrier_high", *(n for n in FACT_COLUMNS if n.endswith("_cents"))}
_CODES = tuple(
    [("q" if name in _WIDE else "i") for name in FACT_COLUMNS]
    + ["d"] * len(OWN_COMPONENTS)
    + ["i"] * len(CONTACT_VALUES)
    + ["q"] * len(DECIDER_COLUMNS)
)
# One account's facts and its four own-facts components, packed: the last value of an
# engine row and the ``facts`` column of ``account_facts`` (168 bytes; 33 values read as
# one). ``PACKED.unpack(row[4])[FACT["renewal"]]``.
PACKED = struct.Struct("<" + "".join(_CODES))
FACT = {
    name: i
    for i, name in enumerate((*FACT_COLUMNS, *OWN_COMPONENTS, *CONTACT_VALUES, *DECIDER_COLUMNS))
}
# The bytes of a version-4 row (PREFIX_VERSIONS): everything before DECIDER_COLUMNS.
PREFIX_SIZE = PACKED.size - 8 * len(DECIDER_COLUMNS)
# Where the facts read by SQL end in a wide row (after id, name, ring id and pin).
_FACTS_END = 4 + len(FACT_COLUMNS)
# How many values of a packed row are facts read by SQL (the rest is derived from them).
FACT_COUNT = len(FACT_COLUMNS)


def picker(*names: str) -> struct.Struct:
    """A struct that unpacks only ``names`` (in the order of :data:`FACT`) from a
    :data:`PACKED` value: a loop that needs 7 of 27 values builds 7 objects, not 27."""
    indexes = [FACT[name] for name in names]
    if indexes != sorted(indexes):
        raise ValueError(f"pick fields in their packed order: {names}")

    def offset(index: int) -> int:
        return struct.calcsize("<" + "".join(_CODES[:index]))

    fmt, at = "<", 0
    for index in indexes:
        skip = offset(index) - offset(at)
        fmt += (f"{skip}x" if skip else "") + _CODES[index]
        at = index + 1
    return struct.Struct(fmt + f"{PACKED.size - offset(at)}x")


class ComponentBasis:
    """The settings and ring cadences the four components are computed from."""

    def __init__(self, settings: EngineSettings, rings: Iterable[Any]) -> None:
        self.percent = settings.previous_year_percent
        self.full_tenure = float(settings.full_tenure_days)
        self.full_repeat = float(settings.full_repeat_purchases)
        self.full_activity = float(settings.full_activity_two_way)
        self.fade = settings.recency_zero_after_cadences - 1.0
        self.full_referrals = float(settings.full_referrals)
        self.relational = float(settings.relational_weight)
        # The decision makers at "awareness" or below (DECIDER_COLUMNS) rest on it.
        self.weak_two_way = int(settings.stage_weak_two_way)
        default = self.default_cadence = settings.default_cadence_days
        self.cadence_of = {ring.id: ring.cadence_days or default for ring in rings}
        # What counts as contact: touch directions (read by SQL) and the other facts.
        self.directions = tuple(
            direction
            for direction, counts in (
                ("inbound", settings.contact_inbound),
                ("outbound", settings.contact_outbound),
                ("two_way", 1),
            )
            if counts
        )
        self.contact_facts = (
            bool(settings.contact_referral),
            bool(settings.contact_complaint),
            bool(settings.contact_feedback),
            bool(settings.contact_purchase),
        )
        basis = (
            SUMMARY_VERSION,
            self.percent,
            self.full_tenure,
            self.full_repeat,
            self.full_activity,
            self.fade,
            self.full_referrals,
            self.relational,
            self.weak_two_way,
            sorted(self.cadence_of.items()),
            self.directions,
            self.contact_facts,
        )
        digest = hashlib.blake2b(repr(basis).encode(), digest_size=8).digest()
        self.key = int.from_bytes(digest, "little", signed=True)  # fits a BIGINT


def packed_rows(
    rows: Sequence[Sequence[Any]], basis: ComponentBasis, day: int
) -> list[tuple[Any, ...]]:
    """Engine rows ``(id, name, ring id, pinned, packed)`` from wide rows of
    :func:`.fact_queries.facts_select` (id, name, ring id, pinned, the facts): the facts
    and their loyalty, engagement, advocacy and friction as of the day number ``day``,
    packed by :data:`PACKED`.

    One flat loop with local names (it runs once per account): ``min(1.0, x)`` is spelled
    ``x if x < 1.0 else 1.0``, the same value without the call.
    """
    percent, fade = basis.percent, basis.fade
    by_referral, by_complaint, by_feedback, by_purchase = basis.contact_facts
    full_tenure, full_repeat = basis.full_tenure, basis.full_repeat
    full_activity, full_referrals = basis.full_activity, basis.full_referrals
    relational = basis.relational
    cadence_of = basis.cadence_of
    pack = PACKED.pack
    out = []
    for row in rows:
        (
            _aid, _name, ring_id, _pinned, _last_touch, touched, two_way, _low, _high,
            first, last_purchase, purchases, repeats, _r12, _rprev, _total, _renewal,
            answers_24m, promoters_24m, answers_12m, detractors_12m, answered, _promoted,
            open_complaints, _oldest, complained, referrals_12m, referrals_24m, referred_on,
            relational_sum, relational_count, _quiet_decider, _low_decider,
        ) = row  # fmt: skip
        # The last contact and what it was (on one day, the later kind in this order wins).
        last, contact_kind = touched, CONTACT_TOUCH if touched else 0
        if by_referral and referred_on and referred_on >= last:
            last, contact_kind = referred_on, CONTACT_REFERRAL
        if by_complaint and complained and complained >= last:
            last, contact_kind = complained, CONTACT_COMPLAINT
        if by_feedback and answered and answered >= last:
            last, contact_kind = answered, CONTACT_FEEDBACK
        if by_purchase and last_purchase and last_purchase >= last:
            last, contact_kind = last_purchase, CONTACT_PURCHASE
        # loyalty (dates are day numbers, 0 = none)
        if purchases:
            tenure = (day - first) / full_tenure
            tenure = (tenure if tenure < 1.0 else 1.0) if tenure > 0.0 else 0.0
            repeat = (purchases - 1) / full_repeat
            kinds = repeats / full_repeat
            loyalty = (
                0.4 * tenure
                + 0.3 * (repeat if repeat < 1.0 else 1.0)
                + 0.3 * (kinds if kinds < 1.0 else 1.0)
            )
        else:
            loyalty = 0.0
        # engagement (recency runs on the last contact)
        if not last:
            engagement = 0.0
        else:
            # A ring created after the basis was read (a moment ago) has no entry yet.
            cadence = cadence_of.get(ring_id) or basis.default_cadence
            ago = day - last
            if ago <= cadence:
                recency = 1.0
            else:
                recency = 1.0 - (ago - cadence) / (fade * cadence)
                if not recency > 0.0:
                    recency = 0.0
            activity = two_way / full_activity
            engagement = 0.5 * (activity if activity < 1.0 else 1.0) + 0.5 * recency
        # advocacy and friction (no referrals, complaints or answers: all zero)
        referred = referrals_12m + (referrals_24m - referrals_12m) * percent / 100
        referred /= full_referrals
        advocacy = 0.6 * (referred if referred < 1.0 else 1.0)
        friction = open_complaints / 2
        if not friction < 1.0:
            friction = 1.0
        if answers_24m:
            advocacy += 0.4 * promoters_24m / answers_24m
            if answers_12m:
                friction += 0.5 * detractors_12m / answers_12m
                if not friction < 1.0:
                    friction = 1.0
        # relational scores (12 months): above 3 of 5 adds to advocacy, below 3 to friction
        if relational_count and relational:
            mean = relational_sum / relational_count
            if mean > 3.0:
                advocacy += relational * (mean - 3.0) / 2.0
                if not advocacy < 1.0:
                    advocacy = 1.0
            elif mean < 3.0:
                friction += relational * (3.0 - mean) / 2.0
                if not friction < 1.0:
                    friction = 1.0
        out.append(
            (
                row[0],
                row[1],
                ring_id,
                row[3],
                pack(
                    *row[4:_FACTS_END],
                    loyalty,
                    engagement,
                    advocacy,
                    friction,
                    last,
                    contact_kind,
                    *row[_FACTS_END:],
                ),
            )
        )
    return out


# PACKED as a numpy record: the same bytes read as one array per value (no padding: the
# struct is little-endian with no alignment).
_NUMPY_CODES = {"i": "<i4", "q": "<i8", "d": "<f8"}
PACKED_RECORD = np.dtype(
    [(name, _NUMPY_CODES[code]) for name, code in zip(FACT, _CODES, strict=True)]
)
assert PACKED_RECORD.itemsize == PACKED.size


def packed_array(rows: Sequence[tuple[Any, ...]]) -> np.ndarray[Any, Any]:
    """The packed values of engine rows as one :data:`PACKED_RECORD` array (read-only: a
    view of the joined bytes)."""
    return np.frombuffer(b"".join(map(_PACKED_OF, rows)), dtype=PACKED_RECORD)


def rederived(
    rows: Sequence[tuple[Any, ...]], basis: ComponentBasis, day: int
) -> tuple[list[tuple[Any, ...]], np.ndarray[Any, Any]]:
    """Engine rows of an earlier day whose facts still hold on the day number ``day``, with
    the two components that depend on the day worked out again: loyalty (tenure) and
    engagement (recency), and their packed values as one :data:`PACKED_RECORD` array
    (read-only). Advocacy, friction and the last contact rest on the facts alone.

    The same arithmetic as :func:`packed_rows`, in the same order (so the values are the
    same to the last bit: ``tests/unit/test_engine_new_day.py``), over every row at once.
    """
    if not rows:
        return [], np.zeros(0, dtype=PACKED_RECORD)
    values = np.frombuffer(b"".join(map(_PACKED_OF, rows)), dtype=PACKED_RECORD).copy()
    purchases = values["purchases"]
    tenure = np.clip((day - values["first_purchase"]) / basis.full_tenure, 0.0, 1.0)
    repeat = np.minimum((purchases - 1) / basis.full_repeat, 1.0)
    kinds = np.minimum(values["repeat_purchases"] / basis.full_repeat, 1.0)
    loyalty = 0.4 * tenure + 0.3 * repeat + 0.3 * kinds
    values["loyalty"] = np.where(purchases > 0, loyalty, 0.0)
    last = values["last_contact"]
    ring_ids = np.fromiter(map(_RING_OF, rows), dtype=np.int64, count=len(rows))
    cadence = np.full(len(rows), basis.default_cadence, dtype=np.int64)
    for ring_id, days in basis.cadence_of.items():
        cadence[ring_ids == ring_id] = days
    ago = day - last
    fading = 1.0 - (ago - cadence) / (basis.fade * cadence)
    recency = np.where(ago <= cadence, 1.0, np.where(fading > 0.0, fading, 0.0))
    activity = np.minimum(values["two_way_12m"] / basis.full_activity, 1.0)
    engagement = 0.5 * activity + 0.5 * recency
    values["engagement"] = np.where(last != 0, engagement, 0.0)
    # The rows rebuilt column by column in C (map/zip; a comprehension per row took twice),
    # each packed value one record's bytes (a void view: no Python step per row). The
    # array goes with them: the pass reads its columns (.facts.FactTable.packed_values).
    values.flags.writeable = False
    rebuilt = list(
        zip(
            map(_ID_OF, rows),
            map(_NAME_OF, rows),
            map(_RING_OF, rows),
            map(_PIN_OF, rows),
            values.view(f"V{PACKED.size}").tolist(),
            strict=True,
        )
    )
    return rebuilt, values


_ID_OF, _NAME_OF, _RING_OF, _PIN_OF, _PACKED_OF = (itemgetter(i) for i in range(5))
