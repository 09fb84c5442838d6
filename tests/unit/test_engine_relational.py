"""Relational scores (issue 11, point 6): the ten 1-5 scores recorded with feedback feed
advocacy and friction (explained, with a configurable weight), the KPIs per ring, the
brief, and a low trust or issue-resolution score raises a suggestion. Scenarios through
the services the user's commands call."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesoftrust import formats
from circlesoftrust.brief import build_brief
from circlesoftrust.engine import accepting, analysis, kpis, scoring
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine_settings import update_settings
from circlesoftrust.services import activity, tasks
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario, ago

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def component(result: scoring.AccountScore, name: str) -> scoring.ScoreComponent:
    return next(c for c in result.components if c.name == name)


def inbox(db: Database, on: dt.date = D) -> dict[str, sg.Suggestion]:
    return {s.id: s for s in sg.suggest(db, on)}


def test_poor_scores_add_friction_and_good_ones_advocacy(db: Database) -> None:
    s = Scenario(db)
    poor, good = s.steady_customer("Poor Corp"), s.steady_customer("Good Corp")
    before = {aid: scoring.score_account(db, aid, on=D) for aid in (poor, good)}
    activity.record_feedback(db, poor, nps=8, scores={"trust": 1, "speed": 2}, on=ago(3))
    activity.record_feedback(db, good, nps=8, scores={"trust": 5, "empathy": 4}, on=ago(3))
    after = {aid: scoring.score_account(db, aid, on=D) for aid in (poor, good)}
    assert after[poor].score < before[poor].score
    friction = component(after[poor], "friction")
    assert "relational scores average 1.5 of 5 (2 scores in 12 months)" in friction.explanation
    # 0.3 x (3 - 1.5) / 2 = 0.225 of friction's 20 points (positive weights add up to 1).
    assert friction.points == -4.5
    advocacy = component(after[good], "advocacy")
    assert "relational scores average 4.5 of 5 (2 scores in 12 months)" in advocacy.explanation
    assert advocacy.points > component(before[good], "advocacy").points
    # Scores older than 12 months no longer count.
    later = scoring.score_account(db, poor, on=D + dt.timedelta(days=366))
    assert "relational" not in component(later, "friction").explanation


def test_the_weight_is_a_setting_and_zero_leaves_them_out(db: Database) -> None:
    s = Scenario(db)
    aid = s.steady_customer("Weightless")
    plain = scoring.score_account(db, aid, on=D).score
    activity.record_feedback(db, aid, nps=9, scores={"issue_resolution": 1}, on=ago(2))
    update_settings(db, {"relational_weight": 0})
    result = scoring.score_account(db, aid, on=D)
    assert result.score == pytest.approx(plain, abs=0.05) or result.score > plain  # promoter
    assert "not counted (weight 0)" in component(result, "friction").explanation
    assert component(result, "friction").points == 0


def test_every_score_path_gives_the_same_numbers(db: Database) -> None:
    s = Scenario(db)
    ids = [s.steady_customer(f"Acct {n}") for n in range(3)]
    activity.record_feedback(db, ids[0], nps=6, scores={"trust": 2, "speed": 1}, on=ago(5))
    activity.record_feedback(db, ids[1], nps=10, scores={"trust": 5, "judgement": 5}, on=ago(5))
    every = scoring.score_all(db, D)
    looked = analysis.analyse(db, D)
    for aid in ids:
        one = scoring.score_account(db, aid, on=D)
        explained = looked.explain(aid)
        assert explained is not None
        assert every[aid].score == one.score == explained.score == looked.score(aid)
        assert every[aid].components == one.components == explained.components


def test_a_low_trust_score_raises_a_suggestion_like_a_detractor(db: Database) -> None:
    s = Scenario(db)
    aid = s.steady_customer("Harbour Hotels")
    cfo = s.contact(aid, "Carla Finance", "finance")
    activity.record_feedback(
        db, aid, nps=7, contact=cfo, scores={"trust": 2, "speed": 4}, on=ago(4)
    )
    item = inbox(db)[f"low_score:acc:{aid}"]
    assert item.reason == (
        f"Carla Finance (finance) scored trust 2 of 5 on {formats.date(ago(4))} (NPS 7): "
        "talk it through before it becomes a complaint"
    )
    assert item.priority == sg.HIGH  # the inner ring
    assert item.contact_name == "Carla Finance"
    # A good speed score alone raises nothing; neither does a low score of another kind.
    other = s.steady_customer("Calm Corp")
    activity.record_feedback(db, other, nps=7, scores={"speed": 1, "trust": 4}, on=ago(4))
    assert f"low_score:acc:{other}" not in inbox(db)
    # The brief raises it as a talking point.
    assert item.reason in build_brief(db, aid, on=D).talking_points
    # Accepting creates the task; a later, better answer clears the suggestion.
    result = accepting.accept(db, item.id, on=D)
    assert "talk the low score through with Carla Finance" in result.summary
    titles = [t.title for t in tasks.list_tasks(db, account=aid)]
    assert "Talk the low score through with Carla Finance (Harbour Hotels)" in titles
    activity.record_feedback(db, aid, nps=9, contact=cfo, scores={"trust": 4}, on=ago(1))
    assert f"low_score:acc:{aid}" not in inbox(db)
    # It lasts relational_low_days after the answer.
    activity.record_feedback(db, aid, nps=9, scores={"issue_resolution": 1}, on=D)
    assert f"low_score:acc:{aid}" in inbox(db, D + dt.timedelta(days=59))
    assert f"low_score:acc:{aid}" not in inbox(db, D + dt.timedelta(days=60))


def test_the_latest_answer_that_scores_trust_or_resolution_decides(db: Database) -> None:
    """Two answers on one day: the one recorded last counts. An answer that scores
    neither trust nor issue resolution, or one dated after the day, clears nothing."""
    s = Scenario(db)
    first_low = s.steady_customer("Low Then Good")
    activity.record_feedback(db, first_low, nps=7, scores={"trust": 1}, on=ago(3))
    activity.record_feedback(db, first_low, nps=7, scores={"trust": 4}, on=ago(3))
    first_good = s.steady_customer("Good Then Low")
    activity.record_feedback(db, first_good, nps=7, scores={"issue_resolution": 4}, on=ago(3))
    activity.record_feedback(db, first_good, nps=7, scores={"issue_resolution": 2}, on=ago(3))
    other_kind = s.steady_customer("Speed Later")
    activity.record_feedback(db, other_kind, nps=7, scores={"trust": 2}, on=ago(5))
    activity.record_feedback(db, other_kind, nps=9, scores={"speed": 5}, on=ago(1))
    future = s.steady_customer("Better Tomorrow")
    activity.record_feedback(db, future, nps=7, scores={"trust": 2}, on=ago(5))
    activity.record_feedback(db, future, nps=9, scores={"trust": 5}, on=D + dt.timedelta(days=1))
    shown = {
        aid
        for aid in (first_low, first_good, other_kind, future)
        if f"low_score:acc:{aid}" in inbox(db)
    }
    assert shown == {first_good, other_kind, future}
    assert f"low_score:acc:{future}" not in inbox(db, D + dt.timedelta(days=1))


def test_kpis_give_the_relational_average_per_ring(db: Database) -> None:
    s = Scenario(db)
    inner = s.steady_customer("Inner", 0)
    loyal = s.steady_customer("Loyal", 1)
    activity.record_feedback(db, inner, nps=9, scores={"trust": 5, "speed": 4}, on=ago(10))
    activity.record_feedback(db, loyal, nps=6, scores={"trust": 2}, on=ago(10))
    activity.record_feedback(db, loyal, nps=6, scores={"trust": 1}, on=ago(400))  # before
    result = kpis.kpis(db, ago(364), D)
    by_ring = {r.ring_position: r.values for r in result.rings}
    assert by_ring[0].relational == 4.5
    assert by_ring[0].relational_scores == 2
    assert by_ring[1].relational == 2.0
    assert by_ring[2].relational is None
    assert result.overall.relational == pytest.approx(11 / 3, abs=0.01)
    assert dict(result.overall.relational_by_name) == {"trust": 3.5, "speed": 4.0}
