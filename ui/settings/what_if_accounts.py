"""The accounts the what-if preview would move, by name (Settings → Scoring & what-if).

The matrix says how many accounts go from which ring to which; this list names them:
first the accounts whose target the staged change alters (including one it now keeps
where the saved rules would move it: "stays"), then the moves the saved rules already
suggest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.common.table_models import Column, RecordTableModel, fit_columns, record_view

if TYPE_CHECKING:
    from circlesoftrust.engine.what_if import AccountMove

SHOWN = 300  # rows listed; the rest are counted


class WhatIfAccounts(QWidget):
    """A titled list of the accounts that would move under the previewed rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<b>Accounts that would move</b>"), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("muted", True)
        self.model = RecordTableModel(
            [
                Column(QCoreApplication.translate("WhatIfAccounts", "Account"), lambda m: m.name),
                Column(QCoreApplication.translate("WhatIfAccounts", "From"), lambda m: m.from_ring),
                Column(
                    QCoreApplication.translate("WhatIfAccounts", "To"),
                    lambda m: (
                        QCoreApplication.translate("WhatIfAccounts", "stays")
                        if m.stays
                        else m.to_ring
                    ),
                ),
                Column(
                    QCoreApplication.translate("WhatIfAccounts", "Why"),
                    lambda m: (
                        QCoreApplication.translate("WhatIfAccounts", "your change")
                        if m.by_the_change
                        else QCoreApplication.translate("WhatIfAccounts", "saved rules too")
                    ),
                    lambda m: (
                        QCoreApplication.translate(
                            "WhatIfAccounts", "The saved rules place it in {0}"
                        ).format(m.saved_target)
                        if m.by_the_change
                        else QCoreApplication.translate(
                            "WhatIfAccounts", "The saved rules already suggest this move"
                        )
                    ),
                ),
            ],
            self,
        )
        self.view = record_view(self.model, self.tr("Accounts that would move"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def set_moves(self, moves: tuple[AccountMove, ...]) -> None:
        self.model.set_records(moves[:SHOWN])
        fit_columns(self.view)
        changed = sum(1 for m in moves if m.by_the_change)
        moving = sum(1 for m in moves if not m.stays)
        if not moves:
            self.note.setText(self.tr("Nobody would move."))
        else:
            text = self.tr("{0} would move; your change gives {1} another target.").format(
                moving, changed
            )
            if len(moves) > SHOWN:
                text += " " + self.tr("The first {0} are listed.").format(SHOWN)
            self.note.setText(text)

    def names(self) -> list[str]:
        return [m.name for m in self.model.records]
