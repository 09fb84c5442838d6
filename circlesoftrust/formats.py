"""How money, numbers and dates read everywhere — the window, the brief, the CLI. One helper.

Everything is formatted by Babel (CLDR data) for :func:`circlesoftrust.i18n.format_locale`:
Dutch ``€ 1.234,56``, German ``1.234,56 €``, American ``$1,234.56``. Dates have one format in
the whole app (CLDR "medium": ``6 dec. 2026``, ``06.12.2026``, ``Dec 6, 2026``). Money shows
the database's currency (:func:`set_currency`, read from the database's settings by
:mod:`circlesoftrust.currency`), with its symbol. A test (tests/unit/test_format_scan.py)
refuses ad-hoc formatting (``f"{x:,.2f}"``, ``strftime``) elsewhere in the app.

Typed amounts are read the same way (:func:`parse_amount`): ``12,50`` where the locale
writes a decimal comma, ``12.50`` where it writes a point.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from babel import Locale, numbers
from babel import dates as babel_dates

from circlesoftrust import i18n

#: What "a currency code" looks like before Babel is asked whether it knows it.
_CODE = re.compile(r"[A-Z]{3}")
# The currency shown when the database has none set: None = the locale's own (see below).
_currency: str | None = None


def default_currency(locale: Locale | None = None) -> str:
    """The currency of the locale's country (EUR for nl/de without a country); EUR when the
    locale names none."""
    loc = locale or i18n.format_locale()
    if loc.language in ("nl", "de") and not loc.territory:
        return "EUR"
    found = numbers.get_territory_currencies(loc.territory) if loc.territory else []
    return found[0] if found else "EUR"


def set_currency(code: str | None) -> None:
    """The currency money is shown in from now on (None: the locale's default)."""
    global _currency
    _currency = check_currency(code) if code else None


def currency() -> str:
    """The currency money is shown in: the database's, else the locale's default."""
    if _currency:
        return _currency
    _fresh()
    return _locale_default[0]


def check_currency(code: str) -> str:
    """``"eur"`` → ``"EUR"``; a ValueError naming the code when it is not an ISO 4217 one."""
    text = code.strip().upper()
    if not _CODE.fullmatch(text) or not numbers.is_currency(text, "en"):
        raise ValueError(code)
    return text


def currency_symbol(code: str | None = None) -> str:
    return numbers.get_currency_symbol(code or currency(), locale=i18n.format_locale())


def currency_name(code: str) -> str:
    return numbers.get_currency_name(code, locale=i18n.format_locale())


def known_currencies() -> list[str]:
    """ISO codes Babel knows that are still in use somewhere, sorted."""
    return sorted(numbers.list_currencies())


# Babel parses its pattern on every call (≈ 55 µs each); the engine's reasons format ~100,000
# amounts and dates per pass at 100k accounts, so each text is kept (money per currency) until
# the formatting locale changes.
_CACHED = functools.lru_cache(maxsize=65536, typed=True)
_cached_for: list[Locale] = []  # the locale the kept texts were made for
_locale_default: list[str] = []  # and its default currency


def _fresh() -> None:
    """Forget the kept texts when the formatting locale changed (an identity check)."""
    loc = i18n.format_locale()
    if not _cached_for or _cached_for[0] is not loc or not _locale_default:
        # Worked out before anything is marked: another thread (the window opens a file
        # in a worker while the UI thread formats) must never find the locale marked as
        # known before its default currency is.
        fallback = default_currency(loc)
        _money.cache_clear()
        _number.cache_clear()
        _date.cache_clear()
        _locale_default[:] = [fallback]
        _cached_for[:] = [loc]


def money(cents: int, *, cents_shown: bool = True) -> str:
    """An amount stored in cents, with the currency: ``€ 1.234,56`` (``€ 1.235`` without
    cents, for tables and tiles)."""
    _fresh()
    return _money(cents, cents_shown, currency())


@_CACHED
def _money(cents: int, cents_shown: bool, _currency_code: str) -> str:
    value = Decimal(cents) / 100
    loc = i18n.format_locale()
    if cents_shown:
        text = numbers.format_currency(value, currency(), locale=loc)
    else:
        whole = re.sub(r"\.0+", "", loc.currency_formats["standard"].pattern)
        text = numbers.format_currency(
            value.quantize(Decimal(1)), currency(), format=whole, locale=loc, currency_digits=False
        )
    return _spaced(text)


def _spaced(text: str) -> str:
    """CLDR's currency spacing, which Babel leaves out: a symbol of letters (``CHF``) keeps a
    no-break space from the digits (``CHF 10.00``, not ``CHF10.00``); ``$10.00`` stays."""
    symbol = currency_symbol()
    if not symbol[-1:].isalpha() and not symbol[:1].isalpha():
        return text
    quoted = re.escape(symbol)
    text = re.sub(rf"(?<={quoted})(?=[\d\-])", "\u00a0", text) if symbol[-1].isalpha() else text
    return re.sub(rf"(?<=\d)(?={quoted})", "\u00a0", text) if symbol[0].isalpha() else text


def money_short(units: float) -> str:
    """An amount in units, short for tiles and chart ticks: ``€ 12.346``, ``€ 1,2 mln.``."""
    if abs(units) < 1_000_000:
        return money(round(units * 100), cents_shown=False)
    return _spaced(
        numbers.format_compact_currency(
            units, currency(), locale=i18n.format_locale(), fraction_digits=1
        )
    )


def number(value: int | float | Decimal, *, digits: int | None = None) -> str:
    """A number with the locale's grouping and decimal sign; ``digits`` fixes the decimals."""
    _fresh()
    return _number(value, digits)


@_CACHED
def _number(value: int | float | Decimal, digits: int | None) -> str:
    loc = i18n.format_locale()
    if digits is None:
        return numbers.format_decimal(value, locale=loc)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return numbers.format_decimal(value, format=pattern, locale=loc, decimal_quantization=True)


#: Below this a score's float noise is not a point (scores are kept to one decimal).
_NOISE = 1e-6


def whole_score(value: float) -> int:
    """A trust score as the app shows it everywhere: whole points, cut rather than rounded
    (62.9 reads 62), so a shown score never reaches a ring threshold the real score misses."""
    return math.floor(value + _NOISE)


def score(value: float) -> str:
    """A trust score (0-100) in the app's one precision: ``62`` (see :func:`whole_score`)."""
    return number(whole_score(value))


def score_gap(value: float, threshold: float) -> str:
    """How far a score lies above or below a threshold, in whole points that add up with
    the shown score: 64.5 is "11 points" short of 75 (64 + 11), 60.3 has "5" over 55."""
    return number(score_gap_count(value, threshold))


def score_gap_count(value: float, threshold: float) -> int:
    """:func:`score_gap` as a count (to choose "1 point" or "2 points" with ngettext)."""
    gap = value - threshold
    return math.floor(gap + _NOISE) if gap >= 0 else math.ceil(-gap - _NOISE)


def points(value: float) -> str:
    """A component's contribution to a score, signed, in whole points: ``+12``, ``-3``."""
    whole = round(value)
    return ("-" if whole < 0 else "+") + number(abs(whole))


def percent(share: float, *, digits: int = 0) -> str:
    """A share (0.25) as a percentage in the locale's way: ``25%``, ``25 %``."""
    loc = i18n.format_locale()
    pattern = loc.percent_formats[None].pattern  # the locale's own: "#,##0%", "#,##0 %"
    if digits:
        pattern = re.sub(r"0(\s*%)", "0." + "0" * digits + r"\1", pattern, count=1)
    return numbers.format_percent(share, format=pattern, locale=loc)


def date(day: dt.date | None, empty: str = "—") -> str:
    """A day in the app's one date format (CLDR medium); ``empty`` for no day."""
    if day is None:
        return empty
    if isinstance(day, dt.datetime):
        day = day.date()
    _fresh()
    return _date(day)


@_CACHED
def _date(day: dt.date) -> str:
    return babel_dates.format_date(day, format="medium", locale=i18n.format_locale())


def date_time(moment: dt.datetime) -> str:
    """A moment: the date format above and the locale's short time."""
    loc = i18n.format_locale()
    return f"{date(moment)} {babel_dates.format_time(moment, format='short', locale=loc)}"


def time(moment: dt.datetime) -> str:
    """A time of day in the locale's short form: ``14:05``, ``2:05 PM``."""
    return babel_dates.format_time(moment, format="short", locale=i18n.format_locale())


def month(day: dt.date) -> str:
    """A month for chart ticks and headings: ``dec 26``, ``Dez. 26``, ``Dec 26``: the
    locale's month-and-year pattern with a two-digit year (Babel's "MMMyy" skeleton gives
    the full year in nl/de, and twelve ticks of "Dez. 2025" overlap)."""
    locale = i18n.format_locale()
    pattern = re.sub(r"y+", "yy", locale.datetime_skeletons["yMMM"].pattern)
    return babel_dates.format_date(day, pattern, locale=locale)


def date_pattern() -> str:
    """The date format as a pattern Qt's date editors understand (``d MMM yyyy``)."""
    pattern = i18n.format_locale().date_formats["medium"].pattern
    # CLDR's "y" is the full year; Qt needs "yyyy" for it. Quoted literals stay as they are.
    return re.sub(r"(?<![y'])y(?!y)", "yyyy", pattern)


def first_week_day() -> int:
    """The day a week starts on in the locale: 0 = Monday … 6 = Sunday."""
    return int(i18n.format_locale().first_week_day)


def week_start(day: dt.date) -> dt.date:
    """The first day of the week ``day`` is in, by the locale's first day."""
    return day - dt.timedelta(days=(day.weekday() - first_week_day()) % 7)


def decimal_sign() -> str:
    return numbers.get_decimal_symbol(i18n.format_locale())


def _without_currency(text: str) -> str:
    """``€12,50`` / ``12,50€`` / ``EUR12.50`` → the number (a symbol or code at either end)."""
    text = re.sub(r"^[A-Za-z]{3}(?=[\d+\-.,])|(?<=[\d.,])[A-Za-z]{3}$", "", text)
    while text and unicodedata.category(text[0]) == "Sc":
        text = text[1:]
    while text and unicodedata.category(text[-1]) == "Sc":
        text = text[:-1]
    return text


def parse_amount(text: str) -> Decimal:
    """A typed amount in the locale's way (``1.234,56`` / ``12,50`` in Dutch and German,
    ``1,234.56`` in English); a point followed by one or two digits is read as the decimal
    point in any locale (``12.50``: nobody groups two digits). A currency sign typed with it
    is no part of the number. ValueError when the text is no amount in this locale."""
    cleaned = re.sub(r"[\s_\u00a0\u202f']", "", text)
    cleaned = _without_currency(cleaned)
    if re.fullmatch(r"[+-]?\d+", cleaned) or re.fullmatch(
        r"[+-]?\d+(\.\d+)?e[+-]?\d+", cleaned, re.I
    ):
        return Decimal(cleaned)  # whole numbers, and scientific notation as scripts write it
    if not re.fullmatch(r"[+-]?[\d.,]+", cleaned):
        raise ValueError(text)
    try:
        return numbers.parse_decimal(cleaned, locale=i18n.format_locale(), strict=True)
    except (numbers.NumberFormatError, InvalidOperation):
        pass
    if re.fullmatch(r"[+-]?\d*\.\d{1,2}", cleaned):
        return Decimal(cleaned)
    raise ValueError(text)
