"""Screens that are created the first time they are shown: Today, Insights, Dashboard.

Each is a widget from another module (``ui.today.inbox.InboxView``, ``ui.insights.insights_view.
InsightsView``, ``ui.dashboard.dashboard.DashboardView``) with the constructor ``(db, parent)``, a
``refresh()`` slot and the signals ``changed`` and ``accountActivated(int)``. Creating
them on first show keeps start-up fast — the dashboard imports matplotlib only then. If
a module is not installed yet, a friendly placeholder takes its place. When another
database is opened the widget is dropped and made again on the next show.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.common.widgets import EmptyPanel

if TYPE_CHECKING:
    from circlesoftrust.storage import Database


@dataclass(frozen=True)
class PageSpec:
    module: str
    cls: str
    title: str
    missing_hint: str


PAGES = {
    "today": PageSpec(
        "ui.today.inbox",
        "InboxView",
        "Today",
        "The suggestion inbox arrives with the trust engine.",
    ),
    "insights": PageSpec(
        "ui.insights.insights_view",
        "InsightsView",
        "Insights",
        "Writing and publishing insights arrives in the next update.",
    ),
    "dashboard": PageSpec(
        "ui.dashboard.dashboard",
        "DashboardView",
        "Dashboard",
        "Charts of revenue, the Pareto curve and NPS arrive in the next update.",
    ),
}


def load_class(module: str, name: str) -> type | None:
    """The class, or None if its module (or something it needs that is not written yet,
    such as the trust engine) is missing."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:  # ModuleNotFoundError, or a name a module has not got yet
        missing = exc.name or ""
        if missing == module or missing.startswith(("ui.", "circlesoftrust")):
            print(f"circlesoftrust: {module} is not available yet: {exc}", file=sys.stderr)
            return None
        raise
    cls = getattr(mod, name, None)
    return cls if isinstance(cls, type) else None


class LazyPage(QStackedWidget):
    """Holds a placeholder until first shown, then the real screen.

    Signals:
        changed(): the screen changed data (the shell refreshes the others).
        accountActivated(int): the screen asks to open this account.
        created(QWidget): the real screen was just made.
    """

    changed = Signal()
    accountActivated = Signal(int)
    created = Signal(QWidget)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = PAGES[key]
        self.key = key
        self.db: Database | None = None
        self.page: QWidget | None = None
        self._stale = False
        self.placeholder = EmptyPanel(self)
        self.placeholder.set_text(self.spec.title, "Opening…")
        self.addWidget(self.placeholder)

    def set_database(self, db: Database | None) -> None:
        self.db = db
        if self.page is not None:
            self.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.setCurrentWidget(self.placeholder)
        if self.isVisible():
            self._ensure()

    def mark_stale(self) -> None:
        """Data changed elsewhere: refresh when next shown (now, if visible)."""
        if self.page is None:
            return
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure()
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        refresh = getattr(self.page, "refresh", None)
        if callable(refresh):
            refresh()

    def _ensure(self) -> None:
        if self.page is not None or self.db is None:
            return
        cls = load_class(self.spec.module, self.spec.cls)
        if cls is None:
            self.placeholder.set_text(f"{self.spec.title} is on its way", self.spec.missing_hint)
            return
        page = cls(self.db, self)
        for name in ("changed", "accountActivated"):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        self.page = page
        self._stale = False
        self.addWidget(page)
        self.setCurrentWidget(page)
        self.created.emit(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
