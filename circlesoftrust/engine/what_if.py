"""What if the weights or ring thresholds were different: who would move where (saves nothing).

The settings page's preview and ``circlesoftrust what-if``: every active account is scored
under the saved settings and under the changed ones, from one read of the facts, and the
two placements are compared (:mod:`.placement` has the rules, :mod:`.scoring` the score).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from circlesoftrust import validation as v
from circlesoftrust.engine.facts import load_facts
from circlesoftrust.engine.placement import Thresholds
from circlesoftrust.engine.ring_facts import RingFacts
from circlesoftrust.engine.scoring import score_rows
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database


@dataclass(frozen=True)
class RingMoveCount:
    """How many accounts would go from one ring to another."""

    from_position: int
    from_ring: str
    to_position: int
    to_ring: str
    accounts: int


@dataclass(frozen=True)
class AccountMove:
    """One account these rules would suggest moving (or keep where the saved rules would
    move it: ``stays``), and whether the change made it so."""

    account_id: int
    name: str
    from_ring: str
    to_ring: str
    saved_target: str  # where the saved rules place it
    by_the_change: bool  # the saved rules target another ring

    @property
    def stays(self) -> bool:
        return self.from_ring == self.to_ring


@dataclass(frozen=True)
class WhatIf:
    """A preview of changed weights or thresholds; nothing is saved.

    ``matrix`` counts every account from its current ring (row) to its target under the
    changed settings (column); ``moves`` lists the matrix's off-diagonal cells (the moves
    the inbox would suggest under these settings, from the current rings), so the summary
    and the matrix always agree. ``moving`` / ``account_ids_moving`` are the accounts whose
    target differs from their target under the saved settings (unchanged settings: none).
    """

    weights: Mapping[str, float]
    thresholds: tuple[int, ...]  # by ring position
    accounts: int
    moving: int
    moves: tuple[RingMoveCount, ...]
    ring_names: tuple[str, ...]
    matrix: tuple[tuple[int, ...], ...]
    account_ids_moving: tuple[int, ...]
    # The accounts of the matrix's off-diagonal cells by name, and those the change keeps
    # where the saved rules would move them (``stays``): the change's first, then by ring.
    account_moves: tuple[AccountMove, ...] = ()


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
    for aid, (_s, _r, current, target, _p) in new.items():
        matrix[current][target] += 1
        if current != target:
            pairs[(current, target)] = pairs.get((current, target), 0) + 1
        if base[aid][3] != target:
            moving.append(aid)
    names = tuple(r.name for r in rings)
    account_names = {a[0]: a[1] for a in facts.accounts}
    account_moves = sorted(
        (
            AccountMove(aid, account_names.get(aid, f"#{aid}"), names[current], names[target],
                        names[base[aid][3]], base[aid][3] != target)
            for aid, (_, _, current, target, _) in new.items()
            if current != target or base[aid][3] != target
        ),
        key=lambda m: (not m.by_the_change, m.from_ring, m.to_ring, m.name.casefold()),
    )  # fmt: skip
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
        account_moves=tuple(account_moves),
    )


def _changed_thresholds(
    rings: Sequence[RingFacts], changes: Mapping[int | str, float]
) -> Thresholds:
    mins = [float(r.min_score) for r in rings]
    for ref, value in changes.items():
        position = _ring_position(rings, ref)
        number = float(value)
        if not 0 <= number <= 100:
            raise ValidationError(
                "threshold", _("{name}: must be 0-100").format(name=rings[position].name)
            )
        mins[position] = number
    for inner, outer in zip(range(len(mins)), range(1, len(mins)), strict=False):
        if mins[inner] <= mins[outer]:
            raise ValidationError(
                "threshold",
                _("{name} needs a higher threshold than {name2} ({value:g} ≤ {value2:g})").format(
                    name=rings[inner].name,
                    name2=rings[outer].name,
                    value=mins[inner],
                    value2=mins[outer],
                ),
            )
    return Thresholds(tuple(mins), tuple(r.customers_only for r in rings))


def _ring_position(rings: Sequence[RingFacts], ref: int | str) -> int:
    text = str(ref).strip()
    if text.isdecimal():
        position = int(text)
        if position < len(rings):
            return position
        raise NotFoundError(_("no ring at position {position}").format(position=position))
    for r in rings:
        if r.name.lower() == text.lower():
            return r.position
    matches = [r for r in rings if text.lower() in r.name.lower()]
    if len(matches) == 1:
        return matches[0].position
    raise NotFoundError(
        _("no ring named {text!r} (rings: {items})").format(
            text=text, items=", ".join(r.name for r in rings)
        )
    )


__all__ = ["AccountMove", "RingMoveCount", "WhatIf", "what_if"]
