"""Issue 12, point 6: hostile imports cost memory and time in proportion to their size.

Speed is measured in benchmarks/bench_hostile_imports.py (a floor from the same run);
here: the memory of a vCard line with thousands of parameters, and that one person's
many rows still merge into the right notes.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from circlesoftrust.io.import_plan import build_plan
from circlesoftrust.io.import_source import read_import_file
from circlesoftrust.io.vcard_reader import read_vcard
from circlesoftrust.storage import Database

MIB = 1024 * 1024


def test_a_line_of_endless_parameters_costs_a_few_bytes_per_byte() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEMAIL"
        + b";a=b" * (MIB // 4)
        + b":ann@example.org\r\nEND:VCARD\r\n"
    )
    tracemalloc.start()
    try:
        result = read_vcard(data, source="hostile.vcf")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(data)  # it was ~390 bytes per input byte
    assert [r.name for r in result.records] == ["Ann"]
    assert any("unreadable line" in issue.message for issue in result.issues)


def test_many_rows_of_one_person_merge_each_phone_once(db: Database, tmp_path: Path) -> None:
    rows = ["Name,Email,Phone,Company"]
    rows += [f"Same Person,same@example.org,+49 30 {i % 50:07d},Acme" for i in range(400)]
    (tmp_path / "same.csv").write_text("\n".join(rows) + "\n")
    parsed = read_import_file(tmp_path / "same.csv")
    with db.engine.connect() as conn:
        plan = build_plan(conn, parsed, "same.csv")
    (person,) = [p for p in plan._people if p.name == "Same Person"]
    others = [line for line in person.notes.splitlines() if line.startswith("Other phone:")]
    assert len(others) == 49 and len(set(others)) == 49
    assert person.phone == "+49 30 0000000"
