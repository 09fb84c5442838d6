"""Edit a recorded fact in place: the entry selected in the Timeline, Tasks, Perks or
Complaints tab opens in the form that recorded it, filled in; Save writes it through the
door as one undoable operation whose text names the fact ("Edit the purchase of € 12,000
on 3 Mar 2026 (Alder Legal)").

The form checks as the add form checks (as you type, and the services again on save). A
save based on values someone else changed meanwhile is refused by the core
(``team.StaleEditError``) and the conflict dialog (``ui.common.conflicts``) offers to reload
and re-apply the user's changes, to discard them, or to keep editing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ui.accounts.account_page import AccountPage
from ui.accounts.account_sections import TOUCH_KINDS
from ui.accounts.dialogs import _notes
from ui.accounts.fact_dialogs import (
    ComplaintDialog,
    FactDialog,
    FeedbackDialog,
    GrantDialog,
    ReferralDialog,
    RevenueDialog,
    TaskDialog,
    contact_choice,
    date_edit,
)
from ui.accounts.page_lists import COMPLAINTS, PERKS, TASKS
from ui.common.dialogs import Submit, label
from ui.operations import Operations, Ticket

if TYPE_CHECKING:
    from circlesoftrust.overview import AccountOverview, GroupMember
    from circlesoftrust.services.fact_edits import FactRecord
    from circlesoftrust.storage import Database


# Tasks have no contact column: the task form's contact is named in the note (fact_actions),
# "With <name>" in the language the task was written in.
def _with(name: str) -> str:
    return QCoreApplication.translate("FactActions", "With {name}").format(name=name)


def _named_in(note: str, names: Sequence[str]) -> str | None:
    """The contact a task's note names ("With Anna Larsen"; "Met Anna Larsen" in Dutch)."""
    # (also the English words: a task written before the language was switched)
    return next((n for n in names if note in (_with(n), f"With {n}")), None)


class TouchpointDialog(FactDialog):
    """A logged touchpoint: kind, direction, contact, date, note."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        members: Sequence[GroupMember],
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Touchpoint — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "touchpoint",
        )
        kind = QComboBox()
        for value in TOUCH_KINDS:
            kind.addItem(label(value), value)
        self.add("kind", self.tr("&Kind:"), kind)
        direction = QComboBox()
        from circlesoftrust.vocabulary import Direction

        for d in Direction:
            direction.addItem(label(d.value), d.value)
        self.add("direction", self.tr("D&irection:"), direction)
        self.add("contact", self.tr("&Contact:"), contact_choice(members))
        self.add("on", self.tr("&Date:"), date_edit())
        note = self.add("note", self.tr("N&ote:"), _notes())
        note.setFocus()


def _form_values(record: FactRecord, members: Sequence[GroupMember]) -> dict[str, Any]:
    """The record's values as the form's fields hold them."""
    values = dict(record.values)
    if record.kind == "feedback":
        for name, score in values.pop("scores").items():
            values[f"score:{name}"] = score
    elif record.kind == "task":
        note = str(values.get("note") or "")
        named = {m.name: m.contact_id for m in members}
        who = _named_in(note, list(named))
        values["contact"] = named[who] if who is not None else None
    return values


def _core_values(
    kind: str, values: dict[str, Any], record: FactRecord, members: Sequence[GroupMember]
) -> dict[str, Any]:
    """The form's values as :func:`circlesoftrust.services.fact_edits.edit_fact` takes them."""
    out = dict(values)
    if kind == "referral":
        out.pop("to_account", None)  # (who was referred stays: delete and record again)
    elif kind == "task":
        names = {m.contact_id: m.name for m in members}
        who = names.get(out.pop("contact", None))
        note = str(record.values.get("note") or "")
        if who:
            note = _with(who)
        elif _named_in(note, list(names.values())) is not None:
            note = ""
        out["note"] = note
    elif kind == "perk_grant":
        out.pop("perk", None)
    return out


class FactEdits(QObject):
    """The "edit" command for the facts of the account shown on the page.

    Signals:
        said(str): a one-line summary of what was done (the status bar).
    """

    said = Signal(str)

    def __init__(self, window: QWidget, ops: Operations, page: AccountPage) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.page = page
        self.dialog: FactDialog | None = None  # the open form (tests look at it)

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"edit_fact": self.edit_fact}

    def _selected(self) -> tuple[str, int] | None:
        """The fact selected in the tab shown (timeline, tasks, perks or complaints)."""
        tab = self.page.current_tab_title()
        if tab == TASKS:
            task = self.page.selected_task()
            return ("task", task.task_id) if task is not None else None
        if tab == PERKS:
            perk = self.page.selected_perk()
            if perk is None or perk.grant_id is None:
                return None
            return ("perk_grant", perk.grant_id)
        if tab == COMPLAINTS:
            complaint = self.page.selected_complaint()
            return ("complaint", complaint) if complaint is not None else None
        entry = self.page.selected_timeline_entry()
        return (entry.kind, entry.ref_id) if entry is not None else None

    def edit_fact(self) -> None:
        """Open the selected fact in its form, filled in (read off the UI thread)."""
        data = self.page.data
        if self.ops.db is None or data is None or data.account.id != self.page.account_id:
            self.said.emit(self.tr("Select an account first"))
            return
        picked = self._selected()
        if picked is None:
            if self.page.current_tab_title() not in (TASKS, PERKS, COMPLAINTS):
                self.page.show_tab("timeline")
            self.said.emit(
                self.tr("Select an entry in the Timeline, Tasks, Perks or Complaints tab first")
            )
            return
        kind, ref_id = picked
        if kind == "ring_change":
            self.said.emit(
                self.tr("A ring move stays in the history: move the account again instead")
            )
            return

        def read(db: Database) -> FactRecord:
            from circlesoftrust.services.fact_edits import read_fact

            return read_fact(db, kind, ref_id)

        self.ops.run_query(
            read,
            lambda record: self._open(data, record),
            on_failed=lambda exc: self.said.emit(str(exc)[:1].upper() + str(exc)[1:]),
            owner=self,
        )

    def _dialog(self, data: AccountOverview, record: FactRecord, submit: Submit) -> FactDialog:
        name, members, parent = data.account.name, data.buying_group, self.window
        kind = record.kind
        if kind == "revenue":
            return RevenueDialog(submit, account_name=name, parent=parent)
        if kind == "feedback":
            return FeedbackDialog(submit, account_name=name, members=members, parent=parent)
        if kind == "complaint":
            return ComplaintDialog(
                submit,
                account_name=name,
                members=members,
                resolved=record.values.get("resolved_on") is not None,
                parent=parent,
            )
        if kind == "referral":
            target = str(record.values["to_account"])
            dialog = ReferralDialog(
                submit, account_name=name, members=members, others=[target], parent=parent
            )
            dialog.fields["to_account"].setEnabled(False)  # (delete and record again)
            return dialog
        if kind == "task":
            return TaskDialog(submit, account_name=name, members=members, parent=parent)
        if kind == "perk_grant":
            grant = GrantDialog(submit, account_name=name, offered=[], parent=parent)
            perk = grant.fields["perk"]
            assert isinstance(perk, QComboBox)
            perk.addItem(str(record.values["perk"]), str(record.values["perk"]))
            perk.setEnabled(False)
            return grant
        return TouchpointDialog(submit, account_name=name, members=members, parent=parent)

    def _open(self, data: AccountOverview, record: FactRecord) -> None:
        members = data.buying_group
        kind, ref_id = record.kind, record.ref_id
        dialog: FactDialog | None = None

        def submit(values: dict[str, Any]) -> Ticket[Any]:
            assert dialog is not None
            core = _core_values(kind, values, record, members)
            version = dialog.version

            def write(db: Database) -> FactRecord:
                from circlesoftrust.services.fact_edits import edit_fact

                return edit_fact(db, kind, ref_id, core, expected_version=version)

            return self.ops.run_op(
                self.tr("Edit {fact} ({account})").format(
                    fact=record.title, account=record.account_name
                ),
                write,
                on_failed=dialog.refused,
                owner=self,
            )

        dialog = self._dialog(data, record, submit)
        dialog.setWindowTitle(
            self.tr("Edit {fact} — {account}").format(
                fact=record.title, account=record.account_name
            )
        )
        dialog.ok_text(self.tr("Save"))
        dialog.fill(_form_values(record, members))
        dialog.shown = dialog.values()
        dialog.version = record.version

        def reload(then: Callable[[dict[str, Any], int], None]) -> object:
            def read(db: Database) -> FactRecord:
                from circlesoftrust.services.fact_edits import read_fact

                return read_fact(db, kind, ref_id)

            return self.ops.run_query(
                read,
                lambda fresh: then(_form_values(fresh, members), fresh.version),
                on_failed=dialog.refused if dialog is not None else None,
                owner=dialog,
            )

        dialog.reloader = reload
        dialog.validate_with(dialog.rules)
        self.dialog = dialog
        try:
            if dialog.exec():
                saved: FactRecord = dialog.result_value
                self.said.emit(self.tr("Saved {fact} — Ctrl+Z undoes it").format(fact=saved.title))
        finally:
            self.dialog = None
