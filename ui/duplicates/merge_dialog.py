"""The merge dialog: two contacts (or two accounts) become one, the user choosing per field.

It reads a preview of the merge (``circlesoftrust.duplicates.merge.preview_merge``) off
the UI thread: the fields of both sides, the rows that move, and for accounts the combined
revenue, the ring kept and where the engine would place the merged account. Fields the
two fill differently get a choice of the two values (the default: the one kept, or the
other's where the one kept is empty); notes are always joined, and an e-mail or phone not
kept is added to the notes, so nothing typed is lost. Two accounts that both have revenue
need a tick on the consequence line before Merge is enabled.

The merge runs through ``ops.run_op``: one transaction, one entry in the window's undo
history (Ctrl+Z splits the two again).

Signals:
    merged(object): the merge is done (its ``MergeResult``).
    previewed(): a preview arrived and is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.duplicates.merge import (
    MergePreview,
    MergeResult,
    merge,
    preview_merge,
    rows_in_words,
)
from circlesoftrust.engine.possible_duplicates import parse_pair_key
from circlesoftrust.storage import Database
from ui.common.dialogs import label
from ui.common.formats import money
from ui.common.widgets import heading, muted
from ui.operations import Operations

KEEP, OTHER = "keep", "other"
# Fields whose values are codes ("decision_maker"): shown as words.
_CODED = frozenset({"role", "stage_override", "journey_phase"})


class MergeDialog(QDialog):
    """Merge ``second_id`` into ``first_id`` (the user may swap which one stays)."""

    merged = Signal(object)
    previewed = Signal()

    def __init__(
        self, ops: Operations, kind: str, first_id: int, second_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.kind = kind
        self.keep_id, self.other_id = first_id, second_id
        self._first, self._second = first_id, second_id
        self.choices: dict[str, str] = {}
        self.preview: MergePreview | None = None
        self._groups: dict[str, QButtonGroup] = {}
        self._build()
        self._connect_signals()
        self._request_preview()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(
            self.tr("Merge Contacts") if self.kind == "contact" else self.tr("Merge Accounts")
        )
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("Merge"), self, scale=1.2)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.keep_label = muted(self.tr("Which one stays (its facts and the other's are kept):"))
        layout.addWidget(self.keep_label)
        self.keep_first = QRadioButton(self)
        self.keep_second = QRadioButton(self)
        self.keep_first.setChecked(True)
        self._keep_group = QButtonGroup(self)
        self._keep_group.addButton(self.keep_first)
        self._keep_group.addButton(self.keep_second)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        self.fields_title = muted(self.tr("Where the two differ, choose what to keep:"))
        layout.addWidget(self.fields_title)
        self.fields_box = QWidget(self)
        self.grid = QGridLayout(self.fields_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        layout.addWidget(self.fields_box)
        self.moves = muted("", self)
        self.moves.setWordWrap(True)
        layout.addWidget(self.moves)
        self.consequence = QLabel(self)
        self.consequence.setWordWrap(True)
        self.consequence.setTextFormat(Qt.TextFormat.PlainText)
        font = self.consequence.font()
        font.setBold(True)
        self.consequence.setFont(font)
        self.consequence.hide()
        layout.addWidget(self.consequence)
        self.confirm = QCheckBox(self.tr("Both have revenue: I checked the combined figures"), self)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("refusal")
        self.note.hide()
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.setDefault(True)
        self.merge_button.setEnabled(False)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keep_second.toggled.connect(self._on_keep_toggled)
        self.confirm.toggled.connect(self._update_button)

    # --- preview -----------------------------------------------------------------------

    def _request_preview(self) -> None:
        self.merge_button.setEnabled(False)
        kind, keep, other, picks = self.kind, self.keep_id, self.other_id, dict(self.choices)

        def read(db: Database) -> MergePreview:
            return preview_merge(db, kind, keep, other, picks)

        self.ops.run_query(
            read,
            self._on_preview,
            title=self.tr("Preparing the merge"),
            on_failed=self._on_refused,
            owner=self,
        )

    @Slot(object)
    def _on_preview(self, preview: MergePreview) -> None:
        if (preview.keep_id, preview.other_id) != (self.keep_id, self.other_id):
            return  # an answer for the other way round, asked before a swap
        first = self.preview is None
        self.preview = preview
        if first:
            where = {c.field: (c.keep_value, c.other_value) for c in preview.fields}
            keep_at, other_at = where.get("account_id", ("", ""))
            self.keep_first.setText(self._side(preview.keep_id, preview.keep_name, keep_at))
            self.keep_second.setText(self._side(preview.other_id, preview.other_name, other_at))
        self.title.setText(
            self.tr("Merge {other} (#{other_id}) into {keep} (#{keep_id})").format(
                other=preview.other_name,
                other_id=preview.other_id,
                keep=preview.keep_name,
                keep_id=preview.keep_id,
            )
        )
        self._show_fields(preview)
        self._show_moves(preview)
        self._show_consequence(preview)
        self.note.hide()
        self._update_button()
        # The rows of choices are new widgets (shown by the next event loop turn) and the
        # title may wrap in a longer language: grow to fit them, never squeeze the rows.
        QTimer.singleShot(0, self._fit)
        self.previewed.emit()

    @Slot()
    def _fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(self.height(), height, layout.totalMinimumSize().height()))

    def _side(self, record_id: int, name: str, account: str) -> str:
        if account:
            return self.tr("Keep {name} (#{id}, {account})").format(
                name=name, id=record_id, account=account
            )
        return self.tr("Keep {name} (#{id})").format(name=name, id=record_id)

    def _show_fields(self, preview: MergePreview) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._groups.clear()
        row = 0
        for choice in preview.fields:
            if choice.keep_value == choice.other_value:
                continue
            self.grid.addWidget(QLabel(choice.label.capitalize(), self.fields_box), row, 0)
            group = QButtonGroup(self.fields_box)
            for column, (side, value) in enumerate(
                ((KEEP, choice.keep_value), (OTHER, choice.other_value)), start=1
            ):
                shown = label(value) if choice.field in _CODED else value
                button = QRadioButton(shown or self.tr("(empty)"), self.fields_box)
                button.setProperty("side", side)
                button.setChecked(choice.chosen == side)
                group.addButton(button)
                self.grid.addWidget(button, row, column)
            group.buttonToggled.connect(
                lambda button, on, field=choice.field: self._on_field_toggled(field, button, on)
            )
            self._groups[choice.field] = group
            row += 1
        if row == 0:
            self.grid.addWidget(muted(self.tr("Both hold the same values."), self.fields_box), 0, 0)
        self.fields_title.setVisible(row > 0)

    def _show_moves(self, preview: MergePreview) -> None:
        moved = (
            self.tr("Moves to the one kept: {rows}.").format(rows=rows_in_words(preview.moves))
            if preview.moves
            else self.tr("Nothing else points at {name}.").format(name=preview.other_name)
        )
        kept = (
            self.tr("Notes are joined; an e-mail or phone not kept goes to the notes.")
            if preview.kind == "contact"
            else self.tr("Notes are joined.")
        )
        self.moves.setText(f"{moved} {kept}")

    def _show_consequence(self, preview: MergePreview) -> None:
        if preview.kind != "account":
            return
        text = self.tr("{keep} + {other}: revenue 12 m {recent} → ring {ring}").format(
            keep=preview.keep_name,
            other=preview.other_name,
            recent=money(preview.revenue_12m_cents),
            ring=preview.ring_name or "",
        )
        detail = self.tr("All revenue {a} + {b} = {total}.").format(
            a=money(preview.keep_revenue_cents),
            b=money(preview.other_revenue_cents),
            total=money(preview.keep_revenue_cents + preview.other_revenue_cents),
        )
        if preview.score is not None and preview.target_ring_name is not None:
            then = self.tr("Trust score then {score}; the rules would place it in {target}.")
            detail += " " + then.format(score=preview.score, target=preview.target_ring_name)
        self.consequence.setText(f"{text}\n{detail}")
        self.consequence.show()
        self.confirm.setVisible(preview.needs_confirmation)

    # --- choices -----------------------------------------------------------------------

    @Slot(bool)
    def _on_keep_toggled(self, second: bool) -> None:
        if (self._second if second else self._first) == self.keep_id:
            return
        self.keep_id, self.other_id = self.other_id, self.keep_id
        # A choice of "keep" / "other" means the other value now.
        self.choices = {f: (OTHER if side == KEEP else KEEP) for f, side in self.choices.items()}
        self.confirm.setChecked(False)
        self._request_preview()

    def _on_field_toggled(self, field: str, button: Any, on: bool) -> None:
        if not on:
            return
        self.choices[field] = str(button.property("side"))
        if field == "ring_id":
            self._request_preview()  # the ring kept changes the consequence

    @Slot()
    def _update_button(self) -> None:
        ready = self.preview is not None and (
            not self.preview.needs_confirmation or self.confirm.isChecked()
        )
        self.merge_button.setEnabled(ready and not self.note.isVisible())

    # --- merging -----------------------------------------------------------------------

    def accept(self) -> None:
        """Merge as chosen (through the door; the dialog closes when it is done)."""
        if self.preview is None or not self.merge_button.isEnabled():
            return
        kind, keep, other, picks = self.kind, self.keep_id, self.other_id, dict(self.choices)
        label = self.tr("Merge {other} into {keep}").format(
            other=self.preview.other_name, keep=self.preview.keep_name
        )

        def write(db: Database) -> MergeResult:
            return merge(db, kind, keep, other, picks, confirmed=True)

        self.merge_button.setEnabled(False)
        self.ops.run_op(
            label, write, self._on_merged, initiator=self, on_failed=self._on_refused, owner=self
        )

    @Slot(object)
    def _on_merged(self, result: MergeResult) -> None:
        self.merged.emit(result)
        super().accept()

    @Slot(object)
    def _on_refused(self, exc: BaseException) -> None:
        self.note.setText(str(exc))
        self.note.show()
        self.merge_button.setEnabled(False)


def open_merge_for(ops: Operations, pair_key: str, parent: QWidget) -> MergeDialog:
    """The merge dialog for a stored pair ("duplicate:contact:12:34"), shown (not modal)."""
    kind, first, second = parse_pair_key(pair_key)
    dialog = MergeDialog(ops, kind, first, second, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
