"""Benchmark: the Today inbox and the dashboard on generated databases.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_ui [--sizes 1000,10000]

For each size (cached demo databases, as in ``bench_engine``) it times, wall clock:

* **inbox load** — ``InboxView.refresh()`` until the suggestions are on screen: the
  engine's full suggestions pass in the worker thread plus filling the grouped model
  (best of ``--repeat``, warm cache).
* **dashboard first show** — in a fresh process: importing ``ui.dashboard.dashboard``, then the
  first ``show()`` until the five charts are drawn. This includes importing matplotlib
  (measured separately) and creating its canvases, which only happens on first show.
* **dashboard refresh** — a second period computed and redrawn in the same process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.bench_engine import demo_database

if TYPE_CHECKING:
    from circlesoftrust.storage import Database
    from ui.operations import Operations

DAY = dt.date(2026, 6, 15)


def _wait_for(signal: object, action: Callable[[], object]) -> float:
    """Run ``action`` and spin the event loop until ``signal`` fires; seconds taken."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(300_000, loop.quit)
    start = time.perf_counter()
    action()
    loop.exec()
    elapsed = time.perf_counter() - start
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]
    return elapsed


_OWNERS: list[object] = []


def door(db: Database) -> Operations:
    """The window's door (``ui.operations.Operations``) over ``db``, as a screen gets it."""
    from PySide6.QtWidgets import QWidget

    from ui.common.workers import Workers
    from ui.operations import Operations

    owner = QWidget()
    _OWNERS.append(owner)
    ops = Operations(Workers(owner), owner)
    ops.set_database(db)
    return ops


def inbox_load(path: Path, repeat: int) -> tuple[float, int]:
    from PySide6.QtWidgets import QApplication

    from circlesoftrust.storage import open_database
    from ui.today.inbox import InboxView

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    view = InboxView(door(db), today=DAY)
    view.resize(1200, 800)
    view.show()
    best = min(_wait_for(view.loaded, view.refresh) for _ in range(repeat))
    count = view.model.suggestion_count()
    view.close()
    view.deleteLater()
    app.processEvents()
    db.close()
    return best, count


def dashboard_child(path: str) -> None:
    """Runs in a fresh process: prints the first-show timings as JSON."""
    t0 = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    import ui.dashboard.dashboard as dashboard
    from circlesoftrust.storage import open_database

    app = QApplication([])
    imported = time.perf_counter() - t0
    assert "matplotlib" not in sys.modules
    db = open_database(path)
    view = dashboard.DashboardView(door(db), today=DAY)
    view.resize(1280, 820)
    mpl_start = time.perf_counter()
    import matplotlib.backends.backend_qtagg
    import matplotlib.figure  # noqa: F401

    mpl = time.perf_counter() - mpl_start
    first = _wait_for(view.loaded, view.show) + mpl
    app.processEvents()
    again = _wait_for(view.loaded, lambda: view.set_period(DAY - dt.timedelta(days=90), DAY))
    print(json.dumps({"import": imported, "mpl": mpl, "first": first, "refresh": again}))
    db.close()


def dashboard_first_show(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_ui", "--child-dashboard", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_ui")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child-dashboard", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_dashboard:
        dashboard_child(args.child_dashboard)
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        db, _built = demo_database(size)
        path = db.path
        db.close()
        assert path is not None
        load, count = inbox_load(path, args.repeat)
        dash = dashboard_first_show(path)
        rows.append((size, load, count, dash))
    print(f"{'accounts':>9} | {'inbox load':>10} | {'suggestions':>11} | {'import ui':>9} | "
          f"{'matplotlib':>10} | {'dash 1st show':>13} | {'dash refresh':>12}")  # fmt: skip
    print("-" * 95)
    for size, load, count, d in rows:
        ms = {k: v * 1000 for k, v in d.items()}
        print(
            f"{size:>9,} | {load * 1000:>7.0f} ms | {count:>11,} | {ms['import']:>6.0f} ms |"
            f" {ms['mpl']:>7.0f} ms | {ms['first']:>10.0f} ms | {ms['refresh']:>9.0f} ms"
        )
    print("dash 1st show = matplotlib import + canvases + KPIs (worker) + first draw")
    return 0


if __name__ == "__main__":
    sys.exit(main())
