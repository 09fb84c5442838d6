"""The account and contact forms, and the Move dialog (with the reason kept in history)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from circlesoftrust.records import RingInfo
from circlesoftrust.vocabulary import ContactRole, JourneyPhase, RelationshipStage
from ui.common import theme
from ui.common.dialogs import FormDialog, Submit, html_text, label

if TYPE_CHECKING:
    from circlesoftrust.services.accounts import AccountInfo, ContactInfo

MOVE_REASONS = (
    "Repeat business",
    "Referred a new client",
    "Promoter in the last survey",
    "Gone quiet",
    "Open complaint",
    "First purchase",
)


def _line(text: str | None = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setPlaceholderText(placeholder)
    return edit


def _notes(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


def _choices(values: Sequence[str], current: str | None, *, none: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none is not None:
        combo.addItem(none, None)
    for value in values:
        combo.addItem(label(value), value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    return combo


def _line_edit(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None, "only editable combo boxes have a line edit"
    return edit


class AccountDialog(FormDialog):
    """Create or edit an account: name, industry, website, tags, ring (new only), notes."""

    def __init__(
        self,
        submit: Submit,
        *,
        account: AccountInfo | None = None,
        industries: Sequence[str] = (),
        rings: Sequence[RingInfo] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit account" if account else "New account", submit, parent)
        self.setWindowIcon(theme.icon("account"))
        name = self.add("name", "&Name:", _line(account.name if account else "", "Company name"))
        industry = QComboBox()
        industry.setEditable(True)
        industry.addItems(list(industries))
        industry.setCurrentText(account.industry or "" if account else "")
        _line_edit(industry).setPlaceholderText(self.tr("e.g. Logistics"))
        completer = industry.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add("industry", "&Industry:", industry)
        self.add("website", "&Website:", _line(account.website if account else "", "https://…"))
        self.add(
            "tags",
            "&Tags:",
            _line(
                ", ".join(account.tags) if account else "", "comma-separated, e.g. berlin, partner"
            ),
        )
        if account is None and rings:
            ring = QComboBox()
            for r in rings:
                ring.addItem(f"{r.name}", r.position)
            ring.setCurrentIndex(len(rings) - 1)
            ring.setToolTip(self.tr("New accounts usually start in the outer ring"))
            self.add("ring", "&Ring:", ring)
        if account is not None:
            self.add(
                "journey_phase",
                "&Journey phase:",
                _choices([p.value for p in JourneyPhase], account.journey_phase, none="—"),
            )
            pinned = QCheckBox(self.tr("Keep in its ring (suggestions only for large gaps)"))
            pinned.setChecked(account.pinned)
            self.add("pinned", "Pinned:", pinned)
        self.add("notes", "N&otes:", _notes(account.notes if account else ""))
        name.setFocus()


class ContactDialog(FormDialog):
    """Create or edit a contact of the buying group."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        contact: ContactInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = f"Edit contact — {account_name}" if contact else f"New contact — {account_name}"
        super().__init__(title, submit, parent)
        self.setWindowIcon(theme.icon("contact"))
        c = contact
        name = self.add("name", "&Name:", _line(c.name if c else "", "First and last name"))
        self.add(
            "role", "&Role:", _choices([r.value for r in ContactRole], c.role if c else "other")
        )
        self.add("title", "&Job title:", _line(c.title if c else "", "e.g. Head of Purchasing"))
        self.add("email", "&E-mail:", _line(c.email if c else "", "name@example.com"))
        self.add("phone", "&Phone:", _line(c.phone if c else "", "+49 30 1234567"))
        self.add(
            "stage_override",
            "Relationship &stage:",
            _choices(
                [s.value for s in RelationshipStage],
                c.stage_override if c else None,
                none="Automatic (from touchpoints)",
            ),
        )
        self.add("notes", "N&otes:", _notes(c.notes if c else ""))
        name.setFocus()


class MoveDialog(FormDialog):
    """Move an account to another ring; asks for the reason (kept in the ring history)."""

    def __init__(
        self,
        submit: Submit,
        *,
        account_name: str,
        current: int,
        target: int | None,
        rings: Sequence[RingInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Move {account_name}", submit, parent)
        self.setWindowIcon(theme.icon("move"))
        names = {r.position: r.name for r in rings}
        intro = QLabel(
            f"<b>{html_text(account_name)}</b> is in <b>{html_text(names.get(current, '?'))}</b>."
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        ring = QComboBox()
        for r in rings:
            if r.position != current:
                arrow = "↑ closer" if r.position < current else "↓ further out"
                ring.addItem(f"{r.name}   ({arrow})", r.position)
        if target is not None:
            ring.setCurrentIndex(max(0, ring.findData(target)))
        self.add("ring", "Move &to:", ring)
        reason = QComboBox()
        reason.setEditable(True)
        reason.addItems(MOVE_REASONS)
        reason.setCurrentText("")
        _line_edit(reason).setPlaceholderText(self.tr("Why? (kept in the ring history)"))
        self.add("reason", "&Reason:", reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        reason.setFocus()

    def values(self) -> dict[str, Any]:
        values = super().values()
        reason = self.fields["reason"]
        assert isinstance(reason, QComboBox)
        values["reason"] = reason.currentText()
        return values
