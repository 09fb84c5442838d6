"""Calendar and mail capture: meetings and mails from the user's own files as touchpoints.

The fixtures in tests/fixtures/capture are shaped like the real exports: a Thunderbird
profile's Local Folders (mbox files without an extension, .msf indexes, an .sbd
subfolder, X-Mozilla-Status flags, raw 8-bit headers), a Google export (UTC times,
X-WR-TIMEZONE, a weekly series with EXDATE, a cancelled and a moved occurrence, an
invitation declined by the user, a meeting room), an Outlook export (Windows time zone
names, a folded 100-character UID, a cancelled meeting) and an Apple Calendar export
(attendees as urn:uuid with an EMAIL parameter, an all-day event). Outlook .msg files
are written by tests/unit/msg_builder.py in Outlook's layout.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from circlesoftrust.cli import main as cli_main
from circlesoftrust.engine.suggestions import suggest
from circlesoftrust.errors import ValidationError
from circlesoftrust.io.capture import (
    CaptureOptions,
    CaptureStopped,
    apply_capture,
    capture,
    plan_capture,
)
from circlesoftrust.io.capture_settings import get_capture_settings, update_capture_settings
from circlesoftrust.models import ActionLog, Contact, Touchpoint
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database
from tests.sandbox import run_on_tmpfs, unavailable
from tests.unit.io_support import row_counts
from tests.unit.msg_builder import build_msg

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "capture"
SINCE, UNTIL = dt.date(2026, 1, 1), dt.date(2026, 12, 5)
ME = "me@mycompany.example"


@pytest.fixture(autouse=True)
def _amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates are the user's local days: fix the zone so the expected days hold anywhere."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def people(db: Database) -> Database:
    """Three accounts and three contacts; the user's own address is set."""
    accounts.create_account(db, "Alder Labs", website="https://www.alder.example", ring="Leads")
    accounts.create_account(db, "Cedar Co")
    accounts.create_account(db, "Birch Ltd")
    accounts.add_contact(db, "Alder Labs", "Anna Berg", email="anna@alder.example")
    accounts.add_contact(db, "Alder Labs", "Jörg Müller", email="joerg@alder.example")
    accounts.add_contact(db, "Cedar Co", "Bob Stone", email="bob@cedar.example")
    update_capture_settings(db, {"own_addresses": [ME]})
    return db


@pytest.fixture
def files(tmp_path: Path) -> Path:
    target = tmp_path / "files"
    shutil.copytree(FIXTURES, target)
    return target


def touches(db: Database) -> list[tuple[str, str, str, str, str | None]]:
    """(account, kind, direction, day, contact) of every touchpoint, sorted."""
    with db.transaction() as session:
        rows = session.execute(
            select(Touchpoint, Contact.name)
            .outerjoin(Contact, Contact.id == Touchpoint.contact_id)
            .order_by(Touchpoint.id)
        ).all()
        names = {a.id: a.name for a in accounts.list_account_names(db)}
        return sorted(
            (names[t.account_id], t.kind.value, t.direction.value, t.occurred_on.isoformat(), c)
            for t, c in rows
        )


def contact_emails(db: Database) -> set[str | None]:
    with db.transaction() as session:
        return set(session.scalars(select(Contact.email)))


def notes(db: Database) -> list[str]:
    with db.transaction() as session:
        return list(session.scalars(select(Touchpoint.note).order_by(Touchpoint.occurred_on)))


def run(db: Database, path: Path, **kw: Any) -> Any:
    kw.setdefault("since", SINCE)
    kw.setdefault("until", UNTIL)
    return capture(db, path, **kw)


EXPECTED = [
    ("Alder Labs", "email", "inbound", "2026-11-05", "Jörg Müller"),
    ("Alder Labs", "email", "two_way", "2026-11-02", "Anna Berg"),  # answered from Sent
    ("Alder Labs", "email", "two_way", "2026-11-03", "Anna Berg"),  # the answer
    ("Alder Labs", "meeting", "two_way", "2026-11-02", "Anna Berg"),
    ("Alder Labs", "meeting", "two_way", "2026-11-24", "Anna Berg"),  # moved from the 23rd
    ("Alder Labs", "meeting", "two_way", "2026-11-30", "Anna Berg"),
    ("Alder Labs", "meeting", "two_way", "2026-12-01", "Jörg Müller"),  # Apple, EMAIL=
    ("Cedar Co", "email", "inbound", "2026-10-12", "Bob Stone"),
    ("Cedar Co", "email", "outbound", "2026-11-10", "Bob Stone"),
    ("Cedar Co", "meeting", "two_way", "2026-10-20", "Bob Stone"),  # Outlook
    ("Cedar Co", "meeting", "two_way", "2026-11-12", "Bob Stone"),
    ("Cedar Co", "meeting", "two_way", "2026-12-03", "Bob Stone"),  # all day
]


@pytest.mark.pg
def test_a_thunderbird_profile_and_three_calendars_become_touchpoints(
    people: Database, files: Path, backend: str
) -> None:
    report = run(people, files)

    assert touches(people) == sorted(EXPECTED)
    plan = report.plan
    assert plan.per_account() == [("Alder Labs", 4, 3), ("Cedar Co", 3, 2)]
    reasons = plan.skipped
    assert reasons["cancelled"] == 2  # an occurrence (Google), a meeting (Outlook)
    assert reasons["declined by you"] == 1
    assert reasons["mailing-list mail (List-Id)"] == 1
    assert reasons["bulk mail (Precedence)"] == 1
    assert reasons["no-reply sender"] == 1
    assert reasons["draft, never sent"] == 1
    assert reasons["deleted in Thunderbird (folder not yet compacted)"] == 1
    assert reasons["no contact among the participants"] == 1
    assert [(p.email, p.account) for p in plan.offered] == [
        ("carl@alder.example", "Alder Labs"),
        ("dana@cedar.example", "Cedar Co"),
    ]
    assert plan.unmatched == (("someone.else@gmail.com", 1),)
    assert plan.files == {"calendar": 3, "mail": 4, "not read": 2}  # the two .msf indexes
    if backend == "sqlite":  # a PostgreSQL database is backed up with pg_dump
        assert report.backup is not None and Path(report.backup).exists()
    with people.transaction() as session:
        log = session.scalars(select(ActionLog.summary).where(ActionLog.kind == "capture")).all()
    assert log == ["captured from files: 7 meetings, 5 e-mails, 0 new contacts"]


@pytest.mark.pg
def test_importing_the_same_files_again_changes_nothing(people: Database, files: Path) -> None:
    run(people, files)
    before = row_counts(people)
    second = run(people, files)

    assert second.written == 0 and second.backup is None
    assert row_counts(people) == before
    assert second.plan.skipped["already imported"] == len(EXPECTED)


def test_the_preview_writes_nothing(people: Database, files: Path) -> None:
    before = row_counts(people)
    report = run(people, files, dry_run=True)

    assert report.plan.meetings == 7 and report.plan.emails == 5
    assert row_counts(people) == before


def test_notes_keep_only_the_facts_unless_the_user_opts_in(people: Database, files: Path) -> None:
    run(people, files)
    kept = " ".join(notes(people))
    assert "Meeting (calendar): 45 min with Anna Berg" in kept
    assert "E-mail from Anna Berg to me" in kept
    for private in ("Alder weekly sync", "Renewal", "Grüße", "Proposal", "Agenda"):
        assert private not in kept


def test_titles_and_subjects_are_kept_when_asked_also_from_8_bit_headers(
    people: Database, files: Path
) -> None:
    update_capture_settings(people, {"keep_titles": True, "keep_subjects": True})
    run(people, files)
    kept = notes(people)
    assert any(n.endswith("— Alder weekly sync") for n in kept)
    assert any(n.endswith("— Renewal – next steps") for n in kept)  # RFC 2047, UTF-8
    assert any(n.endswith("— Grüße aus Köln") for n in kept)  # raw latin-1 bytes
    assert any(n.startswith("E-mail from Jörg Müller") for n in kept)


@pytest.mark.pg
def test_a_reply_in_a_later_import_makes_the_thread_two_way(people: Database, files: Path) -> None:
    folder = files / "thunderbird" / "Mail" / "Local Folders"
    run(people, folder / "Inbox", kind="mail")
    assert ("Alder Labs", "email", "inbound", "2026-11-02", "Anna Berg") in touches(people)

    report = run(people, folder / "Sent", kind="mail")

    assert report.plan.upgrades  # the stored message joined the conversation
    found = touches(people)
    assert ("Alder Labs", "email", "two_way", "2026-11-02", "Anna Berg") in found
    assert ("Alder Labs", "email", "two_way", "2026-11-03", "Anna Berg") in found


@pytest.mark.pg
def test_offered_people_are_created_only_when_asked(people: Database, files: Path) -> None:
    run(people, files)
    known = {"anna@alder.example", "joerg@alder.example", "bob@cedar.example"}
    assert contact_emails(people) == known

    report = run(people, files, add_people=True)

    assert report.contacts_created == 2
    assert contact_emails(people) == known | {"carl@alder.example", "dana@cedar.example"}
    carl = accounts.get_contact(people, "Carl Doe")
    assert carl.email == "carl@alder.example"
    # Their mails and meetings were logged already (carried by Jörg and Bob): no doubles.
    assert touches(people) == sorted(EXPECTED)
    assert run(people, files, add_people=True).contacts_created == 0


def test_one_offered_person_is_created_when_picked(people: Database, files: Path) -> None:
    report = run(people, files, people=["Dana@Cedar.example"])

    assert report.contacts_created == 1
    assert "dana@cedar.example" in contact_emails(people)
    assert "carl@alder.example" not in contact_emails(people)


def test_outlook_msg_files_received_and_sent(people: Database, tmp_path: Path) -> None:
    folder = tmp_path / "outlook"
    folder.mkdir()
    headers = (
        "Received: from mail.alder.example by mx; Tue, 3 Nov 2026 09:00:00 +0000\r\n"
        "From: Anna Berg <anna@alder.example>\r\nTo: Me <me@mycompany.example>\r\n"
        "Subject: Pilot\r\nDate: Tue, 3 Nov 2026 09:00:00 +0000\r\n"
        "Message-ID: <p1@alder.example>\r\n\r\n"
    )
    build_msg(
        folder / "Pilot.msg", subject="Pilot", sender=("Anna Berg", "anna@alder.example"),
        to=[("Me", ME)], sent=dt.datetime(2026, 11, 3, 9, tzinfo=dt.UTC),
        message_id="p1@alder.example", headers=headers,
    )  # fmt: skip
    build_msg(
        folder / "RE Pilot.msg", subject="RE: Pilot", sender=("Me", ME),
        to=[("Anna Berg", "anna@alder.example")], cc=[("Bob Stone", "bob@cedar.example")],
        sent=dt.datetime(2026, 11, 4, 15, tzinfo=dt.UTC), message_id="r1@mycompany.example",
        headers="In-Reply-To: <p1@alder.example>\r\nReferences: <p1@alder.example>\r\n"
        "From: Me <me@mycompany.example>\r\nDate: Wed, 4 Nov 2026 15:00:00 +0000\r\n"
        "Message-ID: <r1@mycompany.example>\r\n\r\n",
    )  # fmt: skip
    build_msg(
        folder / "News.msg", subject="News", sender=("Alder", "news@alder.example"),
        to=[("Me", ME)], sent=dt.datetime(2026, 11, 5, 9, tzinfo=dt.UTC),
        message_id="n1@alder.example",
        headers="From: news@alder.example\r\nList-Id: <news.alder.example>\r\n\r\n",
    )  # fmt: skip
    (folder / "Broken.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 700)

    report = run(people, folder, kind="mail")

    assert touches(people) == [
        ("Alder Labs", "email", "two_way", "2026-11-03", "Anna Berg"),
        ("Alder Labs", "email", "two_way", "2026-11-04", "Anna Berg"),
        ("Cedar Co", "email", "outbound", "2026-11-04", "Bob Stone"),
    ]
    assert report.plan.skipped["mailing-list mail (List-Id)"] == 1
    assert [i.where for i in report.plan.issues] == ["Broken.msg"]
    assert "not a readable Outlook message" in report.plan.issues[0].message


def test_eml_files_with_8_bit_and_encoded_headers(people: Database, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "one.eml").write_bytes(
        b"From: =?windows-1252?Q?J=F6rg_M=FCller?= <JOERG@alder.example>\r\n"
        b"To: me@mycompany.example\r\nSubject: Angebot f\xfcr 2027\r\n"
        b"Date: Mon, 16 Nov 2026 08:00:00 +0100\r\nMessage-ID: <e1@alder.example>\r\n\r\nx\r\n"
    )
    (folder / "spam.eml").write_bytes(
        b"From: Bob Stone <bob@cedar.example>\r\nTo: me@mycompany.example\r\n"
        b"X-Gmail-Labels: Spam,Category Promotions\r\nMessage-ID: <sp@x>\r\n"
        b"Date: Tue, 17 Nov 2026 08:00:00 +0100\r\n\r\nx\r\n"
    )
    (folder / "no-id.eml").write_bytes(
        b"From: Bob Stone <bob@cedar.example>\r\nTo: me@mycompany.example\r\n"
        b"Date: 17 Nov 2026 08:00 +0100\r\nSubject: hi\r\n\r\nx\r\n"
    )
    update_capture_settings(people, {"keep_subjects": "yes"})

    run(people, folder)
    again = run(people, folder)

    assert touches(people) == [
        ("Alder Labs", "email", "inbound", "2026-11-16", "Jörg Müller"),
        ("Cedar Co", "email", "inbound", "2026-11-17", "Bob Stone"),
    ]
    assert any(n.endswith("— Angebot für 2027") for n in notes(people))
    assert again.plan.skipped["marked as spam"] == 1
    assert again.written == 0  # the message without a Message-ID is found again too


def test_malformed_files_are_reported_and_the_rest_is_read(
    people: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = (FIXTURES / "calendars" / "outlook-calendar.ics").read_bytes()
    (folder / "cut.ics").write_bytes(good[: len(good) // 2])  # truncated mid-event
    (folder / "latin1.ics").write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:l1\r\n"
        b"DTSTART:20261110T100000Z\r\nSUMMARY:Caf\xe9\r\n"
        b"ORGANIZER:mailto:anna@alder.example\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:l2\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:l3\r\nDTSTART:20261102T100000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\n"
        b"ORGANIZER:mailto:anna@alder.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (folder / "empty.eml").write_bytes(b"")
    # One message whose header line is 100 MB long, between two good ones.
    line = b"X-Junk: " + b"a" * (100 * 1024 * 1024) + b"\n"
    (folder / "Inbox").write_bytes(
        b"From - x\nFrom: anna@alder.example\nTo: me@mycompany.example\n"
        b"Date: Mon, 9 Nov 2026 10:00:00 +0000\nMessage-ID: <g1@alder.example>\n\nhi\n\n"
        b"From - x\nFrom: anna@alder.example\n" + line + b"\nbody\n\n"
        b"From - x\nFrom: bob@cedar.example\nTo: me@mycompany.example\n"
        b"Date: Mon, 9 Nov 2026 11:00:00 +0000\nMessage-ID: <g2@cedar.example>\n\nhi\n"
    )

    report = run(people, folder)

    assert touches(people) == [
        ("Alder Labs", "email", "inbound", "2026-11-09", "Anna Berg"),
        ("Alder Labs", "meeting", "two_way", "2026-11-10", "Anna Berg"),
        ("Cedar Co", "email", "inbound", "2026-11-09", "Bob Stone"),
    ]
    problems = {i.where: i.message for i in report.plan.issues}
    assert "cut short" in problems["cut.ics"]
    assert "no start" in problems["latin1.ics, event 'No start'"]  # the file's other event is in
    assert "a recurring event cannot be expanded" in problems["latin1.ics"]
    assert "no headers" in problems["empty.eml"]
    assert "too long" in problems["Inbox, message 2"]


@pytest.mark.pg
def test_a_failed_import_writes_nothing(
    people: Database, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = row_counts(people)

    def broken(*_args: object, **_kw: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("circlesoftrust.io.capture.bulk_insert", broken)
    with pytest.raises(OSError, match="disk full"):
        run(people, files, add_people=True)
    assert row_counts(people) == before


@pytest.mark.pg
def test_an_imported_meeting_resets_the_follow_up_cadence(people: Database, files: Path) -> None:
    activity.log_touchpoint(
        people, "Alder Labs", kind="call", on=dt.date(2026, 3, 1), direction="two_way"
    )
    due = [s for s in suggest(people, UNTIL) if s.kind == "follow_up"]
    assert [s.account_name for s in due] == ["Alder Labs"]

    run(people, files / "calendars", kind="calendar")

    assert [s for s in suggest(people, UNTIL) if s.kind == "follow_up"] == []


def test_without_own_addresses_mail_from_a_contact_counts_as_received(
    people: Database, files: Path
) -> None:
    update_capture_settings(people, {"own_addresses": []})
    options = CaptureOptions.from_settings(get_capture_settings(people), since=SINCE, until=UNTIL)
    with plan_capture(people, files / "thunderbird", options) as plan:
        directions = {(t.on.isoformat(), t.direction.value) for t in plan.touches()}
    assert ("2026-11-10", "outbound") in directions  # to Bob, from someone not a contact
    assert ("2026-10-12", "inbound") in directions  # from Bob
    assert any("own e-mail addresses are not set" in w for w in plan.warnings)


def test_the_period_limits_what_is_read(people: Database, files: Path) -> None:
    options = CaptureOptions.from_settings(
        get_capture_settings(people), since=dt.date(2026, 11, 20), until=UNTIL
    )
    with plan_capture(people, files, options) as plan:
        days = [t.on.isoformat() for t in plan.touches()]
    assert days == [
        "2026-11-24", "2026-11-30", "2026-12-01", "2026-12-03",
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="after"):
        run(people, files, since=dt.date(2027, 1, 1))


def test_streaming_a_large_mbox_keeps_memory_flat(people: Database, tmp_path: Path) -> None:
    """Peak memory while reading 200 vs 2,000 messages of 20 KB (4 MB vs 40 MB)."""

    def mbox(path: Path, count: int) -> Path:
        body = (b"lorem ipsum " * 1700 + b"\n") * 1
        with path.open("wb") as out:
            for n in range(count):
                out.write(
                    b"From - Mon Nov 09 10:00:00 2026\nFrom: someone@elsewhere.example\n"
                    b"To: me@mycompany.example\nDate: Mon, 9 Nov 2026 10:00:00 +0000\n"
                    b"Message-ID: <m%d@elsewhere.example>\n\n" % n + body + b"\n"
                )
        return path

    options = CaptureOptions.from_settings(get_capture_settings(people), since=SINCE, until=UNTIL)
    peaks = []
    for count in (200, 2000):
        path = mbox(tmp_path / f"box{count}", count)
        tracemalloc.start()
        plan = plan_capture(people, path, options)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert plan.items_read == {"messages": count}
    small, large = peaks
    # Ten times the input: the peak grows by mailbox's offset table only (~100 bytes a
    # message), never by the 36 MB of bodies.
    assert large - small < 2 * 1024 * 1024, peaks


def test_planned_touchpoints_wait_on_disk_not_in_memory(people: Database, tmp_path: Path) -> None:
    """Peak memory of a preview that plans 400 vs 4,000 touchpoints (every message is
    with a contact, threads answer each other, each also names an unknown address)."""

    def mbox(path: Path, count: int) -> Path:
        contacts = (b"anna@alder.example", b"joerg@alder.example", b"bob@cedar.example")
        with path.open("wb") as out:
            for n in range(count):
                contact = contacts[(n // 4) % 3]
                sender, to = (contact, ME.encode()) if n % 2 else (ME.encode(), contact)
                refs = b"References: <m%d@box.example>\n" % (n - 1) if n % 4 else b""
                out.write(
                    b"From - Mon Nov 09 10:00:00 2026\nFrom: <%s>\nTo: <%s>\n"
                    b"Cc: <stranger%d@elsewhere.example>\n"
                    b"Date: Mon, %d Nov 2026 10:00:00 +0000\n"
                    b"Message-ID: <m%d@box.example>\n%s\nHello.\n\n"
                    % (sender, to, n, 1 + n % 28, n, refs)
                )
        return path

    options = CaptureOptions.from_settings(get_capture_settings(people), since=SINCE, until=UNTIL)
    peaks, planned = [], []
    for count in (400, 4000):
        path = mbox(tmp_path / f"box{count}", count)
        tracemalloc.start()
        with plan_capture(people, path, options) as plan:
            peaks.append(tracemalloc.get_traced_memory()[1])
            planned.append(plan.touch_count)
            assert plan.unmatched_total == count
            # Each thread of four has both sides: every mail is a conversation.
            assert {t.direction.value for t in plan.touches()} == {"two_way"}
        tracemalloc.stop()
    assert planned == [400, 4000]
    small, large = peaks
    # Ten times the touchpoints: the peak grows by mailbox's offset table and the thread
    # pass's 8 bytes per Message-ID (~150 bytes a message), not by the touchpoints
    # (~1-2 KB each when they were kept in memory: 5-8 MB here).
    assert large - small < 1024 * 1024, peaks


FULL_TEMP_CHILD = """
import contextlib, io, json, os, sys
mount, db, mbox = sys.argv[1:4]
from circlesoftrust.io import capture_spool
capture_spool._CACHE_KIB = 16  # (the scratch file is written from the first few KB on)
from circlesoftrust.cli import main
err = io.StringIO()
with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
    code = main(["--db", db, "import", mbox, "--since", "2026-01-01", "--until", "2026-12-05"])
print(json.dumps({"code": code, "err": err.getvalue(), "left": os.listdir(mount)}))
"""


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_a_full_temporary_folder_is_said_in_one_line_and_nothing_is_written(
    people: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = tmp_path / "Inbox"
    with box.open("wb") as out:
        for n in range(3000):
            out.write(
                b"From - Mon Nov 09 10:00:00 2026\nFrom: <bob@cedar.example>\nTo: <%s>\n"
                b"Date: Mon, 9 Nov 2026 10:00:00 +0000\nMessage-ID: <m%d@box.example>\n\n"
                b"Hello.\n\n" % (ME.encode(), n)
            )
    before = row_counts(people)
    url = str(people.path)
    people.close()
    mount = tmp_path / "tmp"
    monkeypatch.setenv("SQLITE_TMPDIR", str(mount))  # the tiny folder SQLite's file goes to

    done = run_on_tmpfs(FULL_TEMP_CHILD, mount, 64, url, str(box))

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] == 1 and result["err"].count("\n") == 1, result["err"]
    assert "temporary folder" in result["err"] and "nothing was written" in result["err"]
    assert result["left"] == []
    assert row_counts(people) == before


def test_the_cli_previews_imports_and_reports_json(
    people: Database, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(people.path)
    people.close()
    common = ["--db", url, "import", str(files), "--since", "2026-01-01", "--until", "2026-12-05"]

    assert cli_main([*common, "--dry-run", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["dry_run"] is True
    assert shown["counts"]["meetings"] == 7 and shown["counts"]["emails"] == 5
    assert shown["accounts"] == [
        {"account": "Alder Labs", "meetings": 4, "emails": 3},
        {"account": "Cedar Co", "meetings": 3, "emails": 2},
    ]
    assert {o["email"] for o in shown["offered_contacts"]} == {
        "carl@alder.example",
        "dana@cedar.example",
    }

    assert cli_main(common) == 0
    out = capsys.readouterr().out
    assert out.startswith("Logged 7 meetings and 5 e-mails from files on 2 accounts")
    assert "Carl Doe <carl@alder.example> — Alder Labs" in out
    assert "2 people at your accounts' domains, not contacts yet" in out

    assert cli_main([*common, "--kind", "calendar"]) == 0
    assert capsys.readouterr().out.startswith("Nothing new to log from files")

    assert cli_main(["--db", url, "import", str(files / "nothing-here")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_capture_settings_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(tmp_path / "s.sqlite")
    assert cli_main(["--db", url, "capture", "settings", "--me", "Me@MyCompany.example"]) == 0
    assert "own_addresses: me@mycompany.example" in capsys.readouterr().out
    args = ["--db", url, "capture", "settings", "--keep-titles", "yes", "--alarm-minutes", "off"]
    assert cli_main([*args, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["keep_titles"] is True and shown["alarm_minutes"] is None
    assert cli_main(["--db", url, "capture", "settings", "--me", "not an address"]) == 1
    assert "not a valid e-mail address" in capsys.readouterr().err


def test_applying_a_preview_later_skips_what_arrived_meanwhile(
    people: Database, files: Path
) -> None:
    options = CaptureOptions.from_settings(get_capture_settings(people), since=SINCE, until=UNTIL)
    preview = plan_capture(people, files / "calendars", options)
    run(people, files / "calendars")  # another window imported the same calendars

    report = apply_capture(people, preview)

    assert report.written == 0
    assert len(touches(people)) == 7


def test_the_watched_folder_logs_what_was_dropped_in_since_the_last_scan(
    people: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def meeting(uid: str, days_ago: int, who: str) -> bytes:
        day = (dt.date.today() - dt.timedelta(days=days_ago)).strftime("%Y%m%d")
        return (
            f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{day}T100000Z\r\n"
            f"DTEND:{day}T110000Z\r\nSUMMARY:Call\r\nORGANIZER:mailto:{ME}\r\n"
            f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{who}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()

    drop = tmp_path / "drop"
    drop.mkdir()
    url = str(people.path)
    people.close()
    assert cli_main(["--db", url, "capture", "scan"]) == 1
    assert "no watched folder" in capsys.readouterr().err
    assert cli_main(["--db", url, "capture", "settings", "--watched-folder", str(drop)]) == 0
    capsys.readouterr()
    (drop / "first.ics").write_bytes(meeting("w1", 3, "anna@alder.example"))
    assert cli_main(["--db", url, "capture", "scan", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["written"] == 1

    (drop / "second.ics").write_bytes(meeting("w2", 1, "bob@cedar.example"))
    assert cli_main(["--db", url, "capture", "scan"]) == 0
    assert capsys.readouterr().out.startswith("Logged 1 meeting and 0 e-mails from drop on 1")


def test_a_cancelled_preview_stops_reading_and_writes_nothing(
    people: Database, files: Path
) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 3

    options = CaptureOptions.from_settings(get_capture_settings(people), since=SINCE, until=UNTIL)
    before = row_counts(people)
    with pytest.raises(CaptureStopped, match="cancelled"):
        plan_capture(people, files, options, progress=progress)
    assert len(seen) == 3 and seen[0][0] == 0 < seen[-1][0] < seen[-1][1]
    assert row_counts(people) == before

    done: list[tuple[int, int]] = []
    plan_capture(people, files, options, progress=lambda d, t: done.append((d, t)) or True)
    assert done[-1][0] == done[-1][1] > 0
