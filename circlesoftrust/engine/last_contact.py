"""Each account's **last contact** on a day, as the engine counts it (docs/rules.md,
"What counts as contact"): the latest of a touch in a direction that counts, and, each when
its setting says it counts, a purchase, a feedback answer of the last two years, a complaint
opened or resolved, and a referral given.

The trust engine reads the same facts inside its summary (``fact_queries``); this module is
the one grouped read for the places that need only the day: the KPIs' engagement rate and
the calendar file's follow-ups.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func as sql
from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust.engine.fact_queries import YEAR
from circlesoftrust.engine.sqlbits import fetch_rows
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.models import Complaint, Feedback, Referral, RevenueEntry, Touchpoint
from circlesoftrust.vocabulary import Direction

FEEDBACK_DAYS = 2 * YEAR
"""A feedback answer counts as contact for two years, the window the engine reads it in."""


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def last_contacts(
    session: Session, on: dt.date, settings: EngineSettings, account_id: int | None = None
) -> dict[int, dt.date]:
    """Account id -> the day of its last contact up to ``on`` (only accounts with one), for
    every account or only ``account_id``; one grouped MAX per kind of fact."""
    t = Touchpoint.__table__.c
    directions = [Direction.TWO_WAY.value]
    if settings.contact_inbound:
        directions.append(Direction.INBOUND.value)
    if settings.contact_outbound:
        directions.append(Direction.OUTBOUND.value)
    reads: list[tuple[Any, Any, list[Any]]] = [
        (t.account_id, t.occurred_on, [t.direction.in_(directions)])
    ]
    r, f = RevenueEntry.__table__.c, Feedback.__table__.c
    c, ref = Complaint.__table__.c, Referral.__table__.c
    if settings.contact_purchase:
        reads.append((r.account_id, r.occurred_on, []))
    if settings.contact_feedback:
        reads.append((f.account_id, f.given_on, [f.given_on > on - dt.timedelta(FEEDBACK_DAYS)]))
    if settings.contact_complaint:
        reads.append((c.account_id, c.opened_on, []))
        reads.append((c.account_id, c.resolved_on, []))
    if settings.contact_referral:
        reads.append((ref.from_account_id, ref.referred_on, []))
    last: dict[int, dt.date] = {}
    for owner, day_column, conditions in reads:
        query = select(owner, sql.max(day_column)).where(day_column <= on, *conditions)
        if account_id is not None:
            query = query.where(owner == account_id)
        for aid, value in fetch_rows(session, query.group_by(owner)):
            day = _day(value)
            if day is not None and (aid not in last or day > last[aid]):
                last[aid] = day
    return last
