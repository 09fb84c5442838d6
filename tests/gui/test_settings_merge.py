"""The three-way merge behind Settings' "Reload and re-apply my changes": only what the
user changed is put on top of the settings as they are now; a clash is reported."""

from __future__ import annotations

import copy

import pytest

from ui.settings.settings_lists import PerkDraft, StepDraft
from ui.settings.settings_merge import SettingsState, merge, my_changes
from ui.settings.settings_rings import RingDraft

pytestmark = pytest.mark.gui


def ring(id_: int | None, name: str, cadence: int | None = 30) -> RingDraft:
    return RingDraft(id_, name, "building", "#123456", cadence, 0, "full", False, False, "")


def start() -> SettingsState:
    return SettingsState(
        rings=[ring(1, "Inner"), ring(2, "Loyal"), ring(3, "New"), ring(4, "Leads", None)],
        thresholds={1: 80, 2: 60, 3: 30, 4: 0},
        perks=[PerkDraft(10, "Dinner", "vip_event", 1, 500.0, "", True)],
        checklists={
            1: [StepDraft(100, "Call", 3), StepDraft(101, "Visit", 14)],
            2: [],
            3: [],
            4: [],
        },
        engine={"hysteresis_points": 5.0, "weight_revenue": 0.3},
        currency="EUR",
    )


def test_each_persons_changes_survive_and_a_clash_shows_both_values() -> None:
    base = start()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.rings[1].cadence_days = 21  # only mine
    mine.rings[2].name = "Newcomers"  # both, differently
    mine.thresholds[2] = 65
    mine.checklists[1][0].title = "Call them"  # mine, while they add a step
    mine.perks.append(PerkDraft(None, "Early look", "early_access", 2, 0.0, "", True))
    theirs.rings[0].name = "Core"  # only theirs
    theirs.rings[2].name = "First buyers"
    theirs.checklists[1].append(StepDraft(102, "Thank-you note", 1))
    theirs.engine["hysteresis_points"] = 7.0
    theirs.currency = "CHF"

    merged = merge(base, mine, theirs)
    state = merged.state
    assert [r.name for r in state.rings] == ["Core", "Loyal", "Newcomers", "Leads"]
    assert state.rings[1].cadence_days == 21
    assert state.thresholds == {1: 80, 2: 65, 3: 30, 4: 0}
    assert [(s.id, s.title) for s in state.checklists[1]] == [
        (100, "Call them"),
        (101, "Visit"),
        (102, "Thank-you note"),
    ]
    assert [p.name for p in state.perks] == ["Dinner", "Early look"]
    assert state.engine["hysteresis_points"] == 7.0 and state.currency == "CHF"
    assert [(c.mine, c.theirs) for c in merged.clashes] == [("Newcomers", "First buyers")]
    assert "Ring Newcomers: name" in merged.clashes[0].what


def test_rings_removed_on_either_side() -> None:
    base = start()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    del mine.rings[3]  # the user removes Leads…
    mine.rings.append(ring(None, "Audience"))  # …and adds a ring outside
    mine.rings[2].cadence_days = 60  # and edits New, which the other person removed
    del theirs.rings[2]
    del theirs.thresholds[3]
    del theirs.checklists[3]

    merged = merge(base, mine, theirs)
    assert [r.name for r in merged.state.rings] == ["Inner", "Loyal", "Audience"]
    assert merged.dropped == ["Ring New"]  # the user's edit had no ring left: said
    assert set(merged.state.checklists) == {1, 2}
    assert 4 not in merged.state.thresholds


def test_nothing_changed_by_the_user_means_theirs_throughout() -> None:
    base = start()
    theirs = copy.deepcopy(base)
    theirs.rings.reverse()
    theirs.perks[0].cost = 750.0
    merged = merge(base, copy.deepcopy(base), theirs)
    assert merged.state == theirs
    assert merged.applied == [] and merged.clashes == [] and merged.dropped == []


def test_what_the_user_changed_is_named_setting_by_setting() -> None:
    base = start()
    mine = copy.deepcopy(base)
    mine.rings[0].colour = "#ff0000"
    mine.engine["weight_revenue"] = 0.4
    mine.checklists[1].pop()
    changes = my_changes(base, mine)
    assert "Ring Inner: colour" in changes
    assert any("Visit" in c and "removed" in c for c in changes)
    assert len(changes) == 3
