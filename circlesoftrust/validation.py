"""Checks for values users type. Each failure names the field and says what is wrong."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from circlesoftrust import formats
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _

E = TypeVar("E", bound=StrEnum)

# Pragmatic address check: one @, a dot in the domain, no spaces. Full RFC 5322 accepts
# things no address book would ever store, so we are stricter on purpose.
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+(\s*(x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)
MAX_CENTS = 10**14  # a trillion in any currency is a typo


def required_text(field: str, value: str | None, *, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, _("must not be empty"))
    if len(text) > max_length:
        raise ValidationError(field, _("is longer than {n} characters").format(n=max_length))
    return text


def account_name(value: str | None, field: str = "name") -> str:
    """An account's name: not empty, and not only digits (digits name an account's id)."""
    text = required_text(field, value)
    if text.isdecimal():
        raise ValidationError(
            field, _("{text!r} is only digits, which name an account's id").format(text=text)
        )
    return text


def optional_text(field: str, value: str | None, *, max_length: int = 300) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > max_length:
        raise ValidationError(field, _("is longer than {n} characters").format(n=max_length))
    return text


def email(value: str | None, field: str = "email") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text):
        raise ValidationError(field, _("{text!r} is not a valid e-mail address").format(text=text))
    local, _at, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def phone(value: str | None, field: str = "phone") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    digits = sum(map(str.isdigit, text))  # not a generator: an import checks 100,000
    if not _PHONE_CHARS.match(text) or not 3 <= digits <= 20:
        raise ValidationError(field, _("{text!r} is not a valid phone number").format(text=text))
    return text


def date(
    value: str | dt.date | None, field: str = "date", *, default: dt.date | None = None
) -> dt.date:
    if value is None or value == "":
        if default is None:
            raise ValidationError(field, _("is required (YYYY-MM-DD)"))
        return default
    if isinstance(value, dt.datetime):
        return _in_range(value.date(), field)
    if isinstance(value, dt.date):
        return _in_range(value, field)
    text = value.strip().lower()
    today = dt.date.today()
    if text == "today":
        return today
    if text == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field, _("{value!r} is not a date (use YYYY-MM-DD)").format(value=value)
        ) from None
    return _in_range(day, field)


# Dates outside this window are typos, and date arithmetic near year 1 or 9999 overflows.
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _in_range(day: dt.date, field: str) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            field, _("{day} is out of range (1900 to 2999)").format(day=day.isoformat())
        )
    return day


def optional_date(value: str | dt.date | None, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    return date(value, field)


def amount_cents(value: str | int | float | Decimal, field: str = "amount") -> int:
    """Parse a non-negative money amount into integer cents, as the locale writes it.

    "1200", "1,200.50", 99.9 in English; "12,50" or "1.200,50" in Dutch and German
    (:func:`circlesoftrust.formats.parse_amount`). What the locale would read otherwise is
    refused rather than guessed: "12,50" in English is neither 12.50 nor 1,250.
    """
    not_an_amount = _("{value!r} is not an amount (write {example})").format(
        value=value, example=formats.number(Decimal("1200.50"), digits=2)
    )
    if isinstance(value, bool):
        raise ValidationError(field, _("must be a number"))
    try:
        if isinstance(value, str):
            number = formats.parse_amount(value)
        elif isinstance(value, float):  # (binary fractions: 0.1 + 0.2 is not 0.30)
            number = Decimal(str(value)).quantize(Decimal("0.01"))
        else:
            number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(field, not_an_amount) from None
    if not number.is_finite():
        raise ValidationError(field, not_an_amount)
    if number < 0:
        raise ValidationError(field, _("must not be negative"))
    # Compared before any arithmetic: 1e999999 * 100 overflows Decimal's own range.
    if number > Decimal(MAX_CENTS) / 100:
        raise ValidationError(field, _("is unrealistically large"))
    cents = number.scaleb(2)
    if cents != cents.to_integral_value():  # 0.005 would be stored as 0.00 unseen
        raise ValidationError(
            field, _("{value!r} has fractions of a cent (at most 2 decimals)").format(value=value)
        )
    return int(cents)


def int_in_range(value: int | str, field: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            field, _("{value!r} is not a whole number").format(value=value)
        ) from None
    if isinstance(value, float) and value != number:
        raise ValidationError(field, _("{value!r} is not a whole number").format(value=value))
    if not low <= number <= high:
        raise ValidationError(
            field,
            _("must be between {low} and {high} (got {number})").format(
                low=low, high=high, number=number
            ),
        )
    return number


def nps(value: int | str, field: str = "nps") -> int:
    return int_in_range(value, field, 0, 10)


def choice(enum_cls: type[E], value: str | E, field: str) -> E:
    if isinstance(value, enum_cls):
        return value
    key = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"up_sell": "upsell", "cross_sell": "crosssell", "twoway": "two_way"}
    key = aliases.get(key, key)
    try:
        return enum_cls(key)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ValidationError(
            field, _("{value!r} is not one of: {allowed}").format(value=value, allowed=allowed)
        ) from None


def colour(value: str, field: str = "colour") -> str:
    text = value.strip()
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        raise ValidationError(
            field, _("{value!r} is not a colour like #2563eb").format(value=value)
        )
    return text.lower()
