"""Two users in two real processes, acting at the same moment (a barrier), on one SQLite
file and on PostgreSQL: nothing is lost or doubled, and the loser is told.

The workers are in tests/unit/team_workers.py; the CLI cases run the real command twice.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from circlesoftrust import integrity
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine_settings import get_settings
from circlesoftrust.models import Contact, RingChange, Task
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.unit import team_workers

pytestmark = pytest.mark.pg

SPAWN = multiprocessing.get_context("spawn")


def race(db_url: str, *jobs: tuple[str, str, tuple[Any, ...]]) -> dict[str, tuple[str, str]]:
    """Run each (job, user, args) in its own process, all released at once; returns
    {user: (outcome, detail)} where outcome is "ok" or the error's class name."""
    barrier = SPAWN.Barrier(len(jobs))
    results = SPAWN.Queue()
    workers = [
        SPAWN.Process(target=team_workers.run, args=(job, db_url, user, barrier, results, *args))
        for job, user, args in jobs
    ]
    for worker in workers:
        worker.start()
    outcomes = {}
    for _ in workers:
        user, outcome, detail = results.get(timeout=180)
        outcomes[user] = (outcome, detail)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return outcomes


def count(db: Database, model: type, *where: object) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def healthy(db: Database) -> dict[str, tuple[str, ...]]:
    return {r.name: r.problems for r in integrity.run_checks(db).results if not r.ok}


def test_two_processes_accepting_one_suggestion_carry_it_out_once(
    demo_db: Database, db_url: str
) -> None:
    found = {s.kind: s for s in sg.suggest(demo_db, DEMO_DAY)}
    for kind in ("promote", "at_risk"):  # a move (ring change + tasks + perks), a task
        if kind not in found:
            continue
        item = found[kind]
        before = (count(demo_db, RingChange), count(demo_db, Task))
        outcome = race(
            db_url,
            ("accept", "anna", (item.id, DEMO_DAY)),
            ("accept", "bob", (item.id, DEMO_DAY)),
        )
        winners = [u for u, (result, _detail) in outcome.items() if result == "ok"]
        assert len(winners) == 1, outcome
        loser = "bob" if winners == ["anna"] else "anna"
        assert outcome[loser][0] in ("AlreadyDoneError", "NotFoundError"), outcome
        assert f"done by {winners[0]}" in outcome[loser][1] or "done already" in outcome[loser][1]
        after = (count(demo_db, RingChange), count(demo_db, Task))
        moves = 1 if kind in ("promote", "demote") else 0
        assert after[0] == before[0] + moves, kind
        assert after[1] > before[1] or kind in ("promote", "demote"), kind
    assert healthy(demo_db) == {}


def _people_csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A Google Contacts export (its own header) of (name, organisation, e-mail) rows."""
    header = Path(__file__).parents[1] / "fixtures" / "contacts" / "google_2024.csv"
    columns = header.read_text(encoding="utf-8").splitlines()[0].split(",")
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for name, org, email in rows:
            first, last = name.split(" ", 1)
            record = dict.fromkeys(columns, "")
            record.update(
                {
                    "First Name": first,
                    "Last Name": last,
                    "Organization Name": org,
                    "E-mail 1 - Value": email,
                }
            )
            writer.writerow([record[c] for c in columns])
    return path


def test_an_import_racing_a_writer_doubles_nobody(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    people = [(f"Person Number{i}", f"Org {i % 40}", f"person{i}@example.com") for i in range(3000)]
    source = _people_csv(tmp_path / "people.csv", people)
    accounts.create_account(db, "Racer Ltd")
    # The other user types in some of the same people (every 15th), one by one.
    typed = [(f"Typed {i}", f"person{i}@example.com") for i in range(0, 3000, 15)]
    outcome = race(
        db_url,
        ("import", "anna", (str(source),)),
        ("add_contacts", "bob", ("Racer Ltd", typed)),
    )
    assert outcome["anna"][0] == "ok", outcome
    assert outcome["bob"][0] == "ok", outcome
    with db.transaction() as session:
        emails = [e.lower() for e in session.scalars(select(Contact.email))]
    assert len(emails) == len(set(emails)) == 3000  # everyone once, nobody twice
    added = int(outcome["bob"][1].split()[0])
    assert count(db, Contact, Contact.account_id == accounts.get_account(db, "Racer Ltd").id) == (
        added
    )
    assert healthy(db) == {}


def test_a_rename_and_a_move_at_once_both_stand(demo_db: Database, db_url: str) -> None:
    target = accounts.list_accounts(demo_db, ring="Audience")[0]
    outcome = race(
        db_url,
        ("rename", "anna", (target.id, "Renamed While Moving")),
        ("move", "bob", (target.id, "Leads")),
    )
    assert {o for o, _detail in outcome.values()} == {"ok"}, outcome
    info = accounts.get_account(demo_db, target.id)
    assert (info.name, info.ring_name) == ("Renamed While Moving", "Leads")
    assert healthy(demo_db) == {}


def test_a_settings_save_during_a_pass(demo_db: Database, db_url: str) -> None:
    outcome = race(
        db_url,
        ("save_settings", "anna", ({"at_risk_cadences": 3.0},)),
        ("pass", "bob", (DEMO_DAY,)),
    )
    assert {o for o, _detail in outcome.values()} == {"ok"}, outcome
    assert get_settings(demo_db).at_risk_cadences == 3.0
    # The pass after the save sees the new setting (nothing stale was kept).
    fresh = sg.suggest(demo_db, DEMO_DAY)
    assert healthy(demo_db) == {}
    assert fresh == sg.suggest(demo_db, DEMO_DAY)


# --- the command line: two users, two processes --------------------------------------------


def cli(db_url: str, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "circlesoftrust.cli", "--db", db_url, "--user", user, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_stale_save_from_the_command_line_is_refused_in_one_line(
    db: Database, db_url: str
) -> None:
    accounts.create_account(db, "Alder Labs", tags=["priority"])
    shown = json.loads(cli(db_url, "anna", "accounts", "show", "Alder Labs", "--json").stdout)
    version = shown["account"]["version"]
    assert cli(db_url, "bob", "accounts", "edit", "Alder Labs", "--notes", "VIP since May",
               "--tag", "priority", "--tag", "vip").returncode == 0  # fmt: skip
    stale = cli(db_url, "anna", "accounts", "edit", "Alder Labs", "--notes", "",
                "--expect-version", str(version))  # fmt: skip
    assert stale.returncode == 1
    assert stale.stderr.count("\n") == 1 and "changed by bob" in stale.stderr
    kept = accounts.get_account(db, "Alder Labs")
    assert (kept.notes, kept.tags) == ("VIP since May", ("priority", "vip"))


def test_two_command_lines_accepting_at_once(demo_db: Database, db_url: str) -> None:
    item = next(s for s in sg.suggest(demo_db, DEMO_DAY) if s.kind == "demote")
    before = count(demo_db, RingChange)
    command = ["suggestion", "accept", item.id, "--date", DEMO_DAY.isoformat()]
    base = [sys.executable, "-m", "circlesoftrust.cli", "--db", db_url]
    running = [
        subprocess.Popen(
            [*base, "--user", user, *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user in ("anna", "bob")
    ]
    finished = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in running]
    for p in running:
        for stream in (p.stdout, p.stderr):
            if stream is not None:
                stream.close()
    codes = sorted(code for code, _err in finished)
    assert codes == [0, 1], finished
    told = next(err for code, err in finished if code == 1)
    assert "done" in told and told.count("\n") == 1
    assert count(demo_db, RingChange) == before + 1
    assert healthy(demo_db) == {}
