"""Settings: rings, perks, checklists, and the score's weights and thresholds.

Every page stages its edits; nothing is written until Save. Save checks all pages
first, then writes each changed section with its own service calls, and reports the
first failure without closing. Cancel writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.errors import CotError
from circlesoftrust.storage import Database
from ui.banner import Banner
from ui.settings_rings import RingsPage


class SettingsDialog(QDialog):
    """Edit the business's rules.

    Signals:
        changed(): settings were saved (views should refresh).
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Settings")
        self.setMinimumSize(860, 600)
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.rings_page = RingsPage(db, self)
        self.tabs.addTab(self.rings_page, "&Rings")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def pages(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def load(self) -> None:
        for page in self.pages():
            page.load()  # type: ignore[attr-defined]

    def is_dirty(self) -> bool:
        return any(page.is_dirty() for page in self.pages())  # type: ignore[attr-defined]

    @Slot()
    def save(self) -> bool:
        """Check every page, write the changed ones; stay open on a problem."""
        for i, page in enumerate(self.pages()):
            problems = page.problems()  # type: ignore[attr-defined]
            if problems:
                self.tabs.setCurrentIndex(i)
                self.banner.show_message(" ".join(problems), "error")
                return False
        wrote = False
        for i, page in enumerate(self.pages()):
            if not page.is_dirty():  # type: ignore[attr-defined]
                continue
            try:
                page.save()  # type: ignore[attr-defined]
            except CotError as exc:
                self.tabs.setCurrentIndex(i)
                self.banner.show_message(f"Not saved: {exc}", "error")
                if wrote:
                    self.changed.emit()
                return False
            wrote = True
        if wrote:
            self.changed.emit()
        self.accept()
        return True
