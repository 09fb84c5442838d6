"""Run every benchmark in turn (`make bench`); each prints its own table.

Each benchmark measures its floor or baseline in the same run, so the ratios stay
meaningful on a shared, noisy machine; absolute seconds are for orientation only.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = (
    "benchmarks.bench_engine",
    "benchmarks.bench_hostile_imports",
    "benchmarks.bench_import",
    "benchmarks.bench_startup",
    "benchmarks.bench_ui",
    "benchmarks.bench_window",
    "benchmarks.bench_overview",
    "benchmarks.bench_capture",
    "benchmarks.bench_duplicates",
    "benchmarks.bench_ring_undo",
)


def main() -> int:
    failed = []
    for module in BENCHMARKS:
        print(f"\n=== {module} ===", flush=True)
        # A process each: start-up figures must not inherit imports from the others.
        if subprocess.call([sys.executable, "-m", module]) != 0:
            failed.append(module)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
