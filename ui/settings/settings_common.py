"""What the staged Settings pages (rings, perks, checklists) share.

Each page edits a staged list of drafts (dataclasses) shown in a list view with a form
for the selected draft; nothing is written until the Settings dialog saves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QWidget

from ui.common.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from circlesoftrust.engine_settings import EngineSettings
    from circlesoftrust.records import RingInfo
    from circlesoftrust.services.perks import PerkInfo
    from circlesoftrust.services.rings import RingSummary
    from circlesoftrust.services.tasks import ChecklistItemInfo
    from circlesoftrust.storage import Database
    from circlesoftrust.team import UserInfo

Index = QModelIndex | QPersistentModelIndex


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def accounts_count(n: int) -> str:
    """``1 account``, ``12 accounts`` in the user's language (two texts chosen by n == 1)."""
    one = QCoreApplication.translate("Settings", "{n} account")
    many = QCoreApplication.translate("Settings", "{n} accounts")
    return (one if n == 1 else many).format(n=n)


def grants_count(n: int) -> str:
    """``1 active grant``, ``3 active grants`` in the user's language."""
    one = QCoreApplication.translate("Settings", "{n} active grant")
    many = QCoreApplication.translate("Settings", "{n} active grants")
    return (one if n == 1 else many).format(n=n)


# The texts of new_name and name_problems per noun (a sentence per noun: the nouns' genders
# and plurals differ in Dutch and German).
_NAME_TEXTS = {
    "ring": (
        QT_TRANSLATE_NOOP("Settings", "New ring {k}"),
        QT_TRANSLATE_NOOP("Settings", "Every ring needs a name."),
        QT_TRANSLATE_NOOP("Settings", "Two rings have the same name."),
    ),
    "perk": (
        QT_TRANSLATE_NOOP("Settings", "New perk {k}"),
        QT_TRANSLATE_NOOP("Settings", "Every perk needs a name."),
        QT_TRANSLATE_NOOP("Settings", "Two perks have the same name."),
    ),
}


def new_name(drafts: list[Any], noun: str) -> str:
    """``New <noun> k`` with the lowest k no draft's name uses yet."""
    used = {d.name.lower() for d in drafts}
    pattern = QCoreApplication.translate("Settings", _NAME_TEXTS[noun][0])
    k = 1
    while pattern.format(k=k).lower() in used:
        k += 1
    return pattern.format(k=k)


def name_problems(drafts: list[Any], noun: str) -> list[str]:
    """A missing name, then a name used twice (case and spaces aside)."""
    found: list[str] = []
    names = [d.name.strip().lower() for d in drafts]
    _new, missing, twice = _NAME_TEXTS[noun]
    if any(not n for n in names):
        found.append(QCoreApplication.translate("Settings", missing))
    if len(set(names)) != len(names):
        found.append(QCoreApplication.translate("Settings", twice))
    return found


class StagedListModel(QAbstractListModel):
    """A staged list of drafts; subclasses say how a draft is shown (``data``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.drafts: list[Any] = []

    def set_drafts(self, drafts: list[Any]) -> None:
        self.beginResetModel()
        self.drafts = drafts
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts)

    def draft_at(self, index: Index) -> Any:
        """The draft at ``index``, or None for an index off the list."""
        if not index.isValid() or index.row() >= len(self.drafts):
            return None
        return self.drafts[index.row()]

    def touch(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def append(self, draft: Any) -> int:
        row = len(self.drafts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.drafts.append(draft)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.drafts[row]
        self.endRemoveRows()


def draft_list_view(model: StagedListModel, name: str, parent: QWidget) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setIconSize(QSize(14, 14))
    view.setAccessibleName(name)
    return view


class StagedListPage(QWidget):
    """A page editing ``self.model``'s drafts, the one selected in ``self.list``.

    Signals: edited() after any staged change.
    """

    edited = Signal()

    model: StagedListModel
    list: QListView
    _loading: bool

    def current_row(self) -> int:
        return self.list.currentIndex().row()

    def select(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _set(self, field: str, value: object) -> None:
        """The form changed ``field`` of the selected draft (not while it is being shown)."""
        row = self.current_row()
        if self._loading or row < 0:
            return
        setattr(self.model.drafts[row], field, value)
        self.model.touch(row)
        self._draft_changed(field, value)
        self.edited.emit()

    def _draft_changed(self, field: str, value: object) -> None:
        """Called after ``_set`` changed the selected draft, before ``edited``."""


@dataclass(frozen=True)
class SettingsSnapshot:
    """Everything the Settings pages show, read in one go off the UI thread."""

    ring_summaries: list[RingSummary]
    rings: list[RingInfo]
    perks: list[PerkInfo]
    checklist: list[ChecklistItemInfo]
    engine: EngineSettings
    currency: str = "EUR"  # the database's (its locale default when it never chose one)
    # What the pages show, as one value: a save over someone else's newer settings is refused.
    token: str | None = None
    me: UserInfo | None = None  # who is working (Settings → Team)
    team: tuple[UserInfo, ...] = ()


def read_settings(db: Database) -> SettingsSnapshot:
    """(Runs in the door's pool: ``ops.run_query(read_settings, …)``.)"""
    from circlesoftrust import engine_settings
    from circlesoftrust.currency import database_currency
    from circlesoftrust.services import perks, rings, tasks
    from circlesoftrust.services.configuration import configuration_token
    from circlesoftrust.team import list_users, whoami

    token = configuration_token(db)  # (read first: a change after it makes the save stale)
    return SettingsSnapshot(
        rings.ring_summaries(db),
        rings.list_rings(db),
        perks.list_perks(db),
        tasks.list_checklist(db),
        engine_settings.get_settings(db),
        database_currency(db),
        token,
        whoami(db),
        tuple(list_users(db)),
    )
