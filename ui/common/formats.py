"""How numbers read in the window: the core's one helper (:mod:`circlesoftrust.formats`).

Money shows the database's currency with its symbol, numbers and dates follow the locale
(``--lang`` / Settings / the system). Nothing in ``ui/`` formats money or dates by hand.
"""

from __future__ import annotations

from circlesoftrust import formats
from circlesoftrust.formats import (
    date,
    date_pattern,
    date_time,
    month,
    number,
    percent,
    points,
    score,
    time,
    whole_score,
)

__all__ = [
    "date",
    "date_pattern",
    "date_time",
    "money",
    "money_short",
    "month",
    "number",
    "percent",
    "points",
    "score",
    "time",
    "whole_score",
]


def money(cents: int) -> str:
    """An amount stored in cents, in whole units with the currency: ``€ 12.346``."""
    return formats.money(cents, cents_shown=False)


def money_short(value: float) -> str:
    """An amount in units, short for tiles and chart ticks: ``€ 12K``, ``1,3 Mio. €``."""
    return formats.money_short(value)
