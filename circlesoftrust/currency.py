"""The database's currency: one per database, a setting (``settings`` key ``currency``).

A database that never chose one shows the locale's default (EUR for a Dutch or German user,
see :func:`circlesoftrust.formats.default_currency`); choosing one in Settings (or
``circlesoftrust currency EUR``) stores it, and from then on every user of the file sees the
same currency. Amounts are stored in cents of that currency; changing it converts nothing.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.errors import ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import ActionLog, Setting
from circlesoftrust.storage import Database

KEY = "currency"


def stored_currency(session: Session) -> str | None:
    """The currency the database chose, or None (never chosen, or a broken value)."""
    raw = session.scalar(select(Setting.value).where(Setting.key == KEY))
    if raw is None:
        return None
    try:
        return formats.check_currency(str(json.loads(raw)))
    except (ValueError, TypeError):
        return None


def database_currency(db: Database) -> str:
    """The currency of ``db`` (the locale's default when it never chose one)."""
    with db.transaction() as session:
        return stored_currency(session) or formats.default_currency()


def use_database_currency(db: Database) -> str:
    """Show money in ``db``'s currency from now on (this process); returns the code."""
    with db.transaction() as session:
        code = stored_currency(session)
    formats.set_currency(code)
    return formats.currency()


def set_database_currency(db: Database, code: str) -> str:
    """Store ``code`` (ISO 4217, e.g. EUR) as the database's currency; one transaction."""
    try:
        clean = formats.check_currency(code)
    except ValueError:
        raise ValidationError(
            "currency", _("{code!r} is not a currency code like EUR or USD").format(code=code)
        ) from None
    with db.transaction(write=True) as session:
        if stored_currency(session) != clean:
            store_currency(session, clean)
            session.add(
                ActionLog(
                    kind="settings",
                    summary=_("currency set to {clean}").format(clean=clean),
                    target=KEY,
                )
            )
    formats.set_currency(clean)
    return clean


def store_currency(session: Session, code: str) -> str:
    """Store ``code`` inside an open transaction (Settings saves it with the rest)."""
    try:
        clean = formats.check_currency(code)
    except ValueError:
        raise ValidationError(
            "currency", _("{code!r} is not a currency code like EUR or USD").format(code=code)
        ) from None
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=json.dumps(clean)))
    else:
        row.value = json.dumps(clean)
    return clean
