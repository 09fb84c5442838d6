"""Ring placement: score -> target ring, with hysteresis, customer gates and pins; what-if.

Rules (all numbers from the rings and :mod:`circlesoftrust.engine_settings`):

* Each ring's ``min_score`` is the lowest score that targets it; the plain target is the
  innermost ring whose threshold the score reaches and whose gate lets the account in
  (``customers_only`` rings take only accounts with at least one purchase).
* Hysteresis: a move inwards needs ``hysteresis_points`` above the new ring's threshold;
  an account leaves its current ring outwards only when it falls that many points below
  the current ring's threshold. Scores wobbling around a threshold move nobody.
* A gate overrides hysteresis: a non-customer in a customers-only ring is targeted out.
* Pinned accounts (ring set by hand) are left alone unless the target is at least
  ``pinned_min_gap_rings`` rings away.

Moves are never made here: a target that differs from the current ring becomes a promote
or demote suggestion (:mod:`circlesoftrust.engine.suggestions`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from circlesoftrust.engine.facts import RingFacts
from circlesoftrust.engine_settings import EngineSettings, load_settings
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.storage import Database

# Why a target is what it is (short codes; AccountScore.placement explains in words).
AT_TARGET = "at_target"
INWARD = "inward"
OUTWARD = "outward"
GATE = "gate"
HELD_BY_HYSTERESIS = "hysteresis"
HELD_BY_PIN = "pinned"


@dataclass(frozen=True)
class Thresholds:
    """Ring thresholds and gates by position (index = ring position)."""

    min_scores: tuple[float, ...]
    customers_only: tuple[bool, ...]

    @classmethod
    def of(cls, rings: Sequence[RingFacts]) -> Thresholds:
        return cls(tuple(float(r.min_score) for r in rings), tuple(r.customers_only for r in rings))


def place(
    score: float,
    current: int,
    is_customer: bool,
    pinned: bool,
    thresholds: Thresholds,
    hysteresis: float,
    pinned_gap: int,
) -> tuple[int, str]:
    """The target ring position for one account and a code saying why (see module doc)."""
    mins, gates = thresholds.min_scores, thresholds.customers_only
    outermost = len(mins) - 1
    plain = outermost
    for position, floor in enumerate(mins):
        if score >= floor and (is_customer or not gates[position]):
            plain = position
            break
    if current > outermost:  # ring removed under us: treat as outermost
        current = outermost
    if gates[current] and not is_customer:
        target, why = plain, GATE
    elif plain < current:
        target, why = current, HELD_BY_HYSTERESIS
        for position in range(plain, current):
            if score >= mins[position] + hysteresis and (is_customer or not gates[position]):
                target, why = position, INWARD
                break
    elif plain > current:
        if score >= mins[current] - hysteresis:
            target, why = current, HELD_BY_HYSTERESIS
        else:
            target, why = plain, OUTWARD
    else:
        target, why = current, AT_TARGET
    if pinned and target != current and abs(target - current) < pinned_gap:
        return current, HELD_BY_PIN
    return target, why


@dataclass(frozen=True)
class RingMoveCount:
    """How many accounts would go from one ring to another."""

    from_position: int
    from_ring: str
    to_position: int
    to_ring: str
    accounts: int


@dataclass(frozen=True)
class WhatIf:
    """A preview of changed weights or thresholds; nothing is saved.

    ``moves`` compares each account's target under the changed settings with its target
    under the saved settings (so unchanged settings move nobody); ``matrix`` counts every
    account from its current ring (row) to its target under the changed settings (column).
    """

    weights: Mapping[str, float]
    thresholds: tuple[int, ...]  # by ring position
    accounts: int
    moving: int
    moves: tuple[RingMoveCount, ...]
    ring_names: tuple[str, ...]
    matrix: tuple[tuple[int, ...], ...]
    account_ids_moving: tuple[int, ...]


def what_if(
    db: Database,
    weights: Mapping[str, float] | None = None,
    thresholds: Mapping[int | str, float] | None = None,
    on: dt.date | str | None = None,
) -> WhatIf:
    """How many accounts would move from which ring to which under other weights/thresholds.

    ``weights`` maps component names (revenue, loyalty, engagement, advocacy, friction) to
    weights; ``thresholds`` maps ring positions or names to a ``min_score``. Computes
    everything inside one read-only transaction and saves nothing.
    """
    from circlesoftrust import validation as v
    from circlesoftrust.engine.facts import load_facts
    from circlesoftrust.engine.scoring import score_rows
    from circlesoftrust.services.lookups import today

    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        saved = load_settings(session)
        changed = saved.with_weights(weights or {})
        facts = load_facts(session, day, saved.previous_year_percent)
        rings = facts.rings
        base_thresholds = Thresholds.of(rings)
        new_thresholds = _changed_thresholds(rings, thresholds or {})
        base = score_rows(facts, saved, base_thresholds)
        new = (
            base
            if (changed == saved and new_thresholds == base_thresholds)
            else score_rows(facts, changed, new_thresholds)
        )
    n = len(rings)
    matrix = [[0] * n for _ in range(n)]
    pairs: dict[tuple[int, int], int] = {}
    moving: list[int] = []
    for aid, (_, _, current, target, _) in new.items():
        matrix[current][target] += 1
        before = base[aid][3]
        if before != target:
            pairs[(before, target)] = pairs.get((before, target), 0) + 1
            moving.append(aid)
    names = tuple(r.name for r in rings)
    moves = tuple(
        RingMoveCount(a, names[a], b, names[b], count) for (a, b), count in sorted(pairs.items())
    )
    return WhatIf(
        weights=changed.weights(),
        thresholds=tuple(int(x) for x in new_thresholds.min_scores),
        accounts=len(new),
        moving=len(moving),
        moves=moves,
        ring_names=names,
        matrix=tuple(tuple(row) for row in matrix),
        account_ids_moving=tuple(sorted(moving)),
    )


def _changed_thresholds(
    rings: Sequence[RingFacts], changes: Mapping[int | str, float]
) -> Thresholds:
    mins = [float(r.min_score) for r in rings]
    for ref, value in changes.items():
        position = _ring_position(rings, ref)
        number = float(value)
        if not 0 <= number <= 100:
            raise ValidationError("threshold", f"{rings[position].name}: must be 0-100")
        mins[position] = number
    for inner, outer in zip(range(len(mins)), range(1, len(mins)), strict=False):
        if mins[inner] <= mins[outer]:
            raise ValidationError(
                "threshold",
                f"{rings[inner].name} needs a higher threshold than {rings[outer].name} "
                f"({mins[inner]:g} ≤ {mins[outer]:g})",
            )
    return Thresholds(tuple(mins), tuple(r.customers_only for r in rings))


def _ring_position(rings: Sequence[RingFacts], ref: int | str) -> int:
    text = str(ref).strip()
    if text.isdecimal():
        position = int(text)
        if position < len(rings):
            return position
        raise NotFoundError(f"no ring at position {position}")
    for r in rings:
        if r.name.lower() == text.lower():
            return r.position
    matches = [r for r in rings if text.lower() in r.name.lower()]
    if len(matches) == 1:
        return matches[0].position
    raise NotFoundError(f"no ring named {text!r} (rings: {', '.join(r.name for r in rings)})")


__all__ = [
    "EngineSettings",
    "RingMoveCount",
    "Thresholds",
    "WhatIf",
    "place",
    "what_if",
]
