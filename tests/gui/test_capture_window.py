"""Calendar and mail capture in the window, driven as a user would.

Real fixture files: a Google calendar export with a weekly series (EXDATE, a cancelled and
a moved occurrence), an Outlook export with a cancelled meeting, a Thunderbird profile's
mbox folders, a saved .eml and an Outlook .msg (built in Outlook's layout). Every test
waits on signals or conditions, never on time.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from circlesoftrust.io.capture_settings import get_capture_settings, update_capture_settings
from circlesoftrust.models import Contact, Touchpoint
from circlesoftrust.services import accounts, activity, tasks
from circlesoftrust.storage import Database
from tests.gui.conftest import OFFSCREEN_NOISE, visible_text
from tests.unit.io_support import row_counts
from tests.unit.msg_builder import build_msg
from ui.capture import capture_actions, capture_hub
from ui.capture.capture_dialog import CaptureImportDialog
from ui.capture.capture_hub import CaptureHub
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ME = "me@mycompany.example"


@pytest.fixture(autouse=True)
def _amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The fixtures' days are Amsterdam days."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def people(db: Database) -> Database:
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
    """A folder as a user might point at: calendars, a Thunderbird profile, saved mail."""
    target = tmp_path / "files"
    shutil.copytree(FIXTURES / "capture", target)
    saved = target / "saved"
    shutil.copytree(FIXTURES / "capture_window", saved)
    build_msg(
        saved / "RE Pilot.msg", subject="RE: Pilot", sender=("Me", ME),
        to=[("Bob Stone", "bob@cedar.example")], sent=dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC),
        message_id="r1@mycompany.example",
        headers="From: Me <me@mycompany.example>\r\nDate: Fri, 20 Nov 2026 15:00:00 +0000\r\n"
        "Message-ID: <r1@mycompany.example>\r\n\r\n",
    )  # fmt: skip
    return target


def open_window(qtbot, db: Database) -> MainWindow:
    location = str(db.path)
    db.close()  # the window opens its own connection pool
    window = MainWindow(location, open_now=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.open(location)
    return window


def touchpoints(db: Database) -> list[tuple[int, str, str, str]]:
    with db.engine.connect() as conn:
        return sorted(
            (a, str(k.value), d.isoformat(), str(s))
            for a, k, d, s in conn.execute(
                select(
                    Touchpoint.account_id, Touchpoint.kind, Touchpoint.occurred_on,
                    Touchpoint.source_key,
                )
            )
        )  # fmt: skip


def data_counts(db: Database) -> dict[str, int]:
    """Rows per table but the settings (the reminders' bookkeeping writes there by itself)."""
    return {k: v for k, v in row_counts(db).items() if k != "settings"}


def open_dialog(qtbot, window: MainWindow, path: Path) -> CaptureImportDialog:
    dialog = capture_actions.import_mail_and_calendar(window, window.ops, str(path))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=10_000)
    dialog.since.setDate(QDate(2026, 1, 1))
    dialog.until.setDate(QDate(2026, 12, 5))
    return dialog


def preview(qtbot, dialog: CaptureImportDialog) -> None:
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.preview_button.click()
    assert dialog.pages.currentWidget() is dialog.preview_page, dialog.choose_banner.text()


def test_preview_then_import_then_undo_and_again_nothing_new(
    qtbot, people: Database, files: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, people)
    db = window.ops.require_db()
    window.commands["import_capture"].trigger()  # the menu command opens the same dialog
    qtbot.waitUntil(lambda: any(isinstance(w, CaptureImportDialog) and w.isVisible()
                                for w in window.findChildren(CaptureImportDialog)))  # fmt: skip
    for opened in window.findChildren(CaptureImportDialog):
        opened.reject()
    before = data_counts(db)

    dialog = open_dialog(qtbot, window, files)
    assert dialog.own.text() == ME  # the settings' own address, prefilled
    preview(qtbot, dialog)

    plan = dialog.plan
    assert plan is not None and data_counts(db) == before, "the preview writes nothing"
    assert dialog.summary.text() == "7 meetings and 7 e-mails to log on 2 accounts"
    rows = {
        dialog.accounts.item(r, 0).text(): (dialog.accounts.item(r, 1).text(),
                                            dialog.accounts.item(r, 2).text())
        for r in range(dialog.accounts.rowCount())
    }  # fmt: skip
    assert rows == {"Alder Labs": ("4", "4"), "Cedar Co": ("3", "3")}
    with_whom = [dialog.accounts.item(r, 3).text() for r in range(dialog.accounts.rowCount())]
    assert with_whom == ["Anna Berg, Jörg Müller", "Bob Stone"]  # most touches first
    details = dialog.details.toPlainText()
    assert "× cancelled" in details and "mailing-list mail" in details
    offered = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert any("carl@alder.example" in text for text in offered)
    assert dialog.picked_people() == [], "nobody is offered ticked"
    dialog.grab().save(str(tmp_path / "capture_preview.png"))

    with (
        qtbot.waitSignal(window.ops.changed, timeout=30_000) as heard,
        qtbot.waitSignal(dialog.imported, timeout=30_000) as imported,
    ):
        dialog.import_button.click()
    report = imported.args[0]
    assert report.written == 14 and report.contacts_created == 0
    assert len(touchpoints(db)) == 14
    assert heard.args[0].accounts and not heard.args[0].everything
    assert dialog.pages.currentWidget() is dialog.done_page
    assert "Undo" in dialog.done_text.text()
    assert window.undo_action.text().startswith("&Undo import mail and calendar from files")
    dialog.accept()
    # The account page's score names the meeting that was the last contact.
    cedar = next(a.id for a in window.store.rows.values() if a.name == "Cedar Co")
    window.open_account(cedar)
    qtbot.waitUntil(
        lambda: (
            "a meeting (with Bob Stone) on Dec 3, 2026, from your calendar"
            in visible_text(window.account_page)
        ),
        timeout=20_000,
    )

    with qtbot.waitSignal(window.ops.changed, timeout=30_000):
        window.undo_action.trigger()
    assert touchpoints(db) == []
    with qtbot.waitSignal(window.ops.changed, timeout=30_000):
        window.redo_action.trigger()
    assert len(touchpoints(db)) == 14

    again = open_dialog(qtbot, window, files)
    preview(qtbot, again)
    assert again.summary.text() == "Nothing new to log"
    assert "14 already logged by an earlier import" in again.already.text()
    assert not again.import_button.isEnabled()


def test_people_are_added_only_when_ticked(qtbot, people: Database, files: Path) -> None:
    window = open_window(qtbot, people)
    db = window.ops.require_db()
    dialog = open_dialog(qtbot, window, files / "saved")
    preview(qtbot, dialog)
    assert dialog.summary.text() == "0 meetings and 2 e-mails to log on 2 accounts"
    carl = next(
        dialog.people.item(i) for i in range(dialog.people.count())
        if "carl@alder.example" in dialog.people.item(i).text()
    )  # fmt: skip
    carl.setCheckState(Qt.CheckState.Checked)

    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        dialog.import_button.click()

    assert imported.args[0].contacts_created == 1
    with db.engine.connect() as conn:
        emails = set(conn.scalars(select(Contact.email)))
    assert "carl@alder.example" in emails


def test_reading_shows_bytes_and_stops_on_cancel(qtbot, people: Database, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    message = (
        "From - Mon Nov 02 09:15:02 2026\nFrom: Anna Berg <anna@alder.example>\n"
        "To: me@mycompany.example\nDate: Mon, 02 Nov 2026 09:15:00 +0100\n"
        "Message-ID: <m{n}@alder.example>\n\n" + "text line\n" * 40 + "\n"
    )
    for box in ("Inbox", "Archive", "Sent"):
        (folder / box).write_text("".join(message.format(n=f"{box}{i}") for i in range(3000)))
    total_kib = sum(p.stat().st_size for p in folder.iterdir()) // 1024
    window = open_window(qtbot, people)
    db = window.ops.require_db()
    before = data_counts(db)

    dialog = open_dialog(qtbot, window, folder)
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.preview_button.click()
        assert dialog.task is not None
        dialog.task.progress.connect(lambda _t, done, total: seen.append((done, total)))
    assert seen and seen[-1] == (total_kib, total_kib), "progress counts the bytes read"
    first_kib = (folder / "Archive").stat().st_size // 1024  # (files are read by name)
    assert any(0 < done < first_kib for done, _total in seen), "it moves inside a big file"
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert "of" in dialog.busy_detail.text() and "MB" in dialog.busy_detail.text()

    dialog.back_button.click()
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: dialog.busy_bar.maximum() == 1000, timeout=10_000)
        dialog.stop_button.click()

    assert dialog.pages.currentWidget() is dialog.choose_page
    assert "Reading stopped" in dialog.choose_banner.text()
    assert data_counts(db) == before


def test_a_wrong_address_or_path_is_said_in_the_dialog(
    qtbot, people: Database, files: Path
) -> None:
    window = open_window(qtbot, people)
    dialog = open_dialog(qtbot, window, files / "nowhere")
    dialog.preview_button.click()
    assert "no such file or folder" in dialog.choose_banner.text()
    dialog.source.setText(str(files))
    dialog.own.setText("me@mycompany.example, not an address")
    dialog.preview_button.click()
    assert "not a valid e-mail address" in dialog.choose_banner.text()
    assert dialog.pages.currentWidget() is dialog.choose_page
    dialog.own.setText(ME)  # a calendar, read for mail only: said, not "nothing new"
    dialog.source.setText(str(next(files.rglob("*.ics"))))
    dialog.kind.setCurrentIndex(dialog.kind.findText("Mail only"))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "is a calendar file, not mail" in dialog.choose_banner.text())
    assert dialog.pages.currentWidget() is dialog.choose_page


def meeting(uid: str, day: dt.date, who: str) -> bytes:
    stamp = day.strftime("%Y%m%d")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{stamp}T100000Z\r\n"
        f"DTEND:{stamp}T110000Z\r\nSUMMARY:Call\r\nORGANIZER:mailto:{ME}\r\n"
        f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{who}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def watching(qtbot, people: Database, tmp_path: Path) -> tuple[MainWindow, Path]:
    """The window on a database whose watched folder holds yesterday's meeting."""
    drop = tmp_path / "drop"
    drop.mkdir()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    (drop / "first.ics").write_bytes(meeting("w1", yesterday, "anna@alder.example"))
    update_capture_settings(people, {"watched_folder": str(drop)})
    return open_window(qtbot, people), drop


def test_the_watched_folder_is_picked_up_on_start_and_while_running_with_undo(
    qtbot, people: Database, tmp_path: Path
) -> None:
    window, drop = watching(qtbot, people, tmp_path)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    hub = window.capture
    db = window.ops.require_db()
    # The pickup on start runs in the background: its notice may come after its write.
    qtbot.waitUntil(
        lambda: "From the watched folder: logged 1 meeting" in window.statusBar().currentMessage(),
        timeout=30_000,
    )
    assert [t[1] for t in touchpoints(db)] == ["meeting"]

    window.show_page(1)  # Today: the notice is there, with Undo
    qtbot.waitUntil(lambda: bool(hub._banners()) and hub._banners()[0].isVisible(), timeout=10_000)
    banner = hub._banners()[0]
    assert banner.text().startswith("From the watched folder: logged 1 meeting")
    assert banner.action_text() == "Undo"

    with qtbot.waitSignal(hub.noticed, timeout=30_000) as noticed:
        (drop / "second.eml").write_bytes(
            b"From: Bob Stone <bob@cedar.example>\r\nTo: me@mycompany.example\r\n"
            b"Date: " + yesterday.strftime("%a, %d %b %Y").encode() + b" 08:00:00 +0100\r\n"
            b"Message-ID: <drop-1@cedar.example>\r\nSubject: hello\r\n\r\nx\r\n"
        )
    assert "1 e-mail" in noticed.args[0]
    assert len(touchpoints(db)) == 2
    window.grab().save(str(tmp_path / "today_notice.png"))

    with qtbot.waitSignal(window.ops.changed, timeout=30_000):
        banner.actionTriggered.emit()  # Undo on the notice
    assert [t[1] for t in touchpoints(db)] == ["meeting"]
    assert not banner.isVisible()


def test_undo_on_the_notice_while_another_write_runs_waits_for_it(
    qtbot, people: Database, tmp_path: Path
) -> None:
    """Undo on the pickup's notice while another write is running (the folder read again,
    a log): it undoes the pickup once that write is done. It did nothing then (the
    history takes no step while a write runs), yet hid the notice and said "undone"."""
    import threading

    window, _drop = watching(qtbot, people, tmp_path)
    hub = window.capture
    db = window.ops.require_db()
    window.show_page(1)
    qtbot.waitUntil(lambda: bool(hub._banners()) and hub._banners()[0].isVisible(), timeout=30_000)
    banner = hub._banners()[0]
    assert banner.action_text() == "Undo"

    release = threading.Event()
    running = threading.Event()

    def slow_write(_db: Database) -> None:
        running.set()
        release.wait(10)

    window.ops.run_op("A slow write", slow_write)
    qtbot.waitUntil(running.is_set)
    banner.actionTriggered.emit()  # Undo on the notice, while that write runs
    assert [t[1] for t in touchpoints(db)] == ["meeting"]  # nothing undone yet
    with qtbot.waitSignal(window.ops.changed, timeout=30_000):
        release.set()
    qtbot.waitUntil(lambda: touchpoints(db) == [], timeout=30_000)
    assert not banner.isVisible()
    assert "undone" in window.statusBar().currentMessage()


def test_the_pickup_notice_shows_beside_todays_title_and_the_list_stays_put(
    qtbot, people: Database, tmp_path: Path
) -> None:
    """The notice of a pickup (all its words, with Undo) takes the room beside Today's
    title where what an action did shows, two lines at the most: above the list, it pushed
    the list (and the due tasks) down by two rows at 1366×768 and cost them. (The list's
    bottom follows the selected suggestion's detail below it, which the pickup changes.)"""
    window = open_window(qtbot, people)
    window.resize(1366, 768)
    window.show_page(1)
    lazy = window.lazy["today"]
    qtbot.waitUntil(lambda: lazy.page is not None, timeout=10_000)
    page = lazy.page
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh()
    list_at = page.split.geometry()

    drop = tmp_path / "drop"
    drop.mkdir()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    (drop / "first.ics").write_bytes(meeting("w1", yesterday, "anna@alder.example"))
    for n in range(3):  # seen at Alder's domain, not contacts yet: a long notice
        who = f"colleague.number.{n}@alder.example"
        (drop / f"more{n}.ics").write_bytes(meeting(f"m{n}", yesterday, who))
    hub = window.capture
    with qtbot.waitSignal(hub.noticed, timeout=30_000):
        window.ops.run_op(
            "Watch", lambda db: update_capture_settings(db, {"watched_folder": str(drop)})
        )
    notice = hub._banners()[0]
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    QApplication.sendPostedEvents()  # (the page's layout, had it changed)
    QApplication.processEvents()

    assert page.split.geometry().topLeft() == list_at.topLeft()  # not pushed down
    assert notice.text().startswith("From the watched folder: logged 1 meeting")
    assert "colleague.number.2@alder.example" in notice.text()  # its words, all of them
    assert notice.action_text() == "Undo"
    lines = notice.findChild(QLabel)
    assert lines.text().count("\n") == 1 and lines.text().endswith("…")  # two lines, cut
    assert lines.toolTip() == notice.text()  # the whole notice in the tip
    at = notice.geometry()
    assert at.left() > page.title.geometry().right()  # beside the title
    assert at.bottom() < list_at.top()  # (and so it takes none of the list's rows)
    assert at.right() < page.count_label.geometry().left()

    # One message at a time in that room: the newest (what an accept did) covers it.
    page.banner.show_message("Done: a task for Alder Labs", "success", "Undo")
    assert page.banner.isVisible() and not notice.isVisible()
    assert page.banner.geometry() == at
    assert page.split.geometry().topLeft() == list_at.topLeft()


def test_the_calendar_file_follows_every_change_off_the_ui_thread(
    qtbot, people: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(capture_hub, "AFTER_OPEN_MS", 0)
    feed = tmp_path / "circles.ics"
    update_capture_settings(people, {"calendar_file": str(feed)})
    window = open_window(qtbot, people)
    hub = window.capture
    # Written once the database opened (and told: not only on disk).
    qtbot.waitUntil(lambda: feed.exists() and not hub._calendar_running, timeout=30_000)

    alder = next(a.id for a in window.store.rows.values() if a.name == "Alder Labs")
    due = dt.date.today() + dt.timedelta(days=3)
    with qtbot.waitSignal(hub.calendarWritten, timeout=30_000):
        window.ops.run_op("Add a task", lambda db: tasks.add_task(db, alder, "Send the offer",
                                                                   due_on=due))  # fmt: skip
    calendar = icalendar.Calendar.from_ical(feed.read_bytes())
    titles = {str(c.get("summary")): str(c.get("status") or "") for c in calendar.walk("VEVENT")}
    assert any("Send the offer" in t for t in titles)

    with qtbot.waitSignal(hub.calendarWritten, timeout=30_000):
        window.undo_action.trigger()  # the task is withdrawn: the calendar is told
    calendar = icalendar.Calendar.from_ical(feed.read_bytes())
    withdrawn = [c for c in calendar.walk("VEVENT") if "Send the offer" in str(c.get("summary"))]
    assert withdrawn and str(withdrawn[0].get("status")) == "CANCELLED"


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A system tray (the offscreen platform has none): its notifications, collected."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(CaptureHub, "tray_available", staticmethod(lambda: True))
    monkeypatch.setattr(capture_hub, "AFTER_OPEN_MS", 0)
    monkeypatch.setattr(CaptureHub, "notify", lambda _hub, title, text: shown.append((title, text)))
    return shown


def test_desktop_reminders_tell_due_tasks_once_and_open_the_account(
    qtbot, people: Database, tray: list[tuple[str, str]]
) -> None:
    cedar = accounts.get_account(people, "Cedar Co").id
    tasks.add_task(people, cedar, "Call Bob about the renewal", due_on=dt.date.today())
    window = open_window(qtbot, people)
    hub = window.capture
    if not hub.reminders:
        with qtbot.waitSignal(hub.reminded, timeout=30_000):
            pass
    assert any("Call Bob about the renewal" in r.text for r in hub.reminders)
    assert tray and tray[0][0].startswith("1 task due") and "Call Bob" in tray[0][1]

    hub.open_first_reminder()  # what clicking the notification does
    qtbot.waitUntil(lambda: window.current_account() == cedar, timeout=10_000)

    told = list(hub.reminders)
    hub.check_reminders()
    qtbot.waitUntil(lambda: not hub._reminding, timeout=10_000)
    assert hub.reminders == tuple(told) and len(tray) == 1, "a reminder is told once"


def test_a_reminder_check_with_nothing_changed_runs_no_pass(
    qtbot, people: Database, tray: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check every 10 minutes runs the engine's at-risk pass (seconds of CPU at
    100,000 accounts): only when the data or the day changed since the last check."""
    passes: list[dt.date] = []
    real = capture_hub._collect

    def counting(db: Database) -> object:
        passes.append(dt.date.today())
        return real(db)

    monkeypatch.setattr(capture_hub, "_collect", counting)
    cedar = accounts.get_account(people, "Cedar Co").id
    tasks.add_task(people, cedar, "Call Bob", due_on=dt.date.today())
    window = open_window(qtbot, people)
    window.external_changes.stop()  # (its polls are its own test's; here: the hub's checks)
    hub = window.capture
    qtbot.waitUntil(lambda: len(passes) == 1 and not hub._reminding, timeout=30_000)
    assert len(tray) == 1  # the first check told the due task

    hub.check_reminders()  # ten minutes later, nothing changed
    assert not hub._reminding and len(passes) == 1

    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        window.ops.run_op(
            "Log a call",
            lambda db: activity.log_touchpoint(
                db, "Cedar Co", kind="call", on=dt.date.today(), direction="two_way"
            ),
            lambda _result: None,
        )
    hub.check_reminders()  # the data changed: the pass runs again
    qtbot.waitUntil(lambda: len(passes) == 2 and not hub._reminding, timeout=30_000)
    hub.check_reminders()
    assert not hub._reminding and len(passes) == 2

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    monkeypatch.setattr(capture_hub, "_today", lambda: tomorrow)
    hub.check_reminders()  # a new day: due tasks and at-risk accounts may be new
    qtbot.waitUntil(lambda: len(passes) == 3 and not hub._reminding, timeout=30_000)
    hub.check_reminders()
    assert not hub._reminding and len(passes) == 3


def test_a_reminder_check_waits_for_the_window_s_own_pass(
    qtbot, people: Database, tray: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both would refresh the engine's fact summary at once (the first pass of a day:
    seconds at 100,000 accounts, on 2 cores): the check runs after the window's pass."""
    passes: list[int] = []
    real = capture_hub._collect
    monkeypatch.setattr(capture_hub, "_collect", lambda db: passes.append(1) or real(db))
    window = open_window(qtbot, people)
    hub = window.capture
    qtbot.waitUntil(lambda: len(passes) == 1 and not hub._reminding, timeout=30_000)
    qtbot.waitUntil(lambda: not window.ops.passes.running, timeout=30_000)

    with qtbot.waitSignal(window.ops.passes.started, timeout=30_000):
        window.ops.passes.request(dt.date.today())
    hub._remind_stale = True  # (as after a change)
    hub.check_reminders()  # (the pass is running: its end is delivered by the event loop)
    assert not hub._reminding and len(passes) == 1  # waits
    # ...and runs once the pass has ended (it was put off to the next pass for good).
    qtbot.waitUntil(lambda: len(passes) == 2 and not hub._reminding, timeout=30_000)


def test_the_reminders_own_bookkeeping_is_not_news_from_elsewhere(
    qtbot, people: Database, tray: list[tuple[str, str]]
) -> None:
    """What was told is kept in the database (and the at-risk pass refreshes the engine's
    fact summary): the window's own writes, so no "Updated with changes made elsewhere"
    and no reload of every view (at 100,000 accounts, seconds) after each reminder."""
    cedar = accounts.get_account(people, "Cedar Co").id
    tasks.add_task(people, cedar, "Call Bob", due_on=dt.date.today())
    window = open_window(qtbot, people)
    watcher = window.external_changes
    news: list[bool] = []
    watcher.noticed.connect(lambda: news.append(True))
    hub = window.capture
    qtbot.waitUntil(lambda: len(tray) == 1 and not hub._reminding, timeout=30_000)
    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        window.ops.run_op(
            "Add a task",
            lambda db: tasks.add_task(db, cedar, "Send the offer", due_on=dt.date.today()),
            lambda _result: None,
        )
    qtbot.waitUntil(lambda: not window.ops.passes.running and not window.ops.busy, timeout=30_000)
    qtbot.waitUntil(lambda: not watcher._asking, timeout=10_000)
    with qtbot.waitSignal(watcher.polled, timeout=10_000):
        watcher.poll()  # the baseline: everything so far
    news.clear()

    hub.check_reminders()  # tells the new task, keeps that it was told
    qtbot.waitUntil(lambda: len(tray) == 2 and not hub._reminding, timeout=30_000)
    qtbot.waitUntil(lambda: not watcher._asking, timeout=10_000)
    with qtbot.waitSignal(watcher.polled, timeout=10_000) as polled:
        watcher.poll()  # the next look (every 2 s)
    assert polled.args == [False] and news == []


def test_desktop_reminders_can_be_switched_off(
    qtbot, people: Database, tray: list[tuple[str, str]]
) -> None:
    cedar = accounts.get_account(people, "Cedar Co").id
    tasks.add_task(people, cedar, "Call Bob", due_on=dt.date.today())
    update_capture_settings(people, {"desktop_reminders": False})
    window = open_window(qtbot, people)
    qtbot.waitUntil(lambda: window.capture.settings is not None, timeout=10_000)
    window.capture.check_reminders()
    assert not window.capture._reminding and window.capture.reminders == () and tray == []


def test_the_settings_dialog_saves_in_one_undoable_step(
    qtbot, people: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, people)
    db = window.ops.require_db()
    window.commands["capture_settings"].trigger()
    from ui.capture.capture_settings_dialog import CaptureSettingsDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(CaptureSettingsDialog)), timeout=10_000)
    dialog = window.findChildren(CaptureSettingsDialog)[0]
    assert dialog.own.text() == ME
    dialog.own.setText("me@mycompany.example; me@home.example")
    drop = tmp_path / "drop"
    drop.mkdir()
    dialog.watched.setText(str(drop))
    dialog.reminders.setChecked(False)
    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        dialog.buttons.accepted.emit()
    settings = get_capture_settings(db)
    assert settings.own_addresses == (ME, "me@home.example")
    assert settings.watched_folder == str(drop) and not settings.desktop_reminders
    qtbot.waitUntil(lambda: window.capture.watcher.directories() == [str(drop)])
    qtbot.waitUntil(lambda: not window.ops.busy)  # (the new folder's first look)

    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        window.undo_action.trigger()
    assert get_capture_settings(db).own_addresses == (ME,)


def test_a_wrong_setting_keeps_the_dialog_open(qtbot, people: Database) -> None:
    window = open_window(qtbot, people)
    window.commands["capture_settings"].trigger()
    from ui.capture.capture_settings_dialog import CaptureSettingsDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(CaptureSettingsDialog)), timeout=10_000)
    dialog = window.findChildren(CaptureSettingsDialog)[0]
    dialog.own.setText("nobody")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "not a valid e-mail address" in dialog.error_label.text()
    assert dialog.isVisible()


def test_a_file_still_being_written_in_the_watched_folder_is_read_again_once_whole(
    qtbot, people: Database, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    update_capture_settings(people, {"watched_folder": str(drop)})
    window = open_window(qtbot, people)
    hub = window.capture
    db = window.ops.require_db()
    qtbot.waitUntil(lambda: hub.settings is not None and not window.ops.busy, timeout=20_000)
    day = (dt.date.today() - dt.timedelta(days=2)).strftime("%a, %d %b %Y")

    def message(number: int, sender: str) -> bytes:
        return (
            f"From - x\nFrom: {sender}\nTo: {ME}\nDate: {day} 09:00:00 +0100\n"
            f"Message-ID: <grow-{number}@example.com>\nSubject: hi\n\ntext\n\n"
        ).encode()

    with qtbot.waitSignal(hub.noticed, timeout=30_000):
        (drop / "Inbox").write_bytes(message(1, "anna@alder.example"))
    assert len(touchpoints(db)) == 1
    with (
        qtbot.waitSignal(hub.noticed, timeout=30_000) as noticed,
        (drop / "Inbox").open("ab") as rest,  # the copy goes on: no new file
    ):
        rest.write(message(2, "bob@cedar.example"))
    assert "1 e-mail" in noticed.args[0]
    assert len(touchpoints(db)) == 2


def test_the_import_dialog_speaks_dutch_and_german(qtbot, people: Database) -> None:
    from ui.common import language

    window = open_window(qtbot, people)
    try:
        for lang, title, button in (
            ("nl", "Mail en agenda importeren", "Voorbeeld"),
            ("de", "Mail und Kalender importieren", "Vorschau"),
        ):
            language.install(lang)
            dialog = CaptureImportDialog(window.ops, window)
            qtbot.addWidget(dialog)
            assert (dialog.windowTitle(), dialog.preview_button.text()) == (title, button)
    finally:
        language.install("en")


def test_the_watched_folder_tells_a_file_it_cannot_read_once_it_has_settled(
    qtbot, people: Database, tmp_path: Path
) -> None:
    """A broken file is said (name and why) once; a copy of a logged file logs nothing;
    a file cut short while being copied is read once whole, and not said as broken."""
    drop = tmp_path / "drop"
    drop.mkdir()
    yesterday = dt.date.today() - dt.timedelta(days=1)
    (drop / "first.ics").write_bytes(meeting("w1", yesterday, "anna@alder.example"))
    (drop / "first (copy).ics").write_bytes(meeting("w1", yesterday, "anna@alder.example"))
    (drop / "broken.eml").write_bytes(bytes(range(256)) * 8)
    update_capture_settings(people, {"watched_folder": str(drop)})
    window = open_window(qtbot, people)
    hub = window.capture
    db = window.ops.require_db()
    said: list[str] = []
    hub.said.connect(said.append)
    qtbot.waitUntil(lambda: any("broken.eml" in s for s in said), timeout=30_000)
    told = [s for s in said if "broken.eml" in s]
    assert "could not be read" in told[0] and "binary" in told[0], told
    assert [t[1] for t in touchpoints(db)] == ["meeting"], "the copy is the same meeting"
    window.show_page(1)
    qtbot.waitUntil(lambda: bool(hub._banners()) and hub._banners()[0].isVisible(), timeout=10_000)
    assert "broken.eml" in hub._banners()[0].text()
    entries = window.ops.undo_stack.count()

    # A calendar copied in two goes: cut short at first, whole a moment later.
    whole = meeting("w2", yesterday, "bob@cedar.example")
    with (
        qtbot.waitSignal(hub.noticed, timeout=30_000) as noticed,
        (drop / "second.ics").open("wb") as copying,
    ):
        copying.write(whole[:120])
        copying.flush()
        qtbot.waitUntil(  # a scan read it cut short
            lambda: any(n.endswith("second.ics") and size == 120
                        for n, size, _ in hub._read_signature),
            timeout=30_000,
        )  # fmt: skip
        copying.write(whole[120:])
    assert "1 meeting" in noticed.args[0]
    assert len(touchpoints(db)) == 2
    assert window.ops.undo_stack.count() == entries + 1, "one entry per pickup that logged"
    qtbot.waitUntil(lambda: not hub._scanning and not window.ops.busy, timeout=10_000)
    assert not any("second.ics" in s and "could not" in s for s in said), said
    assert len([s for s in said if "broken.eml" in s]) == 1, "a broken file is said once"


def test_an_imported_meeting_clears_the_follow_up_in_today_and_is_named_in_the_score(
    qtbot, people: Database, tmp_path: Path
) -> None:
    """Issue 16's "Done when": the preview, the import, the follow-up gone from Today and
    the account's score explained by the imported meeting."""
    from circlesoftrust.services import activity

    today = dt.date.today()
    activity.log_touchpoint(people, "Alder Labs", kind="call", on=today - dt.timedelta(days=100))
    alder = accounts.get_account(people, "Alder Labs").id
    export = tmp_path / "calendar.ics"
    export.write_bytes(
        meeting("renewal-1", today - dt.timedelta(days=1), "anna@alder.example")
        .replace(b"SUMMARY:Call", b"SUMMARY:Renewal talk")
        .replace(b"END:VEVENT", b"ATTENDEE:mailto:lawyer@elsewhere.example\r\nEND:VEVENT")
    )
    window = open_window(qtbot, people)
    window.show_page(1)
    page = window.lazy["today"]
    qtbot.waitUntil(lambda: page.page is not None, timeout=10_000)

    def follow_ups() -> list[str]:
        model = page.page.model
        found = []
        for g in range(model.rowCount()):
            group = model.index(g, 0)
            for row in range(model.rowCount(group)):
                s = model.suggestion_at(model.index(row, 0, group))
                if s is not None and s.kind == "follow_up" and s.account_id == alder:
                    found.append(s.reason)
        return found

    qtbot.waitUntil(lambda: bool(follow_ups()), timeout=30_000)
    assert "100 days ago" in follow_ups()[0]

    dialog = open_dialog(qtbot, window, export)
    dialog.keep_titles.setChecked(True)
    dialog.since.setDate(QDate(today.year - 1, 1, 1))
    dialog.until.setDate(QDate(today.year, today.month, today.day))
    preview(qtbot, dialog)
    assert dialog.summary.text() == "1 meeting and 0 e-mails to log on 1 account"
    details = dialog.details.toPlainText()
    assert "Addresses that belong to no contact or account (1)" in details, details
    assert "lawyer@elsewhere.example (1×)" in details
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    dialog.accept()
    qtbot.waitUntil(lambda: not follow_ups(), timeout=30_000)

    window.open_account(alder)
    qtbot.waitUntil(
        lambda: "the meeting “Renewal talk”" in visible_text(window.account_page),
        timeout=20_000,
    )


def test_without_a_system_tray_reminders_wait_and_nothing_breaks(
    qtbot, people: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No tray (a bare window manager, the offscreen platform): no crash, and nothing is
    marked as told, so a later session with a tray still tells it."""
    from circlesoftrust.models import Setting
    from circlesoftrust.reminders import STATE_KEY

    monkeypatch.setattr(CaptureHub, "tray_available", staticmethod(lambda: False))
    monkeypatch.setattr(capture_hub, "AFTER_OPEN_MS", 0)
    cedar = accounts.get_account(people, "Cedar Co").id
    tasks.add_task(people, cedar, "Call Bob", due_on=dt.date.today())
    window = open_window(qtbot, people)
    hub = window.capture
    qtbot.waitUntil(lambda: hub.settings is not None, timeout=10_000)
    hub.check_reminders()
    hub.notify("title", "text")  # (asked directly: still no tray, no error)
    assert hub.tray is None and not hub._reminding and hub.reminders == ()
    db = window.ops.require_db()
    with db.engine.connect() as conn:
        told = conn.execute(select(Setting.value).where(Setting.key == STATE_KEY)).scalar()
    assert told is None


def test_a_subscribed_calendar_follows_done_undo_and_redo_with_one_uid(
    qtbot, people: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each version of the file, read as a calendar program would: one UID, SEQUENCE going
    up, CANCELLED when done, back (with its reminder) when the done is undone."""
    monkeypatch.setattr(capture_hub, "AFTER_OPEN_MS", 0)
    monkeypatch.setattr(capture_hub, "CALENDAR_DELAY_MS", 50)
    feed = tmp_path / "circles.ics"
    update_capture_settings(people, {"calendar_file": str(feed), "alarm_minutes": 480})
    cedar = accounts.get_account(people, "Cedar Co").id
    task = tasks.add_task(people, cedar, "Send the renewal", due_on=dt.date.today())
    window = open_window(qtbot, people)
    hub = window.capture
    qtbot.waitUntil(lambda: feed.exists() and not hub._calendar_running, timeout=30_000)

    def entry() -> tuple[str, int, str, list[str]]:
        calendar = icalendar.Calendar.from_ical(feed.read_bytes())
        found = [c for c in calendar.walk("VEVENT") if "Send the renewal" in str(c["summary"])]
        assert len(found) == 1, "one entry per task, never a second one"
        c = found[0]
        alarms = [str(a.decoded("trigger")) for a in c.subcomponents if a.name == "VALARM"]
        return str(c["uid"]), int(c["sequence"]), str(c["status"]), alarms

    versions = [entry()]
    steps = (
        lambda: window.ops.run_op("Done", lambda db: tasks.complete_task(db, task.id)),
        window.undo_action.trigger,
        window.redo_action.trigger,
    )
    for step in steps:
        with qtbot.waitSignal(hub.calendarWritten, timeout=30_000):
            step()
        versions.append(entry())
    assert len({uid for uid, *_ in versions}) == 1
    sequences = [seq for _, seq, _, _ in versions]
    assert sequences == sorted(set(sequences)), f"SEQUENCE goes up: {sequences}"
    assert [status for _, _, status, _ in versions] == [
        "CONFIRMED", "CANCELLED", "CONFIRMED", "CANCELLED"
    ]  # fmt: skip
    assert [alarms for *_, alarms in versions] == [["8:00:00"], [], ["8:00:00"], []]
    assert not list(tmp_path.glob("*.tmp*")), "written atomically: no half file left over"


def test_the_watched_folder_sees_files_in_its_sub_folders_and_files_growing(
    qtbot, people: Database, tmp_path: Path
) -> None:
    """A Thunderbird profile as the watched folder: mail lands in files inside sub-folders
    (Mail/Local Folders/Inbox), appended in place; it is picked up while the app runs."""
    drop = tmp_path / "profile"
    local = drop / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    day = (dt.date.today() - dt.timedelta(days=2)).strftime("%a, %d %b %Y")

    def message(number: int, sender: str) -> bytes:
        return (
            f"From - x\nFrom: {sender}\nTo: {ME}\nDate: {day} 09:00:00 +0100\n"
            f"Message-ID: <sub-{number}@example.com>\nSubject: hi\n\ntext\n\n"
        ).encode()

    (local / "Inbox").write_bytes(message(1, "anna@alder.example"))
    update_capture_settings(people, {"watched_folder": str(drop)})
    window = open_window(qtbot, people)
    hub = window.capture
    db = window.ops.require_db()
    qtbot.waitUntil(lambda: len(touchpoints(db)) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not hub._scanning and not hub._settle_timer.isActive(), timeout=30_000)

    with (
        qtbot.waitSignal(hub.noticed, timeout=30_000) as noticed,
        (local / "Inbox").open("ab") as inbox,  # new mail appended in place
    ):
        inbox.write(message(2, "bob@cedar.example"))
    assert "1 e-mail" in noticed.args[0]
    qtbot.waitUntil(lambda: not hub._scanning and not hub._settle_timer.isActive(), timeout=30_000)

    with qtbot.waitSignal(hub.noticed, timeout=30_000) as noticed:  # a new sub-folder file
        (local / "Projects.sbd").mkdir()
        (local / "Projects.sbd" / "Clients").write_bytes(message(3, "joerg@alder.example"))
    assert "1 e-mail" in noticed.args[0]
    assert len(touchpoints(db)) == 3


def test_people_seen_by_the_watched_folder_are_offered_never_added(
    qtbot, people: Database, tmp_path: Path
) -> None:
    """Someone new at an account's domain, seen in a dropped mail: said once (where to add
    them), never created."""
    drop = tmp_path / "drop"
    drop.mkdir()
    day = (dt.date.today() - dt.timedelta(days=1)).strftime("%a, %d %b %Y")
    (drop / "cc.eml").write_bytes(
        f"From: Anna Berg <anna@alder.example>\r\nTo: {ME}\r\nCc: Carl Doe <carl@alder.example>"
        f"\r\nDate: {day} 08:00:00 +0100\r\nMessage-ID: <cc-1@alder.example>\r\n\r\nx\r\n".encode()
    )
    update_capture_settings(people, {"watched_folder": str(drop)})
    contacts_before = data_counts(people)["contacts"]
    window = open_window(qtbot, people)
    hub = window.capture
    db = window.ops.require_db()
    said: list[str] = []
    hub.said.connect(said.append)
    qtbot.waitUntil(lambda: bool(hub.people_text), timeout=30_000)  # (said at the same time)
    told = hub.people_text
    assert "1 person not yet a contact" in told and "Import Mail and Calendar" in told, told
    assert data_counts(db)["contacts"] == contacts_before, "nobody is added silently"
    window.show_page(1)
    qtbot.waitUntil(lambda: bool(hub._banners()) and hub._banners()[0].isVisible(), timeout=10_000)
    assert "not yet a contact" in hub._banners()[0].text()
    qtbot.waitUntil(lambda: not hub._scanning and not window.ops.busy, timeout=10_000)
    before = [s for s in said if "not yet a contact" in s]
    hub.scan_folder()  # the same file read again: not said twice
    qtbot.waitUntil(lambda: not hub._scanning and not window.ops.busy, timeout=10_000)
    assert [s for s in said if "not yet a contact" in s] == before, "said once, not each scan"


@pytest.mark.qt_log_ignore("systemTrayWindowChanged", *OFFSCREEN_NOISE)  # (a real tray icon)
def test_a_tray_that_cannot_show_messages_tells_in_the_status_bar(
    qtbot, people: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some desktops have a tray but no balloon messages: the reminder is not lost."""
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(CaptureHub, "tray_available", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: False))
    window = open_window(qtbot, people)
    hub = window.capture
    said: list[str] = []
    hub.said.connect(said.append)
    hub.notify("1 task due", "Call Bob — Cedar Co (due today)")
    assert said == ["1 task due: Call Bob — Cedar Co (due today)"]
