"""Upgrading a database written by the first release loses nothing and is backed up first."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text

from circlesoftrust.backup import automatic_backups, verify_backup
from circlesoftrust.database_file import head_revision
from circlesoftrust.encryption import key_for_file, looks_encrypted
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import (
    current_revision,
    make_engine,
    open_database,
    resolve_url,
    sqlite_path,
    upgrade,
)
from tests.conftest import TEST_PASSWORD

pytestmark = [pytest.mark.pg, pytest.mark.encrypted]

DAY = dt.date(2025, 3, 14)
NOW = dt.datetime(2025, 3, 14, 9, 30)

# One row for every table of revision 0001, written with plain SQL as that release would.
ROWS_AT_0001: tuple[tuple[str, dict[str, Any]], ...] = (
    ("accounts", dict(id=1, name="Alder Labs", industry="Software", website="https://alder.example",
                      notes="likes Tuesdays", ring_id=1, pinned=True, journey_phase="usage",
                      needs_review=False, created_at=NOW, archived_at=None)),
    ("accounts", dict(id=2, name="Birch Ltd", industry=None, website=None, notes="", ring_id=5,
                      pinned=False, journey_phase=None, needs_review=True, created_at=NOW,
                      archived_at=None)),
    ("account_tags", dict(id=1, account_id=1, tag="berlin")),
    ("contacts", dict(id=1, account_id=1, name="Anna Schmidt", role="champion", title="CTO",
                      email="anna@alder.example", phone="+49 30 123", notes="", stage_override=None,
                      created_at=NOW, archived_at=None)),
    ("touchpoints", dict(id=1, account_id=1, contact_id=1, kind="meeting", direction="two_way",
                         occurred_on=DAY, note="Quarterly review")),
    ("revenue_entries", dict(id=1, account_id=1, amount_cents=1_200_050, kind="renewal",
                             occurred_on=DAY, renewal_on=DAY + dt.timedelta(365), note="")),
    ("referrals", dict(id=1, from_account_id=1, from_contact_id=1, to_account_id=2,
                       referred_on=DAY, note="met at a fair")),
    ("feedback", dict(id=1, account_id=1, contact_id=1, given_on=DAY, nps=9, comment="great",
                      discovery=4, integrity=5, judgement=None, trust=5, empathy=None,
                      preparation=3, speed=None, presentation=None, ease_of_interaction=4,
                      issue_resolution=None)),
    ("complaints", dict(id=1, account_id=1, contact_id=1, opened_on=DAY, resolved_on=DAY,
                        status="resolved", note="late invoice", resolution="apologised")),
    ("perks", dict(id=1, name="Product council seat", kind="product_council", ring_id=1,
                   cost_per_year_cents=150_000, description="", active=True)),
    ("perk_grants", dict(id=1, perk_id=1, account_id=1, granted_on=DAY, redeemed_on=None,
                         expires_on=DAY + dt.timedelta(365), withdrawn_on=None, note="")),
    ("insights", dict(id=1, title="What our best clients do", full_text="Plan quarterly.",
                      summary="Plan", headline="Plan!", created_at=NOW, published_on=DAY)),
    ("insight_releases", dict(id=1, insight_id=1, ring_id=1, release_on=DAY,
                              detail_level="full", discussion_open=True)),
    ("insight_shares", dict(id=1, insight_id=1, account_id=1, contact_id=1, shared_on=DAY,
                            detail_level="full", answer="wants to discuss")),
    ("checklist_items", dict(id=1, ring_id=1, position=0, title="Welcome call",
                             due_after_days=2)),
    ("tasks", dict(id=1, account_id=1, title="Welcome call", due_on=DAY, done_on=None,
                   source="checklist", checklist_item_id=1, note="", created_at=NOW)),
    ("ring_changes", dict(id=1, account_id=1, from_ring_id=5, to_ring_id=1, changed_on=DAY,
                          reason="top customer", source="manual")),
    ("suggestion_states", dict(id=1, key="follow-up:1", account_id=1, decision="snoozed",
                               until_on=DAY, fingerprint="abc", decided_at=NOW)),
)  # fmt: skip


def sqlite_text(value: Any) -> Any:
    """Dates as SQLAlchemy stores them in SQLite (no reliance on sqlite3's old adapters)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# Columns later revisions add, with the value every row written before them gets (0006).
ADDED_LATER = {
    "version": 1,
    "scope": 0,
    "owner_id": None,
    "user_id": None,
    "origin": None,
    "created_by_id": None,
    "assignee_id": None,
    "decided_by_id": None,
}


def snapshot(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of the 0001 tables, as comparable plain values (the columns added later
    must hold their defaults)."""
    tables = sorted({table for table, _row in ROWS_AT_0001} | {"rings"})
    with engine.connect() as conn:
        rows = {
            table: [
                {k: (str(v) if isinstance(v, dt.date) else v) for k, v in row.items()}
                for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings()
            ]
            for table in tables
        }
    for table_rows in rows.values():
        for row in table_rows:
            for column, default in ADDED_LATER.items():
                if column in row:
                    assert row.pop(column) == default, column
    return rows


def build_database_at_0001(db_url: str) -> dict[str, list[dict[str, Any]]]:
    engine = make_engine(resolve_url(db_url))
    try:
        upgrade(engine, "0001")
        assert current_revision(engine) == "0001"
        assert "settings" not in inspect(engine).get_table_names()
        with engine.begin() as conn:
            for table, row in ROWS_AT_0001:
                columns, params = ", ".join(row), ", ".join(f":{c}" for c in row)
                values = (
                    row
                    if conn.dialect.name != "sqlite"
                    else {k: sqlite_text(v) for k, v in row.items()}
                )
                conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({params})"), values)
            if conn.dialect.name == "postgresql":
                for table in {t for t, _row in ROWS_AT_0001}:
                    conn.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)")
                    )
        return snapshot(engine)
    finally:
        engine.dispose()


def test_upgrading_a_populated_first_release_database_loses_nothing(
    backend: str, db_url: str
) -> None:
    before = build_database_at_0001(db_url)
    db = open_database(db_url)
    try:
        assert current_revision(db.engine) == head_revision()
        after = snapshot(db.engine)
        # Columns added later (e.g. a touchpoint's source_key) are empty on old rows.
        assert {
            table: [{k: v for k, v in row.items() if k in old[0]} for row in rows]
            for (table, rows), old in zip(after.items(), before.values(), strict=True)
        } == before
        added = {
            (table, k, v) for table, rows in after.items() for row in rows for k, v in row.items()
            if k not in before[table][0]
        }  # fmt: skip
        assert {v for _t, _k, v in added} <= {None}
        # ...and the upgraded database is fully usable.
        assert [a.name for a in accounts.list_accounts(db)] == ["Alder Labs", "Birch Ltd"]
        assert {"settings", "action_log"} <= set(inspect(db.engine).get_table_names())
        activity.log_touchpoint(db, "Birch Ltd", kind="call", on=DAY)
    finally:
        db.close()

    path = sqlite_path(resolve_url(db_url))
    if backend != "postgresql":
        assert path is not None
        kept = automatic_backups(path, "before-upgrade")
        assert len(kept) == 1
        # An encrypted database's backup is encrypted with the same password.
        key = key_for_file(kept[0], TEST_PASSWORD) if backend == "sqlcipher" else None
        assert looks_encrypted(kept[0]) == (backend == "sqlcipher")
        assert verify_backup(kept[0], key=key).revision == "0001"
        backup_engine = make_engine(resolve_url(kept[0]), key)
        try:
            assert snapshot(backup_engine) == before
        finally:
            backup_engine.dispose()
    else:
        assert path is None  # PostgreSQL is backed up with the server's own tools


def test_an_up_to_date_database_is_not_upgraded_or_backed_up_again(
    backend: str, db_url: str
) -> None:
    build_database_at_0001(db_url)
    open_database(db_url).close()
    open_database(db_url).close()
    path = sqlite_path(resolve_url(db_url))
    if backend != "postgresql":
        assert path is not None
        assert len(automatic_backups(path, "before-upgrade")) == 1
