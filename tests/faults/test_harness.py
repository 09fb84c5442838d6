"""The fault harness's CI-sized subset (the full run: `make faults`).

Each kind of fault is one test; it fails with the harness's own examples of what went
wrong. Zero is the only acceptable count for every verdict.
"""

from __future__ import annotations

import pytest

from tests.faults.harness import CI, KINDS, table
from tests.sandbox import unavailable


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_no_fault_of_this_kind_does_harm(kind: object) -> None:
    needs_tmpfs = {"full_disks", "read_only_places"}
    if kind.__name__ in needs_tmpfs and unavailable() is not None:  # type: ignore[attr-defined]
        pytest.skip(str(unavailable()))
    tally = kind(CI, 12)  # type: ignore[operator]
    assert tally.cases > 0
    assert tally.failures == 0, table([tally])
