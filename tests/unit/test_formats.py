"""The one helper for money, numbers and dates (issue 14): per locale, with the currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from circlesoftrust import formats, i18n
from circlesoftrust.errors import ValidationError
from circlesoftrust.validation import amount_cents

NBSP = "\u00a0"
DAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "money", "whole", "date", "week_starts"),
    [
        ("en", "$1,234.56", "$1,235", "Dec 6, 2026", 6),  # en_US: dollars, weeks on Sunday
        ("nl", f"€{NBSP}1.234,56", f"€{NBSP}1.235", "6 dec 2026", 0),
        ("de", f"1.234,56{NBSP}€", f"1.235{NBSP}€", "06.12.2026", 0),
    ],
)
def test_money_dates_and_weeks_follow_the_locale(
    lang: str, money: str, whole: str, date: str, week_starts: int
) -> None:
    i18n.set_language(lang)
    assert formats.money(123456) == money
    assert formats.money(123456, cents_shown=False) == whole
    assert formats.date(DAY) == date
    assert formats.first_week_day() == week_starts
    assert formats.week_start(DAY).weekday() == week_starts


def test_the_database_currency_is_shown_with_its_symbol() -> None:
    i18n.set_language("nl")
    formats.set_currency("CHF")
    assert formats.money(1050) == f"CHF{NBSP}10,50"
    formats.set_currency("usd")
    assert formats.money(1050) == f"US${NBSP}10,50"
    with pytest.raises(ValueError):
        formats.set_currency("EURO")


@pytest.mark.parametrize(
    ("lang", "typed", "cents"),
    [
        ("nl", "12,50", 1250),
        ("nl", "1.200,50", 120050),
        ("nl", "€ 12,50", 1250),
        ("nl", "12.50", 1250),  # a point before two digits cannot group thousands
        ("de", "1.250", 125000),  # German grouping, not 1.25
        ("de", "12,5", 1250),
        ("en", "1,200.50", 120050),
        ("en", "12.50", 1250),
    ],
)
def test_amounts_are_read_as_the_locale_writes_them(lang: str, typed: str, cents: int) -> None:
    i18n.set_language(lang)
    assert amount_cents(typed) == cents


@pytest.mark.parametrize(
    ("lang", "typed"), [("en", "12,50"), ("nl", "1,200.50"), ("de", "12,50x"), ("nl", "1,2,3")]
)
def test_an_amount_the_locale_would_misread_is_refused(lang: str, typed: str) -> None:
    i18n.set_language(lang)
    with pytest.raises(ValidationError, match="amount"):
        amount_cents(typed)


def test_numbers_and_percentages_use_the_locale_signs() -> None:
    i18n.set_language("de")
    assert formats.number(1234567) == "1.234.567"
    assert formats.number(Decimal("2.5"), digits=1) == "2,5"
    assert formats.percent(0.25) == f"25{NBSP}%"
    i18n.set_language("en")
    assert formats.percent(0.25) == "25%"


def test_currency_asked_from_two_threads_while_the_locale_is_fresh(monkeypatch):
    """The window opens a file in a worker while the UI thread formats: both ask for the
    currency right after the formatting locale changed. The second must not find the
    locale marked as known before its default currency is (an IndexError made "Opening
    … failed" show, now and then, at start-up)."""
    import threading

    from circlesoftrust import formats as core_formats

    entered, release = threading.Event(), threading.Event()
    real = core_formats.default_currency
    calls = []

    def slow_default(loc=None):
        calls.append(threading.current_thread().name)
        if len(calls) == 1:  # the first caller is held inside, as Babel's load holds it
            entered.set()
            release.wait(5)
        return real(loc)

    monkeypatch.setattr(core_formats, "default_currency", slow_default)
    monkeypatch.setattr(core_formats, "_currency", None)
    core_formats._cached_for.clear()  # as after a change of the formatting locale
    core_formats._locale_default.clear()
    first: list[str] = []
    worker = threading.Thread(target=lambda: first.append(core_formats.currency()))
    worker.start()
    assert entered.wait(5)
    try:
        second = core_formats.currency()
    finally:
        release.set()
        worker.join(5)
    assert second == first[0] == real()


@pytest.mark.parametrize(("lang", "shown"), [("en", "Dec 25"), ("nl", "dec 25"), ("de", "Dez. 25")])
def test_a_month_on_a_chart_is_short_in_every_language(lang: str, shown: str) -> None:
    """Twelve month ticks must fit under a chart: the year in two digits ("Dez. 2025"
    overlapped its neighbours in German and Dutch)."""

    i18n.set_language(lang)
    assert formats.month(dt.date(2025, 12, 1)) == shown
