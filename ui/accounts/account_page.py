"""The account page: ring, score and why, buying group, timeline, perks, insights, tasks,
and the keyboard-first "log touchpoint" form.

Everything an account shows is read in one background job (a handful of small service
calls) and painted when it returns; a newer request supersedes an older one, so arrowing
through the table never paints a stale account.

The page's parts and what the user picks on them (tabs, menus, selections, the form) are
in :mod:`ui.accounts.page_parts`; what its lists and buttons show (columns, tab titles,
record buttons) is in :mod:`ui.accounts.page_lists`. This module reads an account, paints
it into those parts and follows the changes to it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMenu, QStackedWidget, QTableView, QWidget

from ui.accounts import page_lists as lists
from ui.accounts.account_store import AccountStore
from ui.accounts.page_parts import AccountPageParts
from ui.common import formats
from ui.common.dialogs import html_text, label
from ui.common.table_models import RecordTableModel, fit_columns
from ui.common.widgets import EmptyPanel

if TYPE_CHECKING:
    from circlesoftrust.engine.facts import RevenueRanking
    from circlesoftrust.overview import AccountOverview
    from circlesoftrust.storage import Database


def load_page(db: Database, account_id: int, ranking: RevenueRanking | None) -> AccountOverview:
    """Every read the page needs (runs off the UI thread, through ``ops.run_query``)."""
    from circlesoftrust.overview import account_overview

    return account_overview(db, account_id, ranking=ranking)


class AccountPage(AccountPageParts):
    """One account, read in the background.

    Signals:
        loaded(int): the page shows fresh data of this account.
        (and the requests of :class:`AccountPageParts`: editRequested, moveRequested,
        addContactRequested, editContactRequested, touchpointSubmitted, commandRequested)
    """

    loaded = Signal(int)

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

    def _connect_signals(self) -> None:
        self._connect_parts()
        self.store.analysisLoaded.connect(self._on_analysis)
        self.store.accountsUpdated.connect(self._on_accounts_updated)
        self.store.membershipChanged.connect(self._on_membership)
        self.store.listed.connect(self._on_membership)

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
