"""Export contacts (vCard, CSV), follow-ups (iCalendar) or everything (JSON) to a file.

One small dialog for the four exports: which accounts, the options of the format, and
the file. The export itself (``circlesoftrust.io.export``) runs off the UI thread.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.io import export
from circlesoftrust.io.files import ExportResult
from circlesoftrust.storage import Database
from ui.common import file_pickers, formats
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import heading, muted
from ui.common.workers import BackgroundTask, Job, Workers
from ui.transfer.file_dialogs import WriteFileDialog

FORMATS: dict[str, tuple[str, str, str, str]] = {
    # what: (title, what it holds, file suffix, file-dialog filter)
    # (texts marked for lupdate, translated where shown)
    "vcard": (
        QT_TRANSLATE_NOOP("ExportDialog", "Export contacts as vCard"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "One card per contact, with the account as organisation and the ring as category. "
            "Address books (Apple, Google, Outlook, Thunderbird) import it.",
        ),
        ".vcf",
        QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf *.vcard)"),
    ),
    "csv": (
        QT_TRANSLATE_NOOP("ExportDialog", "Export accounts and contacts as CSV"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "One row per contact with its account's details, for spreadsheets. Cells that a "
            "spreadsheet would run as a formula are made safe.",
        ),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    "ics": (
        QT_TRANSLATE_NOOP("ExportDialog", "Export follow-ups as iCalendar"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Open tasks and follow-ups that fall due, as all-day entries a calendar shows "
            "(or as to-dos). Importing the file again updates the entries, it does not double "
            "them.",
        ),
        ".ics",
        QT_TRANSLATE_NOOP("ExportDialog", "iCalendar files (*.ics)"),
    ),
    "json": (
        QT_TRANSLATE_NOOP("ExportDialog", "Export everything as JSON"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Every table, every row: a full copy that Import restores into a new, empty "
            "database with nothing lost.",
        ),
        ".json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
    ),
}


def default_folder() -> Path:
    """The user's documents folder if it exists, else their home (Qt names a
    ``~/Documents`` that may not be there, and saving into it failed)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


class ExportDialog(WriteFileDialog):
    """Choose what to export and where; the file is written in the background.

    Signals:
        exported(object): the ExportResult of a finished export.
        ready(): the export finished or failed (tests wait on it).
    """

    exported = Signal(object)
    failed_action = QT_TRANSLATE_NOOP("WriteFileDialog", "The export")

    def __init__(
        self,
        db: Database,
        what: str,
        parent: QWidget | None = None,
        *,
        account: tuple[int, str] | None = None,
        workers: Workers,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.what = what
        self.account = account
        self.workers = workers  # the window's one task manager
        self.task: BackgroundTask | None = None
        self.result_value: ExportResult | None = None
        title, explanation, suffix, file_filter = FORMATS[what]
        title, explanation = self.tr(title), self.tr(explanation)
        self.file_filter = self.tr(file_filter)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)

        self.title = heading(title, self, scale=1.15)
        self.explanation = muted(explanation, self)
        form = QFormLayout()
        self.all_accounts = QRadioButton(self.tr("All active accounts"), self)
        self.one_account = QRadioButton(
            self.tr("Only {value}").format(value=account[1])
            if account
            else self.tr("Only the open account"),
            self,
        )
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.all_accounts)
        self.scope.addButton(self.one_account)
        self.all_accounts.setChecked(True)
        self.one_account.setEnabled(account is not None)
        if what != "json":
            scope = QVBoxLayout()
            scope.addWidget(self.all_accounts)
            scope.addWidget(self.one_account)
            form.addRow(self.tr("Accounts:"), scope)
        self.version = QComboBox(self)
        self.version.addItem(self.tr("vCard 4.0 (current address books)"), "4.0")
        self.version.addItem(self.tr("vCard 3.0 (older programs)"), "3.0")
        self.days = QSpinBox(self)
        self.days.setRange(0, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.as_todos = QComboBox(self)
        self.as_todos.addItem(self.tr("All-day events (every calendar shows them)"), False)
        self.as_todos.addItem(self.tr("To-dos (VTODO)"), True)
        if what == "vcard":
            form.addRow(self.tr("Version:"), self.version)
        else:
            self.version.hide()
        if what == "ics":
            form.addRow(self.tr("Follow-ups due within:"), self.days)
            form.addRow(self.tr("Write them as:"), self.as_todos)
        else:
            self.days.hide()
            self.as_todos.hide()
        self._protection(form)
        if what == "json":
            self.all_accounts.hide()
            self.one_account.hide()
        stem = "circlesoftrust-" + {"vcard": "contacts", "csv": "contacts", "ics": "follow-ups",
                                    "json": "export"}[what]  # fmt: skip
        form.addRow(self.tr("File:"), self._file_row(str(default_folder() / f"{stem}{suffix}")))
        self._lay_out(form)
        self.export_button.clicked.connect(self.run_export)
        self.close_button.clicked.connect(self.reject)

    def _protection(self, form: QFormLayout) -> None:
        """The full export's plain-text warning and its password (issue 15): shown for
        JSON only; the password, typed twice, seals the file (AES-256-GCM)."""
        self.plain_warning = QLabel(
            self.tr(
                "The file is plain text: anyone who gets it reads every name, number and "
                "note. Protect it with a password to keep it private."
            ),
            self,
        )
        self.plain_warning.setWordWrap(True)
        self.protect = QCheckBox(self.tr("&Protect the file with a password"), self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit, name in ((self.password, self.tr("Password")), (self.repeat, self.tr("Repeat"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            self.protect.toggled.connect(edit.setEnabled)
        if self.what != "json":
            for widget in (self.plain_warning, self.protect, self.password, self.repeat):
                widget.hide()
            return
        form.addRow(self.plain_warning)
        form.addRow("", self.protect)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.protect.setToolTip(
            self.tr("Import asks for the password; without it the file cannot be read.")
        )

    def _choose_file(self) -> None:
        path = file_pickers.save_file_name(
            self, self.windowTitle(), self.file_edit.text(), self.file_filter
        )
        if path:
            self.file_edit.setText(path)

    def options(self) -> dict[str, Any]:
        account = self.account[0] if self.account and self.one_account.isChecked() else None
        return {
            "path": Path(self.file_edit.text().strip()).expanduser(),
            "account": account,
            "version": self.version.currentData(),
            "days": self.days.value(),
            "as_todos": bool(self.as_todos.currentData()),
            "password": self.password.text() if self.protect.isChecked() else None,
        }

    def run_export(self) -> None:
        opts = self.options()
        if not self.file_edit.text().strip():
            self._say(self.tr("Choose a file to write."), error=True)
            return
        if not opts["path"].parent.is_dir():
            self._say(
                self.tr("The folder {parent} does not exist.").format(parent=opts["path"].parent),
                error=True,
            )
            return
        if self.what == "json" and self.protect.isChecked():
            if not self.password.text():
                self._say(self.tr("Type the password twice, or untick the protection."), error=True)
                return
            if self.password.text() != self.repeat.text():
                self._say(self.tr("The two passwords differ: type them again."), error=True)
                return
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        # The job gets plain values only, never a widget (see ui.common.workers).
        task = self.workers.start(
            functools.partial(_export_job, self.db, self.what, opts), title=self.tr("Exporting")
        )
        task.succeeded.connect(self._on_done)
        task.failed.connect(self._on_failed)
        self.task = task

    def _on_done(self, result: object) -> None:
        self.task = None
        assert isinstance(result, ExportResult)
        self.result_value = result
        said = {
            "vcard": self.tr("Wrote {items} contacts to {path}."),
            "csv": self.tr("Wrote {items} rows to {path}."),
            "ics": self.tr("Wrote {items} calendar entries to {path}."),
            "json": self.tr("Wrote {items} rows from every table to {path}."),
        }[result.format]
        text = said.format(items=formats.number(result.items), path=result.path)
        if result.format == "json":
            text += " " + (
                self.tr("It is protected with a password; Import asks for it.")
                if self.protect.isChecked()
                else self.tr("It is plain text.")
            )
        self._say(text)
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.exported.emit(result)
        self.ready.emit()


def _export_job(db: Database, what: str, opts: dict[str, Any], _job: Job) -> ExportResult:
    path, account = opts["path"], opts["account"]
    if what == "vcard":
        return export.export_vcard(db, path, account=account, version=opts["version"])
    if what == "csv":
        return export.export_csv(db, path, account=account)
    if what == "ics":
        return export.export_ics(
            db,
            path,
            account=account,
            on=dt.date.today(),
            horizon_days=opts["days"],
            as_todos=opts["as_todos"],
        )
    return export.export_json(db, path, password=opts["password"])
