"""Plain records the account list is made of, shared by the services and the first look.

No SQLAlchemy here: :mod:`circlesoftrust.first_look` builds the same records with the
standard library while the desktop app starts (see there).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RingInfo:
    id: int
    position: int
    name: str
    stage: str
    colour: str
    cadence_days: int | None
    insight_delay_days: int
    detail_level: str
    discussion_open: bool
    min_score: int
    customers_only: bool
    description: str
    version: int = 1  # pass back as ``expected_version`` when saving (services.rings)


@dataclass(frozen=True, init=False, slots=True)
class AccountRow:
    """One line of an account list: what the table and `accounts list` show.

    The app keeps one per account (100,000 at a time), so it has slots: with a
    ``__dict__`` each row took ≈ 420 bytes instead of ≈ 110 (≈ 30 MB of the window at
    100,000 accounts, measured). Its ``__init__`` is written by hand: the generated frozen
    one (a guarded ``object.__setattr__`` per field) made building 100,000 rows cost
    ≈ 0.2 s instead of ≈ 0.06–0.1 s (measured).
    """

    id: int
    name: str
    industry: str | None
    ring_position: int
    ring_name: str
    revenue_12m_cents: int
    last_touch_on: dt.date | None
    contacts: int
    archived: bool

    def __init__(
        self,
        id: int,
        name: str,
        industry: str | None,
        ring_position: int,
        ring_name: str,
        revenue_12m_cents: int,
        last_touch_on: dt.date | None,
        contacts: int,
        archived: bool,
    ) -> None:
        _id(self, id)
        _name(self, name)
        _industry(self, industry)
        _ring_position(self, ring_position)
        _ring_name(self, ring_name)
        _revenue(self, revenue_12m_cents)
        _last_touch(self, last_touch_on)
        _contacts(self, contacts)
        _archived(self, archived)


# Each slot's own setter (past the frozen guard): half the time of object.__setattr__.
_id, _name, _industry, _ring_position, _ring_name, _revenue, _last_touch, _contacts, _archived = (
    vars(AccountRow)[field].__set__ for field in AccountRow.__slots__
)
