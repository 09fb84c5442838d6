"""Today's tasks beside the suggestions: every open task due today or overdue, across
accounts, oldest first. C (or Space) completes the selected task, Enter opens its
account, Ctrl+Z (the window's one history) takes a completion back.

The inbox refreshes the list with itself (on show, on every change through the door).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common import formats
from ui.common.list_keys import ClaimedKeys, Keys
from ui.common.table_models import Column, RecordTableModel, fit_columns, style_table
from ui.operations import NoDatabase, Operations

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes
    from circlesoftrust.services.tasks import TaskInfo
    from circlesoftrust.storage import Database

OVERDUE_COLOUR = "#dc2626"


class DueTaskModel(RecordTableModel):
    """Open tasks due by the day; overdue ones in red with how late they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.day = dt.date.today()
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("DueTaskModel", "Due"),
                    self._due_text,
                    lambda t: formats.date(t.due_on),
                    sort_key=lambda t: t.due_on,
                ),
                Column(
                    QCoreApplication.translate("DueTaskModel", "Task"),
                    lambda t: t.title,
                    lambda t: t.note or t.title,
                ),
                Column(
                    QCoreApplication.translate("DueTaskModel", "Account"), lambda t: t.account_name
                ),
                Column(
                    QCoreApplication.translate("DueTaskModel", "For"),
                    lambda t: t.assignee_name or "—",
                ),
            ],
            parent,
        )

    def _due_text(self, task: TaskInfo) -> str:
        late = (self.day - task.due_on).days
        if late <= 0:
            return self.tr("today")
        if late == 1:
            return self.tr("1 day late")
        return self.tr("{0} days late").format(late)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if role == Qt.ItemDataRole.ForegroundRole:
            task = self.record(index.row()) if index.column() == 0 else None
            late = task is not None and task.due_on < self.day
            return QBrush(QColor(OVERDUE_COLOUR)) if late else None
        return super().data(index, role)


#: The due tasks' keys: C or Space completes the selected task, Enter opens its account.
KEYS: dict[Keys, str] = {
    (Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier): "complete",
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier): "complete",
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier): "open",
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.NoModifier): "open",
}


class DueTasksPanel(QWidget):
    """Tasks due today and overdue, across accounts.

    Signals:
        accountActivated(int): open the task's account.
        loaded(): a fresh list is on screen.
        completed(object): a task was completed (its ``TaskInfo``).
    """

    accountActivated = Signal(int)
    loaded = Signal()
    completed = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._serial = 0
        self._fitted = False  # columns sized to the first tasks shown
        self._accounts: frozenset[int] = frozenset()  # the accounts of the tasks shown
        self._keep: int | None = None
        self.model = DueTaskModel(self)
        self.title = QLabel(self.tr("<b>Tasks due</b>"), self)
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.table = QTableView(self)
        self.table_keys = ClaimedKeys(self.table, KEYS)  # (before the window's shortcuts)
        self.table.setModel(self.model)
        self.table.setObjectName("dueTasks")
        style_table(self.table, self.tr("Tasks due today and overdue"))
        # The pane is narrow: no sideways scrolling; the title gives way (cut titles are
        # readable in their tips).
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No task is due. Well done."), self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)
        self.done_button = QPushButton(self.tr("Done  (C)"), self)
        self.done_button.setToolTip(
            self.tr("Complete the selected task (C or Space; Ctrl+Z undoes)")
        )
        self.open_button = QPushButton(self.tr("Open account  (↵)"), self)
        self.assign_button = QPushButton(self.tr("Assi&gn…"), self)
        self.assign_button.setToolTip(self.tr("Give the selected task to someone on the team"))
        self.mine = QCheckBox(self.tr("M&y tasks"), self)
        self.mine.setToolTip(self.tr("Only the tasks assigned to you"))

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.mine)
        head.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.assign_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.table_keys.pressed.connect(self._on_key)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.done_button.clicked.connect(self.complete_current)
        self.open_button.clicked.connect(self.open_current)
        self.assign_button.clicked.connect(self.assign_current)
        self.mine.toggled.connect(self.refresh)
        self._show()

    # --- reading ------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        """Whether a change may alter this list: a task changed, or an account of a task
        shown (its name). A touch logged elsewhere does not: reading every due task again
        after each one held the interpreter ≈ 0.4 s at 100,000 accounts (measured)."""
        if changes.tasks or changes.everything or changes.rings or changes.settings:
            return True
        # (a set the list's accounts are kept in: looking through 7,600 tasks took
        # ≈ 2–9 ms of the UI thread after each log at 100,000 accounts, measured)
        return not self._accounts.isdisjoint(changes.accounts)

    def set_day(self, day: dt.date) -> None:
        self.model.day = day
        self.refresh()

    def refresh(self) -> None:
        if self.ops.db is None:
            return
        self._serial += 1
        serial, day, mine = self._serial, self.model.day, self.mine.isChecked()

        def read(db: Database) -> list[TaskInfo]:
            from circlesoftrust.services.tasks import list_tasks

            return list_tasks(db, open_only=True, due_by=day, mine=mine, active_only=True)

        self.ops.run_query(read, lambda tasks: self._on_read(tasks, serial), owner=self)

    def _on_read(self, tasks: list[TaskInfo], serial: int) -> None:
        if serial != self._serial:
            return
        current = self.current_task()
        keep = self._keep if self._keep is not None else (current.id if current else None)
        self._keep = None
        self.model.set_records(tasks)
        self._accounts = frozenset(task.account_id for task in tasks)
        if tasks and not self._fitted:  # once: sizing thousands of rows took 1.5 s each time
            fit_columns(self.table)
            header = self.table.horizontalHeader()
            header.setStretchLastSection(False)
            for column in (1, 2):  # the task's title and the account share the room left
                header.setSectionResizeMode(column, header.ResizeMode.Stretch)
            self._fitted = True
        row = next((i for i, t in enumerate(tasks) if t.id == keep), 0)
        if tasks:
            self.table.selectRow(min(row, len(tasks) - 1))
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        count = len(self.model.records)
        late = sum(1 for t in self.model.records if t.due_on < self.model.day)
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        due = self.tr("{0} due").format(count)
        self.count_label.setText(self.tr("{0}, {1} overdue").format(due, late) if late else due)
        self.done_button.setEnabled(bool(count))
        self.open_button.setEnabled(bool(count))
        self.assign_button.setEnabled(bool(count))

    # --- acting -------------------------------------------------------------------------

    def current_task(self) -> TaskInfo | None:
        record: TaskInfo | None = self.model.record(self.table.currentIndex().row())
        return record

    def _on_key(self, command: str) -> None:
        if command == "complete":
            self.complete_current()
        else:
            self.open_current()

    def complete_current(self) -> None:
        task = self.current_task()
        if task is None:
            return
        day = self.model.day
        row = self.table.currentIndex().row()
        after = self.model.record(row + 1) or self.model.record(row - 1)
        self._keep = after.id if after else None

        def complete(db: Database) -> TaskInfo:
            from circlesoftrust.services.tasks import complete_task

            return complete_task(db, task.id, on=day)

        try:
            self.ops.run_op(
                self.tr("Complete the task “{0}” ({1})").format(task.title, task.account_name),
                complete,
                lambda done: self.completed.emit(done),
                initiator=self,
                owner=self,
            )
        except NoDatabase:
            return

    def assign_current(self) -> None:
        """Give the selected task to someone on the team (``ui.today.task_assign``)."""
        task = self.current_task()
        if task is not None and self.ops.db is not None:
            from ui.today.task_assign import assign

            self._keep = task.id
            assign(self, self.ops, task, lambda _task: None)

    def open_current(self) -> None:
        task = self.current_task()
        if task is not None:
            self.accountActivated.emit(task.account_id)
