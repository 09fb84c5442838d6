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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from circlesoftrust import backup, encryption, integrity
from circlesoftrust.database_file import backups_dir
from circlesoftrust.encryption import FileKey
from circlesoftrust.errors import CotError
from circlesoftrust.storage import Database
from ui.common import dialogs, file_pickers, formats
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.workers import Job
from ui.operations import Operations

if TYPE_CHECKING:
    # The dialogs are imported when first opened: with the readers and writers behind them
    # they took ≈ 0.3 s of the UI thread when the menus were filled after start-up.
    from ui.transfer.brief_dialog import BriefExportDialog, BriefPrinter
    from ui.transfer.export_dialog import ExportDialog
    from ui.transfer.import_dialog import ImportDialog

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "IoActions",
    "Address books and exports (*.vcf *.vcard *.csv *.tsv *.txt *.json);;"
    "vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt);;Full JSON export (*.json);;All files (*)",
)
BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "IoActions", "Circles of Trust backups (*.sqlite *.db);;All files (*)"
)

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
        ops: Operations,
        current_account: Callable[[], tuple[int, str] | None],
        reopen: Callable[..., object] | None = None,
    ) -> None:
        self.parent = parent
        self.ops = ops  # the one door: the import writes through it
        self.current_account = current_account  # (id, name) of the account on screen
        self.reopen = reopen  # opens a database file in the window (after a restore)
        self.workers = ops.workers  # the window's one task manager (its status bar shows it)
        self.open_dialogs: list[object] = []

    # --- helpers ----------------------------------------------------------------------------

    def _db(self) -> Database | None:
        db = self.ops.db
        if db is None:
            dialogs.show_error(
                self.parent,
                CotError(QCoreApplication.translate("IoActions", "open a database first")),
            )
        return db

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
        from ui.transfer.export_dialog import default_folder
        from ui.transfer.import_dialog import ImportDialog

        db = self._db()
        if db is None:
            return None
        if path is None:
            path = file_pickers.open_file_name(
                self.parent,
                QCoreApplication.translate("IoActions", "Import contacts or a full export"),
                str(default_folder()),
                QCoreApplication.translate("IoActions", IMPORT_FILTER),
            )  # fmt: skip
            if not path:
                return None
        dialog = ImportDialog(self.ops, path, self.parent)
        self._keep(dialog)
        dialog.open()
        dialog.start()
        return dialog

    def export(self, what: str) -> ExportDialog | None:
        from ui.transfer.export_dialog import ExportDialog

        db = self._db()
        if db is None:
            return None
        dialog = ExportDialog(
            db, what, self.parent, account=self.current_account(), workers=self.workers
        )
        self._keep(dialog)
        dialog.open()
        return dialog

    # --- meeting brief -------------------------------------------------------------------------

    def _brief_account(self) -> tuple[Database, tuple[int, str]] | None:
        db = self._db()
        if db is None:
            return None
        account = self.current_account()
        if account is None:
            dialogs.show_error(
                self.parent,
                CotError(
                    QCoreApplication.translate(
                        "IoActions", "open an account first: the brief is for the account on screen"
                    )
                ),
                action=QCoreApplication.translate("IoActions", "The meeting brief"),
            )
            return None
        return db, account

    def brief_export(self) -> BriefExportDialog | None:
        from ui.transfer.brief_dialog import BriefExportDialog

        found = self._brief_account()
        if found is None:
            return None
        db, account = found
        dialog = BriefExportDialog(db, account, self.parent, workers=self.workers)
        self._keep(dialog)
        dialog.open()
        return dialog

    def brief_print(self) -> BriefPrinter | None:
        from ui.transfer.brief_dialog import BriefPrinter

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
                    QCoreApplication.translate(
                        "IoActions",
                        "backups work on SQLite files; back up a PostgreSQL database with "
                        "pg_dump and restore it with pg_restore",
                    )
                ),
                action=action,
            )
        return db.path

    def backup(self, target: str | None = None) -> None:
        db = self._db()
        if (
            db is None
            or (
                path := self._sqlite_path(db, QCoreApplication.translate("IoActions", "The backup"))
            )
            is None
        ):
            return
        if target is None:
            suggested = backups_dir(path) / f"{path.stem}-{dt.date.today().isoformat()}.sqlite"
            target = file_pickers.save_file_name(
                self.parent,
                QCoreApplication.translate("IoActions", "Back up the database"),
                str(suggested),
                QCoreApplication.translate("IoActions", BACKUP_FILTER),
            )
            if not target:
                return
        Path(target).parent.mkdir(parents=True, exist_ok=True)

        def copy(_job: Job, p: Path = path, t: Path = Path(target)) -> object:
            return backup.backup_to(p, t, overwrite=True)

        task = self.workers.start(copy, title=QCoreApplication.translate("IoActions", "Backing up"))
        task.succeeded.connect(self._on_backed_up)
        task.failed.connect(
            lambda exc: dialogs.show_error(
                self.parent, exc, action=QCoreApplication.translate("IoActions", "The backup")
            )
        )

    def _on_backed_up(self, info: object) -> None:
        assert isinstance(info, backup.BackupInfo)
        notice(
            self.parent,
            QCoreApplication.translate("IoActions", "Backup made"),
            QCoreApplication.translate(
                "IoActions",
                "The database was copied to {path} and checked: {accounts} accounts. "
                "Keep it somewhere safe (another disk, a cloud folder).",
            ).format(path=info.path, accounts=formats.number(info.accounts)),
        )

    def restore(self, source: str | None = None) -> None:
        """Replace the open database with a backup. The backup is checked first (off the
        UI thread; a bad file is refused before anything is asked), then the user confirms,
        then the copy runs off the UI thread while a modal progress dialog holds the window
        (the database is closed meanwhile), and the window opens the file again. A failed
        restore leaves the database as it was and opens it again too."""
        db = self._db()
        if (
            db is None
            or (
                path := self._sqlite_path(
                    db, QCoreApplication.translate("IoActions", "The restore")
                )
            )
            is None
        ):
            return
        if source is None:
            source = file_pickers.open_file_name(
                self.parent,
                QCoreApplication.translate("IoActions", "Restore from a backup"),
                str(backups_dir(path)),
                QCoreApplication.translate("IoActions", BACKUP_FILTER),
            )
            if not source:
                return
        chosen = Path(source)
        password: str | None = None
        key: FileKey | None = None
        if encryption.looks_encrypted(chosen):
            from ui.shell.unlock import ask_password

            password = ask_password(
                chosen,
                self.parent,
                intro=QCoreApplication.translate(
                    "IoActions", "The backup <b>{name}</b> is encrypted. Type its password."
                ),
                can_remember=False,
            )
            if password is None:
                return
            key = encryption.key_for_file(chosen, password)  # (stretched already: cached)

        def check(_job: Job, file: Path = chosen) -> object:
            return backup.verify_backup(file, key=key)

        task = self.workers.start(
            check, title=QCoreApplication.translate("IoActions", "Checking the backup")
        )
        task.succeeded.connect(
            lambda info: self._confirm_restore(db, path, chosen, info, key, password)
        )
        task.failed.connect(
            lambda exc: dialogs.show_error(
                self.parent,
                exc,
                action=QCoreApplication.translate("IoActions", "Restore from backup"),
            )
        )

    def _confirm_restore(
        self,
        db: Database,
        path: Path,
        source: Path,
        info: object,
        key: FileKey | None = None,
        password: str | None = None,
    ) -> None:
        assert isinstance(info, backup.BackupInfo)
        if self.ops.db is not db:
            return  # another database was opened meanwhile
        stamp = dt.datetime.fromtimestamp(source.stat().st_mtime)
        if not dialogs.confirm(
            self.parent,
            QCoreApplication.translate("IoActions", "Restore from a backup"),
            QCoreApplication.translate(
                "IoActions", "Replace the open database with this backup?\n\n{path}"
            ).format(path=path),
            QCoreApplication.translate(
                "IoActions",
                "The backup {name} ({stamp}, {accounts} accounts) "
                "replaces everything in the open database. The database as it is "
                "now is kept as a backup in {backups_dir}. Afterwards the database "
                "is opened again.",
            ).format(
                name=source.name,
                stamp=formats.date_time(stamp),
                accounts=formats.number(info.accounts),
                backups_dir=backups_dir(path),
            ),
            QCoreApplication.translate("IoActions", "Replace with backup"),
        ):
            return
        if not self.ops.finish_writes():
            dialogs.show_error(
                self.parent,
                CotError(
                    QCoreApplication.translate(
                        "IoActions",
                        "a change is still being saved; try the restore again in a moment",
                    )
                ),
                action=QCoreApplication.translate("IoActions", "Restore from backup"),
            )
            return
        holding = QProgressDialog(
            QCoreApplication.translate("IoActions", "Restoring the backup…"), "", 0, 0, self.parent
        )
        holding.setWindowTitle(QCoreApplication.translate("IoActions", "Restore from a backup"))
        holding.setCancelButton(None)  # the copy is atomic: it finishes or changes nothing
        holding.setWindowModality(Qt.WindowModality.WindowModal)
        holding.setMinimumDuration(0)
        holding.show()
        current_key, old_password = db.key, getattr(self.parent, "open_password", None)
        # No new read starts on the file about to be replaced (the window's views stop too).
        release = getattr(self.parent, "release_database", None)
        if callable(release):
            release()
        else:
            self.ops.set_database(None)

        def copy(_job: Job) -> object:
            return backup.restore_from(
                source, path, validate=integrity.check_candidate, key=key, current_key=current_key
            )

        def finished() -> None:
            holding.close()
            holding.deleteLater()

        def restored(result: object) -> None:
            finished()
            assert isinstance(result, backup.RestoreResult)
            kept = (
                QCoreApplication.translate(
                    "IoActions", " The database it replaced was kept as {path}."
                ).format(path=result.previous_kept_as)
                if result.previous_kept_as
                else ""
            )
            notice(
                self.parent,
                QCoreApplication.translate("IoActions", "Backup restored"),
                QCoreApplication.translate(
                    "IoActions", "Restored {accounts} accounts from {name}.{kept}"
                ).format(accounts=formats.number(result.accounts), name=source.name, kept=kept),
            )
            self._reopen(path, password)  # (an encrypted backup's password opens it now)

        def failed(exc: object) -> None:
            finished()
            if isinstance(exc, BaseException):
                dialogs.show_error(
                    self.parent,
                    exc,
                    action=QCoreApplication.translate("IoActions", "Restore from backup"),
                )
            self._reopen(path, old_password)  # nothing was replaced: the same file opens again

        def start() -> None:
            db.close()  # let go of the file (its pooled connections) before it is replaced
            task = self.workers.start(
                copy, title=QCoreApplication.translate("IoActions", "Restoring the backup")
            )
            task.succeeded.connect(restored)
            task.failed.connect(failed)

        self.workers.when_idle(start)  # (a read still running would keep the file in use)

    def _reopen(self, path: Path, password: str | None = None) -> None:
        if self.reopen is not None and password is not None:
            self.reopen(str(path), password=password)
        elif self.reopen is not None:
            self.reopen(str(path))  # the window opens it (and upgrades an older backup)
        else:
            self.ops.set_database(None)  # the closed database is nobody's any more


def create_io_actions(
    parent: QWidget,
    ops: Operations,
    current_account: Callable[[], tuple[int, str] | None],
    reopen: Callable[..., object] | None = None,
) -> dict[str, QAction]:
    """The actions, keyed as the menus name them; ``parent`` owns them."""
    return build_io_actions(parent, ops, current_account, reopen)[1]


def build_io_actions(
    parent: QWidget,
    ops: Operations,
    current_account: Callable[[], tuple[int, str] | None],
    reopen: Callable[..., object] | None = None,
) -> tuple[IoActions, dict[str, QAction]]:
    """The handlers and their actions (the actions' slots keep the handlers alive)."""
    io = IoActions(parent, ops, current_account, reopen)
    specs: tuple[tuple[str, str, str | None, str, Callable[[], object]], ...] = (
        (
            "import",
            QCoreApplication.translate("IoActions", "&Import contacts…"),
            "Ctrl+I",
            QCoreApplication.translate(
                "IoActions",
                "Import contacts from a vCard or CSV file, or restore a full JSON export",
            ),
            io.import_file,
        ),
        (
            "export_vcard",
            QCoreApplication.translate("IoActions", "Contacts as &vCard…"),
            None,
            QCoreApplication.translate(
                "IoActions", "Export contacts for address books (vCard 4.0 or 3.0)"
            ),
            lambda: io.export("vcard"),
        ),
        (
            "export_csv",
            QCoreApplication.translate("IoActions", "Accounts and contacts as &CSV…"),
            None,
            QCoreApplication.translate(
                "IoActions", "Export accounts and contacts for spreadsheets"
            ),
            lambda: io.export("csv"),
        ),
        (
            "export_ics",
            QCoreApplication.translate("IoActions", "Follow-ups as &iCalendar…"),
            None,
            QCoreApplication.translate(
                "IoActions", "Export open tasks and due follow-ups to a calendar"
            ),
            lambda: io.export("ics"),
        ),
        (
            "export_json",
            QCoreApplication.translate("IoActions", "Everything as &JSON…"),
            None,
            QCoreApplication.translate(
                "IoActions", "A full export of every table, restorable into an empty database"
            ),
            lambda: io.export("json"),
        ),
        (
            "backup",
            QCoreApplication.translate("IoActions", "&Back up database…"),
            None,
            QCoreApplication.translate(
                "IoActions", "Copy the database file to a backup (checked after writing)"
            ),
            io.backup,
        ),
        (
            "restore",
            QCoreApplication.translate("IoActions", "Res&tore from backup…"),
            None,
            QCoreApplication.translate(
                "IoActions", "Replace the database with a backup (the current one is kept)"
            ),
            io.restore,
        ),
        (
            "brief_print",
            QCoreApplication.translate("IoActions", "&Print meeting brief…"),
            "Ctrl+P",
            QCoreApplication.translate(
                "IoActions", "Print the one-page meeting brief of the open account"
            ),
            io.brief_print,
        ),
        (
            "brief_export",
            QCoreApplication.translate("IoActions", "E&xport meeting brief…"),
            "Ctrl+Shift+E",
            QCoreApplication.translate(
                "IoActions", "Save the meeting brief of the open account as PDF, HTML or Markdown"
            ),
            io.brief_export,
        ),
    )
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
