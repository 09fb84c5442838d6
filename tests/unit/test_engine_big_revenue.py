"""Revenues too big for a float to hold exactly (2**53 and more, in the engine's cents x
100): the pass works them out with Python's integers instead of numpy's floats, and says
the same. SQLite only: PostgreSQL keeps amounts in 32-bit integers, too small to reach
these sums in a scenario."""

from __future__ import annotations

from circlesoftrust.storage import Database
from tests.unit.test_engine_relative import (
    test_a_move_of_under_one_point_caused_by_others_is_not_suggested as small_relative_move,
)


def test_a_small_relative_move_is_not_suggested_with_revenues_past_floats(db: Database) -> None:
    small_relative_move(db, scale=10**7)
