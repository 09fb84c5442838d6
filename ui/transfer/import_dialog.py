"""Import contacts (vCard, CSV) or restore a full JSON export, with a preview first.

Steps: (a CSV in an unknown layout: choose what each column holds — the reader says so
by raising ``ColumnMappingNeeded``) → preview of what will be created, merged and
skipped, with reasons and line numbers → Import → summary.
Reading, planning and writing run off the UI thread (``ui.common.workers``); the dialog only
shows results. Everything that happens to the data is decided by
``circlesoftrust.io.importer`` (or ``full_export`` for a JSON export).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.io.contact_records import CSV_TARGET_FIELDS
from circlesoftrust.io.full_export import (
    RestoreReport,
    check_export_password,
    is_protected_export,
    restore_json,
)
from circlesoftrust.io.import_source import (
    ColumnMappingNeeded,
    CsvLayout,
    detect_kind,
    guess_column_map,
    read_import_file,
)
from circlesoftrust.io.importer import ImportPlan, ImportReport, apply_import, plan_import
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.dialogs import html_text, show_error
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import heading, muted
from ui.common.workers import BackgroundTask, Job
from ui.operations import Operations, Ticket

_ACTION_COLOURS = {"create": "#15803d", "merge": "#1d4ed8", "skip": "#6b7280"}
_FIELD_LABELS = {  # (translated where shown, in the ImportDialog context)
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "Organisation (account)"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Job title"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role (decision maker, champion…)"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "industry": QT_TRANSLATE_NOOP("ImportDialog", "Industry"),
    "website": QT_TRANSLATE_NOOP("ImportDialog", "Website"),
}
# What the preview's Action column says for each of the plan's actions.
_ACTION_WORDS = {
    "create": QT_TRANSLATE_NOOP("ImportDialog", "create"),
    "merge": QT_TRANSLATE_NOOP("ImportDialog", "merge"),
    "skip": QT_TRANSLATE_NOOP("ImportDialog", "skip"),
}
Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """The preview's rows: a thin adapter over the plan's records (no copies)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportDialog", "Line"),
        QT_TRANSLATE_NOOP("ImportDialog", "Name"),
        QT_TRANSLATE_NOOP("ImportDialog", "Account"),
        QT_TRANSLATE_NOOP("ImportDialog", "Action"),
        QT_TRANSLATE_NOOP("ImportDialog", "Why"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: tuple[Any, ...] = ()

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._records = plan.records if plan is not None else ()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportDialog", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        rec = self._records[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            action = _ACTION_WORDS.get(rec.action)
            shown = QCoreApplication.translate("ImportDialog", action) if action else rec.action
            return (rec.line, rec.name, rec.account, shown, rec.reason)[col]
        if role == Qt.ItemDataRole.UserRole and col == 3:
            return rec.action  # (the Show filter matches the action's code)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QColor(_ACTION_COLOURS.get(rec.action, "#6b7280"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MappingPage(QWidget):
    """One row per CSV column: its header, an example value, and what it holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Which column holds what?"), self, scale=1.15)
        self.hint = muted("", self)
        self.combos: dict[str, QComboBox] = {}
        self._grid_host = QWidget(self)
        self.grid = QGridLayout(self._grid_host)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("QLabel { color: #dc2626; font-weight: 600; }")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def set_layout(self, file_name: str, layout: CsvLayout) -> None:
        samples = layout.sample
        self.hint.setText(
            self.tr(
                "{file_name} is not a Google or Outlook export, so tell the import "
                "what each column holds. Columns set to “Ignore” are left out. A "
                "name (full, or first and last) is needed."
            ).format(file_name=file_name)
        )
        guess = guess_column_map(layout.headers)
        for row, header in enumerate(layout.headers):
            name = QLabel(
                "<b>{}</b>".format(html_text(header) or self.tr("(no header)")), self._grid_host
            )
            sample = muted(_clip(samples[row] if row < len(samples) else ""), self._grid_host)
            combo = QComboBox(self._grid_host)
            combo.addItem(self.tr("Ignore"), None)
            for field in CSV_TARGET_FIELDS:
                combo.addItem(
                    QCoreApplication.translate("ImportDialog", _FIELD_LABELS.get(field, field)),
                    field,
                )
            if header in guess:
                combo.setCurrentIndex(combo.findData(guess[header]))
            combo.setAccessibleName(self.tr("Column {header}").format(header=header))
            combo.currentIndexChanged.connect(self._on_choice)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(sample, row, 1)
            self.grid.addWidget(combo, row, 2)
            self.combos[header] = combo
        self.grid.setRowStretch(len(layout.headers), 1)

    def _on_choice(self, _index: int) -> None:
        self.problem.clear()

    def column_map(self) -> dict[str, str]:
        return {h: str(c.currentData()) for h, c in self.combos.items() if c.currentData()}

    def check(self) -> bool:
        chosen = set(self.column_map().values())
        if not chosen & {"name", "first_name", "last_name"}:
            self.problem.setText(
                self.tr("Choose the column with the name (or first and last name).")
            )
            return False
        return True


def _clip(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ImportDialog(QDialog):
    """Import one file into ``db``: mapping (if needed) → preview → import → summary.

    Signals:
        imported(object): the import wrote to the database (an ImportReport, or a
            RestoreReport for a JSON export); the window reloads what it shows.
        ready(): a step finished and the dialog waits for the user (tests wait on it).
    """

    imported = Signal(object)
    ready = Signal()

    def __init__(self, ops: Operations, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.db: Database = ops.require_db()
        self.path = Path(path)
        self.kind = ""
        self.export_password: str | None = None  # of a password-protected JSON export
        self.plan: ImportPlan | None = None
        self.restore_preview: RestoreReport | None = None
        self.report: ImportReport | RestoreReport | None = None
        self.workers = ops.workers  # previews (reads) run on the window's one task manager
        self.task: BackgroundTask | None = None
        self.writing: Ticket[Any] | None = None  # the import, through the door
        self.setWindowTitle(self.tr("Import {name}").format(name=self.path.name))
        self.resize(860, 560)
        self._build()
        self._connect_signals()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        # busy
        self.busy_page = QWidget(self)
        self.busy_label = heading(self.tr("Reading the file…"), self.busy_page, scale=1.1)
        self.busy_bar = QProgressBar(self.busy_page)
        self.busy_bar.setRange(0, 0)
        busy = QVBoxLayout(self.busy_page)
        busy.addStretch(1)
        busy.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignHCenter)
        busy.addWidget(self.busy_bar)
        busy.addStretch(1)
        # mapping
        self.mapping_page = MappingPage(self)
        # preview
        self.preview_page = QWidget(self)
        self.summary = heading("", self.preview_page, scale=1.15)
        self.summary.setWordWrap(True)
        self.rules = muted(
            self.tr(
                "Contacts are grouped into accounts by organisation; a person "
                "without one gets "
                "an account of their own, marked "
                "for review. Someone already here (same e-mail, "
                "or "
                "same name in the same account) is merged, never doubled. Nothing "
                "is written "
                "until you click Import."
            ),
            self.preview_page,
        )
        self.filter = QComboBox(self.preview_page)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = PlanModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(3)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self.preview_page)
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((50, 180, 180, 110)):
            self.table.setColumnWidth(col, width)
        self.issues = QPlainTextEdit(self.preview_page)
        self.issues.setReadOnly(True)
        self.issues.setAccessibleName(self.tr("Problems in the file"))
        self.issues.setPlaceholderText(self.tr("No problems found in the file."))
        self.issues_title = QLabel(self.tr("Problems in the file"), self.preview_page)
        issues_box = QWidget(self.preview_page)
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(0, 0, 0, 0)
        issues_layout.addWidget(self.issues_title)
        issues_layout.addWidget(self.issues)
        split = QSplitter(Qt.Orientation.Vertical, self.preview_page)
        split.addWidget(self.table)
        split.addWidget(issues_box)
        split.setSizes([380, 120])
        preview = QVBoxLayout(self.preview_page)
        preview.addWidget(self.summary)
        preview.addWidget(self.rules)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self.preview_page))
        row.addWidget(self.filter)
        row.addStretch(1)
        preview.addLayout(row)
        preview.addWidget(split, 1)
        # done
        self.done_page = QWidget(self)
        self.done_title = heading("", self.done_page, scale=1.2)
        self.done_text = muted("", self.done_page)
        done = QVBoxLayout(self.done_page)
        done.addStretch(1)
        done.addWidget(self.done_title)
        done.addWidget(self.done_text)
        done.addStretch(2)
        for page in (self.busy_page, self.mapping_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)

        self.buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        for button, role in (
            (self.back_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.next_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.import_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            self.buttons.addButton(button, role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._show_page(self.busy_page)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self._back_to_mapping)
        self.next_button.clicked.connect(self._mapping_done)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.filter.currentIndexChanged.connect(self._apply_filter)

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.back_button.setVisible(page is self.preview_page and self.kind == "csv-mapped")
        self.next_button.setVisible(page is self.mapping_page)
        self.import_button.setVisible(page is self.preview_page)
        self.close_button.setText(self.tr("Close") if page is self.done_page else self.tr("Cancel"))
        self.close_button.setEnabled(page is not self.busy_page or self.task is None)

    # --- steps ----------------------------------------------------------------------------

    def start(self) -> None:
        """Look at the file (off the UI thread) and go to the preview, or to the mapping
        step when it is a CSV file whose columns the reader does not know."""
        self._run(
            self.tr("Reading the file…"),
            functools.partial(_inspect_job, self.path),
            self._on_inspected,
        )

    def _on_inspected(self, kind: str) -> None:
        if kind == "json-sealed":  # a protected full export: its password first (issue 15)
            from ui.shell.unlock import ask_password

            path = self.path
            password = ask_password(
                path,
                self,
                intro=self.tr(
                    "The export <b>{name}</b> is protected with a password. Type it to restore it."
                ),
                check=lambda typed: check_export_password(path, typed),
                can_remember=False,
            )
            if password is None:
                self.reject()
                self.ready.emit()
                return
            self.export_password, kind = password, "json"
        self.kind = kind
        self._plan()

    def _ask_for_mapping(self, needed: ColumnMappingNeeded) -> None:
        self.kind = "csv-mapped"
        layout = CsvLayout(list(needed.headers), None, list(needed.sample))
        self.mapping_page.set_layout(self.path.name, layout)
        self._show_page(self.mapping_page)
        self.ready.emit()

    def _mapping_done(self) -> None:
        if self.mapping_page.check():
            self._plan()

    def _back_to_mapping(self) -> None:
        self._show_page(self.mapping_page)

    def _plan(self) -> None:
        if self.kind == "json":
            check = functools.partial(
                restore_json, self.db, self.path, dry_run=True, password=self.export_password
            )
            self._run(self.tr("Checking the export…"), _ignore_job(check), self._on_restore_preview)
        else:
            column_map = self.mapping_page.column_map() if self.kind == "csv-mapped" else None
            fmt = "csv" if self.kind == "csv-mapped" else self.kind
            plan = functools.partial(_plan_job, self.db, self.path, fmt, column_map)
            self._run(self.tr("Reading and matching contacts…"), plan, self._on_planned)

    def _on_planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        accounts = plan.accounts_created
        text = self.tr("{created} to create, {merged} to merge, {skipped} skipped").format(
            created=formats.number(plan.created),
            merged=formats.number(plan.merged),
            skipped=formats.number(plan.skipped),
        )
        new_accounts = (
            self.tr("{n} new account") if accounts == 1 else self.tr("{n} new accounts")
        ).format(n=formats.number(accounts))
        text += f" · {new_accounts}"
        if plan.accounts_updated:
            text += self.tr(", {n} with details filled in").format(
                n=formats.number(plan.accounts_updated)
            )
        self.summary.setText(text)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(
            self.tr("Everything ({len})").format(len=formats.number(len(plan.records))), None
        )
        for action, label in (
            ("create", self.tr("To create ({n})")),
            ("merge", self.tr("To merge ({n})")),
            ("skip", self.tr("Skipped ({n})")),
        ):
            count = sum(1 for r in plan.records if r.action == action)
            self.filter.addItem(label.format(n=formats.number(count)), action)
        self.filter.blockSignals(False)
        self.issues_title.setText(
            self.tr("Problems in the file ({len})").format(len=formats.number(len(plan.issues)))
            if plan.issues
            else self.tr("Problems in the file")
        )
        self.issues.setPlainText(
            "\n".join(
                self.tr("line {line}: {message}").format(line=i.line, message=i.message)
                for i in plan.issues[:2000]
            )
            + (
                f"\n… and {formats.number(len(plan.issues) - 2000)} more"
                if len(plan.issues) > 2000
                else ""
            )
        )
        self.import_button.setEnabled(plan.writes_anything)
        self.import_button.setText(
            self.tr("Import") if plan.writes_anything else self.tr("Nothing to import")
        )
        self._show_page(self.preview_page)
        self.ready.emit()

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        self.proxy.setFilterRegularExpression(f"^{wanted}$" if wanted else "")

    def _on_restore_preview(self, report: RestoreReport) -> None:
        self.restore_preview = report
        rows = dict(report.tables)
        export = (
            self.tr("A full export of {day}").format(
                day=formats.date(dt.date.fromisoformat(report.exported_at[:10]))
            )
            if report.exported_at
            else self.tr("A full export")
        )
        self.summary.setText(
            self.tr(
                "{export}: {accounts} accounts, {contacts} contacts, {rows} rows in all"
            ).format(
                export=export,
                accounts=formats.number(rows.get("accounts", 0)),
                contacts=formats.number(rows.get("contacts", 0)),
                rows=formats.number(report.total_rows),
            )
        )
        self.rules.setText(
            self.tr(
                "Everything in the file is restored into this database, which is "
                "empty: its "
                "default rings and settings are replaced "
                "by the ones in the file."
            )
        )
        self.filter.hide()
        self.table.hide()
        self.issues.setPlainText(
            "\n".join(
                f"{name.replace('_', ' ')}: {formats.number(count)}"
                for name, count in report.tables
            )
        )
        self.import_button.setText(self.tr("Restore"))
        self._show_page(self.preview_page)
        self.ready.emit()

    def run_import(self) -> None:
        """The write goes through the window's one door: after the writes asked before it,
        in one transaction, and every view hears what changed."""
        if self.writing is not None:
            return
        name, path, plan = self.path.name, self.path, self.plan
        if self.kind == "json":
            text, label = (
                self.tr("Restoring…"),
                self.tr("Restore the export {name}").format(name=name),
            )
            write: Callable[[Database], Any] = functools.partial(
                restore_json, path=path, password=self.export_password
            )
        elif plan is not None and plan.writes_anything:
            text, label = self.tr("Importing…"), self.tr("Import {name}").format(name=name)
            write = functools.partial(apply_import, plan=plan)
        else:
            return
        self.busy_label.setText(text)
        self._show_page(self.busy_page)
        ticket = self.ops.run_op(
            label, write, self._on_imported, on_failed=self._on_write_failed, owner=self
        )
        ticket.done.connect(self._write_finished)
        ticket.failed.connect(self._write_finished)
        self.writing = ticket

    def _write_finished(self, _result: object = None) -> None:
        self.writing = None

    def _on_write_failed(self, exc: BaseException) -> None:
        self.writing = None
        show_error(self, exc, action=self.tr("Importing {name}").format(name=self.path.name))
        self._show_page(self.preview_page)  # a failed import: the preview stays
        self.ready.emit()

    def _on_imported(self, report: ImportReport | RestoreReport) -> None:
        self.report = report
        if isinstance(report, ImportReport):
            self.done_title.setText(report.summary() + ".")
            lines = []
            if report.changed_since_preview:
                lines.append(
                    self.tr(
                        "The database changed after the preview, so the import was decided "
                        "again on the current data."
                    )
                )
            if report.backup:
                lines.append(self.tr("A backup was made first: {path}").format(path=report.backup))
            lines.append(self.tr("The import is recorded in the action log."))
            self.done_text.setText("\n".join(lines))
        else:
            self.done_title.setText(
                self.tr("Restored {total_rows} rows from {source}.").format(
                    total_rows=formats.number(report.total_rows), source=report.source
                )
            )
            self.done_text.setText(self.tr("Everything from the export is back in this database."))
        self._show_page(self.done_page)
        self.imported.emit(report)
        self.ready.emit()

    # --- running work off the UI thread --------------------------------------------------

    def _run(self, text: str, fn: Any, on_done: Any) -> None:
        self.busy_label.setText(text)
        self._show_page(self.busy_page)
        task = self.workers.start(fn, title=text)
        task.tag = on_done
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self._on_task_done)
        task.failed.connect(self._on_task_failed)
        self.task = task
        self._show_page(self.busy_page)

    def _on_progress(self, text: str, _done: int, _total: int) -> None:
        self.busy_label.setText(text)

    def _on_task_done(self, result: object) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.tag(result)

    def _on_task_failed(self, exc: object) -> None:
        task, self.task = self.task, None
        if isinstance(exc, ColumnMappingNeeded) and self.kind == "csv":
            self._ask_for_mapping(exc)  # not a failure: the next step is the user's
            return
        error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        show_error(
            self,
            error,
            action=self.tr("Importing {name}").format(name=self.path.name),
            details=task.details if task else "",
        )
        if self.pages.currentWidget() is self.busy_page:
            if self.plan is not None or self.restore_preview is not None:
                self._show_page(self.preview_page)  # a failed import: the preview stays
            elif self.kind == "csv-mapped":
                self._show_page(self.mapping_page)  # a bad mapping: choose again
            else:
                self.reject()  # the file cannot be read at all: nothing more to show
        self.ready.emit()

    def reject(self) -> None:
        if self.writing is not None:  # writing: let it finish, the transaction is atomic
            return
        super().reject()


# Jobs run in a pool thread: module-level functions over plain values, never a widget.


def _inspect_job(path: Path, _job: Job) -> str:
    kind = detect_kind(path)
    return "json-sealed" if kind == "json" and is_protected_export(path) else kind


def _plan_job(
    db: Database, path: Path, fmt: str, column_map: dict[str, str] | None, job: Job
) -> ImportPlan:
    parsed = read_import_file(path, format=fmt, column_map=column_map)
    job.progress(
        QCoreApplication.translate(
            "import_dialog", "Matching {len} contacts with the database…"
        ).format(len=formats.number(len(parsed.records)))
    )
    return plan_import(db, parsed, source=path.name)


def _ignore_job(fn: Callable[[], Any]) -> Callable[[Job], Any]:
    def run(_job: Job) -> Any:
        return fn()

    return run
