"""The main window's database: opening one (or the example) in the background, the
first look and the last pass shown meanwhile, unlocking an encrypted file, and the "no
database" page. A part of :class:`ui.shell.main_window.MainWindow` (which builds the
widgets used here and holds the ``databaseOpened`` signal), split from it along this seam.

Its texts are the window's (translation context ``MainWindow``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMainWindow

from ui.common.dialogs import show_error
from ui.common.workers import BackgroundTask
from ui.shell import prefs, unlock
from ui.shell.database_loader import (
    Opened,
    ask_new_path,
    ask_open_path,
    describe,
    fill_recent_menu,
    open_task,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer as _Timer
    from PySide6.QtWidgets import QLabel, QMenu, QStackedWidget

    from circlesoftrust.first_look import FirstLook
    from circlesoftrust.last_pass import LastPass
    from circlesoftrust.storage import Database
    from ui.accounts.account_page import AccountPage
    from ui.accounts.account_store import AccountStore
    from ui.common.widgets import EmptyPanel
    from ui.common.workers import Workers
    from ui.operations import Operations
    from ui.shell.team_user import TeamUser

    _Window = QMainWindow  # (for the type checker: the window is a QMainWindow)
else:
    _Window = object

# How often the window asks whether the last pass kept for the file has been read.
KEPT_PASS_POLL_MS = 10


class WindowDatabase(_Window):
    """Opening, unlocking and the "no database" page (mixed into ``MainWindow``)."""

    db: Database | None
    open_password: str | None
    location: str | None
    is_demo: bool
    workers: Workers
    ops: Operations
    store: AccountStore
    account_page: AccountPage
    team_user: TeamUser
    db_label: QLabel
    content: QStackedWidget
    no_database: EmptyPanel
    recent_menu: QMenu
    io_actions: Any
    databaseOpened: Any  # (the window's Signal)
    _io_timer: _Timer
    _open_task: BackgroundTask | None
    _after_first_paint: Callable[[], object] | None
    _locked: tuple[str | None, bool]
    _daily_backup_due: bool
    _check_due: Database | None

    def say(self, text: str) -> None: ...  # (the window's)

    def open(
        self, location: str | None, *, demo: bool = False, password: str | None = None
    ) -> BackgroundTask:
        """Open a database (or the example) in the background; the window stays usable.
        An encrypted file without its ``password`` asks for it (``_on_open_failed``)."""
        self._after_first_paint = None  # (a start-up open not begun yet is superseded)
        if self._open_task is not None:
            self._open_task.cancel()
        task = open_task(self.workers, location, demo=demo, password=password)
        task.tag = (location, demo)
        task.succeeded.connect(self._on_opened)
        task.failed.connect(self._on_open_failed)
        task.cancelled.connect(self._on_open_cancelled)
        self._open_task = task
        self.statusBar().clearMessage()  # the progress strip beside it names the task
        return task

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_first_paint is not None:
            QTimer.singleShot(0, self._run_after_first_paint)  # once this paint is done

    def _run_after_first_paint(self) -> None:
        job, self._after_first_paint = self._after_first_paint, None
        if job is not None:
            job()

    def _show_first_look(self, look: FirstLook, demo: bool) -> None:
        """The accounts of the file being opened, on screen before it is open."""
        name = (
            QCoreApplication.translate("MainWindow", "Example business")
            if demo
            else describe(str(look.path))
        )
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{name} — Circles of Trust").format(name=name)
        )
        self.db_label.setText(f"  {name}  ")
        self.db_label.setToolTip(str(look.path))
        self.store.show_first_look(look)

    def _show_kept_pass(
        self, kept_pass: Callable[[], tuple[bool, LastPass | None]], look: FirstLook
    ) -> None:
        """The last pass's scores and next actions beside the first look's names, as soon
        as the reader has them (read beside the look, not from the opened file)."""
        done, kept = kept_pass()
        if not done:
            QTimer.singleShot(KEPT_PASS_POLL_MS, lambda: self._show_kept_pass(kept_pass, look))
        elif kept is not None and self.store.showing_look_of(look.path):
            self.store.show_kept_pass(kept)

    def _on_opened(self, opened: Opened) -> None:
        if self.sender() is not self._open_task:
            opened.db.close()  # superseded by a newer open
            return
        self._open_task = None
        old = self.db
        self.db, self.location, self.is_demo = opened.db, opened.location, opened.is_demo
        self.open_password = opened.password
        self.ops.set_database(opened.db)  # (the screens drop what they showed of the old one)
        if opened.generated:
            self.store.forget_first_look()  # the example was just written: the look is empty
        self.store.set_database(opened.db)  # (keeps the first look of the same file)
        self.account_page.database_changed()
        if old is not None and old is not opened.db:
            old.close()
        prefs.remember_recent(opened.location)
        name = (
            QCoreApplication.translate("MainWindow", "Example business")
            if opened.is_demo
            else describe(opened.location)
        )
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{name} — Circles of Trust").format(name=name)
        )
        locked = (
            " — " + QCoreApplication.translate("MainWindow", "encrypted")
            if opened.db.encrypted
            else ""
        )
        self.db_label.setText(f"  {name}{locked}  ")
        self.db_label.setToolTip(opened.location)
        self.content.setCurrentIndex(0)
        self.say(
            QCoreApplication.translate("MainWindow", "Example business created")
            if opened.generated
            else QCoreApplication.translate("MainWindow", "Opened {name}").format(name=name)
        )
        self.team_user.database_opened(opened.db, name)  # who works here (issue 13)
        self.databaseOpened.emit(opened.location)
        self._daily_backup_due = not opened.is_demo and opened.db.path is not None
        self.store.load()
        # Once the accounts' figures are read (see _on_store_loaded): checking a big file
        # reads all of it (≈ 7 s of a core at 100,000 accounts), and on a laptop's two
        # cores it slowed the first figures and scores down (measured). A write that
        # comes first waits for the check itself (storage's write guard).
        self._check_due = opened.db

    def _check_big_file(self, db: Database) -> None:
        """A file too big to be checked at every open is checked now, in the background:
        a damaged one says so at once (and refuses every write), instead of at the first
        save."""
        from circlesoftrust.storage import check_before_writes

        self.ops.run_query(
            check_before_writes,
            lambda _none: None,
            action=QCoreApplication.translate("MainWindow", "Checking {name}").format(
                name=describe(self.location)
            ),
        )

    def _on_open_failed(self, exc: object) -> None:
        task = self.sender()
        if task is not self._open_task:
            return
        location, demo = task.tag
        self._open_task = None
        what = (
            QCoreApplication.translate("MainWindow", "the example business")
            if demo
            else describe(location)
        )
        if self.db is None:
            self.store.forget_first_look()
        if unlock.needs_password(exc):
            self._unlock(location, demo)
            return
        if isinstance(exc, BaseException):
            show_error(
                self,
                exc,
                action=QCoreApplication.translate("MainWindow", "Opening {what}").format(what=what),
                details=task.details,
            )
        if self.db is None:
            self._show_no_database(
                QCoreApplication.translate("MainWindow", "Could not open {what}").format(what=what),
                str(exc),
            )
        self.say(
            QCoreApplication.translate("MainWindow", "Could not open {what}").format(what=what)
        )
        if not self.io_actions:
            self._io_timer.start(250)

    def _on_open_cancelled(self) -> None:
        task = self.sender()
        if isinstance(task, BackgroundTask) and isinstance(task.result, Opened):
            task.result.db.close()  # it opened after all; nobody wants it now
        if task is not self._open_task:
            return
        self._open_task = None
        self.say(QCoreApplication.translate("MainWindow", "Opening cancelled"))
        if not self.io_actions:
            self._io_timer.start(250)
        if self.db is None:
            self.store.forget_first_look()  # not open: its accounts cannot be worked on
            self._show_no_database(
                QCoreApplication.translate("MainWindow", "No database is open"), ""
            )

    def _unlock(self, location: str | None, demo: bool) -> None:
        """Ask for the password of the encrypted file being opened, then open it."""
        password = unlock.ask_password(unlock.file_of(location, demo), self)
        if password is not None:
            self.open(location, demo=demo, password=password)
        elif self.db is None:
            self.show_locked(location, demo=demo)
        if not self.io_actions:
            self._io_timer.start(250)

    def show_locked(self, location: str | None, *, demo: bool = False) -> None:
        """An encrypted file whose password was not given: nothing is open."""
        self._locked = (location, demo)
        name = describe(str(unlock.file_of(location, demo)))
        self.no_database.set_text(
            QCoreApplication.translate("MainWindow", "{name} is encrypted").format(name=name),
            QCoreApplication.translate(
                "MainWindow", "Nothing was opened: type its password to open it."
            ),
            (
                ("unlock", QCoreApplication.translate("MainWindow", "Type the password…")),
                ("open", QCoreApplication.translate("MainWindow", "Open a database…")),
                ("example", QCoreApplication.translate("MainWindow", "Open the example business")),
            ),
        )
        self.content.setCurrentIndex(1)

    def _show_no_database(self, title: str, hint: str) -> None:
        self.no_database.set_text(
            title,
            hint,
            (
                ("open", QCoreApplication.translate("MainWindow", "Open a database…")),
                ("new", QCoreApplication.translate("MainWindow", "New database…")),
                ("example", QCoreApplication.translate("MainWindow", "Open the example business")),
            ),
        )
        self.content.setCurrentIndex(1)

    def _on_no_database_button(self, key: str) -> None:
        choices: dict[str, Callable[[], object]] = {
            "open": self.open_database_dialog,
            "new": self.new_database,
            "example": lambda: self.open(None, demo=True),
            "unlock": lambda: self._unlock(*self._locked),
        }
        choices[key]()

    def release_database(self) -> Database | None:
        """Let go of the open database (a conversion replaces its file): no new work starts
        on it; the caller closes what this returns once the work running on it is done."""
        self.store.cancel()
        old, self.db = self.db, None
        self.ops.set_database(None)
        return old

    def _require_db(self) -> Database:
        if self.db is None:
            raise RuntimeError("no database is open")
        return self.db

    def open_database_dialog(self) -> None:
        path = ask_open_path(self, self.location)
        if path:
            self.open(path)

    def new_database(self) -> None:
        path = ask_new_path(self)
        if path:
            self.open(path)

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.recent_menu, self.open)
