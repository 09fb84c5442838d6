"""Exports: vCard and iCalendar files other programs read, safe CSV, and a full JSON export
that restores into an empty database with nothing lost."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import icalendar
import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from circlesoftrust.errors import ConflictError, CotError
from circlesoftrust.io import export
from circlesoftrust.io.contact_records import ContactFileError
from circlesoftrust.io.full_export import FORMAT_VERSION
from circlesoftrust.models import Base
from circlesoftrust.plain_text import without_controls
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database, open_database
from tests.conftest import DEMO_DAY
from tests.unit.io_support import contacts_by_account, row_counts, table_rows

# ----------------------------------------------------------------------------- vCard


@pytest.mark.pg
@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_export_parses_with_vobject(demo_db: Database, tmp_path: Path, version: str) -> None:
    result = export.export_vcard(demo_db, tmp_path / "all.vcf", version=version)
    cards = list(vobject.readComponents((tmp_path / "all.vcf").read_text(encoding="utf-8")))

    active = contacts_by_account(demo_db, active_only=True)
    assert len(cards) == result.items == len(active)
    assert result.accounts == len({row[0] for row in active})
    assert {c.version.value for c in cards} == {version}
    first = cards[0]
    assert first.fn.value and first.org.value[0]
    assert first.categories.value[0] in {"Inner circle", "Loyal customers", "New clients",
                                         "Leads", "Audience"}  # fmt: skip
    assert "@" in first.email.value
    assert len({c.uid.value for c in cards}) == len(cards)


def test_vcard_uids_are_stable_between_exports(demo_db: Database, tmp_path: Path) -> None:
    one = export.contacts_vcard(demo_db, account=1)
    two = export.contacts_vcard(demo_db, account=1)
    uids = [c.uid.value for c in vobject.readComponents(one)]
    assert uids == [c.uid.value for c in vobject.readComponents(two)]


def test_vcard_keeps_awkward_text(db: Database, tmp_path: Path) -> None:
    accounts.create_account(db, "Müller; Söhne, & Co")
    accounts.add_contact(
        db, "Müller; Söhne, & Co", "Zoë O'Brien, Jr.", title="Head of R&D; Lab",
        email="zoe@muller.example", phone="+49 (0)30 1234-56",
        notes="Line one\nline two, with; punctuation \\ and a backslash",
    )  # fmt: skip
    export.export_vcard(db, tmp_path / "x.vcf")
    card = vobject.readOne((tmp_path / "x.vcf").read_text(encoding="utf-8"))
    assert card.fn.value == "Zoë O'Brien, Jr."
    assert card.org.value == ["Müller; Söhne, & Co"]
    assert card.title.value == "Head of R&D; Lab"
    assert card.note.value == "Line one\nline two, with; punctuation \\ and a backslash"
    assert card.tel.value == "+49 (0)30 1234-56"


def test_vcard_of_one_account(demo_db: Database, tmp_path: Path) -> None:
    wanted = accounts.list_contacts(demo_db, 3)
    result = export.export_vcard(demo_db, tmp_path / "one.vcf", account=3)
    cards = list(vobject.readComponents((tmp_path / "one.vcf").read_text(encoding="utf-8")))
    assert result.items == len(wanted) == len(cards)
    assert {c.email.value for c in cards} == {c.email for c in wanted}


def test_vcard_version_is_checked(db: Database, tmp_path: Path) -> None:
    with pytest.raises(CotError, match=r"3\.0 or 4\.0"):
        export.export_vcard(db, tmp_path / "x.vcf", version="2.1")
    assert not (tmp_path / "x.vcf").exists()


# ------------------------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+49 30 123", "'+49 30 123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain", "plain"),
        ("'quoted", "''quoted"),  # so the import can take exactly one apostrophe off
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise_cell(value: str, expected: str) -> None:
    assert export.neutralise_cell(value) == expected


@given(st.text())
def test_no_neutralised_cell_starts_a_formula_and_the_import_undoes_it(value: str) -> None:
    cell = export.neutralise_cell(value)
    clean = without_controls(value)  # (control characters never leave in an export)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (clean, "'" + clean)
    assert export.undo_neutralise_cell(cell) == clean


@pytest.mark.pg
def test_csv_export_neutralises_every_formula_cell(db: Database, tmp_path: Path) -> None:
    accounts.create_account(db, "=cmd|' /C calc'!A0", industry="@risk", notes="-1+1")
    accounts.add_contact(
        db, 1, "+Evil", title="=1+2", email="evil@example.com", phone="+1 555 0100"
    )
    with db.transaction() as session:  # the services strip text; a file import may not
        from circlesoftrust.models import Contact

        session.get(Contact, 1).notes = "\tTabbed"  # type: ignore[union-attr]
    accounts.create_account(db, "Quiet Ltd")  # an account without contacts gets a row too
    export.export_csv(db, tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(export.CSV_COLUMNS)
    cells = [cell for row in rows[1:] for cell in row]
    assert cells, "rows were written"
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    evil = next(r for r in rows if r[6] == "'+Evil")
    assert evil[0] == "'=cmd|' /C calc'!A0"
    assert evil[2] == "'@risk" and evil[5] == "'-1+1"
    assert evil[7] == "'=1+2" and evil[10] == "'+1 555 0100" and evil[11] == "'\tTabbed"
    assert any(r[0] == "Quiet Ltd" and r[6] == "" for r in rows)


# ------------------------------------------------------------------------- iCalendar


@pytest.mark.pg
def test_ics_export_parses_with_icalendar(demo_db: Database, tmp_path: Path) -> None:
    result = export.export_ics(demo_db, tmp_path / "f.ics", on=DEMO_DAY, horizon_days=30)
    cal = icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes())
    events = cal.walk("VEVENT")

    assert cal["VERSION"] == "2.0" and "Circles of Trust" in str(cal["PRODID"])
    assert len(events) == result.items > 0
    assert len({str(ev["UID"]) for ev in events}) == len(events)
    for ev in events:
        assert isinstance(ev["DTSTAMP"].dt, dt.datetime) and ev["DTSTAMP"].dt.tzinfo
        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
        assert type(start) is dt.date  # all-day
        assert end == start + dt.timedelta(days=1)
        assert ev["SUMMARY"]
    kinds = {str(c) for ev in events for c in ev["CATEGORIES"].cats}
    assert {"Task", "Follow-up"} <= kinds


def test_ics_has_open_tasks_only_and_todos_on_request(db: Database, tmp_path: Path) -> None:
    from circlesoftrust.models import Task
    from circlesoftrust.vocabulary import TaskSource

    accounts.create_account(db, "Tasked Ltd", ring="Audience")  # no cadence: no follow-ups
    with db.transaction() as session:
        session.add_all(
            [
                Task(account_id=1, title="Send proposal", due_on=dt.date(2026, 6, 20),
                     source=TaskSource.MANUAL),
                Task(account_id=1, title="Already done", due_on=dt.date(2026, 6, 1),
                     done_on=dt.date(2026, 6, 2), source=TaskSource.MANUAL),
            ]
        )  # fmt: skip
    export.export_ics(db, tmp_path / "t.ics", on=DEMO_DAY, as_todos=True)
    cal = icalendar.Calendar.from_ical((tmp_path / "t.ics").read_bytes())
    todos = cal.walk("VTODO")
    assert [str(t["SUMMARY"]) for t in todos] == ["Send proposal — Tasked Ltd"]
    assert todos[0]["DUE"].dt == dt.date(2026, 6, 20)
    assert str(todos[0]["STATUS"]) == "NEEDS-ACTION"
    assert not cal.walk("VEVENT")


def test_follow_up_due_from_ring_cadence(db: Database, tmp_path: Path) -> None:
    accounts.create_account(db, "Quiet Ltd", ring="Inner circle")  # every 14 days
    accounts.create_account(db, "Fresh Ltd", ring="Inner circle")
    activity.log_touchpoint(db, "Quiet Ltd", kind="call", on=DEMO_DAY - dt.timedelta(days=40))
    activity.log_touchpoint(db, "Fresh Ltd", kind="call", on=DEMO_DAY - dt.timedelta(days=1))
    entries = export.calendar_entries(db, on=DEMO_DAY, horizon_days=7)
    assert [(e.account_name, e.on) for e in entries] == [("Quiet Ltd", DEMO_DAY)]
    assert "overdue since May 20, 2026" in entries[0].description  # the one date format
    later = export.calendar_entries(db, on=DEMO_DAY, horizon_days=30)
    assert ("Fresh Ltd", DEMO_DAY + dt.timedelta(days=13)) in [
        (e.account_name, e.on) for e in later
    ]


# ------------------------------------------------------------------------------ JSON


def test_json_export_restores_into_an_empty_database_with_nothing_lost(
    demo_db: Database, tmp_path: Path
) -> None:
    # Values the demo does not have: odd text, a resolved complaint, settings, ring edits.
    accounts.update_account(demo_db, 1, notes='Ünïcødé "quotes" <b>&</b>\nsecond line')
    with demo_db.transaction() as session:
        from circlesoftrust.models import Setting

        session.add(Setting(key="backup.keep", value="5"))
    result = export.export_json(demo_db, tmp_path / "all.json")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION and data["format"] == "circlesoftrust-export"
    assert set(data["tables"]) == set(Base.metadata.tables)

    target = open_database(tmp_path / "restored.sqlite")
    try:
        report = export.restore_json(target, tmp_path / "all.json")
        assert report.total_rows == result.items
        for table in Base.metadata.sorted_tables:
            before, after = table_rows(demo_db, table.name), table_rows(target, table.name)
            if table.name == "action_log":
                # The restore itself is logged, after everything that came with the file.
                assert after[: len(before)] == before
                assert len(after) == len(before) + 1 and after[-1][2] == "restore"
            else:
                assert after == before, table.name
    finally:
        target.close()


@pytest.mark.pg
def test_json_restore_refuses_a_database_that_holds_data(demo_db: Database, tmp_path: Path) -> None:
    export.export_json(demo_db, tmp_path / "all.json")
    before = row_counts(demo_db)
    with pytest.raises(ConflictError, match=r"not empty.*60 accounts.*empty database"):
        export.restore_json(demo_db, tmp_path / "all.json")
    assert row_counts(demo_db) == before


def test_json_dry_run_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    export.export_json(demo_db, tmp_path / "all.json")
    target = open_database(tmp_path / "new.sqlite")
    try:
        before = row_counts(target)
        report = export.restore_json(target, tmp_path / "all.json", dry_run=True)
        assert report.dry_run and dict(report.tables)["accounts"] == 60
        assert row_counts(target) == before
    finally:
        target.close()


def _good_export(tmp_path: Path, db: Database) -> dict[str, object]:
    accounts.create_account(db, "Solo Ltd")
    export.export_json(db, tmp_path / "good.json")
    data: dict[str, object] = json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: "not json at all", "not valid JSON"),
        (lambda d: {**d, "format": "something-else"}, "not a Circles of Trust JSON export"),
        (lambda d: {**d, "format_version": 99}, "newer version"),
        (lambda d: {**d, "schema": "ffffffffffff"}, "newer version"),
        (lambda d: {**d, "tables": {**d["tables"], "martians": {}}}, "martians"),
        (lambda d: _set_cell(d, "accounts", "name", None), "column name: is empty"),
        (lambda d: _set_cell(d, "accounts", "created_at", "yesterday"), "not a date and time"),
        (lambda d: _set_cell(d, "accounts", "journey_phase", "bored"), "'bored' is not one of"),
        (lambda d: _set_cell(d, "accounts", "ring_id", 999), "break a rule"),
    ],
)
def test_json_restore_rejects_bad_files_and_writes_nothing(
    db: Database, tmp_path: Path, mutate, message: str
) -> None:
    bad = mutate(_good_export(tmp_path, db))
    (tmp_path / "bad.json").write_text(
        bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8"
    )
    target = open_database(tmp_path / "empty.sqlite")
    try:
        before = row_counts(target)
        with pytest.raises(CotError, match=message):
            export.restore_json(target, tmp_path / "bad.json")
        assert row_counts(target) == before
    finally:
        target.close()


def _set_cell(data: dict, table: str, column: str, value: object) -> dict:
    entry = data["tables"][table]
    index = entry["columns"].index(column)
    entry["rows"][0][index] = value
    return data


def test_json_restore_of_an_empty_file(db: Database, tmp_path: Path) -> None:
    (tmp_path / "empty.json").write_bytes(b"")
    with pytest.raises(ContactFileError, match="empty"):
        export.restore_json(db, tmp_path / "empty.json")


@pytest.mark.pg
def test_json_export_restores_into_an_empty_database_of_either_kind(
    db: Database, tmp_path: Path
) -> None:
    """SQLite file -> JSON -> the test database (PostgreSQL too, when it runs there)."""
    from circlesoftrust.demo import generate_demo

    source = open_database(tmp_path / "source.sqlite")
    try:
        generate_demo(source, accounts=25, seed=3, today=DEMO_DAY)
        export.export_json(source, tmp_path / "all.json")
        export.restore_json(db, tmp_path / "all.json")
        for table in Base.metadata.sorted_tables:
            before, after = table_rows(source, table.name), table_rows(db, table.name)
            if table.name == "action_log":
                assert after[: len(before)] == before and len(after) == len(before) + 1
            elif table.name == "users":  # whoever restored joins the team (their log line)
                assert after[: len(before)] == before and len(after) <= len(before) + 1
            else:
                assert after == before, table.name
    finally:
        source.close()
    # New rows get new ids after the restored ones (PostgreSQL's sequences were moved on).
    added = accounts.create_account(db, "After The Restore Ltd")
    assert added.id == 26
