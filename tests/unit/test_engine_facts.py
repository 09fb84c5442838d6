"""The fast paths of the fact reading and the inbox give exactly what the plain ones give."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

import circlesoftrust.engine.facts as facts_module
from circlesoftrust.engine.fact_queries import MAX_PACKED_CONTACT_BITS, account_query
from circlesoftrust.engine.facts import load_facts
from circlesoftrust.engine.sqlbits import fetch_rows
from circlesoftrust.engine.suggestion_types import Suggestion
from circlesoftrust.engine.suggestions import _sort_key, suggest
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY


def test_packed_two_way_integers_match_three_walks(demo_db: Database) -> None:
    """Count, lowest and highest contact of the 12-month two-way window, both encodings."""
    with demo_db.transaction() as session:
        bits = MAX_PACKED_CONTACT_BITS
        packed = {r[0]: r[6:9] for r in fetch_rows(session, account_query(DEMO_DAY, bits=bits))}
        wide = bits + 1
        walks = {r[0]: r[6:9] for r in fetch_rows(session, account_query(DEMO_DAY, bits=wide))}
        exact = {
            aid: (n, low or 0, high or 0)
            for aid, n, low, high in session.execute(
                text(
                    "SELECT a.id, count(t.id), min(t.contact_id), max(t.contact_id) "
                    "FROM accounts a LEFT JOIN touchpoints t ON t.account_id = a.id "
                    "AND t.direction = 'two_way' AND t.occurred_on > :start "
                    "AND t.occurred_on <= :day WHERE a.archived_at IS NULL GROUP BY a.id"
                ),
                {"start": DEMO_DAY - dt.timedelta(days=365), "day": DEMO_DAY},
            )
        }
    assert set(packed) == set(walks) == set(exact)
    assert any(n >= 2 and low != high for n, low, high in exact.values())
    for aid, parts in exact.items():
        assert tuple(packed[aid]) == tuple(walks[aid]) == parts


def test_facts_do_not_depend_on_the_packing(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every account's facts read the same with contact ids too wide to pack."""
    with demo_db.transaction() as session:
        percent = load_settings(session).previous_year_percent
        packed = load_facts(session, DEMO_DAY, percent)
        monkeypatch.setattr(facts_module, "contact_bits", lambda _s: MAX_PACKED_CONTACT_BITS + 5)
        wide = load_facts(session, DEMO_DAY, percent)
    ids = [a[0] for a in packed.accounts]
    assert ids == [a[0] for a in wide.accounts]
    assert [packed.account(i) for i in ids] == [wide.account(i) for i in ids]


def test_a_suggestion_is_an_immutable_record_with_named_fields() -> None:
    """Fields by name and by keyword, the default, equality, hashing and immutability."""
    day = dt.date(2026, 6, 15)
    item = Suggestion("follow_up:acc:1", "follow_up", 1, "Alder", None, None, 2, None,
                      "why", "what", 2, day, "follow_up|2|1", None, 1)  # fmt: skip
    same = Suggestion(
        id="follow_up:acc:1", kind="follow_up", account_id=1, account_name="Alder",
        contact_id=None, contact_name=None, ring_position=2, target_ring_position=None,
        reason="why", action="what", priority=2, due_on=day, fingerprint="follow_up|2|1",
        ref_id=None, accounts=1,
    )  # fmt: skip
    assert item == same and hash(item) == hash(same)
    assert item.perk_ids == ()
    assert item._asdict()["reason"] == "why"
    assert item._replace(priority=1).priority == 1
    with pytest.raises(AttributeError):
        item.priority = 1  # type: ignore[misc]


def test_the_inbox_keeps_its_order(demo_db: Database) -> None:
    """Most urgent first: priority, due date, ring, id (the keyed-in-C sort agrees)."""
    found = suggest(demo_db, DEMO_DAY)
    assert len(found) > 10
    assert found == sorted(found, key=_sort_key)
