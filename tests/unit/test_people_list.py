"""The People list: every contact with e-mail and phone, filtered, and the ones an import
flagged for review (issue 18, points 2 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.importer import import_contacts
from circlesoftrust.people_list import find_people, key_people
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database


def _book(db: Database, tmp_path: Path) -> None:
    acc = accounts.create_account(db, "Alder Legal AG", ring="Loyal customers")
    accounts.add_contact(db, acc.id, "Quentin Tanaka", email="q@alder.example",
                         phone="+49 30 1234567", role="decision_maker")  # fmt: skip
    accounts.add_contact(db, acc.id, "Anna Berg", email="anna@alder.example")
    activity.log_touchpoint(db, acc.id, kind="call", contact="Anna Berg", on="2026-05-02")
    gone = accounts.create_account(db, "Gone Ltd", ring="Leads")
    accounts.add_contact(db, gone.id, "Anna Gone")
    accounts.archive_account(db, gone.id)
    book = tmp_path / "book.csv"
    book.write_text(
        "First Name,Last Name,E-mail Address,Mobile Phone,Company\n"
        "Rosa,Nguyen,rosa@example.org,+44 20 7946 0001,\n"  # no organisation: review
        "Sven,Berg,sven@delta.example,,Delta Motors\n",
        encoding="utf-8",
    )
    import_contacts(db, read_import_file(book), source="book.csv")


@pytest.mark.pg
def test_every_active_contact_with_email_phone_and_last_touch(db: Database, tmp_path) -> None:
    _book(db, tmp_path)
    page = find_people(db)
    names = [r.name for r in page.rows]
    assert names == ["Anna Berg", "Quentin Tanaka", "Rosa Nguyen", "Sven Berg"]
    assert page.total == 4  # the archived account's contact is not listed
    quentin = page.rows[1]
    assert (quentin.email, quentin.phone, quentin.account_name) == (
        "q@alder.example", "+49 30 1234567", "Alder Legal AG",
    )  # fmt: skip
    assert str(page.rows[0].last_touch_on) == "2026-05-02" and quentin.last_touch_on is None


@pytest.mark.pg
def test_the_filter_matches_name_account_email_and_phone(db: Database, tmp_path) -> None:
    _book(db, tmp_path)
    for text, expected in (
        ("berg", ["Anna Berg", "Sven Berg"]),
        ("ALDER", ["Anna Berg", "Quentin Tanaka"]),
        ("delta.example", ["Sven Berg"]),
        ("7946", ["Rosa Nguyen"]),
        ("anna alder", ["Anna Berg"]),  # every word must match
        ("100%_", []),  # wildcards are plain text
    ):
        assert [r.name for r in find_people(db, text).rows] == expected, text


@pytest.mark.pg
def test_contacts_an_import_flagged_for_review_are_counted_and_filterable(
    db: Database, tmp_path
) -> None:
    _book(db, tmp_path)
    page = find_people(db, needs_review=True)
    assert [(r.name, r.needs_review) for r in page.rows] == [("Rosa Nguyen", True)]
    assert page.needs_review == 1 and find_people(db, "berg").needs_review == 1
    assert not any(r.needs_review for r in find_people(db, "berg").rows)
    accounts.update_account(db, page.rows[0].account_id, needs_review=False)  # reviewed
    assert find_people(db, needs_review=True).rows == ()


def test_a_big_match_is_read_a_page_at_a_time(db: Database) -> None:
    acc = accounts.create_account(db, "Many People Inc.", ring="Leads")
    for k in range(30):
        accounts.add_contact(db, acc.id, f"Person {k:02d}")
    page = find_people(db, "person", limit=10)
    assert len(page.rows) == 10 and page.total == 30
    assert page.rows[0].name == "Person 00"


def test_key_people_carry_email_and_phone(demo_db: Database) -> None:
    rows = key_people(demo_db, n=5)
    assert len(rows) == 5 and all(r.reason for r in rows)
    assert any(r.email for r in rows)
