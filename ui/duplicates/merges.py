"""Recent merges, each of which can be split again ("Unmerge"): also those of an earlier
session, which the undo history (Ctrl+Z) no longer holds.

Reads ``circlesoftrust.duplicates.merge.merge_log`` off the UI thread; Unmerge runs
``unmerge(db, log_id)`` through ``ops.run_op`` (the merged record comes back with its id
and its facts; what changed on the kept one since stays).

Signals:
    loaded(): the list shows the latest merges.
    unmerged(object): a merge was split again (its ``UnmergeResult``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from circlesoftrust.duplicates.merge import MergeLogEntry, UnmergeResult, merge_log, unmerge
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view
from ui.common.widgets import heading, muted
from ui.operations import Operations


def _t(text: str) -> str:
    return QCoreApplication.translate("RecentMerges", text)


def _kind(entry: MergeLogEntry) -> str:
    return (
        QCoreApplication.translate("RecentMerges", "Person")
        if entry.kind == "contact"
        else QCoreApplication.translate("RecentMerges", "Account")
    )


class RecentMerges(QDialog):
    """The latest merges, newest first, with Unmerge."""

    loaded = Signal()
    unmerged = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Recent Merges"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Recent merges"), self))
        self.model = RecordTableModel(
            (
                Column(
                    QCoreApplication.translate("RecentMerges", "When"),
                    lambda m: formats.date_time(m.at),
                ),
                Column(
                    QCoreApplication.translate("RecentMerges", "Kind"),
                    lambda m: (
                        QCoreApplication.translate("RecentMerges", "Person")
                        if m.kind == "contact"
                        else QCoreApplication.translate("RecentMerges", "Account")
                    ),
                ),
                Column(QCoreApplication.translate("RecentMerges", "What"), lambda m: m.summary),
                Column(
                    QCoreApplication.translate("RecentMerges", "Split again"),
                    lambda m: formats.date_time(m.undone_at) if m.undone_at else "",
                ),
            ),
            self,
        )
        self.table = record_view(self.model, self.tr("Recent merges"), self)
        layout.addWidget(self.table, 1)
        self.status = muted("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.unmerge_button = QPushButton(self.tr("&Unmerge"), self)
        self.unmerge_button.setToolTip(self.tr("Split the two again (the merged one returns)"))
        close = QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.unmerge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.unmerge_button.clicked.connect(self.unmerge_current)
        close.clicked.connect(self.close)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._update()

    @Slot()
    def load(self) -> None:
        self.ops.run_query(lambda db: merge_log(db), self._on_loaded, owner=self)

    def _on_loaded(self, entries: list[MergeLogEntry]) -> None:
        self.model.set_records(entries)
        fit_columns(self.table)
        if entries:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No merges yet."))
        self._update()
        self.loaded.emit()

    def current(self) -> MergeLogEntry | None:
        index = self.table.currentIndex()
        record = self.model.record(index.row()) if index.isValid() else None
        return record if isinstance(record, MergeLogEntry) else None

    def _update(self) -> None:
        entry = self.current()
        self.unmerge_button.setEnabled(entry is not None and entry.undone_at is None)

    @Slot()
    def unmerge_current(self) -> None:
        """Split the current merge again (through the door)."""
        entry = self.current()
        if entry is None or entry.undone_at is not None:
            return
        log_id = entry.id

        def write(db: Database) -> UnmergeResult:
            return unmerge(db, log_id)

        def done(result: UnmergeResult) -> None:
            self.status.setText(result.summary)
            self.unmerged.emit(result)
            self.load()

        def failed(exc: BaseException) -> None:
            self.status.setText(str(exc))

        self.unmerge_button.setEnabled(False)
        self.ops.run_op(
            self.tr("Unmerge: {what}").format(what=entry.summary),
            write,
            done,
            initiator=self,
            on_failed=failed,
            owner=self,
        )
