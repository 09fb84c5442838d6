"""Reads of a set of accounts by id (issue 11, point 10: a new day recomputes the ~4,300
accounts whose facts crossed a window): the ids go as one value, and the read seeks them
through the index instead of scanning the table."""

from __future__ import annotations

from sqlalchemy import select

from circlesoftrust.engine.sqlbits import FEW_IDS, among
from circlesoftrust.models import Contact
from circlesoftrust.storage import Database


def test_many_ids_are_sought_through_the_index(db: Database) -> None:
    c = Contact.__table__.c
    ids = list(range(1, 3 * FEW_IDS))
    query = select(c.id).where(among(c.account_id, ids), c.archived_at.is_(None))
    with db.transaction() as session:
        conn = session.connection()  # SQLite's plan: the test runs on SQLite only
        compiled = query.compile(conn, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        values = [params[k] for k in compiled.positiontup or ()]
        raw = conn.connection.driver_connection
        plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + str(compiled), values)]
    assert any("SEARCH contacts USING INDEX ix_contacts_account_id" in step for step in plan), plan
