"""Import speed: a 50,000-card vCard file and a 100,000-row CSV, generated on the fly.

For each file: rows per second end to end (read the file, decide, write, commit), the
time of each step, and the write step against a bare DB-API ``executemany`` of the same
rows into an identical empty database, measured in the same run. Goals (issue 5): the
write step within 3x the bare executemany; the whole 100k-row CSV import under 5 s.

    .venv/bin/python -m benchmarks.bench_import [--cards 50000] [--rows 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.io.import_plan import ImportPlan, build_plan
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.importer import _make_backup, _write
from circlesoftrust.storage import Database, open_database

T = TypeVar("T")

_FIRST = [
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Eva",
    "Felix",
    "Greta",
    "Hannah",
    "Ivan",
    "Julia",
    "Karl",
    "Lena",
    "Marco",
    "Zoë",
]
_LAST = [
    "Schmidt",
    "Meyer",
    "Okafor",
    "Rossi",
    "Nguyen",
    "Larsen",
    "Novak",
    "García",
    "Kowalski",
    "Fischer",
    "Dubois",
]
_ORG_WORDS = [
    "Alder",
    "Brightline",
    "Cobalt",
    "Dunmore",
    "Elm",
    "Fjord",
    "Granite",
    "Harbour",
    "Iris",
    "Juniper",
]
_TITLES = ("CEO", "Head of Purchasing", "Office Manager", "CFO", "Engineer", "Champion", "")


@dataclass(frozen=True)
class Person:
    name: str
    org: str
    title: str
    email: str
    phone: str
    note: str


def people(n: int, seed: int) -> Iterator[Person]:
    """``n`` distinct people in organisations of about ten."""
    rng = random.Random(seed)
    for i in range(n):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        org_no = i // 10
        org = f"{_ORG_WORDS[org_no % len(_ORG_WORDS)]} {org_no} Ltd"
        yield Person(
            name=f"{first} {last} {i}",
            org=org,
            title=rng.choice(_TITLES),
            email=f"{first.lower()}.{i}@org{org_no}.example",
            phone=f"+49 30 {rng.randint(1_000_000, 9_999_999)}",
            note="met at the trade fair" if i % 7 == 0 else "",
        )


def write_vcard(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        for p in people(n, 1):
            family, given = p.name.rsplit(" ", 1)[0].split(" ", 1)[::-1][0], p.name.split()[0]
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:{p.name}\r\nN:{family};{given};;;\r\nORG:{p.org}\r\n"
                + (f"TITLE:{p.title}\r\n" if p.title else "")
                + f"EMAIL;TYPE=INTERNET,WORK:{p.email}\r\nTEL;TYPE=WORK,VOICE:{p.phone}\r\n"
                + (f"NOTE:{p.note}\r\n" if p.note else "")
                + "END:VCARD\r\n"
            )


def write_csv(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Name,Company,Job title,Email,Phone,Notes\r\n")
        for p in people(n, 2):
            out.write(f"{p.name},{p.org},{p.title},{p.email},{p.phone},{p.note}\r\n")


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def bare_executemany(db_path: Path, plan: ImportPlan) -> float:
    """The same account and contact rows, straight through sqlite3's executemany."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    ring_id = conn.execute("SELECT id FROM rings ORDER BY position DESC LIMIT 1").fetchone()[0]
    now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    orgs = [o for o in plan._orgs if o.id is None]
    people_rows = [p for p in plan._people if p.id is None]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO accounts (id, name, industry, website, notes, ring_id, pinned, "
        "journey_phase, needs_review, created_at) VALUES (?, ?, ?, ?, '', ?, 0, 'discovery', ?, ?)",
        [(i, o.name, o.industry, o.website, ring_id, o.needs_review, now)
         for i, o in enumerate(orgs, start=1)],
    )  # fmt: skip
    ids = {o.key: i for i, o in enumerate(orgs, start=1)}
    conn.executemany(
        "INSERT INTO contacts (account_id, name, role, title, email, phone, notes, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(ids[p.account_key], p.name, p.role.value, p.title, p.email, p.phone, p.notes, now)
         for p in people_rows],
    )  # fmt: skip
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


@dataclass(frozen=True)
class Row:
    what: str
    rows: int
    read_s: float
    plan_s: float
    write_s: float
    total_s: float
    cpu_s: float
    bare_s: float


def bench(kind: str, path: Path, folder: Path) -> Row:
    db: Database = open_database(folder / f"{kind}.sqlite")
    bare_db = open_database(folder / f"{kind}-bare.sqlite")
    bare_db.close()
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        parsed, read_s = timed(lambda: read_import_file(path))
        # import_contacts' steps, timed one by one: decide inside the write transaction,
        # back up (SQLite), write with bulk inserts, commit.
        with gc_paused(), db.transaction() as session:
            conn = session.connection()
            plan, plan_s = timed(lambda: build_plan(conn, parsed, path.name))
            _make_backup(db)
            _, write_s = timed(lambda: _write(conn, plan))
            commit_start = time.perf_counter()
        write_s += time.perf_counter() - commit_start  # the commit belongs to the write
        total_s = time.perf_counter() - started
        cpu_s = time.process_time() - cpu_started
        bare_s = bare_executemany(folder / f"{kind}-bare.sqlite", plan)
        assert plan.created == len(parsed.records), (plan.created, len(parsed.records))
        return Row(kind, len(parsed.records), read_s, plan_s, write_s, total_s, cpu_s, bare_s)
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vcf, csv_file = folder / "contacts.vcf", folder / "contacts.csv"
        write_vcard(vcf, args.cards)
        write_csv(csv_file, args.rows)
        results = [
            bench(f"vCard {args.cards:,} cards", vcf, folder),
            bench(f"CSV {args.rows:,} rows", csv_file, folder),
        ]
    print()
    head = (
        f"{'file':<22}{'rows':>9}{'read s':>8}{'plan s':>8}{'write s':>9}{'bare s':>8}"
        f"{'write/bare':>11}{'total s':>9}{'cpu s':>7}{'rows/s':>10}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        print(
            f"{r.what:<22}{r.rows:>9,}{r.read_s:>8.2f}{r.plan_s:>8.2f}{r.write_s:>9.2f}"
            f"{r.bare_s:>8.2f}{r.write_s / r.bare_s:>10.1f}x{r.total_s:>9.2f}{r.cpu_s:>7.2f}"
            f"{r.rows / r.total_s:>10,.0f}"
        )
    print(
        "\ntotal = read + plan + write, wall clock; cpu = this process's CPU time for it."
        "\nwrite = new accounts, their ring history and the contacts through bulk_insert "
        "(executemany), then commit;\nbare = the same account and contact rows through "
        "sqlite3 executemany into an identical empty database, then commit."
    )


if __name__ == "__main__":
    main()
