"""Screens that are created the first time they are shown: Today, Insights, Dashboard.

Each is a widget of its feature folder (``ui.today.inbox.InboxView``,
``ui.insights.insights_view.InsightsView``, ``ui.dashboard.dashboard.DashboardView``) made
with ``(ops, parent)``: it reads and writes through :class:`~ui.operations.Operations`,
refreshes itself from the door's ``changed`` signal (``on_changed``) and has the signal
``accountActivated(int)``. Creating them on first show keeps start-up fast (the
dashboard imports matplotlib only then; measured by ``bench_startup``). When another
database is opened the screen is dropped and made again on the next show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.widgets import EmptyPanel
from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.operations import Changes

TITLES = {
    "today": QT_TRANSLATE_NOOP("Navigation", "Today"),
    "insights": QT_TRANSLATE_NOOP("Navigation", "Insights"),
    "dashboard": QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
}


class Screen(QWidget):
    """What a lazily made screen offers (the three screens derive from it).

    It subscribes to the door's ``changed`` itself: a change it shows (``concerns``)
    refreshes it at once when visible, else when it is next shown.

    Signals:
        accountActivated(int): the user wants to open this account.
    """

    accountActivated = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._changed_while_hidden = False
        ops.changed.connect(self._on_door_changed)

    def concerns(self, changes: Changes) -> bool:
        """Does this screen show something ``changes`` touched?"""
        return True

    def refresh(self) -> None:
        """Read everything this screen shows again."""

    def _on_door_changed(self, changes: Changes, _initiator: object) -> None:
        if not self.concerns(changes):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._changed_while_hidden = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._changed_while_hidden:
            self._changed_while_hidden = False
            self.refresh()


def make_screen(key: str, ops: Operations, parent: QWidget) -> Screen:
    """The screen for ``key``; its module is imported here, on first show."""
    if key == "today":
        from ui.today.inbox import InboxView

        return InboxView(ops, parent)
    if key == "insights":
        from ui.insights.insights_view import InsightsView

        return InsightsView(ops, parent)
    from ui.dashboard.dashboard import DashboardView

    return DashboardView(ops, parent)


class LazyPage(QStackedWidget):
    """Holds a placeholder until first shown, then the real screen.

    Signals:
        accountActivated(int): the screen asks to open this account.
        created(QWidget): the real screen was just made.
    """

    accountActivated = Signal(int)
    created = Signal(QWidget)

    def __init__(self, key: str, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ops = ops
        self.page: Screen | None = None
        self.placeholder = EmptyPanel(self)
        self.placeholder.set_text(
            QCoreApplication.translate("Navigation", TITLES[key]), self.tr("Opening…")
        )
        self.addWidget(self.placeholder)
        ops.databaseChanged.connect(self._on_database)

    def _on_database(self, _db: object) -> None:
        if self.page is not None:
            self.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.setCurrentWidget(self.placeholder)
        if self.isVisible():
            self._ensure()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure()

    def _ensure(self) -> None:
        if self.page is not None or self.ops.db is None:
            return
        page = make_screen(self.key, self.ops, self)
        page.accountActivated.connect(self.accountActivated)
        self.page = page
        self.addWidget(page)
        self.setCurrentWidget(page)
        self.created.emit(page)
        page.refresh()  # what it shows is read now, in the background
