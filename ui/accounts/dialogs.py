"""The account and contact forms, and the Move dialog (with the reason kept in history)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
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
from ui.common.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from circlesoftrust.services.accounts import AccountInfo, ContactInfo

MOVE_REASONS = (
    QT_TRANSLATE_NOOP("Accounts", "Repeat business"),
    QT_TRANSLATE_NOOP("Accounts", "Referred a new client"),
    QT_TRANSLATE_NOOP("Accounts", "Promoter in the last survey"),
    QT_TRANSLATE_NOOP("Accounts", "Gone quiet"),
    QT_TRANSLATE_NOOP("Accounts", "Open complaint"),
    QT_TRANSLATE_NOOP("Accounts", "First purchase"),
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
        super().__init__(
            self.tr("Edit account") if account else self.tr("New account"), submit, parent
        )
        self.setWindowIcon(theme.icon("account"))
        name = self.add(
            "name",
            self.tr("&Name:"),
            _line(account.name if account else "", self.tr("Company name")),
        )
        industry = QComboBox()
        industry.setEditable(True)
        industry.addItems(list(industries))
        industry.setCurrentText(account.industry or "" if account else "")
        _line_edit(industry).setPlaceholderText(self.tr("e.g. Logistics"))
        completer = industry.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add("industry", self.tr("&Industry:"), industry)
        self.add(
            "website", self.tr("&Website:"), _line(account.website if account else "", "https://…")
        )
        self.add(
            "tags",
            self.tr("&Tags:"),
            _line(
                ", ".join(account.tags) if account else "",
                self.tr("comma-separated, e.g. berlin, partner"),
            ),
        )
        if account is None and rings:
            ring = QComboBox()
            for r in rings:
                ring.addItem(f"{r.name}", r.position)
            ring.setCurrentIndex(len(rings) - 1)
            ring.setToolTip(self.tr("New accounts usually start in the outer ring"))
            self.add("ring", self.tr("&Ring:"), ring)
        if account is not None:
            self.add(
                "journey_phase",
                self.tr("&Journey phase:"),
                _choices([p.value for p in JourneyPhase], account.journey_phase, none="—"),
            )
            pinned = QCheckBox(self.tr("Keep in its ring (suggestions only for large gaps)"))
            pinned.setChecked(account.pinned)
            self.add("pinned", self.tr("Pinned:"), pinned)
        self.add("notes", self.tr("N&otes:"), _notes(account.notes if account else ""))
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
        title = (
            self.tr("Edit contact — {account_name}")
            if contact
            else self.tr("New contact — {account_name}")
        ).format(account_name=account_name)
        super().__init__(title, submit, parent)
        self.setWindowIcon(theme.icon("contact"))
        c = contact
        name = self.add(
            "name", self.tr("&Name:"), _line(c.name if c else "", self.tr("First and last name"))
        )
        self.add(
            "role",
            self.tr("&Role:"),
            _choices([r.value for r in ContactRole], c.role if c else "other"),
        )
        self.add(
            "title",
            self.tr("&Job title:"),
            _line(c.title if c else "", self.tr("e.g. Head of Purchasing")),
        )
        self.add(
            "email", self.tr("&E-mail:"), _line(c.email if c else "", self.tr("name@example.com"))
        )
        self.add("phone", self.tr("&Phone:"), _line(c.phone if c else "", "+49 30 1234567"))
        self.add(
            "stage_override",
            self.tr("Relationship &stage:"),
            _choices(
                [s.value for s in RelationshipStage],
                c.stage_override if c else None,
                none=self.tr("Automatic (from touchpoints)"),
            ),
        )
        self.add("notes", self.tr("N&otes:"), _notes(c.notes if c else ""))
        name.setFocus()


# The Move dialog's pin choices that are not a number of days.
PIN_DEFAULT, PIN_FOREVER = -1, -2


class MoveDialog(FormDialog):
    """Move an account to another ring; asks for the reason (kept in the ring history) and
    for how long the move stands (the pin period)."""

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
        super().__init__(
            self.tr("Move {account_name}").format(account_name=account_name), submit, parent
        )
        self.setWindowIcon(theme.icon("move"))
        names = {r.position: r.name for r in rings}
        intro = QLabel(
            self.tr("<b>{account}</b> is in <b>{ring}</b>.").format(
                account=html_text(account_name), ring=html_text(names.get(current, "?"))
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        ring = QComboBox()
        for r in rings:
            if r.position != current:
                arrow = self.tr("↑ closer") if r.position < current else self.tr("↓ further out")
                ring.addItem(f"{r.name}   ({arrow})", r.position)
        if target is not None:
            ring.setCurrentIndex(max(0, ring.findData(target)))
        self.add("ring", self.tr("Move &to:"), ring)
        reason = QComboBox()
        reason.setEditable(True)
        reason.addItems([QCoreApplication.translate("Accounts", r) for r in MOVE_REASONS])
        reason.setCurrentText("")
        _line_edit(reason).setPlaceholderText(self.tr("Why? (kept in the ring history)"))
        self.add("reason", self.tr("&Reason:"), reason)
        # A move by hand pins the account (issue 11): the advice then moves it only on a
        # gap of two rings, and says it overrides this move.
        pin = QComboBox()
        pin.addItem(self.tr("The usual period (Settings)"), PIN_DEFAULT)
        for days, text in (
            (30, self.tr("30 days")),
            (90, self.tr("90 days")),
            (180, self.tr("180 days")),
            (365, self.tr("1 year")),
        ):
            pin.addItem(text, days)
        pin.addItem(self.tr("Until I unpin it"), PIN_FOREVER)
        pin.addItem(self.tr("Do not pin (the advice may move it back)"), 0)
        pin.setToolTip(
            self.tr(
                "While pinned, the advice suggests another ring only when the score is two "
                "rings away, and says that it overrides your move."
            )
        )
        self.add("pin", self.tr("&Pin for:"), pin)
        # Rings that hold customers only, explained when a non-customer is moved there.
        self._customers_only = {r.position: r.name for r in rings if r.customers_only}
        self.customer: bool | None = None  # unknown until read (None: no warning)
        self.account_name = account_name
        self.ring_note = QLabel(self)
        self.ring_note.setWordWrap(True)
        self.ring_note.setStyleSheet("QLabel { color: #d97706; }")
        self.ring_note.hide()
        self.form.addRow(self.ring_note)
        ring.currentIndexChanged.connect(self._explain)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        reason.setFocus()

    def set_usual_pin(self, days: int) -> None:
        """Name the settings' pin period in the first choice, once it is read."""
        pin = self.fields["pin"]
        assert isinstance(pin, QComboBox)
        usual = (
            self.tr("The usual period: {n} days").format(n=days)
            if days > 0
            else self.tr("The usual period: no pin")
        )
        pin.setItemText(pin.findData(PIN_DEFAULT), usual)

    def set_customer(self, customer: bool) -> None:
        self.customer = customer
        self._explain()

    def needs_asking(self, position: int) -> bool:
        """A move of an account without a purchase into a customers-only ring."""
        return self.customer is False and position in self._customers_only

    def _explain(self) -> None:
        ring = self.fields["ring"]
        assert isinstance(ring, QComboBox)
        position = ring.currentData()
        asking = position is not None and self.needs_asking(int(position))
        if asking:
            self.ring_note.setText(
                self.tr(
                    "{account_name} has no purchase yet, and {value} holds customers "
                    "only (at least one purchase). The advice will suggest moving it "
                    "out again until a purchase is recorded."
                ).format(account_name=self.account_name, value=self._customers_only[int(position)])
            )
        self.ring_note.setVisible(asking)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move anyway") if asking else self.tr("Move"))

    def values(self) -> dict[str, Any]:
        values = super().values()
        reason = self.fields["reason"]
        assert isinstance(reason, QComboBox)
        values["reason"] = reason.currentText()
        return values
