"""The last pass kept between sessions: read back as written, and ignored when unusable."""

from __future__ import annotations

import datetime as dt
import gzip
import sys

from circlesoftrust import last_pass
from circlesoftrust.engine.analysis import analyse
from circlesoftrust.engine.suggestion_types import next_actions
from circlesoftrust.storage import Database


def test_a_kept_pass_comes_back_as_it_was_found(demo_db: Database) -> None:
    found = analyse(demo_db)
    scores = {i: float(row[0]) for i, row in found.scores.items()}
    actions = last_pass.compact(next_actions(found.suggestions))
    location = demo_db.display_name()
    assert last_pass.save(location, found.day, scores, actions)

    kept = last_pass.load(location)
    assert kept is not None and kept.day == found.day
    assert kept.scores == {i: round(s, 2) for i, s in scores.items()}
    assert kept.next_actions == actions  # the same kinds, urgency, due days and reasons
    assert last_pass.load(location + "-another") is None


def test_a_damaged_or_foreign_file_is_ignored(demo_db: Database) -> None:
    location = demo_db.display_name()
    path = last_pass.cache_file(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x1f\x8b not really gzip")
    assert last_pass.load(location) is None
    head = '{"format": 4, "location": "%s", "day": "2026-01-01", "byteorder": "%s"}\n'
    path.write_bytes(gzip.compress((head % ("elsewhere", sys.byteorder)).encode()))
    assert last_pass.load(location) is None
    scores = '{"ids": "AQAAAAAAAAA=", "scores": "AAAAAAAASUA="}\n'  # account 1: 50.0
    whole = head % (location, sys.byteorder) + scores
    path.write_bytes(gzip.compress(whole.encode()))
    kept = last_pass.load(location)
    assert kept is not None and kept.scores == {1: 50.0}  # (the file as it should be)
    path.write_bytes(gzip.compress((whole + '[["too", "short"]]\n').encode()))
    assert last_pass.load(location) is None
    path.write_bytes(gzip.compress((whole[: len(whole) - 20] + "\n").encode()))  # cut off
    assert last_pass.load(location) is None
    older = '{"format": 1, "location": "%s", "day": "2026-01-01", "scores": [[1, 50]], "next": []}'
    path.write_bytes(gzip.compress((older % location).encode()))
    assert last_pass.load(location) is None
    whole_suggestions = whole.replace('"format": 4', '"format": 2')  # (format 2 kept them whole)
    path.write_bytes(gzip.compress(whole_suggestions.encode()))
    assert last_pass.load(location) is None


def test_a_big_kept_pass_is_read_a_chunk_at_a_time(demo_db: Database) -> None:
    found = analyse(demo_db)
    actions = last_pass.compact(next_actions(found.suggestions))
    many = dict(enumerate(list(actions.values()) * 200))
    location = demo_db.display_name()
    assert last_pass.save(location, found.day, {i: 1.0 for i in many}, many)
    with gzip.open(last_pass.cache_file(location), "rt") as text:
        lines = text.read().splitlines()
    assert len(lines) == 2 + -(-len(many) // last_pass.CHUNK)  # header, scores, chunks
    kept = last_pass.load(location)
    assert kept is not None and kept.next_actions == many


def test_a_cache_folder_that_refuses_costs_only_the_head_start(
    demo_db: Database, monkeypatch
) -> None:
    monkeypatch.setattr(last_pass, "cache_file", lambda _loc: demo_db.path.parent / "x" / "y")
    (demo_db.path.parent / "x").write_text("a file where the folder should be")
    assert not last_pass.save(demo_db.display_name(), dt.date(2026, 6, 15), {1: 50.0}, {})
