"""The revenue ranking of an earlier day: what a relative move is measured against.

The revenue component ranks each account against every other one, so an account's score
moves when others' revenue moves (a new account, four contacts imported without an
organisation, a big sale elsewhere), with no fact of its own changing. The first full
pass of a day keeps that day's ranking (table ``revenue_rankings``: each paying account's
effective revenue); a pass reads the ranking of the last day before its own as the
*baseline*. For an account whose own effective revenue is the same as then, the revenue
value against the baseline minus the value against today's ranking is the move that
others caused. The explanation names it, and the inbox does not suggest a move that only
they caused when it is under :data:`MIN_RELATIVE_POINTS` points.

Nothing depends on writing it: a read-only database keeps no baseline and explains less.
Two days are kept: today's and the one before.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any, cast

import numpy as np
from sqlalchemy import delete, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from circlesoftrust.models import revenue_rankings
from circlesoftrust.storage import Database

log = logging.getLogger(__name__)

# A move that other accounts' revenue alone caused, smaller than this, is not suggested.
MIN_RELATIVE_POINTS = 1.0


@dataclass(frozen=True)
class Baseline:
    """The ranking of ``day``: its accounts' effective revenue by id, and the ranking."""

    day: dt.date
    ranking: Any  # facts.RevenueRanking (built by facts.load_facts; no import cycle)
    pairs: bytes  # (account id, effective revenue) as 64-bit integers

    @cached_property
    def _by_id(self) -> tuple[array[int], array[int]]:
        """The ids ascending and their effective revenue: 16 bytes an account, not a
        dict's ~100, since one baseline is kept between reads (facts._baseline)."""
        both = np.frombuffer(self.pairs, dtype=np.int64).reshape(-1, 2)
        order = np.argsort(both[:, 0], kind="stable")
        ids, values = array("q"), array("q")
        ids.frombytes(both[order, 0].tobytes())
        values.frombytes(both[order, 1].tobytes())
        return ids, values

    def effectives(self, account_ids: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """:meth:`effective` of many accounts at once (int64)."""
        ids, values = (np.frombuffer(a, dtype=np.int64) for a in self._by_id)
        if not len(ids):
            return np.zeros(len(account_ids), dtype=np.int64)
        at = np.minimum(np.searchsorted(ids, account_ids), len(ids) - 1)
        return np.where(ids[at] == account_ids, values[at], 0)

    def effective(self, account_id: int) -> int:
        """The account's effective revenue then (0: none, or not ranked then)."""
        ids, values = self._by_id
        at = bisect_left(ids, account_id)
        return values[at] if at < len(ids) and ids[at] == account_id else 0


def revenue_value(eff: int, ranking: Any, share_multiple: float) -> float:
    """The revenue component's value of effective revenue ``eff`` against ``ranking``
    (the formula of :func:`.scoring.score_rows`)."""
    if eff <= 0 or ranking.total <= 0:
        return 0.0
    others = ranking.accounts - 1
    rank = ranking.below(eff) / others if others else 1.0
    share = eff / ranking.total * ranking.accounts / share_multiple
    return 0.7 * rank + 0.3 * (share if share < 1.0 else 1.0)


# Integers below this convert to floats exactly: numpy divides floats where Python
# divides the integers themselves (both round the exact quotient once when this holds).
_EXACT = 1 << 53


def revenue_values(eff: np.ndarray[Any, Any], ranking: Any, share_multiple: float) -> Any:
    """:func:`revenue_value` of every value of ``eff`` (int64) at once, the same to the last
    bit, or None when a value or the total is too big for a float to hold exactly."""
    if ranking.total >= _EXACT or (len(eff) and int(np.abs(eff).max()) >= _EXACT):
        return None
    if ranking.total <= 0:
        return np.zeros(len(eff))
    ranked = ranking.ascending
    below = (ranking.accounts - ranking.paying) + np.searchsorted(ranked, eff, side="left")
    others = ranking.accounts - 1
    rank = below / others if others else np.ones(len(eff))
    share = eff / ranking.total * ranking.accounts / share_multiple
    value = 0.7 * rank + 0.3 * np.minimum(share, 1.0)
    return np.where(eff > 0, value, 0.0)


def load_row(session: Session, day: dt.date, percent: int) -> tuple[int, int, bytes] | None:
    """(day number, accounts, pairs) of the ranking of the last day before ``day`` that
    counted the year before at ``percent`` (None: there is none)."""
    r = revenue_rankings.c
    row = session.execute(
        select(r.as_of, r.accounts, r.revenues)
        .where(r.as_of < day.toordinal(), r.percent == percent)
        .order_by(r.as_of.desc())
        .limit(1)
    ).first()
    return None if row is None else (int(row[0]), int(row[1]), bytes(row[2]))


def positive_values(pairs: bytes) -> list[int]:
    """The positive effective revenues of ``pairs``, ascending (sorted by numpy: a third
    of the time of ``sorted`` at 100,000 accounts)."""
    values = np.frombuffer(pairs, dtype=np.int64)[1::2]
    return cast("list[int]", np.sort(values[values > 0]).tolist())


def record(db: Database, day: dt.date, percent: int, rows: Any, values: Any = None) -> bool:
    """Keep ``day``'s ranking (``rows``: the engine rows of every active account, see
    :class:`.facts.FactTable`; ``values``: their packed values, when at hand) unless it is
    kept already; drop the days before the last one before ``day``. One primary-key read
    when it is kept already."""
    r = revenue_rankings.c
    ordinal = day.toordinal()
    try:
        with db.transaction() as session:
            if session.scalar(select(r.as_of).where(r.as_of == ordinal)) is not None:
                return False
        pairs = effective_pairs(rows, percent, values)
        with db.transaction(write=True) as session:
            conn = session.connection()
            conn.execute(delete(revenue_rankings).where(r.as_of == ordinal))
            before = session.scalar(
                select(r.as_of).where(r.as_of < ordinal).order_by(r.as_of.desc()).limit(1)
            )
            if before is not None:
                conn.execute(delete(revenue_rankings).where(r.as_of < before))
            conn.execute(
                insert(revenue_rankings).values(
                    as_of=ordinal,
                    percent=percent,
                    accounts=len(rows),
                    revenues=pairs,
                )
            )
        return True
    except (DBAPIError, sqlite3.Error) as exc:
        log.info("revenue ranking not kept (%s); relative moves are explained less", exc)
        return False


def effective_revenues(rows: Any, percent: int) -> dict[int, int]:
    """Each account's effective revenue from engine rows (see :class:`.facts.FactTable`)."""
    from circlesoftrust.engine.components import picker

    unpack = picker("purchases", "revenue_12m_cents", "revenue_prev_cents").unpack
    out = {}
    for aid, _name, _ring, _pinned, packed in rows:
        purchases, r12, rp = unpack(packed)
        out[aid] = r12 * 100 + rp * percent if purchases else 0
    return out


def effective_pairs(rows: Any, percent: int, values: Any = None) -> bytes:
    """(id, effective revenue) of every engine row, as the native 64-bit pairs a ranking
    keeps: :func:`effective_revenues` worked out over all rows at once (numpy; a Python
    loop took ~0.1 s at 100,000 accounts on the first pass of a day)."""
    from circlesoftrust.engine.components import PACKED_RECORD

    if not rows:
        return b""
    if values is None:
        values = np.frombuffer(b"".join(map(itemgetter(4), rows)), dtype=PACKED_RECORD)
    ids = np.fromiter(map(itemgetter(0), rows), dtype=np.int64, count=len(rows))
    effective = np.where(
        values["purchases"] > 0,
        values["revenue_12m_cents"] * 100 + values["revenue_prev_cents"] * percent,
        0,
    ).astype(np.int64)
    return np.column_stack((ids, effective)).astype(np.int64).tobytes()
