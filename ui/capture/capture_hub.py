"""What calendar and mail capture does while the window runs, by itself.

* **The calendar file** that Thunderbird, Apple Calendar or Outlook follows is rewritten
  after every change the door reports (``ops.changed``, undo and redo included), a moment
  later so that a burst of changes writes it once, and always off the UI thread
  (``calendar_feed.refresh_calendar_file``; an unchanged file is not touched).
* **The watched folder** (a setting): the calendar and mail files in it are logged when a
  database opens and whenever the folder changes (``QFileSystemWatcher``, settled for a
  moment). Each pickup that logs something is one operation of the door — undoable — and
  a notice says what was logged, in the status bar and on the Today screen, with Undo.
* **Desktop reminders** (setting ``desktop_reminders``): due tasks and accounts that became
  at risk, told once (``circlesoftrust.reminders.collect_reminders``, off the UI thread)
  as a system-tray notification; clicking it opens the account.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget
from shiboken6 import isValid

from ui.common import theme
from ui.common.banner import Banner
from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.io.calendar_feed import FeedResult
    from circlesoftrust.io.capture import CaptureReport
    from circlesoftrust.io.capture_settings import CaptureSettings
    from circlesoftrust.operations import Changes
    from circlesoftrust.reminders import Reminder, ReminderNotice
    from circlesoftrust.storage import Database

CALENDAR_DELAY_MS = 1500  # after the last of a burst of changes
FOLDER_SETTLE_MS = 2000  # after the last change in the watched folder (a file being copied)
SETTLE_MAX_MS = 10 * 60 * 1000
# Watched: the folder, its sub-folders and the files in them (a Thunderbird profile's mail
# lands in files inside sub-folders, appended in place), up to this many paths.
WATCH_MAX = 2000
REMINDER_EVERY_MS = 10 * 60 * 1000
# The first reminders and the first rewrite of the calendar file wait until the opening's
# own reads are done: telling at-risk accounts runs the engine's inbox, the calendar file
# the follow-ups of every account (seconds at 100,000 accounts, on 2 cores).
AFTER_OPEN_MS = 20_000


Signature = tuple[tuple[str, int, int], ...]


def folder_signature(folder: str) -> Signature:
    """(name, size, modified) of every file under ``folder``: it changes while a file is
    still being written into it (which the folder's own change signal does not tell)."""
    found = []
    for root, _dirs, names in os.walk(Path(folder).expanduser()):
        for name in names:
            try:
                info = os.stat(os.path.join(root, name))
            except OSError:
                continue
            found.append((os.path.join(root, name), info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


def _scan(db: Database, folder: str) -> tuple[CaptureReport | None, Signature]:
    from circlesoftrust.io.capture import scan_watched_folder

    before = folder_signature(folder)  # what this scan reads (or newer)
    return scan_watched_folder(db), before


def _refresh_calendar(db: Database) -> FeedResult | None:
    from circlesoftrust.io.calendar_feed import refresh_calendar_file

    return refresh_calendar_file(db)


def _read_settings(db: Database) -> CaptureSettings:
    from circlesoftrust.io.capture_settings import get_capture_settings

    return get_capture_settings(db)


def _today() -> dt.date:
    return dt.date.today()


def _collect(db: Database) -> ReminderNotice | None:
    from circlesoftrust.reminders import collect_reminders

    return collect_reminders(db)


class CaptureHub(QObject):
    """The window's calendar file, watched folder and desktop reminders.

    Signals:
        said(str): a line for the status bar.
        noticed(str): a watched-folder pickup logged something (the notice's text).
        calendarWritten(object): the calendar file was brought up to date (a FeedResult).
        reminded(object): reminders were told (a ReminderNotice).
        wrote(): a reminders check wrote (what it told; the at-risk pass's fact summary):
            the window's own write, not a change made elsewhere.
        openAccount(int): the user clicked a reminder of this account.
    """

    said = Signal(str)
    noticed = Signal(str)
    calendarWritten = Signal(object)
    reminded = Signal(object)
    openAccount = Signal(int)
    wrote = Signal()

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings: CaptureSettings | None = None
        self._calendar_running = False
        self._calendar_again = False
        self._scanning = False
        self._scan_again = False
        self._reminding = False
        # What the reminders were last checked against: a check with the same data (no
        # change since, here or elsewhere) on the same day would find the same, and its
        # at-risk pass costs seconds at 100,000 accounts.
        self._remind_stale = True
        self._reminded_day: dt.date | None = None
        self._remind_after_pass = False  # a check waits for the window's own pass
        self.notice_text = ""
        self.problem_text = ""  # files of the watched folder that could not be read
        self.people_text = ""  # people seen at an account's domain, to add in the dialog
        self._told_people: set[str] = set()
        self._notice_entry: object = None  # the undo command of the last pickup
        self._undo_when_idle = False  # the notice's Undo waits for a running write
        self._unread: tuple[tuple[str, str], ...] = ()  # (where, why) of the last scan
        self._told_unread: set[tuple[str, str]] = set()
        self.reminders: tuple[Reminder, ...] = ()
        self.tray: QSystemTrayIcon | None = None
        self.today_banners: list[Banner] = []
        self.watcher = QFileSystemWatcher(self)
        self._watched_top = ""
        self._calendar_timer = self._timer(CALENDAR_DELAY_MS, self.refresh_calendar)
        self._folder_timer = self._timer(FOLDER_SETTLE_MS, self.scan_folder)
        self._settle_timer = self._timer(FOLDER_SETTLE_MS, self._check_settled)
        self._read_signature: Signature = ()
        self._settle_ms = FOLDER_SETTLE_MS
        self._settling = False  # the running scan was asked by the settle check
        self._remind_timer = self._timer(REMINDER_EVERY_MS, self.check_reminders)
        self._remind_timer.setSingleShot(False)
        self._connect_signals()

    def _timer(self, ms: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _connect_signals(self) -> None:
        self.ops.changed.connect(self._on_changed)
        self.ops.databaseChanged.connect(self._on_database)
        self.ops.passes.finished.connect(self._after_pass)
        self.ops.passes.failed.connect(self._after_pass)
        self.watcher.directoryChanged.connect(lambda _path: self._folder_timer.start())
        self.watcher.fileChanged.connect(lambda _path: self._folder_timer.start())

    # --- a database opens ---------------------------------------------------------------

    def _on_database(self, db: object) -> None:
        self.settings = None
        self._notice_entry = None
        if self._undo_when_idle:  # an Undo of the other file's notice: not for this one
            self.ops.busyChanged.disconnect(self._undo_when_done)
            self._undo_when_idle = False
        self.notice_text = ""
        self.problem_text = ""
        self.people_text = ""
        self._told_people = set()
        self._unread = ()
        self._told_unread = set()
        for banner in self._banners():
            banner.hide()
        self._watch(None)
        self._remind_timer.stop()
        self._remind_stale = True
        if db is not None:
            self._read_settings(self._on_first_settings)

    def _on_first_settings(self, settings: CaptureSettings) -> None:
        self._apply_settings(settings)
        self.scan_folder()  # files dropped in while the app was closed
        self._calendar_timer.start(AFTER_OPEN_MS)  # (a change before then writes it sooner)
        QTimer.singleShot(AFTER_OPEN_MS, self, self.check_reminders)

    def _apply_settings(self, settings: CaptureSettings) -> None:
        self.settings = settings
        folder = Path(settings.watched_folder).expanduser() if settings.watched_folder else None
        self._watch(folder if folder is not None and folder.is_dir() else None)
        if settings.desktop_reminders:
            self._remind_timer.start()
        else:
            self._remind_timer.stop()
            if self.tray is not None:
                self.tray.hide()

    def _watch(self, folder: Path | None) -> None:
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        self._watched_top = str(folder) if folder is not None else ""
        if folder is not None:
            self.watcher.addPath(self._watched_top)

    def _watch_tree(self, signature: Signature) -> None:
        """Watch the sub-folders and files the last scan found too (the folder's own change
        signal tells only of entries added to or taken from the folder itself)."""
        top = self._watched_top
        if not top:
            return  # (no folder watched)
        wanted: list[str] = []
        seen = {top}
        for name, _size, _modified in signature:
            parent = os.path.dirname(name)
            while parent not in seen and parent.startswith(top) and len(parent) > len(top):
                seen.add(parent)
                wanted.append(parent)
                parent = os.path.dirname(parent)
            if not name.endswith(".msf"):  # (Thunderbird's indexes change with every look)
                wanted.append(name)
        have = set(self.watcher.directories()) | set(self.watcher.files())
        new = [path for path in wanted[:WATCH_MAX] if path not in have]
        if new:
            self.watcher.addPaths(new)

    def _read_settings(self, then: Callable[[CaptureSettings], None]) -> None:
        self.ops.run_query(
            _read_settings,
            then,
            owner=self,
            on_failed=self._quiet,
            action=self.tr("Reading the settings"),
        )

    def _quiet(self, exc: BaseException) -> None:
        self.said.emit(self.tr("Mail and calendar: {why}").format(why=exc))

    # --- changes: the calendar file -----------------------------------------------------

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        self._remind_stale = True
        if changes.settings or changes.everything:
            self._read_settings(self._on_settings_changed)
        self._calendar_timer.start(CALENDAR_DELAY_MS)  # (restarted: a burst writes once)

    def _on_settings_changed(self, settings: CaptureSettings) -> None:
        old = self.settings
        self._apply_settings(settings)
        if old is not None and settings.watched_folder != old.watched_folder:
            self.scan_folder()
        if old is not None and settings.desktop_reminders and not old.desktop_reminders:
            self.check_reminders()

    def refresh_calendar(self) -> None:
        """Rewrite the calendar file of the settings (off the UI thread; one at a time)."""
        if self.ops.db is None or (self.settings is not None and not self.settings.calendar_file):
            return  # (no calendar file is kept)
        if self._calendar_running:
            self._calendar_again = True
            return
        self._calendar_running = True
        self.ops.run_query(_refresh_calendar, self._on_calendar_written, owner=self,
                           on_failed=self._on_calendar_failed,
                           action=self.tr("Writing the calendar file"))  # fmt: skip

    def _on_calendar_written(self, result: FeedResult | None) -> None:
        self._calendar_done()
        if result is not None:
            self.calendarWritten.emit(result)

    def _on_calendar_failed(self, exc: BaseException) -> None:
        self._calendar_done()
        self.said.emit(self.tr("The calendar file could not be written: {why}").format(why=exc))

    def _calendar_done(self) -> None:
        self._calendar_running = False
        if self._calendar_again:
            self._calendar_again = False
            self._calendar_timer.start(CALENDAR_DELAY_MS)

    # --- the watched folder -------------------------------------------------------------

    def scan_folder(self) -> None:
        """Log what is new in the watched folder (one operation of the door)."""
        settings = self.settings
        if self.ops.db is None or settings is None or not settings.watched_folder:
            return
        if self._scanning:
            self._scan_again = True
            return
        self._scanning = True
        label = self.tr("Log mail and calendar from the watched folder")
        folder = settings.watched_folder
        self.ops.run_op(label, lambda db: _scan(db, folder), self._on_scanned,
                        on_failed=self._on_scan_failed, owner=self,
                        title=self.tr("Reading the watched folder"))  # fmt: skip

    def _on_scanned(self, result: tuple[CaptureReport | None, Signature]) -> None:
        report, self._read_signature = result
        self._watch_tree(self._read_signature)
        # What could not be read is told once the folder has settled (_on_signature): a
        # file still being copied reads as cut short until it is whole.
        self._unread = tuple((i.where, i.message) for i in report.plan.issues) if report else ()
        if not self._unread and self.problem_text:  # (mended or taken away)
            self.problem_text = ""
            for banner in self._banners():
                banner.hide() if not (self.notice_text or self.people_text) else self._show_notice(
                    banner
                )
        logged = report is not None and bool(
            report.written or report.contacts_created or report.plan.upgrades
        )
        # A file still being written is read again once whole. A folder that keeps changing
        # without anything new to log (a mail program writing its own folders) is looked at
        # less and less often, up to every SETTLE_MAX_MS; a pickup or a new file resets it.
        if logged or not self._settling:
            self._settle_ms = FOLDER_SETTLE_MS
        else:
            self._settle_ms = min(self._settle_ms * 2, SETTLE_MAX_MS)
        self._settling = False
        self._scan_done()
        self._settle_timer.start(self._settle_ms)
        self._tell_people(report)
        if report is None or not logged:
            return
        stack = self.ops.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        self._notice_entry = top
        what = report.summary()
        self.notice_text = self.tr("From the watched folder: {what}.").format(
            what=what[:1].lower() + what[1:]
        )
        self.said.emit(self.notice_text)
        for banner in self._banners():
            self._show_notice(banner)
        self.noticed.emit(self.notice_text)

    def _tell_people(self, report: CaptureReport | None) -> None:
        """People not yet contacts, seen at an account's domain: offered, never added
        here; said once each, with where to add them (the import dialog's list)."""
        if report is None:
            return
        new = [o.email for o in report.plan.offered if o.email not in self._told_people]
        if not new:
            return
        self._told_people.update(new)
        self.people_text = (
            self.tr(
                "1 person not yet a contact was seen at an account's domain ({who}): "
                "File → Import Mail and Calendar… offers to add them."
            )
            if len(new) == 1
            else self.tr(
                "{n} people not yet contacts were seen at your accounts' domains ({who}): "
                "File → Import Mail and Calendar… offers to add them."
            )
        ).format(n=len(new), who=", ".join(new[:3]) + (", …" if len(new) > 3 else ""))
        self.said.emit(self.people_text)
        for banner in self._banners():
            self._show_notice(banner)

    def _on_scan_failed(self, exc: BaseException) -> None:
        self._scan_done()
        self.said.emit(self.tr("The watched folder could not be read: {why}").format(why=exc))

    def _check_settled(self) -> None:
        """After a pickup: did a file change since it was read? Then read again."""
        settings = self.settings
        if self.ops.db is None or settings is None or not settings.watched_folder:
            return
        folder = settings.watched_folder
        self.ops.run_query(lambda _db: folder_signature(folder), self._on_signature,
                           owner=self, on_failed=self._quiet)  # fmt: skip

    def _on_signature(self, signature: Signature) -> None:
        if self._scanning:
            return
        if signature != self._read_signature:
            self._settling = True
            self.scan_folder()
        else:
            self._tell_unread()

    def _tell_unread(self) -> None:
        """Say (once each) the files of the settled folder that could not be read."""
        new = [item for item in self._unread if item not in self._told_unread]
        if not new:
            return
        self._told_unread.update(new)
        lines = [
            self.tr("{file} could not be read: {why}").format(file=where, why=why)
            for where, why in new[:3]
        ]
        if len(new) > 3:
            lines.append(self.tr("… and {n} more").format(n=len(new) - 3))
        self.problem_text = self.tr("The watched folder: {files}").format(files="; ".join(lines))
        self.said.emit(self.problem_text)
        for banner in self._banners():
            self._show_notice(banner)

    def _scan_done(self) -> None:
        self._scanning = False
        if self._scan_again:
            self._scan_again = False
            self._folder_timer.start()

    # --- the notice on the Today screen -------------------------------------------------

    def attach_today(self, page: QWidget) -> None:
        """Put the pickup notice on the Today screen, beside its title (in the room of what
        an action did: ``InboxView.add_notice``)."""
        from ui.today.inbox import InboxView

        if not isinstance(page, InboxView):
            return
        banner = Banner(page)
        banner.setObjectName("captureNotice")
        page.add_notice(banner)
        banner.actionTriggered.connect(self.undo_notice)
        self.today_banners.append(banner)
        if self.notice_text or self.problem_text or self.people_text:
            self._show_notice(banner)

    def _banners(self) -> list[Banner]:
        self.today_banners = [b for b in self.today_banners if isValid(b)]
        return self.today_banners

    def _show_notice(self, banner: Banner) -> None:
        undoable = bool(self.notice_text) and self._notice_is_last()
        text = " ".join(t for t in (self.notice_text, self.people_text, self.problem_text) if t)
        kind = "error" if self.problem_text else "success" if self.notice_text else "info"
        banner.show_message(text, kind, self.tr("Undo") if undoable else None)

    def _notice_is_last(self) -> bool:
        stack = self.ops.undo_stack
        return (
            self._notice_entry is not None
            and stack.index() > 0
            and stack.command(stack.index() - 1) is self._notice_entry
        )

    def undo_notice(self) -> None:
        """Take back the last pickup (when it is still the newest entry of the history).

        While another write runs (the folder read again, a log) the history takes no step:
        the undo waits for that write to end, and is asked again then."""
        if self.ops.busy:
            if not self._undo_when_idle:
                self._undo_when_idle = True
                self.ops.busyChanged.connect(self._undo_when_done)
            return
        if self._notice_is_last():
            self.ops.undo()
            self._notice_entry = None
            self.notice_text = ""
            for banner in self._banners():
                if self.problem_text or self.people_text:
                    self._show_notice(banner)
                else:
                    banner.hide()
            self.said.emit(self.tr("The pickup from the watched folder was undone"))
        else:
            self.said.emit(
                self.tr("Other changes came after the pickup: undo them first (Edit → Undo)")
            )

    @Slot(bool)
    def _undo_when_done(self, busy: bool) -> None:
        if busy:
            return
        self.ops.busyChanged.disconnect(self._undo_when_done)
        self._undo_when_idle = False
        self.undo_notice()

    # --- desktop reminders --------------------------------------------------------------

    def check_reminders(self) -> None:
        self._check_reminders(wait_for_pass=True)

    def _check_reminders(self, *, wait_for_pass: bool) -> None:
        settings = self.settings
        if self.ops.db is None or settings is None or not settings.desktop_reminders:
            return
        if self._reminding or not self.tray_available():
            return  # (without a tray nothing is told: the Today screen lists them anyway)
        today = _today()
        if not self._remind_stale and today == self._reminded_day:
            return  # nothing changed since the last check: it would find the same
        if wait_for_pass and self.ops.passes.running:
            # The window's pass refreshes the engine's fact summary (the first pass of a
            # day: seconds at 100,000 accounts); the check after it only reads it.
            self._remind_after_pass = True
            return
        self._remind_stale, self._reminded_day = False, today  # (a change meanwhile: stale)
        self._reminding = True
        self.ops.run_query(_collect, self._on_reminders, owner=self,
                           on_failed=self._on_reminders_failed,
                           action=self.tr("Reading the reminders"))  # fmt: skip

    def _after_pass(self, *_outcome: object) -> None:
        # (Called as the pass's ``finished`` is emitted, while ``passes.running`` still
        # says yes: asking it again here put the check off until the next pass.)
        if self._remind_after_pass:
            self._remind_after_pass = False
            self._check_reminders(wait_for_pass=False)

    def _on_reminders_failed(self, _exc: BaseException) -> None:
        self._reminding = False  # (a write was running; told at the next check)
        self._remind_stale = True

    def _on_reminders(self, notice: ReminderNotice | None) -> None:
        self._reminding = False
        self.wrote.emit()
        if notice is None:
            return
        self.reminders = notice.reminders
        lines = list(notice.lines[:4])
        if len(notice.lines) > 4:
            lines.append(self.tr("… and {n} more").format(n=len(notice.lines) - 4))
        self.notify(notice.title, "\n".join(lines))
        self.reminded.emit(notice)

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def notify(self, title: str, text: str) -> None:
        """A desktop notification from the tray icon (its click opens the first account)."""
        tray = self._tray()
        if tray is not None:
            tray.show()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
            if not QSystemTrayIcon.supportsMessages():  # (a tray without balloons)
                lines = text.replace("\n", "; ")
                self.said.emit(self.tr("{title}: {lines}").format(title=title, lines=lines))

    def _tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and self.tray_available():
            self.tray = QSystemTrayIcon(theme.app_icon(), self)
            self.tray.setToolTip(self.tr("Circles of Trust"))
            self.tray.messageClicked.connect(self.open_first_reminder)
            self._tray_menu = QMenu()  # (the tray does not own its menu)
            self._tray_menu.aboutToShow.connect(self._fill_tray_menu)
            self.tray.setContextMenu(self._tray_menu)
        return self.tray

    def _fill_tray_menu(self) -> None:
        menu = self._tray_menu
        menu.clear()
        for reminder in self.reminders[:12]:
            action = QAction(reminder.text, menu)
            action.triggered.connect(lambda _=False, a=reminder.account_id: self._open(a))
            menu.addAction(action)

    def open_first_reminder(self) -> None:
        """The notification was clicked: open the account of its first reminder."""
        if self.reminders:
            self._open(self.reminders[0].account_id)

    def _open(self, account_id: int) -> None:
        self.openAccount.emit(account_id)

    def shutdown(self) -> None:
        for timer in (self._calendar_timer, self._folder_timer, self._settle_timer,
                      self._remind_timer):  # fmt: skip
            timer.stop()
        if self.tray is not None:
            self.tray.hide()
