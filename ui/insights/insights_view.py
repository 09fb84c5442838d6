"""Insights: write the full / summary / headline versions, publish, and follow the cascade.

Left, the insights (newest first). Right, two tabs: *Write* edits the three versions
(each labelled with the rings that will receive it); *Cascade & shares* paints the
release timeline and lists, per ring, who received the insight and who is due, with a
"Record share" that keeps the client's answer as a co-creation note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.operations import Changes
from circlesoftrust.records import RingInfo
from circlesoftrust.services import insights as service
from circlesoftrust.services.insights import InsightInfo
from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from circlesoftrust.team import StaleEditError
from ui.common import formats
from ui.common.banner import Banner
from ui.common.widgets import EmptyPanel, heading, muted
from ui.insights.cascade_panel import CascadePanel, in_sentence
from ui.insights.insight_conflicts import resolve as resolve_conflict
from ui.insights.insight_conflicts import texts_of
from ui.insights.insights_dialogs import DETAIL_TEXT, qdate
from ui.insights.insights_models import (
    InsightDelegate,
    InsightListModel,
    insight_status,
)
from ui.operations import Operations, Ticket
from ui.shell.lazy_pages import Screen


@dataclass(frozen=True)
class _Listing:
    insights: list[InsightInfo]
    rings: list[RingInfo]


def _read_listing(db: Database, day: dt.date) -> _Listing:
    return _Listing(service.list_insights(db, on=day), list_rings(db))


class InsightsView(Screen):
    """Write, publish and follow insights.

    Reads run through ``ops.run_query`` and writes through ``ops.run_op`` (off the UI
    thread, on the window's one undo history).

    Signals:
        accountActivated(int): the user wants to open this account.
        refreshed(): the list (and the selected insight's cascade) is on screen.
    """

    accountActivated = Signal(int)
    refreshed = Signal()

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(ops, parent)
        self._today = today
        self._title_to_edit: int | None = None
        self._version: int | None = None
        self._current_id: int | None = None
        self._colours: dict[int, str] = {}
        self._dirty = False
        self._loading = False
        self.shown_texts: dict[str, str] = {}
        self.list_model = InsightListModel(self)
        self._build()
        self._connect_signals()

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListView(self)
        self.list.setModel(self.list_model)
        self.list.setItemDelegate(InsightDelegate(self.list))
        self.list.setAccessibleName(self.tr("Insights"))
        self.list.setMinimumWidth(220)
        self.new_button = QPushButton(self.tr("New insight"), self)
        # (Ctrl+N is the window's New Account everywhere: the same keys here were ambiguous)
        self.new_button.setToolTip(self.tr("Start a new insight (Ctrl+Shift+I)"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Insights"), left))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.banner = Banner(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Title of the insight"))
        font = QFont(self.title_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.title_edit.setMaxLength(200)
        self.status_label = muted("", self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the insight (Ctrl+S)"))
        self.publish_date = QDateEdit(self)
        self.publish_date.setCalendarPopup(True)
        self.publish_date.setDisplayFormat(formats.date_pattern())
        self.publish_date.setAccessibleName(self.tr("Publication day"))
        self.publish_button = QPushButton(self.tr("Publish"), self)
        self.publish_button.setToolTip(
            self.tr("Publish on the chosen day; each ring follows its delay")
        )

        head = QHBoxLayout()
        head.addWidget(self.title_edit, 1)
        head.addWidget(self.save_button)
        head.addWidget(QLabel(self.tr("on"), self))
        head.addWidget(self.publish_date)
        head.addWidget(self.publish_button)

        # Write tab: the three versions, each saying which rings will read it.
        self.headline_edit = QLineEdit(self)
        self.headline_edit.setMaxLength(300)
        self.headline_edit.setPlaceholderText(
            self.tr("One sentence for the outer rings and the public")
        )
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setPlaceholderText(self.tr("A paragraph: what it means for the reader"))
        self.summary_edit.setTabChangesFocus(True)
        self.full_edit = QPlainTextEdit(self)
        self.full_edit.setPlaceholderText(self.tr("The whole insight, for the inner rings"))
        self.full_edit.setTabChangesFocus(True)
        self.level_labels = {level: muted("", self) for level in DETAIL_TEXT}
        write = QWidget(self)
        wl = QVBoxLayout(write)
        for level, widget, stretch in (
            ("full", self.full_edit, 3),
            ("summary", self.summary_edit, 1),
            ("headline", self.headline_edit, 0),
        ):
            title = QLabel(
                f"<b>{QCoreApplication.translate('Insights', DETAIL_TEXT[level])}</b>", write
            )
            title.setBuddy(widget)
            row = QHBoxLayout()
            row.addWidget(title)
            row.addWidget(self.level_labels[level], 1)
            wl.addLayout(row)
            wl.addWidget(widget, stretch)

        # Cascade tab: its own panel; its widgets are reached from here too (tests, the window).
        self.cascade_panel = CascadePanel(self.ops, self.today, self)
        panel = self.cascade_panel
        self.timeline, self.ring_combo, self.ring_hint = (
            panel.timeline,
            panel.ring_combo,
            panel.ring_hint,
        )
        self.received_model, self.due_model = panel.received_model, panel.due_model
        self.received_table, self.due_table = panel.received_table, panel.due_table
        self.share_button, self.answer_button = panel.share_button, panel.answer_button
        self.due_label, self.received_label = panel.due_label, panel.received_label
        self.share, self.record_share = panel.share, panel.record_share
        self.record_answer, self.current_release = panel.record_answer, panel.current_release

        self.tabs = QTabWidget(self)
        self.tabs.addTab(write, self.tr("&Write"))
        self.tabs.addTab(self.cascade_panel, self.tr("&Cascade && shares"))

        editor = QWidget(self)
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.banner)
        el.addLayout(head)
        el.addWidget(self.status_label)
        el.addWidget(self.tabs, 1)

        self.empty = EmptyPanel(
            self,
            self.tr("No insight selected"),
            self.tr("Write down what you learned; the inner circle hears it first, in full."),
        )
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        self.right.addWidget(editor)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._on_insight_selected)
        self.new_button.clicked.connect(self.new_insight)
        self.save_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(self.publish)
        self.cascade_panel.accountActivated.connect(self.accountActivated)
        self.cascade_panel.loaded.connect(self.refreshed)
        self.cascade_panel.said.connect(self.banner.show_message)
        for edit in (self.title_edit, self.headline_edit):
            edit.textEdited.connect(self._mark_dirty)
        for text in (self.summary_edit, self.full_edit):
            text.textChanged.connect(self._mark_dirty)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Ctrl+Shift+I"), self, self.new_insight,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip

    # --- state -------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        self._today = day
        self.refresh()

    def current_insight(self) -> Any | None:
        if self._current_id is None:
            return None
        row = self.list_model.row_of(self._current_id)
        return self.list_model.insight_at(row)

    def cascade(self) -> list[Any]:
        return self.cascade_panel.cascade()

    # --- loading -----------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        return changes.insights or changes.rings or changes.everything or bool(changes.accounts)

    @Slot()
    def refresh(self) -> None:
        """Reload the list (and the selected insight's cascade) in the background."""
        day = self.today()
        self.ops.run_query(
            lambda db: _read_listing(db, day),
            self._take_listing,
            action=self.tr("Reading insights"),
            owner=self,
        )

    def _take_listing(self, listing: _Listing) -> None:
        keep = self._current_id
        self._update_level_hints(listing.rings)
        self.list_model.set_insights(listing.insights, self.today())
        if keep is not None and self.list_model.row_of(keep) >= 0:
            self.select_insight(keep)
        elif self.list_model.rowCount():
            self.list.setCurrentIndex(self.list_model.index(0, 0))
        else:
            self._show_insight(None)

    def select_insight(self, insight_id: int) -> None:
        row = self.list_model.row_of(insight_id)
        if row < 0:
            return
        index = self.list_model.index(row, 0)
        if self.list.currentIndex() == index:
            self._show_insight(self.list_model.insight_at(row))
        else:
            self.list.setCurrentIndex(index)

    def _update_level_hints(self, rings: list[RingInfo]) -> None:
        self._colours = {r.id: r.colour for r in rings}
        for level, label in self.level_labels.items():
            names = [r.name for r in rings if r.detail_level == level]
            label.setText(
                self.tr("— read by {join}").format(join=", ".join(names))
                if names
                else self.tr("— no ring receives this version")
            )

    @Slot(QModelIndex, QModelIndex)
    def _on_insight_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = self.list_model.insight_at(current.row())
        if info is not None and info.id != self._current_id:
            # A published insight opens on its cascade, a draft on its text.
            self.tabs.setCurrentIndex(1 if info.published_on else 0)
        self._show_insight(info)

    def _show_insight(self, info: Any | None) -> None:
        if info is not None and self._dirty and info.id == self._current_id:
            # Read again while the user edits it (a change elsewhere, another window):
            # what they typed stays, and so does the version it started from (a save
            # over a newer one is refused and says who changed it).
            self.status_label.setText(insight_status(info, self.today()))
            self.cascade_panel.show_insight(info, self._colours)
            return
        self._loading = True
        try:
            if info is None:
                self._current_id = None
                self.cascade_panel.forget()
                self.right.setCurrentWidget(self.empty)
                return
            self.right.setCurrentIndex(1)
            self._current_id = info.id
            self._version = info.version
            self.shown_texts = texts_of(info)  # (what the user's changes are measured from)
            self.title_edit.setText(info.title)
            self.headline_edit.setText(info.headline)
            self.summary_edit.setPlainText(info.summary)
            self.full_edit.setPlainText(info.full_text)
            self._dirty = False
            published = info.published_on
            self.publish_date.setDate(qdate(published or self.today()))
            self.publish_date.setEnabled(published is None)
            self.publish_button.setEnabled(published is None)
            self.publish_button.setText(
                self.tr("Publish") if published is None else self.tr("Published")
            )
            self.save_button.setEnabled(False)
            self.status_label.setText(insight_status(info, self.today()))
            if self._title_to_edit == info.id:
                self._title_to_edit = None
                self.tabs.setCurrentIndex(0)
                self.title_edit.setFocus()
                self.title_edit.selectAll()
            self.cascade_panel.show_insight(info, self._colours)
        finally:
            self._loading = False

    # --- editing -----------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self.save_button.setEnabled(True)

    def is_dirty(self) -> bool:
        return self._dirty

    @Slot()
    def new_insight(self) -> None:
        def add(db: Database) -> InsightInfo:
            return service.add_insight(db, self.tr("Untitled insight"))

        def added(info: InsightInfo) -> None:
            # Selected, with its title ready to type over, when the list arrives (the
            # door's change refreshes it).
            self._current_id = self._title_to_edit = info.id

        self.ops.run_op(self.tr("New insight"), add, added, on_failed=self._failed(""), owner=self)

    def _failed(self, prefix: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            self.banner.show_message(f"{prefix}{exc}", "error")

        return show

    def _fields(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text().strip(),
            "headline": self.headline_edit.text().strip(),
            "summary": self.summary_edit.toPlainText().strip(),
            "full_text": self.full_edit.toPlainText().strip(),
        }

    @Slot()
    def save(self) -> Ticket[InsightInfo] | None:
        if self._current_id is None:
            return None
        insight_id, version, f = self._current_id, self._version, self._fields()

        def update(db: Database) -> InsightInfo:
            return service.update_insight(
                db,
                insight_id,
                title=f["title"],
                headline=f["headline"],
                summary=f["summary"],
                full_text=f["full_text"],
                expected_version=version,  # someone else's save since is not overwritten
            )

        def saved(_info: InsightInfo) -> None:
            self._dirty = False
            self.save_button.setEnabled(False)
            self.banner.show_message(self.tr("Saved."), "success")

        not_saved = self._failed(self.tr("Not saved: "))

        def refused(exc: BaseException) -> None:
            if isinstance(exc, StaleEditError) and insight_id == self._current_id:
                resolve_conflict(self, insight_id, exc)  # reload and re-apply, or discard
            else:
                not_saved(exc)

        return self.ops.run_op(
            self.tr("Edit insight {value!r}").format(value=f["title"]),
            update,
            saved,
            on_failed=refused,
            owner=self,
        )

    @Slot()
    def publish(self) -> None:
        if self._current_id is None:
            return
        if self._dirty:
            ticket = self.save()
            if ticket is not None:
                ticket.done.connect(lambda _info: self.publish())
            return
        insight_id = self._current_id
        day: dt.date = self.publish_date.date().toPython()  # type: ignore[assignment]

        def publish(db: Database) -> InsightInfo:
            return service.publish_insight(db, insight_id, on=day)

        def published(info: InsightInfo) -> None:
            self.tabs.setCurrentIndex(1)
            first = info.releases[0] if info.releases else None
            message = self.tr("Published {day}.").format(day=formats.date(day))
            if first is not None:
                level = in_sentence(
                    QCoreApplication.translate(
                        "Insights", DETAIL_TEXT.get(first.detail_level, first.detail_level)
                    )
                )
                message += " " + self.tr(
                    "{ring} receives the {level} from {day} ({n} accounts); the outer rings follow."
                ).format(
                    ring=first.ring_name,
                    level=level,
                    day=formats.date(first.release_on),
                    n=first.members,
                )
            self.banner.show_message(message, "success")

        self.ops.run_op(
            self.tr("Publish {strip!r}").format(strip=self.title_edit.text().strip()),
            publish,
            published,
            on_failed=self._failed(self.tr("Not published: ")),
            owner=self,
        )
