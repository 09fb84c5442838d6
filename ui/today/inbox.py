"""The "Today" inbox: the engine's suggestions, grouped by kind, worked with one key each.

A accepts (the engine carries the action out and says what it did), S snoozes for a week
(Shift+S picks the date), D dismisses, Enter opens the account, Ctrl+Z undoes the last
action. Suggestions are computed off the UI thread; the list stays usable meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as engine
from circlesoftrust.engine.suggestion_types import AcceptResult, Suggestion
from circlesoftrust.operations import Changes
from circlesoftrust.pass_process import AccountRescore
from circlesoftrust.services.rings import list_rings
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.banner import Banner
from ui.common.table_models import ElidedTextTips
from ui.common.widgets import EmptyPanel, heading, muted
from ui.operations import Operations
from ui.shell.page_loading import LoadingView, busy_bar
from ui.shell.store_pass import AFTER_CHANGE_MS, PassOutcome, let_go_later
from ui.today.due_tasks import DueTasksPanel
from ui.today.inbox_dialogs import SNOOZE_DAYS, AcceptDialog, SnoozeDialog
from ui.today.inbox_model import (
    COL_ACCOUNT,
    COL_CONTACT,
    COL_DUE,
    COL_PRIORITY,
    COL_REASON,
    SuggestionModel,
    account_text,
    due_text,
    group_suggestions,
    priority_label,
    suggestion_id,
)

T = TypeVar("T")

# Suggestions shown unfolded at once; more stay folded under their group's heading.
EXPANDED_ROWS = 500

#: After a change, the due tasks are read again this much later (changes in a row: one
#: read). At 100,000 accounts that read (≈ 7,600 due tasks) took ≈ 100 ms of a worker's
#: Python while the window showed the change itself, and the UI thread waited for its
#: turn with the interpreter (measured).
TASKS_AFTER_CHANGE_MS = 600


class _RoomyDelegate(ElidedTextTips):
    """A little more height per row than the style's minimum: easier to read and click."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class _InboxTree(QTreeView):
    """Claims the inbox keys before window shortcuts see them (ShortcutOverride)."""

    keyCommand = Signal(str)

    _KEYS: ClassVar[dict[tuple[Qt.Key, Qt.KeyboardModifier], str]] = {
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier): "accept",
        (Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier): "accept_details",
        (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier): "snooze",
        (Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier): "snooze_pick",
        (Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier): "dismiss",
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier): "open",
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier): "open",
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier): "undo",
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): "dismiss",
    }

    def _command(self, event: QKeyEvent) -> str | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Enter:
            mods = Qt.KeyboardModifier.KeypadModifier
        key = (Qt.Key(event.key()), Qt.KeyboardModifier(mods))
        return self._KEYS.get(key)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._command(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command(event)
        if command is not None:
            self.keyCommand.emit(command)
            event.accept()
            return
        super().keyPressEvent(event)


class InboxView(LoadingView):
    """Today's suggestions; accept, snooze, dismiss, undo.

    Accept, snooze and dismiss are operations of the window's one undo history (Ctrl+Z
    here is the window's Undo, whatever it names).

    Signals:
        accountActivated(int): the user wants to open this account.
        loaded(): a fresh list of suggestions is on screen (today's whole pass).
        accountsRefreshed(list): these accounts' suggestions were read again after a
            change and are on screen (the whole pass follows a moment later).
        loadFailed(str): computing the suggestions failed (the banner says why).
    """

    accountActivated = Signal(int)
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
        # accounts, measured).
        self.banner = Banner(self)
        keep_room = self.banner.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.banner.setSizePolicy(keep_room)
        # (room for two lines: a long account name wraps the message)
        self.banner.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 16)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles)
        head.addSpacing(16)
        head.addWidget(self.banner, 1)
        head.addSpacing(8)
        head.addWidget(self.busy)
        head.addWidget(self.count_label)
        head.addWidget(self.refresh_button)

        self.tree = _InboxTree(self)
        self.tree.setModel(self.model)
        self.tree.setObjectName("inboxTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_RoomyDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Suggestions"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not ResizeToContents: that asks every row for its text and size
        # on each reset (≈ 0.7 s of UI stall after an accept at 10,000 accounts, measured).
        # Due and priority are as wide as their longest text ("678 days overdue" was cut);
        # account and contact names elide, with the whole name as the cell's tip.
        metrics = self.fontMetrics()
        today = dt.date.today()
        due_samples = [due_text(today - dt.timedelta(days=999), today), self.tr("Due")]
        due_samples += [formats.date(dt.date(2026, m, 28)) for m in range(1, 13)]
        widest_due = max(metrics.horizontalAdvance(t) for t in due_samples)
        widest_priority = max(
            metrics.horizontalAdvance(t)
            for t in (self.tr("Priority"), *(priority_label(p) for p in (1, 2, 3)))
        )
        for col, width in (
            (COL_ACCOUNT, 200),
            (COL_CONTACT, 150),
            (COL_DUE, widest_due + 28),
            (COL_PRIORITY, widest_priority + 40),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)

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

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 2 + 8)
        self.detail.setAccessibleName(self.tr("Selected suggestion"))

        self.accept_action = QAction(self.tr("Accept"), self)
        self.accept_action.setToolTip(self.tr("Carry out the suggestion (A; Shift+A adds details)"))
        self.snooze_action = QAction(self.tr("Snooze a week  (S)"), self)
        self.snooze_action.setToolTip(
            self.tr("Hide it for {SNOOZE_DAYS} days (S; Shift+S picks a date)").format(
                SNOOZE_DAYS=SNOOZE_DAYS
            )
        )
        self.snooze_pick_action = QAction(self.tr("Snooze until…"), self)
        self.dismiss_action = QAction(self.tr("Dismiss"), self)
        self.dismiss_action.setToolTip(self.tr("Hide it until its facts change (D)"))
        self.open_action = QAction(self.tr("Open account"), self)
        self.open_action.setToolTip(self.tr("Open the account (Enter)"))
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setToolTip(self.tr("Undo the last inbox action (Ctrl+Z)"))

        self.accept_button = QPushButton(self.tr("Accept  (A)"), self)
        self.accept_button.setDefault(False)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setDefaultAction(self.snooze_action)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.snooze_button)
        for days, text in (
            (1, self.tr("Until tomorrow")),
            (3, self.tr("For 3 days")),
            (7, self.tr("For a week")),
            (30, self.tr("For a month")),
        ):
            act = menu.addAction(text)
            act.triggered.connect(lambda _=False, d=days: self._snooze_days(d))
        menu.addSeparator()
        menu.addAction(self.snooze_pick_action)
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss  (D)"), self)
        self.open_button = QPushButton(self.tr("Open account  (↵)"), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)

        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.dismiss_button)
        actions.addSpacing(12)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)

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

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.tree.keyCommand.connect(self._on_key_command)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._expand_groups)
        self.accept_action.triggered.connect(self.accept_current)
        self.snooze_action.triggered.connect(lambda: self._snooze_days(SNOOZE_DAYS))
        self.snooze_pick_action.triggered.connect(self.snooze_current_pick)
        self.dismiss_action.triggered.connect(self.dismiss_current)
        self.open_action.triggered.connect(self.open_current)
        self.undo_action.triggered.connect(self.undo_last)
        self.accept_button.clicked.connect(self.accept_action.trigger)
        self.dismiss_button.clicked.connect(self.dismiss_action.trigger)
        self.open_button.clicked.connect(self.open_action.trigger)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.banner.actionTriggered.connect(self.undo_last)
        self.tasks_panel.accountActivated.connect(self.accountActivated)

    # --- state -------------------------------------------------------------------------

    def _expand_groups(self) -> None:
        """Open the most urgent groups, up to EXPANDED_ROWS suggestions in all; the rest
        stay folded under their heading with their count (expanding tens of thousands of
        rows stalled the window for seconds at 100,000 accounts, measured)."""
        shown = 0
        for row in range(self.model.rowCount()):  # a group's title spans the whole row
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        for row in range(self.model.rowCount()):
            group = self.model.group_index(row)
            size = self.model.rowCount(group)
            if shown and shown + size > EXPANDED_ROWS:
                break
            self.tree.expand(group)
            shown += size

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        """Work the inbox as of ``day`` (tests, demos); None follows the calendar."""
        self._today = day
        self.refresh()

    def current_suggestion(self) -> Any | None:
        return self.model.suggestion_at(self.tree.currentIndex())

    @property
    def can_undo(self) -> bool:
        stack = self.ops.undo_stack
        # (False while the window is taken down: the stack goes first)
        return isValid(stack) and stack.canUndo() and not self.ops.busy

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

    # --- actions -----------------------------------------------------------------------

    @Slot(str)
    def _on_key_command(self, command: str) -> None:
        {
            "accept": self.accept_current,
            "accept_details": self.accept_current_with_details,
            "snooze": lambda: self._snooze_days(SNOOZE_DAYS),
            "snooze_pick": self.snooze_current_pick,
            "dismiss": self.dismiss_current,
            "open": self.open_current,
            "undo": self.undo_last,
        }[command]()

    @Slot()
    def accept_current(self, **options: Any) -> None:
        """Carry the current suggestion out; the banner says what was done."""
        s = self.current_suggestion()
        if s is None:
            return
        if s.kind == "duplicate":  # the user chooses per field: the merge dialog
            from ui.duplicates.merge_dialog import open_merge_for

            open_merge_for(self.ops, s.id, self)
            return
        day = self.today()

        def accept(db: Database) -> AcceptResult:
            return accepting.accept(db, s.id, on=day, **options)

        self._act(
            self.tr("Accept: {reason}").format(reason=s.reason),
            accept,
            lambda result: self.tr("Done: {summary}").format(summary=result.summary),
            s,
            self.tr("Could not accept"),
            accepted=True,
        )

    @Slot()
    def accept_current_with_details(self) -> None:
        s = self.current_suggestion()
        if s is None:
            return
        dialog = AcceptDialog(s, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.accept_current(**dialog.options())

    def _snooze_days(self, days: int) -> None:
        self.snooze_current(self.today() + dt.timedelta(days=days))

    @Slot()
    def snooze_current_pick(self) -> None:
        if self.current_suggestion() is None:
            return
        dialog = SnoozeDialog(self.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze_current(dialog.until())

    def snooze_current(self, until: dt.date) -> None:
        s = self.current_suggestion()
        if s is None:
            return
        day = self.today()

        def snooze(db: Database) -> object:
            return engine.snooze(db, s.id, until, on=day)

        self._act(
            self.tr("Snooze until {until}: {reason}").format(
                until=formats.date(until), reason=s.reason
            ),
            snooze,
            lambda _r: self.tr("Snoozed until {until}: {reason}").format(
                until=formats.date(until), reason=s.reason
            ),
            s,
            self.tr("Could not snooze"),
        )

    @Slot()
    def dismiss_current(self) -> None:
        s = self.current_suggestion()
        if s is None:
            return
        day = self.today()

        def dismiss(db: Database) -> object:
            return engine.dismiss(db, s.id, on=day)

        self._act(
            self.tr("Dismiss: {reason}").format(reason=s.reason),
            dismiss,
            lambda _r: self.tr("Dismissed until its facts change: {reason}").format(
                reason=s.reason
            ),
            s,
            self.tr("Could not dismiss"),
        )

    def _act(
        self,
        label: str,
        fn: Callable[[Database], T],
        message: Callable[[T], str],
        s: Suggestion,
        failure: str,
        *,
        accepted: bool = False,
    ) -> None:
        """One inbox operation through the door; the item leaves the list when done."""

        def done(result: T) -> None:
            nxt = self.model.remove_suggestion(suggestion_id(s))
            self._show_list()
            self._make_current(nxt if nxt.isValid() else None)
            self.banner.show_message(
                message(result), "success" if accepted else "info", self.tr("Undo (Ctrl+Z)")
            )
            # The action may bring follow-on suggestions (a perk after a promotion): the
            # door's ``changed`` refreshes the list, keeping the next item current.
            nxt_s = self.model.suggestion_at(self.tree.currentIndex())
            self._keep_current = suggestion_id(nxt_s) if nxt_s is not None else None

        def failed(exc: BaseException) -> None:
            self.banner.show_message(f"{failure}: {exc}", "error")

        self.ops.run_op(label, fn, done, initiator=self, on_failed=failed, owner=self)

    @Slot()
    def undo_last(self) -> None:
        """The window's Undo (the newest entry of the one history)."""
        self._keep_current = None
        self.ops.undo()

    @Slot()
    def open_current(self) -> None:
        s = self.current_suggestion()
        if s is not None and s.account_id is not None:
            self.accountActivated.emit(s.account_id)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.model.suggestion_at(index) is not None:
            self.open_current()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        s = self.current_suggestion()
        has = s is not None
        for widget in (self.accept_button, self.snooze_button, self.dismiss_button):
            widget.setEnabled(has)
        for act in (self.accept_action, self.snooze_action, self.snooze_pick_action,
                    self.dismiss_action):  # fmt: skip
            act.setEnabled(has)
        can_open = s is not None and s.account_id is not None
        self.open_button.setEnabled(can_open)
        self.open_action.setEnabled(can_open)
        self.undo_button.setEnabled(self.can_undo)
        self.undo_action.setEnabled(self.can_undo)
        if self.can_undo:
            self.undo_button.setToolTip(self.ops.undo_stack.undoText())
        else:
            self.undo_button.setToolTip(self.tr("Nothing to undo"))
        if s is None:
            self.detail.setText("")
            return
        facts = []
        account = account_text(s, self.model.ring_names())
        if account:
            facts.append(self.tr("Account: {account}").format(account=account))
        if s.contact_name:
            facts.append(self.tr("Contact: {contact}").format(contact=s.contact_name))
        facts.append(self.tr("Due: {day}").format(day=formats.date(s.due_on)))
        bits = [s.reason[:1].upper() + s.reason[1:], "   ·   ".join(facts)]
        if s.action:
            bits.append(self.tr("Accepting: {action}").format(action=s.action))
        self.detail.setText("\n".join(bits))


def _prepare_inbox(shown: list[Suggestion], db: Database) -> tuple[list[Any], list[str]]:
    """The pass's inbox grouped for the model, with the ring names (in the worker)."""
    return group_suggestions(shown), [r.name for r in list_rings(db)]
