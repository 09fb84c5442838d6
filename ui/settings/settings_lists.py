"""Settings → Perks and Checklists: staged lists with a form for the selected entry.

Perks are offered from a ring inwards; a perk in use is switched off rather than deleted
(its grants stay on record). Checklist steps become tasks when an account enters the
ring. Nothing is written until the dialog saves everything in one transaction.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.records import RingInfo
from circlesoftrust.services.configuration import ChecklistEdit, ChecklistStep, PerkEdit
from ui.common import formats
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import muted
from ui.settings.settings_common import (
    Index,
    SettingsSnapshot,
    StagedListModel,
    StagedListPage,
    draft_list_view,
    grants_count,
    name_problems,
    new_name,
    swatch,
)

PERK_KINDS = (
    ("discount", QT_TRANSLATE_NOOP("Settings", "Discount")),
    ("bonus_programme", QT_TRANSLATE_NOOP("Settings", "Bonus programme")),
    ("early_access", QT_TRANSLATE_NOOP("Settings", "Early access")),
    ("vip_event", QT_TRANSLATE_NOOP("Settings", "VIP event")),
    ("product_council", QT_TRANSLATE_NOOP("Settings", "Product council")),
    ("priority_support", QT_TRANSLATE_NOOP("Settings", "Priority support")),
    ("other", QT_TRANSLATE_NOOP("Settings", "Other")),
)


@dataclass
class PerkDraft:
    id: int | None
    name: str
    kind: str
    ring_id: int
    cost: float  # per year, in currency units
    description: str
    active: bool
    active_grants: int = 0


@dataclass
class StepDraft:
    id: int | None
    title: str
    due_after_days: int


def perk_drafts(source: SettingsSnapshot) -> list[PerkDraft]:
    """The perks as the Perks page starts from them."""
    return [
        PerkDraft(p.id, p.name, p.kind, p.ring_id, p.cost_per_year_cents / 100, p.description,
                  p.active, p.active_grants)
        for p in source.perks
    ]  # fmt: skip


def step_drafts(source: SettingsSnapshot) -> dict[int, list[StepDraft]]:
    """Every saved ring's checklist steps, in order, as the Checklists page starts."""
    steps: dict[int, list[StepDraft]] = {r.id: [] for r in source.rings}
    for item in source.checklist:
        steps.setdefault(item.ring_id, []).append(
            StepDraft(item.id, item.title, item.due_after_days)
        )
    return steps


class DraftListModel(StagedListModel):
    """A staged list; ``describe(draft)`` gives its text, ``colour(draft)`` its swatch."""

    def __init__(self, describe: Any, colour: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._colour = colour

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.draft_at(index)
        if d is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(d)
        if role == Qt.ItemDataRole.DecorationRole and self._colour is not None:
            return swatch(self._colour(d))
        if role == Qt.ItemDataRole.ForegroundRole and getattr(d, "active", True) is False:
            colour = QColor(QApplication.palette().color(QPalette.ColorRole.Text))
            colour.setAlpha(120)
            return colour
        return None

    def swap(self, row: int, other: int) -> None:
        low, high = sorted((row, other))
        self.beginMoveRows(QModelIndex(), high, high, QModelIndex(), low)
        self.drafts[low], self.drafts[high] = self.drafts[high], self.drafts[low]
        self.endMoveRows()


def _list_view(model: DraftListModel, name: str, parent: QWidget) -> QListView:
    view = draft_list_view(model, name, parent)
    view.setMinimumWidth(320)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


class PerksPage(StagedListPage):
    """VIP perks per ring. Signals: edited() after any staged change."""

    def __init__(self, source: SettingsSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.original: list[PerkDraft] = []
        self.rings: list[RingInfo] = []
        self._loading = False
        self.model = DraftListModel(self._describe, self._ring_colour, self)
        self.list = _list_view(self.model, self.tr("Perks"), self)
        self.add_button = QPushButton(self.tr("Add perk"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        self.kind_combo = QComboBox(self)
        for value, text in PERK_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("Settings", text), value)
        self.ring_combo = QComboBox(self)
        self.cost_spin = QDoubleSpinBox(self)
        self.cost_spin.setRange(0, 10_000_000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setSingleStep(50)
        self.cost_spin.setSuffix(self.tr(" per year"))
        self.description_edit = QLineEdit(self)
        self.active_check = QCheckBox(self.tr("Offered (switch off to stop offering it)"), self)
        self.grants_label = muted("", self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Offered &from:"), self.ring_combo)
        form.addRow(self.tr("&Cost:"), self.cost_spin)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("In use:"), self.grants_label)
        self.form_widget = QWidget(self)
        self.form_widget.setLayout(form)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(muted(self.tr("A perk is offered to its ring and every ring inside."), self))
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.form_widget, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_perk)
        self.name_edit.textEdited.connect(lambda t: self._set("name", t))
        self.kind_combo.activated.connect(
            lambda _: self._set("kind", self.kind_combo.currentData())
        )
        self.ring_combo.activated.connect(
            lambda _: self._set("ring_id", self.ring_combo.currentData())
        )
        self.cost_spin.valueChanged.connect(lambda v: self._set("cost", v))
        self.description_edit.textEdited.connect(lambda t: self._set("description", t))
        self.active_check.toggled.connect(lambda v: self._set("active", v))

    def _describe(self, d: PerkDraft) -> str:
        off = self.tr("  (switched off)") if not d.active else ""
        return self.tr("{name}  ·  {number}/year{off}").format(
            name=d.name, number=formats.number(d.cost, digits=0), off=off
        )

    def _ring_colour(self, d: PerkDraft) -> str:
        return next((r.colour for r in self.rings if r.id == d.ring_id), "#94a3b8")

    def load(self) -> None:
        self.rings = self.source.rings
        self.ring_combo.clear()
        for r in self.rings:
            self.ring_combo.addItem(
                swatch(r.colour), self.tr("{ring} and inwards").format(ring=r.name), r.id
            )
        self.original = perk_drafts(self.source)
        self.model.set_drafts([dataclasses.replace(d) for d in self.original])
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.form_widget.setEnabled(bool(self.model.drafts))

    def drafts(self) -> list[PerkDraft]:
        return list(self.model.drafts)

    def is_dirty(self) -> bool:
        return self.model.drafts != self.original

    def problems(self) -> list[str]:
        return name_problems(self.model.drafts, "perk")[:1]

    def perk_edits(self) -> list[PerkEdit]:
        """New and changed perks, for the dialog's single save (unchanged ones stay out)."""
        before = {d.id: d for d in self.original}
        return [
            PerkEdit(
                id=d.id,
                name=d.name.strip(),
                kind=d.kind,
                ring_id=d.ring_id,
                cost_per_year=round(d.cost, 2),
                description=d.description,
                active=d.active,
            )
            for d in self.model.drafts
            if d.id is None or before.get(d.id) != d
        ]

    @Slot()
    def add_perk(self) -> None:
        name = new_name(self.model.drafts, "perk")
        inner = self.rings[0].id if self.rings else 0
        row = self.model.append(PerkDraft(None, name, "other", inner, 0.0, "", True))
        self.select(row)
        self.form_widget.setEnabled(True)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.edited.emit()

    @Slot(QModelIndex, QModelIndex)
    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        d = self.model.drafts[current.row()]
        self._loading = True
        try:
            self.name_edit.setText(d.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(d.kind)))
            self.ring_combo.setCurrentIndex(max(0, self.ring_combo.findData(d.ring_id)))
            self.cost_spin.setValue(d.cost)
            self.description_edit.setText(d.description)
            self.active_check.setChecked(d.active)
            self.grants_label.setText(
                self.tr("new perk (not saved yet)")
                if d.id is None
                else grants_count(d.active_grants)
            )
        finally:
            self._loading = False


class ChecklistsPage(StagedListPage):
    """The procedure per ring: steps that become tasks when an account enters the ring."""

    model: DraftListModel

    def __init__(self, source: SettingsSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.rings: list[RingInfo] = []
        self.original: dict[int, list[StepDraft]] = {}
        self.staged: dict[int, list[StepDraft]] = {}
        self._loading = False
        self.ring_combo = QComboBox(self)
        self.ring_combo.setAccessibleName(self.tr("Ring"))
        self.model = DraftListModel(
            lambda d: self.tr("{title}  ·  within {due_after_days} days").format(
                title=d.title, due_after_days=d.due_after_days
            ),
            None,
            self,
        )
        self.list = _list_view(self.model, self.tr("Checklist steps"), self)
        self.add_button = QPushButton(self.tr("Add step"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.due_spin = QSpinBox(self)
        self.due_spin.setRange(0, 3650)
        self.due_spin.setSuffix(self.tr(" days after entering the ring"))
        form = QFormLayout()
        form.addRow(self.tr("&Step:"), self.title_edit)
        form.addRow(self.tr("&Due:"), self.due_spin)
        self.form_widget = QWidget(self)
        self.form_widget.setLayout(form)
        top = QHBoxLayout()
        top.addWidget(muted(self.tr("When an account enters"), self))
        top.addWidget(self.ring_combo)
        top.addWidget(muted(self.tr("these steps become its tasks:"), self), 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.form_widget, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ring_combo.currentIndexChanged.connect(self._show_ring)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.title_edit.textEdited.connect(lambda t: self._set("title", t))
        self.due_spin.valueChanged.connect(lambda v: self._set("due_after_days", v))

    def load(self) -> None:
        self.rings = self.source.rings
        self.original = step_drafts(self.source)
        self.staged = {k: [dataclasses.replace(d) for d in v] for k, v in self.original.items()}
        self.ring_combo.blockSignals(True)
        self.ring_combo.clear()
        for r in self.rings:
            self.ring_combo.addItem(swatch(r.colour), r.name, r.id)
        self.ring_combo.blockSignals(False)
        self._show_ring(0)

    def ring_id(self) -> int:
        return int(self.ring_combo.currentData())

    def select_ring(self, row: int) -> None:
        self.ring_combo.setCurrentIndex(row)

    def steps(self) -> list[StepDraft]:
        return list(self.model.drafts)

    def is_dirty(self) -> bool:
        return self.staged != self.original

    def problems(self) -> list[str]:
        if any(not d.title.strip() for steps in self.staged.values() for d in steps):
            return [self.tr("Every checklist step needs a text.")]
        return []

    def checklist_edits(self) -> list[ChecklistEdit]:
        """The complete new checklist of every ring whose steps changed."""
        return [
            ChecklistEdit(
                ring_id,
                tuple(ChecklistStep(d.id, d.title.strip(), d.due_after_days) for d in steps),
            )
            for ring_id, steps in self.staged.items()
            if steps != self.original.get(ring_id, [])
        ]

    @Slot(int)
    def _show_ring(self, index: int) -> None:
        if index < 0 or not self.rings:
            return
        self.model.set_drafts(self.staged[self.ring_id()])
        self.list.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    @Slot()
    def add_step(self) -> None:
        row = self.model.append(StepDraft(None, self.tr("New step"), 7))
        self.list.setCurrentIndex(self.model.index(row, 0))
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self._update_buttons()
        self.edited.emit()

    @Slot()
    def remove_current(self) -> None:
        row = self.list.currentIndex().row()
        if row < 0:
            return
        self.model.remove(row)
        self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self._update_buttons()
        self.edited.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        other = row + step
        if row < 0 or not 0 <= other < self.model.rowCount():
            return
        self.model.swap(row, other)
        self.list.setCurrentIndex(self.model.index(other, 0))
        self._update_buttons()
        self.edited.emit()

    @Slot(QModelIndex, QModelIndex)
    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not current.isValid():
            return
        d = self.model.drafts[current.row()]
        self._loading = True
        try:
            self.title_edit.setText(d.title)
            self.due_spin.setValue(d.due_after_days)
        finally:
            self._loading = False

    def _update_buttons(self) -> None:
        row = self.list.currentIndex().row()
        n = self.model.rowCount()
        self.form_widget.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)
