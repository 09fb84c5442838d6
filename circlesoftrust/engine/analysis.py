"""Every account's score and the whole inbox of one day from ONE read of the facts.

The desktop app needs both after opening a database: ``score_all`` plus ``suggest`` read
the facts twice and explain all 100,000 scores in words (≈ 4.5 s there, measured), while
the table shows only the number. :func:`analyse` reads and scores once, builds the inbox
from the same facts, and explains one account's score when it is asked for (a tooltip,
the account page): ≈ 50 µs each.
"""

from __future__ import annotations

import datetime as dt

from circlesoftrust import validation as v
from circlesoftrust.engine._generate import generate
from circlesoftrust.engine.fact_summary import refresh as refresh_facts
from circlesoftrust.engine.facts import FactTable, load_facts
from circlesoftrust.engine.placement import Thresholds
from circlesoftrust.engine.revenue_baseline import record as record_ranking
from circlesoftrust.engine.score_history import record as record_history
from circlesoftrust.engine.scoring import AccountScore, ScoreRow, account_score, score_rows
from circlesoftrust.engine.suggestion_types import Suggestion
from circlesoftrust.engine.suggestions import most_urgent_first, visible
from circlesoftrust.engine_settings import EngineSettings, load_settings
from circlesoftrust.gc_pause import gc_paused
from circlesoftrust.services.lookups import today
from circlesoftrust.storage import Database


class Analysis:
    """Scores (numbers) and visible suggestions of ``day``; explanations on demand.

    ``scores`` maps account id to the score row of :func:`.scoring.score_rows`;
    ``suggestions`` is what :func:`.suggestions.suggest` returns for the same day.
    """

    def __init__(
        self,
        day: dt.date,
        facts: FactTable,
        settings: EngineSettings,
        scores: dict[int, ScoreRow],
        suggestions: list[Suggestion],
    ) -> None:
        self.day = day
        self.facts = facts
        self.settings = settings
        self.scores = scores
        self.suggestions = suggestions

    def score(self, account_id: int) -> float | None:
        """The account's trust score 0-100 (``None``: archived or unknown)."""
        row = self.scores.get(account_id)
        return None if row is None else row[0]

    def explain(self, account_id: int) -> AccountScore | None:
        """The account's score with every component in words, as ``score_account`` gives."""
        row = self.scores.get(account_id)
        return None if row is None else account_score(self.facts, self.settings, account_id, row)


@gc_paused()
def analyse(db: Database, on: dt.date | str | None = None) -> Analysis:
    """Score every active account and build the inbox of ``on`` (today by default)."""
    day = v.date(on, "date", default=today())
    refreshed = refresh_facts(db, day)
    with db.transaction() as session:
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent)
        scores = score_rows(facts, settings, Thresholds.of(facts.rings))
        found = generate(session, day, settings, facts=facts, scores=scores)
        shown = visible(found, session, day)
    if refreshed.available:
        record_history(db, facts, scores, refreshed.written > 0)
        record_ranking(db, day, settings.previous_year_percent, facts.accounts, facts.packed_values)
    return Analysis(day, facts, settings, scores, most_urgent_first(shown))
