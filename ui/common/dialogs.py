"""Dialogs for edits, and the one helper that shows errors.

Each form dialog gets a ``submit(values)`` callback that asks ``ui.operations`` for the
write and returns its :class:`~ui.operations.Ticket`; the dialog waits (OK disabled) and
closes when the write is done. When the services refuse a value, the dialog stays open,
says what is wrong next to the buttons and puts the cursor in the field the error names —
nothing was written. Unexpected errors are shown in plain words with the technical
details folded away, never as a bare traceback.
"""

from __future__ import annotations

import html
import traceback
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from ui.common import theme


class Pending(Protocol):
    """A write asked of ``ui.operations`` (its ``Ticket``): one of the two signals fires."""

    @property
    def done(self) -> SignalInstance: ...

    @property
    def failed(self) -> SignalInstance: ...


Submit = Callable[[dict[str, Any]], Pending]


def label(value: str | None) -> str:
    """``decision_maker`` → ``Decision maker`` in the user's language (the core's words)."""
    from circlesoftrust.vocabulary import label as word

    return word(value)


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
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Circles of Trust"))
    prefix = (
        QCoreApplication.translate("dialogs", "{action} failed").format(action=action)
        if action
        else QCoreApplication.translate("dialogs", "That did not work")
    )
    if isinstance(exc, CotError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(f"{prefix}.")
        text = str(exc)
        box.setInformativeText(text[:1].upper() + text[1:])
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "dialogs", "{prefix}: something unexpected happened."
            ).format(prefix=prefix)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "dialogs",
                "{name__}: {exc}\n\nYour data is unchanged. If this keeps "
                "happening, please report it with the details below.",
            ).format(name__=type(exc).__name__, exc=exc)
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

    def __init__(self, title: str, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._submit = submit
        self.result_value: Any = None
        # Asked before OK submits (e.g. "move a non-customer inwards?"); False keeps the form.
        self.confirm_before: Callable[[dict[str, Any]], bool] | None = None
        # Checked as the user types (see validate_with); edits seen so far.
        self._check: Callable[[dict[str, Any]], None] | None = None
        self._touched = False
        self.fields: dict[str, QWidget] = {}
        # Team use (ui.common.conflicts): the record's version and the values the form
        # showed; ``reloader`` reads the record again when a save was refused as stale.
        self.version: int | None = None
        self.shown: dict[str, Any] = {}
        self.reloader: Callable[[Callable[[dict[str, Any], int], None]], object] | None = None
        self._last_refusal: BaseException | None = None
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
        # Enter in a note field starts a new line: Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_save_keys)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add(self, key: str, caption: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        widget.setAccessibleName(caption.rstrip(":"))
        line = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if line is not None:  # an editable choice keeps Enter to itself: it saves here too
            line.returnPressed.connect(self._on_save_keys)
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

    def caption(self, key: str) -> str:
        return self.fields[key].accessibleName().replace("&", "") if key in self.fields else key

    def fill(self, values: dict[str, Any]) -> None:
        """Put ``values`` (as :meth:`values` gives them) into the fields."""
        for key, value in values.items():
            widget = self.fields.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setCurrentText(str(value or ""))

    def showEvent(self, event: QShowEvent) -> None:
        if not self.shown:
            self.shown = self.values()  # what the user starts from (their changes differ)
        super().showEvent(event)

    # --- validation as you type --------------------------------------------------------

    def validate_with(self, check: Callable[[dict[str, Any]], None]) -> None:
        """Run ``check(values)`` (it raises a ValidationError naming the field) as the user
        types: while it fails, OK is disabled with the reason as its tip, and once the user
        has typed, the reason shows under the form. Nothing typed is changed."""
        self._check = check
        for widget in self.fields.values():
            for signal in _change_signals(widget):
                signal.connect(self._on_edited)
        self._revalidate()

    def _on_edited(self, *_args: object) -> None:
        self._touched = True
        self._revalidate()

    def _problem(self) -> ValidationError | None:
        if self._check is None:
            return None
        try:
            self._check(self.values())
        except ValidationError as exc:
            return exc
        return None

    def _revalidate(self) -> None:
        problem = self._problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)
        if problem is None:
            ok.setToolTip("")
            if self._touched:
                self.error_label.hide()
            return
        text = _problem_text(problem, self.caption(problem.field))
        ok.setToolTip(text)
        if self._touched:
            self.error_label.setText(text)
            self.error_label.show()

    def _on_save_keys(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() or (
            self._problem() is not None
        ):
            self._on_ok()  # (not while a save asked for is on its way)

    def _on_ok(self) -> None:
        problem = self._problem()
        if problem is not None:  # (Enter in a field, or OK pressed some other way)
            self.refused(problem)
            return
        if self.confirm_before is not None and not self.confirm_before(self.values()):
            return  # the user wants to think again: the form stays as typed
        try:
            pending = self._submit(self.values())
        except CotError as exc:  # refused before anything was asked of the database
            self.refused(exc)
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        pending.done.connect(self._on_done)
        pending.failed.connect(self._on_failed)

    def _on_done(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def _on_failed(self, exc: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if isinstance(exc, BaseException):
            self.refused(exc)

    def refused(self, exc: BaseException) -> None:
        """Say why the services refused (the dialog stays open); other errors in a box."""
        from circlesoftrust.team import StaleEditError

        if exc is self._last_refusal:
            return  # (told once: the caller's on_failed and the ticket may both pass it on)
        self._last_refusal = exc
        if isinstance(exc, StaleEditError) and self.reloader is not None:
            from ui.common.conflicts import resolve

            resolve(self, exc)  # someone saved it meanwhile: reload and re-apply, or discard
        elif isinstance(exc, ValidationError):
            self.show_problem(_problem_text(exc, self.caption(exc.field)), exc.field)
        elif isinstance(exc, CotError):
            self.show_problem(str(exc)[:1].upper() + str(exc)[1:])
        else:
            show_error(self, exc, action=self.windowTitle())

    def show_problem(self, text: str, field: str | None = None, *, note: bool = False) -> None:
        """Say what is wrong (red), or with ``note`` what happened (e.g. after a reload)."""
        colour = "#2563eb" if note else "#dc2626"
        self.error_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 600; }}")
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()  # (room for a message of several lines)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()


def _problem_text(exc: ValidationError, caption: str) -> str:
    """ "Amount must not be empty." — the field named first, as the form calls it (its
    caption in the user's language; the field's code when the form has no such field)."""
    field = caption if caption != exc.field else exc.field.replace("_", " ").capitalize()
    return f"{field} {exc.message.rstrip('.')}."


def _change_signals(widget: QWidget) -> list[SignalInstance]:
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateEdit):
        return [widget.dateChanged]
    return []


def html_text(text: str) -> str:
    """User text inside a rich-text label."""
    return html.escape(text, quote=False)


class WelcomeDialog(QDialog):
    """First start on an empty database: explore the example, start empty, or import."""

    EXAMPLE, EMPTY, IMPORT = "example", "empty", "import"

    def __init__(self, location: str, can_import: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Circles of Trust"))
        self.setWindowIcon(theme.app_icon())
        self.choice = self.EMPTY
        title = QLabel("<h2>" + self.tr("Welcome to Circles of Trust") + "</h2>")
        text = QLabel(
            self.tr(
                "Your accounts sit in concentric rings: the most loyal customers "
                "in the middle. Work inside-out — serve the inner circle best, "
                "then grow outwards.<br><br>Your database is empty:<br><span "
                "style='font-family:monospace'>{html_text}</span>"
            ).format(html_text=html_text(location))
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        example = buttons.addButton(
            self.tr("Explore the example"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        example.setToolTip(
            self.tr("Opens a separate example database with 60 accounts; your own stays empty")
        )
        empty = buttons.addButton(self.tr("Start empty"), QDialogButtonBox.ButtonRole.RejectRole)
        imp = buttons.addButton(self.tr("Import contacts…"), QDialogButtonBox.ButtonRole.ActionRole)
        imp.setEnabled(can_import)
        if not can_import:
            imp.setToolTip(self.tr("Importing is not available in this version yet"))
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


def show_shortcuts(parent: QWidget | None, rows: Sequence[tuple[str, str]]) -> None:
    """A sheet of the window's keyboard shortcuts (F1)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Keyboard shortcuts"))
    body = "".join(
        f"<tr><td style='padding:2px 18px 2px 0'>{html_text(cmd)}</td>"
        f"<td><b>{html_text(keys)}</b></td></tr>"
        for cmd, keys in rows
    )
    extra = QCoreApplication.translate(
        "dialogs",
        "<p><b>Log a touchpoint in seconds:</b> Ctrl+T, type the kind's first letter, Tab, "
        "the contact's first letters, Tab, the note, Enter.</p>"
        "<p><b>Rings:</b> drag a marker into another ring to move the account; wheel zooms, "
        "dragging the background pans.</p>",
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
