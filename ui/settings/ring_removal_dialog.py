"""Settings → Rings → Remove: where a ring's accounts go, and what else the removal touches.

The dialog only stages the removal: the Settings dialog's Save writes it with everything
else in one transaction (:mod:`circlesoftrust.services.ring_removal`), and one Ctrl+Z
after the save brings the ring and its accounts back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.services.ring_removal import RingRemoval
from ui.common.widgets import muted

LABEL_WIDTH = 520  # px; the dialog fits a 1280×720 screen with room to spare


@dataclass(frozen=True)
class Destination:
    """A ring that stays, as the staged list shows it."""

    id: int
    name: str
    customers_only: bool


class RemoveRingDialog(QDialog):
    """Ask where the accounts of a ring go (default: the next ring out) and show what the
    removal moves and keeps; ``chosen()`` is the ring picked once accepted."""

    def __init__(
        self,
        preview: RingRemoval,
        destinations: list[Destination],
        default: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.destinations = destinations
        self.setWindowTitle(self.tr("Remove the ring “{name}”").format(name=preview.ring_name))
        self.combo = QComboBox(self)
        for d in destinations:
            self.combo.addItem(d.name, d.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(default)))
        self.combo.setAccessibleName(self.tr("Move its accounts to"))
        self.facts = QLabel(self._facts(), self)
        self.facts.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warning")
        self.note = muted(
            self.tr(
                "Nothing changes until you press Save. After saving, Undo (Ctrl+Z) brings the "
                "ring, its accounts and its perks back."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Remove ring"))
        form = QFormLayout()
        form.addRow(self.tr("&Move its accounts to:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        # Wrapped labels at one known width: the dialog then sizes itself to all their lines
        # (a top-level layout gets a wrapped label's height wrong otherwise: lines were cut).
        for label in (self.facts, self.warning, self.note):
            label.setFixedWidth(LABEL_WIDTH)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self._connect_signals()
        self._show_warning()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.combo.currentIndexChanged.connect(self._show_warning)

    def chosen(self) -> int:
        return int(self.combo.currentData())

    def chosen_name(self) -> str:
        return self.combo.currentText()

    def _facts(self) -> str:
        p = self.preview
        lines = []
        if p.accounts or p.archived:
            sit = (
                self.tr("1 account sits in {name}")
                if p.accounts == 1
                else self.tr("{n} accounts sit in {name}")
            )
            text = sit.format(n=p.accounts, name=p.ring_name)
            if p.archived:
                text += (
                    self.tr(", and 1 archived one")
                    if p.archived == 1
                    else self.tr(", and {n} archived ones")
                ).format(n=p.archived)
            lines.append(text + self.tr("; they move to the ring you choose below."))
        else:
            lines.append(self.tr("No account sits in {name}.").format(name=p.ring_name))
        if p.perks:
            lines.append(
                self.tr("Its perks ({names}) are then offered from that ring.").format(
                    names=", ".join(p.perks)
                )
            )
        if p.checklist_steps or p.insight_releases:
            lines.append(
                self.tr(
                    "Its checklist and its insight release dates go: the accounts follow the "
                    "new ring's cadence, checklist and insight releases."
                )
            )
        else:
            lines.append(
                self.tr("The accounts follow the new ring's cadence and insight releases.")
            )
        if p.ring_moves:
            keep = (
                self.tr("1 ring move in the accounts' history keeps the name “{name}”.")
                if p.ring_moves == 1
                else self.tr("{n} ring moves in the accounts' history keep the name “{name}”.")
            )
            lines.append(keep.format(n=p.ring_moves, name=p.ring_name))
        return "\n\n".join(lines)

    @Slot()
    def _show_warning(self) -> None:
        target = next((d for d in self.destinations if d.id == self.chosen()), None)
        if target is not None and target.customers_only and self.preview.no_purchase:
            self.warning.setText(
                (
                    self.tr("1 of these accounts has no purchase yet")
                    if self.preview.no_purchase == 1
                    else self.tr("{n} of these accounts have no purchase yet")
                ).format(n=self.preview.no_purchase)
                + self.tr(
                    ", and {name} is for customers only: the advice will suggest moving "
                    "them out again."
                ).format(name=target.name)
            )
            self.warning.show()
        else:
            self.warning.clear()
            self.warning.hide()
