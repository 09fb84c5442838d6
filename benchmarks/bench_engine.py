"""Benchmark: the trust engine's full pass against the floor of one bare SQL aggregate.

    .venv/bin/python -m benchmarks.bench_engine [--sizes 1000,10000,100000] [--repeat 3]

For each size it builds a demo database (``circlesoftrust.demo``, ~20 touchpoints per
account, history ending on 2026-06-15) or reuses the cached one in
``$CIRCLESOFTRUST_BENCH_DIR`` (default: ``<tempdir>/circlesoftrust-bench``), then times,
interleaved and best of ``--repeat`` (wall clock, warm cache):

* **floor** — one bare SQL aggregate over the same tables: per account the touchpoint
  count, the last touch date and the sum of revenue (GROUP BY over the covering indexes,
  rows fetched into Python). No engine can read the facts for less.
* **pass** — the full scoring + suggestions pass: ``engine.suggestions.suggest(db, day)``,
  which brings the maintained fact summary up to date (``engine.fact_summary``), reads
  it, scores and places every account, builds every kind of suggestion, drops snoozed and
  dismissed ones and sorts the inbox. Timed in the steady state, when nothing changed
  since the last pass of the same day.
* **1 changed** — the same pass after one account's facts changed (its summary row is
  gone, as a trigger leaves it after a touchpoint is logged): what every refresh of the
  inbox costs after an action.
* **new day** — the first pass of a day: the summary holds the day before's rows; only
  the rows of the accounts whose facts entered or left a window overnight change, rolled
  forward from the facts that crossed (``engine.fact_rollover``), the other rows' tenure
  and recency are re-derived (``engine.fact_summary``), and the day's revenue ranking is
  kept (``engine.revenue_baseline``). Goal (issue 11): within 2x the floor.
* **full** — the pass after every summary row is gone (the first pass ever, or after a
  change of the settings the score components rest on): every row is recomputed from the
  tables and written.
* **facts** — ``engine.facts.load_facts`` alone (every fact read, nothing scored): the
  part of the pass that is SQL; the rest is Python.
* **scores** — ``engine.scoring.score_table`` (scores and targets, no explanations).
* **explained** — ``engine.scoring.score_all`` (every account's explanation in words).

The goal (issue 3): the pass for 100k accounts within 2x the floor.

**Encrypted leg** (issue 15): the same database encrypted with SQLCipher (a cached copy,
converted with ``encryption.convert``), opened with its password; the steady pass, the
first pass of a day and the floor are timed interleaved with the plain file's, best of
``--repeat``. Goal: the pass at the largest size within 1.3x of the plain file's.
``--cipher-page-size`` measures another SQLCipher page size (how 4096 was chosen),
``--cipher-hmac HMAC_SHA512`` SQLCipher's default page HMAC (how SHA-256 was chosen).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import URL, event, text

from circlesoftrust import encryption
from circlesoftrust.database_file import head_revision
from circlesoftrust.demo import generate_demo
from circlesoftrust.engine.facts import load_facts
from circlesoftrust.engine.scoring import score_all, score_table
from circlesoftrust.engine.suggestions import suggest
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.storage import Database, make_engine, open_database, upgrade

DAY = dt.date(2026, 6, 15)
SEED = 7
FLOOR_SQL = """
SELECT t.account_id, t.touches, t.last_touch, r.revenue
FROM (SELECT account_id, count(*) AS touches, max(occurred_on) AS last_touch
      FROM touchpoints GROUP BY account_id) AS t
LEFT JOIN (SELECT account_id, sum(amount_cents) AS revenue
           FROM revenue_entries GROUP BY account_id) AS r ON r.account_id = t.account_id
"""


def bench_dir() -> Path:
    raw = os.environ.get("CIRCLESOFTRUST_BENCH_DIR")
    path = Path(raw) if raw else Path(tempfile.gettempdir()) / "circlesoftrust-bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_database(accounts: int, *, rebuild: bool = False) -> tuple[Database, float | None]:
    """The cached demo database of ``accounts`` (built when missing); build time if built."""
    path = bench_dir() / f"demo-{accounts}-seed{SEED}-{DAY.isoformat()}-r{head_revision()}.sqlite"
    if rebuild and path.exists():
        path.unlink()
    built = None
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        older = _older_revision(path)
        if older is not None:
            # Same data, older schema: copy it and migrate the copy (seconds, not a rebuild).
            shutil.copyfile(older, partial)
            engine = make_engine(sqlite_url(partial))
            upgrade(engine)
            engine.dispose()
            db = open_database(partial)
        else:
            db = open_database(partial)
            generate_demo(db, accounts=accounts, seed=SEED, today=DAY)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        os.replace(partial, path)
        built = time.perf_counter() - started
    return open_database(path), built


BENCH_PASSWORD = "benchmark password"


def encrypted_copy(db: Database) -> Database:
    """The demo database encrypted (a cached copy per SQLCipher page size), opened."""
    assert db.path is not None
    size = encryption.CIPHER_PAGE_SIZE
    # In a folder of their own: never taken for an older revision of a plain database.
    folder = db.path.parent / "encrypted"
    folder.mkdir(exist_ok=True)
    hmac = encryption.HMAC_ALGORITHM.removeprefix("HMAC_").lower()
    path = folder / f"{db.path.stem}-p{size}-{hmac}.sqlite"
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(db.path, partial)
        key = dataclasses.replace(
            encryption.new_key(BENCH_PASSWORD), hmac=encryption.HMAC_ALGORITHM
        )
        encryption.convert(partial, None, key)
        os.replace(partial, path)
    return open_database(path, password=BENCH_PASSWORD)


def measure_encrypted(plain: Database, encrypted: Database, repeat: int) -> dict[str, float]:
    """Floor, steady pass and new-day pass on both files, interleaved; best of ``repeat``.

    Each is timed twice over: wall clock, and the process's CPU time (``cpu …``; on a
    shared machine the CPU time is what the work costs, the wall clock adds the waits for
    a core). ``conns`` counts the connections the encrypted file opened during the
    steady passes (each new one pays SQLCipher's key setup and schema read)."""
    runs: dict[str, list[float]] = {}
    opened = [0]
    event.listen(encrypted.engine, "connect", lambda *_a: opened.__setitem__(0, opened[0] + 1))
    for db in (plain, encrypted):
        floor(db)
        suggest(db, DAY)
    opened[0] = 0
    legs = [("plain", plain), ("enc", encrypted)]
    # The reads first (floor, steady pass), then the passes that rewrite every summary row:
    # their large writes would otherwise sit in the log the next read goes through.
    for _ in range(2 * repeat):
        legs.reverse()  # each file goes first every other round: drift hits both alike
        for tag, db in legs:
            best_of(runs, f"{tag} floor", functools.partial(floor, db))
            best_of(runs, f"{tag} pass", functools.partial(suggest, db, DAY))
    runs["conns"] = [float(opened[0])]
    for _ in range(repeat):
        legs.reverse()
        for tag, db in legs:
            forget(db, "all")
            best_of(runs, f"{tag} day", functools.partial(suggest, db, DAY))
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {name: min(times) for name, times in runs.items()}


def _older_revision(path: Path) -> Path | None:
    """The newest cached database of the same size, seed and day under an older schema."""
    stem = path.name.rsplit("-r", 1)[0]
    found = [p for p in path.parent.glob(f"{stem}-r*.sqlite") if p != path]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite", database=str(path))


def floor(db: Database) -> int:
    with db.engine.connect() as conn:
        return len(conn.execute(text(FLOOR_SQL)).all())


def read_facts(db: Database) -> int:
    with db.transaction() as session:
        percent = load_settings(session).previous_year_percent
        return len(load_facts(session, DAY, percent).accounts)


def best_of(runs: dict[str, list[float]], name: str, func: Callable[[], object]) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    func()
    runs.setdefault(name, []).append(time.perf_counter() - started)
    runs.setdefault(f"cpu {name}", []).append(time.process_time() - cpu)


def forget(db: Database, accounts: str) -> None:
    """Drop summary rows as the triggers would: one account's, or every row."""
    where = (
        "WHERE account_id = (SELECT min(account_id) FROM account_facts)"
        if accounts == "one"
        else ""
    )
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM account_facts {where}")


def the_day_before(db: Database) -> None:
    """The summary as the last pass of the day before DAY left it (and no ranking of DAY
    kept yet), as the first pass of DAY finds it."""
    suggest(db, DAY - dt.timedelta(days=1))
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM revenue_rankings WHERE as_of = {DAY.toordinal()}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def measure(db: Database, repeat: int) -> dict[str, float]:
    runs: dict[str, list[float]] = {}
    floor(db)  # warm the page cache
    suggest(db, DAY)  # the summary of DAY
    for _ in range(repeat):
        best_of(runs, "floor", lambda: floor(db))
        best_of(runs, "pass", lambda: suggest(db, DAY))
        forget(db, "one")
        best_of(runs, "one", lambda: suggest(db, DAY))
        the_day_before(db)
        best_of(runs, "day", lambda: suggest(db, DAY))
        forget(db, "all")
        best_of(runs, "full", lambda: suggest(db, DAY))
        best_of(runs, "facts", lambda: read_facts(db))
        best_of(runs, "scores", lambda: score_table(db, DAY))
        best_of(runs, "explained", lambda: score_all(db, DAY))
    return {name: min(times) for name, times in runs.items()}


def counts(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        accounts = conn.execute(text("SELECT count(*) FROM accounts")).scalar_one()
        touches = conn.execute(text("SELECT count(*) FROM touchpoints")).scalar_one()
    return int(accounts), int(touches), len(suggest(db, DAY))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="regenerate cached databases")
    parser.add_argument("--no-encrypted", action="store_true", help="skip the encrypted leg")
    parser.add_argument(
        "--encrypted-only", action="store_true", help="only the encrypted leg's table"
    )
    parser.add_argument(
        "--cipher-page-size", type=int, metavar="N", help="SQLCipher page size to measure"
    )
    parser.add_argument(
        "--cipher-hmac",
        choices=["HMAC_SHA256", "HMAC_SHA512"],
        help="SQLCipher page HMAC to measure (files of the other one still open)",
    )
    args = parser.parse_args(argv)
    if args.cipher_hmac:
        encryption.HMAC_ALGORITHM = args.cipher_hmac
    if args.cipher_page_size:
        encryption.CIPHER_PAGE_SIZE = args.cipher_page_size
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    if args.encrypted_only:
        _encrypted_leg(sizes, args.repeat)
        return 0
    print(f"demo databases in {bench_dir()} (history ending {DAY}); best of {args.repeat}\n")
    header = (
        f"{'accounts':>9} {'touchpoints':>12} {'suggestions':>11} {'floor s':>8} "
        f"{'pass s':>7} {'pass/floor':>10} {'1 changed s':>11} {'new day s':>9} "
        f"{'day/floor':>9} {'full s':>7} {'facts s':>7} {'scores s':>8} {'explained s':>11}"
    )
    print(header)
    print("-" * len(header))
    results = []
    for size in sizes:
        db, built = demo_database(size, rebuild=args.rebuild)
        try:
            accounts, touches, found = counts(db)
            t = measure(db, args.repeat)
        finally:
            db.close()
        results.append((size, t))
        cpu = {k[4:]: v for k, v in t.items() if k.startswith("cpu ")}
        print(
            f"{accounts:>9,} {touches:>12,} {found:>11,} {t['floor']:>8.3f} {t['pass']:>7.3f} "
            f"{t['pass'] / t['floor']:>9.2f}x {t['one']:>11.3f} {t['day']:>9.3f} "
            f"{t['day'] / t['floor']:>8.2f}x {t['full']:>7.3f} {t['facts']:>7.3f} "
            f"{t['scores']:>8.3f} "
            f"{t['explained']:>11.3f}" + (f"   (built in {built:.0f} s)" if built else "")
        )
        # CPU time of this process (SQLite runs in it): steadier than the wall clock on a
        # shared, loaded machine.
        print(
            f"{'(cpu)':>9} {'':>12} {'':>11} {cpu['floor']:>8.3f} {cpu['pass']:>7.3f} "
            f"{cpu['pass'] / cpu['floor']:>9.2f}x {cpu['one']:>11.3f} {cpu['day']:>9.3f} "
            f"{cpu['day'] / cpu['floor']:>8.2f}x {cpu['full']:>7.3f}"
        )
    largest, t = results[-1]
    verdict = "met" if t["pass"] <= 2 * t["floor"] else "NOT met"
    day_verdict = "met" if t["day"] <= 2 * t["floor"] else "NOT met"
    print(
        f"\ngoal: pass within 2x floor at {largest:,} accounts: {verdict} "
        f"({t['pass'] / t['floor']:.2f}x; after one change {t['one'] / t['floor']:.2f}x)"
        f"\ngoal: first pass of a day within 2x floor: {day_verdict} "
        f"({t['day'] / t['floor']:.2f}x; full recompute {t['full'] / t['floor']:.2f}x)"
    )
    if not args.no_encrypted:
        _encrypted_leg(sizes, args.repeat)
    return 0


def _encrypted_leg(sizes: list[int], repeat: int) -> None:
    print(
        f"\nencrypted leg (SQLCipher 4, page size {encryption.CIPHER_PAGE_SIZE}, "
        f"{encryption.HMAC_ALGORITHM}, raw key): "
        f"the same databases, interleaved, best of {repeat}"
    )
    header = (
        f"{'accounts':>9} {'floor s':>8} {'enc floor s':>11} {'pass s':>7} {'enc pass s':>10} "
        f"{'enc/plain':>9} {'CPU pass':>8} {'CPU enc':>7} {'CPU e/p':>7} {'conns':>5} "
        f"{'new day s':>9} {'enc day s':>9} {'enc/plain':>9}"
    )
    print(header)
    print("-" * len(header))
    ratio = 0.0
    largest = 0
    for size in sizes:
        plain, _built = demo_database(size)
        encrypted = encrypted_copy(plain)
        try:
            t = measure_encrypted(plain, encrypted, repeat)
        finally:
            plain.close()
            encrypted.close()
        ratio, largest = t["enc pass"] / t["plain pass"], size
        cpu_ratio = t["cpu enc pass"] / t["cpu plain pass"]
        print(
            f"{size:>9,} {t['plain floor']:>8.3f} {t['enc floor']:>11.3f} "
            f"{t['plain pass']:>7.3f} {t['enc pass']:>10.3f} {ratio:>8.2f}x "
            f"{t['cpu plain pass']:>8.3f} {t['cpu enc pass']:>7.3f} {cpu_ratio:>6.2f}x "
            f"{t['conns']:>5.0f} {t['plain day']:>9.3f} {t['enc day']:>9.3f} "
            f"{t['enc day'] / t['plain day']:>8.2f}x"
        )
    verdict = "met" if ratio <= 1.3 else "NOT met"
    print(
        f"\ngoal: encrypted pass within 1.3x of plain at {largest:,} accounts: {verdict} "
        f"({ratio:.2f}x wall clock, {cpu_ratio:.2f}x CPU time; page cache of an encrypted "
        f"connection {encryption.ENCRYPTED_CACHE_MIB} MiB; peak memory of this process "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB; load average "
        f"{os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
