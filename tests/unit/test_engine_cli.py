"""The trust-engine commands, end to end on demo databases (text and JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from circlesoftrust.cli import main
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY

DAY = DEMO_DAY.isoformat()


def run(capsys: pytest.CaptureFixture[str], db: Path | str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db: Path | str, *args: str) -> Any:
    code, out, err = run(capsys, db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def demo_path(demo_db: Database) -> Path:
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()
    return path


def test_suggest_on_a_fresh_demo_of_today_yields_six_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fresh.sqlite"
    assert run(capsys, path, "demo")[0] == 0
    items = run_json(capsys, path, "suggest")
    assert len({item["kind"] for item in items}) >= 6
    first = items[0]
    assert set(first) >= {
        "id",
        "kind",
        "account_id",
        "account_name",
        "contact_id",
        "reason",
        "priority",
        "due_on",
        "fingerprint",
    }


def test_score_people_and_journey(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores = run_json(capsys, demo_path, "score", "--date", DAY, "--limit", "5")
    assert len(scores) == 5 and scores[0]["score"] >= scores[-1]["score"]
    one = run_json(capsys, demo_path, "score", str(scores[0]["account_id"]), "--date", DAY)
    assert one["score"]["components"][0]["name"] == "revenue"
    assert "coverage" in one["buying_group"]
    code, out, _ = run(capsys, demo_path, "score", str(scores[0]["account_id"]), "--date", DAY)
    assert code == 0 and "trust score" in out and "journey phase" in out
    top = run_json(capsys, demo_path, "people", "--top", "5", "--date", DAY)
    assert [p["rank"] for p in top] == [1, 2, 3, 4, 5]
    group = run_json(
        capsys, demo_path, "people", "--account", str(top[0]["account_id"]), "--date", DAY
    )
    assert group["contacts"]
    assert run_json(capsys, demo_path, "journey", "--sync", "--date", DAY)["changed"] > 0


def test_accept_snooze_dismiss_from_the_command_line(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = run_json(capsys, demo_path, "suggest", "--date", DAY)
    first, second, third = items[0]["id"], items[1]["id"], items[2]["id"]
    accepted = run_json(capsys, demo_path, "suggestion", "accept", first, "--date", DAY)
    assert accepted["suggestion_id"] == first and accepted["summary"]
    snoozed = run_json(
        capsys, demo_path, "suggestion", "snooze", second, "--until", "2026-07-01", "--date", DAY
    )
    assert snoozed["until_on"] == "2026-07-01"
    run_json(capsys, demo_path, "suggestion", "dismiss", third, "--date", DAY)
    left = {i["id"] for i in run_json(capsys, demo_path, "suggest", "--date", DAY)}
    assert not {first, second, third} & left
    code, _, err = run(capsys, demo_path, "suggestion", "accept", "promote:acc:99999")
    assert code == 1 and "no suggestion" in err


def test_insight_perk_task_and_checklist_commands(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    insight = run_json(
        capsys,
        demo_path,
        "insight",
        "add",
        "New pricing",
        "--full",
        "All of it",
        "--summary",
        "Some",
        "--headline",
        "Pricing",
    )
    published = run_json(capsys, demo_path, "insight", "publish", str(insight["id"]), "--date", DAY)
    assert published["releases"][0]["release_on"] == DAY
    shown = run_json(
        capsys, demo_path, "insight", "show", str(insight["id"]), "--ring", "0", "--date", DAY
    )
    assert shown["content"]["text"] == "All of it" and shown["not_received"]
    account = shown["not_received"][0]["account_id"]
    share = run_json(
        capsys,
        demo_path,
        "insight",
        "share",
        str(insight["id"]),
        str(account),
        "--date",
        DAY,
        "--answer",
        "Likes it",
    )
    assert share["detail_level"] == "full"
    assert any(i["id"] == insight["id"] for i in run_json(capsys, demo_path, "insight", "list"))

    perk = run_json(
        capsys,
        demo_path,
        "perk",
        "add",
        "Golf day",
        "--kind",
        "vip_event",
        "--ring",
        "0",
        "--cost",
        "250",
    )
    grant = run_json(
        capsys, demo_path, "perk", "grant", str(account), str(perk["id"]), "--date", DAY
    )
    assert grant["status"] == "active"
    assert (
        run_json(capsys, demo_path, "perk", "redeem", str(grant["id"]), "--date", DAY)["status"]
        == "redeemed"
    )
    assert (
        run_json(capsys, demo_path, "perk", "withdraw", str(grant["id"]), "--date", DAY)["status"]
        == "withdrawn"
    )
    assert any(p["name"] == "Golf day" for p in run_json(capsys, demo_path, "perk", "list"))

    task = run_json(capsys, demo_path, "task", "add", str(account), "Call back", "--due", DAY)
    assert run_json(capsys, demo_path, "task", "done", str(task["id"]), "--date", DAY)["done_on"]
    assert task["id"] not in {t["id"] for t in run_json(capsys, demo_path, "task", "list")}
    step = run_json(capsys, demo_path, "checklist", "add", "1", "Send flowers", "--days", "2")
    assert any(c["id"] == step["id"] for c in run_json(capsys, demo_path, "checklist", "list"))


def test_kpis_whatif_and_tune(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, demo_path, "kpis", "--to", DAY)
    assert result["end"] == DAY and len(result["rings"]) == 5
    assert {s["name"] for s in result["series"]} >= {"revenue", "moves_inward", "nps"}
    code, out, _ = run(capsys, demo_path, "kpis", "--to", DAY)
    assert code == 0 and "Pareto" in out
    same = run_json(capsys, demo_path, "whatif", "--date", DAY)
    assert same["moving"] == 0
    changed = run_json(
        capsys,
        demo_path,
        "whatif",
        "--weight",
        "revenue=1",
        "--weight",
        "engagement=0",
        "--threshold",
        "Inner circle=60",
        "--date",
        DAY,
    )
    assert changed["moving"] > 0 and changed["thresholds"][0] == 60
    code, _, err = run(capsys, demo_path, "whatif", "--weight", "charm=1")
    assert code == 1 and "charm" in err
    specs = run_json(capsys, demo_path, "tune", "hysteresis_points=8")
    assert next(s for s in specs if s["name"] == "hysteresis_points")["value"] == 8
    specs = run_json(capsys, demo_path, "tune", "--reset")
    assert next(s for s in specs if s["name"] == "hysteresis_points")["value"] == 5
    code, _, err = run(capsys, demo_path, "tune", "hysteresis_points=99")
    assert code == 1 and "hysteresis_points" in err
