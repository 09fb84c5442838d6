"""The accounts panel: filter field, count, the table view and its empty states.

The model lives in :mod:`ui.accounts.accounts_model`; its names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.accounts.account_store import AccountStore
from ui.accounts.accounts_model import (
    BATCH,
    COL_LAST_TOUCH,
    COL_NAME,
    COL_NEXT,
    COL_REVENUE,
    COL_RING,
    COL_SCORE,
    HEADERS,
    AccountsTableModel,
    ago,
)
from ui.accounts.mine_filter import MineFilter
from ui.common import formats, theme
from ui.common.formats import money
from ui.common.table_models import ElidedTextTips
from ui.common.widgets import EmptyPanel

if TYPE_CHECKING:
    from circlesoftrust.storage import Database


__all__ = [
    "BATCH",
    "COL_LAST_TOUCH",
    "COL_NAME",
    "COL_NEXT",
    "COL_REVENUE",
    "COL_RING",
    "COL_SCORE",
    "HEADERS",
    "AccountsPanel",
    "AccountsTableModel",
    "AccountsTableView",
    "ago",
    "build_context_menu",
    "money",
]

SEARCH_DELAY_MS = 220


class AccountsTableView(QTableView):
    """The table; Enter opens the current account's page for typing.

    Signals:
        activatedAccount(int): Enter or double-click on an account.
    """

    activatedAccount = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            account_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
            if account_id is not None:
                self.activatedAccount.emit(int(account_id))
                return
        super().keyPressEvent(event)


# The next action's least width when the pane is narrow (its text is elided, with a tip).
_NEXT_MIN = 60


class AccountsPanel(QWidget):
    """Filter field, count, the table and its empty states.

    Signals:
        currentAccountChanged(int): the selected account (shown on the account page).
        accountActivated(int): Enter / double-click (the page takes the keyboard focus).
        contextMenuRequested(int, QPoint): right-click on an account (global position).
    """

    currentAccountChanged = Signal(int)
    accountActivated = Signal(int)
    contextMenuRequested = Signal(int, QPoint)

    def __init__(self, store: AccountStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = AccountsTableModel(store, self)
        self._current: int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, contact, e-mail, tag…  (Ctrl+F)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        search = self.filter_edit.addAction(
            theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        theme.bind_icon(search, "search")
        self.filter_edit.setAccessibleName(self.tr("Filter accounts"))
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(self.count_label.foregroundRole())
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("100,000 of 100,000"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = AccountsTableView(self)
        self.view.setObjectName("accountsTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_RING, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.setItemDelegate(ElidedTextTips(self.view))  # (an elided name: whole as tip)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)  # (sized by _fit_columns: the rest of the pane)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        fm = self.fontMetrics()
        for col, sample in (
            (COL_NAME, "Brightline Consulting"),
            (COL_RING, "Loyal customers"),
            (COL_SCORE, "100"),
            (COL_REVENUE, money(123_456_700)),
            (COL_LAST_TOUCH, formats.date(dt.date(2026, 9, 28))),
        ):
            # As wide as a long value or the header's title (longer in German), whichever
            # is wider, with room for the sort arrow.
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            wide = max(fm.horizontalAdvance(sample) + 12, fm.horizontalAdvance(title) + 26)
            header.resizeSection(col, wide + (28 if col == COL_RING else 0))
        # What each column needs; on a narrow pane the ring (its dot keeps its colour), then
        # the name, give way.
        self._natural = {col: header.sectionSize(col) for col in range(COL_NEXT)}
        # The next action takes the rest, but never less than its title ("ext actio" was
        # cut on both sides at 1366×768).
        next_title = str(self.model.headerData(COL_NEXT, Qt.Orientation.Horizontal) or "")
        self._next_least = max(_NEXT_MIN, header.fontMetrics().horizontalAdvance(next_title) + 22)
        self.view.viewport().installEventFilter(self)

        self.mine = MineFilter(self.store, self)  # "My accounts" (team use)
        self.empty = EmptyPanel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self._show_loading()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.mine)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Keep the columns inside the pane (issue 18.5: at 1366×768 the table was wider than
        its pane and "Last touch" was cut mid-date at the edge). Score, revenue and the last
        touch keep their width; the ring (its dot keeps the colour), then the name, are
        narrowed (their texts are elided, the whole text is the tip) and the next action
        takes what is left, never less than its title."""
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        if room <= 0:
            return
        sizes = dict(self._natural)
        over = sum(sizes.values()) + self._next_least - room
        for col, least in ((COL_RING, 56), (COL_NAME, 80)):
            if over <= 0:
                break
            give = min(over, sizes[col] - least)
            if give > 0:
                sizes[col] -= give
                over -= give
        sizes[COL_NEXT] = max(self._next_least, room - sum(sizes.values()))
        for col, size in sizes.items():
            if header.sectionSize(col) != size:
                header.resizeSection(col, size)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_text)
        self.mine.chosen.connect(self.model.set_only)
        self._search_timer.timeout.connect(self._start_search)
        self.model.filtered.connect(self._update_state)
        self.model.modelReset.connect(self._restore_selection)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.activatedAccount.connect(self.accountActivated)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.store.loadStarted.connect(self._on_load_started)
        self.store.listed.connect(self.model.reload)
        self.store.loaded.connect(self.model.refresh_figures)
        self.store.membershipChanged.connect(self.model.reload)
        self.store.accountsUpdated.connect(self.model.refresh_rows)
        self.store.scoreExplained.connect(self.model.refresh_score)
        self.store.analysisLoaded.connect(self.model.refresh_analysis)
        self.store.tagsLoaded.connect(self.model.refresh_search_lines)
        self.store.loaded.connect(self._prepare_search_soon)
        self.store.indexReady.connect(self.model.prepare_search)

    # --- state --------------------------------------------------------------------------

    def _prepare_search_soon(self) -> None:
        # Once the accounts are painted, while the user looks at them: the first
        # keystroke then costs no more than the others.
        QTimer.singleShot(400, self.store.prepare_index)

    def _on_load_started(self) -> None:
        if not self.store.is_loaded:
            self._show_loading()

    def _show_loading(self) -> None:
        self.empty.set_text(
            self.tr("Loading accounts…"),
            self.tr("Large databases take a moment; the window stays usable."),
        )
        self.stack.setCurrentWidget(self.empty)

    def _update_state(self) -> None:
        total, shown = len(self.store.rows), len(self.model.visible_ids)
        self.count_label.setText(
            self.tr("{total} accounts").format(total=formats.number(total))
            if shown == total
            else self.tr("{shown} of {total}").format(
                shown=formats.number(shown), total=formats.number(total)
            )
        )
        if not self.store.is_loaded:
            self._show_loading()
        elif total == 0:
            self.empty.set_text(
                self.tr("No accounts yet"),
                self.tr(
                    "Create your first account with Ctrl+N, or import contacts from the File menu."
                ),
            )
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0 and self.mine.isChecked() and not self.filter_edit.text().strip():
            self.empty.set_text(
                self.tr("You own no account yet"),
                self.tr("Edit an account (Ctrl+E) to make it yours, or untick Mine."),
            )
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.set_text(
                self.tr("Nothing matches “{strip}”").format(strip=self.filter_edit.text().strip()),
                self.tr("Try part of a name, a contact's e-mail or a tag. Esc clears the filter."),
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)

    # --- filter -------------------------------------------------------------------------

    def _on_filter_text(self, text: str) -> None:
        self.model.set_query(text)
        self._search_timer.start()

    def _start_search(self) -> None:
        query = self.filter_edit.text().strip()
        if not query:
            return
        if self.store.ops.db is None:
            return

        def search(db: Database) -> list[int]:
            from circlesoftrust.services.accounts import search_accounts

            return search_accounts(db, query)

        # (the model drops answers to queries that are not the current one)
        self.store.ops.run_query(
            search, lambda ids: self.model.merge_search(query, ids), owner=self
        )

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
            self.filter_edit.clear()
            return
        super().keyPressEvent(event)

    # --- selection ----------------------------------------------------------------------

    def current_account(self) -> int | None:
        return self._current

    def select_account(self, account_id: int, *, clear_filter: bool = True) -> bool:
        """Select and scroll to an account (clearing a filter that hides it, if asked)."""
        row = self.model.row_of(account_id)
        if row is None and clear_filter and self.model.query and account_id in self.store.rows:
            self.filter_edit.clear()
            row = self.model.row_of(account_id)
        if row is None:
            return False
        self.model.ensure_exposed(row)
        index = self.model.index(row, COL_NAME)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _restore_selection(self) -> None:
        if self._current is not None:
            current = self._current
            if (
                not self.select_account(current, clear_filter=False)
                and current not in self.store.rows
            ):
                self._current = None

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = self.model.account_id(current.row()) if current.isValid() else None
        if account_id is not None and account_id != self._current:
            self._current = account_id
            self.currentAccountChanged.emit(account_id)

    def _on_double_click(self, index: QModelIndex) -> None:
        account_id = self.model.account_id(index.row())
        if account_id is not None:
            self.accountActivated.emit(account_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        account_id = self.model.account_id(index.row()) if index.isValid() else None
        if account_id is not None:
            self.select_account(account_id)
            self.contextMenuRequested.emit(account_id, self.view.viewport().mapToGlobal(pos))


def build_context_menu(parent: QWidget, actions: list[QAction | None]) -> QMenu:
    menu = QMenu(parent)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu
