"""Undoing the removal of a big ring (issue 18): remove the demo's outermost ring
(Audience, ~17 % of the accounts) with its one undo entry, then undo and redo it.

On a copy of the cached demo database of each size (:func:`benchmarks.bench_engine
.demo_database`). The floor, measured in the same run: one bare UPDATE that puts the same
accounts back into the ring (what any undo must at least do). Wall and CPU seconds.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from benchmarks.bench_engine import demo_database
from circlesoftrust import operations
from circlesoftrust.models import Account, Ring
from circlesoftrust.services import rings
from circlesoftrust.storage import open_database


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(size: int, work: Path) -> dict[str, Any]:
    source, _built = demo_database(size)
    path = source.path
    source.close()
    assert path is not None
    copy = work / f"ring-undo-{size}.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(copy)
    try:
        with db.transaction() as session:
            ring_id = session.scalar(select(Ring.id).where(Ring.name == "Audience"))
            moved = list(session.scalars(select(Account.id).where(Account.ring_id == ring_id)))
        done, rm_wall, rm_cpu = _timed(
            lambda: operations.perform(
                db, "Remove Audience", lambda: rings.remove_ring(db, "Audience")
            )
        )
        assert done.undo is not None
        _, undo_wall, undo_cpu = _timed(lambda: operations.undo(db, done.undo))
        _, redo_wall, redo_cpu = _timed(lambda: operations.redo(db, done.undo))

        def floor() -> None:
            with db.transaction(write=True) as session:
                session.execute(
                    update(Account).where(Account.id.in_(moved)).values(ring_id=Account.ring_id)
                )

        _, floor_wall, floor_cpu = _timed(floor)
        return {
            "accounts": len(moved),
            "rows": len(done.undo.before.rows),
            "remove": (rm_wall, rm_cpu),
            "undo": (undo_wall, undo_cpu),
            "redo": (redo_wall, redo_cpu),
            "floor": (floor_wall, floor_cpu),
        }
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args(argv)
    print("seconds, wall / CPU\n")
    header = (
        f"{'accounts':>9} {'moved':>7} {'undo rows':>10} {'floor':>13} {'remove':>13} "
        f"{'undo':>13} {'redo':>13} {'undo/floor':>11}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(x) for x in args.sizes.split(",") if x.strip()):
            r = measure(size, Path(tmp))
            cells = " ".join(
                f"{r[k][0]:>6.2f}/{r[k][1]:<6.2f}" for k in ("floor", "remove", "undo", "redo")
            )
            ratio = r["undo"][0] / max(r["floor"][0], 1e-6)
            print(f"{size:>9,} {r['accounts']:>7,} {r['rows']:>10,} {cells} {ratio:>10.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
