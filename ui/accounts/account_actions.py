"""What the Account menu, the page's buttons and the ring view's drag ask for: a dialog,
then one undoable operation through :class:`~ui.operations.Operations`.

Kept apart from the main window so that the window only wires signals to these methods.
Every method reports the outcome in one line through ``said`` (the status bar). The
views refresh themselves from the door's ``changed`` signal, not from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from circlesoftrust.errors import ValidationError
from circlesoftrust.vocabulary import word
from ui.accounts.account_store import AccountStore
from ui.accounts.dialogs import PIN_DEFAULT, PIN_FOREVER, AccountDialog, ContactDialog, MoveDialog
from ui.common import formats
from ui.common.dialogs import confirm, label
from ui.operations import Operations, Ticket

if TYPE_CHECKING:
    from circlesoftrust.services.accounts import AccountInfo, ContactInfo
    from circlesoftrust.services.activity import TouchpointInfo
    from circlesoftrust.services.rings import RingMove
    from circlesoftrust.storage import Database
    from circlesoftrust.team import UserInfo


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


def account_values(info: AccountInfo) -> dict[str, Any]:
    """An account as the edit form's ``values()`` give it (to fill the form after a reload)."""
    return {
        "name": info.name,
        "industry": info.industry or "",
        "website": info.website or "",
        "tags": ", ".join(info.tags),
        "journey_phase": info.journey_phase,
        "pinned": info.pinned,
        "notes": info.notes,
        "owner": info.owner_id,
    }


def contact_values(c: ContactInfo) -> dict[str, Any]:
    """A contact as the edit form's ``values()`` give it."""
    return {
        "name": c.name,
        "role": c.role,
        "title": c.title or "",
        "email": c.email or "",
        "phone": c.phone or "",
        "stage_override": c.stage_override,
        "notes": c.notes,
    }


def owner_choices(users: list[UserInfo], current: int | None) -> QComboBox:
    """Who owns the account (or nobody): the people on the team."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("AccountActions", "Nobody"), None)
    for user in users:
        combo.addItem(user.name, user.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


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

    def __init__(self, window: QWidget, ops: Operations, store: AccountStore) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.store = store

    def _ready(self) -> bool:
        return self.ops.db is not None and self.store.is_loaded

    # --- accounts -----------------------------------------------------------------------

    def new_account(self) -> None:
        if not self._ready():
            return

        def submit(v: dict[str, Any]) -> Ticket[AccountInfo]:
            fields = _account_fields(v)

            def create(db: Database) -> AccountInfo:
                from circlesoftrust.services.accounts import create_account

                return create_account(db, ring=v.get("ring"), **fields)

            return self.ops.run_op(
                self.tr("Create account {name}").format(name=fields["name"].strip()),
                create,
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = AccountDialog(
            submit, industries=self.store.industries(), rings=self.store.rings, parent=self.window
        )
        if dialog.exec():
            info = dialog.result_value
            self.said.emit(
                self.tr("Created {name} in {ring_name}").format(
                    name=info.name, ring_name=info.ring_name
                )
            )
            self.accountCreated.emit(info.id)

    def edit_account(self, account_id: int | None) -> None:
        if not self._ready() or account_id is None:
            return

        def read(db: Database) -> tuple[AccountInfo, list[UserInfo]]:
            from circlesoftrust.services.accounts import get_account
            from circlesoftrust.team import list_users

            return get_account(db, account_id), list_users(db)

        self.ops.run_query(
            lambda db: read(db),
            lambda found: self._edit_account(*found),
            action=self.tr("Opening the account"),
            owner=self,
        )

    def _edit_account(self, info: AccountInfo, users: list[UserInfo] | None = None) -> None:
        def submit(v: dict[str, Any]) -> Ticket[AccountInfo]:
            fields = {
                **_account_fields(v),
                "pinned": v["pinned"],
                "journey_phase": v["journey_phase"],
            }
            if "owner" in v:
                fields["owner"] = v["owner"]
            version = dialog.version  # the one the form shows (newer after a reload)

            def save(db: Database) -> AccountInfo:
                from circlesoftrust.services.accounts import update_account

                # The version the form showed: a save over someone else's change is refused.
                return update_account(db, info.id, expected_version=version, **fields)

            return self.ops.run_op(
                self.tr("Edit account {name}").format(name=info.name),
                save,
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = AccountDialog(
            submit, account=info, industries=self.store.industries(), parent=self.window
        )
        if users:
            dialog.add("owner", self.tr("O&wner:"), owner_choices(users, info.owner_id))
        dialog.version = info.version

        def reload(then: Callable[[dict[str, Any], int], None]) -> None:
            def read(db: Database) -> AccountInfo:
                from circlesoftrust.services.accounts import get_account

                return get_account(db, info.id)

            self.ops.run_query(
                read, lambda fresh: then(account_values(fresh), fresh.version), owner=dialog
            )

        dialog.reloader = reload
        if dialog.exec():
            self.said.emit(self.tr("Saved {name}").format(name=dialog.result_value.name))

    def move_account(self, account_id: int | None, target: int | None = None) -> bool:
        """Ask for the reason (and the ring, if not dropped on one), then move."""
        row = self.store.rows.get(account_id) if account_id is not None else None
        if not self._ready() or row is None:
            return False

        def submit(v: dict[str, Any]) -> Ticket[RingMove]:
            position, reason, pin = int(v["ring"]), v["reason"], int(v["pin"])

            def move(db: Database) -> RingMove:
                from circlesoftrust.services.rings import move_account

                return move_account(
                    db,
                    row.id,
                    position,
                    reason=reason,
                    pin_days=None if pin in (PIN_DEFAULT, PIN_FOREVER) else pin,
                    pin_forever=pin == PIN_FOREVER,
                )

            to = next((r.name for r in self.store.rings if r.position == position), "")
            return self.ops.run_op(
                self.tr("Move {name} to {to}").format(name=row.name, to=to),
                move,
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = MoveDialog(
            submit,
            account_name=row.name,
            current=row.ring_position,
            target=target,
            rings=self.store.rings,
            parent=self.window,
        )

        def ask(v: dict[str, Any]) -> bool:
            if not dialog.needs_asking(int(v["ring"])):
                return True
            return confirm(
                dialog,
                self.tr("Move a non-customer inwards?"),
                dialog.ring_note.text(),
                self.tr(
                    "Record the purchase first if there was one (Account → Record → Purchase)."
                ),
                self.tr("Move anyway"),
            )

        dialog.confirm_before = ask

        def reason_given(v: dict[str, Any]) -> None:
            if not str(v["reason"]).strip():
                raise ValidationError(
                    "reason", self.tr("is required: it is kept in the ring history")
                )

        dialog.validate_with(reason_given)

        def usual_pin(db: Database) -> int:
            from circlesoftrust.engine_settings import get_settings

            return int(get_settings(db).pin_days)

        self.ops.run_query(usual_pin, dialog.set_usual_pin, owner=dialog)
        if row.revenue_12m_cents > 0:
            dialog.set_customer(True)
        else:  # (read off the UI thread; the note appears when it is known)
            account = row.id

            def count(db: Database) -> int:
                from circlesoftrust.services.activity import purchase_count

                return purchase_count(db, account)

            self.ops.run_query(count, lambda n: dialog.set_customer(n > 0), owner=dialog)
        if dialog.exec():
            move = dialog.result_value
            tasks = (
                self.tr(" — {n} checklist tasks added").format(n=len(move.task_ids))
                if move.task_ids
                else ""
            )
            if move.pinned:
                tasks += (
                    self.tr(" — pinned until {day}").format(day=formats.date(move.pinned_until))
                    if move.pinned_until
                    else self.tr(" — pinned until you unpin it")
                )
            self.said.emit(
                self.tr("Moved {account_name}: {from_ring} → {to_ring}{tasks}").format(
                    account_name=move.account_name,
                    from_ring=move.from_ring,
                    to_ring=move.to_ring,
                    tasks=tasks,
                )
            )
            return True
        return False

    def archive_account(self, account_id: int | None) -> None:
        row = self.store.rows.get(account_id) if account_id is not None else None
        if not self._ready() or row is None:
            return

        def archive(db: Database) -> AccountInfo:
            from circlesoftrust.services.accounts import archive_account

            return archive_account(db, row.id)

        self.ops.run_op(
            self.tr("Archive account {name}").format(name=row.name),
            archive,
            lambda info: self.said.emit(
                self.tr("Archived {name} — Ctrl+Z brings it back").format(name=info.name)
            ),
            owner=self,
        )

    def delete_account(self, account_id: int | None) -> None:
        row = self.store.rows.get(account_id) if account_id is not None else None
        if not self._ready() or row is None:
            return
        if not confirm(
            self.window,
            self.tr("Delete account"),
            self.tr("Delete {name}?").format(name=row.name),
            self.tr(
                "Its contacts, touchpoints, revenue, feedback and ring history are "
                "deleted too. "
                "Edit → Undo (Ctrl+Z) brings "
                "everything back; archiving keeps the account out "
                " "
                "of sight without deleting it."
            ),
            self.tr("Delete"),
        ):
            return

        def delete(db: Database) -> AccountInfo:
            from circlesoftrust.services.accounts import delete_account

            return delete_account(db, row.id)

        self.ops.run_op(
            self.tr("Delete account {name}").format(name=row.name),
            delete,
            lambda _info: self.said.emit(
                self.tr("Deleted {name} — Ctrl+Z brings it back").format(name=row.name)
            ),
            owner=self,
        )

    # --- contacts -----------------------------------------------------------------------

    def add_contact(self, account_id: int | None) -> None:
        row = self.store.rows.get(account_id) if account_id is not None else None
        if not self._ready() or row is None:
            return

        def submit(v: dict[str, Any]) -> Ticket[ContactInfo]:
            fields = _contact_fields(v)

            def add(db: Database) -> ContactInfo:
                from circlesoftrust.services.accounts import add_contact

                return add_contact(db, row.id, **fields)

            name = fields["name"].strip()
            return self.ops.run_op(
                self.tr("Add contact {name} to {account}").format(name=name, account=row.name),
                add,
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = ContactDialog(submit, account_name=row.name, parent=self.window)
        if dialog.exec():
            c = dialog.result_value
            self.said.emit(
                self.tr("Added {name} ({label}) to {name2}").format(
                    name=c.name, label=label(c.role), name2=row.name
                )
            )

    def edit_contact(self, contact_id: int | None) -> None:
        if not self._ready() or contact_id is None:
            return

        def read(db: Database) -> ContactInfo:
            from circlesoftrust.services.accounts import get_contact

            return get_contact(db, contact_id)

        self.ops.run_query(
            read, self._edit_contact, action=self.tr("Opening the contact"), owner=self
        )

    def _edit_contact(self, contact: ContactInfo) -> None:
        row = self.store.rows.get(contact.account_id)

        def submit(v: dict[str, Any]) -> Ticket[ContactInfo]:
            fields = _contact_fields(v)

            def save(db: Database) -> ContactInfo:
                from circlesoftrust.services.accounts import update_contact

                return update_contact(db, contact.id, expected_version=version, **fields)

            version = dialog.version  # the one the form shows (newer after a reload)
            return self.ops.run_op(
                self.tr("Edit contact {name}").format(name=contact.name),
                save,
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = ContactDialog(
            submit, account_name=row.name if row else "", contact=contact, parent=self.window
        )
        dialog.version = contact.version

        def reload(then: Callable[[dict[str, Any], int], None]) -> None:
            def read(db: Database) -> ContactInfo:
                from circlesoftrust.services.accounts import get_contact

                return get_contact(db, contact.id)

            self.ops.run_query(
                read, lambda fresh: then(contact_values(fresh), fresh.version), owner=dialog
            )

        dialog.reloader = reload
        if dialog.exec():
            self.said.emit(self.tr("Saved {name}").format(name=dialog.result_value.name))

    # --- touchpoints --------------------------------------------------------------------

    def log_touchpoint(self, account_id: int, values: dict[str, Any]) -> Ticket[TouchpointInfo]:
        """Log a touchpoint; the returned ticket says when it is saved (or refused)."""
        row = self.store.rows.get(account_id)
        name = row.name if row else self.tr("the account")
        kind = word(str(values.get("kind") or "touchpoint"))

        def log(db: Database) -> TouchpointInfo:
            from circlesoftrust.services.activity import log_touchpoint

            return log_touchpoint(db, account_id, **values)

        def logged(info: TouchpointInfo) -> None:
            self.said.emit(
                self.tr("Logged {lower} with {name} — Ctrl+Z undoes it").format(
                    lower=word(info.kind), name=name
                )
            )
            self.touchpointLogged.emit(account_id)

        return self.ops.run_op(
            self.tr("Log {kind} with {name}").format(kind=kind, name=name),
            log,
            logged,
            initiator=self,
            owner=self,
        )
