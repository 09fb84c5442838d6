"""A text kept to a fixed number of lines (ui.common.fitted_text): its room never changes."""

from __future__ import annotations

import pytest

from ui.common.fitted_text import FittedText, share_lines

pytestmark = pytest.mark.gui


def test_lines_go_to_every_part_first_then_to_the_earlier_ones() -> None:
    assert share_lines([1, 1, 1], 4) == [1, 1, 1]  # (all fits: each what it needs)
    assert share_lines([5, 1, 1], 4) == [2, 1, 1]  # (the first gives way, keeps the rest)
    assert share_lines([5, 2, 1], 4) == [2, 1, 1]
    assert share_lines([1, 3, 2], 4) == [1, 2, 1]
    assert share_lines([3, 3, 3, 3, 3], 4) == [1, 1, 1, 1, 0]


def test_a_longer_text_is_cut_whole_in_its_tip_and_the_room_keeps_its_height(qtbot) -> None:
    label = FittedText(3)
    qtbot.addWidget(label)
    label.resize(300, label.height())
    label.show()
    high = label.height()
    label.set_parts(["short", "facts"])
    assert label.text() == "short\nfacts" and not label.is_cut() and label.toolTip() == ""

    long = " ".join(f"word{i}" for i in range(200))
    label.set_parts([long, "facts", "what accepting does"])
    assert label.height() == high
    lines = label.text().split("\n")
    assert len(lines) == 3 and lines[0].endswith("…") and lines[0].startswith("word0 word1")
    assert lines[1:] == ["facts", "what accepting does"]
    assert label.is_cut() and label.toolTip() == label.whole_text()
    assert long in label.accessibleDescription()

    label.resize(3000, high)  # (wider: more of it shows, in the same room)
    assert label.height() == high and len(label.text().split("\n")[0]) > len(lines[0])
    label.set_parts([])
    assert label.text() == "" and label.height() == high
