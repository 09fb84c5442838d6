"""The score explanation names the captured meeting or mail that was the last contact.

Every path that explains a score (a full pass, one account, the analysis the window
keeps, the account page) says the same words about the same facts.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from circlesoftrust.engine.analysis import analyse
from circlesoftrust.engine.scoring import AccountScore, score_account, score_all
from circlesoftrust.io.capture import capture
from circlesoftrust.io.capture_settings import update_capture_settings
from circlesoftrust.overview import account_overview
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "capture"
ME = "me@mycompany.example"


@pytest.fixture(autouse=True)
def _amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def people(db: Database, tmp_path: Path) -> Database:
    accounts.create_account(db, "Alder Labs", website="https://www.alder.example")
    accounts.create_account(db, "Cedar Co")
    accounts.add_contact(db, "Alder Labs", "Anna Berg", email="anna@alder.example")
    accounts.add_contact(db, "Cedar Co", "Bob Stone", email="bob@cedar.example")
    update_capture_settings(db, {"own_addresses": [ME]})
    return db


def engagement(score: AccountScore) -> str:
    return next(c.explanation for c in score.components if c.name == "engagement")


def every_path(db: Database, name: str, day: dt.date) -> str:
    """The engagement explanation, after checking that every path gives the same score."""
    account_id = next(a.id for a in accounts.list_account_names(db) if a.name == name)
    one = score_account(db, account_id, on=day)
    assert score_all(db, on=day)[account_id] == one
    assert analyse(db, day).explain(account_id) == one
    assert account_overview(db, account_id, day).score == one
    return engagement(one)


@pytest.mark.pg
def test_the_explanation_names_the_imported_meeting_with_its_title(
    people: Database, tmp_path: Path
) -> None:
    shutil.copy(FIXTURES / "calendars" / "outlook-calendar.ics", tmp_path / "cal.ics")
    capture(people, tmp_path / "cal.ics", since=dt.date(2026, 1, 1), until=dt.date(2026, 10, 31),
            keep_titles=True)  # fmt: skip

    words = every_path(people, "Cedar Co", dt.date(2026, 10, 25))

    assert (
        "last contact 5 days ago: the meeting “Cedar quarterly review” on Oct 20, 2026, "
        "from your calendar" in words
    )


def test_without_titles_the_explanation_names_the_people_and_a_later_touch_wins(
    people: Database, tmp_path: Path
) -> None:
    mail = FIXTURES / "thunderbird"
    capture(people, mail, since=dt.date(2026, 1, 1), until=dt.date(2026, 11, 4))

    words = every_path(people, "Alder Labs", dt.date(2026, 11, 4))
    assert "an e-mail (from me to Anna Berg) on Nov 3, 2026, from your mail" in words

    activity.log_touchpoint(
        people, "Alder Labs", kind="call", on=dt.date(2026, 11, 4), direction="two_way"
    )
    words = every_path(people, "Alder Labs", dt.date(2026, 11, 4))
    assert "a touchpoint on Nov 4, 2026" in words and "your mail" not in words
