"""The scoring pass stays set-based: each hot aggregate walks its covering index (SQLite).

EXPLAIN QUERY PLAN on the real statements; a plan that falls back to scanning a table or
sorting into a temporary B-tree makes 100k accounts several times slower (see
benchmarks/bench_engine.py), so it fails here first.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from circlesoftrust.engine.facts import hot_queries
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
    "complaints": "complaints",
    "referrals": "referrals",
}


@pytest.mark.parametrize("name", sorted(hot_queries(DEMO_DAY)))
def test_hot_queries_use_their_covering_index(demo_db: Database, name: str) -> None:
    statement, index = hot_queries(DEMO_DAY)[name]
    steps = plan(demo_db, statement)
    reads = [s for s in steps if f" {TABLES[name]} " in f"{s} "]
    assert reads and all(f"COVERING INDEX {index}" in s for s in reads), f"{name}: {steps}"
    assert not any("TEMP B-TREE" in s for s in steps), f"{name}: {steps}"


def test_touchpoints_are_read_by_seeks_per_account(demo_db: Database) -> None:
    """Last touch is one index step; two-way touches a range of 12 months (both covered)."""
    steps = plan(demo_db, hot_queries(DEMO_DAY)["touchpoints"][0])
    seeks = [s for s in steps if s.startswith("SEARCH touchpoints USING COVERING INDEX")]
    assert len(seeks) == 2, steps
    assert any("occurred_on>? AND occurred_on<?" in s for s in seeks), steps
    assert not any(s.startswith("SCAN touchpoints") for s in steps), steps
