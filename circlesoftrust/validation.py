"""Checks for values users type. Each failure names the field and says what is wrong."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from circlesoftrust.errors import ValidationError

E = TypeVar("E", bound=StrEnum)

# Pragmatic address check: one @, a dot in the domain, no spaces. Full RFC 5322 accepts
# things no address book would ever store, so we are stricter on purpose.
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+(\s*(x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)
MAX_CENTS = 10**14  # a trillion in any currency is a typo
_THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")


def required_text(field: str, value: str | None, *, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters")
    return text


def account_name(value: str | None, field: str = "name") -> str:
    """An account's name: not empty, and not only digits (digits name an account's id)."""
    text = required_text(field, value)
    if text.isdecimal():
        raise ValidationError(field, f"{text!r} is only digits, which name an account's id")
    return text


def optional_text(field: str, value: str | None, *, max_length: int = 300) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters")
    return text


def email(value: str | None, field: str = "email") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text):
        raise ValidationError(field, f"{text!r} is not a valid e-mail address")
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def phone(value: str | None, field: str = "phone") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    digits = sum(map(str.isdigit, text))  # not a generator: an import checks 100,000
    if not _PHONE_CHARS.match(text) or not 3 <= digits <= 20:
        raise ValidationError(field, f"{text!r} is not a valid phone number")
    return text


def date(
    value: str | dt.date | None, field: str = "date", *, default: dt.date | None = None
) -> dt.date:
    if value is None or value == "":
        if default is None:
            raise ValidationError(field, "is required (YYYY-MM-DD)")
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
        raise ValidationError(field, f"{value!r} is not a date (use YYYY-MM-DD)") from None
    return _in_range(day, field)


# Dates outside this window are typos, and date arithmetic near year 1 or 9999 overflows.
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def _in_range(day: dt.date, field: str) -> dt.date:
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(field, f"{day.isoformat()} is out of range (1900 to 2999)")
    return day


def optional_date(value: str | dt.date | None, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    return date(value, field)


def amount_cents(value: str | int | float | Decimal, field: str = "amount") -> int:
    """Parse a non-negative money amount ("1200", "1,200.50", 99.9) into integer cents.

    A comma is accepted only as a thousands separator (groups of three digits before the
    point): "1.200,50" or "12,50" are refused rather than silently read as 1.20 or 1,250.
    """
    if isinstance(value, bool):
        raise ValidationError(field, "must be a number")
    try:
        if isinstance(value, str):
            cleaned = value.strip().replace(" ", "").replace("_", "")
            if "," in cleaned:
                if not _THOUSANDS.fullmatch(cleaned):
                    raise ValidationError(
                        field, f"{value!r} is not an amount (write 1200.50 or 1,200.50)"
                    )
                cleaned = cleaned.replace(",", "")
            number = Decimal(cleaned)
        elif isinstance(value, float):  # (binary fractions: 0.1 + 0.2 is not 0.30)
            number = Decimal(str(value)).quantize(Decimal("0.01"))
        else:
            number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ValidationError(field, f"{value!r} is not an amount") from None
    if not number.is_finite():
        raise ValidationError(field, f"{value!r} is not an amount")
    if number < 0:
        raise ValidationError(field, "must not be negative")
    # Compared before any arithmetic: 1e999999 * 100 overflows Decimal's own range.
    if number > Decimal(MAX_CENTS) / 100:
        raise ValidationError(field, "is unrealistically large")
    cents = number.scaleb(2)
    if cents != cents.to_integral_value():  # 0.005 would be stored as 0.00 unseen
        raise ValidationError(field, f"{value!r} has fractions of a cent (at most 2 decimals)")
    return int(cents)


def int_in_range(value: int | str, field: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, f"{value!r} is not a whole number") from None
    if isinstance(value, float) and value != number:
        raise ValidationError(field, f"{value!r} is not a whole number")
    if not low <= number <= high:
        raise ValidationError(field, f"must be between {low} and {high} (got {number})")
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
        raise ValidationError(field, f"{value!r} is not one of: {allowed}") from None


def colour(value: str, field: str = "colour") -> str:
    text = value.strip()
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        raise ValidationError(field, f"{value!r} is not a colour like #2563eb")
    return text.lower()
