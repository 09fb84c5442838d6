"""The Insights screen's *Cascade & shares* tab: who received the selected insight, who is
due, and the shares and answers recorded for it.

The release timeline on top; below it, per ring (the combo), the accounts the release
still has to reach ("Record share…", R) and those that received it, with what they
answered (co-creation notes). Split out of :mod:`ui.insights.insights_view`, which shows
the panel as its second tab and hands it the insight to show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.i18n import language
from circlesoftrust.services import insights as service
from circlesoftrust.services.accounts import ContactInfo, list_accounts, list_contacts
from circlesoftrust.services.insights import Recipient, ShareInfo
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.table_models import Column, RecordTableModel
from ui.common.widgets import muted
from ui.insights.cascade_timeline import CascadeStep, CascadeTimeline
from ui.insights.insights_dialogs import DETAIL_TEXT, RecordShareDialog
from ui.operations import Operations, Ticket


@dataclass(frozen=True)
class _Cascade:
    """What the selected insight's per-ring lists show."""

    insight_id: int
    shares: list[ShareInfo]
    ring_of: dict[int, int]  # account id -> ring position, of the accounts shared with
    due: dict[int, list[Recipient]]  # ring id -> accounts the release still has to reach


def _read_cascade(db: Database, insight_id: int, ring_ids: list[int]) -> _Cascade:
    shares = service.list_shares(db, insight=insight_id)
    ring_of = {a.id: a.ring_position for a in list_accounts(db)} if shares else {}
    due = {
        ring_id: service.pending_recipients(db, insight_id, f"#{ring_id}") for ring_id in ring_ids
    }
    return _Cascade(insight_id, shares, ring_of, due)


def in_sentence(text: str) -> str:
    """A label inside a sentence: lower case, except German nouns ("Volltext")."""
    return text if language() == "de" else text.lower()


class CascadePanel(QWidget):
    """The cascade of one insight through the rings, and its shares.

    Reads run through ``ops.run_query``, writes (a share, an answer) through
    ``ops.run_op``.

    Signals:
        accountActivated(int): the user wants to open this account.
        loaded(): the selected insight's lists are on screen.
        said(str, str): a message and its level ("success", "error") for the screen's banner.
    """

    accountActivated = Signal(int)
    loaded = Signal()
    said = Signal(str, str)

    def __init__(
        self, ops: Operations, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self._insight_id: int | None = None
        self._cascade: list[Any] = []
        self._shares: list[Any] = []
        self._ring_of: dict[int, int] = {}
        self._due: dict[int, list[Recipient]] = {}
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.timeline = CascadeTimeline(self)
        self.ring_combo = QComboBox(self)
        self.ring_combo.setAccessibleName(self.tr("Ring"))
        self.ring_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ring_combo.setMinimumContentsLength(16)
        self.ring_hint = muted("", self)
        self.received_model = RecordTableModel(
            [
                Column(self.tr("Account"), lambda r: r.account_name),
                Column(self.tr("Contact"), lambda r: r.contact_name or ""),
                Column(self.tr("Shared"), lambda r: r.shared_on),
                Column(
                    self.tr("Version"),
                    lambda r: QCoreApplication.translate(
                        "Insights", DETAIL_TEXT.get(r.detail_level, r.detail_level)
                    ),
                ),
                Column(self.tr("Answer"), lambda r: r.answer, tooltip=lambda r: r.answer),
            ],
            self,
        )
        self.due_model = RecordTableModel(
            [
                Column(self.tr("Account"), lambda r: r.account_name),
                Column(self.tr("Send to"), lambda r: r.contact_name or self.tr("(no contact yet)")),
            ],
            self,
        )
        self.received_table = self._table(self.received_model, self.tr("Received"))
        header = self.received_table.horizontalHeader()
        for col, width in ((0, 170), (1, 120), (2, 95), (3, 80)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.due_table = self._table(self.due_model, self.tr("Due"))
        self.due_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.received_label = QLabel(self)
        self.due_label = QLabel(self)
        self.share_button = QPushButton(self.tr("Record share…"), self)
        self.share_button.setToolTip(
            self.tr("Record that the selected due account received it (R)")
        )
        self.answer_button = QPushButton(self.tr("Answer…"), self)
        self.answer_button.setToolTip(self.tr("Note what the client answered (co-creation)"))
        self.answer_button.setEnabled(False)
        cl = QVBoxLayout(self)
        cl.addWidget(self.timeline)
        ring_row = QHBoxLayout()
        ring_row.addWidget(QLabel(self.tr("Ring:"), self))
        ring_row.addWidget(self.ring_combo)
        ring_row.addWidget(self.ring_hint, 1)
        cl.addLayout(ring_row)
        lists = QSplitter(Qt.Orientation.Horizontal, self)
        for label, table, extra in (
            (self.due_label, self.due_table, self.share_button),
            (self.received_label, self.received_table, self.answer_button),
        ):
            box = QWidget(lists)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            top = QHBoxLayout()
            top.addWidget(label, 1)
            top.addWidget(extra)
            bl.addLayout(top)
            bl.addWidget(table, 1)
            lists.addWidget(box)
        lists.setSizes([380, 520])
        cl.addWidget(lists, 1)

    def _table(self, model: RecordTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setDefaultSectionSize(140)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
        return table

    def _connect_signals(self) -> None:
        self.ring_combo.currentIndexChanged.connect(self._show_ring)
        self.share_button.clicked.connect(self.record_share)
        self.due_table.doubleClicked.connect(self.record_share)
        self.received_table.doubleClicked.connect(self._open_account)
        self.received_table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.answer_button.setEnabled(current.isValid())
        )
        self.answer_button.clicked.connect(self.edit_answer)
        QShortcut(QKeySequence(Qt.Key.Key_R), self.due_table, self.record_share,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

    # --- the insight shown -------------------------------------------------------------

    def cascade(self) -> list[Any]:
        return list(self._cascade)

    def forget(self) -> None:
        """No insight is selected: shares cannot be recorded."""
        self._insight_id = None

    def show_insight(self, info: Any, colours: dict[int, str]) -> None:
        """The timeline from the insight's releases; the per-ring lists from the services."""
        self._insight_id = info.id
        self._cascade = list(info.releases)
        steps = [
            CascadeStep(
                r.ring_name,
                colours.get(r.ring_id, "#94a3b8"),
                r.release_on,
                r.detail_level,
                r.discussion_open,
                r.received,
                r.members,
            )
            for r in self._cascade
        ]
        self.timeline.set_cascade(info.published_on, steps, self.today())
        self._shares, self._ring_of, self._due = [], {}, {}
        if self._cascade:
            ring_ids = [r.ring_id for r in self._cascade]
            self.ops.run_query(
                lambda db: _read_cascade(db, info.id, ring_ids),
                self._take_cascade,
                action=self.tr("Reading the cascade"),
                owner=self,
            )
        else:
            self.loaded.emit()
        keep = self.ring_combo.currentIndex()
        self.ring_combo.blockSignals(True)
        self.ring_combo.clear()
        for r in self._cascade:
            self.ring_combo.addItem(r.ring_name)
        self.ring_combo.blockSignals(False)
        self.ring_combo.setEnabled(bool(self._cascade))
        self.ring_combo.setCurrentIndex(max(0, min(keep, len(self._cascade) - 1)))
        self._show_ring(self.ring_combo.currentIndex())

    def _take_cascade(self, cascade: _Cascade) -> None:
        if cascade.insight_id != self._insight_id:
            return  # another insight was selected meanwhile
        self._shares, self._ring_of, self._due = cascade.shares, cascade.ring_of, cascade.due
        self._show_ring(self.ring_combo.currentIndex())
        self.loaded.emit()

    def current_release(self) -> Any | None:
        index = self.ring_combo.currentIndex()
        return self._cascade[index] if 0 <= index < len(self._cascade) else None

    @Slot(int)
    def _show_ring(self, index: int) -> None:
        release = self._cascade[index] if 0 <= index < len(self._cascade) else None
        if release is None or self._insight_id is None:
            self.received_model.set_records([])
            self.due_model.set_records([])
            self.ring_hint.setText(self.tr("Publish the insight to start its cascade."))
            self.received_label.setText(self.tr("<b>Received</b>"))
            self.due_label.setText(self.tr("<b>Due</b>"))
            self.share_button.setEnabled(False)
            return
        due = self._due.get(release.ring_id, [])
        received = [
            s for s in self._shares if self._ring_of.get(s.account_id) == release.ring_position
        ]
        self.received_model.set_records(received)
        self.due_model.set_records(due)
        level = in_sentence(
            QCoreApplication.translate(
                "Insights", DETAIL_TEXT.get(release.detail_level, release.detail_level)
            )
        )
        when = self.tr("since") if release.released else self.tr("from")
        discuss = self.tr(", open for discussion") if release.discussion_open else ""
        self.ring_hint.setText(
            self.tr(
                "{ring_name} receives the {level} {when} {release_on}{discuss}: "
                "{received} of {members} accounts reached."
            ).format(
                ring_name=release.ring_name,
                level=level,
                when=when,
                release_on=formats.date(release.release_on),
                discuss=discuss,
                received=release.received,
                members=release.members,
            )
        )
        self.received_label.setText(self.tr("<b>Received</b> ({n})").format(n=len(received)))
        self.due_label.setText(
            self.tr("<b>Due</b> ({n})").format(n=len(due)) if release.released
            else self.tr("<b>Due from {day}</b> ({n})").format(
                day=formats.date(release.release_on), n=len(due)
            )
        )  # fmt: skip
        self.share_button.setEnabled(bool(due))
        if due:
            self.due_table.selectRow(0)

    # --- shares and answers --------------------------------------------------------------

    def _failed(self, prefix: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            self.said.emit(f"{prefix}{exc}", "error")

        return show

    @Slot()
    def record_share(self) -> None:
        release = self.current_release()
        due = self.due_model.record(self.due_table.currentIndex().row())
        if release is None or due is None or self._insight_id is None:
            return
        self.ops.run_query(
            lambda db: list_contacts(db, due.account_id),
            lambda contacts: self._ask_share(due, release, contacts),
            action=self.tr("Reading the contacts"),
            owner=self,
        )

    def _ask_share(self, due: Recipient, release: Any, contacts: list[ContactInfo]) -> None:
        dialog = RecordShareDialog(contacts, due, release, self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.share(due.account_id, **dialog.values())

    def share(
        self,
        account_id: int,
        *,
        contact: int | None = None,
        on: dt.date | None = None,
        answer: str = "",
        early: bool = False,
    ) -> Ticket[ShareInfo] | None:
        """Record a share of the current insight (what the dialog's Save does)."""
        if self._insight_id is None:
            return None
        insight_id, day = self._insight_id, on or self.today()

        def share(db: Database) -> ShareInfo:
            return service.share_insight(db, insight_id, account_id, contact=contact,
                                         on=day, answer=answer, early=early)  # fmt: skip

        def shared(info: ShareInfo) -> None:
            self.said.emit(
                self.tr("Share recorded") + (self.tr(" with the answer.") if answer else "."),
                "success",
            )

        return self.ops.run_op(
            lambda info: self.tr("Share {insight_title!r} with {account_name}").format(
                insight_title=info.insight_title, account_name=info.account_name
            ),
            share,
            shared,
            on_failed=self._failed(self.tr("Not recorded: ")),
            owner=self,
        )

    @Slot()
    def edit_answer(self) -> None:
        share = self.received_model.record(self.received_table.currentIndex().row())
        if share is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Answer — {account_name}").format(account_name=share.account_name),
            self.tr("What did they answer? (co-creation notes)"), share.answer,
        )  # fmt: skip
        if ok and text.strip():
            self.record_answer(share.id, text)

    def record_answer(self, share_id: int, answer: str) -> Ticket[ShareInfo]:
        def record(db: Database) -> ShareInfo:
            return service.record_answer(db, share_id, answer)

        return self.ops.run_op(
            lambda info: self.tr("Answer of {account_name}").format(account_name=info.account_name),
            record,
            lambda _info: self.said.emit(self.tr("Answer recorded."), "success"),
            on_failed=self._failed(self.tr("Not recorded: ")),
            owner=self,
        )

    @Slot(QModelIndex)
    def _open_account(self, index: QModelIndex) -> None:
        record = index.data(Qt.ItemDataRole.UserRole)
        account = getattr(record, "account_id", None)
        if account is not None:
            self.accountActivated.emit(int(account))
