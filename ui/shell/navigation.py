"""The side navigation: Accounts, Today, People, Insights, Dashboard (Ctrl+1…5)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from ui.common import theme
from ui.common.language import QT_TRANSLATE_NOOP

NAV = (
    ("accounts", QT_TRANSLATE_NOOP("Navigation", "Accounts"), "rings"),
    ("today", QT_TRANSLATE_NOOP("Navigation", "Today"), "inbox"),
    ("people", QT_TRANSLATE_NOOP("Navigation", "People"), "people"),
    ("insights", QT_TRANSLATE_NOOP("Navigation", "Insights"), "insight"),
    ("dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "dashboard"),
)


class Navigation(QListWidget):
    """One row per screen, with its icon; the current row is the screen shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Navigation"))
        self.setIconSize(theme.icon_size())
        self.setFrameShape(QListWidget.Shape.NoFrame)
        row_height = self.fontMetrics().height() * 2 + 8
        for key, text, icon in NAV:
            item = QListWidgetItem(theme.icon(icon), self.tr(text))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, row_height))
            self.addItem(item)
        widest = max(self.fontMetrics().horizontalAdvance(self.tr(t)) for _k, t, _i in NAV)
        self.setFixedWidth(widest + 64)
        self.restyle()

    def restyle(self) -> None:
        """Icons and the separating line in the current palette."""
        for row, (_key, _text, icon) in enumerate(NAV):
            self.item(row).setIcon(theme.icon(icon))
        line = QApplication.palette().color(QPalette.ColorRole.Mid).name()
        self.setStyleSheet(
            f"QListWidget#navigation {{ border: none; border-right: 1px solid {line};"
            " padding-top: 6px; }"
        )
