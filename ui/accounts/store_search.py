"""The account store's search index: one lower-case line per account (name, industry,
ring, tags), built in the background on the first search and kept up to date by edits.
A part of :class:`ui.accounts.account_store.AccountStore` (which holds the rows, the tags
and the ``indexReady`` signal), split from it along this seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ui.accounts.store_records import search_line

if TYPE_CHECKING:
    from circlesoftrust.records import AccountRow
    from ui.common.workers import BackgroundTask, Job, Workers
    from ui.operations import Operations

    _Store = QObject  # (for the type checker: the store is a QObject)
else:
    _Store = object


class StoreSearch(_Store):
    """Search over the store's accounts (mixed into ``AccountStore``)."""

    rows: dict[int, AccountRow]
    tags: dict[int, tuple[str, ...]]
    ops: Operations
    workers: Workers
    indexReady: Any  # (the store's Signal)
    _haystack: dict[int, str] | None
    _index_generation: int
    _index_task: BackgroundTask | None

    def haystack(self, account_id: int) -> str:
        return self._index().get(account_id, "")

    def haystacks(self, ids: list[int]) -> list[str]:
        """The search lines of ``ids``, in their order."""
        hay = self._index()
        return [hay.get(i, "") for i in ids]

    def _rebuild_index(self) -> None:
        """Forget the index; it is built again on the first search (not at start-up)."""
        self._haystack = None
        self._index_generation += 1

    def prepare_index(self) -> None:
        """Build the search index in the background (100k accounts: ~0.25 s of work)."""
        if self._haystack is not None or self._index_task is not None or self.ops.db is None:
            return
        rows = list(self.rows.values())
        tags = dict(self.tags)

        def work(_job: Job) -> dict[int, str]:
            return {r.id: search_line(r, tags.get(r.id, ())) for r in rows}

        task = self.workers.start(work, title="", tag=(self.ops.db, self._index_generation))
        task.succeeded.connect(self._on_index)
        task.finished.connect(self._on_index_task_done)
        self._index_task = task

    def _on_index(self, index: dict[int, str]) -> None:
        if getattr(self.sender(), "tag", None) == (self.ops.db, self._index_generation):
            self._haystack = index  # nothing changed while it was built
            self.indexReady.emit()

    def _on_index_task_done(self) -> None:
        if self.sender() is self._index_task:
            self._index_task = None

    def _index(self) -> dict[int, str]:
        if self._haystack is None:
            self._haystack = {}
            for row in self.rows.values():
                self._index_one(row)
        return self._haystack

    def _index_one(self, row: AccountRow) -> None:
        self._index_generation += 1
        if self._haystack is None:
            return  # not built yet: it will include this row when it is
        self._haystack[row.id] = search_line(row, self.tags.get(row.id, ()))

    def filter_ids(self, ids: list[int], query: str) -> list[int]:
        """The ids (in their given order) whose index line contains ``query``."""
        text = query.strip().lower()
        if not text:
            return list(ids)
        hay = self._index()
        return [i for i in ids if text in hay.get(i, "")]
