"""Quick capture (Ctrl+K): one line of free text, what it understood, Enter to save.

The line is read by :func:`circlesoftrust.quick_capture.understand` off the UI thread a
moment after each keystroke; the dialog shows the account, contact, kind, date, amount
and note it understood — or the question the core asks when something is unclear (then
Enter saves nothing). Enter on a clear line saves it through ``ops.run_op`` (one undoable
write: Ctrl+Z takes it back) and closes the line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.operations import NoDatabase, Operations

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes
    from circlesoftrust.quick_capture import AccountIndex, Capture
    from circlesoftrust.storage import Database

READ_AFTER_MS = 250  # read the line this long after the last keystroke


def _understand(
    text: str, index: AccountIndex | None
) -> Callable[[Database], tuple[Capture, AccountIndex]]:
    def read(db: Database) -> tuple[Capture, AccountIndex]:
        from circlesoftrust.quick_capture import account_index, understand

        names = index if index is not None else account_index(db)
        return understand(db, text, index=names), names

    return read


def _save(capture: Capture) -> Callable[[Database], object]:
    def write(db: Database) -> object:
        from circlesoftrust.quick_capture import save_capture

        return save_capture(db, capture)

    return write


class QuickCaptureDialog(QDialog):
    """The capture line and what it understood.

    Signals:
        understood(object): the line was read (a ``Capture``; its ``questions`` say what
            is unclear).
        saved(object): a capture was recorded (the ``Capture``).
    """

    understood = Signal(object)
    saved = Signal(object)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, say: Callable[[str], None] = print
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.say = say
        self.capture: Capture | None = None
        self._save_when_read = False
        # The accounts' names and keys, read once and kept until an account changes.
        self._index: AccountIndex | None = None
        self._index_generation = 0
        self.setWindowTitle(self.tr("Quick Capture"))
        self.setMinimumWidth(560)

        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            self.tr("Alder Legal: call with Quentin yesterday, renewal talk")
        )
        self.line.setClearButtonEnabled(True)
        self.line.setAccessibleName(self.tr("What happened"))
        hint = QLabel(
            self.tr(
                "Account first, then what happened: a call, meeting, e-mail, purchase with "
                "its amount, complaint or NPS answer; a person; a date (yesterday, last "
                "Friday, 3 March, gestern, gisteren). Enter saves, Esc closes."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("muted", True)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names = {
            "account": self.tr("Account"),
            "contact": self.tr("Contact"),
            "kind": self.tr("Kind"),
            "date": self.tr("Date"),
            "amount": self.tr("Amount"),
            "renewal": self.tr("Renewal"),
            "nps": self.tr("NPS"),
            "note": self.tr("Note"),
        }
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key, text in names.items():
            caption = QLabel(text, self)
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.fields[key] = value
            self._rows[key] = (caption, value)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("QLabel { color: #dc2626; font-weight: 600; }")
        self.question.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.question)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_AFTER_MS)
        self._timer.timeout.connect(self.read_now)
        self.line.textEdited.connect(self._on_edited)
        self.line.returnPressed.connect(self.submit)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        ops.changed.connect(self._on_door_changed)
        ops.databaseChanged.connect(lambda _db: self._forget_index())
        self._show_capture(None)

    # --- public -------------------------------------------------------------------------

    def start(self) -> None:
        """Show an empty line with the cursor in it."""
        self.line.clear()
        self.capture = None
        self._save_when_read = False
        self._show_capture(None)
        self.show()
        self.raise_()
        self.activateWindow()
        self.line.setFocus()

    def read_now(self) -> None:
        """Read the line as it is now (normally a moment after the last keystroke)."""
        self._timer.stop()
        text = self.line.text()
        if not text.strip():
            self.capture = None
            self._show_capture(None)
            return
        generation = self._index_generation
        try:
            self.ops.run_query(
                _understand(text, self._index),
                lambda result: self._on_read(text, result, generation),
                on_failed=self._on_failed,
                owner=self,
            )
        except NoDatabase:
            self.say(self.tr("Open a database first."))

    def submit(self) -> None:
        """Enter: save a clear line; ask again for an unclear one; read it first if needed."""
        capture = self.capture
        if capture is None or capture.text != " ".join(self.line.text().split()):
            self._save_when_read = True
            self.read_now()
            return
        if not capture.ready:
            self._show_capture(capture)  # the question stays on screen; nothing is saved
            self.line.setFocus()
            return
        self.save_button.setEnabled(False)
        label = self.tr("Quick capture: {0}").format(_what(capture))
        self.ops.run_op(
            label,
            _save(capture),
            lambda _result: self._on_saved(capture),
            initiator=self,
            on_failed=self._on_failed,
            owner=self,
        )

    # --- internals ----------------------------------------------------------------------

    def _on_edited(self, _text: str) -> None:
        self._save_when_read = False
        self.save_button.setEnabled(False)
        self._timer.start()

    def _forget_index(self) -> None:
        self._index = None
        self._index_generation += 1

    def _on_door_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.accounts or changes.everything:
            self._forget_index()  # a name may have changed, an account come or gone

    def _on_read(self, text: str, result: tuple[Capture, AccountIndex], generation: int) -> None:
        capture, index = result
        if generation == self._index_generation:
            self._index = index  # (one read before a change is not kept)
        if text != self.line.text():
            return  # typed on meanwhile: the next read follows
        self.capture = capture
        self._show_capture(capture)
        self.understood.emit(capture)
        if self._save_when_read:
            self._save_when_read = False
            self.submit()

    def _on_saved(self, capture: Capture) -> None:
        self.say(self.tr("Saved: {0}. Ctrl+Z undoes it.").format(_what(capture)))
        self.saved.emit(capture)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.question.setText(str(exc))
        self.question.show()
        self.save_button.setEnabled(False)

    def _show_capture(self, capture: Capture | None) -> None:
        values = dict(capture.summary()) if capture else {}
        for key, (caption, value) in self._rows.items():
            shown = key in values or key in ("account", "kind", "date")
            value.setText(values.get(key, "—"))
            caption.setVisible(shown)
            value.setVisible(shown)
        questions = capture.questions if capture else ()
        self.question.setText("\n".join(questions))
        self.question.setVisible(bool(questions))
        self.save_button.setEnabled(bool(capture and capture.ready))


def _what(capture: Capture) -> str:
    account = capture.account.name if capture.account else "?"
    from circlesoftrust.quick_capture import kind_name  # (loaded with the capture already)

    kind = kind_name(capture.kind) if capture.kind else "?"  # the user's words, not the code
    return f"{kind} · {account}"


class QuickCapture(QObject):
    """The window's Ctrl+K command: one dialog, made when first asked for."""

    def __init__(self, window: QWidget, ops: Operations, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.say = say
        self.dialog: QuickCaptureDialog | None = None

    def open(self) -> QuickCaptureDialog:
        if self.dialog is None:
            self.dialog = QuickCaptureDialog(self.ops, self.window, self.say)
        self.dialog.start()
        return self.dialog
