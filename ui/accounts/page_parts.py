"""What the account page is made of, and what the user picks and asks for on it.

The parts: the title row (name, ring, pin, edit and move), the record buttons, the score
card and the touchpoint form (:mod:`ui.accounts.account_sections`), and the tabs: buying
group, timeline, perks, insights, tasks, complaints. What their lists and buttons show is
:mod:`ui.accounts.page_lists`. The user's picks (the selected task, perk, complaint,
timeline entry or contact) are read here, and the right-click menus and buttons turn into
the page's request signals.

:class:`AccountPageParts` is the base of :class:`ui.accounts.account_page.AccountPage`,
which reads an account in the background and paints it into these parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
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
from ui.common import theme
from ui.common.table_models import RecordTableModel, record_view
from ui.common.widgets import Chip, EmptyPanel, heading, muted

if TYPE_CHECKING:
    from circlesoftrust.overview import PerkLine, TaskLine
    from circlesoftrust.services.activity import ComplaintInfo, TimelineEntry


class AccountPageParts(QWidget):
    """The account page's widgets and what the user picks on them (the base of
    ``AccountPage``).

    Signals:
        editRequested(int): "Edit…" clicked (account id).
        moveRequested(int): "Move…" clicked (account id).
        addContactRequested(int): "Add contact" clicked (account id).
        editContactRequested(int): a contact was double-clicked (contact id).
        touchpointSubmitted(int, dict): the form was submitted (account id, values).
        commandRequested(str): a fact button was clicked (a command key of the window).
    """

    editRequested = Signal(int)
    moveRequested = Signal(int)
    addContactRequested = Signal(int)
    editContactRequested = Signal(int)
    touchpointSubmitted = Signal(int, dict)
    commandRequested = Signal(str)

    account_id: int | None  # the account shown (kept by AccountPage)
    menu_shown: QMenu | None  # the last right-click menu (tests look at it)

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

    def _tab_icons(self) -> None:
        # Text only: with icons the six titles were elided to "Timel…" at 1366×768.
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tab_icons()  # the line icons follow the theme

    def _connect_parts(self) -> None:
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

    def _emit_for_account(self, signal: Any) -> None:
        if self.account_id is not None:
            signal.emit(self.account_id)

    # --- tabs ---------------------------------------------------------------------------

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

    # --- what the user picked, and the menus --------------------------------------------

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

    def selected_perk(self) -> PerkLine | None:
        perk: PerkLine | None = self._selected(lists.PERKS, self.perks)
        return perk

    def selected_complaint(self) -> int | None:
        complaint: ComplaintInfo | None = self._selected(lists.COMPLAINTS, self.complaints)
        return complaint.id if complaint is not None else None

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
