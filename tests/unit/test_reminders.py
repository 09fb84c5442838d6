"""Desktop reminders: due tasks once a day (and as they fall due), at-risk accounts once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from circlesoftrust.cli import main as cli_main
from circlesoftrust.reminders import collect_reminders
from circlesoftrust.services import accounts, activity, tasks
from circlesoftrust.storage import Database

DAY = dt.date(2026, 6, 15)


@pytest.fixture
def business(db: Database) -> Database:
    accounts.create_account(db, "Alder Labs", ring="Inner circle")
    activity.record_revenue(db, "Alder Labs", 1000, on=DAY - dt.timedelta(days=200))
    activity.log_touchpoint(db, "Alder Labs", kind="call", on=DAY - dt.timedelta(days=60))
    accounts.create_account(db, "Birch Ltd", ring="Leads")
    tasks.add_task(db, "Birch Ltd", "Send proposal", due_on=DAY)
    tasks.add_task(db, "Birch Ltd", "Call back", due_on=DAY + dt.timedelta(days=1))
    return db


@pytest.mark.pg
def test_reminders_are_told_once(business: Database) -> None:
    first = collect_reminders(business, DAY)
    assert first is not None
    assert first.title == "1 task due and 1 account at risk"
    assert first.lines[0] == "Send proposal — Birch Ltd (due today)"
    assert first.lines[1].startswith("Alder Labs is at risk: ")

    assert collect_reminders(business, DAY) is None  # later the same day: nothing new

    tomorrow = collect_reminders(business, DAY + dt.timedelta(days=1))
    assert tomorrow is not None  # a new day: every due task again; the risk was told
    assert tomorrow.lines == (
        "Send proposal — Birch Ltd (overdue since Jun 15, 2026)",
        "Call back — Birch Ltd (due today)",
    )


def test_the_cli_tells_what_is_new(
    business: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(business.path)
    business.close()
    assert cli_main(["--db", url, "capture", "remind", "--on", DAY.isoformat(), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == "1 task due and 1 account at risk"
    assert cli_main(["--db", url, "capture", "remind", "--on", DAY.isoformat()]) == 0
    assert capsys.readouterr().out == "Nothing new to remind you of.\n"
