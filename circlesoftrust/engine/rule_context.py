"""What every suggestion rule of a pass shares: the facts, scores and settings of the
day (:class:`RuleContext`) and a few helpers to word days and read contacts by id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine.facts import FactTable
from circlesoftrust.engine.scoring import ScoreRow
from circlesoftrust.engine.sqlbits import among, fetch_rows, indexed_by
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import ngettext
from circlesoftrust.models import CONTACT_PEOPLE_INDEX, Contact
from circlesoftrust.storage import Database

# Contacts read through their covering index (id, name, role, stage set by hand): the
# rules' look-ups of who gave an answer or complained read a quarter of the pages.
PEOPLE = indexed_by(Contact.__table__, CONTACT_PEOPLE_INDEX)


def days_text(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=formats.number(n))


from_day = dt.date.fromordinal  # a day number back to a date


class RuleContext:
    """Everything one generation pass needs (read inside one transaction)."""

    def __init__(
        self,
        session: Session,
        day: dt.date,
        settings: EngineSettings,
        facts: FactTable,
        scores: dict[int, ScoreRow],
    ) -> None:
        self.session = session
        self.day = day
        self.day_ord = day.toordinal()
        self.settings = settings
        self.facts = facts
        self.scores = scores
        self.rings = facts.rings
        # (id, name, ring id, ...) by id; one dict, not one per column (a quarter the cost).
        self.accounts = facts.by_id()
        self.contact_names: dict[int, str] = {}
        # Set by a pass that words its reasons when they are read (suggest): the names of
        # the people its reach-the-decider suggestions name are read then, from here.
        self.later: Database | None = None


def chunks(ids: list[int], size: int = 900) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def remember_contacts(ctx: RuleContext, ids: list[int]) -> None:
    missing = sorted(c for c in set(ids) if c not in ctx.contact_names)
    if not missing:
        return
    for cid, name in fetch_rows(
        ctx.session, select(PEOPLE.c.id, PEOPLE.c.name).where(among(PEOPLE.c.id, missing))
    ):
        ctx.contact_names[cid] = name
