"""The Archived view: every archived account, the latest first, and Restore.

Archiving takes an account out of the rings, the table and the suggestions; here the
user finds it again (filter by name, ring or industry) and restores it with one click or
Enter — one undoable operation through the door, so Ctrl+Z archives it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common import formats
from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view
from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.services.accounts import AccountInfo
    from circlesoftrust.storage import Database


def _archived_on(info: AccountInfo) -> str:
    return formats.date(info.archived_at.date()) if info.archived_at else ""


class ArchivedDialog(QDialog):
    """Archived accounts with Restore.

    Signals:
        loaded(): a fresh list is on screen.
        restored(object): an account was restored (its ``AccountInfo``).
    """

    loaded = Signal()
    restored = Signal(object)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, say: Callable[[str], None] = print
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.say = say
        self.all: list[AccountInfo] = []
        self.setWindowTitle(self.tr("Archived Accounts"))
        self.resize(720, 460)
        intro = QLabel(
            self.tr(
                "Archived accounts are out of the rings, the table and the suggestions; "
                "their history is kept. Restore puts one back where it was (Ctrl+Z undoes)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, ring or industry"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter archived accounts"))
        self.model = RecordTableModel(
            [
                Column(
                    QCoreApplication.translate("ArchivedDialog", "Account"),
                    lambda a: a.name,
                    lambda a: a.notes or None,
                ),
                Column(QCoreApplication.translate("ArchivedDialog", "Ring"), lambda a: a.ring_name),
                Column(
                    QCoreApplication.translate("ArchivedDialog", "Industry"),
                    lambda a: a.industry or "",
                ),
                Column(QCoreApplication.translate("ArchivedDialog", "Archived"), _archived_on),
            ],
            self,
        )
        self.view = record_view(self.model, self.tr("Archived accounts"), self)
        self.view.installEventFilter(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setToolTip(self.tr("Restore the selected account (Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

        self.filter.textChanged.connect(self._show)
        self.filter.returnPressed.connect(self.restore_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.buttons.rejected.connect(self.reject)
        self.view.doubleClicked.connect(lambda _i: self.restore_current())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        ops.changed.connect(lambda *_: self.refresh() if self.isVisible() else None)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.restore_current()
            return True
        return super().eventFilter(watched, event)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        def read(db: Database) -> list[AccountInfo]:
            from circlesoftrust.services.accounts import archived_accounts

            return archived_accounts(db)

        self.ops.run_query(read, self._on_read, owner=self)

    def _on_read(self, accounts: list[AccountInfo]) -> None:
        self.all = accounts
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        words = self.filter.text().casefold().split()
        shown = [
            a
            for a in self.all
            if all(w in f"{a.name} {a.ring_name} {a.industry or ''}".casefold() for w in words)
        ]
        current = self.current_account()
        self.model.set_records(shown)
        fit_columns(self.view)
        if shown:
            row = next((k for k, a in enumerate(shown) if current and a.id == current.id), 0)
            self.view.selectRow(row)
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(
                self.tr("No archived account matches “{0}”.").format(self.filter.text().strip())
                if words
                else self.tr("No account is archived.")
            )
            self.stack.setCurrentWidget(self.empty)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.current_account() is not None)

    # --- acting -------------------------------------------------------------------------

    def current_account(self) -> AccountInfo | None:
        info: AccountInfo | None = self.model.record(self.view.currentIndex().row())
        return info

    def restore_current(self) -> None:
        info = self.current_account()
        if info is None:
            return

        def restore(db: Database) -> AccountInfo:
            from circlesoftrust.services.accounts import archive_account

            return archive_account(db, info.id, archived=False)

        def done(restored: AccountInfo) -> None:
            self.say(self.tr("Restored {0} to {1}. Ctrl+Z archives it again.").format(
                restored.name, restored.ring_name))  # fmt: skip
            self.restored.emit(restored)

        self.ops.run_op(
            self.tr("Restore {0}").format(info.name), restore, done, initiator=self, owner=self
        )


def show_archived(window: QWidget, ops: Operations, say: Callable[[str], None]) -> ArchivedDialog:
    """The window's View → Archived Accounts: one dialog, kept while the window lives."""
    dialog = window.findChild(ArchivedDialog)
    if dialog is None:
        dialog = ArchivedDialog(ops, window, say)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
