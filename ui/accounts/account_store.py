"""The accounts every view shows, loaded once and shared: the ring view, the table, the
status bar.

Loading runs in background steps so the window shows data early: on a newly opened
database first the rings and the account names (one light read, ``listed``), then each
account's revenue, last touch, contacts and tags (``loaded``; the table shows "…"
meanwhile), then the trust scores and suggestions from the engine (slower; "…" again,
"—" while the engine is missing). A reload of an open database reads the list with its
figures at once, so nothing already shown goes blank. After
a change (the door's ``changed`` signal) only the touched accounts are re-read, in one
read off the UI thread, and their scores recomputed — the views repaint those rows only.
A change the store cannot narrow down (an import, new rings or settings) reloads.

The search index holds one lower-cased line per account (name, industry, ring, tags) so
that filter-as-you-type is a list scan; contacts and e-mails are matched by
``services.accounts.search_accounts`` in the background and merged in when they arrive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from circlesoftrust.last_pass import NextAction
from circlesoftrust.records import AccountRow, RingInfo
from ui.accounts.store_records import Listing, ScoreBook, Snapshot, listing_key
from ui.accounts.store_search import StoreSearch
from ui.common import formats
from ui.common.workers import BackgroundTask, Job
from ui.operations import Operations
from ui.shell import collector
from ui.shell.store_pass import AFTER_CHANGE_MS, let_go_later

if TYPE_CHECKING:
    from pathlib import Path

    from circlesoftrust.engine.facts import RevenueRanking
    from circlesoftrust.engine.scoring import AccountScore
    from circlesoftrust.first_look import FirstLook
    from circlesoftrust.last_pass import LastPass
    from circlesoftrust.operations import Changes
    from circlesoftrust.pass_process import AccountRescore
    from circlesoftrust.services.accounts import AccountRows
    from circlesoftrust.storage import Database
    from ui.shell.store_pass import PassOutcome

ANALYSIS_DELAY_MS = AFTER_CHANGE_MS


class AccountStore(StoreSearch, QObject):
    """Active accounts, their scores and next actions, for one open database.

    Signals:
        loadStarted(): a full (re)load began.
        listed(): the account list was replaced (views reset); on a newly opened
            database its figures (revenue, last touch, contacts, tags) may follow.
        loaded(): the account list and its figures are known (after ``listed``).
        analysisLoaded(): scores and next actions were replaced.
        accountsUpdated(list): these accounts changed in place (views repaint them).
        membershipChanged(): accounts were added, archived or deleted (views re-filter).
        tagsLoaded(): every account's tags are known (the tag filter can offer them).
        indexReady(): the search index is built (see ``prepare_index``).
        scoreExplained(int): this account's score was explained (see ``explain``).
        loadFailed(object): a background load failed with this exception.
    """

    loadStarted = Signal()
    listed = Signal()
    loaded = Signal()
    analysisLoaded = Signal()
    accountsUpdated = Signal(list)
    membershipChanged = Signal()
    tagsLoaded = Signal()
    indexReady = Signal()
    scoreExplained = Signal(int)
    loadFailed = Signal(object)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._look_path: Path | None = None
        self.ops = ops
        self.workers = ops.workers
        self._load_task: BackgroundTask | None = None
        self._pass_day: dt.date | None = None  # the day of the pass asked for
        self.passes = ops.passes
        self.passes.size_hint = lambda: len(self.rows)
        self.passes.finished.connect(self._on_pass)
        self.passes.failed.connect(self._on_pass_failed)
        self.passes.rescored.connect(self._on_rescored)
        self.passes.rescoreFailed.connect(self._on_rescore_failed)
        self._clear()

    @property
    def db(self) -> Database:
        db = self.ops.db
        assert db is not None, "the store is used while no database is open"
        return db

    def set_database(self, db: Database) -> None:
        """Another database was opened: forget everything and wait for ``load()``.

        The first look of this same file (see :meth:`show_first_look`) stays on screen;
        ``load()`` then adds its figures.
        """
        self.cancel()
        if self._look_path is not None and self._look_path == db.path:
            return
        self._clear()
        self.loadStarted.emit()

    def show_first_look(self, look: FirstLook) -> None:
        """Show a file's rings and account names while it is still being opened.

        Read with the standard library before SQLAlchemy is imported
        (:mod:`circlesoftrust.first_look`), so the window paints with the accounts at once.
        """
        self._clear()
        self._look_path = look.path
        self._take_listing(look.rings, look.rows)
        self.listed.emit()

    def forget_first_look(self) -> None:
        """The file behind the first look did not open: show nothing instead."""
        if self._look_path is None:
            return
        self._clear()
        self.loadStarted.emit()
        self.listed.emit()

    def _clear(self) -> None:
        self.rings: list[RingInfo] = []
        self.rows: dict[int, AccountRow] = {}
        self.order: list[int] = []
        self.tags: dict[int, tuple[str, ...]] = {}
        self.tags_known = False
        self.scores = ScoreBook()
        self.ranking: RevenueRanking | None = None
        self.next_action: dict[int, NextAction] = {}
        # "idle" before the first analysis, then "loading" / "ready" / "unavailable";
        # "kept" while the last pass's scores are shown and today's pass still runs.
        self.analysis_state = "idle"
        self.kept_day: dt.date | None = None  # the day of the pass shown when "kept"
        self.is_loaded = False
        # False between ``listed`` and ``loaded`` of a first load (revenue, last touch and
        # contacts are placeholders then).
        self.figures_known = False
        # Accounts re-read after an edit while a load was under way: the load's (older)
        # snapshot must not overwrite them.
        self._refreshed: set[int] = set()
        self._haystack: dict[int, str] | None = None  # built on the first search
        self._index_generation = 0
        self._index_task: BackgroundTask | None = None
        self._look_path = None  # while the rows come from a first look
        self._explaining: set[int] = set()
        # After a change: accounts whose rescore was asked for and has not come, and the
        # rows re-read meanwhile, taken with their scores (one ``accountsUpdated`` a
        # change: the account page read itself twice, beside the rescore, and slowed it).
        self._rescoring: set[int] = set()
        self._held: dict[int, tuple[AccountRow, tuple[str, ...]]] = {}  # row and tags

    # --- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.rows)

    def row(self, account_id: int) -> AccountRow | None:
        return self.rows.get(account_id)

    def ring(self, position: int) -> RingInfo | None:
        for r in self.rings:
            if r.position == position:
                return r
        return None

    def score_of(self, account_id: int) -> int | None:
        score = self.scores.value(account_id)
        return None if score is None else formats.whole_score(score)

    def industries(self) -> list[str]:
        return sorted({r.industry for r in self.rows.values() if r.industry})

    def all_tags(self) -> list[str]:
        return sorted({t for tags in self.tags.values() for t in tags})

    # --- loading ------------------------------------------------------------------------

    def load(self) -> BackgroundTask:
        """(Re)load rings and accounts in the background, then the analysis.

        On a newly opened database the names come first (``listed``), their figures next.
        """
        if self._load_task is not None:
            self._load_task.cancel()
        self.loadStarted.emit()
        self._refreshed = set()
        # Names first on a newly opened database; a reload keeps its figures on screen.
        if self._look_path is not None and not self.figures_known:
            # The look was read before the file was open (another program may have
            # written since): the names and rings are read again with the figures.
            task = self._start_figures(listing_rows=list(self.rows.values()), relist=True)
        elif self.is_loaded:
            task = self._start_full_read()
        else:
            task = self._start_listing()
        self._load_task = task
        if self.analysis_state in ("idle", "loading") and not self.scores:
            self._start_kept()
        return task

    def _start_kept(self) -> None:
        """Read the last pass kept for this database (see :mod:`circlesoftrust.last_pass`):
        its scores and next actions show until today's pass replaces them."""
        db = self.db
        if db.encrypted:
            return

        def work(_job: Job) -> LastPass | None:
            from circlesoftrust import last_pass

            return last_pass.load(db.display_name())

        task = self.workers.start(work, title="")
        task.succeeded.connect(lambda kept: self._on_kept(db, kept))

    def _on_kept(self, db: Database, kept: LastPass | None) -> None:
        if kept is not None and db is self.ops.db:
            self.show_kept_pass(kept)

    def showing_look_of(self, path: Path) -> bool:
        """Whether the first look of the file at ``path`` is on screen."""
        return self._look_path is not None and self._look_path == path

    def show_kept_pass(self, kept: LastPass) -> None:
        """Show the last pass's scores and next actions (:mod:`circlesoftrust.last_pass`)
        until today's pass replaces them; unless scores are already shown (today's pass
        was faster, or the kept pass was read already)."""
        if self.analysis_state not in ("idle", "loading") or self.scores:
            return
        self.scores = ScoreBook(kept.scores)
        self.next_action = kept.next_actions  # (only accounts scored in that pass)
        self.analysis_state = "kept"
        self.kept_day = kept.day
        self.analysisLoaded.emit()

    def _start_listing(self) -> BackgroundTask:
        db = self.db

        def work(job: Job) -> Listing:
            from circlesoftrust.services import accounts as accounts_service
            from circlesoftrust.services import rings

            job.progress(self.tr("Reading accounts…"))
            ring_list = rings.list_rings(db)
            return Listing(ring_list, accounts_service.list_account_names(db))

        task = self.workers.start(work, title=self.tr("Loading accounts"), cancellable=True)
        task.succeeded.connect(self._on_listed)
        task.failed.connect(self._on_load_failed)
        return task

    def _start_full_read(self) -> BackgroundTask:
        db = self.db

        def work(job: Job) -> Snapshot:
            from circlesoftrust.services import accounts as accounts_service
            from circlesoftrust.services import rings

            job.progress(self.tr("Reading accounts…"))
            ring_list = rings.list_rings(db)
            rows = accounts_service.list_accounts(db)
            job.check_cancelled()
            return Snapshot(ring_list, rows, accounts_service.tag_index(db))

        task = self.workers.start(work, title=self.tr("Loading accounts"), cancellable=True)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)
        return task

    def _start_figures(
        self, listing_rows: list[AccountRow], *, relist: bool = False
    ) -> BackgroundTask:
        """Revenue, last touch, contacts and tags of the listed accounts (with ``relist``,
        of the accounts and rings read again, in case they changed since the listing)."""
        db, ring_list = self.db, self.rings

        def work(job: Job) -> Snapshot:
            from circlesoftrust.services import accounts as accounts_service
            from circlesoftrust.services import rings

            nonlocal listing_rows, ring_list
            relisted = False
            if relist:
                job.progress(self.tr("Reading accounts…"))
                fresh_rings = rings.list_rings(db)
                fresh = accounts_service.list_account_names(db)
                relisted = fresh_rings != ring_list or listing_key(fresh) != listing_key(
                    listing_rows
                )
                listing_rows, ring_list = fresh, fresh_rings
            job.progress(self.tr("Reading revenue and activity…"))
            figures = accounts_service.account_figures(db)
            job.check_cancelled()
            tags = accounts_service.tag_index(db)
            revenue, last, contacts = (
                figures.revenue_12m_cents,
                figures.last_touch_on,
                figures.contacts,
            )
            rows = [
                AccountRow(
                    r.id, r.name, r.industry, r.ring_position, r.ring_name,
                    revenue.get(r.id, 0), last.get(r.id), contacts.get(r.id, 0), r.archived,
                )
                for r in listing_rows
            ]  # fmt: skip
            return Snapshot(ring_list, rows, tags, relisted)

        task = self.workers.start(work, title=self.tr("Loading accounts"), cancellable=True)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)
        return task

    def _on_load_failed(self, exc: object) -> None:
        if self.sender() is self._load_task:
            self._load_task = None
        self.loadFailed.emit(exc)

    def _on_listed(self, listing: Listing) -> None:
        if self.sender() is not self._load_task:
            return  # a newer load replaced this one
        self._refreshed = set()  # the figures are read after these edits: they see them
        self._take_listing(listing.rings, listing.rows)
        task = self._load_task
        self.listed.emit()
        if self._load_task is task:  # (a slot may have started another load)
            # The figures next, once the views have taken the names.
            self._load_task = self._start_figures(listing_rows=list(self.rows.values()))

    def _take_listing(self, ring_list: list[RingInfo], rows: list[AccountRow]) -> None:
        self.rings = ring_list
        self.rows = {r.id: r for r in rows}
        self.order = [r.id for r in rows]
        self.tags = {}
        self.tags_known = False
        self.figures_known = False
        if self.analysis_state == "idle":
            self.analysis_state = "loading"  # scores follow the figures: "…", not "—"
        self._rebuild_index()
        self.is_loaded = True

    def _on_loaded(self, snap: Snapshot) -> None:
        if self.sender() is not self._load_task:
            return  # a newer load replaced this one
        self._load_task = None
        self._look_path = None
        refreshed, self._refreshed = self._refreshed, set()
        current = self.rows
        after_listing = self.is_loaded and not self.figures_known
        listed_order = self.order
        self.rings = snap.rings
        self.rows = {r.id: r for r in snap.rows}
        self.order = [r.id for r in snap.rows]
        # One read gives every account's tags (accounts without any get an empty tuple).
        tags = {account_id: snap.tags.get(account_id, ()) for account_id in self.order}
        old_tags = self.tags
        for account_id in refreshed:  # edited while the snapshot was read: keep the edit
            self._merge_refreshed(account_id, current.get(account_id), old_tags, tags)
        self.tags = tags
        self.tags_known = True
        self.figures_known = True
        self._rebuild_index()
        self.is_loaded = True
        if not after_listing or snap.relisted:
            self.listed.emit()
        elif self.order != listed_order:  # (only if edits were merged in)
            self.membershipChanged.emit()
        self.loaded.emit()
        self.tagsLoaded.emit()
        # A big file's accounts out of the cycle collector's sight (ui.shell.collector).
        collector.set_aside(len(self.rows))
        # On the next turn of the event loop, once this data is painted.
        self.load_analysis(delay_ms=0)

    def _merge_refreshed(
        self,
        account_id: int,
        edited: AccountRow | None,
        old_tags: dict[int, tuple[str, ...]],
        tags: dict[int, tuple[str, ...]],
    ) -> None:
        read = self.rows.get(account_id)
        if edited is None:  # archived or deleted meanwhile
            if read is not None:
                del self.rows[account_id]
                self.order.remove(account_id)
                tags.pop(account_id, None)
            return
        last = edited.last_touch_on
        if read is not None and read.last_touch_on and (last is None or read.last_touch_on > last):
            last = read.last_touch_on
        self.rows[account_id] = replace(
            edited,
            revenue_12m_cents=read.revenue_12m_cents if read else edited.revenue_12m_cents,
            last_touch_on=last,
        )
        if read is None:
            self.order.append(account_id)  # created meanwhile
        tags[account_id] = old_tags.get(account_id, ())

    def load_analysis(self, *, delay_ms: int = 0) -> None:
        """Scores and next actions for every account: today's pass, apart from the window
        (:mod:`ui.shell.store_pass`), in ``delay_ms``."""
        from circlesoftrust.services.lookups import today

        self._pass_day = today()
        if self.analysis_state != "kept":
            self.analysis_state = "loading"
        self.passes.request(self._pass_day, delay_ms=delay_ms)

    def schedule_analysis(self) -> None:
        """Recompute scores and suggestions a moment after the last change."""
        self.load_analysis(delay_ms=ANALYSIS_DELAY_MS)

    def _on_pass(self, outcome: PassOutcome) -> None:
        if outcome.day != self._pass_day or self.ops.db is None:
            return  # a pass of another day (Today's, pinned to a day)
        numbers = outcome.numbers
        let_go_later(self.workers, self.next_action, self.scores.release())
        self.scores = ScoreBook(outcome.scores)
        self.ranking = numbers.ranking
        # (taken as it is: every view looks its rows up; 0.05 s at 100,000 to filter)
        self.next_action = numbers.next_actions
        self.analysis_state = "ready"
        self.kept_day = None
        self.analysisLoaded.emit()

    def _on_pass_failed(self, day: dt.date, exc: object) -> None:
        if day != self._pass_day:
            return
        self.analysis_state = "unavailable"
        self.analysisLoaded.emit()
        self.loadFailed.emit(exc)

    def cancel(self) -> None:
        if self._load_task is not None:
            self._load_task.cancel()
        self._load_task = None
        self.passes.cancel()
        self._release(set(self._held))  # (their rescores will not come)
        self._rescoring = set()

    def explain(self, account_id: int) -> None:
        """Explain this account's score in words (one account's facts, read through the
        door); ``scoreExplained`` says when ``scores.get(account_id)`` has it."""
        if account_id in self._explaining or self.scores.value(account_id) is None:
            return
        self._explaining.add(account_id)

        def work(db: Database) -> AccountScore:
            from circlesoftrust.engine.scoring import score_account

            return score_account(db, account_id)

        def done(score: AccountScore) -> None:
            self._explaining.discard(account_id)
            if account_id in self.rows:
                self.scores[account_id] = score
                self.scoreExplained.emit(account_id)

        self.ops.run_query(
            work,
            done,
            action=self.tr("Explaining the score"),
            on_failed=lambda _exc: self._explaining.discard(account_id),
            owner=self,
        )

    # --- after a change ----------------------------------------------------------------

    def on_changed(self, changes: Changes, _initiator: object = None) -> None:
        """The door's ``changed``: re-read what it touched (or everything)."""
        if not self.is_loaded:
            return
        if changes.everything or changes.rings or changes.settings:
            self.load()  # rings, thresholds or whole lists changed: read it all again
        elif changes.accounts:
            self.refresh_accounts(sorted(changes.accounts))
        elif changes.suggestions or changes.tasks or changes.perks or changes.insights:
            self.schedule_analysis()  # next actions may differ; the rows do not

    def refresh_accounts(self, ids: list[int]) -> None:
        """Re-read these accounts (one read off the UI thread) and rescore them (another,
        beside it: their scores and next actions; see ``EnginePasses.rescore``)."""
        from circlesoftrust.services.lookups import today

        if self._load_task is not None:
            self._refreshed.update(ids)
        self._rescoring.update(ids)
        self.passes.rescore(ids, self._pass_day or today())

        def read(db: Database) -> AccountRows:
            from circlesoftrust.services.accounts import account_rows

            return account_rows(db, ids)

        self.ops.run_query(
            read,
            lambda fresh: self._take_refreshed(ids, fresh),
            action=self.tr("Reading the accounts"),
            owner=self,
        )

    def _take_refreshed(self, ids: list[int], fresh: AccountRows) -> None:
        updated, membership = [], False
        found = {row.id: row for row in fresh.rows}
        for account_id in dict.fromkeys(ids):
            row = found.get(account_id)
            if row is None:  # archived or deleted
                if self.rows.pop(account_id, None) is not None:
                    self.order.remove(account_id)
                    self.scores.pop(account_id, None)
                    self.next_action.pop(account_id, None)
                    if self._haystack is not None:
                        self._haystack.pop(account_id, None)
                    membership = True
                continue
            old = self.rows.get(account_id)
            tags = fresh.tags.get(account_id, ())
            if old is not None and account_id in self._rescoring:
                self._held[account_id] = (row, tags)  # taken with its score, in a moment
                continue
            self._take_row(row, tags)
            if old is None:
                self.order.append(account_id)
                membership = True
            updated.append(account_id)
        if membership:
            self.membershipChanged.emit()
        if updated:
            self.accountsUpdated.emit(updated)
        self.schedule_analysis()

    def _take_row(self, row: AccountRow, tags: tuple[str, ...]) -> None:
        self.rows[row.id] = row
        self.tags[row.id] = tags
        self._index_one(row)

    def _on_rescored(self, day: dt.date, found: dict[int, AccountRescore]) -> None:
        """Accounts rescored after a change: their scores and next actions, at once (the
        whole pass follows later)."""
        self._rescoring -= found.keys()
        held = {i for i in found if i in self._held}
        if day != (self._pass_day or day) or self.ops.db is None:
            self._release(held)
            return
        for account_id in held:
            if account_id in self.rows:  # (not archived meanwhile)
                self._take_row(*self._held[account_id])
            del self._held[account_id]
        changed = []
        for account_id, fresh in found.items():
            if account_id not in self.rows:
                continue
            if fresh.score is not None:
                self.scores[account_id] = fresh.score
            if fresh.suggestions:
                self.next_action[account_id] = NextAction.of(fresh.suggestions[0])
            else:
                self.next_action.pop(account_id, None)
            changed.append(account_id)
        changed.extend(i for i in held if i not in changed and i in self.rows)
        if changed:
            self.accountsUpdated.emit(changed)

    def _on_rescore_failed(self, _day: dt.date, ids: list[int]) -> None:
        self._rescoring.difference_update(ids)
        self._release({i for i in ids if i in self._held})

    def _release(self, held: set[int]) -> None:
        """Accounts re-read while their rescore was awaited, shown now without it."""
        shown = []
        for account_id in sorted(held):
            row, tags = self._held.pop(account_id)
            if account_id in self.rows:
                self._take_row(row, tags)
                shown.append(account_id)
        if shown:
            self.accountsUpdated.emit(shown)
