"""People: the people to stay close to, or everyone, with e-mail and phone, filterable.

Relationships are personal: the first list names the people (not the accounts) who
matter most right now, from the trust engine. "Everyone" lists every contact, a page at a
time; "Needs review" the contacts an import put in an account of their own because the
address named no organisation. The filter matches name, account, e-mail and phone. One
click on "Log touch" records a call with the selected person today (its arrow picks
another kind); Ctrl+Z takes it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.accounts.accounts_model import ago
from ui.common import theme
from ui.common.banner import Banner
from ui.common.dialogs import label
from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view
from ui.common.widgets import EmptyPanel, heading, muted
from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes
    from circlesoftrust.people_list import PeoplePage, PersonRow
    from circlesoftrust.storage import Database

TOP_N = 20
KEY, EVERYONE, REVIEW = "key", "everyone", "review"
FILTER_AFTER_MS = 250
TOUCH_KINDS = ("call", "meeting", "email", "event")


def people_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("PeopleView", "Name"),
            lambda p: p.name,
            lambda p: p.title or None,
        ),
        Column(
            QCoreApplication.translate("PeopleView", "Account"),
            lambda p: p.account_name,
            lambda p: p.ring_name,
        ),
        Column(QCoreApplication.translate("PeopleView", "Role"), lambda p: label(p.role)),
        Column(
            QCoreApplication.translate("PeopleView", "E-mail"),
            lambda p: p.email or "",
            lambda p: p.email or None,
        ),
        Column(
            QCoreApplication.translate("PeopleView", "Phone"),
            lambda p: p.phone or "",
            lambda p: p.phone or None,
        ),
        Column(
            QCoreApplication.translate("PeopleView", "Last touch"),
            lambda p: p.last_touch_on or QCoreApplication.translate("PeopleView", "never"),
            lambda p: ago(p.last_touch_on),
            sort_key=lambda p: p.last_touch_on or dt.date.min,
        ),
        Column(
            QCoreApplication.translate("PeopleView", "Why"),
            lambda p: (
                p.reason
                or (
                    QCoreApplication.translate(
                        "PeopleView", "needs review: imported without an organisation"
                    )
                    if p.needs_review
                    else ""
                )
            ),
            lambda p: p.reason or None,
        ),
    ]


def _matches(person: PersonRow, words: list[str]) -> bool:
    text = " ".join(
        x for x in (person.name, person.account_name, person.email, person.phone) if x
    ).casefold()
    return all(w in text for w in words)


class PeopleView(QWidget):
    """People to stay close to / everyone / needs review, refreshed in the background.

    Signals:
        accountActivated(int): a person was double-clicked (open their account).
        loaded(): a fresh list is on screen.
        touchLogged(object): a touchpoint was logged with the selected person.
    """

    accountActivated = Signal(int)
    loaded = Signal()
    touchLogged = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = RecordTableModel(people_columns(), self)
        self._serial = 0
        self._key_rows: tuple[PersonRow, ...] = ()
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.title = heading(self.tr("People"), self)
        self.subtitle = muted(
            self.tr(
                "Relationships are personal. Double-click a person to open the account; "
                "“Log touch” records a call with them today."
            ),
            self,
        )
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("To stay close to"), KEY)
        self.mode.addItem(self.tr("Everyone"), EVERYONE)
        self.mode.addItem(self.tr("Needs review"), REVIEW)
        self.mode.setAccessibleName(self.tr("Which people"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, account, e-mail or phone"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.count_label = muted("", self)
        self.count_label.setWordWrap(False)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        theme.bind_icon(self.refresh_button, "refresh")

        self.touch_button = QToolButton(self)
        self.touch_button.setText(self.tr("Log touch"))
        self.touch_button.setToolTip(self.tr("Record a call with the selected person today"))
        self.touch_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.touch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        theme.bind_icon(self.touch_button, "touchpoint")
        menu = QMenu(self.touch_button)
        names = {
            "call": self.tr("A call today"),
            "meeting": self.tr("A meeting today"),
            "email": self.tr("An e-mail today"),
            "event": self.tr("An event today"),
        }
        for kind in TOUCH_KINDS:
            act = menu.addAction(names[kind])
            act.triggered.connect(lambda _=False, k=kind: self.log_touch(k))
        self.touch_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("Open account"), self)
        self.reviewed_button = QPushButton(self.tr("&Reviewed"), self)
        self.reviewed_button.setToolTip(
            self.tr("The imported person's account is checked: clear its “needs review” flag")
        )

        self.banner = Banner(self)
        self.view = record_view(self.model, self.tr("People"), self)
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
        tools = QHBoxLayout()
        tools.addWidget(self.mode)
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.count_label)
        tools.addSpacing(12)
        tools.addWidget(self.touch_button)
        tools.addWidget(self.open_button)
        tools.addWidget(self.reviewed_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addLayout(tools)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_AFTER_MS)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self._on_filter)
        self.touch_button.clicked.connect(lambda: self.log_touch("call"))
        self.open_button.clicked.connect(lambda: self._on_activated(self.view.currentIndex()))
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.banner.actionTriggered.connect(self.ops.undo)

    # --- reading ------------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        """Any fact may move who matters; refresh when shown."""
        if self.isVisible() and (changes.touches_accounts() or changes.contacts):
            self.refresh()

    def current_mode(self) -> str:
        return str(self.mode.currentData())

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def refresh(self) -> None:
        if self.ops.db is None:
            return
        if not self.model.records:
            self.empty.set_text(self.tr("Finding your people…"))
            self.stack.setCurrentWidget(self.empty)
        self._serial += 1
        serial = self._serial
        mode, text = self.current_mode(), self.filter.text()

        if mode == KEY:

            def read_key(db: Database) -> tuple[PersonRow, ...]:
                from circlesoftrust.people_list import key_people

                return key_people(db, n=TOP_N)

            self.ops.run_query(
                read_key,
                lambda rows: self._show_key(rows, serial),
                on_failed=self._failed_for(serial),
                owner=self,
            )
            return

        def read(db: Database) -> PeoplePage:
            from circlesoftrust.people_list import find_people

            return find_people(db, text, needs_review=mode == REVIEW)

        self.ops.run_query(
            read,
            lambda page: self._show_page(page, serial),
            on_failed=self._failed_for(serial),
            owner=self,
        )

    def _on_filter(self) -> None:
        if self.current_mode() == KEY:
            self._show_rows(self._filtered_key_rows(), len(self._key_rows))
        else:
            self.refresh()

    def _filtered_key_rows(self) -> list[PersonRow]:
        words = self.filter.text().casefold().split()
        return [p for p in self._key_rows if _matches(p, words)]

    def _show_key(self, rows: tuple[PersonRow, ...], serial: int) -> None:
        if serial != self._serial:
            return
        self._key_rows = rows
        self._show_rows(self._filtered_key_rows(), len(rows))

    def _show_page(self, page: PeoplePage, serial: int) -> None:
        if serial != self._serial:
            return
        self.mode.setItemText(2, self.tr("Needs review ({0})").format(page.needs_review))
        self._show_rows(list(page.rows), page.total)

    def _show_rows(self, rows: list[PersonRow], total: int) -> None:
        current = self.current_person()
        self.model.set_records(rows)
        fit_columns(self.view)
        if len(rows) < total:
            self.count_label.setText(
                self.tr("{0} of {1} — type to narrow").format(len(rows), total)
            )
        else:
            self.count_label.setText(
                self.tr("1 person") if len(rows) == 1 else self.tr("{0} people").format(len(rows))
            )
        if rows:
            row = next(
                (k for k, p in enumerate(rows) if current and p.contact_id == current.contact_id),
                0,
            )
            self.view.selectRow(row)
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.set_text(*self._empty_text())
            self.stack.setCurrentWidget(self.empty)
        self._update_buttons()
        self.loaded.emit()

    def _empty_text(self) -> tuple[str, str]:
        if self.filter.text().strip():
            return self.tr("Nobody matches “{0}”").format(self.filter.text().strip()), ""
        if self.current_mode() == REVIEW:
            return self.tr("Nothing to review"), self.tr(
                "Contacts imported without an organisation appear here until their "
                "account is checked."
            )
        return self.tr("No people yet"), self.tr(
            "Add contacts to your accounts and log touchpoints; the people who carry "
            "your best relationships show up here."
        )

    def _failed_for(self, serial: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if serial == self._serial:
                self.empty.set_text(self.tr("The people list could not be built"), str(exc))
                self.stack.setCurrentWidget(self.empty)
                self.loaded.emit()

        return failed

    # --- acting -------------------------------------------------------------------------

    def current_person(self) -> PersonRow | None:
        person: PersonRow | None = self.model.record(self.view.currentIndex().row())
        return person

    def _update_buttons(self) -> None:
        person = self.current_person()
        has = person is not None
        self.touch_button.setEnabled(has)
        self.open_button.setEnabled(has)
        self.reviewed_button.setVisible(self.current_mode() == REVIEW)
        self.reviewed_button.setEnabled(person is not None and person.needs_review)

    def log_touch(self, kind: str = "call") -> None:
        """Record a touchpoint of ``kind`` with the selected person, today (undoable)."""
        person = self.current_person()
        if person is None:
            return

        def log(db: Database) -> object:
            from circlesoftrust.services.activity import log_touchpoint

            return log_touchpoint(db, person.account_id, kind=kind, contact=person.contact_id)

        what = {
            "call": self.tr("call"),
            "meeting": self.tr("meeting"),
            "email": self.tr("e-mail"),
            "event": self.tr("event"),
        }.get(kind, kind)

        def done(result: object) -> None:
            self.banner.show_message(
                self.tr("Logged a {0} with {1} ({2}) today.").format(
                    what, person.name, person.account_name
                ),
                "success",
                self.tr("Undo (Ctrl+Z)"),
            )
            self.touchLogged.emit(result)

        self.ops.run_op(
            self.tr("Log a {0} with {1}").format(what, person.name),
            log,
            done,
            initiator=self,
            owner=self,
        )

    def mark_reviewed(self) -> None:
        """The selected person's account is checked: it no longer needs review (undoable)."""
        person = self.current_person()
        if person is None or not person.needs_review:
            return

        def reviewed(db: Database) -> object:
            from circlesoftrust.services.accounts import update_account

            return update_account(db, person.account_id, needs_review=False)

        def done(_result: object) -> None:
            self.banner.show_message(
                self.tr("{0} is reviewed.").format(person.account_name),
                "success",
                self.tr("Undo (Ctrl+Z)"),
            )
            self.refresh()

        self.ops.run_op(
            self.tr("Mark {0} reviewed").format(person.account_name),
            reviewed,
            done,
            initiator=self,
            owner=self,
        )

    def _on_activated(self, index: QModelIndex) -> None:
        person = self.model.record(index.row())
        if person is not None and person.account_id:
            self.accountActivated.emit(person.account_id)
