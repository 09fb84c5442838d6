"""The main window: navigation, the three resizable account areas, menus, status bar.

It stays small on purpose: actions come from ``ui.shell.actions``, dialogs and edits from
``ui.accounts.account_actions``, background work from ``ui.common.workers``, opening and
unlocking a database from ``ui.shell.window_database``, and each screen is its own
module. ``_connect_signals()`` is the one place where the parts are wired together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui.accounts.account_actions import AccountActions
from ui.accounts.account_page import AccountPage
from ui.accounts.account_store import AccountStore
from ui.accounts.accounts_table import AccountsPanel, build_context_menu
from ui.accounts.archived_dialog import show_archived
from ui.accounts.fact_actions import FactActions
from ui.accounts.fact_edits import FactEdits
from ui.accounts.ring_view import RingPanel
from ui.capture import capture_actions
from ui.capture.capture_hub import CaptureHub
from ui.common import formats, theme
from ui.common.dialogs import WelcomeDialog, show_error, show_shortcuts
from ui.common.widgets import EmptyPanel
from ui.common.workers import BackgroundTask, TaskProgress, Workers
from ui.operations import Operations
from ui.people.people_view import PeopleView
from ui.quick_capture.capture_dialog import QuickCapture
from ui.shell import actions as registry
from ui.shell import help as help_window
from ui.shell import prefs, window_state
from ui.shell.database_loader import (
    daily_backup_task,
)
from ui.shell.encryption_actions import DatabaseEncryption
from ui.shell.external_changes import ExternalChanges
from ui.shell.lazy_pages import LazyPage
from ui.shell.navigation import NAV, Navigation
from ui.shell.team_user import TeamUser
from ui.shell.window_database import WindowDatabase

if TYPE_CHECKING:
    from circlesoftrust.first_look import FirstLook
    from circlesoftrust.last_pass import LastPass
    from circlesoftrust.operations import Changes
    from circlesoftrust.storage import Database
    from ui.settings.settings_common import SettingsSnapshot

# A first look waits for the first paint before the real open starts; a window that is
# not shown (or never painted) opens after this long anyway.
FIRST_PAINT_WAIT_MS = 250


class MainWindow(WindowDatabase, QMainWindow):
    """Circles of Trust's one window.

    Signals:
        databaseOpened(str): a database is open (its display name); accounts are loading.
        ready(): the open database's accounts are on screen.
    """

    databaseOpened = Signal(str)
    ready = Signal()

    def __init__(
        self,
        location: str | None = None,
        *,
        demo: bool = False,
        theme_watcher: theme.ThemeWatcher | None = None,
        open_now: bool = True,
        first_look: Callable[[], FirstLook | None] | None = None,
        kept_pass: Callable[[], tuple[bool, LastPass | None]] | None = None,
        password: str | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Circles of Trust"))
        self.setWindowIcon(theme.app_icon())
        self.db: Database | None = None
        self.open_password: str | None = None  # (the open encrypted file's, if typed)
        self.location: str | None = None
        self.is_demo = False
        self.theme_watcher = theme_watcher
        self.workers = Workers(self)
        self.ops = Operations(self.workers, self)
        self.store = AccountStore(self.ops, self)
        self.undo_stack = self.ops.undo_stack
        self._daily_backup_due = False
        self._check_due: Database | None = None  # the big file's check, once loaded
        self.backup_task: object | None = None
        self._open_task: BackgroundTask | None = None
        self._select_when_listed: int | None = None
        self._after_first_paint: Callable[[], object] | None = None
        self._locked: tuple[str | None, bool] = (location, demo)
        if open_now and first_look is None:
            # First: the file is checked in the background while the window is built.
            self.open(location, demo=demo, password=password)
        self._build()
        self._connect_signals()
        self._restore_layout()
        if open_now and first_look is not None:
            # Asked for now that the window is built: a reader thread (ui.shell.app) has read
            # the file meanwhile. Without a look (a URL, a new or older file …) the
            # normal open below shows its progress.
            look = first_look()
            if look is None:
                self.open(location, demo=demo, password=password)
            else:
                self._show_first_look(look, demo)
                if kept_pass is not None:
                    self._show_kept_pass(kept_pass, look)
                # The real open imports SQLAlchemy (≈ 0.35 s of Python holding the GIL):
                # once the look is painted, not while the window builds and paints it
                # (started at the same time, it doubled the first paint: measured).
                self._after_first_paint = lambda: self.open(location, demo=demo, password=password)
                QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run_after_first_paint)
        # Once the accounts are on screen (started by the load; or when nothing opens):
        # their modules take a moment and must not compete with the first paint.
        self._io_timer = QTimer(self)
        self._io_timer.setSingleShot(True)
        self._io_timer.setInterval(1500)
        self._io_timer.timeout.connect(self.install_io_actions)
        if not open_now:
            self._io_timer.start()

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.ring_panel = RingPanel(self.store, self)
        self.accounts_panel = AccountsPanel(self.store, self)
        self.account_page = AccountPage(self.store, self)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(self.ring_panel)
        self.left_splitter.addWidget(self.accounts_panel)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.account_page)
        for splitter in (self.left_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(6)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)

        self.people_view = PeopleView(self.ops, self)
        self.lazy = {
            key: LazyPage(key, self.ops, self) for key in ("today", "insights", "dashboard")
        }
        self.pages = QStackedWidget(self)
        for key, *_ in NAV:
            widget = {"accounts": self.main_splitter, "people": self.people_view}.get(
                key
            ) or self.lazy[key]
            self.pages.addWidget(widget)
        self.nav = Navigation(self)

        self.no_database = EmptyPanel(self)
        self.content = QStackedWidget(self)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.content.addWidget(body)
        self.content.addWidget(self.no_database)
        self.setCentralWidget(self.content)

        self.capture = CaptureHub(self.ops, self)  # calendar file, watched folder, reminders
        self.account_actions = AccountActions(self, self.ops, self.store)
        self.fact_actions = FactActions(self, self.ops, self.store, self.account_page)
        self.fact_edits = FactEdits(self, self.ops, self.account_page)
        self.quick_capture = QuickCapture(self, self.ops, self.say)
        self.encryption = DatabaseEncryption(self)
        self.external_changes = ExternalChanges(self.ops, self)  # other windows, CLI, team
        self.team_user = TeamUser(self.ops, self)  # who is working (shared databases)
        self.commands = registry.build_actions(self, self._handlers())
        self.undo_action, self.redo_action = registry.undo_actions(self, self.ops)
        self.io_actions: dict[str, QAction] = {}  # added after the first paint
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        extra = {"undo": self.undo_action, "redo": self.redo_action}
        self.menus = registry.build_menus(self.menuBar(), self.commands, extra, self.recent_menu)
        self.toolbar = registry.build_toolbar(self, self.commands, extra)

        self.db_label = QLabel(self)
        self.count_label = QLabel(self)
        self.progress = TaskProgress(self.workers, self)
        status = self.statusBar()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.db_label)
        self._update_account_actions()

    def _handlers(self) -> dict[str, Any]:
        acts = self.account_actions
        current = self.current_account
        handlers: dict[str, Any] = {
            "new_database": self.new_database,
            "open_database": self.open_database_dialog,
            "open_example": lambda: self.open(None, demo=True),
            "quit": self.close,
            "find": self.find_account,
            "settings": self.show_settings,
            "reload": self.reload,
            "zoom_in": lambda: self.ring_panel.view.zoom(1.25),
            "zoom_out": lambda: self.ring_panel.view.zoom(0.8),
            "zoom_fit": self.ring_panel.view.fit,
            "size_by_score": self._toggle_size_by,
            "theme_system": lambda: self.set_theme("system"),
            "theme_light": lambda: self.set_theme("light"),
            "theme_dark": lambda: self.set_theme("dark"),
            "reset_layout": self.reset_layout,
            "new_account": acts.new_account,
            "edit_account": lambda: acts.edit_account(current()),
            "add_contact": lambda: acts.add_contact(current()),
            "log_touchpoint": self.start_touchpoint,
            "quick_capture": self.quick_capture.open,
            "show_archived": lambda: show_archived(self, self.ops, self.say),
            "move_account": lambda: acts.move_account(current()),
            "archive_account": lambda: acts.archive_account(current()),
            "delete_account": lambda: acts.delete_account(current()),
            "review_duplicates": self.review_duplicates,
            "shortcuts": self.show_shortcuts,
            "manual": lambda: help_window.show_manual(self),
            "about": lambda: help_window.show_about(self, self.location),
            "about_qt": QApplication.aboutQt,
            **self.fact_actions.handlers(),
            **self.fact_edits.handlers(),
            "import_capture": lambda: capture_actions.import_mail_and_calendar(self, self.ops),
            "capture_settings": lambda: capture_actions.capture_settings(self, self.ops),
            **self.encryption.keys(),
        }
        for index, (key, *_rest) in enumerate(NAV):
            handlers[f"show_{key}"] = lambda i=index: self.show_page(i)
        return handlers

    def install_io_actions(self) -> None:
        """Import, export, backup and brief actions (``ui.transfer.io_actions``), once shown."""
        if self.io_actions:
            return
        self.io_actions = self._create_io_actions()
        self.menus.install(self.io_actions)
        for action in self.io_actions.values():
            self.addAction(action)  # their shortcuts work without opening a menu

    def _create_io_actions(self) -> dict[str, QAction]:
        from ui.transfer.io_actions import create_io_actions

        return create_io_actions(self, self.ops, self._account_on_screen, self.open)

    def _account_on_screen(self) -> tuple[int, str] | None:
        """The id and name of the account the page shows (for the brief and exports)."""
        shown = self.account_page.data
        if shown is None or shown.account.id != self.current_account():
            return None
        return shown.account.id, shown.account.name

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav)
        self.accounts_panel.currentAccountChanged.connect(self._on_current_account)
        self.accounts_panel.accountActivated.connect(
            lambda _id: self.account_page.start_touchpoint()
        )
        self.accounts_panel.contextMenuRequested.connect(self._account_menu)
        self.ring_panel.accountClicked.connect(self.open_account)
        self.ring_panel.moveRequested.connect(self.account_actions.move_account)
        self.ring_panel.contextMenuRequested.connect(self._ring_menu)
        self.ring_panel.sizeByChanged.connect(self._on_size_by)
        self.account_page.editRequested.connect(self.account_actions.edit_account)
        self.account_page.moveRequested.connect(self.account_actions.move_account)
        self.account_page.addContactRequested.connect(self.account_actions.add_contact)
        self.account_page.editContactRequested.connect(self.account_actions.edit_contact)
        self.account_page.touchpointSubmitted.connect(self._log_touchpoint)
        self.account_actions.said.connect(self.say)
        self.capture.wrote.connect(self.external_changes.own_write)  # (reminders' bookkeeping)
        self.external_changes.noticed.connect(
            lambda: self.say(self.tr("Updated with changes made elsewhere"))
        )
        self.fact_actions.said.connect(self.say)
        self.team_user.chosen.connect(lambda n: self.say(self.tr("Working as {n}").format(n=n)))
        self.fact_edits.said.connect(self.say)
        self.account_page.commandRequested.connect(lambda key: self.commands[key].trigger())
        self.account_actions.accountCreated.connect(self.open_account)
        self.people_view.accountActivated.connect(self.open_account)
        for page in self.lazy.values():
            page.accountActivated.connect(self.open_account)
        self.lazy["today"].created.connect(self.capture.attach_today)
        self.capture.said.connect(self.say)
        self.capture.openAccount.connect(self.open_account)
        self.ops.changed.connect(self.store.on_changed)
        self.ops.changed.connect(self._on_changed)
        self.store.listed.connect(self._on_store_listed)
        self.store.membershipChanged.connect(self._on_accounts_arrived)
        self.store.loaded.connect(self._on_store_loaded)
        self.store.analysisLoaded.connect(self._on_scores_shown)
        self.store.membershipChanged.connect(self._update_counts)
        self.store.loadFailed.connect(
            lambda exc: show_error(self, exc, action=self.tr("Reading the accounts"))
        )
        self.no_database.buttonClicked.connect(self._on_no_database_button)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        if self.theme_watcher is not None:
            self.theme_watcher.themeChanged.connect(self._on_theme_changed)

    # --- data changes -------------------------------------------------------------------

    def _on_store_listed(self) -> None:
        self._update_counts()
        self.ready.emit()

    def _on_store_loaded(self) -> None:
        self._update_counts()
        if self._check_due is not None and self._check_due is self.db:
            self._check_big_file(self._check_due)
        self._check_due = None
        if self._daily_backup_due and self.db is not None and self.db.path is not None:
            self._daily_backup_due = False
            self.backup_task = daily_backup_task(self.workers, self.db.path)
        if not self.io_actions:
            self._io_timer.start(250)  # once this data is painted
        current = self.account_page.account_id
        if current is not None and current in self.store.rows:
            self.account_page.reload()
        if self.store.rows or self.is_demo or self.location is None:
            return
        welcomed = prefs.get("welcomed_databases")
        if self.location not in welcomed:
            prefs.put("welcomed_databases", [*welcomed, self.location])
            QTimer.singleShot(0, self._welcome)

    def _welcome(self) -> None:
        self.install_io_actions()
        dialog = WelcomeDialog(self.location or "", "import" in self.io_actions, self)
        dialog.exec()
        if dialog.choice == WelcomeDialog.EXAMPLE:
            self.open(None, demo=True)
        elif dialog.choice == WelcomeDialog.IMPORT:
            self.io_actions["import"].trigger()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        """The door reports a change (an edit, an accept, an undo…): the views that show
        it refresh (the store, and through it the table and rings, subscribe themselves)."""
        self.people_view.on_changed(changes)
        self._update_counts()

    def reload(self) -> None:
        if self.db is not None:
            self.ops.announce_everything()
            self.say(self.tr("Reloading…"))

    def _update_counts(self) -> None:
        n = len(self.store.rows)
        self.count_label.setText(
            (
                "  "
                + (self.tr("{n} account") if n == 1 else self.tr("{n} accounts")).format(
                    n=formats.number(n)
                )
                + "  "
            )
            if self.store.is_loaded
            else ""
        )

    _kept_note = ""  # the status line that says the scores are the last pass's

    def _on_scores_shown(self) -> None:
        """Say where the scores on screen come from while today's pass still runs."""
        day = self.store.kept_day
        if self.store.analysis_state == "kept" and day is not None:
            from circlesoftrust import formats  # (Babel: loaded once scores are shown)

            self._kept_note = self.tr(
                "Scores from the pass of {day}; today's pass is running…"
            ).format(day=formats.date(day))
            self.say(self._kept_note)
        elif self._kept_note and self.statusBar().currentMessage() == self._kept_note:
            self.statusBar().clearMessage()  # today's pass replaced them
            self._kept_note = ""

    def say(self, text: str) -> None:
        """The status bar's "last action" line."""
        self.statusBar().showMessage(text)

    # --- accounts -----------------------------------------------------------------------

    def current_account(self) -> int | None:
        return self.account_page.account_id

    def open_account(self, account_id: int) -> None:
        """Show an account: switch to the accounts screen, select it everywhere (a new
        account is selected in the table as soon as the store has read it)."""
        self.show_page(0)
        self._select_when_listed = None
        if not self.accounts_panel.select_account(account_id):
            self._select_when_listed = account_id
            self._on_current_account(account_id)

    def _on_accounts_arrived(self, *_args: object) -> None:
        wanted = self._select_when_listed
        if wanted is not None and wanted in self.store.rows:
            self._select_when_listed = None
            self.accounts_panel.select_account(wanted)

    def _on_current_account(self, account_id: int) -> None:
        self.account_page.show_account(account_id)
        self.ring_panel.select(account_id)
        self._update_account_actions()

    def _update_account_actions(self) -> None:
        has = self.current_account() is not None
        for key in registry.ACCOUNT_ACTIONS:
            self.commands[key].setEnabled(has)

    def start_touchpoint(self) -> None:
        if self.current_account() is None:
            self.say(self.tr("Select an account first, then Ctrl+T"))
            return
        self.show_page(0)
        self.account_page.start_touchpoint()

    def _log_touchpoint(self, account_id: int, values: dict[str, Any]) -> None:
        ticket = self.account_actions.log_touchpoint(account_id, values)
        ticket.done.connect(self.account_page.form.saved)

    def _account_menu(self, account_id: int, pos: QPoint) -> None:
        keys = (
            "edit_account",
            "add_contact",
            "log_touchpoint",
            "move_account",
            None,
            "archive_account",
        )
        menu = build_context_menu(self, [self.commands[k] if k else None for k in keys])
        registry.add_submenu(menu, self.tr("&Record"), registry.RECORD_MENU, self.commands)
        menu.exec(pos)

    def _ring_menu(self, account_id: int, pos: QPoint) -> None:
        """A marker's context menu: the account opens, then the same menu as the table's."""
        self.open_account(account_id)
        self._account_menu(account_id, pos)

    def find_account(self) -> None:
        self.show_page(0)
        self.accounts_panel.focus_filter()

    # --- navigation, theme, settings ----------------------------------------------------

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _on_nav(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        # The page just shown asked to be painted whole (Qt posts an UpdateLater to each
        # widget shown); taken now, not after whatever paints the window first (the rings'
        # scene paints it at once when a marker changed): Today was painted twice when it
        # came to the front after a log (≈ 15 ms more at 100,000 accounts, measured).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
        prefs.put("nav_page", index)
        if self.pages.currentWidget() is self.people_view and self.db is not None:
            self.people_view.refresh()

    def set_theme(self, mode: str) -> None:
        prefs.put("theme", mode)
        if self.theme_watcher is not None:
            self.theme_watcher.apply(mode)
        self.commands[f"theme_{mode}"].setChecked(True)

    def show_shortcuts(self) -> None:
        extra = {"undo": self.undo_action, "redo": self.redo_action, **self.io_actions}
        show_shortcuts(self, registry.shortcut_rows(self.commands, extra))

    def _on_theme_changed(self) -> None:
        self.nav.restyle()
        self.ring_panel.redraw()

    def _toggle_size_by(self) -> None:
        what = "score" if self.commands["size_by_score"].isChecked() else "revenue"
        self.ring_panel.set_size_by(what)
        self._on_size_by(what)

    def _on_size_by(self, what: str) -> None:
        prefs.put("ring_size_by", what)
        self.commands["size_by_score"].setChecked(what == "score")

    def review_duplicates(self) -> None:
        if self.db is None:
            return
        from ui.duplicates.review import show_review

        show_review(self.ops, self)

    def show_settings(self) -> None:
        if self.db is None:
            return
        from ui.settings.settings_common import read_settings

        self.ops.run_query(
            read_settings, self._open_settings, action=self.tr("Reading the settings"), owner=self
        )

    def _open_settings(self, source: SettingsSnapshot) -> None:
        from ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ops, source, self)
        if dialog.exec():
            self.say(self.tr("Settings saved"))

    # --- layout memory ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        mode = prefs.get("theme")
        self.commands[f"theme_{mode if mode in theme.THEMES else 'system'}"].setChecked(True)
        size_by = prefs.get("ring_size_by")
        self.ring_panel.set_size_by(size_by)
        self.commands["size_by_score"].setChecked(size_by == "score")
        window_state.restore(self)
        self.nav.setCurrentRow(min(max(0, prefs.get("nav_page")), len(NAV) - 1))

    def reset_layout(self) -> None:
        window_state.reset(self)
        self.say(self.tr("Layout reset"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._after_first_paint = None
        window_state.save(self)
        self.store.cancel()
        self.capture.shutdown()
        self.ops.finish_writes()  # what the user asked for is written before the file closes
        self.external_changes.stop()
        self.workers.shutdown()
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)
