"""The scoring pass stays set-based: each hot aggregate walks its covering index (SQLite).

EXPLAIN QUERY PLAN on the real statements; a plan that falls back to scanning a table or
sorting into a temporary B-tree makes 100k accounts several times slower (see
benchmarks/bench_engine.py), so it fails here first.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from circlesoftrust.engine.fact_queries import MAX_PACKED_CONTACT_BITS, account_query, hot_queries
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY


def plan(db: Database, statement: object) -> list[str]:
    sql = str(statement.compile(db.engine, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
    with db.engine.connect() as conn:
        return [row[3] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]


TABLES = {
    "touchpoints": "touchpoints",
    "revenue": "revenue_entries",
    "feedback": "feedback",
    "relational": "feedback",
    "complaints": "complaints",
    "referrals": "referrals",
    "contacts": "contacts",
}


@pytest.mark.parametrize("name", sorted(hot_queries(DEMO_DAY)))
def test_hot_queries_use_their_covering_index(demo_db: Database, name: str) -> None:
    statement, indexes = hot_queries(DEMO_DAY)[name]
    steps = plan(demo_db, statement)
    reads = [s for s in steps if f" {TABLES[name]} " in f"{s} " or " t USING " in s]
    assert reads, f"{name}: {steps}"
    for step in reads:
        assert any(f"COVERING INDEX {index} " in f"{step} " for index in indexes), (name, steps)
    for index in indexes:
        assert any(f"COVERING INDEX {index} " in f"{s} " for s in reads), (name, index, steps)
    assert not any("TEMP B-TREE" in s for s in steps), f"{name}: {steps}"


def test_touchpoints_are_read_by_seeks_per_account(demo_db: Database) -> None:
    """Last touch is one index step, the last touch that counts as contact a walk back in
    the same index; two-way touches a 12-month range of the partial index."""
    steps = plan(demo_db, hot_queries(DEMO_DAY)["touchpoints"][0])
    seeks = [s for s in steps if s.startswith("SEARCH touchpoints USING COVERING INDEX")]
    assert len(seeks) == 3, steps
    last, last_contact, two_way = sorted(seeks)
    assert "ix_touchpoints_account_recency (account_id=? AND occurred_on<?)" in last, steps
    assert "ix_touchpoints_account_recency (account_id=? AND occurred_on<?)" in last_contact
    assert "ix_touchpoints_two_way (account_id=? AND occurred_on>? AND occurred_on<?)" in two_way
    assert not any(s.startswith("SCAN touchpoints") for s in steps), steps


def test_two_way_window_uses_the_partial_index_whatever_the_contact_ids(
    demo_db: Database,
) -> None:
    """The text fallback (contact ids too wide to pack in 64 bits) reads the same index."""
    statement = account_query(DEMO_DAY, bits=MAX_PACKED_CONTACT_BITS + 1)
    steps = plan(demo_db, statement)
    assert any("COVERING INDEX ix_touchpoints_two_way " in f"{s} " for s in steps), steps


def _pass_statements(db: Database) -> list[str]:
    """Every SELECT a full pass and a steady pass run, as SQLite gets them."""
    from sqlalchemy import event

    from circlesoftrust.engine.suggestions import suggest

    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        suggest(db, DEMO_DAY)
        suggest(db, DEMO_DAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def _explain(db: Database, statement: str) -> list[str]:
    # Plans need no values: each ? stands for a NULL (json_each(NULL) is an empty list).
    with db.engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        rows = cursor.execute(f"EXPLAIN QUERY PLAN {statement}", [None] * statement.count("?"))
        return [row[3] for row in rows]


def test_the_pass_looks_up_contacts_through_their_covering_index(demo_db: Database) -> None:
    """Who gave an answer, who complained, the decision maker to reach: the pass reads
    them by id from ix_contacts_people, never from the contact rows (their notes and
    e-mails make the table four times larger; on an encrypted file every page read is
    decrypted). And the live accounts are counted from their partial index."""
    lookups = 0
    for statement in _pass_statements(demo_db):
        steps = _explain(demo_db, statement)
        assert not any(s.startswith("SEARCH contacts USING INTEGER PRIMARY KEY") for s in steps), (
            statement,
            steps,
        )
        lookups += sum("COVERING INDEX ix_contacts_people (id=?)" in s for s in steps)
        if "FROM accounts" in statement and "archived_at IS NULL" in statement:
            assert not any(s.startswith("SCAN accounts") and "ix_accounts_live" not in s
                           for s in steps), (statement, steps)  # fmt: skip
    assert lookups >= 3  # the promoters, the relational answers, the complaints at least
