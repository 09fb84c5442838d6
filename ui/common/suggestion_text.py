"""How a suggestion reads in the window: its kind in two or three words, with its reason."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from circlesoftrust.engine.suggestion_types import Suggestion

KIND_LABELS = {
    "promote": "Promote", "demote": "Move outwards", "at_risk": "At risk",
    "follow_up": "Follow up", "satisfaction_check": "Check satisfaction",
    "complaint": "Open complaint", "insight_due": "Share insight", "perk_grant": "Grant perk",
    "perk_withdraw": "Withdraw perk", "referral_ask": "Ask for a referral",
    "renewal": "Renewal coming", "widen": "Widen the relationship",
    "low_score": "Talk a low score through", "reach_decision_maker": "Reach the decision maker",
    "duplicate": "Possible duplicate",
}  # fmt: skip


def suggestion_label(s: Suggestion) -> str:
    """What to do, in two or three words ("Follow up", "Ask for a referral")."""
    return KIND_LABELS.get(s.kind, s.kind.replace("_", " ").capitalize())


def suggestion_text(s: Suggestion) -> str:
    """The label with its reason: "Follow up: last touch 52 days ago; …"."""
    return f"{suggestion_label(s)}: {s.reason}" if s.reason else suggestion_label(s)


def next_action_key(s: Suggestion | None) -> tuple[int, dt.date]:
    """Sort key of an account's next action (accounts without one last)."""
    return (99, dt.date.max) if s is None else (s.priority, s.due_on)
