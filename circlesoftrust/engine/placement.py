"""Ring placement: score -> target ring, with hysteresis, customer gates and pins.

Rules (all numbers from the rings and :mod:`circlesoftrust.engine_settings`):

* Each ring's ``min_score`` is the lowest score that targets it; the plain target is the
  innermost ring whose threshold the score reaches and whose gate lets the account in
  (``customers_only`` rings take only accounts with at least one purchase).
* Hysteresis: a move inwards needs ``hysteresis_points`` above the new ring's threshold;
  an account leaves its current ring outwards only when it falls that many points below
  the current ring's threshold. Scores wobbling around a threshold move nobody.
* A gate overrides hysteresis and pins: a non-customer in a customers-only ring is
  targeted out (a lead never sits in a customers-only ring).
* The new clients' rule: a customer with a purchase in the last ``new_client_days`` sits
  at least in the ring at position ``new_client_ring`` (its *floor*), whatever the score.
* Pinned accounts (ring set by hand, until the pin's end) are left alone unless the target
  is at least ``pinned_min_gap_rings`` rings away.

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
FLOOR = "floor"  # the new clients' rule holds a recent customer in (or moves it to) its ring


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
    floor: int | None = None,
) -> tuple[int, str]:
    """The target ring position for one account and a code saying why (see module doc).

    ``floor`` is the outermost ring the account may be placed in (the new clients' rule
    for a recent customer; None: no such rule for it).
    """
    mins, gates = thresholds.min_scores, thresholds.customers_only
    outermost = len(mins) - 1
    floor = outermost if floor is None or floor > outermost else floor
    plain = outermost
    for position, threshold in enumerate(mins):
        if score >= threshold and (is_customer or not gates[position]):
            plain = position
            break
    if current > outermost:  # ring removed under us: treat as outermost
        current = outermost
    if gates[current] and not is_customer:
        return plain, GATE  # a ring definition: neither hysteresis nor a pin holds it
    if plain < current:
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
    if target > floor:
        target, why = floor, FLOOR
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
