"""Issue 16 walked as a user, with files shaped like other programs' (tests/fixtures/capture_real).

- ``profile/Mail/Local Folders``: a Thunderbird profile (mbox files without an extension,
  ``.msf`` indexes beside them, a nested ``Projects.sbd/Clients`` folder, an empty folder
  file, CRLF line ends in Sent as Thunderbird writes on Windows, an mboxrd ``>From``
  line), headers MIME-encoded in iso-8859-1, utf-8, koi8-r, iso-2022-jp, gb2312 and
  iso-8859-2, raw windows-1252 bytes, display names with commas (quoted and encoded),
  a group address and an empty one, Bcc on a sent copy, Sender without From, Reply-To,
  a date only in a Received line, addresses in odd case, list / bulk / no-reply /
  auto-reply mail.
- ``calendars/outlook-custom-zone.ics``: a VTIMEZONE with DST rules whose TZID is not in
  the tz database, a weekly series with COUNT, EXDATE, RDATE, one occurrence moved and
  one cancelled by RECURRENCE-ID overrides, a daily series with UNTIL in UTC, floating,
  all-day and unknown-zone events, MAILTO in upper case, an organiser-only event, an
  invitation the user declined beside one another attendee declined, and events far in
  the past and the future.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from circlesoftrust.cli import main as cli_main
from circlesoftrust.io.capture_settings import update_capture_settings
from circlesoftrust.models import Contact, Touchpoint
from circlesoftrust.services import accounts
from circlesoftrust.storage import Database, open_database
from tests.unit.msg_builder import build_msg

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "capture_real"
ME = "me@mycompany.example"


@pytest.fixture(autouse=True)
def _amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def people(db: Database) -> Database:
    accounts.create_account(db, "Alder Labs", website="https://www.alder.example", ring="Leads")
    accounts.create_account(db, "Cedar Co")
    accounts.add_contact(db, "Alder Labs", "Anna Berg", email="anna@alder.example")
    accounts.add_contact(db, "Alder Labs", "Jörg Müller", email="joerg@alder.example")
    accounts.add_contact(db, "Cedar Co", "Bob Stone", email="bob@cedar.example")
    update_capture_settings(db, {"own_addresses": [ME]})
    return db


@pytest.fixture
def files(tmp_path: Path) -> Path:
    target = tmp_path / "exports"
    shutil.copytree(FIXTURES, target)
    return target


def touches(db: Database) -> list[tuple[str, str, str, str, str | None]]:
    with db.transaction() as session:
        rows = session.execute(
            select(Touchpoint, Contact.name).outerjoin(Contact, Contact.id == Touchpoint.contact_id)
        ).all()
        names = {a.id: a.name for a in accounts.list_account_names(db)}
        return sorted(
            (names[t.account_id], t.kind.value, t.direction.value, t.occurred_on.isoformat(), c)
            for t, c in rows
        )


MAIL = [
    ("Alder Labs", "email", "inbound", "2026-01-07", "Jörg Müller"),  # in a group address
    ("Alder Labs", "email", "two_way", "2026-01-05", "Anna Berg"),  # encoded "Berg, Anna"
    ("Alder Labs", "email", "two_way", "2026-01-05", "Anna Berg"),  # the answer (CRLF, Bcc)
    ("Cedar Co", "email", "inbound", "2026-01-07", "Bob Stone"),  # "Stone, Bob" <BOB@Cedar…>
    ("Cedar Co", "email", "inbound", "2026-01-08", "Bob Stone"),  # Sender only, Received date
    ("Cedar Co", "email", "outbound", "2026-01-12", "Bob Stone"),
]
MEETINGS = [
    ("Alder Labs", "meeting", "two_way", "2026-01-05", "Anna Berg"),  # 23:30 local
    ("Alder Labs", "meeting", "two_way", "2026-01-20", "Anna Berg"),  # moved from the 19th
    ("Alder Labs", "meeting", "two_way", "2026-02-02", "Anna Berg"),
    ("Alder Labs", "meeting", "two_way", "2026-03-01", "Anna Berg"),  # RDATE
    ("Alder Labs", "meeting", "two_way", "2026-03-01", "Jörg Müller"),  # UNTIL series
    ("Alder Labs", "meeting", "two_way", "2026-03-02", "Jörg Müller"),
    ("Alder Labs", "meeting", "two_way", "2026-03-03", "Jörg Müller"),
    ("Cedar Co", "meeting", "two_way", "2026-01-01", "Bob Stone"),  # yearly since 1990
    ("Cedar Co", "meeting", "two_way", "2026-04-01", "Bob Stone"),  # floating
    ("Cedar Co", "meeting", "two_way", "2026-04-02", "Bob Stone"),  # unknown zone
    ("Cedar Co", "meeting", "two_way", "2026-04-03", "Bob Stone"),  # all day
]


def test_a_thunderbird_profile_and_an_outlook_calendar_through_the_cli(
    people: Database, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(people.path)
    people.close()
    args = ["--db", url, "import", str(files), "--since", "2026-01-01", "--until", "2026-12-05"]

    assert cli_main([*args, "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert cli_main([*args, "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert cli_main([*args, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)

    db = open_database(url)
    try:
        assert touches(db) == sorted(MAIL + MEETINGS)
    finally:
        db.close()
    assert preview["counts"]["meetings"] == done["counts"]["meetings"] == len(MEETINGS)
    assert preview["counts"]["emails"] == done["counts"]["emails"] == len(MAIL)
    assert preview["counts"]["written"] == 0
    assert done["counts"]["written"] == len(MAIL) + len(MEETINGS)
    assert again["counts"]["written"] == 0 and again["backup"] is None
    assert again["skipped_reasons"]["already imported"] == len(MAIL) + len(MEETINGS)
    assert done["files"] == {"calendar": 1, "mail": 3, "not read": 5}  # 4 .msf, empty folder
    assert done["skipped_reasons"] == {
        "automatic mail (Auto-Submitted)": 1,
        "bulk mail (Precedence)": 1,
        "cancelled": 1,
        "declined by you": 1,
        "mailing-list mail (List-Id)": 1,
        # a name that spells Bob's address; the two people offered (not added)
        "no contact among the participants": 3,
        "no-reply sender": 1,
    }
    assert {(o["email"], o["name"], o["account"]) for o in done["offered_contacts"]} == {
        ("carl.doe@alder.example", "张三", "Alder Labs"),
        ("petr.novak@alder.example", "Novák, Petr", "Alder Labs"),
    }
    assert done["unmatched_addresses"] == [{"address": "helper@assist.example", "times": 1}]
    assert done["issues"] == []


def _utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with a byte-order mark, as Windows Notepad saves


def test_malformed_and_oddly_encoded_files_say_what_is_wrong_and_write_nothing_of_theirs(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    junk = bytes(range(256)) * 40  # binary: NUL bytes, control characters, 8-bit
    (folder / "junk.ics").write_bytes(junk)
    (folder / "junk.eml").write_bytes(junk)
    (folder / "junk.msg").write_bytes(junk)
    (folder / "notes.ics").write_bytes(b"Meeting with Bob on Monday\r\n")
    event = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
        "DTSTART:{start}\r\nORGANIZER:mailto:bob@cedar.example\r\nSUMMARY:Café\r\n"
        "{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (folder / "utf16.ics").write_bytes(
        _utf16(event.format(uid="u16", start="20260110T100000Z", extra=""))
    )
    (folder / "utf16.eml").write_bytes(
        _utf16(
            "From: Anna Berg <anna@alder.example>\r\nTo: me@mycompany.example\r\n"
            "Date: Mon, 12 Jan 2026 10:00:00 +0000\r\nMessage-ID: <u16@alder.example>\r\n\r\nhi\r\n"
        )
    )
    # An event whose description is one 100 MB line (an attachment pasted inline, say);
    # and a 3 MB line of an unknown property in another event.
    with (folder / "long.ics").open("wb") as out:
        out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:long\r\n")
        out.write(b"DTSTART:20260111T100000Z\r\nORGANIZER:mailto:bob@cedar.example\r\n")
        out.write(b"DESCRIPTION:")
        for _ in range(100):
            out.write(b"a" * (1024 * 1024))
        out.write(b"\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:long2\r\n")
        out.write(b"DTSTART:20260113T100000Z\r\nORGANIZER:mailto:bob@cedar.example\r\n")
        out.write(b"X-HUGE:" + b"b" * (3 * 1024 * 1024) + b"\r\n")
        out.write(b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    url = str(people.path)
    people.close()
    args = ["--db", url, "import", str(folder), "--since", "2026-01-01", "--until", "2026-12-05"]

    assert cli_main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    problems = {i["where"]: i["message"] for i in report["issues"]}
    assert problems["junk.ics"] == "not a calendar file (binary content); not read"
    assert problems["junk.eml"] == "not an e-mail message (binary content); not read"
    assert problems["junk.msg"].startswith("not a readable Outlook message")
    assert problems["notes.ics"] == "not an iCalendar file (no BEGIN:VCALENDAR); not read"
    assert [i["message"] for i in report["issues"] if i["where"] == "long.ics"] == [
        "line 7 (DESCRIPTION) is 100.0 MB long; left out, the rest of the file is read",
        "line 13 (X-HUGE) is 3.0 MB long; left out, the rest of the file is read",
    ]
    assert all(p.isprintable() for p in problems.values())
    assert len(report["issues"]) == 6
    db = open_database(url)
    try:  # what the odd files held is logged; nothing of the junk
        assert touches(db) == [
            ("Alder Labs", "email", "inbound", "2026-01-12", "Anna Berg"),  # UTF-16 .eml
            ("Cedar Co", "meeting", "two_way", "2026-01-10", "Bob Stone"),  # UTF-16 .ics
            ("Cedar Co", "meeting", "two_way", "2026-01-11", "Bob Stone"),  # 100 MB line
            ("Cedar Co", "meeting", "two_way", "2026-01-13", "Bob Stone"),
        ]
    finally:
        db.close()


X500 = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="


def test_outlook_msg_files_with_exchange_x500_addresses(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Outlook keeps the user's and colleagues' addresses as Exchange X.500 names, with the
    SMTP address only sometimes; a sent item has no transport headers (its thread is in
    PR_IN_REPLY_TO_ID / PR_INTERNET_REFERENCES)."""
    folder = tmp_path / "outlook"
    folder.mkdir()
    build_msg(
        folder / "Offer.msg", subject="Offer", sender=("Berg, Anna", "anna@alder.example"),
        to=[("Me", X500 + "4f1e-me", ME)], sent=dt.datetime(2026, 2, 2, 9, tzinfo=dt.UTC),
        message_id="o1@alder.example",
        headers="From: \"Berg, Anna\" <anna@alder.example>\r\nTo: Me <me@mycompany.example>\r\n"
        "Date: Mon, 2 Feb 2026 09:00:00 +0000\r\nMessage-ID: <o1@alder.example>\r\n\r\n",
    )  # fmt: skip
    build_msg(
        folder / "RE Offer.msg", subject="RE: Offer", sender=("Me", X500 + "4f1e-me", None),
        to=[("Anna Berg", "anna@alder.example")],
        cc=[("Kim Colleague", X500 + "77aa-kim", None), ("Bob Stone", "bob@cedar.example", None)],
        sent=dt.datetime(2026, 2, 3, 15, tzinfo=dt.UTC), message_id="r2@mycompany.example",
        in_reply_to="o1@alder.example",
    )  # fmt: skip
    build_msg(
        folder / "Note.msg", subject="Note", sender=("Me", X500 + "4f1e-me", ME),
        to=[("Bob Stone", "bob@cedar.example")], sent=dt.datetime(2026, 2, 5, 8, tzinfo=dt.UTC),
        message_id="n1@mycompany.example",
    )  # fmt: skip
    url = str(people.path)
    people.close()
    args = ["--db", url, "import", str(folder), "--since", "2026-01-01", "--until", "2026-12-05"]

    assert cli_main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    db = open_database(url)
    try:
        assert touches(db) == [
            ("Alder Labs", "email", "two_way", "2026-02-02", "Anna Berg"),
            ("Alder Labs", "email", "two_way", "2026-02-03", "Anna Berg"),  # the answer
            ("Cedar Co", "email", "outbound", "2026-02-03", "Bob Stone"),  # Cc, SMTP known
            ("Cedar Co", "email", "outbound", "2026-02-05", "Bob Stone"),
        ]
    finally:
        db.close()
    assert report["issues"] == [] and report["unmatched_addresses"] == []


def test_apple_mail_exports_and_its_own_message_files(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Apple Mail exports a mailbox as a folder ``Name.mbox`` holding the file ``mbox``
    (plus ``Info.plist`` and a binary ``table_of_contents``); its own store keeps one
    message per ``.emlx`` file (the message's length on the first line, a property list
    after it). A header labelled UTF-8 that is really Latin-1 is read as Latin-1."""
    export = tmp_path / "Mail export" / "Clients.mbox"
    export.mkdir(parents=True)
    (export / "mbox").write_bytes(
        b"From anna@alder.example Mon Feb  2 10:00:00 2026\n"
        b"From: =?utf-8?q?Anna_Berg_=28Caf=E9=29?= <anna@alder.example>\n"
        b"To: me@mycompany.example\nDate: Mon, 02 Feb 2026 10:00:00 +0100\n"
        b"Message-ID: <am1@alder.example>\nSubject: =?utf-8?q?Caf=E9?=\n\nhi\n\n"
    )
    (export / "Info.plist").write_bytes(b'<?xml version="1.0"?>\n<plist><dict/></plist>\n')
    (export / "table_of_contents").write_bytes(b"\x00\x00\x00\x02\x01\xff" * 30)
    store = tmp_path / "Mail export" / "V10" / "INBOX.mbox" / "Messages"
    store.mkdir(parents=True)
    message = (
        b"From: Bob Stone <bob@cedar.example>\nTo: me@mycompany.example\n"
        b"Date: Tue, 03 Feb 2026 10:00:00 +0100\nMessage-ID: <ax1@cedar.example>\n"
        b"Subject: Renewal\n\nThe body.\n"
    )
    plist = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
        b"<key>flags</key><integer>8590195713</integer></dict></plist>\n"
    )
    (store / "1041.emlx").write_bytes(b"%d\n" % len(message) + message + plist)
    (store / "1042.partial.emlx").write_bytes(
        b"%d\n" % len(message)
        + message.replace(b"ax1@", b"ax2@").replace(b"03 Feb", b"04 Feb")
        + plist
    )
    url = str(people.path)
    update_capture_settings(people, {"keep_subjects": "yes"})
    people.close()
    args = ["--db", url, "import", str(tmp_path / "Mail export"), "--since", "2026-01-01"]

    assert cli_main([*args, "--until", "2026-12-05", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    db = open_database(url)
    try:
        assert touches(db) == [
            ("Alder Labs", "email", "inbound", "2026-02-02", "Anna Berg"),
            ("Cedar Co", "email", "inbound", "2026-02-03", "Bob Stone"),
            ("Cedar Co", "email", "inbound", "2026-02-04", "Bob Stone"),
        ]
        with db.transaction() as session:
            notes = set(session.scalars(select(Touchpoint.note)))
    finally:
        db.close()
    assert "E-mail from Anna Berg to me — Café" in notes
    assert report["files"] == {"mail": 3, "not read": 2}  # Info.plist, table_of_contents
    assert report["issues"] == []


def test_a_series_repeating_every_minute_is_no_meeting_and_does_not_stall_the_import(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some tools export reminders that repeat every minute or hour: expanded over a
    two-year period they would be a million "meetings". They are skipped and said; a
    series of meetings (even daily, BYHOUR-expanded) is read up to a sane number of
    occurrences, and the rest of the file is read."""
    calendar = tmp_path / "odd.ics"
    calendar.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:tick\r\nDTSTART:20240101T000000Z\r\nRRULE:FREQ=MINUTELY\r\n"
        b"ORGANIZER:mailto:bob@cedar.example\r\nSUMMARY:Tick\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:hours\r\nDTSTART:20240101T000000Z\r\n"
        b"RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23\r\n"
        b"ORGANIZER:mailto:bob@cedar.example\r\nSUMMARY:Hours\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:twice\r\nDTSTART:20240101T090000Z\r\n"
        b"RRULE:FREQ=DAILY;BYHOUR=9,15\r\n"
        b"ORGANIZER:mailto:bob@cedar.example\r\nSUMMARY:Twice a day\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:real\r\nDTSTART:20260310T090000Z\r\n"
        b"ATTENDEE:mailto:anna@alder.example\r\nSUMMARY:Real\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    url = str(people.path)
    people.close()

    args = ["--db", url, "import", str(calendar), "--until", "2026-12-05", "--json"]
    assert cli_main(args) == 0
    report = json.loads(capsys.readouterr().out)

    assert [(i["where"], i["message"]) for i in report["issues"]] == [
        (
            "odd.ics, event 'Tick'",
            "the event repeats every minute: a reminder, not a meeting; skipped",
        ),
        (
            "odd.ics, event 'Hours'",
            "the event repeats 24 times a day: a reminder, not a meeting; skipped",
        ),
        (
            "odd.ics, event 'Twice a day'",
            "the series repeats more than 1,000 times in the period: "
            "only its first 1,000 occurrences were read",
        ),
    ]
    assert report["counts"]["meetings"] == 1 + 1000


def test_the_cli_report_counts_in_words(
    people: Database, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(people.path)
    people.close()
    args = ["--db", url, "import", str(files), "--since", "2026-01-01", "--until", "2026-12-05"]

    assert cli_main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()

    assert out[1] == (
        "Read 1 calendar file, 3 mail files, 5 other files not read (13 events, 12 messages), "
        "Jan 1, 2026 to Dec 5, 2026."
    )
    assert "  Alder Labs: 7 meetings, 3 e-mails" in out
    assert "  Cedar Co: 4 meetings, 3 e-mails" in out
    assert "1 address matched no contact; the most seen:" in out


def test_a_file_that_cannot_be_read_at_all_fails_the_command_with_one_line(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "calendar.ics"
    junk.write_bytes(bytes(range(256)) * 8)
    url = str(people.path)
    people.close()

    assert cli_main(["--db", url, "import", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err == (
        "circlesoftrust: error: nothing could be read from calendar.ics: "
        "not a calendar file (binary content); not read\n"
    )
    assert cli_main(["--db", url, "import", str(junk), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["issues"][0]["where"] == "calendar.ics"


def test_maildir_folders_thunderbird_and_dovecot(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Thunderbird can keep an account as maildir (one file per message, no extension);
    mutt/Dovecot keep ``cur``/``new``/``tmp`` folders with names like ``…:2,S``. Files
    still being delivered (``tmp``) are not read."""
    tb = tmp_path / "profile" / "Mail" / "Local Folders" / "Inbox" / "cur"
    tb.mkdir(parents=True)
    (tb / "1767607200000").write_bytes(
        b"X-Mozilla-Status: 0001\r\nX-Mozilla-Status2: 00000000\r\n"
        b"From: Anna Berg <anna@alder.example>\r\nTo: me@mycompany.example\r\n"
        b"Date: Mon, 05 Jan 2026 10:00:00 +0100\r\nMessage-ID: <md1@alder.example>\r\n\r\nhi\r\n"
    )
    maildir = tmp_path / "profile" / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1767693600.M1P2.host:2,S").write_bytes(
        b"Return-Path: <bob@cedar.example>\nDelivered-To: me@mycompany.example\n"
        b"From: Bob Stone <bob@cedar.example>\nTo: me@mycompany.example\n"
        b"Date: Tue, 06 Jan 2026 10:00:00 +0100\nMessage-ID: <md2@cedar.example>\n\nhi\n"
    )
    (maildir / "new" / "1767780000.M3P4.host").write_bytes(
        b"Return-Path: <bob@cedar.example>\nFrom: Bob Stone <bob@cedar.example>\n"
        b"To: me@mycompany.example\nDate: Wed, 07 Jan 2026 10:00:00 +0100\n"
        b"Message-ID: <md3@cedar.example>\n\nhi\n"
    )
    (maildir / "tmp" / "1767780001.M5P6.host").write_bytes(b"Return-Path: <bob@ced")
    (maildir / "dovecot-uidlist").write_bytes(b"3 V1767607200 N4\n1 :1767693600.M1P2.host\n")
    url = str(people.path)
    people.close()

    args = ["--db", url, "import", str(tmp_path / "profile"), "--since", "2026-01-01"]
    assert cli_main([*args, "--until", "2026-12-05", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)

    db = open_database(url)
    try:
        assert touches(db) == [
            ("Alder Labs", "email", "inbound", "2026-01-05", "Anna Berg"),
            ("Cedar Co", "email", "inbound", "2026-01-06", "Bob Stone"),
            ("Cedar Co", "email", "inbound", "2026-01-07", "Bob Stone"),
        ]
    finally:
        db.close()
    assert report["files"] == {"mail": 3, "not read": 1}  # dovecot-uidlist
    assert report["issues"] == []


def test_a_file_of_the_other_kind_than_asked_is_said_and_fails(
    people: Database, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`import calendar.ics --kind mail` said 'Read no (nothing)' and succeeded."""
    url = str(people.path)
    people.close()
    calendar = files / "calendars" / "outlook-custom-zone.ics"
    assert cli_main(["--db", url, "import", str(calendar), "--kind", "mail"]) == 1
    out, err = capsys.readouterr()
    assert "outlook-custom-zone.ics is a calendar file, not mail" in err, (out, err)
    assert "(nothing)" not in out
    inbox = files / "profile" / "Mail" / "Local Folders" / "Inbox"
    assert cli_main(["--db", url, "import", str(inbox), "--kind", "calendar"]) == 1
    assert "Inbox is a mail file, not a calendar" in capsys.readouterr().err
    # A folder with mail only, read for calendars: said in words, nothing read.
    mail_only = files / "profile"
    assert cli_main(["--db", url, "import", str(mail_only), "--kind", "calendar"]) == 0
    out = capsys.readouterr().out
    assert "no calendar files found in profile" in out and "(nothing)" not in out, out
    db = open_database(url)
    assert touches(db) == []
    db.close()
