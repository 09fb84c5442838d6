"""The forms that record what the advice rests on: a purchase, feedback, a complaint (open
and resolve), a referral, a task and a perk grant.

Each is a :class:`~ui.common.dialogs.FormDialog`: OK asks the door for the write, a refused
value keeps the form open with the message beside the field, nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from circlesoftrust.errors import ValidationError
from ui.accounts.dialogs import _line, _notes
from ui.common import formats, theme
from ui.common.dialogs import FormDialog, Submit, html_text, label
from ui.common.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from circlesoftrust.overview import GroupMember, PerkLine
    from circlesoftrust.services.activity import ComplaintInfo

REVENUE_KINDS = (
    ("new", QT_TRANSLATE_NOOP("Facts", "New business")),
    ("renewal", QT_TRANSLATE_NOOP("Facts", "Renewal")),
    ("upsell", QT_TRANSLATE_NOOP("Facts", "Up-sell")),
    ("crosssell", QT_TRANSLATE_NOOP("Facts", "Cross-sell")),
)


# The key suffix of an optional date's check box ("renewal_on?" for "renewal_on").
OPTIONAL = "?"


def date_edit(day: dt.date | None = None) -> QDateEdit:
    day = day or dt.date.today()
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formats.date_pattern())
    return edit


def contact_choice(members: Sequence[GroupMember], none: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none or QCoreApplication.translate("FactDialog", "No particular contact"), None)
    for m in members:
        role = f" ({label(m.role)})" if m.role and m.role != "other" else ""
        combo.addItem(f"{m.name}{role}", m.contact_id)
    return combo


class FactDialog(FormDialog):
    """A form dialog whose fields may also be date edits (read as ``datetime.date``)."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None, icon: str) -> None:
        super().__init__(title, submit, parent)
        self.setWindowIcon(theme.icon(icon))

    def intro(self, html: str) -> None:
        text = QLabel(html)
        text.setWordWrap(True)
        self.form.addRow(text)

    def values(self) -> dict[str, Any]:
        out = super().values()
        for key, widget in self.fields.items():
            if isinstance(widget, QDateEdit):
                d = widget.date()
                out[key] = dt.date(d.year(), d.month(), d.day())
        for key in [k for k in out if k.endswith(OPTIONAL)]:  # an optional date's box
            if not out.pop(key):
                out[key.removesuffix(OPTIONAL)] = None
        return out

    def fill(self, values: dict[str, Any]) -> None:
        """Put ``values`` (as :meth:`values` gives them) into the fields, dates included."""
        super().fill(values)
        for key, value in values.items():
            widget = self.fields.get(key)
            box = self.fields.get(key + OPTIONAL)
            if isinstance(box, QCheckBox):
                box.setChecked(value is not None)
            if isinstance(widget, QDateEdit) and isinstance(value, dt.date):
                widget.setDate(QDate(value.year, value.month, value.day))

    def add_optional_date(self, key: str, caption: str, check: str, day: dt.date) -> QCheckBox:
        """A date that may be left out: a box to tick, then the date (in the app's format)."""
        box = QCheckBox(check)
        box.setAccessibleName(check.replace("&", ""))
        edit = date_edit(day)
        edit.setEnabled(False)
        edit.setAccessibleName(caption.replace("&", "").rstrip(":"))
        box.toggled.connect(edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(edit, 1)
        text = QLabel(caption)
        text.setBuddy(box)
        self.form.addRow(text, row)
        self.fields[key + OPTIONAL] = box
        self.fields[key] = edit
        return box

    def ok_text(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)

    def rules(self, values: dict[str, Any]) -> None:
        """What this form checks as the user types (a ValidationError names the field);
        the services check again when OK writes."""


class RevenueDialog(FactDialog):
    """A purchase, renewal, up-sell or cross-sell: amount, kind, date, renewal date, note."""

    def __init__(self, submit: Submit, *, account_name: str, parent: QWidget | None) -> None:
        super().__init__(
            self.tr("Record a purchase — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "dashboard",
        )
        amount = self.add(
            "amount", self.tr("&Amount:"), _line("", self.tr("e.g. 12000 or 1,250.50"))
        )
        kind = QComboBox()
        for value, text in REVENUE_KINDS:
            kind.addItem(QCoreApplication.translate("Facts", text), value)
        self.add("kind", self.tr("&Kind:"), kind)
        self.add("on", self.tr("&Date:"), date_edit())
        self.add_optional_date(
            "renewal_on",
            self.tr("&Renews on:"),
            self.tr("Renews"),
            dt.date.today() + dt.timedelta(days=365),
        )
        self.add("note", self.tr("N&ote:"), _notes())
        self.ok_text(self.tr("Record"))
        amount.setFocus()

    def rules(self, values: dict[str, Any]) -> None:
        from circlesoftrust import validation as v

        v.amount_cents(values["amount"])
        renewal = values["renewal_on"]
        if renewal is not None and renewal < values["on"]:
            raise ValidationError("renewal_on", self.tr("must not be before the revenue date"))


class FeedbackDialog(FactDialog):
    """An NPS answer (0–10) with its comment and the ten optional 1–5 relational scores."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        members: Sequence[GroupMember],
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Record feedback — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "insight",
        )
        self.add("contact", self.tr("&Contact:"), contact_choice(members))
        nps = QComboBox()
        nps.addItem(self.tr("— pick 0 to 10 —"), None)
        for n in range(11):
            nps.addItem(str(n), n)
        nps.setToolTip(self.tr("How likely to recommend us: 0 (not at all) to 10 (extremely)"))
        self.add("nps", self.tr("&NPS:"), nps)
        self.add("comment", self.tr("Co&mment:"), _notes())
        self.add("on", self.tr("&Date:"), date_edit())
        box = QGroupBox(self.tr("Relational scores (1–5, all optional)"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        # (imported here: the window's first paint must not load SQLAlchemy)
        from circlesoftrust.models import RELATIONAL_SCORES

        # The five "trusted advisor" scores, then the five service scores.
        groups = (RELATIONAL_SCORES[:5], RELATIONAL_SCORES[5:])
        for col, group in enumerate(groups):
            for row, name in enumerate(group):
                combo = QComboBox()
                combo.addItem("—", None)
                for n in range(1, 6):
                    combo.addItem(str(n), n)
                caption = label(name)
                combo.setAccessibleName(caption)
                self.fields[f"score:{name}"] = combo
                grid.addWidget(QLabel(caption), row, col * 2)
                grid.addWidget(combo, row, col * 2 + 1)
        self.form.addRow(box)
        self.ok_text(self.tr("Record"))
        nps.setFocus()

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["scores"] = {
            key.split(":", 1)[1]: out.pop(key)
            for key in [k for k in out if k.startswith("score:")]
            if out[key] is not None
        }
        return out

    def rules(self, values: dict[str, Any]) -> None:
        if values["nps"] is None:
            raise ValidationError("nps", self.tr("is required: pick a value from 0 to 10"))


class ComplaintDialog(FactDialog):
    """Open a complaint: who, what, when."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        members: Sequence[GroupMember],
        resolved: bool = False,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Open a complaint — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "info",
        )
        self.add("contact", self.tr("&Contact:"), contact_choice(members))
        note = self.add("note", self.tr("&What is wrong:"), _notes())
        self.add("on", self.tr("&Date:"), date_edit())
        if resolved:  # (editing a resolved complaint: how and when it was resolved)
            self.add("resolution", self.tr("&Resolution:"), _notes())
            self.add("resolved_on", self.tr("Resol&ved on:"), date_edit())
        self.ok_text(self.tr("Open complaint"))
        note.setFocus()

    def rules(self, values: dict[str, Any]) -> None:
        if not values["note"].strip():
            raise ValidationError("note", self.tr("must not be empty: say what is wrong"))
        resolved = values.get("resolved_on")
        if resolved is not None and resolved < values["on"]:
            raise ValidationError(
                "resolved_on", self.tr("must not be before the day it was opened")
            )


class ResolveDialog(FactDialog):
    """Resolve one of the account's open complaints: which, how, when."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        complaints: Sequence[ComplaintInfo],
        current: int | None = None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Resolve a complaint — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "info",
        )
        which = QComboBox()
        for c in complaints:
            first = c.note.splitlines()[0] if c.note else ""
            text = first if len(first) <= 60 else first[:59] + "…"
            which.addItem(f"{formats.date(c.opened_on)}: {text}", c.id)
            which.setItemData(which.count() - 1, c.note, Qt.ItemDataRole.ToolTipRole)
        which.setCurrentIndex(max(0, which.findData(current)))
        self.add("complaint", self.tr("&Complaint:"), which)
        resolution = self.add("resolution", self.tr("&Resolution:"), _notes())
        self.add("on", self.tr("&Date:"), date_edit())
        self.ok_text(self.tr("Resolve"))
        resolution.setFocus()

    def rules(self, values: dict[str, Any]) -> None:
        if not values["resolution"].strip():
            raise ValidationError(
                "resolution", self.tr("must not be empty: say how it was resolved")
            )


class TaskDialog(FactDialog):
    """A to-do for the account: title, due date, the contact it concerns."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        members: Sequence[GroupMember],
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Add a task — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "task",
        )
        title = self.add(
            "title", self.tr("&Title:"), _line("", self.tr("e.g. Send the renewal offer"))
        )
        self.add("due_on", self.tr("&Due:"), date_edit())
        self.add("contact", self.tr("&Contact:"), contact_choice(members))
        self.ok_text(self.tr("Add task"))
        title.setFocus()

    def rules(self, values: dict[str, Any]) -> None:
        if not values["title"].strip():
            raise ValidationError("title", self.tr("must not be empty"))


class ReferralDialog(FactDialog):
    """This account (and contact) referred us to another account, known or new."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        members: Sequence[GroupMember],
        others: Sequence[str],
        new_ring: str = "",
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Record a referral — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "people",
        )
        self.intro(
            self.tr("<b>{account}</b> referred us to:").format(account=html_text(account_name))
        )
        target = QComboBox()
        target.setEditable(True)
        target.addItems(list(others))
        target.setCurrentText("")
        edit = target.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(self.tr("Type the account's name"))
        completer = target.completer()
        assert completer is not None
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add("to_account", self.tr("&Referred to:"), target)
        # A name that is no account yet: the account is created with the referral.
        self._known = {name.casefold() for name in others}
        self._new_ring = new_ring
        self.new_note = QLabel(self)
        self.new_note.setWordWrap(True)
        self.new_note.hide()
        self.form.addRow(self.new_note)
        self.add(
            "contact",
            self.tr("&By contact:"),
            contact_choice(members, self.tr("Nobody in particular")),
        )
        self.add("on", self.tr("&Date:"), date_edit())
        self.add("note", self.tr("N&ote:"), _notes())
        self.ok_text(self.tr("Record"))
        target.editTextChanged.connect(self._explain_target)
        target.setFocus()

    def is_new(self) -> bool:
        """The typed name is not an account yet (it will be created)."""
        name = self.values()["to_account"]
        return bool(name) and name.casefold() not in self._known

    def _explain_target(self) -> None:
        new = self.is_new()
        if new:
            self.new_note.setText(
                self.tr(
                    "“{0}” is not an account yet: it is created in {1} with the referral."
                ).format(html_text(self.values()["to_account"]), html_text(self._new_ring))
            )
        self.new_note.setVisible(new)
        self.ok_text(self.tr("Create and record") if new else self.tr("Record"))

    def values(self) -> dict[str, Any]:
        out = super().values()
        target = self.fields["to_account"]
        assert isinstance(target, QComboBox)
        out["to_account"] = target.currentText().strip()
        return out

    def rules(self, values: dict[str, Any]) -> None:
        from circlesoftrust import validation as v

        if not values["to_account"]:
            raise ValidationError("to_account", self.tr("is required: type the account's name"))
        if self.is_new():
            v.account_name(values["to_account"], "to_account")


class GrantDialog(FactDialog):
    """Grant one of the perks offered to the account's ring, with an optional expiry."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        offered: Sequence[PerkLine],
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            self.tr("Grant a perk — {account_name}").format(account_name=account_name),
            submit,
            parent,
            "perk",
        )
        perk = QComboBox()
        for p in offered:
            perk.addItem(f"{p.name} ({p.kind.replace('_', ' ')})", p.perk_id)
        self.add("perk", self.tr("&Perk:"), perk)
        self.add("on", self.tr("&Granted on:"), date_edit())
        # Not ticked: the perk's default period applies.
        self.add_optional_date(
            "expires_on",
            self.tr("&Expires on:"),
            self.tr("Expires"),
            dt.date.today() + dt.timedelta(days=365),
        ).setToolTip(self.tr("Not ticked: the perk's default period"))
        self.add("note", self.tr("N&ote:"), _notes())
        self.ok_text(self.tr("Grant"))
        perk.setFocus()

    def rules(self, values: dict[str, Any]) -> None:
        expiry = values["expires_on"]
        if expiry is not None and expiry < values["on"]:
            raise ValidationError("expires_on", self.tr("must not be before the grant"))


class ExpiryDialog(FactDialog):
    """Set the last day a granted perk can be used, or let it never expire."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        perk_name: str,
        expires_on: dt.date | None,
        parent: QWidget | None,
    ) -> None:
        title = QCoreApplication.translate("ExpiryDialog", "Perk expiry — {0}")
        super().__init__(title.format(account_name), submit, parent, "perk")
        self.intro(
            self.tr("When does <b>{0}</b> end for {1}?").format(
                html_text(perk_name), html_text(account_name)
            )
        )
        self.expires = QCheckBox(self.tr("&Expires"))
        self.expires.setChecked(expires_on is not None)
        self.expires.setAccessibleName(self.tr("Expires"))
        day = date_edit(expires_on or dt.date.today() + dt.timedelta(days=365))
        day.setMinimumDate(QDate(1900, 1, 1))
        day.setMaximumDate(QDate(9999, 12, 31))
        day.setEnabled(expires_on is not None)
        self.expires.toggled.connect(day.setEnabled)
        self.form.addRow(self.expires)
        self.add("expires_on", self.tr("&Last day:"), day)
        self.ok_text(self.tr("Save"))
        self.expires.setFocus()

    def values(self) -> dict[str, Any]:
        out = super().values()
        if not self.expires.isChecked():
            out["expires_on"] = None
        return out


PIN_PERIODS = (
    (30, QT_TRANSLATE_NOOP("PinDialog", "for 30 days")),
    (90, QT_TRANSLATE_NOOP("PinDialog", "for 90 days")),
    (180, QT_TRANSLATE_NOOP("PinDialog", "for 180 days")),
    (365, QT_TRANSLATE_NOOP("PinDialog", "for a year")),
)
PIN_REASONS = (
    QT_TRANSLATE_NOOP("PinDialog", "Key partner, whatever the score says"),
    QT_TRANSLATE_NOOP("PinDialog", "Strategic account for next year"),
    QT_TRANSLATE_NOOP("PinDialog", "Relationship carried by the owner"),
    QT_TRANSLATE_NOOP("PinDialog", "Waiting for the renewal talk"),
)


class PinDialog(FactDialog):
    """Pin the account to its ring (the advice then leaves it there), or unpin it —
    with the reason either way."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        ring_name: str,
        pinned: bool,
        pinned_until: dt.date | None,
        reason: str | None,
        default_days: int,
        parent: QWidget | None,
    ) -> None:
        title = (
            QCoreApplication.translate("PinDialog", "Unpin {0}")
            if pinned
            else QCoreApplication.translate("PinDialog", "Pin {0} to its ring")
        )
        super().__init__(title.format(account_name), submit, parent, "move")
        self.unpinning = pinned
        name, ring = html_text(account_name), html_text(ring_name)
        if pinned:
            until = (
                self.tr("until {0}").format(formats.date(pinned_until))
                if pinned_until
                else self.tr("until it is unpinned")
            )
            why = self.tr(" because: <i>{0}</i>").format(html_text(reason)) if reason else ""
            self.intro(
                self.tr(
                    "<b>{0}</b> is pinned to <b>{1}</b> {2}{3}. Unpinned, the advice "
                    "suggests its ring from the score again."
                ).format(name, ring, until, why)
            )
        else:
            self.intro(
                self.tr(
                    "<b>{0}</b> stays in <b>{1}</b>: the advice suggests moving it only when "
                    "the score is two rings away, and says it overrides your decision."
                ).format(name, ring)
            )
            period = QComboBox()
            for days, text in PIN_PERIODS:
                period.addItem(self.tr(text), days)
            period.addItem(self.tr("until I unpin it"), 0)
            period.setCurrentIndex(max(0, period.findData(default_days)))
            self.add("days", self.tr("&Keep it there:"), period)
        reason_box = QComboBox()
        reason_box.setEditable(True)
        if not pinned:
            reason_box.addItems([self.tr(r) for r in PIN_REASONS])
        reason_box.setCurrentText("")
        edit = reason_box.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(self.tr("Why? (kept with the account)"))
        self.add("reason", self.tr("&Reason:"), reason_box)
        self.ok_text(self.tr("Unpin") if pinned else self.tr("Pin"))
        reason_box.setFocus()

    def values(self) -> dict[str, Any]:
        out = super().values()
        reason = self.fields["reason"]
        assert isinstance(reason, QComboBox)
        out["reason"] = reason.currentText()
        return out

    def rules(self, values: dict[str, Any]) -> None:
        if not values["reason"].strip():
            raise ValidationError("reason", self.tr("is required: say why"))
