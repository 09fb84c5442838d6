"""File → Import mail and calendar…: meetings and mails from the user's own files.

Steps: choose a file or folder (an .ics calendar, an mbox folder or a Thunderbird profile,
.eml / .msg files), the period, whether titles and subjects are kept, and the user's own
addresses → the preview (read off the UI thread, progress in bytes, Cancel stops it):
what would be logged per account, what is already logged, what is skipped and why, and
the people seen at an account's domain who are not contacts yet (added only when ticked)
→ Import: one operation of the window's door (``ops.run_long_op``), one transaction,
undone from the one history (Edit → Undo) → summary.

Everything that happens to the data is decided by :mod:`circlesoftrust.io.capture`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust import i18n, validation
from circlesoftrust.errors import CotError, ValidationError
from circlesoftrust.io.capture import (
    CALENDAR,
    MAIL,
    CaptureOptions,
    CapturePlan,
    CaptureReport,
    apply_capture,
    plan_capture,
)
from circlesoftrust.io.capture_plan import ALREADY
from circlesoftrust.io.capture_settings import CaptureSettings, get_capture_settings
from circlesoftrust.storage import Database
from ui.common import file_pickers, formats
from ui.common.banner import Banner
from ui.common.dialogs import show_error
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import heading, muted
from ui.common.workers import BackgroundTask, Job
from ui.operations import Operations

CAPTURE_FILTER = QT_TRANSLATE_NOOP(
    "CaptureDialog",
    "Calendars and mail (*.ics *.ical *.ifb *.vcs *.eml *.msg *.mbox *.mbx);;"
    "Calendars (*.ics *.ical *.ifb *.vcs);;Mail (*.eml *.msg *.mbox *.mbx);;All files (*)",
)
DEFAULT_YEARS = 2  # the period a preview starts with: the last two years


def own_addresses(text: str) -> tuple[str, ...]:
    """The addresses typed (commas, semicolons or spaces between), checked and lower-cased."""
    found: list[str] = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        address = validation.email(part.strip(), "own_addresses")
        if address and address.casefold() not in found:
            found.append(address.casefold())
    return tuple(found)


def count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both translated, with ``{n}``) for ``n``."""
    return (one if n == 1 else many).format(n=f"{formats.number(n)}")


def megabytes(kib: int) -> str:
    return (
        f"{formats.number(kib / 1024, digits=1)} MB"
        if kib < 1024 * 1024
        else f"{formats.number(kib / 1024 / 1024, digits=2)} GB"
    )


class CaptureImportDialog(QDialog):
    """Import calendar and mail files: choose → preview → import → summary.

    Signals:
        ready(): a step is on screen and waits for the user (tests wait on it).
        imported(object): the import was written (a CaptureReport).
    """

    ready = Signal()
    imported = Signal(object)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, path: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings: CaptureSettings | None = None
        self.plan: CapturePlan | None = None
        self.report: CaptureReport | None = None
        self.task: BackgroundTask | None = None
        self.writing = False
        self.path = Path()
        self.setWindowTitle(self.tr("Import mail and calendar"))
        self.resize(980, 640)
        self._build()
        self._connect_signals()
        if path:
            self.source.setText(path)
        self._show_page(self.choose_page)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        self._build_choose()
        self._build_busy()
        self._build_preview()
        self._build_done()
        for page in (self.choose_page, self.busy_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        for button, role in (
            (self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.import_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            self.buttons.addButton(button, role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)  # (on the left, away from Import)
        row.addWidget(self.buttons, 1)
        layout.addLayout(row)

    def _build_choose(self) -> None:
        page = self.choose_page = QWidget(self)
        title = heading(self.tr("Log meetings and mails from your own files"), page, scale=1.15)
        hint = muted(
            self.tr(
                "A calendar export (.ics), a mail folder (mbox, a Thunderbird profile) or "
                "saved messages (.eml, Outlook .msg). Only dates, people and durations are "
                "kept — never a message's text. Nothing is written until you click Import."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.source = QLineEdit(page)
        self.source.setPlaceholderText(self.tr("A file or a folder"))
        self.file_button = QPushButton(self.tr("File…"), page)
        self.folder_button = QPushButton(self.tr("Folder…"), page)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.file_button)
        source_row.addWidget(self.folder_button)
        self.kind = QComboBox(page)
        self.kind.addItem(self.tr("Calendars and mail"), None)
        self.kind.addItem(self.tr("Calendars only"), CALENDAR)
        self.kind.addItem(self.tr("Mail only"), MAIL)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addYears(-DEFAULT_YEARS), page)
        self.until = QDateEdit(today, page)
        period = QHBoxLayout()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_pattern())
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("to"), page))
        period.addWidget(self.until)
        period.addStretch(1)
        self.keep_titles = QCheckBox(
            self.tr("Keep meeting titles and mail subjects in the notes"), page
        )
        self.own = QLineEdit(page)
        self.own.setPlaceholderText(self.tr("me@example.com, me@work.example"))
        own_hint = muted(
            self.tr(
                "Mail from these addresses was sent by you, mail to them received; a thread "
                "with both is a conversation. Set them for good in Edit → Mail and Calendar "
                "Settings."
            ),
            page,
        )
        own_hint.setWordWrap(True)
        self.choose_banner = Banner(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Files:"), source_row)
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("Period:"), period)
        form.addRow("", self.keep_titles)
        form.addRow(self.tr("My addresses:"), self.own)
        form.addRow("", own_hint)
        self.source.setAccessibleName(self.tr("Files"))
        self.own.setAccessibleName(self.tr("My addresses"))
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.choose_banner)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)

    def _build_busy(self) -> None:
        page = self.busy_page = QWidget(self)
        self.busy_label = heading(self.tr("Reading the files…"), page, scale=1.1)
        self.busy_bar = QProgressBar(page)
        self.busy_bar.setRange(0, 0)
        self.busy_detail = muted("", page)
        self.stop_button = QPushButton(self.tr("Stop reading"), page)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.busy_detail, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def _build_preview(self) -> None:
        page = self.preview_page = QWidget(self)
        self.summary = heading("", page, scale=1.15)
        self.summary.setWordWrap(True)
        self.already = muted("", page)
        self.already.setWordWrap(True)
        self.accounts = QTableWidget(0, 4, page)
        self.accounts.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Meetings"), self.tr("E-mails"), self.tr("With")]
        )
        self.accounts.verticalHeader().hide()
        self.accounts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.accounts.setAlternatingRowColors(True)
        self.accounts.setAccessibleName(self.tr("What will be logged, per account"))
        header = self.accounts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.people_title = QLabel(page)
        self.people_title.setWordWrap(True)
        self.people = QListWidget(page)
        self.people.setAccessibleName(self.tr("People to add as contacts"))
        self.people.setWordWrap(True)
        self.people.setAlternatingRowColors(True)
        people_box = QWidget(page)
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.people_title)
        people_layout.addWidget(self.people, 1)
        top = QSplitter(Qt.Orientation.Horizontal, page)
        top.addWidget(self.accounts)
        top.addWidget(people_box)
        top.setSizes([600, 300])
        self.details = QPlainTextEdit(page)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Skipped, unmatched and problems"))
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(top)
        split.addWidget(self.details)
        split.setSizes([320, 160])
        self.undo_note = muted(
            self.tr(
                "Import writes everything in one step, after a backup of the database file. "
                "Edit → Undo takes the whole import back. Importing the same files again "
                "logs nothing twice."
            ),
            page,
        )
        self.undo_note.setWordWrap(True)
        self.preview_banner = Banner(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.already)
        layout.addWidget(self.preview_banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.undo_note)

    def _build_done(self) -> None:
        page = self.done_page = QWidget(self)
        self.done_title = heading("", page, scale=1.2)
        self.done_title.setWordWrap(True)
        self.done_text = muted("", page)
        self.done_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addStretch(2)

    def _connect_signals(self) -> None:
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.run_import)
        self.back_button.clicked.connect(lambda: self._show_page(self.choose_page))
        self.close_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self.stop)
        self.source.returnPressed.connect(self.start_preview)
        self.people.itemChanged.connect(self._on_person_ticked)

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.back_button.setVisible(page is self.preview_page)
        self.preview_button.setVisible(page is self.choose_page)
        self.preview_button.setDefault(page is self.choose_page)
        self.import_button.setVisible(page is self.preview_page)
        self.import_button.setDefault(page is self.preview_page)
        self.close_button.setText(self.tr("Close") if page is self.done_page else self.tr("Cancel"))
        self.close_button.setEnabled(not self.writing)
        self.back_button.setEnabled(not self.writing)
        self.import_button.setEnabled(not self.writing and self._writes_anything())

    def _writes_anything(self) -> bool:
        return self.plan is not None and (self.plan.writes_anything or bool(self.picked_people()))

    # --- step 1: choose -----------------------------------------------------------------

    def start(self) -> None:
        """Read the capture settings (own addresses, titles) off the UI thread."""
        self.preview_button.setEnabled(False)
        self.ops.run_query(
            get_capture_settings, self._on_settings, action=self.tr("Reading the settings")
        )

    def _on_settings(self, settings: CaptureSettings) -> None:
        self.settings = settings
        self.own.setText(", ".join(settings.own_addresses))
        self.keep_titles.setChecked(settings.keep_titles or settings.keep_subjects)
        self.preview_button.setEnabled(True)
        self.ready.emit()

    def choose_file(self) -> None:
        path = file_pickers.open_file_name(
            self,
            self.tr("Choose a calendar or mail file"),
            self._start_folder(),
            self.tr(CAPTURE_FILTER),
        )
        if path:
            self.source.setText(path)

    def choose_folder(self) -> None:
        dialog = file_pickers.make_dialog(
            self, self.tr("Choose a folder of calendars or mail"), self._start_folder(), "",
            saving=False,
        )  # fmt: skip
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.source.setText(dialog.selectedFiles()[0])

    def _start_folder(self) -> str:
        text = self.source.text().strip()
        return str(Path(text).expanduser().parent) if text else str(Path.home())

    def options(self) -> CaptureOptions:
        """What the form asks for (a ValidationError names a wrong field)."""
        assert self.settings is not None
        keep = self.keep_titles.isChecked()
        options = CaptureOptions.from_settings(
            self.settings,
            since=self.since.date().toPython(),  # type: ignore[arg-type]
            until=self.until.date().toPython(),  # type: ignore[arg-type]
            kind=self.kind.currentData(),
            keep_titles=keep,
            keep_subjects=keep,
        )
        return dataclasses.replace(options, own_addresses=own_addresses(self.own.text()))

    def start_preview(self) -> None:
        if self.settings is None or self.task is not None:
            return
        text = self.source.text().strip()
        if not text:
            self.choose_banner.show_message(self.tr("Choose a file or a folder first."), "error")
            return
        path = Path(text).expanduser()
        if not path.exists():
            message = self.tr("{path}: no such file or folder.").format(path=path)
            self.choose_banner.show_message(message, "error")
            return
        try:
            options = self.options()
        except CotError as exc:
            self.choose_banner.show_message(str(exc)[:1].upper() + str(exc)[1:], "error")
            return
        self.choose_banner.hide()
        self.path = path
        db = self.ops.require_db()
        reading = self.tr("Reading {name}…").format(name=path.name or str(path))

        def work(job: Job) -> CapturePlan:
            return _preview(db, path, options, job, reading)

        task = self.ops.workers.start(work, title=reading)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self._on_planned)
        task.failed.connect(self._on_preview_failed)
        task.cancelled.connect(self._on_preview_cancelled)
        self.task = task
        self.busy_label.setText(reading)
        self.busy_bar.setRange(0, 0)
        self.busy_detail.clear()
        self.stop_button.setEnabled(True)
        self._show_page(self.busy_page)

    # --- step 2: preview ----------------------------------------------------------------

    def _on_progress(self, _text: str, done_kib: int, total_kib: int) -> None:
        if total_kib > 0:
            self.busy_bar.setRange(0, 1000)
            self.busy_bar.setValue(min(1000, done_kib * 1000 // total_kib))
            self.busy_detail.setText(
                self.tr("{done} of {total} read").format(
                    done=megabytes(done_kib), total=megabytes(total_kib)
                )
            )

    def stop(self) -> None:
        """Stop reading (the preview is dropped; nothing was written)."""
        if self.task is not None:
            self.stop_button.setEnabled(False)
            self.busy_label.setText(self.tr("Stopping…"))
            self.task.cancel()

    def _on_preview_cancelled(self) -> None:
        self.task = None
        self._show_page(self.choose_page)
        self.choose_banner.show_message(self.tr("Reading stopped. Nothing was imported."), "info")
        self.ready.emit()

    def _on_preview_failed(self, exc: object) -> None:
        task, self.task = self.task, None
        self._show_page(self.choose_page)
        if isinstance(exc, CotError):
            self.choose_banner.show_message(str(exc)[:1].upper() + str(exc)[1:], "error")
        elif isinstance(exc, BaseException):
            show_error(self, exc, action=self.tr("Reading the files"),
                       details=task.details if task else "")  # fmt: skip
        self.ready.emit()

    def _on_planned(self, plan: CapturePlan) -> None:
        self.task = None
        if self.plan is not None and self.plan is not plan:
            self.plan.close()  # an earlier preview's planned touches (on disk) go
        self.plan = plan
        accounts = plan.accounts
        if plan.touch_count:
            self.summary.setText(
                self.tr("{meetings} and {emails} to log on {accounts}").format(
                    meetings=count(plan.meetings, self.tr("{n} meeting"), self.tr("{n} meetings")),
                    emails=count(plan.emails, self.tr("{n} e-mail"), self.tr("{n} e-mails")),
                    accounts=count(accounts, self.tr("{n} account"), self.tr("{n} accounts")),
                )
            )
        else:
            self.summary.setText(self.tr("Nothing new to log"))
        already = plan.skipped.get(ALREADY, 0)
        read = plan.items_read.get("events", 0) + plan.items_read.get("messages", 0)
        files = sum(n for what, n in plan.files.items() if what != "not read")
        lines = [
            self.tr("{read} read from {files}.").format(
                read=count(read, self.tr("{n} item"), self.tr("{n} items")),
                files=count(files, self.tr("{n} file"), self.tr("{n} files")),
            )
        ]  # fmt: skip
        if already:
            lines.append(
                self.tr("{n} already logged by an earlier import: not logged again.").format(
                    n=f"{formats.number(already)}"
                )
            )
        if plan.upgrades:
            lines.append(
                count(plan.upgrades,
                      self.tr("{n} earlier e-mail becomes a conversation (two-way)."),
                      self.tr("{n} earlier e-mails become a conversation (two-way)."))
            )  # fmt: skip
        self.already.setText(" ".join(lines))
        self._fill_accounts(plan)
        self._fill_people(plan)
        self._fill_details(plan)
        if plan.warnings:
            self.preview_banner.show_message(" ".join(plan.warnings), "info")
        else:
            self.preview_banner.hide()
        self.import_button.setText(self.tr("Import"))
        self._show_page(self.preview_page)
        self.ready.emit()

    def _fill_accounts(self, plan: CapturePlan) -> None:
        rows = plan.per_account()
        people = plan.people_per_account()
        self.accounts.setRowCount(len(rows))
        for row, (name, meetings, emails) in enumerate(rows):
            self.accounts.setItem(row, 0, QTableWidgetItem(name))
            who = QTableWidgetItem(", ".join(people.get(name, [])))
            who.setToolTip("\n".join(people.get(name, [])))
            self.accounts.setItem(row, 3, who)
            for col, value in ((1, meetings), (2, emails)):
                item = QTableWidgetItem(f"{formats.number(value)}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.accounts.setItem(row, col, item)

    def _fill_people(self, plan: CapturePlan) -> None:
        self.people.clear()
        if not plan.offered:
            self.people_title.setText(self.tr("Nobody new was seen at your accounts' domains."))
            self.people.hide()
            return
        self.people.show()
        self.people_title.setText(
            self.tr(
                "People not yet contacts, seen at an account's domain. Tick those to add as "
                "contacts of that account (their meetings and mails are logged with them); "
                "nobody is added unless ticked."
            )
        )
        for person in plan.offered:
            text = self.tr("{name} · {email}\n{account}, seen {times}").format(
                name=person.name,
                email=person.email,
                account=person.account,
                times=count(person.seen, self.tr("once"), self.tr("{n} times")),
            )
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _on_person_ticked(self, _item: QListWidgetItem) -> None:
        self.import_button.setEnabled(not self.writing and self._writes_anything())

    def picked_people(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if (item := self.people.item(i)).checkState() == Qt.CheckState.Checked
        ]

    def _fill_details(self, plan: CapturePlan) -> None:
        parts: list[str] = []
        if plan.skipped:
            parts.append(self.tr("Skipped:"))
            parts += [
                f"  {formats.number(count)} × {i18n._(reason)}"  # (the core's words)
                for reason, count in plan.skipped.items()
            ]
        if plan.unmatched:
            parts.append("")
            parts.append(
                self.tr(
                    "Addresses that belong to no contact or account ({n}), most seen first:"
                ).format(n=f"{formats.number(plan.unmatched_total)}")
            )
            parts += [
                f"  {address} ({formats.number(times)}×)" for address, times in plan.unmatched[:50]
            ]
        if plan.issues:
            parts.append("")
            parts.append(
                self.tr("Problems in the files ({n}):").format(
                    n=f"{formats.number(plan.issues_total)}"
                )
            )
            parts += [f"  {i.where}: {i.message}" for i in plan.issues[:500]]
        self.details.setPlainText("\n".join(parts))

    # --- step 3: import -----------------------------------------------------------------

    def run_import(self) -> None:
        plan = self.plan
        if plan is None or self.writing or not self._writes_anything():
            return
        people = self.picked_people()
        path = self.path
        label = self.tr("Import mail and calendar from {source}").format(source=plan.source)
        again = self.tr("Reading the files again with the people you added…")

        def write(db: Database, job: Job) -> CaptureReport:
            if not people:
                return apply_capture(db, plan)
            # The touches of the people ticked are decided with them: read once more.
            options = dataclasses.replace(plan.options, people=frozenset(people))
            with _preview(db, path, options, job, again) as fresh:
                return apply_capture(db, fresh)

        self.writing = True
        self.busy_label.setText(self.tr("Importing…"))
        self.busy_bar.setRange(0, 0)
        self.busy_detail.clear()
        self.stop_button.setEnabled(False)
        self._show_page(self.busy_page)
        ticket = self.ops.run_long_op(
            label, write, self._on_imported, on_failed=self._on_import_failed, owner=self
        )
        ticket.progress.connect(self._on_progress)

    def _on_imported(self, report: CaptureReport) -> None:
        self.writing = False
        self.report = report
        self.done_title.setText(report.summary() + ".")
        lines = []
        if report.contacts_created:
            lines.append(count(report.contacts_created, self.tr("{n} new contact added."),
                               self.tr("{n} new contacts added.")))  # fmt: skip
        if report.backup:
            lines.append(self.tr("A backup was made first: {path}").format(path=report.backup))
        if report.written or report.contacts_created or report.plan.upgrades:
            lines.append(self.tr("Edit → Undo takes the whole import back."))
        self.done_text.setText("\n".join(lines))
        self._show_page(self.done_page)
        self.imported.emit(report)
        self.ready.emit()

    def _on_import_failed(self, exc: BaseException) -> None:
        self.writing = False
        self._show_page(self.preview_page)
        text = str(exc)[:1].upper() + str(exc)[1:]
        if isinstance(exc, ValidationError | CotError):
            self.preview_banner.show_message(
                self.tr("Not imported, nothing was written: {why}").format(why=text), "error"
            )
        else:
            show_error(self, exc, action=self.tr("Importing"))
        self.ready.emit()

    def reject(self) -> None:
        if self.writing:  # the transaction finishes (or rolls back) on its own
            return
        if self.task is not None:
            self.task.cancel()
            self.task = None
        super().reject()

    def done(self, result: int) -> None:
        if self.plan is not None and not self.writing:
            self.plan.close()  # the preview's planned touches (a scratch file) go with it
        super().done(result)


def _preview(db: Database, path: Path, options: CaptureOptions, job: Job, text: str) -> CapturePlan:
    """Plan the capture in a pool thread, reporting the bytes read (in KiB: a Qt int)."""

    def progress(done: int, total: int) -> bool:
        job.progress(text, done // 1024, max(1, total // 1024) if total else 0)
        return not job.cancelled

    return plan_capture(db, path, options, progress=progress)
