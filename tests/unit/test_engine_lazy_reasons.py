"""Reasons worded when they are read (issue 11, point 10): a pass keeps the numbers a
reason needs and words it on first read; the trend words of moves and at-risk suggestions
are read from the snapshots at the first ask. What the user reads must not change."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from circlesoftrust import formats, i18n
from circlesoftrust.engine import analysis
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine.score_history import KEEP
from circlesoftrust.services import rings
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY
from tests.unit.test_engine_support import D, Scenario, ago
from tests.unit.test_engine_trends import going_cold, history_days

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def _words(items: list[sg.Suggestion]) -> list[tuple[object, ...]]:
    return [tuple(s._asdict().values()) for s in items]


def test_the_inbox_reads_as_the_whole_pass_words_it(demo_db: Database) -> None:
    """suggest() words reasons and trends when read; analyse() (the window's pass) reads
    the trends inside the pass: both give the same texts, in English and in German."""
    before = i18n.language()
    for language in ("en", "de"):
        i18n.set_language(language)
        try:
            lazy = sg.suggest(demo_db, DEMO_DAY)
            whole = analysis.analyse(demo_db, DEMO_DAY).suggestions
            assert _words(lazy) == _words(whole)
            if language == "en":
                trends = [s for s in lazy if s.kind in ("promote", "demote", "at_risk")]
                assert trends and any(" now" in s.reason for s in trends)  # the demo's past
        finally:
            i18n.set_language(before)


def test_a_reason_read_after_the_next_full_snapshot_still_compares_with_its_baseline(
    db: Database,
) -> None:
    """The pass that words a trend may itself drop the snapshot the trend compares with
    (a full snapshot drops rows older than KEEP days): the reason read afterwards still
    names the score then."""
    s = Scenario(db)
    aid, ann = going_cold(s)
    then = D - dt.timedelta(days=KEEP + 10)
    sg.suggest(db, then)  # the only snapshot: older than KEEP days on D
    s.feedback(aid, 2, 12, ann)
    s.complaint(aid, 5)
    found = {item.id: item for item in sg.suggest(db, D)}
    assert history_days(db) == [D.toordinal()]  # the pass replaced the old snapshot
    reason = found[f"demote:acc:{aid}"].reason
    assert f"on {formats.date(then)}, " in reason


def test_an_inbox_pickled_before_it_is_read_reads_the_same(demo_db: Database) -> None:
    """Unread reasons travel as their recipe (the pass process sends the inbox that way),
    trends with their words made; read afterwards they say what the original says."""
    found = sg.suggest(demo_db, DEMO_DAY)
    copies = pickle.loads(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    assert _words(copies) == _words(found)


def test_the_window_pass_sends_each_suggestion_with_its_own_words_only(
    demo_db: Database,
) -> None:
    """The pass process sends the inbox in chunks: a suggestion pickled alone carries its
    own person's name, not every decider the pass read."""
    found = analysis.analyse(demo_db, DEMO_DAY).suggestions
    reach = [s for s in found if s.kind == "reach_decision_maker"]
    assert len(reach) >= 2
    first, others = reach[0], reach[1:]
    sent = pickle.dumps(first, protocol=pickle.HIGHEST_PROTOCOL)
    assert first.contact_name is not None and first.contact_name.encode() in sent
    assert not any(s.contact_name and s.contact_name.encode() in sent for s in others)
    assert pickle.loads(sent).reason == first.reason


def test_a_renewal_due_today_says_so_in_the_users_language(db: Database) -> None:
    """ "(today)" was the one English word left in a German renewal reason."""
    s = Scenario(db)
    aid = s.account("Delta Motors", 1, entered_days_ago=400)
    s.revenue(aid, 1000, 365, renewal_in=0)
    before = i18n.language()
    i18n.set_language("de")
    try:
        item = {x.id: x for x in sg.suggest(db, D)}[f"renewal:acc:{aid}"]
        assert item.reason.endswith("(heute)"), item.reason
    finally:
        i18n.set_language(before)


def test_a_counter_suggestion_to_the_users_own_move_is_in_the_users_language(
    db: Database,
) -> None:
    """The words that say a demote overrides the user's own move were English in every
    language (and "1 rings")."""
    s = Scenario(db)
    aid = s.account("Summit Dental", 2)
    s.revenue(aid, 3000, 100)
    rings.move_account(db, aid, 0, reason="the CEO is a friend", on=ago(10))
    before = i18n.language()
    i18n.set_language("de")
    try:
        item = {x.id: x for x in sg.suggest(db, D)}[f"demote:acc:{aid}"]
        assert f"übergeht Ihre eigene Verschiebung vom {formats.date(ago(10))}" in item.reason
        assert "Kreise entfernt" in item.reason and "overrides" not in item.reason
    finally:
        i18n.set_language(before)
