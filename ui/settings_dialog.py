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
from ui.settings_lists import ChecklistsPage, PerksPage
from ui.settings_rings import RingsPage
from ui.settings_scoring import EngineDraft, RulesPage, ScoringPage
from ui.workers import Workers


class SettingsDialog(QDialog):
    """Edit the business's rules.

    Signals:
        changed(): settings were saved (views should refresh).
    """

    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, workers: Workers | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workers = workers or Workers(self)
        self.setWindowTitle("Settings")
        self.setMinimumSize(900, 620)
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.engine_draft = EngineDraft(db)
        self.rings_page = RingsPage(db, self)
        self.perks_page = PerksPage(db, self)
        self.checklists_page = ChecklistsPage(db, self)
        self.scoring_page = ScoringPage(db, self.engine_draft, self.workers, self)
        self.rules_page = RulesPage(self.engine_draft, self)
        self.tabs.addTab(self.rings_page, "&Rings")
        self.tabs.addTab(self.perks_page, "&Perks")
        self.tabs.addTab(self.checklists_page, "&Checklists")
        self.tabs.addTab(self.scoring_page, "&Scoring && what-if")
        self.tabs.addTab(self.rules_page, "R&ules && days")
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

    def sections(self) -> list[tuple[int, object]]:
        """What Save writes, in order: (tab to show on error, section)."""
        scoring = self.tabs.indexOf(self.scoring_page)
        return [(i, page) for i, page in enumerate(self.pages())] + [(scoring, self.engine_draft)]

    def load(self) -> None:
        self.engine_draft.load()
        for page in self.pages():
            page.load()  # type: ignore[attr-defined]

    def is_dirty(self) -> bool:
        return any(section.is_dirty() for _, section in self.sections())  # type: ignore[attr-defined]

    @Slot()
    def save(self) -> bool:
        """Check every page, write the changed ones; stay open on a problem."""
        for i, section in self.sections():
            problems = section.problems()  # type: ignore[attr-defined]
            if problems:
                self.tabs.setCurrentIndex(i)
                self.banner.show_message(" ".join(problems), "error")
                return False
        wrote = False
        for i, section in self.sections():
            if not section.is_dirty():  # type: ignore[attr-defined]
                continue
            try:
                section.save()  # type: ignore[attr-defined]
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
