"""What the Account menu, the page's buttons and the ring view's drag ask for: a dialog,
then an undoable edit through :class:`~ui.common.undo.Edits`.

Kept apart from the main window so that the window only wires signals to these methods.
Every method reports the outcome in one line through ``said`` (the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from circlesoftrust.errors import CotError
from ui.accounts.account_store import AccountStore
from ui.common.dialogs import (
    AccountDialog,
    ContactDialog,
    MoveDialog,
    confirm,
    label,
    show_error,
)
from ui.common.lazy import lazy_module
from ui.common.undo import Edits

accounts_service = lazy_module("circlesoftrust.services.accounts")


def _tags(text: str) -> list[str]:
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


def _account_fields(v: dict[str, Any]) -> dict[str, Any]:
    """The account dialog's values as the keyword arguments of a create or an edit."""
    return {
        "name": v["name"],
        "industry": v["industry"] or None,
        "website": v["website"] or None,
        "notes": v["notes"],
        "tags": _tags(v["tags"]),
    }


def _contact_fields(v: dict[str, Any]) -> dict[str, Any]:
    """The contact dialog's values as the keyword arguments of an add or an edit."""
    return {
        "name": v["name"],
        "role": v["role"],
        "title": v["title"] or None,
        "email": v["email"] or None,
        "phone": v["phone"] or None,
        "notes": v["notes"],
        "stage_override": v["stage_override"],
    }


class AccountActions(QObject):
    """Dialog-driven edits of accounts and contacts.

    Signals:
        said(str): a one-line summary of what was done ("Moved X to Inner circle").
        accountCreated(int): a new account exists (the shell selects it).
        touchpointLogged(int): a touchpoint was saved for this account.
    """

    said = Signal(str)
    accountCreated = Signal(int)
    touchpointLogged = Signal(int)

    def __init__(
        self,
        window: QWidget,
        store_getter: Callable[[], AccountStore | None],
        edits_getter: Callable[[], Edits | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._store = store_getter
        self._edits = edits_getter

    def _ready(self) -> tuple[AccountStore, Edits] | None:
        store, edits = self._store(), self._edits()
        if store is None or edits is None or not store.is_loaded:
            return None
        return store, edits

    # --- accounts -----------------------------------------------------------------------

    def new_account(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        store, edits = ready

        def submit(v: dict[str, Any]) -> Any:
            return edits.create_account(v.get("ring"), **_account_fields(v))

        dialog = AccountDialog(
            submit, industries=store.industries(), rings=store.rings, parent=self.window
        )
        if dialog.exec():
            info = dialog.result_value
            self.said.emit(f"Created {info.name} in {info.ring_name}")
            self.accountCreated.emit(info.id)

    def edit_account(self, account_id: int | None) -> None:
        ready = self._ready()
        if ready is None or account_id is None:
            return
        store, edits = ready
        try:
            info = accounts_service.get_account(store.db, account_id)
        except CotError as exc:
            show_error(self.window, exc, action="Opening the account")
            return

        def submit(v: dict[str, Any]) -> Any:
            return edits.edit_account(
                account_id,
                **_account_fields(v),
                pinned=v["pinned"],
                journey_phase=v["journey_phase"],
            )

        dialog = AccountDialog(
            submit, account=info, industries=store.industries(), parent=self.window
        )
        if dialog.exec():
            self.said.emit(f"Saved {dialog.result_value.name}")

    def move_account(self, account_id: int | None, target: int | None = None) -> bool:
        """Ask for the reason (and the ring, if not dropped on one), then move."""
        ready = self._ready()
        if ready is None or account_id is None:
            return False
        store, edits = ready
        row = store.rows.get(account_id)
        if row is None:
            return False

        def submit(v: dict[str, Any]) -> Any:
            return edits.move_account(account_id, int(v["ring"]), v["reason"])

        dialog = MoveDialog(
            submit,
            account_name=row.name,
            current=row.ring_position,
            target=target,
            rings=store.rings,
            parent=self.window,
        )
        if dialog.exec():
            move = dialog.result_value
            tasks = f" — {len(move.task_ids)} checklist tasks added" if move.task_ids else ""
            self.said.emit(f"Moved {move.account_name}: {move.from_ring} → {move.to_ring}{tasks}")
            return True
        return False

    def archive_account(self, account_id: int | None) -> None:
        ready = self._ready()
        if ready is None or account_id is None:
            return
        try:
            info = ready[1].archive_account(account_id)
        except CotError as exc:
            show_error(self.window, exc, action="Archiving")
            return
        self.said.emit(f"Archived {info.name} — Ctrl+Z brings it back")

    def delete_account(self, account_id: int | None) -> None:
        ready = self._ready()
        if ready is None or account_id is None:
            return
        store, _edits = ready
        row = store.rows.get(account_id)
        if row is None:
            return
        if not confirm(
            self.window,
            "Delete account",
            f"Delete {row.name} for good?",
            "Its contacts, touchpoints, revenue, feedback and ring history are deleted too. "
            "This cannot be undone — archiving keeps the history instead.",
            "Delete",
        ):
            return
        try:
            accounts_service.delete_account(store.db, account_id)
        except CotError as exc:
            show_error(self.window, exc, action="Deleting")
            return
        store.refresh_accounts([account_id])
        self.said.emit(f"Deleted {row.name}")

    # --- contacts -----------------------------------------------------------------------

    def add_contact(self, account_id: int | None) -> None:
        ready = self._ready()
        if ready is None or account_id is None or account_id not in ready[0].rows:
            return
        store, edits = ready
        name = store.rows[account_id].name

        def submit(v: dict[str, Any]) -> Any:
            return edits.add_contact(account_id, **_contact_fields(v))

        dialog = ContactDialog(submit, account_name=name, parent=self.window)
        if dialog.exec():
            c = dialog.result_value
            self.said.emit(f"Added {c.name} ({label(c.role)}) to {name}")

    def edit_contact(self, contact_id: int | None) -> None:
        ready = self._ready()
        if ready is None or contact_id is None:
            return
        store, edits = ready
        try:
            contact = accounts_service.get_contact(store.db, contact_id)
        except CotError as exc:
            show_error(self.window, exc, action="Opening the contact")
            return
        row = store.rows.get(contact.account_id)

        def submit(v: dict[str, Any]) -> Any:
            return edits.edit_contact(contact_id, **_contact_fields(v))

        dialog = ContactDialog(
            submit, account_name=row.name if row else "", contact=contact, parent=self.window
        )
        if dialog.exec():
            self.said.emit(f"Saved {dialog.result_value.name}")

    # --- touchpoints --------------------------------------------------------------------

    def log_touchpoint(self, account_id: int, values: dict[str, Any]) -> bool:
        ready = self._ready()
        if ready is None:
            return False
        store, edits = ready
        try:
            info, undoable = edits.log_touchpoint(account_id, **values)
        except CotError as exc:
            show_error(self.window, exc, action="Logging the touchpoint")
            return False
        row = store.rows.get(account_id)
        name = row.name if row else "the account"
        tail = " — Ctrl+Z undoes it" if undoable else ""
        self.said.emit(f"Logged {label(info.kind).lower()} with {name}{tail}")
        self.touchpointLogged.emit(account_id)
        return True
