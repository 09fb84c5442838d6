"""Undo / redo for the user's edits, on a QUndoStack.

Every edit runs its service call *first* (so a refused value raises in the dialog and
nothing lands on the stack); the command pushed afterwards skips its first ``redo``.
Undo calls the opposite service: create ↔ delete, edit ↔ previous values, move ↔ move
back (the ring history keeps both moves, by design), archive ↔ unarchive, log touchpoint
↔ delete it. A redo of a create makes a new row with a new id; ``UndoContext`` maps the
original ids to the current ones so later commands keep pointing at the right rows.

If an undo cannot be carried out any more (the row was changed elsewhere), the user is
told why and the command is dropped from the stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from circlesoftrust.errors import ConflictError, CotError
from ui.common import backend
from ui.common.lazy import lazy_module

if TYPE_CHECKING:
    from circlesoftrust.services.accounts import AccountInfo, ContactInfo
    from circlesoftrust.services.activity import TouchpointInfo
    from circlesoftrust.storage import Database

accounts_service = lazy_module("circlesoftrust.services.accounts")
activity = lazy_module("circlesoftrust.services.activity")
rings = lazy_module("circlesoftrust.services.rings")

ACCOUNT_FIELDS = ("name", "industry", "website", "notes", "tags", "pinned", "journey_phase")
CONTACT_FIELDS = ("name", "role", "title", "email", "phone", "notes", "stage_override")


class UndoContext:
    """What commands need: the database, the id maps, and whom to tell about changes."""

    def __init__(
        self,
        db: Database,
        stack: QUndoStack,
        changed: Callable[[list[int], dt.date | None], None],
        report: Callable[[BaseException, str], None],
    ) -> None:
        self.db = db
        self.stack = stack
        self._changed = changed
        self._report = report
        self._accounts: dict[int, int] = {}
        self._contacts: dict[int, int] = {}

    def account(self, original: int) -> int:
        return self._accounts.get(original, original)

    def contact(self, original: int | None) -> int | None:
        return None if original is None else self._contacts.get(original, original)

    def remap_account(self, original: int, current: int) -> None:
        self._accounts[original] = current

    def remap_contact(self, original: int, current: int) -> None:
        self._contacts[original] = current

    def changed(self, account_ids: list[int], touched_on: dt.date | None = None) -> None:
        self._changed(account_ids, touched_on)

    def report(self, exc: BaseException, what: str) -> None:
        self._report(exc, what)


class _Command(QUndoCommand):
    """Runs ``_undo`` / ``_redo``; the first redo is the edit that already happened."""

    def __init__(self, ctx: UndoContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._guard(self._redo, "Redo")

    def undo(self) -> None:
        self._guard(self._undo, "Undo")

    def _guard(self, fn: Callable[[], None], verb: str) -> None:
        try:
            fn()
        except CotError as exc:
            self.setObsolete(True)  # QUndoStack drops it; the stack stays consistent
            self.ctx.report(exc, f"{verb} “{self.text()}”")

    def _redo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def _account_values(info: AccountInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "industry": info.industry,
        "website": info.website,
        "notes": info.notes,
        "tags": list(info.tags),
        "pinned": info.pinned,
        "journey_phase": info.journey_phase,
    }


def _contact_values(info: ContactInfo) -> dict[str, Any]:
    return {k: getattr(info, k) for k in CONTACT_FIELDS}


# --- accounts -----------------------------------------------------------------------------


class CreateAccountCommand(_Command):
    def __init__(self, ctx: UndoContext, info: AccountInfo, ring_position: int) -> None:
        super().__init__(ctx, f"New account {info.name}")
        self.original_id = info.id
        self.values = _account_values(info)
        self.ring_position = ring_position

    def _undo(self) -> None:
        account_id = self.ctx.account(self.original_id)
        history = [
            e
            for e in activity.timeline(self.ctx.db, account_id, limit=5)
            if not (e.kind == "ring_change" and e.title.startswith("—"))  # the creation itself
        ]
        if history or accounts_service.list_contacts(
            self.ctx.db, account_id, include_archived=True
        ):
            raise ConflictError(
                f"{self.values['name']} has contacts or history now; archive it instead"
            )
        accounts_service.delete_account(self.ctx.db, account_id)
        self.ctx.changed([account_id])

    def _redo(self) -> None:
        values = {k: v for k, v in self.values.items() if k not in ("journey_phase",)}
        info = accounts_service.create_account(self.ctx.db, ring=self.ring_position, **values)
        self.ctx.remap_account(self.original_id, info.id)
        self.ctx.changed([info.id])


class EditAccountCommand(_Command):
    def __init__(self, ctx: UndoContext, before: AccountInfo, after: AccountInfo) -> None:
        super().__init__(ctx, f"Edit {after.name}")
        self.original_id = after.id
        old, new = _account_values(before), _account_values(after)
        self.before = {k: v for k, v in old.items() if new[k] != v}
        self.after = {k: new[k] for k in self.before}

    def _apply(self, values: dict[str, Any]) -> None:
        account_id = self.ctx.account(self.original_id)
        accounts_service.update_account(self.ctx.db, account_id, **values)
        self.ctx.changed([account_id])

    def _undo(self) -> None:
        self._apply(self.before)

    def _redo(self) -> None:
        self._apply(self.after)


class ArchiveAccountCommand(_Command):
    def __init__(self, ctx: UndoContext, info: AccountInfo) -> None:
        super().__init__(ctx, f"Archive {info.name}")
        self.original_id = info.id

    def _set(self, archived: bool) -> None:
        account_id = self.ctx.account(self.original_id)
        accounts_service.archive_account(self.ctx.db, account_id, archived=archived)
        self.ctx.changed([account_id])

    def _undo(self) -> None:
        self._set(False)

    def _redo(self) -> None:
        self._set(True)


class MoveRingCommand(_Command):
    def __init__(
        self,
        ctx: UndoContext,
        account_id: int,
        name: str,
        from_position: int,
        to_position: int,
        from_name: str,
        to_name: str,
        reason: str,
    ) -> None:
        super().__init__(ctx, f"Move {name} to {to_name}")
        self.original_id = account_id
        self.from_position, self.to_position = from_position, to_position
        self.from_name = from_name
        self.reason = reason

    def _move(self, position: int, reason: str) -> None:
        account_id = self.ctx.account(self.original_id)
        rings.move_account(self.ctx.db, account_id, position, reason=reason)
        self.ctx.changed([account_id])

    def _undo(self) -> None:
        self._move(self.from_position, f"undo: back to {self.from_name}")

    def _redo(self) -> None:
        self._move(self.to_position, self.reason)


# --- contacts -----------------------------------------------------------------------------


class AddContactCommand(_Command):
    def __init__(self, ctx: UndoContext, info: ContactInfo, account_name: str) -> None:
        super().__init__(ctx, f"Add {info.name} to {account_name}")
        self.original_id = info.id
        self.original_account = info.account_id
        self.values = _contact_values(info)

    def _undo(self) -> None:
        contact_id = self.ctx.contact(self.original_id)
        assert contact_id is not None
        accounts_service.delete_contact(self.ctx.db, contact_id)
        self.ctx.changed([self.ctx.account(self.original_account)])

    def _redo(self) -> None:
        account_id = self.ctx.account(self.original_account)
        values = {k: v for k, v in self.values.items() if k != "stage_override"}
        info = accounts_service.add_contact(self.ctx.db, account_id, **values)
        if self.values.get("stage_override"):
            accounts_service.update_contact(
                self.ctx.db, info.id, stage_override=self.values["stage_override"]
            )
        self.ctx.remap_contact(self.original_id, info.id)
        self.ctx.changed([account_id])


class EditContactCommand(_Command):
    def __init__(self, ctx: UndoContext, before: ContactInfo, after: ContactInfo) -> None:
        super().__init__(ctx, f"Edit {after.name}")
        self.original_id = after.id
        self.original_account = after.account_id
        old, new = _contact_values(before), _contact_values(after)
        self.before = {k: v for k, v in old.items() if new[k] != v}
        self.after = {k: new[k] for k in self.before}

    def _apply(self, values: dict[str, Any]) -> None:
        contact_id = self.ctx.contact(self.original_id)
        assert contact_id is not None
        accounts_service.update_contact(self.ctx.db, contact_id, **values)
        self.ctx.changed([self.ctx.account(self.original_account)])

    def _undo(self) -> None:
        self._apply(self.before)

    def _redo(self) -> None:
        self._apply(self.after)


# --- touchpoints --------------------------------------------------------------------------


class LogTouchpointCommand(_Command):
    """Undo deletes the touchpoint; only pushed when the delete service exists."""

    def __init__(self, ctx: UndoContext, info: TouchpointInfo, account_name: str) -> None:
        super().__init__(ctx, f"Log {info.kind} with {account_name}")
        self.info = info
        self.current_id = info.id

    def _undo(self) -> None:
        delete = backend.delete_touchpoint_fn()
        if delete is None:
            raise ConflictError("touchpoints cannot be deleted in this version")
        delete(self.ctx.db, self.current_id)
        self.ctx.changed([self.ctx.account(self.info.account_id)])

    def _redo(self) -> None:
        account_id = self.ctx.account(self.info.account_id)
        info = activity.log_touchpoint(
            self.ctx.db,
            account_id,
            kind=self.info.kind,
            direction=self.info.direction,
            contact=self.ctx.contact(self.info.contact_id),
            on=self.info.occurred_on,
            note=self.info.note,
        )
        self.current_id = info.id
        self.ctx.changed([account_id], info.occurred_on)


# --- the operations the UI calls ----------------------------------------------------------


class Edits:
    """Service call + undo command in one step; raises CotError when the services refuse."""

    def __init__(self, ctx: UndoContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def create_account(self, ring: int | None, **values: Any) -> AccountInfo:
        info = accounts_service.create_account(self.db, ring=ring, **values)
        self.ctx.stack.push(CreateAccountCommand(self.ctx, info, info.ring_position))
        self.ctx.changed([info.id])
        return info

    def edit_account(self, account_id: int, **values: Any) -> AccountInfo:
        before = accounts_service.get_account(self.db, account_id)
        after = accounts_service.update_account(self.db, account_id, **values)
        command = EditAccountCommand(self.ctx, before, after)
        if command.before:
            self.ctx.stack.push(command)
        self.ctx.changed([account_id])
        return after

    def archive_account(self, account_id: int) -> AccountInfo:
        info = accounts_service.archive_account(self.db, account_id)
        self.ctx.stack.push(ArchiveAccountCommand(self.ctx, info))
        self.ctx.changed([account_id])
        return info

    def move_account(self, account_id: int, position: int, reason: str) -> rings.RingMove:
        info = accounts_service.get_account(self.db, account_id)
        move = rings.move_account(self.db, account_id, position, reason=reason)
        self.ctx.stack.push(
            MoveRingCommand(
                self.ctx,
                account_id,
                info.name,
                info.ring_position,
                position,
                move.from_ring,
                move.to_ring,
                reason,
            )
        )
        self.ctx.changed([account_id])
        return move

    def add_contact(self, account_id: int, **values: Any) -> ContactInfo:
        stage = values.pop("stage_override", None)
        info = accounts_service.add_contact(self.db, account_id, **values)
        if stage:
            info = accounts_service.update_contact(self.db, info.id, stage_override=stage)
        account = accounts_service.get_account(self.db, account_id)
        self.ctx.stack.push(AddContactCommand(self.ctx, info, account.name))
        self.ctx.changed([account_id])
        return info

    def edit_contact(self, contact_id: int, **values: Any) -> ContactInfo:
        before = accounts_service.get_contact(self.db, contact_id)
        after = accounts_service.update_contact(self.db, contact_id, **values)
        command = EditContactCommand(self.ctx, before, after)
        if command.before:
            self.ctx.stack.push(command)
        self.ctx.changed([after.account_id])
        return after

    def log_touchpoint(self, account_id: int, **values: Any) -> tuple[TouchpointInfo, bool]:
        """Log it; returns (touchpoint, undoable)."""
        info = activity.log_touchpoint(self.db, account_id, **values)
        undoable = backend.delete_touchpoint_fn() is not None
        if undoable:
            account = accounts_service.get_account(self.db, account_id)
            self.ctx.stack.push(LogTouchpointCommand(self.ctx, info, account.name))
        self.ctx.changed([account_id], info.occurred_on)
        return info, undoable
