"""The accounts panel's "Mine" switch: only the accounts the current user owns (team use).

Who owns which account is read off the UI thread through the door (the core's
``list_accounts(mine=True)``: the user this connection works as), again whenever accounts
change while the switch is on; the table then shows only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from ui.accounts.account_store import AccountStore

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes
    from circlesoftrust.storage import Database


def my_account_ids(db: Database) -> frozenset[int]:
    """(In the door's pool.) The accounts the current user owns."""
    from circlesoftrust.services.accounts import list_accounts

    return frozenset(row.id for row in list_accounts(db, mine=True))


class MineFilter(QCheckBox):
    """Signals: chosen(object): the ids to show (a frozenset), or None for every account."""

    chosen = Signal(object)

    def __init__(self, store: AccountStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Mine"))
        self.setToolTip(self.tr("Only the accounts you own"))
        self.setAccessibleName(self.tr("My accounts only"))
        self.store = store
        self._serial = 0
        self.toggled.connect(self._read)
        store.ops.changed.connect(self._on_changed)
        store.ops.databaseChanged.connect(lambda _db: self.setChecked(False))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.isChecked() and (changes.everything or changes.accounts):
            self._read(True)  # an owner may have changed

    def _read(self, on: bool) -> None:
        self._serial += 1
        if not on or self.store.ops.db is None:
            self.chosen.emit(None)
            return
        serial = self._serial
        self.store.ops.run_query(
            my_account_ids,
            lambda ids: self._on_read(ids, serial),
            action=self.tr("Reading your accounts"),
            owner=self,
        )

    def _on_read(self, ids: frozenset[int], serial: int) -> None:
        if serial == self._serial and self.isChecked():
            self.chosen.emit(ids)
