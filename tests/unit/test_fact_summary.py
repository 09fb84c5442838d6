"""The maintained fact summary never shows a stale fact, whoever writes and whatever the day.

A pass reads one summary row per account instead of aggregating every touchpoint; these
tests hold it to giving exactly what the aggregate statement computes on the spot.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, delete, func, insert, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from circlesoftrust.engine import fact_summary
from circlesoftrust.engine.components import ComponentBasis, packed_rows
from circlesoftrust.engine.fact_queries import contact_bits, facts_select
from circlesoftrust.engine.ring_facts import load_rings
from circlesoftrust.engine.scoring import score_table
from circlesoftrust.engine.sqlbits import fetch_rows
from circlesoftrust.engine.suggestions import suggest
from circlesoftrust.engine_settings import load_settings, update_settings
from circlesoftrust.models import ACCOUNT_FACT_SOURCES, Base, account_facts
from circlesoftrust.services import accounts, activity, rings
from circlesoftrust.storage import Database, make_engine
from tests.conftest import DEMO_DAY


def summary(db: Database) -> dict[int, tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return {r[0]: tuple(r) for r in conn.execute(select(account_facts))}


def basis(session: Session) -> ComponentBasis:
    return ComponentBasis(load_settings(session), load_rings(session))


def computed(db: Database, day: dt.date) -> list[tuple[Any, ...]]:
    """Every active account's wide row, aggregated and scored on the spot (no summary)."""
    with db.transaction() as session:
        rows = sorted(fetch_rows(session, facts_select(day, None, contact_bits(session))))
        return packed_rows(rows, basis(session), day.toordinal())


def read(db: Database, day: dt.date) -> list[tuple[Any, ...]]:
    with db.transaction() as session:
        return fact_summary.read_rows(session, day, contact_bits(session), basis(session))


@pytest.mark.pg
def test_a_pass_leaves_a_current_row_per_account_equal_to_the_aggregates(
    demo_db: Database,
) -> None:
    before = suggest(demo_db, DEMO_DAY)
    rows = summary(demo_db)
    direct = computed(demo_db, DEMO_DAY)
    assert len(rows) == len(direct) > 0
    assert {r[1] for r in rows.values()} == {DEMO_DAY.toordinal()}
    assert read(demo_db, DEMO_DAY) == direct
    again = fact_summary.refresh(demo_db, DEMO_DAY)
    assert (again.written, again.current) == (0, len(direct))
    assert suggest(demo_db, DEMO_DAY) == before


@pytest.mark.pg
@pytest.mark.parametrize(("table_name", "column"), ACCOUNT_FACT_SOURCES)
@pytest.mark.parametrize("change", ["insert", "update", "delete"])
def test_any_write_to_a_fact_table_forgets_that_account_only(
    demo_db: Database, table_name: str, column: str, change: str
) -> None:
    """Raw SQL, no service: the triggers keep every writer honest."""
    table: Table = Base.metadata.tables[table_name]
    with demo_db.engine.connect() as conn:
        row = conn.execute(select(table).order_by(table.c.id).limit(1)).mappings().one()
    account = row[column]
    referred = accounts.create_account(demo_db, "Referred Ltd").id
    fact_summary.refresh(demo_db, DEMO_DAY)
    kept = set(summary(demo_db)) - {account}
    with demo_db.transaction() as session:
        if change == "insert":
            values = {k: v for k, v in row.items() if k != "id"}
            if table_name == "referrals":  # one referral per pair of accounts
                values["to_account_id"] = referred
            session.execute(insert(table).values(**values))
        elif change == "update":
            session.execute(
                update(table).where(table.c.id == row["id"]).values(**{column: account})
            )
        else:
            session.execute(delete(table).where(table.c.id == row["id"]))
    rows = summary(demo_db)
    assert account not in rows
    assert set(rows) == kept
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)


@pytest.mark.pg
def test_moving_a_fact_to_another_account_forgets_both(demo_db: Database) -> None:
    table: Table = Base.metadata.tables["touchpoints"]
    with demo_db.engine.connect() as conn:
        tid, source = conn.execute(select(table.c.id, table.c.account_id).limit(1)).one()
        target = conn.execute(
            select(table.c.account_id).where(table.c.account_id != source).limit(1)
        ).scalar_one()
    fact_summary.refresh(demo_db, DEMO_DAY)
    with demo_db.transaction() as session:
        session.execute(update(table).where(table.c.id == tid).values(account_id=target))
    assert not {source, target} & set(summary(demo_db))
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)


@pytest.mark.pg
def test_deleting_a_contact_forgets_the_accounts_it_touched(demo_db: Database) -> None:
    """The database clears the contact from its touchpoints (ON DELETE SET NULL): that
    write reaches the triggers too, so the account's carriers are recomputed."""
    touchpoints: Table = Base.metadata.tables["touchpoints"]
    with demo_db.engine.connect() as conn:
        contact, account = conn.execute(
            select(touchpoints.c.contact_id, touchpoints.c.account_id)
            .where(touchpoints.c.contact_id.is_not(None), touchpoints.c.direction == "two_way")
            .order_by(touchpoints.c.occurred_on.desc())
            .limit(1)
        ).one()
    fact_summary.refresh(demo_db, DEMO_DAY)
    accounts.delete_contact(demo_db, contact)
    assert account not in summary(demo_db)
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)


@pytest.mark.pg
def test_logging_a_touchpoint_clears_the_follow_up_at_once(demo_db: Database) -> None:
    due = [s for s in suggest(demo_db, DEMO_DAY) if s.kind == "follow_up"]
    assert due
    account = due[0].account_id
    activity.log_touchpoint(demo_db, account, kind="call", direction="two_way", on=DEMO_DAY)
    after = {s.id for s in suggest(demo_db, DEMO_DAY)}
    assert due[0].id not in after
    assert f"follow_up:acc:{due[1].account_id}" in after  # the others are still due


@pytest.mark.pg
def test_a_new_day_recomputes_the_rows_whose_facts_crossed_a_window(demo_db: Database) -> None:
    """(Issue 11, point 10: before, a new day recomputed every row.)"""
    fact_summary.refresh(demo_db, DEMO_DAY)
    later = DEMO_DAY + dt.timedelta(days=200)
    report = fact_summary.refresh(demo_db, later)
    assert report.written + report.current == len(computed(demo_db, later))
    assert report.written and report.current  # some rows held over 200 days, most did not
    assert {r[1] for r in summary(demo_db).values()} == {DEMO_DAY.toordinal(), later.toordinal()}
    assert read(demo_db, later) == computed(demo_db, later)
    assert read(demo_db, later) != computed(demo_db, DEMO_DAY)


@pytest.mark.pg
def test_a_setting_or_cadence_the_components_rest_on_replaces_every_row(
    demo_db: Database,
) -> None:
    """Rows computed under other settings are never read: the scores follow at once."""
    before = score_table(demo_db, DEMO_DAY)
    update_settings(demo_db, {"full_tenure_days": 3000})
    after = score_table(demo_db, DEMO_DAY)
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)
    loyal = [a for a in before if before[a][1][1] > 0]
    assert loyal and all(after[a][1][1] <= before[a][1][1] for a in loyal)
    assert any(after[a][1][1] < before[a][1][1] for a in loyal)
    rings.update_ring(demo_db, 3, cadence_days=7)
    assert fact_summary.refresh(demo_db, DEMO_DAY).written == len(after)
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)


@pytest.mark.pg
def test_archiving_and_deleting_accounts(demo_db: Database) -> None:
    fact_summary.refresh(demo_db, DEMO_DAY)
    first, second = sorted(summary(demo_db))[:2]
    accounts.archive_account(demo_db, first)
    assert [r[0] for r in read(demo_db, DEMO_DAY)] == [r[0] for r in computed(demo_db, DEMO_DAY)]
    assert first not in {r[0] for r in read(demo_db, DEMO_DAY)}
    with demo_db.transaction() as session:  # a hard delete takes the row with it
        session.execute(
            delete(Base.metadata.tables["accounts"]).where(
                Base.metadata.tables["accounts"].c.id == second
            )
        )
    assert second not in summary(demo_db)


@pytest.mark.pg
def test_renaming_moving_and_pinning_show_at_once(demo_db: Database) -> None:
    fact_summary.refresh(demo_db, DEMO_DAY)
    first, second, third, untouched = sorted(summary(demo_db))[:4]
    accounts.update_account(demo_db, first, name="Renamed Ltd")
    rings.move_account(demo_db, second, 0, reason="test", on=DEMO_DAY)
    accounts.update_account(demo_db, third, pinned=True)
    assert not {first, second, third} & set(summary(demo_db)) and untouched in summary(demo_db)
    rows = {r[0]: r for r in read(demo_db, DEMO_DAY)}
    assert rows[first][1] == "Renamed Ltd"
    assert rows[third][3]
    assert list(rows.values()) == computed(demo_db, DEMO_DAY)
    scores = score_table(demo_db, DEMO_DAY)
    assert scores[second][2] == 0  # scored in its new ring


@pytest.mark.pg
def test_emptying_a_fact_table_forgets_every_account_it_held(demo_db: Database) -> None:
    """PostgreSQL's TRUNCATE fires no DELETE trigger; its own trigger forgets everything."""
    fact_summary.refresh(demo_db, DEMO_DAY)
    with demo_db.transaction() as session:
        conn = session.connection()
        postgres = conn.dialect.name == "postgresql"
        conn.exec_driver_sql("TRUNCATE referrals" if postgres else "DELETE FROM referrals")
    assert len(summary(demo_db)) < len(computed(demo_db, DEMO_DAY))
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)


def test_an_account_deleted_with_foreign_keys_off_takes_its_row(demo_db: Database) -> None:
    """As from a plain sqlite3 shell: no cascade runs, the trigger on accounts does."""
    fact_summary.refresh(demo_db, DEMO_DAY)
    path = demo_db.path
    assert path is not None
    victim = min(summary(demo_db))
    shell = sqlite3.connect(path)
    try:
        shell.execute("PRAGMA foreign_keys=OFF")
        shell.execute("DELETE FROM accounts WHERE id = ?", (victim,))
        shell.commit()
    finally:
        shell.close()
    assert victim not in summary(demo_db)
    assert victim not in {r[0] for r in read(demo_db, DEMO_DAY)}


def test_replacing_a_fact_with_raw_sql_forgets_the_account_it_left(demo_db: Database) -> None:
    """INSERT OR REPLACE removes the old row without a DELETE, unless recursive triggers
    are on (the app turns them on for every connection)."""
    table: Table = Base.metadata.tables["touchpoints"]
    with demo_db.engine.connect() as conn:
        row = conn.execute(select(table).order_by(table.c.id).limit(1)).mappings().one()
        other = conn.execute(
            select(table.c.account_id).where(table.c.account_id != row["account_id"]).limit(1)
        ).scalar_one()
    fact_summary.refresh(demo_db, DEMO_DAY)
    with demo_db.transaction() as session:
        session.execute(
            insert(table).prefix_with("OR REPLACE").values(**{**row, "account_id": other})
        )
    assert not {row["account_id"], other} & set(summary(demo_db))
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)


@pytest.mark.pg
def test_an_account_added_later_is_read_directly_until_the_next_refresh(
    demo_db: Database,
) -> None:
    fact_summary.refresh(demo_db, DEMO_DAY)
    new = accounts.create_account(demo_db, "Newcomer Ltd").id
    assert new not in summary(demo_db)
    assert new in {r[0] for r in read(demo_db, DEMO_DAY)}
    assert read(demo_db, DEMO_DAY) == computed(demo_db, DEMO_DAY)
    assert fact_summary.refresh(demo_db, DEMO_DAY).written == 1


@pytest.mark.pg
def test_every_fact_table_keeps_its_triggers(db: Database) -> None:
    """A later migration that rebuilds one of these tables must create them again."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            found = conn.exec_driver_sql(
                "SELECT event_object_table, event_manipulation FROM information_schema.triggers"
            ).all()
        else:
            found = [
                (table, name.rsplit("_", 1)[1].upper())
                for name, table in conn.exec_driver_sql(
                    "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
                )
            ]
    for table, _column in ACCOUNT_FACT_SOURCES:
        assert {e for t, e in found if t == table} == {"INSERT", "UPDATE", "DELETE"}, table
    assert {e for t, e in found if t == "accounts"} == {"UPDATE", "DELETE"}
    assert "account_facts" in inspect(db.engine).get_table_names()


def test_without_write_access_the_pass_reads_the_facts_directly(demo_db: Database) -> None:
    """A read-only SQLite file (PostgreSQL without write permission: the next test)."""
    expected = suggest(demo_db, DEMO_DAY)
    with demo_db.transaction() as session:
        session.execute(delete(account_facts))
    path = demo_db.path
    assert path is not None
    demo_db.close()
    url = f"sqlite+pysqlite:///file:{Path(path)}?mode=ro&uri=true"
    from sqlalchemy import make_url

    engine = make_engine(make_url(url))
    readonly = Database(make_url(url), engine, sessionmaker(engine, expire_on_commit=False))
    try:
        assert not fact_summary.refresh(readonly, DEMO_DAY).available
        assert suggest(readonly, DEMO_DAY) == expected
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(account_facts)) == 0
    finally:
        readonly.close()


@pytest.mark.pg
def test_a_failed_refresh_writes_nothing_and_the_pass_still_answers(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = suggest(demo_db, DEMO_DAY)
    later = DEMO_DAY + dt.timedelta(days=1)
    before = summary(demo_db)

    def refused(*_args: object) -> None:
        from sqlalchemy.exc import OperationalError

        raise OperationalError("INSERT", {}, Exception("permission denied"))

    monkeypatch.setattr(fact_summary, "_write", refused)
    assert not fact_summary.refresh(demo_db, later).available
    assert summary(demo_db) == before  # the day's stale rows were not even deleted
    assert suggest(demo_db, DEMO_DAY) == expected
