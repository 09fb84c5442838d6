"""People: the twenty people to stay close to, from the trust engine.

Relationships are personal: this list names the people (not the accounts) who matter
most right now, with their account, role, relationship stage and when you last spoke.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.accounts.accounts_model import ago
from ui.common import theme
from ui.common.dialogs import label
from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view
from ui.common.widgets import EmptyPanel, heading, muted
from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.engine.people import PersonRank
    from circlesoftrust.operations import Changes
    from circlesoftrust.storage import Database

TOP_N = 20


def people_columns() -> list[Column]:
    return [
        Column("#", lambda p: None, right=True),
        Column(QCoreApplication.translate("people_view", "Name"), lambda p: p.name),
        Column(
            QCoreApplication.translate("people_view", "Account"),
            lambda p: p.account_name,
            lambda p: p.ring_name,
        ),
        Column(QCoreApplication.translate("people_view", "Role"), lambda p: label(p.role)),
        Column(
            QCoreApplication.translate("people_view", "Stage"),
            lambda p: label(p.stage) if p.stage else "—",
        ),
        Column(
            QCoreApplication.translate("people_view", "Last touch"),
            lambda p: p.last_touch_on or "never",
            lambda p: ago(p.last_touch_on),
            sort_key=lambda p: p.last_touch_on or dt.date.min,
        ),
        Column(
            QCoreApplication.translate("people_view", "Why"),
            lambda p: p.reason,
            lambda p: p.reason or None,
        ),
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

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = PeopleModel(people_columns(), self)
        self._serial = 0
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.title = heading(self.tr("People to stay close to"), self)
        self.subtitle = muted(
            self.tr(
                "Relationships are personal. These are the people who matter most "
                "now — "
                "double-click one to open the account."
            ),
            self,
        )
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
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

    def on_changed(self, changes: Changes) -> None:
        """Any fact may move who matters; refresh when shown."""
        if self.isVisible() and (changes.touches_accounts() or changes.contacts):
            self.refresh()

    def refresh(self) -> None:
        if self.ops.db is None:
            return
        self.empty.set_text(self.tr("Finding your key people…"))
        if not self.model.records:
            self.stack.setCurrentWidget(self.empty)
        self._serial += 1
        serial = self._serial

        def read(db: Database) -> list[PersonRank]:
            from circlesoftrust.engine.people import top_people

            return top_people(db, n=TOP_N)

        self.ops.run_query(
            read,
            lambda people: self._show(people, serial),
            on_failed=self._failed_for(serial),
            owner=self,
        )

    def _show(self, people: list[PersonRank], serial: int) -> None:
        if serial != self._serial:
            return
        self.model.set_records(people)
        fit_columns(self.view)
        if people:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.set_text(
                self.tr("No people yet"),
                self.tr(
                    "Add contacts to your accounts and log touchpoints; the people who "
                    "carry "
                    "your best relationships show up here."
                ),
            )
            self.stack.setCurrentWidget(self.empty)
        self.loaded.emit()

    def _failed_for(self, serial: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if serial == self._serial:
                self.empty.set_text(self.tr("The people list could not be built"), str(exc))
                self.stack.setCurrentWidget(self.empty)
                self.loaded.emit()

        return failed

    def _on_activated(self, index: QModelIndex) -> None:
        person = self.model.record(index.row())
        if person is not None and person.account_id:
            self.accountActivated.emit(person.account_id)
