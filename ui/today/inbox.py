"""The "Today" inbox: the engine's suggestions, grouped by kind, worked with one key each.

A accepts (the engine carries the action out and says what it did), S snoozes for a week
(Shift+S picks the date), D dismisses, Enter opens the account, Ctrl+Z undoes the last
action. Suggestions are computed off the UI thread; the list stays usable meanwhile.

This module builds the page and keeps its list current (today's pass, the accounts read
again after a change, the due tasks beside it). The list widget and its keys are
:mod:`ui.today.inbox_tree`, what the keys and buttons do :mod:`ui.today.inbox_actions`,
the suggestions' model and grouping :mod:`ui.today.inbox_model`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from circlesoftrust.engine.suggestion_types import Suggestion
from circlesoftrust.operations import Changes
from circlesoftrust.pass_process import AccountRescore
from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.banner import Banner
from ui.common.fitted_text import FittedText
from ui.common.widgets import EmptyPanel, heading, muted
from ui.operations import Operations
from ui.shell.page_loading import busy_bar
from ui.shell.store_pass import AFTER_CHANGE_MS, PassOutcome, let_go_later
from ui.today.due_tasks import DueTasksPanel
from ui.today.inbox_actions import DETAIL_LINES, InboxActions
from ui.today.inbox_model import SuggestionModel, group_suggestions, suggestion_id
from ui.today.inbox_tree import InboxTree

#: After a change, the due tasks are read again this much later (changes in a row: one
#: read). At 100,000 accounts that read (≈ 7,600 due tasks) took ≈ 100 ms of a worker's
#: Python while the window showed the change itself, and the UI thread waited for its
#: turn with the interpreter (measured).
TASKS_AFTER_CHANGE_MS = 600


class NewestShows(QObject):
    """Of the messages that share one place, the one shown last stays; the others hide."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._messages: list[QWidget] = []

    def follow(self, message: QWidget) -> None:
        self._messages.append(message)
        message.installEventFilter(self)
        if not message.isHidden():
            self._hide_all_but(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (ShowToParent: shown by its owner, not merely with the page)
        if event.type() == QEvent.Type.ShowToParent and isinstance(watched, QWidget):
            self._hide_all_but(watched)
        return super().eventFilter(watched, event)

    def _hide_all_but(self, shown: QWidget) -> None:
        for message in self._messages:
            if message is not shown and not message.isHidden():
                message.hide()


class InboxView(InboxActions):
    """Today's suggestions; accept, snooze, dismiss, undo (those: :class:`InboxActions`).

    Accept, snooze and dismiss are operations of the window's one undo history (Ctrl+Z
    here is the window's Undo, whatever it names).

    Signals:
        accountActivated(int): the user wants to open this account (of InboxActions).
        loaded(): a fresh list of suggestions is on screen (today's whole pass).
        accountsRefreshed(list): these accounts' suggestions were read again after a
            change and are on screen (the whole pass follows a moment later).
        loadFailed(str): computing the suggestions failed (the banner says why).
    """

    loaded = Signal()
    accountsRefreshed = Signal(list)
    loadFailed = Signal(str)

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(ops, parent)
        self._today = today
        self._keep_current: object = None
        self._waiting = False  # a pass with this inbox was asked for and has not come
        self._tasks_stale = False  # a change came while hidden: due tasks are read on show
        self._tasks_timer = QTimer(self)
        self._tasks_timer.setSingleShot(True)
        self._tasks_timer.setInterval(TASKS_AFTER_CHANGE_MS)
        self._tasks_timer.timeout.connect(self._read_due_tasks)
        self.model = SuggestionModel(self)
        # The inbox comes with today's pass, the one the account store also uses
        # (ui.shell.store_pass): one pass for both, apart from the window.
        ops.passes.follow_inbox(self.today, _prepare_inbox)
        ops.passes.finished.connect(self._on_pass)
        ops.passes.failed.connect(self._on_pass_failed)
        ops.passes.rescored.connect(self._on_rescored)
        self._build()
        self._connect_signals()
        self._update_buttons()
        ops.undo_stack.indexChanged.connect(self._update_buttons)
        ops.busyChanged.connect(self._update_buttons)

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(self.tr("Today"), self)
        self.subtitle = muted("", self)
        self.count_label = muted("", self)
        self.busy = busy_bar(self)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Recompute today's suggestions (F5)"))
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))

        # What an action did (with its Undo) shows beside the title, in room kept for it
        # when hidden: above the list, its first appearance pushed the list down, and the
        # tree laid out and painted its rows again (≈ 10–20 ms of an accept at 100,000
        # accounts, measured). Capture's notice of a pickup shares that room
        # (add_notice); the newest message shows.
        self.banner = Banner(self)
        self.messages = QGridLayout()  # (one cell: the messages lie on top of each other)
        self.messages.setContentsMargins(0, 0, 0, 0)
        self._newest = NewestShows(self)
        self._add_message(self.banner)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles)
        head.addSpacing(16)
        head.addLayout(self.messages, 1)
        head.addSpacing(8)
        head.addWidget(self.busy)
        head.addWidget(self.count_label)
        head.addWidget(self.refresh_button)

        self.tree = InboxTree(self.model, self)
        self.tree.size_columns(self.fontMetrics())

        self.empty = EmptyPanel(
            self,
            self.tr("Inbox zero — nothing needs you today"),
            self.tr("New suggestions appear as facts change: purchases, quiet spells, feedback."),
        )
        self.loading_page = EmptyPanel(self, self.tr("Looking at your accounts…"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading_page)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        # The selected suggestion in full, in a room of fixed height (lines of its own
        # font): grown with each reason (3–5 lines at 1100×700), it moved the list's
        # bottom edge and the buttons below as the user arrowed through the list.
        self.detail = FittedText(DETAIL_LINES, self)
        self.detail.setAccessibleName(self.tr("Selected suggestion"))
        actions = self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        # Due and overdue tasks beside the suggestions (ui.today.due_tasks).
        self.tasks_panel = DueTasksPanel(self.ops, self)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.stack)
        self.split.addWidget(self.tasks_panel)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([720, 300])  # (kept in proportion as the window is resized)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        self.setFocusProxy(self.tree)

    def _add_message(self, banner: Banner) -> None:
        # (two lines: a long account name wraps the message; a longer one is cut, whole
        # in its tip, so that the list below never moves)
        banner.set_max_lines(2)
        self.messages.addWidget(banner, 0, 0)
        self._newest.follow(banner)

    def add_notice(self, notice: Banner) -> None:
        """Show ``notice`` (capture's, of a watched-folder pickup, with its Undo) beside the
        title, in the room of what an action did: above the list, it pushed the list down
        by two rows at 1366×768. Whichever of the two came last shows."""
        self._add_message(notice)

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self._connect_actions()
        self.tasks_panel.accountActivated.connect(self.accountActivated)

    # --- state -------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        """Work the inbox as of ``day`` (tests, demos); None follows the calendar."""
        self._today = day
        self.refresh()

    def concerns(self, changes: Changes) -> bool:
        """Any change may bring or settle suggestions."""
        return True

    # --- loading -----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Recompute the suggestions in the background; the current list stays usable."""
        day = self.today()
        self.subtitle.setText(formats.date(day))
        self._tasks_timer.stop()  # (read now)
        self.tasks_panel.set_day(day)
        current = self.current_suggestion()
        if current is not None:
            self._keep_current = suggestion_id(current)
        if self.model.suggestion_count() == 0 and self.stack.currentWidget() is not self.tree:
            self.stack.setCurrentWidget(self.loading_page)
        self._ask_for_pass(0)

    def _ask_for_pass(self, delay_ms: int) -> None:
        self._waiting = True
        self.busy.show()
        self.ops.passes.request(self.today(), delay_ms=delay_ms)

    @property
    def is_loading(self) -> bool:
        return self._waiting

    def _on_door_changed(self, changes: Changes, _initiator: object) -> None:
        """A change that names its accounts reads only their suggestions again, at once;
        today's whole pass follows a moment later (as the account store's does). Other
        changes ask for the pass at once."""
        narrow = bool(changes.accounts) and not (
            changes.everything or changes.rings or changes.settings or changes.insights
        )
        if not narrow:
            if self.isVisible():
                self.refresh()
            else:
                self._changed_while_hidden = True
            return
        # Also while hidden: the read is shared with the account store's (same turn of
        # the event loop), so Today is current when the user turns to it.
        self._refresh_accounts(sorted(changes.accounts))
        self._ask_for_pass(AFTER_CHANGE_MS)
        if not self.tasks_panel.concerns(changes):
            return  # (the due tasks are as they were)
        if self.isVisible():
            self._tasks_timer.start()  # (a moment later: see TASKS_AFTER_CHANGE_MS)
        else:
            self._tasks_stale = True

    def _read_due_tasks(self) -> None:
        self.tasks_panel.set_day(self.today())

    def showEvent(self, event: QShowEvent) -> None:
        if self._tasks_stale and not self._changed_while_hidden:
            self.tasks_panel.set_day(self.today())
        self._tasks_stale = False
        super().showEvent(event)

    def _refresh_accounts(self, ids: list[int]) -> None:
        """Read these accounts' suggestions again (``EnginePasses.rescore``: one read for
        every view that asked)."""
        self.ops.passes.rescore(ids, self.today())

    def _on_rescored(self, day: dt.date, found: dict[int, AccountRescore]) -> None:
        if day != self.today():
            return
        current = self.current_suggestion()
        keep = suggestion_id(current) if current is not None else None
        for account_id, fresh in found.items():
            self.model.replace_account(account_id, fresh.suggestions)
        self._show_list()
        target = self.model.index_of(keep) if keep is not None else None
        if target is not None and target.isValid():
            self.tree.setCurrentIndex(target)
        elif self.model.suggestion_count():
            self._make_current(None)
        self.accountsRefreshed.emit(sorted(found))

    @Slot(object)
    def _on_pass(self, outcome: PassOutcome) -> None:
        if outcome.inbox is None or outcome.day != self.today():
            return  # the store's pass of another day, or one without the inbox
        self._waiting = False
        self.busy.hide()
        self._on_loaded(outcome.inbox)  # type: ignore[arg-type]

    def _on_pass_failed(self, day: dt.date, exc: object) -> None:
        if day == self.today() and self._waiting:
            self._waiting = False
            self.busy.hide()
            self._on_failed(exc)

    @Slot(object)
    def _on_loaded(self, loaded: tuple[list[Any], list[str]]) -> None:
        groups, ring_names = loaded
        let_go_later(self.ops.workers, self.model.set_groups(groups, self.today(), ring_names))
        self._show_list()
        target = self.model.index_of(self._keep_current) if self._keep_current else None
        self._keep_current = None
        self._make_current(target if target and target.isValid() else None)
        self.loaded.emit()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._show_list()
        self.banner.show_message(
            self.tr("Could not compute suggestions: {exc}").format(exc=exc), "error"
        )
        self.loadFailed.emit(str(exc))

    def _show_list(self) -> None:
        count = self.model.suggestion_count()
        self.stack.setCurrentWidget(self.tree if count else self.empty)
        self.count_label.setText(
            self.tr("nothing to do")
            if not count
            else (self.tr("{n} suggestion") if count == 1 else self.tr("{n} suggestions")).format(
                n=formats.number(count)
            )
        )
        self._update_buttons()

    def _make_current(self, index: QModelIndex | None) -> None:
        if index is None or not index.isValid():
            index = self.model.first_suggestion_index()
            if index.isValid():
                index = self.model.index(0, 0, self.model.group_index(0))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._update_buttons()


def _prepare_inbox(shown: list[Suggestion], db: Database) -> tuple[list[Any], list[str]]:
    """The pass's inbox grouped for the model, with the ring names (in the worker)."""
    return group_suggestions(shown), [r.name for r in list_rings(db)]
