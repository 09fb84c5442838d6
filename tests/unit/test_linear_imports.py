"""Issue 12, point 6: hostile imports cost memory and time in proportion to their size.

Speed is measured in benchmarks/bench_hostile_imports.py (a floor from the same run);
here: the memory of a vCard line with thousands of parameters, and that one person's
many rows still merge into the right notes.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

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


def test_people_of_one_big_company_are_compared_with_their_likely_namesakes_only(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The duplicate matcher compared each imported person with every person already
    planned for the same account (one university, 10,000 staff: 50 million comparisons,
    hours at 100,000 rows). Counted, not timed: the names parsed for the comparisons."""
    from circlesoftrust.duplicates import keys

    rows = ["Name,Email,Phone,Company"]
    rows += [f"Person {i} Example{i},p{i}@acme.example,+49 30 {i:07d},Acme" for i in range(1000)]
    (tmp_path / "staff.csv").write_text("\n".join(rows) + "\n")
    parsed = read_import_file(tmp_path / "staff.csv")
    calls = 0
    real = keys.name_key

    def counted(name: str) -> keys.NameKey:
        nonlocal calls
        calls += 1
        return real(name)

    monkeypatch.setattr(keys, "name_key", counted)
    with db.engine.connect() as conn:
        plan = build_plan(conn, parsed, "staff.csv")
    assert len(plan._people) == 1000
    assert calls < 20 * 1000, calls  # it was about 1000 * 1000 / 2


def test_one_persons_many_phones_are_each_parsed_a_few_times(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each new row's phone was compared, parsed, with every number noted before it (the
    "in another format" check): quadratic again. Counted, not timed."""
    from circlesoftrust.duplicates import keys

    rows = ["Name,Email,Phone,Company"]
    rows += [f"Same Person,same@example.org,+49 30 {i:07d},Acme" for i in range(1000)]
    (tmp_path / "same.csv").write_text("\n".join(rows) + "\n")
    parsed = read_import_file(tmp_path / "same.csv")
    calls = 0
    real = keys.phone_key

    def counted(phone: str | None, region: str | None = None) -> str | None:
        nonlocal calls
        calls += 1
        return real(phone, region)

    monkeypatch.setattr(keys, "phone_key", counted)
    with db.engine.connect() as conn:
        plan = build_plan(conn, parsed, "same.csv")
    (person,) = [p for p in plan._people if p.name == "Same Person"]
    assert len([x for x in person.notes.splitlines() if x.startswith("Other phone:")]) == 999
    assert calls < 20 * 1000, calls
