"""The rings as the engine reads them: plain values, ordered from the inner ring out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust.models import Ring


@dataclass(frozen=True)
class RingFacts:
    """A ring as the engine needs it (plain values, ordered by position)."""

    id: int
    position: int
    name: str
    stage: str
    cadence_days: int | None
    min_score: int
    customers_only: bool
    insight_delay_days: int
    detail_level: str
    discussion_open: bool


def load_rings(session: Session) -> tuple[RingFacts, ...]:
    return tuple(
        RingFacts(
            r.id,
            r.position,
            r.name,
            r.stage.value,
            r.cadence_days,
            r.min_score,
            r.customers_only,
            r.insight_delay_days,
            r.detail_level.value,
            r.discussion_open,
        )
        for r in session.scalars(select(Ring).order_by(Ring.position))
    )
