"""A new account is not "at risk" a second after it is created (issue 18, point 5): with no
contact yet, silence counts from the day the account was created, not since forever."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust import formats
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import Scenario

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set

SILENCE = {"at_risk", "follow_up"}


def silence(db: Database, aid: int, on: dt.date) -> dict[str, sg.Suggestion]:
    return {s.kind: s for s in sg.suggest(db, on) if s.account_id == aid and s.kind in SILENCE}


def test_an_account_created_a_second_ago_is_neither_at_risk_nor_due_a_follow_up(
    db: Database,
) -> None:
    inner = accounts.create_account(db, "Fresh Hotels", ring="Inner circle")
    lead = accounts.create_account(db, "Fresh Leads", ring="Leads")
    created = inner.created_at.date()
    assert silence(db, inner.id, created) == {}
    assert silence(db, lead.id, created) == {}
    # One inner-ring cadence (14 days) later with no contact: a follow-up that counts from
    # the creation; at risk only after two cadences, like any silent account.
    later = silence(db, inner.id, created + dt.timedelta(days=14))
    assert set(later) == {"follow_up"}
    assert (
        f"no contact since it was created on {formats.date(created)} (14 days ago)"
        in later["follow_up"].reason
    )
    assert later["follow_up"].due_on == created + dt.timedelta(days=14)
    risk = silence(db, inner.id, created + dt.timedelta(days=28))
    assert set(risk) == {"at_risk"}
    assert risk["at_risk"].due_on == created + dt.timedelta(days=28)
    assert silence(db, lead.id, created + dt.timedelta(days=89)) == {}
    assert set(silence(db, lead.id, created + dt.timedelta(days=90))) == {"follow_up"}


def test_an_old_account_never_contacted_is_at_risk_since_its_creation(db: Database) -> None:
    s = Scenario(db)
    aid = s.account("Old Silence", 1, entered_days_ago=400)  # loyal: cadence 30
    found = silence(db, aid, s_day := dt.date(2026, 6, 15))
    assert set(found) == {"at_risk"}
    created = s_day - dt.timedelta(days=400)
    assert (
        f"no contact since it was created on {formats.date(created)} (400 days ago)"
        in found["at_risk"].reason
    )
    assert found["at_risk"].due_on == created + dt.timedelta(days=60)
