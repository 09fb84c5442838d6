"""People: the twenty people to stay close to, from the trust engine.

Relationships are personal: this list names the people (not the accounts) who matter
most right now, with their account, role, relationship stage and when you last spoke.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.accounts.accounts_model import ago
from ui.common import backend, theme
from ui.common.backend import Person
from ui.common.dialogs import label
from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view
from ui.common.widgets import EmptyPanel, heading, muted
from ui.common.workers import Workers

if TYPE_CHECKING:
    from circlesoftrust.storage import Database

TOP_N = 20


def people_columns() -> list[Column]:
    return [
        Column("#", lambda p: None, right=True),
        Column("Name", lambda p: p.name),
        Column("Account", lambda p: p.account_name, lambda p: p.ring_name),
        Column("Role", lambda p: label(p.role)),
        Column("Stage", lambda p: label(p.stage) if p.stage else "—"),
        Column(
            "Last touch",
            lambda p: p.last_touch_on or "never",
            lambda p: ago(p.last_touch_on),
            sort_key=lambda p: p.last_touch_on or dt.date.min,
        ),
        Column("Why", lambda p: p.why, lambda p: p.why or None),
    ]


class PeopleModel(RecordTableModel):
    """The top people; column 0 is the rank."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[override]
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        return super().data(index, role)


class PeopleView(QWidget):
    """The top people, refreshed in the background.

    Signals:
        accountActivated(int): a person was double-clicked (open their account).
        loaded(): a fresh list is on screen.
    """

    accountActivated = Signal(int)
    loaded = Signal()

    def __init__(self, db: Database, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.workers = workers
        self.model = PeopleModel(people_columns(), self)
        self._serial = 0
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.title = heading("People to stay close to", self)
        self.subtitle = muted(
            "Relationships are personal. These are the people who matter most now — "
            "double-click one to open the account.",
            self,
        )
        self.refresh_button = QPushButton("Refresh", self)
        theme.bind_icon(self.refresh_button, "refresh")
        self.view = record_view(self.model, "Top people", self)
        self.empty = EmptyPanel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)

    def refresh(self) -> None:
        if not backend.engine_available():
            self.model.set_records([])
            self.empty.set_text(
                "People appear here with the trust engine",
                "This version has no people ranking yet; the accounts and rings work as usual.",
            )
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit()
            return
        self.empty.set_text("Finding your key people…")
        if not self.model.records:
            self.stack.setCurrentWidget(self.empty)
        self._serial += 1
        db = self.db
        task = self.workers.start(
            lambda _job: backend.top_people(db, n=TOP_N) or [], title="", tag=self._serial
        )
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)

    def _show(self, people: list[Person]) -> None:
        if getattr(self.sender(), "tag", None) != self._serial:
            return
        self.model.set_records(people)
        fit_columns(self.view)
        if people:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.set_text(
                "No people yet",
                "Add contacts to your accounts and log touchpoints; the people who carry "
                "your best relationships show up here.",
            )
            self.stack.setCurrentWidget(self.empty)
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        if getattr(self.sender(), "tag", None) == self._serial:
            self.empty.set_text("The people list could not be built", str(exc))
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit()

    def _on_activated(self, index: QModelIndex) -> None:
        person = self.model.record(index.row())
        if person is not None and person.account_id:
            self.accountActivated.emit(person.account_id)
