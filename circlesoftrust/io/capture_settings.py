"""The settings of calendar and mail capture and of the calendar file kept up to date.

Declared once (:class:`CaptureSettings`: name, type, default); values the user changed
live in the ``settings`` table as JSON under ``capture.<field name>``. A value equal to
its default is not stored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from circlesoftrust import validation as v
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.io.files import refuse_database_target
from circlesoftrust.models import Setting
from circlesoftrust.storage import Database

KEY_PREFIX = "capture."


@dataclass(frozen=True)
class CaptureSettings:
    """Current values (defaults when the user changed nothing)."""

    # The user's own e-mail addresses: a mail from one of them was sent (outbound), a
    # mail to them received (inbound); an invitation they declined is skipped.
    own_addresses: tuple[str, ...] = field(default=(), metadata={"label": "My e-mail addresses"})
    # Keep a meeting's title as the touchpoint's note (by default only the facts).
    keep_titles: bool = field(default=False, metadata={"label": "Keep meeting titles"})
    # Keep a mail's subject as the touchpoint's note (by default only the facts).
    keep_subjects: bool = field(default=False, metadata={"label": "Keep mail subjects"})
    # The calendar file kept up to date after each change ("" = none).
    calendar_file: str = field(default="", metadata={"label": "Calendar file to keep up to date"})
    # Follow-ups due within this many days are in the calendar file.
    calendar_days: int = field(default=30, metadata={"label": "Calendar file: days ahead"})
    # A reminder (VALARM) this many minutes after the start of the due day (540 = 9:00;
    # negative: the day before); None = no reminders.
    alarm_minutes: int | None = field(default=540, metadata={"label": "Reminder (minutes)"})
    # Tasks as to-dos (VTODO) instead of all-day events in the calendar file.
    calendar_todos: bool = field(default=False, metadata={"label": "Calendar file: to-dos"})
    # A folder whose new .ics / .eml / .msg files are picked up ("" = none).
    watched_folder: str = field(default="", metadata={"label": "Watched folder"})
    # Due tasks and new at-risk accounts as desktop notifications (circlesoftrust.reminders).
    desktop_reminders: bool = field(default=True, metadata={"label": "Desktop reminders"})


def _fields() -> dict[str, dataclasses.Field[Any]]:
    return {f.name: f for f in dataclasses.fields(CaptureSettings)}


def _clean(name: str, value: Any) -> Any:
    """``value`` checked and normalised for field ``name`` (a ValidationError if wrong)."""
    if name == "own_addresses":
        items = [value] if isinstance(value, str) else list(value or [])
        addresses: list[str] = []
        for item in items:
            for part in str(item).replace(";", ",").split(","):
                email = v.email(part.strip(), "own address")
                if email and email.casefold() not in {a.casefold() for a in addresses}:
                    addresses.append(email.casefold())
        return tuple(addresses)
    if name in {"keep_titles", "keep_subjects", "calendar_todos", "desktop_reminders"}:
        if isinstance(value, bool):
            return value
        text = str(value).strip().casefold()
        if text in {"yes", "true", "on", "1"}:
            return True
        if text in {"no", "false", "off", "0"}:
            return False
        raise ValidationError(name, _("{value!r} is not yes or no").format(value=value))
    if name in {"calendar_file", "watched_folder"}:
        return str(value or "").strip()
    if name == "calendar_days":
        days = _int(name, value)
        if not 0 <= days <= 3660:
            raise ValidationError(name, _("must be between 0 and 3660 days"))
        return days
    if name == "alarm_minutes":
        if value is None or str(value).strip().casefold() in {"", "off", "none", "no"}:
            return None
        minutes = _int(name, value)
        if not -10080 <= minutes <= 1440:
            raise ValidationError(name, _("must be between -10080 (a week before) and 1440"))
        return minutes
    raise ValidationError(name, _("is not a capture setting"))


def _int(name: str, value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(
            name, _("{value!r} is not a whole number").format(value=value)
        ) from None


def load_capture_settings(session: Session) -> CaptureSettings:
    fields = _fields()
    values: dict[str, Any] = {}
    for key, raw in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.like(f"{KEY_PREFIX}%"))
    ):
        name = key[len(KEY_PREFIX) :]
        if name not in fields:
            continue  # a setting of a newer version: left alone
        try:
            values[name] = _clean(name, json.loads(raw))
        except (ValueError, ValidationError):
            continue  # a damaged value falls back to the default
    return CaptureSettings(**values)


def get_capture_settings(db: Database) -> CaptureSettings:
    with db.transaction() as session:
        return load_capture_settings(session)


def update_capture_settings(db: Database, changes: Mapping[str, Any]) -> CaptureSettings:
    """Change some settings in one transaction; a value equal to the default is forgotten."""
    fields = _fields()
    cleaned = {name: _clean(name, value) for name, value in changes.items()}
    if cleaned.get("calendar_file"):  # never a database: every later change would fail on it
        refuse_database_target(Path(cleaned["calendar_file"]).expanduser())
    with db.transaction() as session:
        for name, value in cleaned.items():
            key = KEY_PREFIX + name
            default = fields[name].default
            row = session.get(Setting, key)
            if value == default:
                if row is not None:
                    session.execute(delete(Setting).where(Setting.key == key))
                continue
            text = json.dumps(list(value) if isinstance(value, tuple) else value)
            if row is None:
                session.add(Setting(key=key, value=text))
            else:
                row.value = text
        session.flush()
        return load_capture_settings(session)
