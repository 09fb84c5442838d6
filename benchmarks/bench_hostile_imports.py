"""Hostile imports stay linear (issue 12, point 6): a table with a floor from the same run.

1. Rows that share one e-mail with different phones (one person, thousands of rows):
   the planning time per row at N and at 10 N. Floor: the same number of rows with
   distinct people, planned in the same run. Linear means the per-row cost stays flat
   (ratio 10N/N near 1; quadratic would be near 10).
2. A vCard with one ``EMAIL;a=b;a=b;...`` line: peak memory per input byte at 1 MB and
   10 MB. Floor: the peak of reading an ordinary card file of the same size. Linear
   means a constant number of bytes per input byte (it was ~390).

    .venv/bin/python -m benchmarks.bench_hostile_imports [--rows 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from circlesoftrust.io.import_plan import build_plan
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.vcard_reader import read_vcard
from circlesoftrust.storage import open_database


def _csv(path: Path, rows: int, *, same_person: bool) -> Path:
    lines = ["Name,Email,Phone,Company"]
    for i in range(rows):
        who = ("Same Person", "same@example.org") if same_person else (f"P {i}", f"p{i}@x.org")
        lines.append(f"{who[0]},{who[1]},+49 30 {i:07d},Acme")
    path.write_text("\n".join(lines) + "\n")
    return path


def _plan_seconds(folder: Path, rows: int, *, same_person: bool) -> tuple[float, float]:
    """Wall and CPU seconds of planning the import (CPU: the machine may be shared)."""
    parsed = read_import_file(
        _csv(folder / f"{rows}-{same_person}.csv", rows, same_person=same_person)
    )
    db = open_database(folder / f"{rows}-{same_person}.sqlite")
    try:
        with db.engine.connect() as conn:
            start, cpu = time.perf_counter(), time.process_time()
            build_plan(conn, parsed, "bench")
            return time.perf_counter() - start, time.process_time() - cpu
    finally:
        db.close()


def _peak_bytes(data: bytes) -> int:
    tracemalloc.start()
    try:
        read_vcard(data, source="bench.vcf")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _hostile_card(size: int) -> bytes:
    head = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEMAIL"
    return head + b";a=b" * (size // 4) + b":ann@example.org\r\nEND:VCARD\r\n"


def _ordinary_cards(size: int) -> bytes:
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nEMAIL:ann@example.org\r\nEND:VCARD\r\n"
    return card * (size // len(card))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    n = args.rows
    print("| case | at N | at 10 N | per-unit ratio 10N/N | floor (same run) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        same = [_plan_seconds(folder, k, same_person=True) for k in (n, 10 * n)]
        floor = [_plan_seconds(folder, k, same_person=False) for k in (n, 10 * n)]
    (same_n, same_n_cpu), (same_10n, same_10n_cpu) = same
    (floor_n, floor_n_cpu), (floor_10n, floor_10n_cpu) = floor
    print(
        f"| {n:,} / {10 * n:,} rows, one e-mail, other phones: plan (wall, CPU) | "
        f"{same_n:.2f} s, {same_n_cpu:.2f} s | {same_10n:.2f} s, {same_10n_cpu:.2f} s | "
        f"{same_10n_cpu / same_n_cpu / 10:.2f} (CPU) | distinct people: {floor_n_cpu:.2f} s / "
        f"{floor_10n_cpu:.2f} s CPU ({floor_n:.2f} / {floor_10n:.2f} s wall), ratio "
        f"{floor_10n_cpu / floor_n_cpu / 10:.2f} |"
    )
    mib = 1024 * 1024
    peaks = [_peak_bytes(_hostile_card(k * mib)) for k in (1, 10)]
    floors = [_peak_bytes(_ordinary_cards(k * mib)) for k in (1, 10)]
    print(
        f"| 1 / 10 MiB vCard, one EMAIL;a=b;... line: peak memory | "
        f"{peaks[0] / mib:.1f} MiB ({peaks[0] / mib:.1f} B/B) | {peaks[1] / mib:.1f} MiB "
        f"({peaks[1] / (10 * mib):.1f} B/B) | {peaks[1] / peaks[0] / 10:.2f} | ordinary cards: "
        f"{floors[0] / mib:.1f} / {floors[1] / mib:.1f} MiB |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
