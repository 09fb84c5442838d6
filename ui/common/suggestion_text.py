"""How a suggestion reads in the window: its kind in two or three words, with its reason."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.common.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from circlesoftrust.engine.suggestion_types import Suggestion
    from circlesoftrust.last_pass import NextAction

KIND_LABELS = {
    "promote": QT_TRANSLATE_NOOP("Suggestions", "Promote"),
    "demote": QT_TRANSLATE_NOOP("Suggestions", "Move outwards"),
    "at_risk": QT_TRANSLATE_NOOP("Suggestions", "At risk"),
    "follow_up": QT_TRANSLATE_NOOP("Suggestions", "Follow up"),
    "satisfaction_check": QT_TRANSLATE_NOOP("Suggestions", "Check satisfaction"),
    "complaint": QT_TRANSLATE_NOOP("Suggestions", "Open complaint"),
    "insight_due": QT_TRANSLATE_NOOP("Suggestions", "Share insight"),
    "perk_grant": QT_TRANSLATE_NOOP("Suggestions", "Grant perk"),
    "perk_withdraw": QT_TRANSLATE_NOOP("Suggestions", "Withdraw perk"),
    "referral_ask": QT_TRANSLATE_NOOP("Suggestions", "Ask for a referral"),
    "renewal": QT_TRANSLATE_NOOP("Suggestions", "Renewal coming"),
    "widen": QT_TRANSLATE_NOOP("Suggestions", "Widen the relationship"),
    "low_score": QT_TRANSLATE_NOOP("Suggestions", "Talk a low score through"),
    "reach_decision_maker": QT_TRANSLATE_NOOP("Suggestions", "Reach the decision maker"),
    "duplicate": QT_TRANSLATE_NOOP("Suggestions", "Possible duplicate"),
}


def suggestion_label(s: Suggestion | NextAction) -> str:
    """What to do, in two or three words ("Follow up", "Ask for a referral")."""
    text = KIND_LABELS.get(s.kind)
    if text is None:
        return s.kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("Suggestions", text)


def suggestion_text(s: Suggestion | NextAction) -> str:
    """The label with its reason: "Follow up: last touch 52 days ago; …"."""
    return f"{suggestion_label(s)}: {s.reason}" if s.reason else suggestion_label(s)


def next_action_key(s: Suggestion | NextAction | None) -> tuple[int, dt.date]:
    """Sort key of an account's next action (accounts without one last)."""
    return (99, dt.date.max) if s is None else (s.priority, s.due_on)
