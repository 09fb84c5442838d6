"""The suggestion rules about people: ask a promoter for a referral, widen an account that
hangs on one person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from itertools import repeat
from operator import itemgetter
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine.fact_queries import (
    CONTACT_MASK,
    NEVER_TOUCHED,
    QUIET_SHIFT,
)
from circlesoftrust.engine.people import DECIDER_ROLES
from circlesoftrust.engine.rule_context import PEOPLE, RuleContext, days_text, from_day
from circlesoftrust.engine.sqlbits import FEW_IDS, among, fetch_rows, in_ids
from circlesoftrust.engine.suggestion_types import (
    HIGH,
    LOW,
    NORMAL,
    Suggestion,
    fitted_fingerprint,
)
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import _
from circlesoftrust.models import Feedback
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import word

_NEW = tuple.__new__
NONE = repeat(None)  # a field that is None in every suggestion made (see made())
_CONTACT, _NPS = itemgetter(0), itemgetter(1)


def made(*fields: Iterable[Any]) -> list[Suggestion]:
    """Suggestions from their 16 fields, each given as a column: a list (one value per
    suggestion) or ``repeat(value)`` (the same for all; at least one field is a list).
    The rules build their hits this way a field at a time, in C (``zip``), with the
    fields a whole kind or ring shares given once."""
    return list(map(_NEW, repeat(Suggestion), zip(*fields, strict=False)))


def per_value(values: np.ndarray[Any, Any], *makers: Callable[[int], Any]) -> list[list[Any]]:
    """For each of ``makers``, what it makes of each of ``values`` (integers), made once per
    distinct value: dates and fingerprints repeat (a few hundred days among thousands)."""
    distinct, inverse = np.unique(values, return_inverse=True)
    keys = distinct.tolist()
    out = []
    for make in makers:
        once = np.empty(len(keys), dtype=object)
        once[:] = [make(key) for key in keys]
        out.append(once[inverse].tolist())
    return out


def referral_asks(
    ctx: RuleContext,
    aids: list[int],
    names: list[str],
    positions: list[int],
    promoted: list[int],
    last_referrals: list[int],
) -> list[Suggestion]:
    """Referral asks of recent promoters who have not referred anyone lately: the accounts
    ``aids`` (with their names, ring positions, last promoter answer and last referral as
    day numbers, 0 = never). The person asked gave the latest promoter answer."""
    if not aids:
        return []
    s, day = ctx.settings, ctx.day
    promoters = _latest_promoters(ctx, aids, day, s)
    latest = list(map(promoters.get, aids, repeat((None, 9))))
    contacts = list(map(_CONTACT, latest))
    known = ctx.contact_names
    who = [known.get(cid) if cid else None for cid in contacts]
    last_refs = [last or None for last in last_referrals]
    prints = [
        f"referral_ask|{'' if cid is None else cid}|{on}|{'' if last is None else last}"
        for cid, on, last in zip(contacts, promoted, last_refs, strict=True)
    ]
    return made(
        [f"referral_ask:acc:{aid}" for aid in aids],
        repeat("referral_ask"),
        aids,
        names,
        contacts,
        who,
        positions,
        NONE,
        zip(
            repeat(_referral_words),
            [person or name for person, name in zip(who, names, strict=True)],
            map(_NPS, latest),
            promoted,
            last_refs,
        ),
        repeat(_("log the referral request as a touchpoint")),
        repeat(LOW),
        repeat(day),
        [p if len(p) <= 64 else fitted_fingerprint(p) for p in prints],
        NONE,
        repeat(1),
        repeat(()),
    )


def widen(
    ctx: RuleContext,
    aids: list[int],
    names: list[str],
    positions: list[int],
    carriers: list[tuple[int, ...]],
) -> list[Suggestion]:
    """Accounts carried by one person or none (``carriers``: () or that person's id).
    Roles weigh: when that person neither decides nor pays (not a decision maker or
    finance), the suggestion is one step more urgent and says so."""
    if not aids:
        return []
    sole = sorted({c[0] for c in carriers if c})
    roles: dict[int, str] = {}
    known = ctx.contact_names
    if sole:  # their names and roles, one read
        people = fetch_rows(
            ctx.session,
            select(PEOPLE.c.id, PEOPLE.c.name, PEOPLE.c.role).where(among(PEOPLE.c.id, sole)),
        )
        known.update({cid: name for cid, name, _role in people if cid not in known})
        roles = {
            cid: role if type(role) is str else str(getattr(role, "value", role))
            for cid, _name, role in people
        }
    firsts = [c[0] if c else None for c in carriers]
    their_roles = [roles.get(cid) if cid is not None else None for cid in firsts]
    deciders = [role in DECIDER_ROLES for role in their_roles]
    who = [known.get(cid) if cid is not None else None for cid in firsts]
    return made(
        [f"widen:acc:{aid}" for aid in aids],
        repeat("widen"),
        aids,
        names,
        firsts,
        who,
        positions,
        NONE,
        zip(
            repeat(_widen_words),
            names,
            who,
            [
                None if decider or cid is None else (role or "other")
                for decider, cid, role in zip(deciders, firsts, their_roles, strict=True)
            ],
            [cid is not None for cid in firsts],
        ),
        repeat(_("create a task to meet a second person")),
        [
            (NORMAL if pos <= 1 else LOW) if decider else (HIGH if pos <= 1 else NORMAL)
            for decider, pos in zip(deciders, positions, strict=True)
        ],
        repeat(ctx.day + dt.timedelta(days=14)),
        [f"widen|{cid}" if cid is not None else "widen" for cid in firsts],
        NONE,
        repeat(1),
        repeat(()),
    )


def _latest_promoters(
    ctx: RuleContext, ids: list[int], day: dt.date, s: EngineSettings
) -> dict[int, tuple[int | None, int]]:
    """Per account of ``ids``, the contact and score of the latest promoter answer (9-10)
    in the window (the latest day, then the latest entered); the contacts' names go to
    ``ctx.contact_names``.

    The answers of these accounts alone are read, with their contact's name (a join):
    a few accounts' ids bound in an IN list, more as one value (:class:`.sqlbits.in_ids`:
    at 100,000 accounts, ~5,000 accounts' answers through the index cost ~12 ms, every
    promoter answer of the window (a scan) ~19 ms and twice the rows).
    """
    since = day - dt.timedelta(days=s.promoter_recent_days)
    wanted = sorted(set(ids))
    f = Feedback.__table__.c
    stmt = (
        select(f.account_id, f.contact_id, f.nps, PEOPLE.c.name)
        .outerjoin(PEOPLE, PEOPLE.c.id == f.contact_id)
        .where(
            f.account_id.in_(wanted) if len(wanted) <= FEW_IDS else in_ids(f.account_id, wanted),
            f.nps >= 9,
            f.given_on > since,
            f.given_on <= day,
        )
        .order_by(f.account_id, f.given_on, f.id)  # each account's latest answer last
    )
    rows = fetch_rows(ctx.session, stmt)
    ctx.contact_names.update({cid: who for _aid, cid, _nps, who in rows if cid is not None})
    return {aid: (cid, nps) for aid, cid, nps, _who in rows}


def reach_decision_makers(
    ctx: RuleContext,
    aids: np.ndarray[Any, Any],
    names: list[str],
    positions: np.ndarray[Any, Any],
    cadences: np.ndarray[Any, Any],
    lows: np.ndarray[Any, Any],
    quiets: np.ndarray[Any, Any],
    quiet_keys: np.ndarray[Any, Any],
) -> list[Suggestion]:
    """The "reach the decision maker" suggestions (issue 11, point 7): an account in ring
    0 or 1 none of whose decision makers or finance contacts is reached: all at "awareness"
    or below a cadence after being added, or none touched for twice the ring's cadence.
    The accounts ``aids`` (names, ring positions, cadences) come with the keys of
    :data:`.fact_queries.DECIDER_COLUMNS` as columns: ``lows`` and ``quiets`` where they
    hold on the day (0 = not), ``quiet_keys`` as stored. The person named is the oldest
    unreached (else the one touched most recently); names, roles and stages set by hand
    are read for them alone."""
    if not len(aids):
        return []
    chosen = np.where(lows != 0, lows & CONTACT_MASK, quiets & CONTACT_MASK)
    cids = chosen.tolist()
    people = PendingPeople(cids, ctx.later)
    later = ctx.later is not None
    if not later:
        people.read(ctx.session)
        known = people.people
        assert known is not None
        keep = np.array([cid in known for cid in cids], dtype=bool)
        if not keep.all():  # a person gone (read in the pass): no suggestion
            at = np.flatnonzero(keep)
            aids, names = aids[at], list(map(names.__getitem__, at.tolist()))
            chosen, positions, cadences = chosen[at], positions[at], cadences[at]
            lows, quiets, quiet_keys = lows[at], quiets[at], quiet_keys[at]
    # The quiet key says when the decider touched last was last touched (or added): that
    # day when it is this person's (0: not known), and whether this person was touched.
    never = (quiet_keys & NEVER_TOUCHED) != 0
    theirs = (quiet_keys != 0) & ((quiet_keys & CONTACT_MASK) == chosen)
    since = np.where(theirs, quiet_keys >> QUIET_SHIFT, 0)
    touched = np.where(theirs & ~never, since, 0)
    today = ctx.day_ord
    weak = ctx.settings.stage_weak_two_way
    low = lows != 0
    # Being at awareness is a standing state, not a lapse with a date: due the day it
    # shows (not "added + cadence", a year overdue for an old contact), or one cadence
    # after the person was last touched when that is later.
    due = np.where(
        low,
        np.where(touched != 0, np.maximum(today, touched + cadences), today),
        (quiets >> QUIET_SHIFT) + 2 * cadences,
    )
    # Like a follow-up: never above complaints and accounts at risk, which are more
    # urgent (a third of the demo's accounts have a decider to reach).
    priority = np.where(positions <= 1, NORMAL, LOW)
    key = np.where(low, lows, quiets)
    out: list[Suggestion] = []
    for words_of, at in ((_low_words, np.flatnonzero(low)), (_quiet_words, np.flatnonzero(~low))):
        if not len(at):
            continue
        ids = aids[at].tolist()
        accounts = list(map(names.__getitem__, at.tolist()))
        people_ids = chosen[at].tolist()
        if words_of is _low_words:
            words: list[Iterable[Any]] = [
                repeat(_low_words), accounts, repeat(weak), since[at].tolist(),
                never[at].tolist(),
            ]  # fmt: skip
        else:
            words = [
                repeat(_quiet_words), accounts,
                (today - (quiets[at] >> QUIET_SHIFT)).tolist(), since[at].tolist(),
                never[at].tolist(), cadences[at].tolist(),
            ]  # fmt: skip
        if later:  # the person is read when the text is
            who: Iterable[Any] = zip(repeat(people.name), people_ids)
            reason: Iterable[Any] = zip(repeat(_with_person), repeat(people), people_ids, *words)
            action: Iterable[Any] = zip(
                repeat(_with_person), repeat(people), people_ids, repeat(_reach_action)
            )
        else:  # (sent to the window pickled: the words, not every person read)
            persons = list(map(people.get, people_ids))
            who = list(map(itemgetter(0), persons))
            reason = [
                (words_of, *person, *rest)
                for person, *rest in zip(persons, *words[1:], strict=False)
            ]
            action = [(_reach_action, *person) for person in persons]
        out += made(
            [f"reach_decision_maker:acc:{aid}" for aid in ids],
            repeat("reach_decision_maker"),
            ids,
            accounts,
            people_ids,
            who,
            positions[at].tolist(),
            NONE,
            reason,
            action,
            priority[at].tolist(),
            per_value(due[at], from_day)[0],
            [
                f"reach_decision_maker|{cid}|{k}"
                for cid, k in zip(people_ids, key[at].tolist(), strict=True)
            ],
            NONE,
            repeat(1),
            repeat(()),
        )
    return out


def _person(who: str, role: str) -> str:
    return _("{person} ({role})").format(person=who, role=word(role))


def _since(since: int, never: bool) -> str:
    if not since:
        return ""
    text = _("never touched since added on {day}") if never else _("last touched on {day}")
    return text.format(day=formats.date(from_day(since)))


def _with_person(people: PendingPeople, cid: int, fn: Callable[..., str], *args: Any) -> str:
    """``fn`` worded with the person's name, role and stage set by hand first."""
    return fn(*people.get(cid), *args)


def _low_words(
    who: str,
    role: str,
    stage: str | None,
    account: str,
    weak: int,
    since: int,
    never: bool,
) -> str:
    """A decider at awareness or below, in words (with when last touched, if known)."""
    if stage:
        how = _("set by hand to {stage}").format(stage=word(stage))
    elif weak <= 1:
        how = _("no two-way conversation with you in 12 months")
    else:
        how = _("fewer than {n} two-way conversations with you in 12 months").format(n=weak)
    reason = _("{person} is at awareness or below at {account}: {how}").format(
        person=_person(who, role), account=account, how=how
    )
    when = _since(since, never)
    return f"{reason}; {when}" if when else reason


def _quiet_words(
    who: str,
    role: str,
    _stage: str | None,
    account: str,
    silent: int,
    since: int,
    never: bool,
    cadence: int,
) -> str:
    """A decider untouched for two cadences, in words."""
    return _(
        "{person} at {account} has not been touched for {days} ({since}); "
        "someone who decides or pays needs contact at least every {twice} days here"
    ).format(
        person=_person(who, role),
        account=account,
        days=days_text(silent),
        since=_since(since, never),
        twice=2 * cadence,
    )


def _reach_action(who: str, _role: str, _stage: str | None) -> str:
    return _("create a task to reach {person}").format(person=who)


class PendingPeople:
    """The deciders a pass's reach-the-decider suggestions name: their name, role and
    stage set by hand (covering index, one read for all). Read in the pass, or — when the
    pass words its reasons when they are read (``ctx.later``) — at the first ask: ~15,000
    of them at 100,000 accounts cost ~0.1 s of the pass, for texts a user reads a few of.
    A suggestion whose person is gone by then (the summary's keys are dropped with the
    contact, so only a race) names no one."""

    def __init__(self, ids: list[int], db: Database | None) -> None:
        self.ids = ids
        self.db = db
        self.people: dict[int, tuple[str, str, Any]] | None = None

    def read(self, session: Session) -> None:
        c = PEOPLE.c
        people: dict[int, tuple[str, str, Any]] = {}
        for cid, name, role, override in fetch_rows(
            session,
            select(c.id, c.name, c.role, c.stage_override).where(among(c.id, self.ids)),
        ):
            people[cid] = (name, str(getattr(role, "value", role)), override)
        self.people = people

    def _known(self) -> dict[int, tuple[str, str, Any]]:
        if self.people is None:
            assert self.db is not None
            with self.db.transaction() as session:
                self.read(session)
        assert self.people is not None
        return self.people

    def may_have(self, cid: int) -> bool:
        """False only for a person known to be gone (read in the pass)."""
        return self.people is None or cid in self.people

    def get(self, cid: int) -> tuple[str, str, str | None]:
        """(name, role, stage set by hand) of ``cid``."""
        name, role, override = self._known().get(cid, ("", "other", None))
        return name, role, getattr(override, "value", override)

    def name(self, cid: int) -> str:
        return self.get(cid)[0]

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with the people read (the database stays behind)."""
        return {"ids": [], "db": None, "people": self._known()}


def _referral_words(who: str, nps: int, promoted: int, last_ref: int | None) -> str:
    since = (
        _("no referral since {day}").format(day=formats.date(from_day(last_ref)))
        if last_ref is not None
        else _("never referred anyone")
    )
    return _("ask {who} for a referral: NPS {nps} on {day}, {since}").format(
        who=who, nps=nps, day=formats.date(from_day(promoted)), since=since
    )


def _widen_words(name: str, who: str | None, role: str | None, carried: bool) -> str:
    """``role``: the one carrier's role code when that person neither decides nor pays."""
    who = who or _("one person")
    if carried and role is not None:
        reason = _(
            "{name} hangs on one person who neither decides nor pays: only {who} "
            "({role}) had a two-way conversation with you in the last 12 months"
        ).format(name=name, who=who, role=word(role))
    elif carried:
        reason = _(
            "{name} hangs on one person: only {who} had a two-way conversation "
            "with you in the last 12 months"
        ).format(name=name, who=who)
    else:
        reason = _(
            "{name} hangs on nobody: no named contact had a two-way "
            "conversation with you in the last 12 months"
        ).format(name=name)
    return _("{reason}; meet a second person (a decision maker, finance or a user)").format(
        reason=reason
    )
