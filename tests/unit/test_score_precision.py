"""One score precision across the app (issue 18.5): the window shows whole points, so the
engine's reasons, the explanations, the brief and the CLI's text say the same whole number
for an account — never "trust score 62.1" next to a window that says 62. Scores are cut to
whole points (62.9 reads 62): a shown score then never reaches a threshold the real score
misses, and the gaps the texts name add up with the shown numbers."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from circlesoftrust import brief_render
from circlesoftrust.brief import build_brief
from circlesoftrust.cli import main
from circlesoftrust.engine import people, scoring
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY

#: "score 62", "trust score 62.1", "(trust 47,5": the number a text gives for a trust score
#: (not a relational one: "scored trust 2 and issue resolution 2 of 5"; not the score of
#: an earlier day a trend names: "score 80 on Mar 17, 2026, 78 now").
SCORE = re.compile(r"(?:\btrust score|\bscore|\(trust) (\d+(?:[.,]\d+)?)\b(?! on )")


def shown(value: float) -> str:
    return str(math.floor(value))


def numbers_in(text: str) -> list[str]:
    return SCORE.findall(text)


def test_reasons_explanations_brief_and_cli_give_the_windows_whole_score(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    scores = scoring.score_all(demo_db, on=DEMO_DAY)
    # The demo has scores with a fraction of a point, which a text could show or hide.
    assert any(s.score != int(s.score) for s in scores.values())

    # The placement explanation (account page, `score`, the brief's summary).
    for s in scores.values():
        found = numbers_in(s.placement)
        assert found and set(found) == {shown(s.score)}, s.placement

    # The suggestions' reasons (Today, the brief): every score named is the shown one.
    named = 0
    for item in sg.suggest(demo_db, DEMO_DAY):
        if item.account_id is None or item.account_id not in scores:
            continue
        for number in numbers_in(item.reason):
            named += 1
            assert number == shown(scores[item.account_id].score), item.reason
    assert named, "the demo's move suggestions name a score"

    # People: "trust 62".
    for person in people.top_people(demo_db, 10, on=DEMO_DAY):
        assert f"(trust {shown(person.account_score)}," in person.reason, person.reason

    # The brief (Markdown) of the account with the most fractional score.
    account = max(scores.values(), key=lambda s: s.score - int(s.score))
    brief = build_brief(demo_db, account.account_id, on=DEMO_DAY)
    markdown = brief_render.render_markdown(brief)
    assert f"trust score {shown(account.score)}/100" in markdown
    assert set(numbers_in(brief.score_summary)) <= {shown(account.score)}

    # The command line's text output (the --json values keep their decimals).
    path = demo_db.path
    assert isinstance(path, Path)
    demo_db.close()
    assert main(["--db", str(path), "score", str(account.account_id), "--date", str(DEMO_DAY)]) == 0
    out = capsys.readouterr().out
    assert f"trust score {shown(account.score)} / 100" in out
    assert set(numbers_in(out)) == {shown(account.score)}, out
    assert main(["--db", str(path), "score", "--date", str(DEMO_DAY)]) == 0
    table = capsys.readouterr().out
    row = next(line for line in table.splitlines() if f" {account.account_name} " in line)
    assert re.search(rf"\s{shown(account.score)}\s", row) and "." not in row.split()[-3], row
    assert main(["--db", str(path), "score", "--date", str(DEMO_DAY), "--json"]) == 0
    assert "." in capsys.readouterr().out  # JSON: the real values


def test_the_gaps_in_the_placement_words_add_up_with_the_shown_score(demo_db: Database) -> None:
    """ "score 44 is 6 points below the threshold of Loyal customers (50": 44 + 6 = 50."""
    below = re.compile(r"score (\d+) is (\d+) points below the threshold of [^(]+\((\d+)")
    fits = re.compile(r"score (\d+) fits .*?needs (\d+) \((\d+) points more\)")
    checked = 0
    for s in scoring.score_all(demo_db, on=DEMO_DAY).values():
        for m in below.finditer(s.placement):
            checked += 1
            assert int(m[1]) + int(m[2]) == int(m[3]), s.placement
        for m in fits.finditer(s.placement):
            checked += 1
            assert int(m[1]) + int(m[3]) == int(m[2]), s.placement
    assert checked


def test_a_gap_of_one_point_reads_one_point(demo_db: Database) -> None:
    """A gap of one point reads "1 point to spare", "1 point below the threshold": the
    gaps that reasons and explanations name are counted words (the demo has some)."""
    texts = [x.reason for x in sg.suggest(demo_db, DEMO_DAY)]
    texts += [s.placement for s in scoring.score_all(demo_db, on=DEMO_DAY).values()]
    assert any(re.search(r"\b1 point\b", t) for t in texts)
    assert [t for t in texts if re.search(r"\b1 points\b", t)] == []
