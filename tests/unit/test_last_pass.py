"""The last pass kept between sessions: read back as written, and ignored when unusable."""

from __future__ import annotations

import datetime as dt
import gzip

from circlesoftrust import last_pass
from circlesoftrust.engine.analysis import analyse
from circlesoftrust.engine.suggestion_types import next_actions
from circlesoftrust.storage import Database


def test_a_kept_pass_comes_back_as_it_was_found(demo_db: Database) -> None:
    found = analyse(demo_db)
    scores = {i: float(row[0]) for i, row in found.scores.items()}
    actions = next_actions(found.suggestions)
    location = demo_db.display_name()
    assert last_pass.save(location, found.day, scores, actions)

    kept = last_pass.load(location)
    assert kept is not None and kept.day == found.day
    assert kept.scores == {i: round(s, 2) for i, s in scores.items()}
    assert kept.next_actions == actions  # the same suggestions, dates and perk ids included
    assert last_pass.load(location + "-another") is None


def test_a_damaged_or_foreign_file_is_ignored(demo_db: Database) -> None:
    location = demo_db.display_name()
    path = last_pass.cache_file(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x1f\x8b not really gzip")
    assert last_pass.load(location) is None
    path.write_bytes(gzip.compress(b'{"format": 1, "location": "elsewhere", "day": "2026-01-01"}'))
    assert last_pass.load(location) is None
    path.write_bytes(
        gzip.compress(
            b'{"format": 1, "location": "%s", "day": "2026-01-01", "scores": [[1, 50]], '
            b'"next": [["too", "short"]]}' % location.encode()
        )
    )
    assert last_pass.load(location) is None


def test_a_cache_folder_that_refuses_costs_only_the_head_start(
    demo_db: Database, monkeypatch
) -> None:
    monkeypatch.setattr(last_pass, "cache_file", lambda _loc: demo_db.path.parent / "x" / "y")
    (demo_db.path.parent / "x").write_text("a file where the folder should be")
    assert not last_pass.save(demo_db.display_name(), dt.date(2026, 6, 15), {1: 50.0}, {})
