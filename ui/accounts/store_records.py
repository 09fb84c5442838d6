"""What the account store holds and hands out: one load's result (:class:`Snapshot`, the
first light :class:`Listing`), the scores of a pass (:class:`ScoreBook`), and each
account's search line. Split from :mod:`ui.accounts.account_store` (its loading, passes and
updates stay there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from circlesoftrust.records import AccountRow, RingInfo


@dataclass(frozen=True)
class Snapshot:
    """What one background load produced."""

    rings: list[RingInfo]
    rows: list[AccountRow]
    tags: dict[int, tuple[str, ...]]
    relisted: bool = False  # accounts or rings differ from the listing shown before


@dataclass(frozen=True)
class Listing:
    """The first, light read of a newly opened database: rings and account names."""

    rings: list[RingInfo]
    rows: list[AccountRow]


class ScoreBook:
    """The scores of one pass: numbers only; explanations are read when shown.

    The pass runs apart from the window (:mod:`ui.shell.store_pass`) and hands over each
    account's number alone: its fact table (≈ 180 MB at 100,000 accounts) is not kept for
    explaining. A tooltip or the account page asks the store to explain one score
    (:meth:`AccountStore.explain`, one account's facts read through the door); explained
    scores, and those recomputed after an edit, are set with ``book[id] = score`` and take
    precedence. ``kept`` are the numbers of the last pass (:mod:`circlesoftrust.last_pass`)
    shown while today's runs.
    """

    def __init__(self, numbers: dict[int, float] | None = None) -> None:
        self._numbers = numbers or {}
        self._explained: dict[int, Any] = {}
        self._dropped: set[int] = set()

    def __bool__(self) -> bool:
        if self._explained:
            return True
        # (stops at the first account still here: at once unless most were archived)
        return any(i not in self._dropped for i in self._numbers)

    def get(self, account_id: int, default: Any = None) -> Any:
        """The explained score (``AccountScore``) of ``account_id`` if it was explained
        (see :meth:`AccountStore.explain`), else ``default``."""
        return self._explained.get(account_id, default)

    def value(self, account_id: int) -> float | None:
        """The score 0-100 alone."""
        score = self._explained.get(account_id)
        if score is not None:
            return float(score.score)
        if account_id in self._dropped:
            return None
        return self._numbers.get(account_id)

    def __setitem__(self, account_id: int, score: Any) -> None:
        self._explained[account_id] = score
        self._dropped.discard(account_id)

    def release(self) -> dict[int, float]:
        """The numbers, handed over to be freed elsewhere (this book is empty after)."""
        numbers, self._numbers = self._numbers, {}
        return numbers

    def pop(self, account_id: int, default: Any = None) -> Any:
        """Forget an account (archived or deleted); its explained score if one was made."""
        self._dropped.add(account_id)
        return self._explained.pop(account_id, default)


def search_line(row: AccountRow, tags: tuple[str, ...]) -> str:
    return f"{row.name}\n{row.industry or ''}\n{row.ring_name}\n{' '.join(tags)}".lower()


def listing_key(rows: list[AccountRow]) -> set[tuple[object, ...]]:
    """What a listing shows of each account (the figures aside)."""
    return {(r.id, r.name, r.industry, r.ring_position, r.ring_name) for r in rows}
