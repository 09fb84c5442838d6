"""Settings → Rings: names, colours, cadences, insight delays and detail levels; 3–9 rings.

Edits are staged in :class:`RingDraft` values; the dialog saves them, with everything
else, in one :func:`~circlesoftrust.services.configuration.save_configuration` call.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.services import rings as ring_service
from circlesoftrust.services.configuration import RingEdit, fit_thresholds
from circlesoftrust.services.ring_removal import RingRemoval, removal_preview
from circlesoftrust.storage import Database
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import muted
from ui.operations import Operations
from ui.settings.ring_removal_dialog import Destination, RemoveRingDialog
from ui.settings.settings_common import (
    Index,
    SettingsSnapshot,
    StagedListModel,
    StagedListPage,
    accounts_count,
    draft_list_view,
    name_problems,
    new_name,
    swatch,
)

STAGES = (
    ("strong_tie", QT_TRANSLATE_NOOP("Settings", "Strong tie")),
    ("building", QT_TRANSLATE_NOOP("Settings", "Building")),
    ("weak_tie", QT_TRANSLATE_NOOP("Settings", "Weak tie")),
    ("awareness", QT_TRANSLATE_NOOP("Settings", "Awareness")),
    ("unaware", QT_TRANSLATE_NOOP("Settings", "Unaware")),
)
DETAIL_LEVELS = (
    ("full", QT_TRANSLATE_NOOP("Settings", "Full text")),
    ("summary", QT_TRANSLATE_NOOP("Settings", "Summary")),
    ("headline", QT_TRANSLATE_NOOP("Settings", "Headline only")),
)
NEW_RING_COLOURS = ("#db2777", "#65a30d", "#0891b2", "#9333ea", "#ea580c", "#475569")


@dataclass
class RingDraft:
    """A ring as the user is editing it; ``id`` is None for a ring not saved yet."""

    id: int | None
    name: str
    stage: str
    colour: str
    cadence_days: int | None
    insight_delay_days: int
    detail_level: str
    discussion_open: bool
    customers_only: bool
    description: str
    members: int = 0

    @classmethod
    def from_summary(cls, s: ring_service.RingSummary) -> RingDraft:
        r = s.ring
        return cls(r.id, r.name, r.stage, r.colour, r.cadence_days, r.insight_delay_days,
                   r.detail_level, r.discussion_open, r.customers_only, r.description,
                   s.members)  # fmt: skip


class RingDraftModel(StagedListModel):
    """The staged rings, innermost first (a list, not a table copy: rings are few)."""

    drafts: list[RingDraft]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.draft_at(index)
        if d is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {d.name}"
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(d.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return accounts_count(d.members)
        return None

    def remove(self, row: int) -> None:
        super().remove(row)
        if row < len(self.drafts):
            self.dataChanged.emit(self.index(row, 0), self.index(len(self.drafts) - 1, 0))


class RingsPage(StagedListPage):
    """Edit the rings. Signals: edited() after any staged change (rings added, renamed…)."""

    def __init__(
        self, source: SettingsSnapshot, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.ops = ops  # reads what removing a ring would touch (None: no such question)
        # Staged removals of saved rings: ring id -> the ring its accounts go to, and why.
        self.moves: dict[int, int] = {}
        self.staged: dict[int, tuple[str, int]] = {}  # its name and accounts (for the hint)
        self.removal_dialog: RemoveRingDialog | None = None
        self.original: list[RingDraft] = []
        self.model = RingDraftModel(self)
        self._loading = False
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.list = draft_list_view(self.model, self.tr("Rings, innermost first"), self)
        self.list.setMaximumWidth(230)
        self.add_button = QPushButton(self.tr("Add ring"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.count_hint = muted("", self)
        self.count_hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        left.addWidget(self.count_hint)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(80)
        self.colour_button = QPushButton(self)
        self.colour_button.setToolTip(self.tr("Pick the ring's colour"))
        self.stage_combo = QComboBox(self)
        for value, text in STAGES:
            self.stage_combo.addItem(QCoreApplication.translate("Settings", text), value)
        self.cadence_spin = QSpinBox(self)
        self.cadence_spin.setRange(0, 3650)
        self.cadence_spin.setSpecialValueText(self.tr("no regular follow-up"))
        self.cadence_spin.setSuffix(self.tr(" days"))
        self.delay_spin = QSpinBox(self)
        self.delay_spin.setRange(0, 3650)
        self.delay_spin.setSuffix(self.tr(" days after publication"))
        self.detail_combo = QComboBox(self)
        for value, text in DETAIL_LEVELS:
            self.detail_combo.addItem(QCoreApplication.translate("Settings", text), value)
        self.discussion_check = QCheckBox(self.tr("Invite this ring to discuss new insights"), self)
        self.customers_check = QCheckBox(
            self.tr("Only customers (at least one purchase) sit here"), self
        )
        self.description_edit = QLineEdit(self)
        self.members_label = muted("", self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Colour:"), self.colour_button)
        form.addRow(self.tr("Relationship &stage:"), self.stage_combo)
        form.addRow(self.tr("&Follow up every:"), self.cadence_spin)
        form.addRow(self.tr("&Insights arrive:"), self.delay_spin)
        form.addRow(self.tr("Insight &detail:"), self.detail_combo)
        form.addRow("", self.discussion_check)
        form.addRow("", self.customers_check)
        form.addRow(self.tr("Descri&ption:"), self.description_edit)
        form.addRow(self.tr("Members:"), self.members_label)
        self.form_widget = QWidget(self)
        self.form_widget.setLayout(form)

        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.form_widget, 1)

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_ring)
        self.remove_button.clicked.connect(self.remove_current)
        self.colour_button.clicked.connect(self._pick_colour)
        self.name_edit.textEdited.connect(lambda t: self._set("name", t))
        self.stage_combo.activated.connect(
            lambda _: self._set("stage", self.stage_combo.currentData())
        )
        self.cadence_spin.valueChanged.connect(lambda v: self._set("cadence_days", v or None))
        self.delay_spin.valueChanged.connect(lambda v: self._set("insight_delay_days", v))
        self.detail_combo.activated.connect(
            lambda _: self._set("detail_level", self.detail_combo.currentData())
        )
        self.discussion_check.toggled.connect(lambda v: self._set("discussion_open", v))
        self.customers_check.toggled.connect(lambda v: self._set("customers_only", v))
        self.description_edit.textEdited.connect(lambda t: self._set("description", t))

    # --- data --------------------------------------------------------------------------

    def load(self) -> None:
        summaries = self.source.ring_summaries
        self.original = [RingDraft.from_summary(s) for s in summaries]
        self.moves.clear()
        self.staged.clear()
        self.model.set_drafts([dataclasses.replace(d) for d in self.original])
        self.list.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def drafts(self) -> list[RingDraft]:
        return list(self.model.drafts)

    def is_dirty(self) -> bool:
        return self.model.drafts != self.original

    def problems(self) -> list[str]:
        """What stops a save, in plain words (checked before anything is written)."""
        found = name_problems(self.model.drafts, "ring")
        n = len(self.model.drafts)
        if not ring_service.MIN_RINGS <= n <= ring_service.MAX_RINGS:
            found.append(
                self.tr("Keep between {MIN_RINGS} and {MAX_RINGS} rings.").format(
                    MIN_RINGS=ring_service.MIN_RINGS, MAX_RINGS=ring_service.MAX_RINGS
                )
            )
        return found

    def ring_moves(self) -> dict[int, int]:
        """Where the accounts of each saved ring removed here go (ring id -> ring id)."""
        kept = {d.id for d in self.model.drafts}
        return {rid: to for rid, to in self.moves.items() if rid not in kept}

    def ring_edits(self, thresholds: Mapping[int, int]) -> list[RingEdit]:
        """The staged rings as one complete list for the save, innermost first.

        ``thresholds`` (ring id → score, from the Scoring page) apply to saved rings; new
        rings, and a ring that is no longer outermost, get thresholds fitted between
        their neighbours (:func:`~circlesoftrust.services.configuration.fit_thresholds`).
        """
        drafts = self.model.drafts
        scores = fit_thresholds(
            [thresholds.get(d.id) if d.id is not None else None for d in drafts]
        )
        return [
            RingEdit(
                id=d.id,
                name=d.name.strip(),
                colour=d.colour,
                stage=d.stage,
                cadence_days=d.cadence_days,
                insight_delay_days=d.insight_delay_days,
                detail_level=d.detail_level,
                discussion_open=d.discussion_open,
                min_score=score,
                customers_only=d.customers_only,
                description=d.description,
            )
            for d, score in zip(drafts, scores, strict=True)
        ]

    # --- editing -----------------------------------------------------------------------

    def _draft_changed(self, field: str, value: object) -> None:
        if field == "colour":
            self.colour_button.setIcon(swatch(str(value), 16))
            self.colour_button.setText(str(value))

    @Slot()
    def _pick_colour(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        colour = QColorDialog.getColor(
            QColor(self.model.drafts[row].colour), self, self.tr("Ring colour")
        )
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, colour: str) -> None:
        self._set("colour", colour)

    @Slot()
    def add_ring(self) -> None:
        drafts = self.model.drafts
        if len(drafts) >= ring_service.MAX_RINGS:
            return
        colour = NEW_RING_COLOURS[len(drafts) % len(NEW_RING_COLOURS)]
        outer = drafts[-1] if drafts else None
        self.model.append(RingDraft(
            None, new_name(drafts, "ring"), "awareness", colour, None,
            (outer.insight_delay_days + 30) if outer else 90, "headline", False, False, "",
        ))  # fmt: skip
        self.select(len(self.model.drafts) - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self._update_buttons()
        self.edited.emit()

    @Slot()
    def remove_current(self) -> None:
        """Remove the selected ring: a new one at once; a saved one after asking where its
        accounts go (what the removal touches is read first)."""
        row = self.current_row()
        if row < 0 or not self._can_remove(row):
            return
        draft = self.model.drafts[row]
        if draft.id is None or self.ops is None:
            self._drop(row)
            return
        ring_id = draft.id

        def ask(preview: RingRemoval) -> None:
            self._ask_removal(ring_id, preview)

        self.remove_button.setEnabled(False)
        asked = self.ops.run_query(lambda db: _preview(db, ring_id), ask, owner=self)
        asked.failed.connect(lambda _exc: self._update_buttons())  # (the error is shown)

    def _ask_removal(self, ring_id: int, preview: RingRemoval) -> None:
        self._update_buttons()
        row = next((i for i, d in enumerate(self.model.drafts) if d.id == ring_id), None)
        if row is None:
            return
        stays = [
            Destination(d.id, d.name, d.customers_only)
            for d in self.model.drafts
            if d.id is not None and d.id != ring_id
        ]
        outer = [d for d in self.model.drafts[row + 1 :] if d.id is not None]
        inner = [d for d in reversed(self.model.drafts[:row]) if d.id is not None]
        default = (outer or inner)[0].id
        assert default is not None
        dialog = RemoveRingDialog(preview, stays, default, self)
        self.removal_dialog = dialog

        def done(result: int) -> None:
            self.removal_dialog = None
            if result == RemoveRingDialog.DialogCode.Accepted:
                self._stage_removal(ring_id, dialog.chosen(), preview)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _stage_removal(self, ring_id: int, target: int, preview: RingRemoval) -> None:
        row = next((i for i, d in enumerate(self.model.drafts) if d.id == ring_id), None)
        if row is None:
            return
        gone = self.model.drafts[row]
        # Rings removed earlier whose accounts were to come here go on to the same place.
        for rid, to in list(self.moves.items()):
            if to == ring_id:
                self.moves[rid] = target
        self.moves[ring_id] = target
        arriving = next(d for d in self.model.drafts if d.id == target)
        arriving.members += gone.members
        self.staged[ring_id] = (gone.name, preview.accounts + preview.archived)
        self._drop(row)

    def _drop(self, row: int) -> None:
        self.model.remove(row)
        self.select(min(row, len(self.model.drafts) - 1))
        self._update_buttons()
        self.edited.emit()

    def _can_remove(self, row: int) -> bool:
        return len(self.model.drafts) > ring_service.MIN_RINGS

    @Slot(QModelIndex, QModelIndex)
    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not current.isValid():
            self.form_widget.setEnabled(False)
            return
        d = self.model.drafts[current.row()]
        self._loading = True
        try:
            self.form_widget.setEnabled(True)
            self.name_edit.setText(d.name)
            self.colour_button.setIcon(swatch(d.colour, 16))
            self.colour_button.setText(d.colour)
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(d.stage)))
            self.cadence_spin.setValue(d.cadence_days or 0)
            self.delay_spin.setValue(d.insight_delay_days)
            self.detail_combo.setCurrentIndex(max(0, self.detail_combo.findData(d.detail_level)))
            self.discussion_check.setChecked(d.discussion_open)
            self.customers_check.setChecked(d.customers_only)
            self.description_edit.setText(d.description)
            self.members_label.setText(
                self.tr("new ring (not saved yet)") if d.id is None else accounts_count(d.members)
            )
        finally:
            self._loading = False

    def _update_buttons(self) -> None:
        n = len(self.model.drafts)
        row = self.current_row()
        self.add_button.setEnabled(n < ring_service.MAX_RINGS)
        can_remove = row >= 0 and self._can_remove(row)
        self.remove_button.setEnabled(can_remove)
        if n <= ring_service.MIN_RINGS:
            why = self.tr("At least {MIN_RINGS} rings are needed.").format(
                MIN_RINGS=ring_service.MIN_RINGS
            )
        else:
            why = ""
        self.remove_button.setToolTip(
            why or self.tr("Remove the ring; you choose where its accounts go")
        )
        names = {d.id: d.name for d in self.model.drafts}
        lines = [
            self.tr("{n} rings (3–9), innermost first. New rings are added outside.").format(n=n)
        ]
        for rid, to in self.ring_moves().items():
            name, moved = self.staged.get(rid, ("?", 0))
            text = (
                self.tr("On Save, {name} goes and its account moves to {to}.")
                if moved == 1
                else self.tr("On Save, {name} goes and its {n} accounts move to {to}.")
            )
            lines.append(text.format(name=name, n=moved, to=names.get(to, "?")))
        self.count_hint.setText("\n".join([*lines, *([why] if why else [])]))


def _preview(db: Database, ring_id: int) -> RingRemoval:
    return removal_preview(db, f"#{ring_id}")
