"""The example business: deterministic, valid, and shaped the way the product describes it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from circlesoftrust import integrity
from circlesoftrust.demo import generate_demo
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from tests.conftest import DEMO_DAY

TABLES = ("accounts", "account_tags", "contacts", "touchpoints", "revenue_entries", "referrals",
          "feedback", "complaints", "perks", "perk_grants", "insights", "insight_releases",
          "insight_shares", "checklist_items", "tasks", "ring_changes")  # fmt: skip


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
                for t in TABLES}  # fmt: skip


def scalar(db: Database, sql: str, **params: object) -> float:
    with db.engine.connect() as conn:
        return float(conn.execute(text(sql), params).scalar() or 0)


@pytest.fixture(params=[60, 1000], ids=["60-accounts", "1000-accounts"])
def business(request: pytest.FixtureRequest, db: Database) -> Database:
    generate_demo(db, accounts=request.param, seed=7, today=DEMO_DAY)
    return db


def test_same_seed_and_day_give_the_same_business(
    db: Database, tmp_path: Path, sqlite_template: Path
) -> None:
    generate_demo(db, accounts=150, seed=11, today=DEMO_DAY)
    shutil.copyfile(sqlite_template, tmp_path / "twin.sqlite")
    twin = open_database(tmp_path / "twin.sqlite")
    try:
        generate_demo(twin, accounts=150, seed=11, today=DEMO_DAY)
        assert dump(twin) == dump(db)
    finally:
        twin.close()


@pytest.mark.pg
def test_the_demo_passes_every_check_and_stays_usable(business: Database, backend: str) -> None:
    report = integrity.run_checks(business)
    assert [(r.name, r.problems) for r in report.results if not r.ok] == []
    assert report.backend == backend
    # Ids were given explicitly; new rows must still get fresh ones (PostgreSQL sequences).
    added = accounts.create_account(business, "Brand New Ltd")
    accounts.add_contact(business, added.id, "Anna Schmidt")
    assert added.id > scalar(business, "SELECT max(id) FROM accounts WHERE id <> :i", i=added.id)


def test_the_inner_ring_is_a_fifth_of_accounts_with_about_80_percent_of_revenue(
    business: Database,
) -> None:
    since, day = DEMO_DAY - dt.timedelta(days=365), DEMO_DAY
    window = "r.occurred_on > :since AND r.occurred_on <= :day AND a.archived_at IS NULL"
    total = scalar(business, f"SELECT sum(amount_cents) FROM revenue_entries r "
                             f"JOIN accounts a ON a.id = r.account_id WHERE {window}",
                   since=since, day=day)  # fmt: skip
    inner = scalar(business, f"SELECT sum(amount_cents) FROM revenue_entries r "
                             f"JOIN accounts a ON a.id = r.account_id "
                             f"JOIN rings g ON g.id = a.ring_id WHERE g.position = 0 AND {window}",
                   since=since, day=day)  # fmt: skip
    n = scalar(business, "SELECT count(*) FROM accounts")
    n_inner = scalar(business, "SELECT count(*) FROM accounts a JOIN rings g ON g.id = a.ring_id "
                               "WHERE g.position = 0")  # fmt: skip
    assert 0.18 <= n_inner / n <= 0.22
    assert 0.75 <= inner / total <= 0.85


def test_the_example_holds_every_situation_the_app_reacts_to(business: Database) -> None:
    day, soon = DEMO_DAY, DEMO_DAY + dt.timedelta(days=60)
    n_inner = scalar(business, "SELECT count(*) FROM accounts a JOIN rings g ON g.id = a.ring_id "
                               "WHERE g.position = 0")  # fmt: skip
    silent = scalar(business, """
        SELECT count(*) FROM accounts a JOIN rings g ON g.id = a.ring_id
        WHERE g.position = 0 AND (SELECT max(occurred_on) FROM touchpoints t
                                  WHERE t.account_id = a.id) < :cutoff""",
        cutoff=day - dt.timedelta(days=28))  # fmt: skip
    assert 0.08 <= silent / n_inner <= 0.15  # quiet for more than twice the 14-day cadence
    single = scalar(business, """
        SELECT count(*) FROM accounts a WHERE EXISTS (SELECT 1 FROM revenue_entries r
        WHERE r.account_id = a.id) AND (SELECT count(*) FROM contacts c
        WHERE c.account_id = a.id) = 1""")  # fmt: skip
    renewals = scalar(business, """
        SELECT count(DISTINCT account_id) FROM revenue_entries
        WHERE renewal_on > :day AND renewal_on <= :soon""", day=day, soon=soon)  # fmt: skip
    open_complaints = scalar(business, "SELECT count(*) FROM complaints WHERE status = 'open'")
    quiet_promoters = scalar(business, """
        SELECT count(DISTINCT f.account_id) FROM feedback f WHERE f.nps >= 9
        AND f.account_id NOT IN (SELECT from_account_id FROM referrals)""")  # fmt: skip
    referrals = scalar(business, "SELECT count(*) FROM referrals")
    pinned = scalar(business, "SELECT count(*) FROM accounts WHERE pinned")
    customers_among_leads = scalar(business, """
        SELECT count(*) FROM accounts a JOIN rings g ON g.id = a.ring_id
        WHERE g.position = 3 AND EXISTS (SELECT 1 FROM revenue_entries r
        WHERE r.account_id = a.id)""")  # fmt: skip
    found = {
        "single-threaded customers": single,
        "renewals within 60 days": renewals,
        "open complaints": open_complaints,
        "quiet promoters": quiet_promoters,
        "referrals": referrals,
        "pinned accounts": pinned,
        "customers filed among leads": customers_among_leads,
    }
    assert [name for name, n in found.items() if n < 1] == []
    assert quiet_promoters <= 0.15 * n_inner + 1  # "a few", not the whole inner ring


def test_the_demo_needs_an_empty_database_and_a_sane_size(demo_db: Database) -> None:
    with pytest.raises(ConflictError, match="already holds 60 accounts"):
        generate_demo(demo_db, accounts=10)
    with pytest.raises(ValidationError, match="accounts"):
        generate_demo(demo_db, accounts=0)
    with pytest.raises(ValidationError, match="accounts"):
        generate_demo(demo_db, accounts=100_001)


def test_a_tiny_demo_still_works(db: Database) -> None:
    result = generate_demo(db, accounts=1, seed=1, today=DEMO_DAY)
    assert result.accounts == 1
    assert integrity.run_checks(db).ok


def _texts(db: Database, sql: str) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.execute(text(sql)) if r[0]}


def test_the_example_business_is_written_in_the_user_s_language(tmp_path: Path) -> None:
    """A German user's example: notes, insights, perks, checklists, tasks, complaints,
    industries, job titles and rings in German; the same business (names, counts) as in
    English, so the example is the same story in every language."""
    from circlesoftrust import demo_vocabulary as vocab
    from circlesoftrust import i18n

    english = open_database(tmp_path / "en.sqlite")
    generate_demo(english, accounts=40, seed=7, today=DEMO_DAY)
    i18n.set_language("de")
    german = open_database(tmp_path / "de.sqlite")
    generate_demo(german, accounts=40, seed=7, today=DEMO_DAY)
    try:
        assert _texts(german, "SELECT name FROM accounts") == _texts(
            english, "SELECT name FROM accounts"
        )
        for table in TABLES:
            assert scalar(german, f"SELECT count(*) FROM {table}") == scalar(
                english, f"SELECT count(*) FROM {table}"
            ), table
        assert "Was unsere besten Kunden anders machen" in _texts(
            german, "SELECT title FROM insights"
        )
        assert "Platz im Produktbeirat" in _texts(german, "SELECT name FROM perks")
        assert "In den Produktbeirat einladen" in _texts(
            german, "SELECT title FROM checklist_items"
        )
        assert "Innerer Kreis" in _texts(german, "SELECT name FROM rings")
        written = {
            "touchpoint notes": "SELECT note FROM touchpoints",
            "tasks": "SELECT title FROM tasks",
            "complaints": "SELECT note FROM complaints",
            "feedback": "SELECT comment FROM feedback",
            "industries": "SELECT industry FROM accounts",
            "job titles": "SELECT title FROM contacts",
            "ring history": "SELECT reason FROM ring_changes",
            "insights": "SELECT summary FROM insights",
            "revenue": "SELECT note FROM revenue_entries",
        }
        english_words = (
            set(vocab.INDUSTRIES)
            | {note for _k, _d, note, _w in vocab.TOUCH_KINDS}
            | set(vocab.TASKS)
            | set(vocab.COMPLAINTS)
            | set(vocab.PRAISE)
            | {t for titles in vocab.TITLES.values() for t in titles}
            | set(vocab.MOVE_REASONS.values())
            | {vocab.MOVED_BY_HAND, vocab.FIRST_ORDER}
        )
        english_words -= {"", "CEO", "CFO", "Controller", "Software", "Analyst"}  # German too
        for what, sql in written.items():
            found = _texts(german, sql)
            assert found, what
            assert not found & english_words, (what, found & english_words)
    finally:
        english.close()
        german.close()


def test_the_example_file_is_one_per_language() -> None:
    """Switching the language opens the example in that language (a file of its own)."""
    from circlesoftrust import i18n
    from circlesoftrust.database_file import demo_db_path

    assert demo_db_path().name == "demo.sqlite"
    i18n.set_language("nl")
    assert demo_db_path().name == "demo-nl.sqlite"
    i18n.set_language("de")
    assert demo_db_path().name == "demo-de.sqlite"
