"""Importing contacts: preview first, one transaction, merged never doubled, idempotent,
bad input reported with its line and nothing written."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from circlesoftrust.cli import main
from circlesoftrust.errors import CotError
from circlesoftrust.io import export, importer
from circlesoftrust.io.contact_records import (
    ColumnMappingNeeded,
    ContactFileError,
    ContactRecord,
    ParseIssue,
    ParseResult,
)
from circlesoftrust.io.import_source import (
    OWN_CSV_FORMAT,
    csv_layout,
    guess_column_map,
    inspect_csv,
    read_import_file,
)
from circlesoftrust.io.importer import apply_import, import_contacts, plan_import
from circlesoftrust.models import Contact
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from circlesoftrust.vocabulary import ContactRole
from tests.unit.io_support import contacts_by_account, make_people_distinct, row_counts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "contacts"


def record(line: int, name: str, org: str | None = None, **kw: object) -> ContactRecord:
    return ContactRecord(
        line=line,
        name=name,
        organisation=org,
        title=kw.get("title"),  # type: ignore[arg-type]
        role=kw.get("role"),  # type: ignore[arg-type]
        emails=tuple(kw.get("emails", ())),  # type: ignore[call-overload]
        phones=tuple(kw.get("phones", ())),  # type: ignore[call-overload]
        notes=kw.get("notes"),  # type: ignore[arg-type]
        industry=kw.get("industry"),  # type: ignore[arg-type]
        website=kw.get("website"),  # type: ignore[arg-type]
    )


def parsed(*records: ContactRecord, fmt: str = "records") -> ParseResult:
    return ParseResult(tuple(records), (), fmt)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# ------------------------------------------------------------------------ round trips


@pytest.mark.pg
@pytest.mark.parametrize(("what", "name"), [("vcard", "all.vcf"), ("csv", "all.csv")])
def test_export_then_import_into_an_empty_database_gives_the_same_contacts(
    demo_db: Database, tmp_path: Path, what: str, name: str
) -> None:
    make_people_distinct(demo_db)
    with demo_db.transaction() as session:  # some contacts without a job title
        session.execute(update(Contact).where(Contact.id % 4 == 0).values(title=None))
        # and some whose job title is a role's name, kept apart from their role
        session.execute(update(Contact).where(Contact.id % 9 == 1).values(title="Finance"))
    if what == "vcard":
        export.export_vcard(demo_db, tmp_path / name)
    else:
        export.export_csv(demo_db, tmp_path / name)
    target = open_database(tmp_path / "target.sqlite")
    try:
        result = read_import_file(tmp_path / name)
        if what == "csv":
            assert result.format == OWN_CSV_FORMAT
        report = import_contacts(target, result, source=name)
        # Job title (TITLE / "Job title") and buying-group role (ROLE / "Role") both
        # come back, whatever the other one holds.
        expected = contacts_by_account(demo_db, active_only=True)
        roles, titles = {r[2] for r in expected}, [r[3] for r in expected]
        assert len(roles - {"other"}) >= 4, "the export holds several buying-group roles"
        assert any(r[2] != "other" and r[3] for r in expected), "roles beside job titles"
        assert None in titles and "Finance" in titles
        assert report.created == len(expected) > 200
        assert contacts_by_account(target) == expected
        accounts_in = {a.name: a for a in accounts.list_accounts(target)}
        for acc in accounts.list_accounts(demo_db):
            assert accounts_in[acc.name].contacts == acc.contacts
            assert accounts_in[acc.name].industry == (acc.industry if what == "csv" else None)
    finally:
        target.close()


# Text as the readers hand it on: names and titles on one line (whitespace collapsed),
# notes with inner line breaks, nothing a text file cannot hold.
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
_line = st.text(_chars, min_size=1, max_size=30).map(lambda t: " ".join(t.split())).filter(bool)
_notes = st.lists(_line, max_size=3).map("\n".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_line,
    org=_line.filter(lambda t: not t.isdecimal()),  # digits name an id, not an account
    title=_line,
    notes=_notes,
    phone=st.sampled_from(["+49 30 1234567", "-12 34", "(030) 123", "555 0100 ext. 7"]),
)
def test_any_text_survives_export_and_import(
    tmp_path_factory: pytest.TempPathFactory, name: str, org: str, title: str, notes: str,
    phone: str,
) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("text")
    source = open_database(folder / "source.sqlite")
    try:
        acc = accounts.create_account(source, org)
        accounts.add_contact(source, acc.id, name, title=title, phone=phone, notes=notes,
                             email="someone@example.com")  # fmt: skip
        expected = contacts_by_account(source)
        export.export_csv(source, folder / "x.csv")
        export.export_vcard(source, folder / "x.vcf")
    finally:
        source.close()
    for file in ("x.csv", "x.vcf"):
        target = open_database(folder / f"{file}.sqlite")
        try:
            import_contacts(target, read_import_file(folder / file))
            got = contacts_by_account(target)
        finally:
            target.close()
        assert got == expected, file  # a job title such as "Finance" stays a job title


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_person_without_organisation_round_trips_as_such(
    db: Database, tmp_path: Path, version: str
) -> None:
    import_contacts(db, parsed(record(1, "Jane Doe", emails=["jane@example.com"])))
    export.export_vcard(db, tmp_path / "p.vcf", version=version)
    assert "ORG" not in (tmp_path / "p.vcf").read_text(encoding="utf-8")
    target = open_database(tmp_path / "t.sqlite")
    try:
        import_contacts(target, read_import_file(tmp_path / "p.vcf"))
        (acc,) = accounts.list_accounts(target)
        assert acc.name == "Jane Doe" and accounts.get_account(target, acc.id).needs_review
    finally:
        target.close()


# ---------------------------------------------------------------------------- planning


@pytest.mark.pg
def test_contacts_are_grouped_into_accounts_by_organisation(db: Database) -> None:
    plan = plan_import(
        db,
        parsed(
            record(1, "Ann Alder", "Alder Ltd", emails=["ann@alder.example"]),
            record(9, "Bob Alder", "alder ltd", emails=["bob@alder.example"]),
            record(17, "Cleo Free", None, emails=["cleo@free.example"]),
        ),
    )
    assert [(r.line, r.action, r.account) for r in plan.records] == [
        (1, "create", "Alder Ltd"),
        (9, "create", "Alder Ltd"),
        (17, "create", "Cleo Free"),
    ]
    assert "needs review" in plan.records[2].reason
    assert [(a.name, a.action, a.needs_review, a.contacts) for a in plan.accounts] == [
        ("Alder Ltd", "create", False, 2),
        ("Cleo Free", "create", True, 1),
    ]
    assert row_counts(db)["accounts"] == 0, "a plan writes nothing"

    report = apply_import(db, plan)
    assert (report.created, report.merged, report.skipped) == (3, 0, 0)
    assert not report.changed_since_preview
    cleo = accounts.get_account(db, "Cleo Free")
    assert cleo.needs_review and cleo.ring_name == "Audience"
    assert not accounts.get_account(db, "Alder Ltd").needs_review


@pytest.mark.pg
def test_same_email_anywhere_is_merged_not_doubled(db: Database) -> None:
    accounts.create_account(db, "Old Co")
    accounts.add_contact(db, "Old Co", "Ann Alder", email="ann@alder.example")
    plan = plan_import(
        db,
        parsed(
            record(
                4,
                "Ann A.",
                "New Co",
                title="CTO",
                emails=["ANN@alder.example", "ann@home.example"],
                phones=["+44 20 7946 0000", "+44 20 7946 0001"],
            ),
        ),
    )  # fmt: skip
    (rec,) = plan.records
    assert rec.action == "merge" and rec.account == "Old Co" and rec.line == 4
    assert rec.reason.startswith("same e-mail as Ann Alder; adds job title, e-mail to notes, phone")
    apply_import(db, plan)
    (ann,) = accounts.list_contacts(db, "Old Co")
    assert ann.title == "CTO" and ann.phone == "+44 20 7946 0000"
    assert "Other e-mail: ann@home.example" in ann.notes
    assert "Other phone: +44 20 7946 0001" in ann.notes
    assert row_counts(db)["accounts"] == 1, "no account for 'New Co': the contact was merged"


@pytest.mark.pg
def test_same_name_in_the_same_account_is_merged(db: Database) -> None:
    accounts.create_account(db, "Alder Ltd")
    accounts.add_contact(db, "Alder Ltd", "Ann Alder", email="ann@alder.example")
    report = import_contacts(
        db,
        parsed(
            record(2, "ann  alder", "ALDER LTD", emails=["a.alder@other.example"]),
            record(3, "Ann Alder", "Another Ltd", emails=[]),  # other account: a new person
        ),
    )
    assert [r.action for r in report.plan.records] == ["merge", "create"]
    assert report.plan.records[0].reason.startswith("same name in the same account")
    (ann,) = accounts.list_contacts(db, "Alder Ltd")
    assert ann.email == "ann@alder.example" and "a.alder@other.example" in ann.notes


@pytest.mark.pg
def test_duplicates_inside_one_file_are_merged(db: Database) -> None:
    report = import_contacts(
        db,
        parsed(
            record(1, "Ann Alder", "Alder Ltd", emails=["ann@alder.example"]),
            record(8, "Ann Alder", "Alder Ltd", emails=["ann@alder.example"], phones=["555 0100"]),
            record(15, "Ann Alder", "Alder Ltd", emails=["ann@alder.example"]),
        ),
    )
    assert [(r.action, r.category) for r in report.plan.records] == [
        ("create", "new"),
        ("merge", "merged"),
        ("skip", importer.DUPLICATE_IN_FILE),
    ]
    assert "(line 1)" in report.plan.records[1].reason
    (ann,) = accounts.list_contacts(db, "Alder Ltd")
    assert ann.phone == "555 0100"


@pytest.mark.pg
def test_role_and_job_title_are_stored_apart(db: Database) -> None:
    import_contacts(
        db,
        parsed(
            record(1, "Ann", "A Ltd", role=ContactRole.DECISION_MAKER),
            record(2, "Bob", "A Ltd", title="Head of Buying"),
            record(3, "Cy", "A Ltd", title="CFO", role=ContactRole.FINANCE),
        ),
    )
    by_name = {c.name: c for c in accounts.list_contacts(db, "A Ltd")}
    assert (by_name["Ann"].role, by_name["Ann"].title) == ("decision_maker", None)
    assert (by_name["Bob"].role, by_name["Bob"].title) == ("other", "Head of Buying")
    assert (by_name["Cy"].role, by_name["Cy"].title) == ("finance", "CFO")


@pytest.mark.pg
def test_merge_fills_an_empty_role_and_keeps_a_set_one(db: Database) -> None:
    accounts.create_account(db, "A Ltd")
    accounts.add_contact(db, "A Ltd", "Ann", email="ann@a.example", title="CFO")
    accounts.add_contact(db, "A Ltd", "Bob", email="bob@a.example", role="champion")
    report = import_contacts(
        db,
        parsed(
            record(1, "Ann", "A Ltd", emails=["ann@a.example"], role=ContactRole.FINANCE),
            record(2, "Bob", "A Ltd", emails=["bob@a.example"], role=ContactRole.USER),
        ),
    )
    assert [(r.action, r.reason) for r in report.plan.records] == [
        ("merge", "same e-mail as Ann; adds role"),
        ("skip", "same e-mail as Bob; nothing new"),
    ]
    by_name = {c.name: c for c in accounts.list_contacts(db, "A Ltd")}
    assert (by_name["Ann"].role, by_name["Ann"].title) == ("finance", "CFO")
    assert by_name["Bob"].role == "champion", "a role set by hand is not overwritten"


def test_only_issues_marked_skipped_count_as_skipped_records(db: Database) -> None:
    issues = (
        ParseIssue(3, "row has no name; skipped", skipped=True),
        # A message may say "skipped" without the record being left out: the flag decides.
        ParseIssue(5, "'x; skipped' is not a phone number; left out"),
    )
    plan = plan_import(db, ParseResult((record(5, "Ann", "A Ltd"),), issues, "csv-simple"))
    assert [(r.line, r.action, r.category) for r in plan.records] == [
        (3, "skip", importer.UNREADABLE),
        (5, "create", "new"),
    ]


@pytest.mark.pg
def test_bad_values_are_reported_with_their_line(db: Database) -> None:
    report = import_contacts(
        db,
        parsed(
            record(
                3,
                "Ann",
                "A Ltd",
                emails=["not an address"],
                phones=["call me maybe"],
                title="x" * 201,
            ),
            record(7, "N" * 201, "A Ltd"),
            record(9, "Bob", "O" * 201),
        ),
    )
    messages = [(i.line, i.message) for i in report.plan.issues]
    assert (3, "'not an address' is not a valid e-mail address; e-mail left out") in messages
    assert (3, "'call me maybe' is not a valid phone number; phone left out") in messages
    assert (3, "job title is longer than 200 characters; left out") in messages
    assert (7, "name longer than 200 characters; skipped") in messages
    assert (9, "organisation name longer than 200 characters; skipped") in messages
    assert (report.created, report.skipped) == (1, 2)
    assert report.plan.skipped_reasons() == {
        importer.NAME_TOO_LONG: 1,
        importer.ORG_TOO_LONG: 1,
    }
    (ann,) = accounts.list_contacts(db, "A Ltd")
    assert ann.email is None and ann.phone is None and ann.title is None


@pytest.mark.pg
def test_the_database_changing_after_the_preview_is_handled(db: Database) -> None:
    plan = plan_import(db, parsed(record(1, "Ann", "A Ltd", emails=["ann@a.example"])))
    assert plan.records[0].action == "create"
    accounts.create_account(db, "A Ltd")
    accounts.add_contact(db, "A Ltd", "Ann", email="ann@a.example")
    report = apply_import(db, plan)
    assert report.changed_since_preview
    assert report.plan.records[0].action == "skip"
    assert len(accounts.list_contacts(db, "A Ltd")) == 1


# ----------------------------------------------------------------------------- writing


@pytest.mark.pg
def test_importing_the_same_file_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    for name in ("apple_30_iphone.vcf", "google_2024.csv", "outlook_365_utf8_bom.csv"):
        import_contacts(db, read_import_file(FIXTURES / name), source=name)
    before_counts = row_counts(db)
    before_rows = contacts_by_account(db)
    backups = tmp_path / "backups"
    made = set(backups.iterdir()) if backups.exists() else set()
    for name in ("apple_30_iphone.vcf", "google_2024.csv", "outlook_365_utf8_bom.csv"):
        report = import_contacts(db, read_import_file(FIXTURES / name), source=name)
        assert (report.created, report.merged) == (0, 0), report.plan.records
        assert report.backup is None
    assert row_counts(db) == before_counts  # not even an action_log line
    assert contacts_by_account(db) == before_rows
    assert (set(backups.iterdir()) if backups.exists() else set()) == made


def test_an_import_backs_up_first_and_logs_one_line(db: Database, tmp_path: Path) -> None:
    report = import_contacts(db, parsed(record(1, "Ann", "A Ltd")), source="a.vcf")
    assert report.backup is not None and Path(report.backup).is_file()
    assert "before-import" in Path(report.backup).name
    from circlesoftrust.models import ActionLog

    with db.transaction() as session:
        logged = [(a.kind, a.summary) for a in session.query(ActionLog)]
    assert logged == [("import", "imported a.vcf: 1 created, 0 merged, 0 skipped, 1 new accounts")]


@pytest.mark.pg
def test_a_failing_write_rolls_everything_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.create_account(db, "Old Co")
    accounts.add_contact(db, "Old Co", "Ann", email="ann@old.example")
    before = row_counts(db)
    contacts_before = contacts_by_account(db)
    real = importer.bulk_insert

    def failing(conn, table, columns, rows):  # type: ignore[no-untyped-def]
        if table.name == "contacts":
            raise RuntimeError("disk full")
        return real(conn, table, columns, rows)

    monkeypatch.setattr(importer, "bulk_insert", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        import_contacts(
            db,
            parsed(
                record(1, "Ann", "Old Co", phones=["555 0100"]),  # a merge (an UPDATE)
                record(2, "Bob", "New Co"),  # a new account and contact
            ),
        )
    assert row_counts(db) == before
    assert contacts_by_account(db) == contacts_before


@pytest.mark.pg
def test_dry_run_writes_nothing(db: Database) -> None:
    before = row_counts(db)
    report = import_contacts(db, parsed(record(1, "Ann", "A Ltd")), dry_run=True)
    assert report.dry_run and report.created == 1
    assert report.summary().startswith("Would import")
    assert row_counts(db) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Ann", "Bob", "ann", "Cleo Dee", "Zoë"]),
            st.sampled_from([None, "A Ltd", "a ltd", "B GmbH"]),
            st.lists(st.sampled_from(["a@x.example", "b@x.example", "c@y.example"]), max_size=2),
            st.lists(st.sampled_from(["555 0100", "+49 30 1", "555-0100"]), max_size=2),
            st.sampled_from([None, "", "likes tea", "CTO"]),
        ),
        max_size=12,
    )
)
def test_any_import_repeated_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory, rows
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("prop") / "p.sqlite"
    db = open_database(path)
    try:
        records = [
            record(i + 1, name, org, emails=sorted(set(emails)), phones=phones, notes=note,
                   title=note, role=ContactRole.CHAMPION if note == "CTO" else None)
            for i, (name, org, emails, phones, note) in enumerate(rows)
        ]  # fmt: skip
        import_contacts(db, parsed(*records))
        counts, contents = row_counts(db), contacts_by_account(db)
        again = import_contacts(db, parsed(*records))
        assert (again.created, again.merged) == (0, 0)
        assert row_counts(db) == counts and contacts_by_account(db) == contents
        # Never doubled: one contact per e-mail address.
        emails = [r[4] for r in contents if r[4]]
        assert len(emails) == len(set(emails))
    finally:
        db.close()


# ---------------------------------------------------------------------- bad input files


def _try_import(db: Database, path: Path) -> importer.ImportReport | CotError:
    try:
        return import_contacts(db, read_import_file(path), source=path.name)
    except CotError as exc:
        return exc


def test_truncated_vcard_imports_the_whole_cards_and_reports_the_cut(
    db: Database, tmp_path: Path
) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo"
    )
    report = _try_import(db, write(tmp_path / "cut.vcf", text))
    assert isinstance(report, importer.ImportReport)
    assert (report.created, report.skipped) == (1, 1)
    assert report.plan.skipped_reasons() == {importer.UNREADABLE: 1}
    assert [(i.line, "is the file cut short" in i.message) for i in report.plan.issues] == [
        (5, True)
    ]


def test_phone_too_long_to_store_is_left_out_with_its_line(db: Database, tmp_path: Path) -> None:
    long = " - ".join("123456789012")  # a valid number (12 digits) of 45 characters
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nTEL:{long}\r\nTEL:555 0100\r\nEND:VCARD\r\n"
    report = import_contacts(db, read_import_file(write(tmp_path / "p.vcf", text)))
    assert [(i.line, i.message) for i in report.plan.issues] == [
        (1, f"phone {long!r} is too long; left out")
    ]
    (ann,) = accounts.list_contacts(db, "Ann")
    assert ann.phone == "555 0100" and long not in ann.notes


def test_card_without_a_name_is_skipped_with_its_line(db: Database, tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nORG:Nameless\nTEL:+31 20 555 0100\nEND:VCARD\n"
    )
    report = _try_import(db, write(tmp_path / "noname.vcf", text))
    assert isinstance(report, importer.ImportReport)
    assert report.created == 1 and report.skipped == 1
    assert report.plan.issues[0].line == 5 and "no name" in report.plan.issues[0].message
    assert [a.name for a in accounts.list_accounts(db)] == ["Ann"]


def test_addresses_without_names_are_imported_for_review(db: Database, tmp_path: Path) -> None:
    """A file of addresses only (a newsletter list) imports each as a contact to review;
    an address without a name in a known organisation marks that account too."""
    existing = accounts.create_account(db, "Groenrijk Tuincentra")
    assert not existing.needs_review
    text = (
        "E-mailadres;Bedrijf\r\n"
        "anne@voorbeeld.example;\r\n"
        "info@groenrijk.example;Groenrijk Tuincentra\r\n"
    )
    report = _try_import(db, write(tmp_path / "nieuwsbrief.csv", text))
    assert isinstance(report, importer.ImportReport)
    assert report.created == 2 and report.skipped == 0
    listed = {
        a.name: accounts.get_account(db, a.id).needs_review for a in accounts.list_accounts(db)
    }
    assert listed == {"anne@voorbeeld.example": True, "Groenrijk Tuincentra": True}
    (info,) = accounts.list_contacts(db, "Groenrijk Tuincentra")
    assert info.name == "info@groenrijk.example" and info.email == "info@groenrijk.example"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.vcf", b"", "the file is empty"),
        ("blank.csv", b"\r\n  \r\n", "the file is empty"),
        ("junk.bin", os.urandom(10 * 1024 * 1024), "binary data"),
        ("ebcdic.vcf", "BEGIN:VCARD\nFN:Ann\nEND:VCARD\n".encode("cp500"), "no vCard found"),
        ("ebcdic.csv", "name,email\nAnn,a@b.example\n".encode("cp500"), "not a known"),
    ],
)
def test_unreadable_files_give_one_clear_error_and_write_nothing(
    db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    before = row_counts(db)
    outcome = _try_import(
        db, write(tmp_path / name, "") if not content else _bytes(tmp_path / name, content)
    )
    assert isinstance(outcome, ContactFileError)
    assert message in str(outcome) and name in str(outcome)
    assert "\n" not in str(outcome)
    assert row_counts(db) == before


def test_ten_megabytes_of_text_junk_writes_nothing(db: Database, tmp_path: Path) -> None:
    rng = random.Random(5)
    words = ["lorem", "ipsum", "=cmd", "BEGIN", ";;", '"', "\t", "Ann,Bob"]
    lines = (" ".join(rng.choice(words) for _ in range(12)) for _ in range(200_000))
    path = tmp_path / "junk.csv"
    path.write_text("\n".join(lines)[: 10 * 1024 * 1024], encoding="utf-8")
    before = row_counts(db)
    outcome = _try_import(db, path)
    assert isinstance(outcome, CotError) and "junk.csv" in str(outcome)
    assert row_counts(db) == before


def _bytes(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_csv_with_missing_and_extra_cells_reports_the_rows(db: Database, tmp_path: Path) -> None:
    text = (
        "name,email,company\n"
        "Ann,ann@a.example,A Ltd\n"
        "Bob,bob@b.example\n"  # a cell missing
        "Cleo,cleo@c.example,C Ltd,surplus\n"  # one too many
        "Dee,dee@d.example,D Ltd\n"
    )
    report = _try_import(db, write(tmp_path / "rows.csv", text))
    assert isinstance(report, importer.ImportReport)
    assert report.created == 2 and report.skipped == 2
    assert [i.line for i in report.plan.issues] == [3, 4]
    assert all("cells but the header has 3" in i.message for i in report.plan.issues)


def test_csv_with_a_missing_mapped_column_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "Vorname,Mail\nAnn,a@b.example\n")
    with pytest.raises(ContactFileError, match="no column 'Nachname'"):
        read_import_file(path, column_map={"Vorname": "first_name", "Nachname": "last_name"})
    assert row_counts(db)["contacts"] == 0


def test_unknown_csv_layout_needs_a_mapping(db: Database, tmp_path: Path) -> None:
    path = FIXTURES / "unknown_layout.csv"
    layout = inspect_csv(path)
    assert not layout.recognised and csv_layout(layout.headers) is None
    guess = guess_column_map(layout.headers)
    assert guess == {"Vorname": "first_name", "Nachname": "last_name"}
    with pytest.raises(ColumnMappingNeeded, match="column mapping") as caught:
        read_import_file(path)
    assert list(caught.value.headers) == layout.headers
    report = import_contacts(db, read_import_file(path, column_map=guess))
    assert report.created == 1
    assert accounts.get_account(db, "Max Mustermann").needs_review


def test_mapping_guess_tells_job_title_from_role() -> None:
    headers = ["Full name", "Job Title", "Position", "Buying role", "E-Mail"]
    assert guess_column_map(headers) == {
        "Full name": "name",
        "Job Title": "title",
        "Buying role": "role",
        "E-Mail": "email",
    }  # one column per field: "Position" is left for the user to choose


# --------------------------------------------------------------------------------- CLI


@pytest.mark.pg
def test_cli_import_dry_run_json_report(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts.create_account(db, "Apple Inc.")
    code = main(["--db", db_url, "import", str(FIXTURES / "apple_30_iphone.vcf"), "--dry-run",
                 "--json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["dry_run"] is True and out["format"] == "vcard"
    assert set(out["counts"]) == {"created", "merged", "skipped", "accounts_created",
                                  "accounts_updated"}  # fmt: skip
    assert out["counts"]["created"] == len([r for r in out["records"] if r["action"] == "create"])
    assert all({"line", "name", "account", "action", "reason"} <= set(r) for r in out["records"])
    assert isinstance(out["skipped_reasons"], dict)
    assert row_counts(db)["contacts"] == 0


def test_cli_import_then_again_and_user_errors(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(FIXTURES / "google_2024.csv")
    assert main(["--db", db_url, "import", path]) == 0
    assert "Imported google_2024.csv" in capsys.readouterr().out
    assert main(["--db", db_url, "import", path]) == 0
    assert capsys.readouterr().out.startswith("Nothing new in google_2024.csv: 0 created")

    assert main(["--db", db_url, "import", str(FIXTURES / "unknown_layout.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--map 'Vorname=first_name'" in err
    code = main(["--db", db_url, "import", str(FIXTURES / "unknown_layout.csv"),
                 "--map", "Vorname=first_name", "--map", "Nachname=last_name"])  # fmt: skip
    assert code == 0
    assert main(["--db", db_url, "import", str(tmp_path / "missing.vcf")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["--db", db_url, "import", path, "--map", "Name=shoe size"]) == 1
    assert "is not a field" in capsys.readouterr().err


def test_cli_export_and_restore_json(
    demo_db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.json"
    assert main(["--db", db_url, "export", "json", "-o", str(out)]) == 0
    new = str(tmp_path / "new.sqlite")
    assert main(["--db", new, "import", str(out)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main(["--db", new, "import", str(out)]) == 1
    assert "not empty" in capsys.readouterr().err
    for what in ("vcard", "csv", "ics"):
        target = tmp_path / f"x.{what}"
        assert main(["--db", db_url, "export", what, "-o", str(target), "--account", "1"]) == 0
        assert target.stat().st_size > 0
    assert main(["--db", db_url, "export", "vcard", "-o", str(tmp_path / "y.vcf"),
                 "--account", "no such account"]) == 1  # fmt: skip
    assert "no account named" in capsys.readouterr().err
    assert not (tmp_path / "y.vcf").exists()


@pytest.mark.pg
def test_accounts_differing_only_in_case_match_the_older_one(db: Database) -> None:
    accounts.create_account(db, "Acme")
    with db.transaction() as session:
        from circlesoftrust.models import Account

        session.add(Account(name="ACME", ring_id=1))
    report = import_contacts(db, parsed(record(1, "Ann", "acme")))
    assert report.plan.records[0].account == "Acme"
    assert [c.name for c in accounts.list_contacts(db, 1)] == ["Ann"]


def test_an_all_digit_account_name_is_skipped_with_its_reason(db: Database) -> None:
    # Digits name an account's id everywhere (CLI, search), so "7 Ltd" is fine, "7" is not.
    plan = plan_import(
        db,
        ParseResult(
            (record(2, "Ann", "7"), record(3, "4711"), record(4, "Bo", "7 Ltd")), (), "csv"
        ),
    )
    assert [(r.line, r.action) for r in plan.records] == [(2, "skip"), (3, "skip"), (4, "create")]
    assert "only digits" in plan.records[0].reason
