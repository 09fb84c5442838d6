"""The command line, end to end through ``circlesoftrust.cli.main`` (the console script)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from circlesoftrust.cli import main
from circlesoftrust.database_file import default_db_path, demo_db_path
from tests.conftest import DEMO_DAY

ACCOUNT_ROW_KEYS = {"id", "name", "industry", "ring_position", "ring_name", "revenue_12m_cents",
                    "last_touch_on", "contacts", "archived"}  # fmt: skip
ACCOUNT_KEYS = {"id", "name", "industry", "website", "notes", "tags", "ring_id", "ring_name",
                "ring_position", "pinned", "journey_phase", "needs_review", "created_at",
                "archived_at", "version", "owner_id", "owner_name", "pinned_until",
                "pin_reason"}  # fmt: skip
CONTACT_KEYS = {"id", "account_id", "name", "role", "title", "email", "phone", "notes",
                "stage_override", "archived", "version"}  # fmt: skip
RING_KEYS = {"id", "position", "name", "stage", "colour", "cadence_days", "insight_delay_days",
             "detail_level", "discussion_open", "min_score", "customers_only", "description",
             "members", "revenue_12m_cents", "revenue_share", "version"}  # fmt: skip


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys, self.db = capsys, db

    def __call__(self, *argv: str, db: bool = True) -> tuple[int, str, str]:
        code = main([*(["--db", self.db] if db else []), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> Any:
        code, out, err = self(*argv, "--json")
        assert (code, err) == (0, ""), err
        return json.loads(out)

    def ok(self, *argv: str, db: bool = True) -> str:
        code, out, err = self(*argv, db=db)
        assert (code, err) == (0, ""), err
        return out

    def fails(self, *argv: str, db: bool = True, code: int = 1) -> str:
        got, out, err = self(*argv, db=db)
        assert got == code
        assert out == ""
        assert len(err.splitlines()) == 1, err
        assert "Traceback" not in err
        return err.strip()


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], db_url: str, backend: str, sqlite_template: Path
) -> Cli:
    if backend == "sqlite":
        shutil.copyfile(sqlite_template, db_url)  # a new, empty database without the wait
    return Cli(capsys, db_url)


@pytest.fixture
def demo(cli: Cli) -> Cli:
    cli.ok("demo", "--today", DEMO_DAY.isoformat())
    return cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.pg
def test_demo_then_rings_then_check(demo: Cli, backend: str) -> None:
    ring_list = demo.json("rings", "--date", DEMO_DAY.isoformat())
    assert [r["name"] for r in ring_list] == [
        "Inner circle", "Loyal customers", "New clients", "Leads", "Audience",
    ]  # fmt: skip
    assert all(set(r) == RING_KEYS for r in ring_list)
    assert sum(r["members"] for r in ring_list) == 60 - demo_archived(demo)
    assert sum(r["revenue_share"] for r in ring_list) == pytest.approx(1.0, abs=0.001)
    assert 0.75 <= ring_list[0]["revenue_share"] <= 0.85  # the Pareto shape
    out = demo.ok("check")
    assert out.strip().endswith("All checks passed.")
    report = demo.json("check")
    assert report["ok"] is True
    assert report["backend"] == backend
    names = [c["name"] for c in report["checks"]]
    assert ("sqlite_integrity_check" in names) == (backend == "sqlite")
    assert {"rings", "ring_history", "complaint_status", "no_self_referral"} <= set(names)
    assert set(report["checks"][0]) == {"name", "description", "ok", "problem_count", "problems"}


def demo_archived(cli: Cli) -> int:
    rows = cli.json("accounts", "list", "--archived")
    return sum(r["archived"] for r in rows)


def test_db_may_follow_the_command_name(demo: Cli) -> None:
    code, out, _ = demo("rings", "--db", demo.db, db=False)
    assert code == 0
    assert "Inner circle" in out
    code, out, _ = demo("accounts", "list", "--db", demo.db, "--json", db=False)
    assert code == 0 and len(json.loads(out)) > 0


def test_human_output_is_a_readable_table(demo: Cli) -> None:
    lines = demo.ok("rings", "--date", DEMO_DAY.isoformat()).splitlines()
    assert lines[0].split() == ["Pos", "Ring", "Members", "Revenue", "12m", "Share", "Follow-up",
                                "Insights", "after"]  # fmt: skip
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split()[:3] == ["0", "Inner", "circle"]
    listing = demo.ok("accounts", "list", "--ring", "0").splitlines()
    assert listing[-1].endswith("accounts")
    assert all("Inner circle" in line for line in listing[2:-1])


def test_account_round_trip(cli: Cli) -> None:
    added = cli.json("accounts", "add", "Alder Labs", "--industry", "Software", "--tag", "berlin",
                     "--tag", "VIP")  # fmt: skip
    assert set(added) == ACCOUNT_KEYS
    assert (added["ring_name"], added["tags"]) == ("Audience", ["berlin", "vip"])
    cli.ok("accounts", "add", "Birch Ltd", "--ring", "Leads")
    contact = cli.json("contacts", "add", "Alder", "Anna Schmidt", "--role", "champion",
                       "--email", "anna@alder.example", "--phone", "+49 30 1234567")  # fmt: skip
    assert set(contact) == CONTACT_KEYS
    touch = cli.json("touch", "Alder Labs", "--kind", "meeting", "--contact", "Anna Schmidt",
                     "--date", "2026-05-01", "--note", "Quarterly review")  # fmt: skip
    assert touch["direction"] == "two_way"
    revenue = cli.json("revenue", "Alder Labs", "1,200.50", "--kind", "new", "--date", "2026-05-02",
                       "--renewal-date", "2027-05-02")  # fmt: skip
    assert revenue["amount_cents"] == 120050
    assert (
        cli.json("referral", "Alder Labs", "Birch Ltd", "--date", "2026-05-03")["to_account_id"]
        == 2
    )
    assert cli.json("feedback", "Alder Labs", "--nps", "10", "--contact", "anna@alder.example",
                    "--date", "2026-05-04")["nps"] == 10  # fmt: skip
    complaint = cli.json(
        "complaint", "Alder Labs", "--note", "Invoice twice", "--date", "2026-05-05"
    )
    assert complaint["status"] == "open"
    moved = cli.json("move", "Alder Labs", "0", "--reason", "top customer")
    assert (moved["from_ring"], moved["to_ring"]) == ("Audience", "Inner circle")
    assert set(moved) == {"account_id", "account_name", "from_ring", "to_ring", "ring_change_id",
                          "task_ids", "pinned", "pinned_until"}  # fmt: skip
    assert moved["pinned"] is True  # a move by hand pins (90 days by default)

    shown = cli.json("accounts", "show", "alder")
    assert set(shown) == {"account", "journey", "contacts", "timeline"}
    # The phase derived from the facts (the purchase of 2026-05-02), not the stored one.
    assert shown["journey"]["phase"] == "usage" and "May 2, 2026" in shown["journey"]["reason"]
    assert shown["account"]["ring_name"] == "Inner circle"
    assert [c["name"] for c in shown["contacts"]] == ["Anna Schmidt"]
    kinds = {e["kind"] for e in shown["timeline"]}
    assert {
        "touchpoint",
        "revenue",
        "referral_given",
        "feedback",
        "complaint",
        "ring_change",
    } <= kinds
    assert set(shown["timeline"][0]) == {"on", "kind", "title", "detail", "ref_id", "by"}

    rows = cli.json("accounts", "list")
    assert all(set(r) == ACCOUNT_ROW_KEYS for r in rows)
    assert [(r["name"], r["ring_position"]) for r in rows] == [("Alder Labs", 0), ("Birch Ltd", 3)]
    text = cli.ok("accounts", "show", "Alder Labs")
    assert "Anna Schmidt" in text and "Quarterly review" in text and "Inner circle" in text
    assert cli.json("accounts", "list", "--search", "anna@")[0]["name"] == "Alder Labs"


def test_a_user_error_is_one_line_without_a_traceback(cli: Cli) -> None:
    cli.ok("accounts", "add", "Alder Labs")
    assert cli.fails("touch", "Nope", "--kind", "call") == (
        "circlesoftrust: error: no account named 'Nope'"
    )
    assert cli.fails("feedback", "Alder Labs", "--nps", "11") == (
        "circlesoftrust: error: nps: must be between 0 and 10 (got 11)"
    )
    assert "already exists" in cli.fails("accounts", "add", "alder labs")
    assert "is already in Audience" in cli.fails("move", "Alder Labs", "4", "--reason", "x")


def test_a_usage_error_is_one_line_too(cli: Cli) -> None:
    err = cli.fails("touch", "Alder Labs", code=2)
    assert "--kind" in err and "see --help" in err
    assert "invalid choice" in cli.fails("frobnicate", code=2)


def test_help_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "accounts" in capsys.readouterr().out


def test_a_text_file_given_as_db_is_refused_untouched(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "files"  # apart from the fixture's own database
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("Call Anna on Monday\n")
    before = digest(notes)
    for command in (["rings"], ["check"], ["accounts", "list"], ["backup", str(folder / "b")]):
        err = cli.fails("--db", str(notes), *command, db=False)
        assert "not a Circles of Trust database" in err
    assert digest(notes) == before
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_a_truncated_database_is_refused_untouched(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "files"  # apart from the fixture's own database
    folder.mkdir()
    path = folder / "cut.sqlite"
    cli.ok("--db", str(path), "demo", "--accounts", "200", db=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = digest(path)
    for command in (["rings"], ["backup", str(folder / "b.sqlite")]):
        err = cli.fails("--db", str(path), *command, db=False)
        assert "damaged" in err or "truncated" in err
    code, out, _err = cli("--db", str(path), "check", db=False)  # lists what is wrong
    assert code == 1 and "FAIL" in out and "truncated" in out
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["cut.sqlite"]


def test_backup_and_restore_round_trip(cli: Cli, tmp_path: Path) -> None:
    cli.ok("accounts", "add", "Alder Labs")
    saved = cli.json("backup", str(tmp_path / "monday.sqlite"))
    assert set(saved) == {"database", "path", "revision", "accounts", "size_bytes"}
    assert saved["accounts"] == 1
    cli.ok("accounts", "add", "Added Later Ltd")
    restored = cli.json("restore", str(tmp_path / "monday.sqlite"))
    assert set(restored) == {
        "database",
        "restored_from",
        "revision",
        "accounts",
        "previous_kept_as",
    }
    assert [r["name"] for r in cli.json("accounts", "list")] == ["Alder Labs"]
    assert Path(restored["previous_kept_as"]).parent.name == "backups"
    assert "already exists" in cli.fails("backup", str(tmp_path / "monday.sqlite"))
    (tmp_path / "bad.sqlite").write_text("garbage")
    assert "not a backup" in cli.fails("restore", str(tmp_path / "bad.sqlite"))
    assert [r["name"] for r in cli.json("accounts", "list")] == ["Alder Labs"]


def test_check_reports_broken_invariants_and_exits_1(demo: Cli) -> None:
    conn = sqlite3.connect(demo.db)
    # An account moved behind the app's back: its ring history no longer ends where it sits.
    conn.execute("UPDATE accounts SET ring_id = (SELECT id FROM rings WHERE position = 0) "
                 "WHERE id = (SELECT min(a.id) FROM accounts a JOIN rings r ON r.id = a.ring_id "
                 "WHERE r.position = 4)")  # fmt: skip
    # A value the schema forbids, written with CHECK constraints switched off.
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE feedback SET nps = 42 WHERE id = 1")
    conn.commit()
    conn.close()
    code, out, err = demo("check")
    assert (code, err) == (1, "")
    failed = [line.split()[1].rstrip(":") for line in out.splitlines() if "FAIL" in line]
    assert failed == ["sqlite_integrity_check", "ring_history"]
    assert out.strip().endswith("2 check(s) found problems.")
    report = json.loads(demo("check", "--json")[1])
    assert report["ok"] is False
    history = next(c for c in report["checks"] if c["name"] == "ring_history")
    assert history["problem_count"] == 1


def test_demo_without_db_uses_its_own_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--accounts", "20"]) == 0
    assert str(demo_db_path()) in capsys.readouterr().out
    assert demo_db_path().exists()
    assert not default_db_path().exists()


def test_demo_refuses_a_database_that_holds_data(demo: Cli) -> None:
    assert "already holds 60 accounts" in demo.fails("demo")


def test_demo_json_and_determinism(cli: Cli, tmp_path: Path) -> None:
    result = cli.json("demo", "--accounts", "30", "--seed", "3", "--today", "2026-01-31")
    assert set(result) == {"database", "accounts", "contacts", "touchpoints", "revenue_entries",
                           "seconds"}  # fmt: skip
    again = Cli(cli.capsys, str(tmp_path / "again.sqlite"))
    second = again.json("demo", "--accounts", "30", "--seed", "3", "--today", "2026-01-31")
    assert {k: v for k, v in result.items() if k not in ("database", "seconds")} == {
        k: v for k, v in second.items() if k not in ("database", "seconds")
    }
    assert cli.json("accounts", "list", "--date", "2026-01-31") == again.json(
        "accounts", "list", "--date", "2026-01-31"
    )
