"""One read for scores and inbox (what the app loads after opening a database) must give
exactly what the separate calls give."""

from __future__ import annotations

import pytest

from circlesoftrust.engine import scoring
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine.analysis import analyse
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY


@pytest.mark.pg
def test_analysis_equals_score_all_and_suggest(demo_db: Database) -> None:
    inbox = sg.suggest(demo_db, DEMO_DAY)
    sg.snooze(demo_db, inbox[0].id, until=DEMO_DAY.replace(year=DEMO_DAY.year + 1), on=DEMO_DAY)
    sg.dismiss(demo_db, inbox[1].id, on=DEMO_DAY)
    expected_inbox = sg.suggest(demo_db, DEMO_DAY)
    assert len(expected_inbox) == len(inbox) - 2
    explained = scoring.score_all(demo_db, DEMO_DAY)

    result = analyse(demo_db, DEMO_DAY)

    assert [s._asdict() for s in result.suggestions] == [s._asdict() for s in expected_inbox]
    assert set(result.scores) == set(explained)
    for account_id, score in explained.items():
        assert result.score(account_id) == score.score
        assert result.explain(account_id) == score
    assert result.score(-1) is None and result.explain(-1) is None
