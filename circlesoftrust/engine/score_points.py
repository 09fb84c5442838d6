"""The scoring settings turned into points: :class:`_Tuned` and :func:`score_of` (the
formula itself; :mod:`.scoring` documents the components)."""

from __future__ import annotations

from circlesoftrust.engine_settings import COMPONENTS, EngineSettings


class _Tuned:
    """Settings turned into the constants the scoring loop needs (computed once)."""

    def __init__(self, s: EngineSettings) -> None:
        w = s.weights()
        positive = sum(w[name] for name in COMPONENTS if name != "friction")
        self.weights = tuple(w[name] for name in COMPONENTS)
        self.points = tuple(100.0 * w[name] / positive for name in COMPONENTS)
        self.signed_points = (*self.points[:4], -self.points[4])  # friction subtracts
        self.percent = s.previous_year_percent
        self.share_multiple = s.revenue_share_multiple


def score_of(t: _Tuned, values: tuple[float, float, float, float, float]) -> float:
    """The score of five component values: weighted points, friction subtracted, 0-100."""
    p = t.points
    total = (
        p[0] * values[0] + p[1] * values[1] + p[2] * values[2] + p[3] * values[3] - p[4] * values[4]
    )
    return round(min(100.0, max(0.0, total)), 1)
