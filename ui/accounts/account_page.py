"""The account page: ring, score and why, buying group, timeline, perks, insights, tasks,
and the keyboard-first "log touchpoint" form.

Everything an account shows is read in one background job (a handful of small service
calls) and painted when it returns; a newer request supersedes an older one, so arrowing
through the table never paints a stale account.

What its lists and buttons show (columns, tab titles, record buttons) is in
:mod:`ui.accounts.page_lists`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.accounts import page_lists as lists
from ui.accounts.account_sections import ScoreCard, TouchpointForm
from ui.accounts.account_store import AccountStore
from ui.common import formats, theme
from ui.common.dialogs import html_text, label
from ui.common.table_models import RecordTableModel, fit_columns, record_view
from ui.common.widgets import Chip, EmptyPanel, heading, muted

if TYPE_CHECKING:
    from circlesoftrust.engine.facts import RevenueRanking
    from circlesoftrust.overview import AccountOverview, PerkLine, TaskLine
    from circlesoftrust.services.activity import ComplaintInfo, TimelineEntry
    from circlesoftrust.storage import Database


def load_page(db: Database, account_id: int, ranking: RevenueRanking | None) -> AccountOverview:
    """Every read the page needs (runs off the UI thread, through ``ops.run_query``)."""
    from circlesoftrust.overview import account_overview

    return account_overview(db, account_id, ranking=ranking)


class AccountPage(QWidget):
    """One account, read in the background.

    Signals:
        loaded(int): the page shows fresh data of this account.
        editRequested(int): "Edit…" clicked (account id).
        moveRequested(int): "Move…" clicked (account id).
        addContactRequested(int): "Add contact" clicked (account id).
        editContactRequested(int): a contact was double-clicked (contact id).
        touchpointSubmitted(int, dict): the form was submitted (account id, values).
        commandRequested(str): a fact button was clicked (a command key of the window).
    """

    loaded = Signal(int)
    editRequested = Signal(int)
    moveRequested = Signal(int)
    addContactRequested = Signal(int)
    editContactRequested = Signal(int)
    touchpointSubmitted = Signal(int, dict)
    commandRequested = Signal(str)

    def __init__(self, store: AccountStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.account_id: int | None = None
        self.data: AccountOverview | None = None
        self._serial = 0
        # The lists sized to their contents for the account shown (``_fit``): a change to
        # that account reads the page again and keeps the widths, the user's too.
        self._fitted: set[QTableView] = set()
        self._fitted_for: int | None = None
        self._read_when_shown = False  # a change came while another page was in front
        # A change to the account shown is read a turn later, once the window has painted
        # it in the table and the rings: read at once, the worker's Python shared the
        # interpreter with that paint and stretched it (≈ 15–20 ms after a log at 100,000
        # accounts, measured). Changes in a row give one read.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._waiting_for: int | None = None  # picked before the database was open
        self.menu_shown: QMenu | None = None
        self._build()
        self._connect_signals()
        self.show_nothing()

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.name_label = heading("", self)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ring_chip = Chip(self)
        self.pinned_label = QLabel(self.tr("📌 pinned"), self)
        self.pinned_label.setToolTip(
            self.tr("Pinned: the ring was set by hand; suggestions only for large gaps")
        )
        self.meta_label = muted("", self)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.meta_label.setOpenExternalLinks(True)
        self.edit_button = self._tool(
            "edit", self.tr("Edit…"), self.tr("Edit the account (Ctrl+E)")
        )
        self.move_button = self._tool(
            "move", self.tr("Move…"), self.tr("Move to another ring (Ctrl+M)")
        )
        self.pin_button = self._tool(
            "move", self.tr("Pin…"), self.tr("Keep the account in its ring, with the reason")
        )
        self.pin_button.setObjectName("pin_account")
        self.pin_button.clicked.connect(lambda: self.commandRequested.emit("pin_account"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 1)
        title_row.addWidget(self.edit_button)
        title_row.addWidget(self.move_button)
        title_row.addWidget(self.pin_button)
        chips = QHBoxLayout()
        chips.addWidget(self.ring_chip)
        chips.addWidget(self.pinned_label)
        chips.addWidget(self.meta_label, 1)
        record_row = QHBoxLayout()
        record_row.addWidget(muted(self.tr("Record:"), self))
        for key, text, tip in lists.RECORD_BUTTONS:
            record_row.addWidget(self._command_button(key, text, tip))
        record_row.addStretch(1)

        self.score_card = ScoreCard(self)
        self.form = TouchpointForm(self)

        self.members = RecordTableModel(lists.member_columns(), self)
        self.members_view = record_view(self.members, self.tr("Buying group"), self, sortable=True)
        self.add_contact_button = QPushButton(self.tr("Add contact…"), self)
        theme.bind_icon(self.add_contact_button, "contact-add")
        self.add_contact_button.setToolTip(
            self.tr("Add a person to the buying group (Ctrl+Shift+K)")
        )
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"), self)
        theme.bind_icon(self.edit_contact_button, "edit")
        self.edit_contact_button.setEnabled(False)
        self.group_note = muted("", self)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.group_note, 1)
        group_buttons.addWidget(self.edit_contact_button)
        group_buttons.addWidget(self.add_contact_button)
        group = QWidget(self)
        group_layout = QVBoxLayout(group)
        group_layout.setContentsMargins(4, 4, 4, 4)
        group_layout.addWidget(self.members_view, 1)
        group_layout.addLayout(group_buttons)

        self.timeline = RecordTableModel(lists.timeline_columns(), self)
        self.timeline_view = record_view(self.timeline, self.tr("Timeline"), self, sortable=True)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # (at most 200 entries: rows sized to their wrapped notes as the width changes)
        self.timeline_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.perks = RecordTableModel(lists.perk_columns(), self)
        self.insights = RecordTableModel(lists.insight_columns(), self)
        self.tasks = RecordTableModel(lists.task_columns(), self)
        self.complaints = RecordTableModel(lists.complaint_columns(), self)
        self.tab_views: dict[str, QTableView] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Every tab stays on screen on a narrow page (no arrows that hide Tasks): long
        # titles are elided and the whole title is the tab's tip.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        # What the touchpoint form held when its kind opened a fact's form (note, contact,
        # date): that form starts from it.
        self.carried: dict[str, Any] | None = None
        self._tab_keys: dict[QWidget, str] = {group: "Buying group"}
        self.tabs.addTab(group, self.tr("Buying group"))
        self._tab_keys[self.timeline_view] = "Timeline"
        self.tabs.addTab(self.timeline_view, self.tr("Timeline"))
        self.perks_stack = self._optional_tab(self.perks, lists.PERKS, "perk")
        self.insights_stack = self._optional_tab(self.insights, lists.INSIGHTS, "insight")
        self.tasks_stack = self._optional_tab(self.tasks, lists.TASKS, "task")
        self.complaints_stack = self._optional_tab(self.complaints, lists.COMPLAINTS, "info")

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(chips)
        layout.addLayout(record_row)
        layout.addWidget(self.score_card)
        layout.addWidget(self.form)
        layout.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(220)

        # On a laptop screen (1366×768, 1280×720) the page scrolls instead of squeezing its
        # wrapped score explanations on top of each other.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidget(content)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A bar that comes and goes would narrow the page after the score card has fitted
        # its explanations to the width, squeezing them again (seen at 1280x720).
        self.page_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.empty = EmptyPanel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page_scroll)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.setMinimumWidth(420)
        self._tab_icons()

    def _tool(self, icon: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        theme.bind_icon(button, icon)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def _command_button(self, key: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(self.tr(text), self)
        button.setObjectName(key)
        button.setToolTip(self.tr(tip))
        button.clicked.connect(lambda: self.commandRequested.emit(key))
        return button

    def _optional_tab(self, model: RecordTableModel, title: str, icon: str) -> QStackedWidget:
        stack = QStackedWidget(self)
        view = record_view(model, self.tr(title), self, sortable=True)
        self.tab_views[title] = view
        note = EmptyPanel(self)
        stack.addWidget(view)
        stack.addWidget(note)
        buttons = lists.TAB_BUTTONS.get(title, ())
        if not buttons:
            self._tab_keys[stack] = title
            self.tabs.addTab(stack, self.tr(title))
            return stack
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(stack, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for key, text, tip in buttons:
            row.addWidget(self._command_button(key, text, tip))
        column.addLayout(row)
        self._tab_keys[box] = title
        self.tabs.addTab(box, self.tr(title))
        return stack

    def current_tab_title(self) -> str:
        """The shown tab, by its English title ("Timeline", "Tasks", …)."""
        return self._tab_keys.get(self.tabs.currentWidget(), "")

    def show_tab(self, title: str) -> None:
        """Show the tab with this English title ("tasks", "timeline"), in any language."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            key = self._tab_keys.get(page, "") if page is not None else ""
            key = key or self.tabs.tabText(index)
            if key.casefold() == title.casefold():
                self.tabs.setCurrentIndex(index)

    def _selected(self, title: str, model: RecordTableModel) -> Any | None:
        index = self.tab_views[title].currentIndex()
        return model.record(index.row()) if index.isValid() else None

    def selected_task(self) -> TaskLine | None:
        task: TaskLine | None = self._selected(lists.TASKS, self.tasks)
        return task

    def selected_timeline_entry(self) -> TimelineEntry | None:
        index = self.timeline_view.currentIndex()
        entry: TimelineEntry | None = self.timeline.record(index.row()) if index.isValid() else None
        return entry

    def _timeline_menu(self, pos: QPoint) -> None:
        """Right-click (or the menu key) on a timeline entry: delete it, undoably."""
        index = self.timeline_view.indexAt(pos)
        if index.isValid():
            self.timeline_view.setCurrentIndex(index)
        entry = self.selected_timeline_entry()
        if entry is None:
            return
        menu = QMenu(self)
        edit = menu.addAction(theme.icon("edit"), self.tr("&Edit “{0}”…").format(entry.title))
        edit.triggered.connect(lambda: self.commandRequested.emit("edit_fact"))
        delete = menu.addAction(theme.icon("delete"), self.tr("&Delete “{0}”").format(entry.title))
        if entry.kind == "ring_change":
            edit.setEnabled(False)
            delete.setEnabled(False)
            delete.setText(self.tr("A ring move stays in the history"))
        delete.triggered.connect(lambda: self.commandRequested.emit("delete_fact"))
        self.menu_shown = menu  # (tests look at it)
        menu.exec(self.timeline_view.viewport().mapToGlobal(pos))

    def _tab_menu(self, view: QTableView, pos: QPoint) -> None:
        """Right-click (or the menu key) on a task, perk or complaint: edit it."""
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        if not view.currentIndex().isValid():
            return
        menu = QMenu(self)
        edit = menu.addAction(theme.icon("edit"), self.tr("&Edit…"))
        edit.triggered.connect(lambda: self.commandRequested.emit("edit_fact"))
        self.menu_shown = menu  # (tests look at it)
        menu.exec(view.viewport().mapToGlobal(pos))

    def selected_perk(self) -> PerkLine | None:
        perk: PerkLine | None = self._selected(lists.PERKS, self.perks)
        return perk

    def selected_complaint(self) -> int | None:
        complaint: ComplaintInfo | None = self._selected(lists.COMPLAINTS, self.complaints)
        return complaint.id if complaint is not None else None

    def _tab_icons(self) -> None:
        # Text only: with icons the six titles were elided to "Timel…" at 1366×768.
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tab_icons()  # the line icons follow the theme

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(lambda: self._emit_for_account(self.editRequested))
        self.move_button.clicked.connect(lambda: self._emit_for_account(self.moveRequested))
        self.add_contact_button.clicked.connect(
            lambda: self._emit_for_account(self.addContactRequested)
        )
        self.edit_contact_button.clicked.connect(self._edit_selected_contact)
        self.members_view.doubleClicked.connect(self._on_member_double_click)
        self.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline_view.customContextMenuRequested.connect(self._timeline_menu)
        # Double-click or Enter on a fact opens it in its form, filled in (edit in place).
        self._edit_on_enter = lists.EditOnEnter(
            lambda: self.commandRequested.emit("edit_fact"), self
        )
        for view in (self.timeline_view, *(self.tab_views[t] for t in lists.EDITABLE_TABS)):
            view.doubleClicked.connect(lambda _i: self.commandRequested.emit("edit_fact"))
            view.installEventFilter(self._edit_on_enter)
        for title in lists.EDITABLE_TABS:
            view = self.tab_views[title]
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._tab_menu(v, pos))
        self.members_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.edit_contact_button.setEnabled(current.isValid())
        )
        self.form.submitted.connect(self._on_form)
        self.store.analysisLoaded.connect(self._on_analysis)
        self.store.accountsUpdated.connect(self._on_accounts_updated)
        self.store.membershipChanged.connect(self._on_membership)
        self.store.listed.connect(self._on_membership)

    def _emit_for_account(self, signal: Any) -> None:
        if self.account_id is not None:
            signal.emit(self.account_id)

    # --- showing an account -------------------------------------------------------------

    def show_nothing(self) -> None:
        self._serial += 1  # drop any load still on its way
        self._waiting_for = None
        self.account_id = None
        self.data = None
        self._fitted_for = None
        if self.store.is_loaded and not self.store.rows:
            self.empty.set_text(
                self.tr("No account to show"),
                self.tr(
                    "Create an account with Ctrl+N. Its page shows the ring, the trust "
                    "score, "
                    "the buying group and the timeline."
                ),
            )
        else:
            self.empty.set_text(
                self.tr("Select an account"),
                self.tr(
                    "Click a marker in the rings or a row in the table. Ctrl+T logs a touchpoint."
                ),
            )
        self.stack.setCurrentWidget(self.empty)

    def database_changed(self) -> None:
        """A database was opened: show the account picked during its first look, if any."""
        if self._waiting_for is not None and self._waiting_for in self.store.rows:
            self.show_account(self._waiting_for)
        else:
            self.show_nothing()

    def show_account(self, account_id: int) -> None:
        """Load this account in the background and show it when it arrives."""
        self._read_when_shown = False
        self._reload_timer.stop()  # (this read is the one it waited for)
        if account_id != self.account_id:
            self.form.new_account()
        self.account_id = account_id
        self._serial += 1
        if self.store.ops.db is None:  # picked in the first look, before the file is open
            self._waiting_for = account_id
            self.empty.set_text(
                self.tr("Opening the database…"), self.tr("The account shows in a moment.")
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self._waiting_for = None
        ranking = self.store.ranking
        serial = self._serial
        self.store.ops.run_query(
            lambda db: load_page(db, account_id, ranking),
            lambda data: self._on_data(data, serial),
            on_failed=lambda exc: self._on_failed(exc, serial),
            owner=self,
        )

    def reload(self) -> None:
        """Read the account shown again; while another page is in front, when this one
        shows again (a log's read and refill here ran beside Today's update, and made the
        window's longest stall after it at 100,000 accounts, measured)."""
        if self.account_id is None:
            return
        if not self.isVisible() and self.data is not None:
            self._read_when_shown = True
            return
        self.show_account(self.account_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._read_when_shown:
            self._read_when_shown = False
            self.reload()

    def _on_failed(self, exc: BaseException, serial: int) -> None:
        if serial != self._serial:
            return
        self.account_id = None
        self.empty.set_text(self.tr("This account cannot be shown"), str(exc))
        self.stack.setCurrentWidget(self.empty)

    def _on_data(self, data: AccountOverview, serial: int) -> None:
        if serial != self._serial:
            return  # the user moved on to another account (older answers are dropped)
        self.data = data
        info = data.account
        if info.id != self._fitted_for:
            self._fitted_for, self._fitted = info.id, set()
        self.name_label.setText(info.name)
        self.ring_chip.set_chip(info.ring_name, data.ring.colour)
        self.ring_chip.setToolTip(data.ring.description)
        self._show_pin(info)
        meta = [info.industry or self.tr("no industry")]
        if info.website:
            url = info.website if "://" in info.website else f"https://{info.website}"
            meta.append(f"<a href='{url}'>{html_text(info.website)}</a>")
        if info.tags:
            meta.append(" ".join(f"#{html_text(t)}" for t in info.tags))
        journey = data.journey  # the phase in force: derived, or set by hand until a contact
        if journey is not None:
            by_hand = self.tr(" (set by hand)") if journey.by_hand else ""
            meta.append(html_text(label(journey.phase) + by_hand))
        elif info.journey_phase:
            meta.append(label(info.journey_phase))
        self.meta_label.setToolTip(journey.words() if journey is not None else "")
        self.meta_label.setText(" · ".join(meta))
        self._show_score(data.score)
        members = list(data.buying_group)
        self.form.set_contacts(members)
        self.members.set_records(members)
        self._fit(self.members_view)
        self.edit_contact_button.setEnabled(False)
        reason = data.group_note[:1].upper() + data.group_note[1:]
        self.group_note.setText(f"{lists.count_note(len(members))} {reason}".strip())
        self.group_note.setStyleSheet(
            "QLabel { color: #d97706; }" if data.single_thread_risk else ""
        )
        self.timeline.set_records(list(data.timeline))
        self._fit_timeline()
        self._fill_list(self.perks_stack, self.perks, list(data.perks), lists.PERKS)
        self._fill_list(self.insights_stack, self.insights, list(data.insights), lists.INSIGHTS)
        self._fill_list(self.tasks_stack, self.tasks, list(data.tasks), lists.TASKS)
        self._fill_list(
            self.complaints_stack, self.complaints, list(data.complaints), lists.COMPLAINTS
        )
        self.stack.setCurrentIndex(0)
        self.loaded.emit(info.id)

    def _fit(self, view: QTableView) -> bool:
        """Size the list's columns to their contents, once per account shown: sizing every
        list again after each change held the window ≈ 35 ms after a log at 100,000
        accounts (the timeline's wrapped notes measured row by row, measured), and undid
        the widths the user chose. True when it sized them."""
        if view in self._fitted or view.model().rowCount() == 0:
            return False
        fit_columns(view)
        self._fitted.add(view)
        return True

    def _fit_timeline(self) -> None:
        """Date and title sized to their contents (titles capped), the note takes the rest
        and wraps: a long note reads whole instead of being cut mid-sentence."""
        view = self.timeline_view
        if not self._fit(view):
            return
        header = view.horizontalHeader()
        cap = max(160, view.viewport().width() // 3)
        if header.sectionSize(1) > cap:
            header.resizeSection(1, cap)

    def _show_pin(self, info: Any) -> None:
        """ "📌 pinned until …" with the reason as its tip; the button pins or unpins."""
        until = info.pinned_until
        pinned = info.pinned and (until is None or until >= dt.date.today())
        self.pinned_label.setVisible(pinned)
        if pinned:
            when = self.tr("until {0}").format(formats.date(until)) if until else ""
            self.pinned_label.setText(self.tr("📌 pinned {0}").format(when).strip())
            why = info.pin_reason or self.tr("no reason was given")
            self.pinned_label.setToolTip(
                self.tr("The ring was set by hand ({0}); suggestions only for large gaps").format(
                    why
                )
            )
        self.pin_button.setText(self.tr("Unpin…") if pinned else self.tr("Pin…"))
        self.pin_button.setToolTip(
            self.tr("Let the advice place the account again, with the reason")
            if pinned
            else self.tr("Keep the account in its ring, with the reason")
        )

    def _show_score(self, score: Any | None) -> None:
        names = {r.position: r.name for r in self.store.rings}
        state = self.store.analysis_state
        self.score_card.show_score(score, state, names)

    def _fill_list(
        self, stack: QStackedWidget, model: RecordTableModel, items: list[Any], what: str
    ) -> None:
        note = stack.widget(1)
        assert isinstance(note, EmptyPanel)
        listed = self.tab_views.get(what)
        current = listed.currentIndex() if listed is not None else QModelIndex()
        kept = lists.record_key(model.record(current.row())) if current.isValid() else None
        model.set_records(items)
        if listed is not None and kept is not None:
            # The entry just edited (a perk's expiry, a task) stays selected: the next key
            # acts on it again instead of "select a perk first".
            row = next((r for r, item in enumerate(items) if lists.record_key(item) == kept), -1)
            if row >= 0:
                listed.setCurrentIndex(model.index(row, max(current.column(), 0)))
        if not items:
            empty = {
                lists.PERKS: self.tr("No perks for this account yet"),
                lists.INSIGHTS: self.tr("No insights for this account yet"),
                lists.TASKS: self.tr("No tasks for this account yet"),
            }
            note.set_text(empty.get(what, self.tr("No open complaints for this account yet")), "")
        else:
            table = stack.widget(0)
            assert isinstance(table, QTableView)
            self._fit(table)
        stack.setCurrentIndex(0 if items else 1)

    # --- updates ------------------------------------------------------------------------

    def _on_analysis(self) -> None:
        if self.account_id is not None and self.data is not None:
            self._show_score(self.store.scores.get(self.account_id) or self.data.score)

    def _on_accounts_updated(self, ids: list[int]) -> None:
        if self.account_id in ids:
            self._reload_timer.start()  # (a turn later: see __init__)

    def _on_membership(self) -> None:
        if self.account_id is None or self.account_id not in self.store.rows:
            self.show_nothing()  # (its hint depends on whether there are accounts at all)

    # --- contacts and the form ----------------------------------------------------------

    def selected_contact(self) -> int | None:
        index = self.members_view.currentIndex()
        member = self.members.record(index.row()) if index.isValid() else None
        return member.contact_id if member is not None else None

    def _edit_selected_contact(self) -> None:
        contact_id = self.selected_contact()
        if contact_id is not None:
            self.editContactRequested.emit(contact_id)

    def _on_member_double_click(self, index: QModelIndex) -> None:
        member = self.members.record(index.row())
        if member is not None:
            self.editContactRequested.emit(member.contact_id)

    def _on_form(self, values: dict[str, Any]) -> None:
        if self.account_id is None:
            return
        form = lists.FACT_KINDS.get(str(values.get("kind")))
        if form is not None:
            # These kinds are facts of their own: their form records them (a bare
            # touchpoint would change nothing the score reads).
            self.carried = dict(values)  # (the fact form starts from what was typed)
            try:
                self.commandRequested.emit(form)
            finally:
                self.carried = None
            self.form.kind.setCurrentIndex(0)  # (the next touchpoint is not a complaint)
        else:
            self.touchpointSubmitted.emit(self.account_id, values)

    def start_touchpoint(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.form.start()
