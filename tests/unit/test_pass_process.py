"""Today's engine pass in a child process (circlesoftrust.pass_process): the window's
interpreter is never held by it, and it finds exactly what the pass finds in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from circlesoftrust import i18n, last_pass, pass_process
from circlesoftrust.engine.scoring import score_account
from circlesoftrust.engine.suggestions import suggest
from circlesoftrust.services.accounts import list_account_names
from circlesoftrust.storage import Database, open_database
from tests.conftest import DEMO_DAY, TEST_PASSWORD


@pytest.mark.pg
def test_the_child_process_finds_what_the_pass_finds_in_process(demo_db: Database) -> None:
    # (on PostgreSQL the URL with its password reaches the child through a pipe)
    assert pass_process.can_run_in_child(demo_db)
    child = pass_process.run_in_child(demo_db, DEMO_DAY, inbox=True)
    here = pass_process.compute(demo_db, DEMO_DAY, inbox=True)
    assert child.day == here.day == DEMO_DAY
    assert child.score_map() == here.score_map() and len(child.ids) == 60
    assert list(child.targets) == list(here.targets)
    assert child.next_actions == here.next_actions and child.next_actions
    assert child.inbox == here.inbox and child.inbox
    assert child.ranking == here.ranking


def test_the_child_keeps_the_pass_for_the_next_start_without_the_inbox(
    demo_db: Database,
) -> None:
    location = demo_db.display_name()
    assert last_pass.load(location) is None
    found = pass_process.run_in_child(demo_db, DEMO_DAY, keep_as=location)
    assert found.inbox is None
    kept = last_pass.load(location)
    assert kept is not None and kept.day == DEMO_DAY
    assert kept.scores == pytest.approx(found.score_map(), abs=0.01)
    assert kept.next_actions == found.next_actions


def test_the_pass_speaks_the_language_of_the_window(demo_db: Database) -> None:
    english = pass_process.run_in_child(demo_db, DEMO_DAY)
    i18n.set_language("nl")
    dutch = pass_process.run_in_child(demo_db, DEMO_DAY)
    assert dutch.next_actions.keys() == english.next_actions.keys()
    assert {s.reason for s in dutch.next_actions.values()} != {
        s.reason for s in english.next_actions.values()
    }
    assert dutch.next_actions == pass_process.compute(demo_db, DEMO_DAY).next_actions


def test_an_error_in_the_child_is_raised_in_the_parent(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "language", lambda: "xx")  # a language the child refuses
    with pytest.raises(ValueError, match="xx"):
        pass_process.run_in_child(demo_db, DEMO_DAY)


def test_a_cancelled_pass_ends_its_child(demo_db: Database) -> None:
    with pytest.raises(pass_process.PassCancelled):
        pass_process.run_in_child(demo_db, DEMO_DAY, cancelled=lambda: True)


def test_an_encrypted_file_is_passed_in_this_process(
    encrypted_template: Path, tmp_path: Path
) -> None:
    # Its key would have to leave the process: the window passes it in a thread instead.
    path = tmp_path / "secret.sqlite"
    shutil.copyfile(encrypted_template, path)
    db = open_database(path, password=TEST_PASSWORD)
    try:
        assert db.encrypted and not pass_process.can_run_in_child(db)
        with pytest.raises(ValueError):
            pass_process.run_in_child(db, DEMO_DAY)
    finally:
        db.close()


@pytest.mark.pg
def test_rescoring_an_account_alone_gives_what_its_own_reads_give(demo_db: Database) -> None:
    whole = pass_process.compute(demo_db, DEMO_DAY)
    ids = sorted(r.id for r in list_account_names(demo_db))[:5]
    found = pass_process.rescore_accounts(demo_db, ids, DEMO_DAY, whole.ranking)
    assert sorted(found) == ids
    for account_id in ids:
        assert found[account_id].score == score_account(demo_db, account_id, DEMO_DAY)
        assert found[account_id].suggestions == suggest(demo_db, DEMO_DAY, account=account_id)
        assert found[account_id].score.score == pytest.approx(whole.score_map()[account_id])
