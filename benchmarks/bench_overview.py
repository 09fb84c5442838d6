"""Benchmark: one account overview (what the account page reads on every click).

    .venv/bin/python -m benchmarks.bench_overview [--sizes 10000,100000] [--accounts 20]

On the cached demo database of each size (:func:`benchmarks.bench_engine.demo_database`,
history ending 2026-06-15) it runs one full pass (``engine.analysis.analyse``, as the
window does after opening the file) and then times, interleaved per account over
``--accounts`` accounts spread over the id range (wall clock, warm cache):

* **floor** — ``services.accounts.get_account``: one transaction that reads the account,
  its ring and its tags. No page can show an account for less.
* **overview** — ``overview.account_overview(db, id, day, ranking=<the pass's ranking>)``:
  the page's call (the window holds the last pass).
* **no ranking** — the same without the pass's ranking: the revenue of every account is
  read to rank this one (the CLI brief's case).
* **brief** — ``brief.build_brief`` (the overview shaped for one page, no ranking).
* **overview cpu** — the overview's CPU time in this process (SQLite runs in it): what
  the call costs when the machine is not shared (wall clock waits for a core as well).
* **before** — the service calls the account page made before the overview (account,
  buying group, timeline, grants + every perk, shares + every insight, tasks), on the
  first five accounts only (seconds each on a big database).

Goal (issue 10, point 3): the overview well under 50 ms at 100,000 accounts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial

from benchmarks.bench_engine import DAY, bench_dir, demo_database
from circlesoftrust.brief import build_brief
from circlesoftrust.engine.analysis import analyse
from circlesoftrust.engine.people import buying_group
from circlesoftrust.overview import account_overview
from circlesoftrust.services import accounts, activity, insights, perks, tasks
from circlesoftrust.storage import Database

GOAL_MS = 50.0


def _timed(runs: dict[str, list[float]], name: str, func: Callable[[], object]) -> None:
    """Wall clock, and this process's CPU time (``<name> cpu``): on a shared, busy machine
    the wall clock also counts the time spent waiting for a core."""
    cpu, started = time.process_time(), time.perf_counter()
    func()
    runs.setdefault(name, []).append((time.perf_counter() - started) * 1000)
    runs.setdefault(f"{name} cpu", []).append((time.process_time() - cpu) * 1000)


def _page_before(db: Database, account_id: int) -> None:
    """What ui/accounts/account_page.load_page read before the overview (score aside)."""
    accounts.get_account(db, account_id)
    accounts.list_contacts(db, account_id)
    buying_group(db, account_id, on=DAY)
    activity.timeline(db, account_id)
    perks.list_grants(db, account=account_id)
    perks.list_perks(db, include_inactive=False)
    insights.list_shares(db, account=account_id)
    insights.list_insights(db)
    tasks.list_tasks(db, account=account_id, open_only=False)


def measure(db: Database, sample: int) -> tuple[int, dict[str, list[float]]]:
    started = time.perf_counter()
    analysis = analyse(db, DAY)
    pass_ms = (time.perf_counter() - started) * 1000
    ranking = analysis.facts.ranking
    ids = sorted(analysis.scores)
    step = max(1, len(ids) // sample)
    chosen = ids[::step][:sample]
    account_overview(db, chosen[0], DAY, ranking=ranking)  # warm caches and statements
    runs: dict[str, list[float]] = {"pass": [pass_ms]}
    for k, aid in enumerate(chosen):
        _timed(runs, "floor", partial(accounts.get_account, db, aid))
        _timed(runs, "overview", partial(account_overview, db, aid, DAY, ranking=ranking))
        if k < 5:
            _timed(runs, "no ranking", partial(account_overview, db, aid, DAY))
            _timed(runs, "brief", partial(build_brief, db, aid, on=DAY))
            _timed(runs, "before", partial(_page_before, db, aid))
    return len(ids), runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--accounts", type=int, default=20, help="accounts timed per size")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    print(f"demo databases in {bench_dir()} (history ending {DAY}); median (best) in ms\n")
    names = ("floor", "overview", "overview cpu", "no ranking", "brief", "before")
    header = f"{'accounts':>9} " + " ".join(f"{n:>17}" for n in names) + f" {'overview/floor':>15}"
    print(header)
    print("-" * len(header))
    last: dict[str, list[float]] = {}
    for size in sizes:
        db, built = demo_database(size)
        try:
            active, runs = measure(db, args.accounts)
        finally:
            db.close()
        cells = " ".join(
            f"{statistics.median(runs[n]):>9.1f} ({min(runs[n]):>5.1f})" for n in names
        )
        ratio = statistics.median(runs["overview"]) / statistics.median(runs["floor"])
        print(
            f"{active:>9,} {cells} {ratio:>14.1f}x"
            + (f"   (built in {built:.0f} s)" if built else "")
        )
        last = runs
    overview = statistics.median(last["overview"])
    cpu = statistics.median(last["overview cpu"])
    verdict = "met" if overview < GOAL_MS else "NOT met"
    print(
        f"\ngoal: one overview under {GOAL_MS:.0f} ms at {sizes[-1]:,} accounts: {verdict} "
        f"(median {overview:.1f} ms wall, {cpu:.1f} ms CPU, best {min(last['overview']):.1f} "
        f"ms; the full pass before it took {last['pass'][0]:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
