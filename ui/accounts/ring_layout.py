"""Where each account's marker sits in the ring view: pure geometry, no widgets.

Ring ``k`` (0 = innermost) is the band between radii ``k·W`` and ``(k+1)·W``. The members
of a ring, ordered by account id, follow a golden-angle (Vogel) spiral over the band's
area, so markers are spread evenly, never pile up, and land in the same place for the
same data. Marker radii are scaled so that neighbours do not overlap in the densest ring.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence

BAND = 100.0  # scene units per ring band
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
MAX_RADIUS = 22.0
MIN_RADIUS = 7.0


def band(position: int) -> tuple[float, float]:
    return position * BAND, (position + 1) * BAND


def ring_at(distance: float, rings: int) -> int | None:
    """The ring position at ``distance`` from the centre (None when well outside)."""
    if distance > rings * BAND + BAND * 0.6:
        return None
    return max(0, min(rings - 1, int(distance // BAND)))


def marker_scale(counts: Sequence[int]) -> float:
    """A common factor (≤ 1) so that markers of the densest ring do not overlap."""
    scale = 1.0
    for position, n in enumerate(counts):
        if n <= 0:
            continue
        inner, outer = band(position)
        spacing = math.sqrt(math.pi * (outer**2 - inner**2) / n)
        scale = min(scale, 0.35 * spacing / MAX_RADIUS)
    return max(scale, 0.08)


def marker_radius(weight: float, scale: float) -> float:
    """``weight`` in 0..1 (revenue share of the top account, or score / 100)."""
    weight = min(1.0, max(0.0, weight))
    return (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * weight) * scale


def spiral(position: int, count: int, margin: float) -> tuple[list[float], list[float]]:
    """``count`` evenly spread points in ring ``position``, ``margin`` inside its edges,
    as (xs, ys).

    Built with ``map`` over math's C functions rather than a loop per point: 100,000
    markers take ≈ 40 ms instead of ≈ 170 ms (measured), on the start-up path.
    """
    if count <= 0:
        return [], []
    inner, outer = band(position)
    r_in = inner + margin if inner > 0 else 0.0
    r_out = max(r_in + 1.0, outer - margin)
    offset = position * 0.9  # rings do not line up their spirals
    area_in, area_span = r_in * r_in, r_out * r_out - r_in * r_in
    step = area_span / count
    radii = list(map(math.sqrt, [area_in + step * (j + 0.5) for j in range(count)]))
    angles = [offset + j * GOLDEN_ANGLE for j in range(count)]
    xs = list(map(operator.mul, radii, map(math.cos, angles)))
    ys = list(map(operator.mul, radii, map(math.sin, angles)))
    return xs, ys
