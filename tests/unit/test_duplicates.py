"""Finding likely duplicates in a database: reasons, dismissals, no quadratic step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from circlesoftrust.cli import main
from circlesoftrust.duplicates.candidates import (
    DuplicatePair,
    dismiss_pair,
    find_duplicates,
    save_phone_region,
)
from circlesoftrust.io.contact_records import ContactRecord, ParseResult
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.importer import import_contacts, report_json
from circlesoftrust.models import contact_keys
from circlesoftrust.services import accounts as acc
from circlesoftrust.storage import Database


def _region(db: Database, code: str = "DE") -> None:
    with db.transaction() as session:
        save_phone_region(session, code)


def _pair(pairs: tuple[DuplicatePair, ...], a: str, b: str) -> DuplicatePair | None:
    for p in pairs:
        if {p.first_name, p.second_name} == {a, b}:
            return p
    return None


@pytest.mark.pg
def test_real_world_variants_are_found_with_reasons(db: Database) -> None:
    _region(db)
    acc.create_account(db, "Alder Legal AG", website="https://www.alder-legal.ch")
    acc.create_account(db, "Alder Legal")
    acc.create_account(db, "Birch Bakery GmbH")
    acc.add_contact(db, "Alder Legal AG", "Jürgen Müller", phone="+49 30 8170947")
    acc.add_contact(db, "Alder Legal AG", "Juergen Mueller", phone="030 8170947")
    acc.add_contact(db, "Alder Legal AG", "Robert Smith")
    acc.add_contact(db, "Alder Legal AG", "Bob Smith")
    acc.add_contact(db, "Birch Bakery GmbH", "Doe, Jane", phone="+49 (0)40 1234 567")
    acc.add_contact(db, "Birch Bakery GmbH", "J. Doe", phone="040-1234567")
    acc.add_contact(db, "Birch Bakery GmbH", "Bea Larsen")
    acc.add_contact(db, "Birch Bakery GmbH", "Ben Larsen")

    pairs = find_duplicates(db).pairs

    phone = _pair(pairs, "Jürgen Müller", "Juergen Mueller")
    assert phone is not None and phone.score >= 90
    assert "same phone +49 30 8170947" in phone.reasons
    assert "names 100% alike: Jürgen Müller / Juergen Mueller" in phone.reasons
    nick = _pair(pairs, "Robert Smith", "Bob Smith")
    assert nick is not None and "Bob is a short form of Robert" in nick.reasons
    initials = _pair(pairs, "Doe, Jane", "J. Doe")
    assert initials is not None and "same phone +49 40 1234567" in initials.reasons
    assert "an initial fits the given name" in initials.reasons
    company = _pair(pairs, "Alder Legal AG", "Alder Legal")
    assert company is not None and company.kind == "account" and company.score == 100
    assert _pair(pairs, "Bea Larsen", "Ben Larsen") is None


def test_a_pair_across_two_accounts_is_offered_and_says_so(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    acc.create_account(db, "Willow Inc.")
    acc.add_contact(db, "Cedar Ltd", "Mia Kranz", email="mia@kranz.example")
    # One e-mail, one contact (add_contact refuses a second): the pair comes from an older
    # database, written as it was.
    willow = acc.get_account(db, "Willow Inc.").id
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (account_id, name, role, email, notes, created_at) "
                "VALUES (:a, 'Mia Kranz-Ott', 'other', 'MIA@Kranz.Example', '', "
                "'2026-01-01 00:00:00')"
            ).bindparams(a=willow)
        )

    (pair,) = find_duplicates(db).pairs
    assert not pair.same_account
    assert "same e-mail mia@kranz.example" in pair.reasons
    assert "in different accounts: Cedar Ltd / Willow Inc." in pair.reasons


def test_the_demo_shows_xenia_haddad_twice(demo_db: Database) -> None:
    pairs = find_duplicates(demo_db).pairs
    xenia = [p for p in pairs if p.first_name == p.second_name == "Xenia Haddad" and p.same_account]
    assert xenia and xenia[0].score == 100


@pytest.mark.pg
def test_dismissed_pairs_stay_dismissed_until_one_side_changes(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    first = acc.add_contact(db, "Cedar Ltd", "Tom Berger", phone="+41 44 668 18 00")
    acc.add_contact(db, "Cedar Ltd", "Tom Berger")
    (pair,) = find_duplicates(db).pairs

    dismiss_pair(db, pair)
    again = find_duplicates(db)
    assert again.pairs == () and again.dismissed == 1

    acc.update_contact(db, first.id, email="tom@cedar.example")
    (back,) = find_duplicates(db).pairs
    assert back.id == pair.id


@pytest.mark.pg
def test_keys_are_parsed_once_and_again_only_for_changed_rows(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    anna = acc.add_contact(db, "Cedar Ltd", "Anna Berg", phone="044 668 18 00")
    acc.add_contact(db, "Cedar Ltd", "Lea Kunz")
    assert find_duplicates(db).keys_refreshed == 3  # two contacts, one account
    assert find_duplicates(db).keys_refreshed == 0
    acc.update_contact(db, anna.id, phone="+41 44 668 18 01")
    assert find_duplicates(db).keys_refreshed == 1
    _region(db, "CH")  # the region changes every phone's key
    assert find_duplicates(db).keys_refreshed == 2
    with db.engine.connect() as conn:
        keys = set(conn.scalars(select(contact_keys.c.phone_key)))
    assert "+41446681801" in keys


def test_a_key_shared_by_very_many_is_not_compared_pair_by_pair(db: Database) -> None:
    acc.create_account(db, "Switchboard AG")
    given = ("Anna", "Bernd", "Carla", "Dirk", "Eva", "Frank")
    family = ("Adler", "Brandt", "Claus", "Dietz", "Engel", "Fuchs", "Graf", "Horn", "Igel", "Jung")
    for first in given:  # sixty people behind one switchboard number
        for last in family:
            acc.add_contact(db, "Switchboard AG", f"{first} {last}", phone="+49 89 1234 0")
    report = find_duplicates(db)
    assert report.pairs == ()
    assert report.skipped_blocks >= 1
    assert any("60 phones" in e for e in report.skipped_examples)


def test_cli_duplicates_json_and_text(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Jürgen Müller")
    acc.add_contact(db, "Cedar Ltd", "Müller, Jürgen")
    url = str(db.url.database)
    assert main(["--db", url, "duplicates", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (pair,) = data["pairs"]
    assert pair["kind"] == "contact" and pair["score"] == 100
    assert pair["reasons"] == ["names 100% alike: Jürgen Müller / Müller, Jürgen"]
    assert main(["--db", url, "duplicates"]) == 0
    out = capsys.readouterr().out
    assert "merge: circlesoftrust merge" in out and "--contacts" in out
    assert main(["--db", url, "duplicates", "--phone-region", "XX"]) == 1
    assert "not a region code" in capsys.readouterr().err


# ------------------------------------------------------------------------------ importing


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "duplicates"


def record(line: int, name: str, org: str) -> ContactRecord:
    return ContactRecord(
        line=line, name=name, organisation=org, title=None, role=None, emails=(),
        phones=(), notes=None, industry=None, website=None,
    )  # fmt: skip


def parsed(*records: ContactRecord) -> ParseResult:
    return ParseResult(tuple(records), (), "records")


@pytest.mark.pg
def test_the_same_people_from_a_phone_and_from_outlook_are_not_doubled(db: Database) -> None:
    _region(db)
    import_contacts(db, read_import_file(FIXTURES / "phone.vcf"), source="phone.vcf")
    report = import_contacts(db, read_import_file(FIXTURES / "outlook.csv"), source="o.csv")

    actions = {r.name: (r.action, r.account, r.reason) for r in report.plan.records}
    assert actions["Juergen Mueller"][:2] == ("merge", "Alder Legal AG")
    assert actions["Bob Smith"][:2] == ("merge", "Alder Legal AG")
    assert "same person as Robert Smith" in actions["Bob Smith"][2]
    assert "Bob is a short form of Robert" in actions["Bob Smith"][2]
    # Another account: offered, never merged by itself.
    mia = next(r for r in report.plan.records if r.name == "Mia Kranz")
    assert (mia.action, mia.account) == ("create", "Willow Partners Ltd")
    assert mia.possible_duplicate.startswith("Mia Kranz in Cedar Consulting GmbH")
    assert report.plan.possible_duplicates == 1
    assert "1 possibly the same as someone already there" in report.summary()
    assert report_json(report)["possible_duplicates"] == [
        {"line": 4, "name": "Mia Kranz", "of": mia.possible_duplicate}
    ]
    assert actions["Anna Berg"][0] == "create"

    people = {c.name: c for c in acc.list_contacts(db, "Alder Legal AG")}
    assert set(people) == {"Dr. Jürgen Müller", "Robert Smith", "Anna Berg"}
    juergen = people["Dr. Jürgen Müller"]
    assert juergen.email == "juergen@mueller-privat.example"
    assert "other e-mail: juergen.mueller@alder-legal.example" in juergen.notes.lower()
    assert "030 8170947" not in juergen.notes  # the same number, written nationally
    assert people["Robert Smith"].title == "Paralegal"
    assert {a.name for a in acc.list_account_names(db)} == {
        "Alder Legal AG", "Cedar Consulting GmbH", "Willow Partners Ltd",
    }  # fmt: skip

    pairs = find_duplicates(db).pairs
    offered = _pair(pairs, "Mia Kranz", "Mia Kranz")
    assert offered is not None and "same phone +49 160 5550101" in offered.reasons

    again = import_contacts(db, read_import_file(FIXTURES / "outlook.csv"), source="o.csv")
    assert (again.created, again.merged) == (0, 0)


def test_a_medium_match_in_the_same_account_is_created_and_named(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Katharina Schmidt")
    report = import_contacts(db, parsed(record(2, "Katarina Schmitt", "Cedar Ltd")))
    (rec,) = report.plan.records
    assert rec.action == "create"
    assert rec.possible_duplicate.startswith("Katharina Schmidt in Cedar Ltd (")
    assert "listed by `duplicates`" in rec.reason


def test_legal_forms_join_a_plain_name_but_keep_two_forms_apart(db: Database) -> None:
    acc.create_account(db, "Atlas Energy GmbH")
    report = import_contacts(
        db,
        parsed(
            record(1, "Ann Alder", "Atlas Energy"),
            record(2, "Bo Berg", "Atlas Energy Inc."),
        ),
    )
    assert [r.account for r in report.plan.records] == ["Atlas Energy GmbH", "Atlas Energy Inc."]


def test_a_spelling_slip_alone_is_never_merged_by_an_import(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Person Number4")
    acc.add_contact(db, "Cedar Ltd", "Katharina Meyer")
    report = import_contacts(
        db,
        parsed(record(1, "Person Number44", "Cedar Ltd"), record(2, "Katarina Meyer", "Cedar Ltd")),
    )
    assert [r.action for r in report.plan.records] == ["create", "create"]
    assert all(r.possible_duplicate for r in report.plan.records)


def test_others_can_save_while_the_keys_of_a_whole_book_are_computed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing every key (an old database, a big import, new key version) takes a minute
    at 100k contacts: it must not hold the write lock meanwhile, or every save in the
    window (and the CLI) fails with "database is locked" after the busy timeout."""
    import sqlite3

    from circlesoftrust.duplicates import key_tables, stored

    acc.create_account(db, "Cedar Ltd")
    for n in range(30):
        acc.add_contact(db, "Cedar Ltd", f"Person Number{n}", phone=f"+49 30 81709{n:02d}")
    assert db.path is not None
    saved: list[str] = []
    real = key_tables.contact_keys_of

    def computing(*args: object) -> object:
        if not saved:  # halfway through the keys, someone saves a contact elsewhere
            other = sqlite3.connect(db.path, timeout=0.2)
            try:
                other.execute("UPDATE contacts SET notes = 'saved meanwhile' WHERE id = 1")
                other.commit()
                saved.append("ok")
            except sqlite3.OperationalError as exc:
                saved.append(str(exc))
            finally:
                other.close()
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(key_tables, "contact_keys_of", computing)
    info = stored.check(db)
    assert saved == ["ok"]
    assert info.keys_refreshed == 31  # thirty contacts, one account
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM contact_keys")) == 30
        assert conn.scalar(text("SELECT notes FROM contacts WHERE id = 1")) == "saved meanwhile"


@pytest.mark.pg
def test_google_csv_then_iphone_and_android_cards_merge_or_offer_never_double(
    db: Database,
) -> None:
    """Real exports of one book in three programs (Google Contacts CSV, an iPhone's vCard
    3.0, an Android vCard 2.1 in quoted-printable), a Dutch user (phone region NL). The
    same legal form written two ways ("B.V." / "BV") is one company, so Kees meets
    Cornelis; a strong match merges, an initial alone or a namesake in another account
    is created and offered."""
    from circlesoftrust.duplicates import stored

    _region(db, "NL")
    google = import_contacts(
        db, read_import_file(FIXTURES / "google-contacts.csv"), source="contacts.csv"
    )
    assert google.created == 3
    iphone = import_contacts(db, read_import_file(FIXTURES / "iphone-3.0.vcf"), source="i.vcf")
    acts = {r.name: (r.action, r.account) for r in iphone.plan.records}
    # Kees brings nothing new (same phone): "skip" is the merge that changes nothing.
    assert acts["Kees de Jong"] in {
        ("merge", "Van Dijk Logistiek B.V."),
        ("skip", "Van Dijk Logistiek B.V."),
    }
    assert acts["Hans Becker"] == ("merge", "Becker & Söhne GmbH")  # adds his e-mail
    assert iphone.created == 0
    android = import_contacts(db, read_import_file(FIXTURES / "android-2.1.vcf"), source="a.vcf")
    by_line = {r.line: r for r in android.plan.records}
    assert by_line[1].action in ("merge", "skip")  # the double name without its hyphen
    initial = by_line[7]
    assert (initial.action, initial.account) == ("create", "Van Dijk Logistiek B.V.")
    assert initial.possible_duplicate.startswith("Cornelis de Jong in Van Dijk Logistiek B.V.")
    namesake = by_line[13]
    assert (namesake.action, namesake.account) == ("create", "Alder Legal")
    assert "in different accounts" in namesake.possible_duplicate
    assert {a.name for a in acc.list_account_names(db)} == {
        "Van Dijk Logistiek B.V.", "Becker & Söhne GmbH", "Alder Legal",
    }  # fmt: skip

    stored.check(db)
    pairs = stored.review(db).pairs
    assert _pair(pairs, "Cornelis de Jong", "C. de Jong") is not None
    cross = _pair(pairs, "Anna Müller-Lüdenscheidt", "Anna Müller-Lüdenscheidt")
    assert cross is not None and not cross.same_account
    assert "same phone +49 89 1234568" in cross.reasons


def test_an_import_brings_its_possible_duplicates_to_the_review_and_today(db: Database) -> None:
    """A medium match made by an import is in the stored pairs at once (the review list
    and Today's "possible duplicate" read them): it waited for the next check before."""
    from circlesoftrust.duplicates import stored

    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Katharina Schmidt")
    stored.check(db)  # the user has looked for duplicates before
    import_contacts(db, parsed(record(2, "Katarina Schmitt", "Cedar Ltd")))
    assert _pair(stored.review(db).pairs, "Katharina Schmidt", "Katarina Schmitt") is not None
