"""The journey phase (issue 11, point 5): derived and shown as derived, with the facts; a
phase set by hand is kept until the next contact or purchase after the day it was set,
and the page, `accounts show` and the brief say so."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from circlesoftrust import formats
from circlesoftrust.brief import build_brief
from circlesoftrust.engine import people
from circlesoftrust.models import Account
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database, open_database
from tests.unit.test_engine_cli import run
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def set_by_hand(
    db: Database, monkeypatch: pytest.MonkeyPatch, aid: int, phase: str, on: dt.date
) -> None:
    monkeypatch.setattr(accounts, "today", lambda: on)
    accounts.update_account(db, aid, journey_phase=phase)


def test_a_phase_set_by_hand_holds_until_the_next_contact(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Scenario(db)
    aid = s.account("Summit Dental", 2)
    activity.record_revenue(db, aid, 1200, on=ago(10))  # the facts say after-sale
    set_by_hand(db, monkeypatch, aid, "usage", ago(5))
    info = people.journey_phase(db, aid, on=D)
    assert (info.phase, info.by_hand, info.derived_phase) == ("usage", True, "after_sale")
    assert info.words() == (
        f"usage (set by hand on {formats.date(ago(5))}; kept until the next contact or "
        f"purchase; the facts say after-sale: bought {formats.date(ago(10))} (10 days ago))"
    )
    assert build_brief(db, aid, on=D).journey_phase == info.words()
    # A newsletter is no contact: the user's phase stands.
    activity.log_touchpoint(db, aid, kind="email", direction="outbound", on=ago(3))
    assert people.journey_phase(db, aid, on=D).phase == "usage"
    # A call is: the derived phase takes over, and the words say what replaced the user's.
    activity.log_touchpoint(db, aid, kind="call", direction="two_way", on=ago(2))
    info = people.journey_phase(db, aid, on=D)
    assert (info.phase, info.by_hand) == ("after_sale", False)
    assert info.words().endswith(
        f"; set by hand to usage on {formats.date(ago(5))}, replaced by the contact of "
        f"{formats.date(ago(2))}"
    )


def test_a_purchase_after_the_day_ends_the_phase_set_by_hand(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Scenario(db)
    aid = s.account("Lead Co", 3)
    set_by_hand(db, monkeypatch, aid, "purchase_decision", ago(20))
    assert people.journey_phase(db, aid, on=D).phase == "purchase_decision"
    activity.record_revenue(db, aid, 900, on=ago(1))
    assert people.journey_phase(db, aid, on=D).phase == "after_sale"


def test_sync_keeps_the_users_phase_until_a_contact(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Scenario(db)
    kept, moved = s.account("Kept", 2), s.account("Moved", 2)
    for aid in (kept, moved):
        activity.record_revenue(db, aid, 1200, on=ago(10))
        set_by_hand(db, monkeypatch, aid, "usage", ago(5))
    activity.log_touchpoint(db, moved, kind="meeting", direction="two_way", on=ago(1))
    assert people.sync_journey_phases(db, on=D) == 1
    with db.transaction() as session:
        rows = {
            r.id: (r.journey_phase.value if r.journey_phase else None, r.journey_set_on)
            for r in session.scalars(select(Account))
        }
    assert rows[kept] == ("usage", ago(5))
    assert rows[moved] == ("after_sale", None)  # stored by the sync: derived, no day


def test_saving_the_form_unchanged_does_not_restart_the_phase(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Scenario(db)
    aid = s.account("Form Co", 2)
    set_by_hand(db, monkeypatch, aid, "usage", ago(30))
    monkeypatch.setattr(accounts, "today", lambda: ago(1))
    accounts.update_account(db, aid, journey_phase="usage", notes="met at the fair")
    assert people.journey_phase(db, aid, on=D).set_on == ago(30)


def test_the_command_line_sets_a_phase_by_hand_and_shows_it(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    s = Scenario(db)
    aid = s.account("Cli Co", 2)
    activity.record_revenue(db, aid, 1200, on=ago(10))
    db.close()
    code, out, _ = run(capsys, path, "journey", str(aid), "--set", "usage")
    assert code == 0
    assert out.strip().startswith(
        f"usage (set by hand on {formats.date(dt.date.today())}; kept until the next contact"
    )
    code, out, err = run(capsys, path, "journey", str(aid), "--set", "launch")
    assert code != 0 and "journey_phase" in out + err


def test_a_phase_stored_by_a_sync_is_not_called_set_by_hand(db: Database) -> None:
    """A phase the sync (or the demo, or an import) stored is the facts' of that day, not
    the user's: once the facts move on, the page names it as stored earlier, never as
    "set by hand"."""
    s = Scenario(db)
    aid = s.account("Synced Co", 2)
    activity.record_revenue(db, aid, 1200, on=ago(400))
    assert people.sync_journey_phases(db, on=ago(200)) >= 1
    with db.transaction() as session:
        row = session.get(Account, aid)
        assert row is not None and row.journey_set_on is None
        stored = row.journey_phase.value if row.journey_phase else None
    activity.record_revenue(db, aid, 900, on=ago(3))
    info = people.journey_phase(db, aid, on=D)
    assert info.phase == "after_sale" and stored not in (None, "after_sale")
    words = info.words()
    assert "set by hand" not in words
    assert words.endswith(f"; stored earlier as {stored.replace('_', ' ')}")
