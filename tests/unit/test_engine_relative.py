"""Relative moves (issue 11, point 9): the revenue component ranks accounts against each
other, so scores move when others change. The explanation says so, and the inbox raises
no move that only other accounts' revenue caused by under one point. Scenarios through
the services the user's commands call."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from circlesoftrust import formats
from circlesoftrust.engine import analysis, facts, scoring
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine_settings import update_settings
from circlesoftrust.pass_process import rescore_accounts
from circlesoftrust.services import accounts, activity
from circlesoftrust.storage import Database, open_database
from tests.unit.test_engine_support import D, Scenario

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set

YESTERDAY = D - dt.timedelta(days=1)


def revenue(result: scoring.AccountScore) -> scoring.ScoreComponent:
    return next(c for c in result.components if c.name == "revenue")


def promotes(db: Database, aid: int) -> bool:
    return any(s.kind == "promote" and s.account_id == aid for s in sg.suggest(db, D))


def market(db: Database, scale: int = 1) -> tuple[Scenario, int]:
    """Sixty leads without revenue, four customers, and the account under watch: a new
    client one step below Loyal customers. ``scale`` multiplies every amount."""
    s = Scenario(db)
    for n in range(60):
        s.account(f"Lead {n}", 3)
    for n in range(4):
        s.steady_customer(f"Big {n}", 0, amount=200_000 * scale)
    watched = s.account("Watched", 2, entered_days_ago=500)
    who = s.contact(watched, "Wanda")
    s.revenue(watched, 15_000 * scale, 400)
    s.revenue(watched, 15_000 * scale, 200, kind="renewal")
    s.touches(watched, list(range(5, 360, 20)), contact=who)
    s.feedback(watched, 9, 30, who)
    return s, watched


def edge_of_promotion(db: Database, aid: int, gap: float) -> float:
    """Hysteresis set so that a promotion needs ``gap`` points more than the score today."""
    score = scoring.score_account(db, aid, on=D).score
    update_settings(db, {"hysteresis_points": round(score + gap - 50, 2)})  # Loyal: 50
    return score


def test_an_import_moves_scores_and_the_explanation_says_why(db: Database) -> None:
    _, watched = market(db)
    sg.suggest(db, YESTERDAY)  # the first pass of that day keeps its ranking
    before = scoring.score_account(db, watched, on=D)
    assert "other accounts' revenue" not in revenue(before).explanation
    for n in range(4):
        accounts.create_account(db, f"Imported {n}")
    after = scoring.score_account(db, watched, on=D)
    assert after.score > before.score
    moved = after.score - before.score
    words = revenue(after).explanation
    # In whole points and the app's date format, as every score (issue 18.5).
    said = "points" if moved >= 0.5 else "under one point"
    assert f"{said} since {formats.date(YESTERDAY)}: other accounts' revenue changed" in words
    # Every path says the same.
    looked = analysis.analyse(db, D).explain(watched)
    assert looked is not None and revenue(looked).explanation == words
    assert scoring.score_all(db, D)[watched].components == after.components
    assert 0 < moved < 1


def test_a_move_of_under_one_point_caused_by_others_is_not_suggested(
    db: Database, scale: int = 1
) -> None:
    """(``scale``: see tests/unit/test_engine_big_revenue.py.)"""
    _, watched = market(db, scale)
    sg.suggest(db, YESTERDAY)
    edge_of_promotion(db, watched, 0.1)
    assert not promotes(db, watched)
    for n in range(4):
        accounts.create_account(db, f"Imported {n}")
    result = scoring.score_account(db, watched, on=D)
    assert result.target_ring_position == 1  # the score alone now reaches Loyal customers
    assert not promotes(db, watched)  # ... but only others moved it, by under one point


def test_its_own_facts_still_move_it(db: Database) -> None:
    _, watched = market(db)
    sg.suggest(db, YESTERDAY)
    edge_of_promotion(db, watched, 0.1)
    activity.record_revenue(db, watched, 500, kind="upsell", on=D)
    assert promotes(db, watched)


def test_a_bigger_relative_move_is_suggested(db: Database) -> None:
    _, watched = market(db)
    sg.suggest(db, YESTERDAY)
    edge_of_promotion(db, watched, 0.1)
    for n in range(60):
        accounts.create_account(db, f"Imported {n}")
    assert promotes(db, watched)
    words = revenue(scoring.score_account(db, watched, on=D)).explanation
    assert "other accounts' revenue changed, its own did not" in words


def test_without_a_baseline_nothing_changes(db: Database) -> None:
    _, watched = market(db)
    edge_of_promotion(db, watched, 0.1)
    for n in range(4):
        accounts.create_account(db, f"Imported {n}")
    assert promotes(db, watched)  # no earlier ranking kept: nothing to compare with
    assert "other accounts'" not in revenue(scoring.score_account(db, watched, on=D)).explanation


def read_alone_and_whole(db: Database, aid: int) -> str:
    """The account read again alone (as the window does after a logged change), compared
    with a whole pass of the same moment; its revenue words."""
    alone = rescore_accounts(db, [aid], D, None)[aid]
    whole = analysis.analyse(db, D)
    assert alone.score is not None
    assert alone.score == whole.explain(aid)
    assert alone.suggestions == sg.suggest(db, D, account=aid)
    return revenue(alone.score).explanation


def test_a_rescore_after_a_purchase_that_moves_a_rank_gives_what_a_whole_pass_gives(
    db: Database,
) -> None:
    s, watched = market(db)
    rival = s.steady_customer("Rival", 2, amount=40_000)
    sg.suggest(db, YESTERDAY)  # the first pass of that day keeps its ranking
    assert "rank 6 of 6 paying accounts" in read_alone_and_whole(db, watched)
    # Its own purchase moves it to the top: the rank it is read with is the new one.
    activity.record_revenue(db, watched, 900_000, kind="upsell", on=D)
    words = read_alone_and_whole(db, watched)
    assert "rank 1 of 6 paying accounts" in words
    assert "other accounts' revenue" not in words  # its own revenue changed
    # A newcomer's purchase moves the rival down a rank, its own revenue unchanged: read
    # again against the same baseline day, it says others moved it, as a whole pass does.
    before = read_alone_and_whole(db, rival)
    newcomer = accounts.create_account(db, "Newcomer").id
    activity.record_revenue(db, newcomer, 800_000, kind="new", on=D)
    after = read_alone_and_whole(db, rival)
    assert before != after
    assert f"since {formats.date(YESTERDAY)}: other accounts' revenue changed" in after


def test_each_database_is_read_against_its_own_baseline(
    db: Database, sqlite_template: Path, tmp_path: Path
) -> None:
    """The baseline kept between reads (engine.facts) is the one of the file read: two
    businesses with the same baseline day and account count but other revenue, read in
    turn, each explained as when it is read first."""
    shutil.copyfile(sqlite_template, tmp_path / "other.sqlite")
    other = open_database(tmp_path / "other.sqlite")
    try:
        reads: list[tuple[Database, int]] = []
        for business, amount in ((db, 200_000), (other, 20_000)):
            s = Scenario(business)
            for n in range(4):
                s.steady_customer(f"Big {n}", 0, amount=amount)
            watched = s.account("Watched", 2, entered_days_ago=500)
            s.revenue(watched, 15_000, 200, kind="renewal")
            sg.suggest(business, YESTERDAY)
            for n in range(30):
                accounts.create_account(business, f"Imported {n}")
            reads.append((business, watched))
        first = []
        for business, watched in reads:
            facts._LAST_BASELINE.clear()  # nothing kept: built from this file's row
            first.append(read_alone_and_whole(business, watched))
        assert first[0] != first[1]
        assert all("other accounts' revenue changed, its own did not" in w for w in first)
        for business, watched in reads * 2:  # in turn, each after the other's read
            assert (
                read_alone_and_whole(business, watched) == first[reads.index((business, watched))]
            )
    finally:
        other.close()
