"""The app's import, export, backup and meeting-brief actions.

:func:`create_io_actions` returns ready-made QActions the main window puts in its menus
(``ui.shell.actions.MENUS`` names them ``@io:<key>``). Each opens a dialog of its own module
(``import_dialog``, ``export_dialog``, ``brief_dialog``) or, for Backup… and Restore…,
calls ``circlesoftrust.backup``. Errors are shown in a dialog, in one clear sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from circlesoftrust import backup, integrity
from circlesoftrust.database_file import backups_dir
from circlesoftrust.errors import CotError
from circlesoftrust.services.accounts import get_account
from circlesoftrust.storage import Database
from ui.common import dialogs, file_pickers
from ui.common.workers import Job, Workers
from ui.transfer.brief_dialog import BriefExportDialog, BriefPrinter
from ui.transfer.export_dialog import ExportDialog, default_folder
from ui.transfer.import_dialog import ImportDialog

IMPORT_FILTER = (
    "Address books and exports (*.vcf *.vcard *.csv *.tsv *.txt *.json);;"
    "vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt);;Full JSON export (*.json);;All files (*)"
)
BACKUP_FILTER = "Circles of Trust backups (*.sqlite *.db);;All files (*)"

# Tests (and scripts) may collect notices here instead of showing a modal box.
notice_sink: Callable[[str, str], None] | None = None


def notice(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went well (a modal box unless a sink collects it)."""
    if notice_sink is not None:
        notice_sink(title, text)
        return
    QMessageBox.information(parent, title, text)


class IoActions:
    """Holds the callbacks and the dialogs the actions open (kept alive while shown)."""

    def __init__(
        self,
        parent: QWidget,
        db_getter: Callable[[], Database],
        on_changed: Callable[[], None],
        current_account: Callable[[], int | None],
        workers: Workers,
    ) -> None:
        self.parent = parent
        self.db_getter = db_getter
        self.on_changed = on_changed
        self.current_account = current_account
        self.workers = workers  # the window's one task manager (its status bar shows it)
        self.open_dialogs: list[object] = []

    # --- helpers ----------------------------------------------------------------------------

    def _db(self) -> Database | None:
        try:
            return self.db_getter()
        except Exception as exc:
            dialogs.show_error(self.parent, CotError(f"open a database first ({exc})"))
            return None

    def _account(self, db: Database) -> tuple[int, str] | None:
        account_id = self.current_account()
        if account_id is None:
            return None
        return account_id, get_account(db, account_id).name

    def _keep(self, dialog: object) -> None:
        self.open_dialogs.append(dialog)
        finished = getattr(dialog, "finished", None)
        if finished is not None:
            finished.connect(lambda _r, d=dialog: self._forget(d))

    def _forget(self, dialog: object) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)

    def _guard(self, action: str, fn: Callable[[], object]) -> Callable[..., None]:
        def run(*_checked: object) -> None:
            try:
                fn()
            except Exception as exc:  # a clear dialog, never a crash
                dialogs.show_error(self.parent, exc, action=action)

        return run

    # --- import and export -------------------------------------------------------------------

    def import_file(self, path: str | None = None) -> ImportDialog | None:
        db = self._db()
        if db is None:
            return None
        if path is None:
            path = file_pickers.open_file_name(
                self.parent, "Import contacts or a full export", str(default_folder()),
                IMPORT_FILTER,
            )  # fmt: skip
            if not path:
                return None
        dialog = ImportDialog(db, path, self.parent, workers=self.workers)
        dialog.imported.connect(lambda _report: self.on_changed())
        self._keep(dialog)
        dialog.open()
        dialog.start()
        return dialog

    def export(self, what: str) -> ExportDialog | None:
        db = self._db()
        if db is None:
            return None
        dialog = ExportDialog(
            db, what, self.parent, account=self._account(db), workers=self.workers
        )
        self._keep(dialog)
        dialog.open()
        return dialog

    # --- meeting brief -------------------------------------------------------------------------

    def _brief_account(self) -> tuple[Database, tuple[int, str]] | None:
        db = self._db()
        if db is None:
            return None
        account = self._account(db)
        if account is None:
            dialogs.show_error(
                self.parent,
                CotError("open an account first: the brief is for the account on screen"),
                action="The meeting brief",
            )
            return None
        return db, account

    def brief_export(self) -> BriefExportDialog | None:
        found = self._brief_account()
        if found is None:
            return None
        db, account = found
        dialog = BriefExportDialog(db, account, self.parent, workers=self.workers)
        self._keep(dialog)
        dialog.open()
        return dialog

    def brief_print(self) -> BriefPrinter | None:
        found = self._brief_account()
        if found is None:
            return None
        db, account = found
        printer = BriefPrinter(self.parent, db, account[0], self.workers)
        self.open_dialogs.append(printer)
        printer.task.finished.connect(lambda p=printer: self._forget(p))
        return printer

    # --- backup and restore -------------------------------------------------------------------

    def _sqlite_path(self, db: Database, action: str) -> Path | None:
        if db.path is None:
            dialogs.show_error(
                self.parent,
                backup.BackupError(
                    "backups work on SQLite files; back up a PostgreSQL database with "
                    "pg_dump and restore it with pg_restore"
                ),
                action=action,
            )
        return db.path

    def backup(self, target: str | None = None) -> None:
        db = self._db()
        if db is None or (path := self._sqlite_path(db, "The backup")) is None:
            return
        if target is None:
            suggested = backups_dir(path) / f"{path.stem}-{dt.date.today():%Y%m%d}.sqlite"
            target = file_pickers.save_file_name(
                self.parent, "Back up the database", str(suggested), BACKUP_FILTER
            )
            if not target:
                return
        Path(target).parent.mkdir(parents=True, exist_ok=True)

        def copy(_job: Job, p: Path = path, t: Path = Path(target)) -> object:
            return backup.backup_to(p, t, overwrite=True)

        task = self.workers.start(copy, title="Backing up")
        task.succeeded.connect(self._on_backed_up)
        task.failed.connect(lambda exc: dialogs.show_error(self.parent, exc, action="The backup"))

    def _on_backed_up(self, info: object) -> None:
        assert isinstance(info, backup.BackupInfo)
        notice(
            self.parent,
            "Backup made",
            f"The database was copied to {info.path} and checked: {info.accounts:,} "
            "accounts. Keep it somewhere safe (another disk, a cloud folder).",
        )

    def restore(self, source: str | None = None) -> bool:
        db = self._db()
        if db is None or (path := self._sqlite_path(db, "The restore")) is None:
            return False
        if source is None:
            source = file_pickers.open_file_name(
                self.parent, "Restore from a backup", str(backups_dir(path)), BACKUP_FILTER
            )
            if not source:
                return False
        info = backup.verify_backup(source)  # a bad backup is refused before asking
        stamp = dt.datetime.fromtimestamp(Path(source).stat().st_mtime)
        if not dialogs.confirm(
            self.parent,
            "Restore from a backup",
            f"Replace the open database with this backup?\n\n{path}",
            f"The backup {Path(source).name} ({stamp:%Y-%m-%d %H:%M}, {info.accounts:,} "
            "accounts) replaces everything in the open database. The database as it is now "
            f"is kept as a backup in {backups_dir(path)}. Afterwards the database is opened "
            "again.",
            "Replace with backup",
        ):
            return False
        db.close()  # let go of the file (its pooled connections) before it is replaced
        result = backup.restore_from(source, path, validate=integrity.check_candidate)
        kept = (
            f" The database it replaced was kept as {result.previous_kept_as}."
            if result.previous_kept_as
            else ""
        )
        notice(
            self.parent,
            "Backup restored",
            f"Restored {result.accounts:,} accounts from {Path(source).name}.{kept} "
            "Reopen the database to work with the restored data.",
        )
        reopen = getattr(self.parent, "open", None)
        if callable(reopen):
            reopen(str(path))  # the window reopens it (and upgrades an older backup)
        else:
            self.on_changed()
        return True


def create_io_actions(
    parent: QWidget,
    db_getter: Callable[[], Database],
    on_changed: Callable[[], None],
    current_account: Callable[[], int | None],
    workers: Workers,
) -> dict[str, QAction]:
    """The actions, keyed as the menus name them; ``parent`` owns them."""
    return build_io_actions(parent, db_getter, on_changed, current_account, workers)[1]


def build_io_actions(
    parent: QWidget,
    db_getter: Callable[[], Database],
    on_changed: Callable[[], None],
    current_account: Callable[[], int | None],
    workers: Workers,
) -> tuple[IoActions, dict[str, QAction]]:
    """The handlers and their actions (the actions' slots keep the handlers alive)."""
    io = IoActions(parent, db_getter, on_changed, current_account, workers)
    specs: tuple[tuple[str, str, str | None, str, Callable[[], object]], ...] = (
        ("import", "&Import contacts…", "Ctrl+I",
         "Import contacts from a vCard or CSV file, or restore a full JSON export",
         io.import_file),
        ("export_vcard", "Contacts as &vCard…", None,
         "Export contacts for address books (vCard 4.0 or 3.0)", lambda: io.export("vcard")),
        ("export_csv", "Accounts and contacts as &CSV…", None,
         "Export accounts and contacts for spreadsheets", lambda: io.export("csv")),
        ("export_ics", "Follow-ups as &iCalendar…", None,
         "Export open tasks and due follow-ups to a calendar", lambda: io.export("ics")),
        ("export_json", "Everything as &JSON…", None,
         "A full export of every table, restorable into an empty database",
         lambda: io.export("json")),
        ("backup", "&Back up database…", None,
         "Copy the database file to a backup (checked after writing)", io.backup),
        ("restore", "&Restore from backup…", None,
         "Replace the database with a backup (the current one is kept)", io.restore),
        ("brief_print", "&Print meeting brief…", "Ctrl+P",
         "Print the one-page meeting brief of the open account", io.brief_print),
        ("brief_export", "E&xport meeting brief…", "Ctrl+Shift+E",
         "Save the meeting brief of the open account as PDF, HTML or Markdown",
         io.brief_export),
    )  # fmt: skip
    actions: dict[str, QAction] = {}
    for key, text, shortcut, tip, handler in specs:
        action = QAction(text, parent)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(io._guard(text.replace("&", "").rstrip("…"), handler))
        actions[key] = action
    return io, actions
