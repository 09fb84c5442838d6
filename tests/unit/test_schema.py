"""The schema guards the data on its own: CHECKs, uniques, foreign keys, cascades, indexes.

These tests write with plain INSERT statements on purpose: they check the database, not
the services' validation in front of it. Every one runs on SQLite and, in CI, on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import IntegrityError

from circlesoftrust.models import DERIVED, RELATIONAL_SCORES, Base
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database

pytestmark = pytest.mark.pg

DAY = dt.date(2026, 5, 4)


@pytest.fixture
def conn(db: Database) -> Iterator[Connection]:
    """A connection with one account (id 1, in the outermost ring) and one contact (id 1)."""
    accounts.create_account(db, "Alder Labs")
    accounts.add_contact(db, "Alder Labs", "Anna Schmidt", email="anna@alder.example")
    with db.engine.connect() as connection:
        yield connection


def sql_value(conn: Connection, value: Any) -> Any:
    """Dates as SQLAlchemy stores them in SQLite (no reliance on sqlite3's old adapters)."""
    if conn.dialect.name == "sqlite" and isinstance(value, dt.date):
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        return value.isoformat()
    return value


def insert(conn: Connection, table: str, **values: Any) -> None:
    """One plain INSERT (no ORM, no service checks) in its own transaction."""
    columns, params = ", ".join(values), ", ".join(f":{k}" for k in values)
    with conn.begin():
        conn.execute(
            text(f"INSERT INTO {table} ({columns}) VALUES ({params})"),
            {k: sql_value(conn, v) for k, v in values.items()},
        )


def refused(conn: Connection, table: str, **values: Any) -> bool:
    try:
        insert(conn, table, **values)
    except IntegrityError:
        return True
    return False


def count(conn: Connection, table: str, where: str = "1 = 1") -> int:
    return int(conn.execute(text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar_one())


def feedback(**extra: Any) -> dict[str, Any]:
    return {"account_id": 1, "given_on": DAY, "comment": "", "nps": 8, **extra}


def test_nps_must_be_between_0_and_10(conn: Connection) -> None:
    assert refused(conn, "feedback", **feedback(nps=11))
    assert refused(conn, "feedback", **feedback(nps=-1))
    assert not refused(conn, "feedback", **feedback(nps=0))
    assert not refused(conn, "feedback", **feedback(nps=10))
    assert count(conn, "feedback") == 2


@pytest.mark.parametrize("score", RELATIONAL_SCORES)
def test_relational_scores_must_be_between_1_and_5(conn: Connection, score: str) -> None:
    assert refused(conn, "feedback", **feedback(**{score: 0}))
    assert refused(conn, "feedback", **feedback(**{score: 6}))
    assert not refused(conn, "feedback", **feedback(**{score: 1}))
    assert not refused(conn, "feedback", **feedback(**{score: 5}))


def test_amounts_and_costs_must_not_be_negative(conn: Connection) -> None:
    revenue = {"account_id": 1, "kind": "new", "occurred_on": DAY, "note": ""}
    assert refused(conn, "revenue_entries", amount_cents=-1, **revenue)
    assert not refused(conn, "revenue_entries", amount_cents=0, **revenue)
    perk = {"kind": "discount", "ring_id": 1, "description": "", "active": True}
    assert refused(conn, "perks", name="Minus", cost_per_year_cents=-100, **perk)
    assert not refused(conn, "perks", name="Free", cost_per_year_cents=0, **perk)


def test_a_renewal_cannot_come_before_its_sale(conn: Connection) -> None:
    revenue = {"account_id": 1, "kind": "new", "amount_cents": 100, "note": ""}
    assert refused(
        conn, "revenue_entries", occurred_on=DAY, renewal_on=DAY - dt.timedelta(1), **revenue
    )


def test_names_are_unique(conn: Connection) -> None:
    account = {"notes": "", "ring_id": 1, "pinned": False, "needs_review": False,
               "created_at": dt.datetime(2026, 1, 1)}  # fmt: skip
    assert refused(conn, "accounts", name="Alder Labs", **account)
    assert not refused(conn, "accounts", name="Birch Ltd", **account)
    assert not refused(conn, "account_tags", account_id=1, tag="x")
    assert refused(conn, "account_tags", account_id=1, tag="x")
    with conn.begin():
        ring = conn.execute(text("SELECT * FROM rings WHERE position = 4")).mappings().one()
    clone = {k: v for k, v in ring.items() if k != "id"}
    assert refused(conn, "rings", **{**clone, "name": "Another"})  # position 4 is taken
    assert refused(conn, "rings", **{**clone, "position": 5})  # so is the name


def test_enumerations_only_take_their_values(conn: Connection) -> None:
    touch = {"account_id": 1, "occurred_on": DAY, "note": ""}
    assert refused(conn, "touchpoints", kind="telepathy", direction="inbound", **touch)
    assert refused(conn, "touchpoints", kind="call", direction="sideways", **touch)
    assert not refused(conn, "touchpoints", kind="call", direction="two_way", **touch)


def test_complaint_status_must_match_its_dates(conn: Connection) -> None:
    complaint = {"account_id": 1, "opened_on": DAY, "note": "late", "resolution": ""}
    assert refused(conn, "complaints", status="open", resolved_on=DAY, **complaint)
    assert refused(conn, "complaints", status="resolved", resolved_on=None, **complaint)
    assert refused(
        conn, "complaints", status="resolved", resolved_on=DAY - dt.timedelta(1), **complaint
    )
    assert not refused(conn, "complaints", status="resolved", resolved_on=DAY, **complaint)


def test_an_account_cannot_refer_itself_or_twice(conn: Connection) -> None:
    insert(conn, "accounts", name="Birch Ltd", notes="", ring_id=1, pinned=False,
           needs_review=False, created_at=dt.datetime(2026, 1, 1))  # fmt: skip
    referral = {"referred_on": DAY, "note": ""}
    assert refused(conn, "referrals", from_account_id=1, to_account_id=1, **referral)
    assert not refused(conn, "referrals", from_account_id=1, to_account_id=2, **referral)
    assert refused(conn, "referrals", from_account_id=1, to_account_id=2, **referral)


def test_foreign_keys_are_enforced(conn: Connection) -> None:
    touch = {"kind": "call", "direction": "inbound", "occurred_on": DAY, "note": ""}
    assert refused(conn, "touchpoints", account_id=999, **touch)
    assert refused(conn, "touchpoints", account_id=1, contact_id=999, **touch)
    assert refused(conn, "accounts", name="Nowhere", notes="", ring_id=999, pinned=False,
                   needs_review=False, created_at=dt.datetime(2026, 1, 1))  # fmt: skip


def test_deleting_an_account_deletes_everything_recorded_about_it(db: Database) -> None:
    accounts.create_account(db, "Alder Labs", tags=["berlin"])
    accounts.create_account(db, "Birch Ltd")
    accounts.add_contact(db, "Alder Labs", "Anna Schmidt")
    activity.log_touchpoint(db, "Alder Labs", kind="call", contact="Anna Schmidt", on=DAY)
    activity.record_revenue(db, "Alder Labs", 1200, on=DAY)
    activity.record_feedback(db, "Alder Labs", nps=9, on=DAY)
    activity.open_complaint(db, "Alder Labs", note="late", on=DAY)
    activity.record_referral(db, "Alder Labs", "Birch Ltd", on=DAY)
    activity.record_referral(db, "Birch Ltd", "Alder Labs", on=DAY)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM accounts WHERE name = 'Alder Labs'"))
        for table in ("contacts", "touchpoints", "revenue_entries", "feedback", "complaints",
                      "account_tags", "ring_changes"):  # fmt: skip
            assert count(conn, table, "account_id = 1") == 0, table
        assert count(conn, "referrals") == 0
        assert count(conn, "accounts") == 1


def test_deleting_a_contact_keeps_the_facts_without_the_name(db: Database) -> None:
    accounts.create_account(db, "Alder Labs")
    person = accounts.add_contact(db, "Alder Labs", "Anna Schmidt")
    activity.log_touchpoint(db, "Alder Labs", kind="call", contact=person.id, on=DAY)
    activity.record_feedback(db, "Alder Labs", nps=9, contact=person.id, on=DAY)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM contacts"))
        assert count(conn, "touchpoints", "contact_id IS NULL") == 1
        assert count(conn, "feedback", "contact_id IS NULL") == 1


def test_a_ring_that_holds_accounts_cannot_be_deleted(conn: Connection) -> None:
    with pytest.raises(IntegrityError), conn.begin():
        conn.execute(text("DELETE FROM rings WHERE position = 4"))
    assert count(conn, "rings") == 5


def test_every_foreign_key_has_an_index(db: Database) -> None:
    missing = []
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table in inspector.get_table_names():
            covering = [tuple(ix["column_names"]) for ix in inspector.get_indexes(table)]
            covering += [tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)]
            covering.append(tuple(inspector.get_pk_constraint(table)["constrained_columns"]))
            for fk in inspector.get_foreign_keys(table):
                cols = tuple(fk["constrained_columns"])
                if not any(index[: len(cols)] == cols for index in covering):
                    missing.append(f"{table}.{','.join(cols)}")
    assert missing == []


def test_recency_dates_are_indexed(db: Database) -> None:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        leading = {
            (table, ix["column_names"][0])
            for table in inspector.get_table_names()
            for ix in inspector.get_indexes(table)
        }
    recency = {("touchpoints", "occurred_on"), ("revenue_entries", "occurred_on"),
               ("revenue_entries", "renewal_on"), ("tasks", "due_on"),
               ("ring_changes", "changed_on"), ("insights", "published_on")}  # fmt: skip
    assert recency <= leading


def test_the_models_match_the_migrations(db: Database) -> None:
    """Alembic's autogenerate finds nothing to do: no model change lacks its migration."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, [Base.metadata, DERIVED])  # type: ignore[arg-type]
    assert _without_unnamed_sqlite_fks(diff) == []


def _fk_signature(fk: Any) -> tuple[object, ...]:
    return (
        fk.table.name,
        tuple(c.name for c in fk.columns),
        tuple(e.target_fullname for e in fk.elements),
    )


def _without_unnamed_sqlite_fks(diff: list[Any]) -> list[Any]:
    """SQLite cannot add a named table-level foreign key to an existing table (0006 adds
    ``... REFERENCES users (id) ON DELETE SET NULL`` inline; SQLAlchemy reflects neither
    its name nor its action from that form): a reflected key without a name on the same
    columns and target as a model's key is that key. Its action is tested by
    test_team.py::test_deleting_a_user_keeps_what_they_did."""
    unnamed = {_fk_signature(d[1]) for d in diff if d[0] == "remove_fk" and d[1].name is None}
    named = {_fk_signature(d[1]) for d in diff if d[0] == "add_fk"}
    same = unnamed & named
    return [
        d for d in diff if not (d[0] in ("remove_fk", "add_fk") and _fk_signature(d[1]) in same)
    ]
