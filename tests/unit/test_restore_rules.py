"""Issue 12, point 4: a restore accepts only what `check` accepts, before it replaces anything.

Each bad file is made from a good one by a program that ignores our rules (CHECK
constraints off, foreign keys off, hand-edited JSON), as a damaged or tampered backup
would be.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from circlesoftrust.cli import main
from circlesoftrust.errors import CotError
from circlesoftrust.io.full_export import export_json, restore_json
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good(tmp_path: Path, sqlite_template: Path) -> Path:
    """A healthy database: two accounts, each with a contact, a touchpoint and feedback."""
    path = tmp_path / "good.sqlite"
    shutil.copyfile(sqlite_template, path)
    db = open_database(path)
    for name, person in (("Alder Labs", "Ada"), ("Birch Ltd", "Bo")):
        accounts.create_account(db, name)
        contact = accounts.add_contact(db, name, person)
        activity.log_touchpoint(db, name, kind="meeting", contact=contact.id, on="2026-01-05")
        activity.record_feedback(db, name, nps=9, contact=contact.id, on="2026-01-06")
    db.close()
    return path


def _edit(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA ignore_check_constraints=ON")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


SQLITE_DAMAGE: dict[str, tuple[str, ...]] = {
    "nps_42": ("UPDATE feedback SET nps = 42",),
    "foreign_key": ("UPDATE touchpoints SET account_id = 9999",),
    "ring_gap": ("UPDATE rings SET position = position + 10 WHERE position >= 2",),
}


@pytest.mark.parametrize("damage", sorted(SQLITE_DAMAGE))
def test_a_backup_that_breaks_the_rules_is_not_restored(
    damage: str, good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad-backup.sqlite"
    shutil.copyfile(good, bad)
    _edit(bad, *SQLITE_DAMAGE[damage])
    current = tmp_path / "current.sqlite"
    shutil.copyfile(good, current)
    before = digest(current)
    assert main(["--db", str(current), "restore", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "cannot be restored" in err and err.count("\n") == 1
    assert digest(current) == before
    assert main(["--db", str(current), "check"]) == 0


def _json_rows(data: dict, table: str) -> tuple[list[str], list[list[object]]]:
    entry = data["tables"][table]
    return entry["columns"], entry["rows"]


def _ring_gap(data: dict) -> None:
    cols, rows = _json_rows(data, "rings")
    for row in rows:
        if row[cols.index("position")] >= 2:
            row[cols.index("position")] += 10


def _rising_thresholds(data: dict) -> None:
    cols, rows = _json_rows(data, "rings")
    for row in rows:
        row[cols.index("min_score")] = 10 * row[cols.index("position")]


def _names_differing_in_case(data: dict) -> None:
    cols, rows = _json_rows(data, "accounts")
    rows[1][cols.index("name")] = rows[0][cols.index("name")].upper()


def _touchpoint_with_anothers_contact(data: dict) -> None:
    cols, rows = _json_rows(data, "touchpoints")
    contact_cols, contacts = _json_rows(data, "contacts")
    mine = rows[0][cols.index("account_id")]
    other = next(c for c in contacts if c[contact_cols.index("account_id")] != mine)
    rows[0][cols.index("contact_id")] = other[contact_cols.index("id")]


def _revenue_near_2_63(data: dict) -> None:
    cols, rows = _json_rows(data, "revenue_entries")
    accounts_cols, accounts_rows = _json_rows(data, "accounts")
    row = [None] * len(cols)
    row[cols.index("id")] = 1
    row[cols.index("account_id")] = accounts_rows[0][accounts_cols.index("id")]
    row[cols.index("amount_cents")] = 2**63 - 2
    row[cols.index("kind")] = "new"
    row[cols.index("occurred_on")] = "2026-01-07"
    row[cols.index("note")] = ""
    rows.append(row)


JSON_DAMAGE: dict[str, Callable[[dict], None]] = {
    "ring_gap": _ring_gap,
    "rising_thresholds": _rising_thresholds,
    "names_differing_in_case": _names_differing_in_case,
    "touchpoint_with_anothers_contact": _touchpoint_with_anothers_contact,
    "revenue_near_2_63": _revenue_near_2_63,
}


@pytest.mark.parametrize("dry_run", [False, True], ids=["restore", "dry_run"])
@pytest.mark.parametrize("damage", sorted(JSON_DAMAGE))
def test_a_json_export_that_breaks_the_rules_is_not_restored(
    damage: str, dry_run: bool, good: Path, tmp_path: Path, sqlite_template: Path
) -> None:
    db = open_database(good)
    export = tmp_path / "export.json"
    export_json(db, export)
    db.close()
    data = json.loads(export.read_text())
    JSON_DAMAGE[damage](data)
    export.write_text(json.dumps(data))
    fresh = tmp_path / "fresh.sqlite"
    shutil.copyfile(sqlite_template, fresh)
    target = open_database(fresh)
    try:
        with pytest.raises(CotError, match=r"Cannot|not a realistic"):
            restore_json(target, export, dry_run=dry_run)
        assert accounts.list_accounts(target) == []
    finally:
        target.close()


def test_a_good_json_export_still_restores(
    good: Path, tmp_path: Path, sqlite_template: Path
) -> None:
    db = open_database(good)
    export_json(db, tmp_path / "export.json")
    db.close()
    fresh = tmp_path / "fresh.sqlite"
    shutil.copyfile(sqlite_template, fresh)
    target = open_database(fresh)
    try:
        restore_json(target, tmp_path / "export.json")
        assert {a.name for a in accounts.list_accounts(target)} == {"Alder Labs", "Birch Ltd"}
    finally:
        target.close()


def test_a_backup_of_an_older_schema_that_breaks_the_rules_is_not_restored(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rules are checked on the private copy brought up to date first: checking only
    up-to-date backups let an older one with a ring gap through (`check` failed after)."""
    from circlesoftrust.storage import make_engine, resolve_url, upgrade

    old = tmp_path / "old-backup.sqlite"
    engine = make_engine(resolve_url(old))
    upgrade(engine, "0004")
    engine.dispose()
    _edit(old, *(f"UPDATE rings SET position = {p + 1} WHERE position = {p}" for p in (4, 3, 2)))
    current = tmp_path / "current.sqlite"
    shutil.copyfile(good, current)
    before = digest(current)
    assert main(["--db", str(current), "restore", str(old)]) == 1
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "ring" in err and err.count("\n") == 1, err
    assert digest(current) == before
    assert main(["--db", str(current), "check"]) == 0
