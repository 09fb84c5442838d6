"""How numbers read in the window: one place for money (whole units, thousands grouped)."""

from __future__ import annotations


def money(cents: int) -> str:
    """An amount stored in cents, in whole units: ``1234567`` → ``"12,346"``."""
    return f"{cents / 100:,.0f}"


def money_short(value: float) -> str:
    """An amount in units, short for tiles and chart ticks: 12k, 1.25M."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.2f}M"
    if abs(value) >= 10_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:,.0f}"
