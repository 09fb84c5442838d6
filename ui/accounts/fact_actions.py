"""What the fact commands ask for: a form (``ui.accounts.fact_dialogs``), then one undoable
operation through the door. The page, the table and the rings refresh themselves from the
door's ``changed`` signal.

The forms read the account's contacts, open complaints and offered perks from the page's
overview (already loaded, so a form opens at once); task, grant and complaint commands
act on the row selected in the page's tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from circlesoftrust.errors import ValidationError
from ui.accounts.account_page import AccountPage
from ui.accounts.account_store import AccountStore
from ui.accounts.fact_dialogs import (
    ComplaintDialog,
    ExpiryDialog,
    FactDialog,
    FeedbackDialog,
    GrantDialog,
    PinDialog,
    ReferralDialog,
    ResolveDialog,
    RevenueDialog,
    TaskDialog,
)
from ui.common import formats
from ui.common.dialogs import FormDialog
from ui.common.formats import money
from ui.operations import Operations, Ticket

if TYPE_CHECKING:
    from circlesoftrust.overview import AccountOverview
    from circlesoftrust.storage import Database

# The commands (keys of ui.shell.actions.SPECS) this module handles.
FACT_COMMANDS = (
    "record_revenue",
    "record_feedback",
    "open_complaint",
    "resolve_complaint",
    "record_referral",
    "add_task",
    "complete_task",
    "reopen_task",
    "delete_task",
    "grant_perk",
    "redeem_perk",
    "withdraw_perk",
    "set_perk_expiry",
    "pin_account",
    "delete_fact",
)


class FactActions(QObject):
    """Forms and one-click edits for the facts of the account shown on the page.

    Signals:
        said(str): a one-line summary of what was done (the status bar).
    """

    said = Signal(str)

    def __init__(
        self, window: QWidget, ops: Operations, store: AccountStore, page: AccountPage
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.store = store
        self.page = page
        self._pending: tuple[int, Callable[[], object]] | None = None
        page.loaded.connect(self._on_page_loaded)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {key: getattr(self, key) for key in FACT_COMMANDS}

    # --- helpers ------------------------------------------------------------------------

    def _shown(self, again: Callable[[], object]) -> AccountOverview | None:
        """The page's overview of the current account; while it is on its way (a row
        right-clicked a moment ago), ``again`` runs once it has arrived."""
        data, current = self.page.data, self.page.account_id
        if self.ops.db is None or current is None:
            self.said.emit(self.tr("Select an account first"))
            return None
        if data is None or data.account.id != current:
            self._pending = (current, again)
            return None
        return data

    def _on_page_loaded(self, account_id: int) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == account_id:
            pending[1]()

    def _form(
        self,
        data: AccountOverview,
        verb: str,
        write: Callable[[Database, dict[str, Any]], Any],
        make: Callable[[Callable[[dict[str, Any]], Ticket[Any]]], FormDialog],
        done: Callable[[Any], str],
        check: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        """Open ``make(submit)``; OK runs ``write(db, values)`` as one undoable operation."""
        name = data.account.name
        dialog: FormDialog | None = None

        def submit(values: dict[str, Any]) -> Ticket[Any]:
            if check is not None:
                check(values)  # a ValidationError keeps the form open, nothing asked
            assert dialog is not None
            return self.ops.run_op(
                self.tr("{verb} for {name}").format(verb=verb, name=name),
                lambda db: write(db, values),
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = make(submit)
        carried = self.page.carried
        if carried is not None and isinstance(dialog, FactDialog):
            # Typed in the touchpoint form whose kind opened this form: not lost.
            text_key = "comment" if "comment" in dialog.fields else "note"
            dialog.fill(
                {text_key: carried.get("note") or "", "contact": carried.get("contact")}
                | ({"on": carried["on"]} if carried.get("on") else {})
            )
        if isinstance(dialog, FactDialog):

            def as_you_type(values: dict[str, Any]) -> None:
                assert isinstance(dialog, FactDialog)
                dialog.rules(values)
                if check is not None:
                    check(values)

            dialog.validate_with(as_you_type)
        if dialog.exec():
            if carried is not None:
                self.page.form.note.clear()  # (recorded with the fact)
            self.said.emit(
                self.tr("{done} — Ctrl+Z undoes it").format(done=done(dialog.result_value))
            )

    def _one_click(self, label: str, write: Callable[[Database], Any], said: str) -> None:
        self.ops.run_op(label, write, lambda _r: self.said.emit(said), owner=self)

    # --- revenue, feedback, complaints, referrals ---------------------------------------

    def record_revenue(self) -> None:
        data = self._shown(self.record_revenue)
        if data is None:
            return
        account_id = data.account.id

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.activity import record_revenue

            return record_revenue(
                db, account_id, v["amount"], kind=v["kind"], on=v["on"],
                renewal_on=v["renewal_on"], note=v["note"],
            )  # fmt: skip

        self._form(
            data,
            self.tr("Record a purchase"),
            write,
            lambda submit: RevenueDialog(
                submit, account_name=data.account.name, parent=self.window
            ),
            lambda r: self.tr("Recorded {money} ({kind}) for {name}").format(
                money=money(r.amount_cents), kind=r.kind, name=data.account.name
            ),
        )

    def record_feedback(self) -> None:
        data = self._shown(self.record_feedback)
        if data is None:
            return
        account_id = data.account.id

        def check(v: dict[str, Any]) -> None:
            if v["nps"] is None:
                raise ValidationError("nps", self.tr("is required: pick a value from 0 to 10"))

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.activity import record_feedback

            return record_feedback(
                db, account_id, nps=v["nps"], contact=v["contact"], on=v["on"],
                comment=v["comment"], scores=v["scores"],
            )  # fmt: skip

        self._form(
            data,
            self.tr("Record feedback"),
            write,
            lambda submit: FeedbackDialog(
                submit,
                account_name=data.account.name,
                members=data.buying_group,
                parent=self.window,
            ),
            lambda f: self.tr("Recorded NPS {nps} for {name}").format(
                nps=f.nps, name=data.account.name
            ),
            check,
        )

    def open_complaint(self) -> None:
        data = self._shown(self.open_complaint)
        if data is None:
            return
        account_id = data.account.id

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.activity import open_complaint

            return open_complaint(db, account_id, note=v["note"], contact=v["contact"], on=v["on"])

        self._form(
            data,
            self.tr("Open a complaint"),
            write,
            lambda submit: ComplaintDialog(
                submit,
                account_name=data.account.name,
                members=data.buying_group,
                parent=self.window,
            ),
            lambda _c: self.tr("Complaint opened for {name}").format(name=data.account.name),
        )

    def resolve_complaint(self) -> None:
        data = self._shown(self.resolve_complaint)
        if data is None:
            return
        if not data.complaints:
            self.said.emit(self.tr("{name} has no open complaint").format(name=data.account.name))
            return

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.activity import resolve_complaint

            return resolve_complaint(db, v["complaint"], resolution=v["resolution"], on=v["on"])

        self._form(
            data,
            self.tr("Resolve a complaint"),
            write,
            lambda submit: ResolveDialog(
                submit,
                account_name=data.account.name,
                complaints=data.complaints,
                current=self.page.selected_complaint(),
                parent=self.window,
            ),
            lambda _c: self.tr("Complaint of {name} resolved").format(name=data.account.name),
        )

    def record_referral(self) -> None:
        data = self._shown(self.record_referral)
        if data is None:
            return
        account_id = data.account.id
        ids = {row.name: row.id for row in self.store.rows.values() if row.id != account_id}

        known = {name.casefold(): account for name, account in ids.items()}

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services import activity

            target = known.get(v["to_account"].casefold())
            if target is None:  # a new account, created with the referral
                return activity.record_referral_to_new_account(
                    db, account_id, v["to_account"], contact=v["contact"], on=v["on"],
                    note=v["note"],
                )  # fmt: skip
            return activity.record_referral(
                db, account_id, target, contact=v["contact"], on=v["on"], note=v["note"]
            )

        def check(v: dict[str, Any]) -> None:
            if not v["to_account"]:
                raise ValidationError("to_account", self.tr("is required: type the account's name"))

        self._form(
            data,
            self.tr("Record a referral"),
            write,
            lambda submit: ReferralDialog(
                submit,
                account_name=data.account.name,
                members=data.buying_group,
                others=sorted(ids, key=str.casefold),
                new_ring=self.store.rings[-1].name if self.store.rings else "",
                parent=self.window,
            ),
            lambda _r: self.tr("Recorded the referral from {name}").format(name=data.account.name),
            check,
        )

    # --- tasks --------------------------------------------------------------------------

    def add_task(self) -> None:
        data = self._shown(self.add_task)
        if data is None:
            return
        account_id = data.account.id
        names = {m.contact_id: m.name for m in data.buying_group}

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.tasks import add_task

            # Tasks have no contact column: the contact is named in the task's note.
            who = names.get(v["contact"])
            note = self.tr("With {name}").format(name=who) if who else ""
            return add_task(db, account_id, v["title"], due_on=v["due_on"], note=note)

        self._form(
            data,
            self.tr("Add a task"),
            write,
            lambda submit: TaskDialog(
                submit,
                account_name=data.account.name,
                members=data.buying_group,
                parent=self.window,
            ),
            lambda t: self.tr("Task “{title}” added, due {isoformat}").format(
                title=t.title, isoformat=formats.date(t.due_on)
            ),
        )

    def _selected_task(self, again: Callable[[], object], *, done: bool) -> tuple[int, str] | None:
        data = self._shown(again)
        if data is None:
            return None
        task = self.page.selected_task()
        if task is None:
            self.page.show_tab("tasks")
            self.said.emit(self.tr("Select a task in the Tasks tab first"))
            return None
        if (task.done_on is not None) != done:
            self.said.emit(
                (
                    self.tr("“{title}” is still open")
                    if done
                    else self.tr("“{title}” is already done")
                ).format(title=task.title)
            )
            return None
        return task.task_id, task.title

    def complete_task(self) -> None:
        picked = self._selected_task(self.complete_task, done=False)
        if picked is None:
            return
        task_id, title = picked

        def write(db: Database) -> Any:
            from circlesoftrust.services.tasks import complete_task

            return complete_task(db, task_id)

        self._one_click(
            self.tr("Complete “{title}”").format(title=title),
            write,
            self.tr("Done: {title} — Ctrl+Z reopens it").format(title=title),
        )

    def reopen_task(self) -> None:
        picked = self._selected_task(self.reopen_task, done=True)
        if picked is None:
            return
        task_id, title = picked

        def write(db: Database) -> Any:
            from circlesoftrust.services.tasks import reopen_task

            return reopen_task(db, task_id)

        self._one_click(
            self.tr("Reopen “{title}”").format(title=title),
            write,
            self.tr("Reopened: {title}").format(title=title),
        )

    def delete_task(self) -> None:
        data = self._shown(self.delete_task)
        task = self.page.selected_task() if data is not None else None
        if task is None:
            if data is not None:
                self.page.show_tab("tasks")
                self.said.emit(self.tr("Select a task in the Tasks tab first"))
            return
        task_id = task.task_id

        def write(db: Database) -> Any:
            from circlesoftrust.services.tasks import delete_task

            return delete_task(db, task_id)

        self._one_click(
            self.tr("Delete “{title}”").format(title=task.title),
            write,
            self.tr("Deleted: {title} — Ctrl+Z brings it back").format(title=task.title),
        )

    # --- perks --------------------------------------------------------------------------

    def grant_perk(self) -> None:
        data = self._shown(self.grant_perk)
        if data is None:
            return
        offered = [p for p in data.perks if p.status == "eligible"]
        if not offered:
            self.said.emit(
                self.tr("No perk is offered to {name}'s ring that it lacks").format(
                    name=data.account.name
                )
            )
            return
        account_id = data.account.id

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.perks import grant_perk

            return grant_perk(
                db, account_id, v["perk"], on=v["on"],
                expires_on=v["expires_on"], note=v["note"],
            )  # fmt: skip

        self._form(
            data,
            self.tr("Grant a perk"),
            write,
            lambda submit: GrantDialog(
                submit, account_name=data.account.name, offered=offered, parent=self.window
            ),
            lambda _g: self.tr("Perk granted to {name}").format(name=data.account.name),
        )

    def _active_perk(self, again: Callable[[], object]) -> tuple[int, str] | None:
        if self._shown(again) is None:
            return None
        perk = self.page.selected_perk()
        if perk is None or perk.grant_id is None or perk.status != "active":
            self.page.show_tab("perks")
            self.said.emit(self.tr("Select an active perk in the Perks tab first"))
            return None
        return perk.grant_id, perk.name

    def redeem_perk(self) -> None:
        picked = self._active_perk(self.redeem_perk)
        if picked is None:
            return
        grant_id, name = picked

        def write(db: Database) -> Any:
            from circlesoftrust.services.perks import redeem_grant

            return redeem_grant(db, grant_id)

        self._one_click(
            self.tr("Redeem {name}").format(name=name),
            write,
            self.tr("Redeemed: {name}").format(name=name),
        )

    def withdraw_perk(self) -> None:
        picked = self._active_perk(self.withdraw_perk)
        if picked is None:
            return
        grant_id, name = picked

        def write(db: Database) -> Any:
            from circlesoftrust.services.perks import withdraw_grant

            return withdraw_grant(db, grant_id)

        self._one_click(
            self.tr("Withdraw {name}").format(name=name),
            write,
            self.tr("Withdrew: {name} — Ctrl+Z gives it back").format(name=name),
        )

    def set_perk_expiry(self) -> None:
        data = self._shown(self.set_perk_expiry)
        if data is None:
            return
        perk = self.page.selected_perk()
        if perk is None or perk.grant_id is None or perk.status == "withdrawn":
            self.page.show_tab("perks")
            self.said.emit(self.tr("Select a granted perk in the Perks tab first"))
            return
        grant_id, name = perk.grant_id, perk.name

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services.perks import set_grant_expiry

            return set_grant_expiry(db, grant_id, v["expires_on"])

        def done(g: Any) -> str:
            if g.expires_on is None:
                return self.tr("{0} no longer expires").format(name)
            return self.tr("{0} expires on {1}").format(name, formats.date(g.expires_on))

        self._form(
            data,
            self.tr("Set the expiry of {0}").format(name),
            write,
            lambda submit: ExpiryDialog(
                submit,
                account_name=data.account.name,
                perk_name=name,
                expires_on=perk.expires_on,
                parent=self.window,
            ),
            done,
        )

    # --- pin ----------------------------------------------------------------------------

    def pin_account(self) -> None:
        """Pin the account to its ring, or unpin it; the reason is asked either way."""
        data = self._shown(self.pin_account)
        if data is None:
            return
        info = data.account
        account_id = info.id
        pinned = info.pinned and (info.pinned_until is None or info.pinned_until >= dt.date.today())

        def check(v: dict[str, Any]) -> None:
            if not v["reason"].strip():
                raise ValidationError("reason", self.tr("is required: say why"))

        def write(db: Database, v: dict[str, Any]) -> Any:
            from circlesoftrust.services import rings

            if pinned:
                return rings.unpin_account(db, account_id, reason=v["reason"])
            days = int(v["days"])
            return rings.pin_account(
                db, account_id, reason=v["reason"], days=days or None, forever=days == 0
            )

        def done(_result: Any) -> str:
            if pinned:
                return self.tr("{0} is unpinned").format(info.name)
            return self.tr("{0} is pinned to {1}").format(info.name, info.ring_name)

        self._form(
            data,
            self.tr("Unpin {0}").format(info.name)
            if pinned
            else self.tr("Pin {0}").format(info.name),
            write,
            lambda submit: PinDialog(
                submit,
                account_name=info.name,
                ring_name=info.ring_name,
                pinned=pinned,
                pinned_until=info.pinned_until,
                reason=info.pin_reason,
                default_days=90,
                parent=self.window,
            ),
            done,
            check,
        )

    # --- the timeline -------------------------------------------------------------------

    def delete_fact(self) -> None:
        """Delete the fact selected in the Timeline tab (one undoable action)."""
        data = self._shown(self.delete_fact)
        if data is None:
            return
        entry = self.page.selected_timeline_entry()
        if entry is None:
            self.page.show_tab("timeline")
            self.said.emit(self.tr("Select an entry in the Timeline tab first"))
            return
        if entry.kind == "ring_change":
            self.said.emit(
                self.tr("A ring move stays in the history: move the account again instead")
            )
            return
        kind, ref_id, title = entry.kind, entry.ref_id, entry.title

        def write(db: Database) -> Any:
            from circlesoftrust.services.activity import delete_fact

            return delete_fact(db, kind, ref_id)

        self._one_click(
            self.tr("Delete “{0}”").format(title),
            write,
            self.tr("Deleted “{0}” — Ctrl+Z brings it back").format(title),
        )
