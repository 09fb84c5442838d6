"""Placement: thresholds, hysteresis, customer gates, pins; the what-if preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circlesoftrust import formats
from circlesoftrust.engine import scoring, what_if
from circlesoftrust.engine.placement import Thresholds, place
from circlesoftrust.engine_settings import get_settings, update_settings
from circlesoftrust.errors import NotFoundError, ValidationError
from circlesoftrust.services import rings
from circlesoftrust.storage import Database, open_database
from tests.conftest import DEMO_DAY
from tests.unit.test_engine_support import D, Scenario, ago, fresh_copy

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set

LIMITS = Thresholds((70.0, 50.0, 30.0, 15.0, 0.0), (True, True, True, False, False))


def target(score: float, current: int, *, customer: bool = True, pinned: bool = False) -> int:
    return place(score, current, customer, pinned, LIMITS, 5.0, 2)[0]


def test_plain_thresholds_without_hysteresis() -> None:
    assert place(71, 0, True, False, LIMITS, 0, 2)[0] == 0
    assert place(69, 0, True, False, LIMITS, 0, 2)[0] == 1
    assert place(0, 4, True, False, LIMITS, 0, 2)[0] == 4


def test_hysteresis_stops_flapping_around_a_threshold() -> None:
    # Loyal account scoring just above the inner threshold: not enough to move in.
    assert target(72, 1) == 1
    assert target(75, 1) == 0
    # Inner account slipping just below: stays until 5 points under.
    assert target(66, 0) == 0
    assert target(64.9, 0) == 1
    # The same score never sends an account back and forth.
    for score in (66, 68, 70, 72, 74):
        assert target(score, target(score, 1)) == target(score, 1)


def test_only_customers_sit_in_the_customer_rings() -> None:
    assert target(95, 3, customer=False) == 3
    assert target(95, 4, customer=False) == 3
    # A gate overrides hysteresis: a non-customer in the inner ring is moved out.
    assert target(95, 0, customer=False) == 3


def test_pinned_accounts_move_only_when_the_gap_is_two_rings() -> None:
    assert target(40, 1, pinned=True) == 1  # one ring: left alone
    assert target(10, 1, pinned=True) == 4  # three rings: suggested
    assert target(90, 2, pinned=True) == 0  # two rings: suggested


def test_placement_uses_the_rings_thresholds(db: Database) -> None:
    s = Scenario(db)
    aid = s.steady_customer("Acme", ring=1)
    assert scoring.score_account(db, aid, on=D).target_ring_position == 0
    rings.update_ring(db, 0, min_score=99)
    assert scoring.score_account(db, aid, on=D).target_ring_position == 1


def test_what_if_previews_without_saving(demo_db: Database) -> None:
    before = scoring.score_table(demo_db, on=DEMO_DAY)
    preview = what_if.what_if(
        demo_db, weights={"revenue": 1.0, "engagement": 0.0}, thresholds={0: 60}, on=DEMO_DAY
    )
    assert preview.moving > 0
    assert sum(m.accounts for m in preview.moves) == preview.moving
    assert sum(map(sum, preview.matrix)) == preview.accounts == len(before)
    assert preview.thresholds[0] == 60
    assert scoring.score_table(demo_db, on=DEMO_DAY) == before
    assert get_settings(demo_db).weight_revenue == 0.30


def test_what_if_checks_its_input(demo_db: Database) -> None:
    with pytest.raises(ValidationError, match="weight"):
        what_if.what_if(demo_db, weights={"charm": 1.0})
    with pytest.raises(ValidationError, match="threshold"):
        what_if.what_if(demo_db, thresholds={1: 90})
    with pytest.raises(NotFoundError):
        what_if.what_if(demo_db, thresholds={"Nowhere": 10})


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from circlesoftrust.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    generate_demo(db, accounts=60, seed=11, today=DEMO_DAY)
    db.close()
    return path


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    weights=st.tuples(*[st.floats(0.01, 1) for _ in range(5)]),
    hysteresis=st.floats(0, 30),
    inner=st.integers(51, 100),
)
def test_what_if_with_unchanged_settings_moves_nobody(
    demo_template: Path, tmp_path: Path, weights: tuple[float, ...], hysteresis: float, inner: int
) -> None:
    db = fresh_copy(demo_template, tmp_path / "w.sqlite")
    try:
        names = ("revenue", "loyalty", "engagement", "advocacy", "friction")
        saved = dict(zip(names, weights, strict=True))
        update_settings(
            db, {"hysteresis_points": hysteresis, **{f"weight_{n}": w for n, w in saved.items()}}
        )
        rings.update_ring(db, 0, min_score=inner)
        current = [r.min_score for r in rings.list_rings(db)]
        preview = what_if.what_if(
            db, weights=saved, thresholds=dict(enumerate(current)), on=DEMO_DAY
        )
        assert preview.moving == 0
        # The summary lists exactly the matrix's moves (issue 11: they used to disagree).
        off_diagonal = {
            (a, b): n
            for a, row in enumerate(preview.matrix)
            for b, n in enumerate(row)
            if a != b and n
        }
        assert {(m.from_position, m.to_position): m.accounts for m in preview.moves} == (
            off_diagonal
        )
        assert what_if.what_if(db, on=DEMO_DAY).moving == 0
    finally:
        db.close()


def test_a_recent_customer_slipping_out_is_demoted_to_the_new_clients_ring_in_plain_words(
    db: Database,
) -> None:
    """The new clients' rule also stops a demotion: an inner-circle account whose score fell
    to a lead's, with a purchase in the last 12 months, goes out to New clients. Its reason
    and explanation say it falls below the inner threshold and that the purchase keeps it in
    New clients, not that "the score alone would leave it in Inner circle"."""
    from circlesoftrust.engine import suggestions as sg

    s = Scenario(db)
    aid = s.account("Slipping Co", 0)
    s.revenue(aid, 1_000, 100)
    explained = scoring.score_account(db, aid, D)
    assert explained.target_ring_position == 2 and explained.score < 30
    score, gap = formats.score(explained.score), formats.score_gap(explained.score, 70)
    assert explained.placement == (
        f"score {score} is {gap} points below the threshold of Inner circle (70); a "
        "purchase in the last 365 days (" + formats.date(ago(100)) + ") keeps the account at "
        "least in New clients (the new clients' rule): suggest a move out to New clients"
    )
    item = {x.id: x for x in sg.suggest(db, D)}[f"demote:acc:{aid}"]
    assert item.reason.startswith(
        f"Slipping Co: trust score {score} is {gap} points below the threshold of Inner "
        "circle (70); a purchase in the last 365 days keeps it at least in New clients; move "
        "from Inner circle to New clients"
    )
