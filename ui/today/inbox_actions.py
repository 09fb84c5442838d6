"""Acting on the Today inbox's current suggestion: accept, snooze, dismiss, open, undo.

Each is a key of the list (:class:`ui.today.inbox_tree.InboxTree`), an action and a
button. Accept, snooze and dismiss are operations of the window's one undo history: the
item leaves the list and the banner says what was done, with its Undo. The buttons follow
the current suggestion, which the line above them describes.

:class:`InboxActions` is the base of :class:`ui.today.inbox.InboxView`, which builds the
page around it and loads the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QPushButton, QToolButton
from shiboken6 import isValid

from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as engine
from circlesoftrust.engine.suggestion_types import AcceptResult, Suggestion
from circlesoftrust.storage import Database
from ui.common import formats
from ui.common.banner import Banner
from ui.common.fitted_text import FittedText
from ui.shell.page_loading import LoadingView
from ui.today.inbox_dialogs import SNOOZE_DAYS, AcceptDialog, SnoozeDialog
from ui.today.inbox_model import SuggestionModel, account_text, suggestion_id
from ui.today.inbox_tree import InboxTree

T = TypeVar("T")

#: The lines of the detail under the list (the selected suggestion's reason; its account,
#: contact and due day; what accepting does), whatever the suggestion: its room never
#: changes, so the list and the buttons stay put. Most reasons take one or two lines at
#: 1366×768; a longer one (an at-risk account's explanation runs to 450 characters, more in
#: German) ends in "…" after its first two, whole in the detail's tip, the row's tip and
#: the Accept with details dialog (Shift+A).
DETAIL_LINES = 4


class InboxActions(LoadingView):
    """The inbox's actions on its current suggestion (the base of ``InboxView``).

    Signals:
        accountActivated(int): the user wants to open this account.
    """

    accountActivated = Signal(int)

    # (built and kept by InboxView)
    model: SuggestionModel
    tree: InboxTree
    banner: Banner
    detail: FittedText
    _keep_current: object  # the suggestion to keep current when the list comes again

    def today(self) -> dt.date:
        raise NotImplementedError

    def _show_list(self) -> None:
        raise NotImplementedError

    def _make_current(self, index: QModelIndex | None) -> None:
        raise NotImplementedError

    def current_suggestion(self) -> Any | None:
        return self.model.suggestion_at(self.tree.currentIndex())

    @property
    def can_undo(self) -> bool:
        stack = self.ops.undo_stack
        # (False while the window is taken down: the stack goes first)
        return isValid(stack) and stack.canUndo() and not self.ops.busy

    # --- construction ------------------------------------------------------------------

    def _build_actions(self) -> QHBoxLayout:
        """The actions and their buttons, in the row below the list."""
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
        return actions

    def _connect_actions(self) -> None:
        self.tree.keys.pressed.connect(self._on_key_command)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
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
            self.detail.set_parts([])
            return
        facts = []
        account = account_text(s, self.model.ring_names())
        if account:
            facts.append(self.tr("Account: {account}").format(account=account))
        if s.contact_name:
            facts.append(self.tr("Contact: {contact}").format(contact=s.contact_name))
        facts.append(self.tr("Due: {day}").format(day=formats.date(s.due_on)))
        # (each part from a new line; a long reason gives way first: see DETAIL_LINES)
        self.detail.set_parts(
            [
                s.reason[:1].upper() + s.reason[1:],
                "   ·   ".join(facts),
                self.tr("Accepting: {action}").format(action=s.action) if s.action else "",
            ]
        )
