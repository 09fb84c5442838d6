"""The records of the suggestion inbox: kinds, suggestions, decisions, accept results.

Kept apart from :mod:`.suggestions` (the API) and :mod:`._generate` (the rules) so both
can share them without importing each other. Import them from :mod:`.suggestions`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, cast


class SuggestionKind(StrEnum):
    PROMOTE = "promote"
    DEMOTE = "demote"
    AT_RISK = "at_risk"
    FOLLOW_UP = "follow_up"
    SATISFACTION_CHECK = "satisfaction_check"
    COMPLAINT = "complaint"
    INSIGHT_DUE = "insight_due"
    PERK_GRANT = "perk_grant"
    PERK_WITHDRAW = "perk_withdraw"
    REFERRAL_ASK = "referral_ask"
    RENEWAL = "renewal"
    WIDEN = "widen"
    LOW_SCORE = "low_score"
    REACH_DECISION_MAKER = "reach_decision_maker"
    DUPLICATE = "duplicate"  # stored pairs of the duplicate pass (possible_duplicates)


ACCOUNT_KINDS = frozenset(
    {
        SuggestionKind.PROMOTE,
        SuggestionKind.DEMOTE,
        SuggestionKind.AT_RISK,
        SuggestionKind.FOLLOW_UP,
        SuggestionKind.SATISFACTION_CHECK,
        SuggestionKind.RENEWAL,
        SuggestionKind.REFERRAL_ASK,
        SuggestionKind.WIDEN,
        SuggestionKind.LOW_SCORE,
        SuggestionKind.REACH_DECISION_MAKER,
    }
)
HIGH, NORMAL, LOW = 1, 2, 3


# A text worded when it is first read: ``(fn, *args)``, ``fn`` a module-level function
# that words ``args`` (plain values) in the language and formats set at the time of
# reading. A pass at 100,000 accounts finds ~86,000 suggestions and a user reads a few
# hundred of them (Today shows a group's most urgent, the CLI what it prints, the brief
# one account): wording every reason (dates, numbers, plurals) took about a third of the
# pass. A plain tuple, not an object: the pass process sends the inbox to the window
# pickled, and tuples and functions unpickle in C (an object per text made the window's
# read 2.5 times as long, measured).
Recipe = tuple[Any, ...]
Text = str | Recipe


def text_of(value: Text) -> str:
    """A text field's words (worded now when it is a recipe)."""
    if type(value) is str:
        return value
    recipe: Any = value
    return cast("str", recipe[0](*recipe[1:]))


def joined(first: Text, second: Text, sep: str = "; ") -> str:
    """``first`` and ``second`` worded and joined (a reason with the words added to it)."""
    return f"{text_of(first)}{sep}{text_of(second)}"


class _SuggestionFields(NamedTuple):
    id: str  # stable key, e.g. "promote:acc:42"
    kind: str
    account_id: int | None  # None for ring-level suggestions (insight_due)
    account_name: str | None
    contact_id: int | None
    contact_name: str | Recipe | None  # (a recipe until first read, see Recipe)
    ring_position: int | None  # the ring it concerns (the account's ring; insight: its ring)
    target_ring_position: int | None  # promote / demote
    reason: Text  # why, in words (a recipe until first read, see Recipe)
    action: Text  # what accepting does, in words
    priority: int  # 1 high, 2 normal, 3 low
    due_on: dt.date
    fingerprint: str
    ref_id: int | None  # complaint, insight or grant id
    accounts: int  # accounts concerned (insight_due: how many have not received it)
    perk_ids: tuple[int, ...] = ()  # perk_grant: the perks to grant


CONTACT_NAME_AT = _SuggestionFields._fields.index("contact_name")
REASON_AT = _SuggestionFields._fields.index("reason")
ACTION_AT = _SuggestionFields._fields.index("action")
_item = tuple.__getitem__


class Suggestion(_SuggestionFields):
    """One thing to do, with why, how urgent and by when; ids only, no live rows.

    Immutable like every engine record. A named tuple rather than a frozen dataclass: a
    big pass builds tens of thousands of them, and the tuple (one small allocation, no
    per-instance dict) made the whole 100,000-account pass about 8 % faster (measured).
    ``_asdict()`` and ``_replace()`` stand in for ``dataclasses.asdict`` and ``replace``.
    ``reason`` and ``action`` are worded when read (see :data:`Recipe`): the tuple may
    hold their recipe, the attributes always give text.
    """

    __slots__ = ()

    @property
    def contact_name(self) -> str | None:
        value: Any = _item(self, CONTACT_NAME_AT)
        return value if value is None or type(value) is str else cast("str", value[0](*value[1:]))

    @property
    def reason(self) -> str:
        value: Any = _item(self, REASON_AT)
        return cast("str", value if type(value) is str else value[0](*value[1:]))

    @property
    def action(self) -> str:
        value: Any = _item(self, ACTION_AT)
        return cast("str", value if type(value) is str else value[0](*value[1:]))

    def _asdict(self) -> dict[str, Any]:
        out = super()._asdict()
        out["reason"], out["action"] = self.reason, self.action
        out["contact_name"] = self.contact_name
        return out

    def __eq__(self, other: object) -> bool:
        """Equal when every field reads the same (a recipe equals its words)."""
        if isinstance(other, Suggestion):
            return self._asdict() == other._asdict()
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((self.id, self.fingerprint, self.due_on))


@dataclass(frozen=True)
class DecisionInfo:
    """What the user decided about a suggestion (snooze / dismiss)."""

    suggestion_id: str
    decision: str
    until_on: dt.date | None
    fingerprint: str


def fingerprint(*facts: object) -> str:
    """The facts that produced a suggestion, as short text ("follow_up|1|739412").

    Kept readable (dates as day numbers); only a long one is digested to fit the column.
    """
    return fitted_fingerprint("|".join("" if f is None else str(f) for f in facts))


def fitted_fingerprint(text: str) -> str:
    """Fingerprint text joined by the caller (hot loops prebuild parts): digested if long."""
    if len(text) <= 64:
        return text
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class AcceptResult:
    """What accepting a suggestion did: enough to show it and to undo it.

    ``created`` maps a table name to the ids of rows the accept inserted; ``changed`` maps a
    table name to ids of rows it modified (withdrawn grants, a resolved complaint); the
    ring move (if any) is ``from_ring_position`` -> ``to_ring_position`` with its ring
    change id. ``previous_state`` is the decision the suggestion had before (snooze or
    dismissal), restored by :func:`.accepting.undo_accept`.
    """

    suggestion_id: str
    kind: str
    account_id: int | None
    on: dt.date
    summary: str
    created: tuple[tuple[str, tuple[int, ...]], ...]
    changed: tuple[tuple[str, tuple[int, ...]], ...]
    ring_change_id: int | None
    from_ring_position: int | None
    to_ring_position: int | None
    previous_state: DecisionInfo | None

    def created_ids(self, table: str) -> tuple[int, ...]:
        return dict(self.created).get(table, ())


def urgency(item: Suggestion) -> tuple[int, dt.date]:
    """How urgent a suggestion is: smaller first (priority, then the due day)."""
    return (item.priority, item.due_on)


def next_actions(items: Iterable[Suggestion]) -> dict[int, Suggestion]:
    """Each account's next action: its most urgent suggestion (ties: the earliest due)."""
    best: dict[int, Suggestion] = {}
    for item in items:
        if item.account_id is None:
            continue
        current = best.get(item.account_id)
        if current is None or urgency(item) < urgency(current):
            best[item.account_id] = item
    return best
