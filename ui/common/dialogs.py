"""Dialogs for edits, and the one helper that shows errors.

Each form dialog gets a ``submit(values) -> result`` callback that calls the services (or
pushes an undo command). When the services refuse a value, the dialog stays open, says
what is wrong next to the buttons and puts the cursor in the field the error names —
nothing was written. Unexpected errors are shown in plain words with the technical
details folded away, never as a bare traceback.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.errors import CotError, ValidationError
from circlesoftrust.records import RingInfo
from circlesoftrust.vocabulary import ContactRole, JourneyPhase, RelationshipStage
from ui.common import theme

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


def label(value: str | None) -> str:
    """``decision_maker`` → ``Decision maker``."""
    return (value or "").replace("_", " ").capitalize()


# Tests (and scripts) may collect errors here instead of showing a modal box.
error_sink: Callable[[BaseException, str], None] | None = None


def show_error(
    parent: QWidget | None, exc: BaseException, *, action: str = "", details: str = ""
) -> None:
    """Tell the user what went wrong, in one clear sentence."""
    if error_sink is not None:
        error_sink(exc, action)
        return
    box = QMessageBox(parent)
    box.setWindowTitle("Circles of Trust")
    prefix = f"{action} failed" if action else "That did not work"
    if isinstance(exc, CotError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(f"{prefix}.")
        text = str(exc)
        box.setInformativeText(text[:1].upper() + text[1:])
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(f"{prefix}: something unexpected happened.")
        box.setInformativeText(
            f"{type(exc).__name__}: {exc}\n\nYour data is unchanged. If this keeps "
            "happening, please report it with the details below."
        )
        box.setDetailedText(details or "".join(traceback.format_exception(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, informative: str, ok: str) -> bool:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(text)
    box.setInformativeText(informative)
    yes = box.addButton(ok, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


class FormDialog(QDialog):
    """A form whose OK runs ``submit(values)``; service errors keep it open with a note."""

    def __init__(
        self, title: str, submit: Callable[[dict[str, Any]], Any], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._submit = submit
        self.result_value: Any = None
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #dc2626; font-weight: 600; }")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add(self, key: str, caption: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        widget.setAccessibleName(caption.rstrip(":"))
        self.form.addRow(caption, widget)
        return widget

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                out[key] = widget.currentText() if data is None and widget.isEditable() else data
        return out

    def _on_ok(self) -> None:
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as exc:
            field = exc.field.replace("_", " ").capitalize()
            self.show_problem(f"{field} {exc.message.rstrip('.')}.", exc.field)
            return
        except CotError as exc:
            self.show_problem(str(exc)[:1].upper() + str(exc)[1:])
            return
        self.accept()

    def show_problem(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()


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


class AccountDialog(FormDialog):
    """Create or edit an account: name, industry, website, tags, ring (new only), notes."""

    def __init__(
        self,
        submit: Callable[[dict[str, Any]], Any],
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
        industry.lineEdit().setPlaceholderText("e.g. Logistics")
        industry.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
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
            ring.setToolTip("New accounts usually start in the outer ring")
            self.add("ring", "&Ring:", ring)
        if account is not None:
            self.add(
                "journey_phase",
                "&Journey phase:",
                _choices([p.value for p in JourneyPhase], account.journey_phase, none="—"),
            )
            pinned = QCheckBox("Keep in its ring (suggestions only for large gaps)")
            pinned.setChecked(account.pinned)
            self.add("pinned", "Pinned:", pinned)
        self.add("notes", "N&otes:", _notes(account.notes if account else ""))
        name.setFocus()


class ContactDialog(FormDialog):
    """Create or edit a contact of the buying group."""

    def __init__(
        self,
        submit: Callable[[dict[str, Any]], Any],
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
        submit: Callable[[dict[str, Any]], Any],
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
            f"<b>{_html(account_name)}</b> is in <b>{_html(names.get(current, '?'))}</b>."
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
        reason.lineEdit().setPlaceholderText("Why? (kept in the ring history)")
        self.add("reason", "&Reason:", reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Move")
        reason.setFocus()

    def values(self) -> dict[str, Any]:
        values = super().values()
        reason = self.fields["reason"]
        assert isinstance(reason, QComboBox)
        values["reason"] = reason.currentText()
        return values


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WelcomeDialog(QDialog):
    """First start on an empty database: explore the example, start empty, or import."""

    EXAMPLE, EMPTY, IMPORT = "example", "empty", "import"

    def __init__(self, location: str, can_import: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Circles of Trust")
        self.setWindowIcon(theme.app_icon())
        self.choice = self.EMPTY
        title = QLabel("<h2>Welcome to Circles of Trust</h2>")
        text = QLabel(
            "Your accounts sit in concentric rings: the most loyal customers in the middle. "
            "Work inside-out — serve the inner circle best, then grow outwards.<br><br>"
            "Your database is empty:<br>"
            f"<span style='font-family:monospace'>{_html(location)}</span>"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        example = buttons.addButton("Explore the example", QDialogButtonBox.ButtonRole.AcceptRole)
        example.setToolTip(
            "Opens a separate example database with 60 accounts; your own stays empty"
        )
        empty = buttons.addButton("Start empty", QDialogButtonBox.ButtonRole.RejectRole)
        imp = buttons.addButton("Import contacts…", QDialogButtonBox.ButtonRole.ActionRole)
        imp.setEnabled(can_import)
        if not can_import:
            imp.setToolTip("Importing is not available in this version yet")
        example.setDefault(True)
        example.clicked.connect(lambda: self._choose(self.EXAMPLE))
        empty.clicked.connect(lambda: self._choose(self.EMPTY))
        imp.clicked.connect(lambda: self._choose(self.IMPORT))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def show_about(parent: QWidget | None, version: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About Circles of Trust")
    box.setIconPixmap(theme.app_icon().pixmap(96, 96))
    box.setText(f"<h3>Circles of Trust {version}</h3>")
    box.setInformativeText(
        "An offline account manager built on concentric trust rings: serve your inner "
        "circle best, then grow outwards.<br><br>Your data stays in a local SQLite file "
        "(or a shared PostgreSQL database)."
    )
    box.exec()


def show_shortcuts(parent: QWidget | None, rows: Sequence[tuple[str, str]]) -> None:
    """A sheet of the window's keyboard shortcuts (F1)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts")
    body = "".join(
        f"<tr><td style='padding:2px 18px 2px 0'>{_html(cmd)}</td>"
        f"<td><b>{_html(keys)}</b></td></tr>"
        for cmd, keys in rows
    )
    extra = (
        "<p><b>Log a touchpoint in seconds:</b> Ctrl+T, type the kind's first letter, Tab, "
        "the contact's first letters, Tab, the note, Enter.</p>"
        "<p><b>Rings:</b> drag a marker into another ring to move the account; wheel zooms, "
        "dragging the background pans.</p>"
    )
    text = QLabel(f"<table>{body}</table>{extra}")
    text.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(460)
    dialog.exec()
