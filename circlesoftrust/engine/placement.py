"""Ring placement: score -> target ring, with hysteresis, customer gates and pins.

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
or demote suggestion (:mod:`circlesoftrust.engine.suggestions`). The what-if preview of
other weights and thresholds: :mod:`circlesoftrust.engine.what_if`. The rules in words:
docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from circlesoftrust.engine.ring_facts import RingFacts

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


__all__ = [
    "AT_TARGET",
    "GATE",
    "HELD_BY_HYSTERESIS",
    "HELD_BY_PIN",
    "INWARD",
    "OUTWARD",
    "Thresholds",
    "place",
]
