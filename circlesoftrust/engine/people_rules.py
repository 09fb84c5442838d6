"""The suggestion rules about people: ask a promoter for a referral, widen an account that
hangs on one person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine.components import FACT, PACKED
from circlesoftrust.engine.fact_queries import (
    CONTACT_MASK,
    NEVER_TOUCHED,
    QUIET_SHIFT,
)
from circlesoftrust.engine.people import DECIDER_ROLES
from circlesoftrust.engine.rule_context import (
    PEOPLE,
    RuleContext,
    days_text,
    from_day,
    remember_contacts,
)
from circlesoftrust.engine.sqlbits import FEW_IDS, among, fetch_rows, raw
from circlesoftrust.engine.suggestion_types import (
    HIGH,
    LOW,
    NORMAL,
    Recipe,
    Suggestion,
    Text,
    fingerprint,
)
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import _
from circlesoftrust.models import Feedback
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import word

LAST_REFERRAL = FACT["last_referral"]


def last_referral(ctx: RuleContext, aid: int) -> int:
    """The day number of the account's last referral (0: never)."""
    return int(PACKED.unpack(ctx.accounts[aid][4])[LAST_REFERRAL])


def quiet_referrers(ctx: RuleContext, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The recent promoters who have not referred anyone lately (a referral ask is due)."""
    quiet_since = ctx.day_ord - ctx.settings.referral_quiet_days
    quiet = []
    for aid, promoted in candidates:
        if last_referral(ctx, aid) <= quiet_since:  # 0: never referred
            quiet.append((aid, promoted))
    return quiet


def referral_asks(ctx: RuleContext, candidates: list[tuple[int, int]]) -> Iterator[Suggestion]:
    if not candidates:
        return
    s, day = ctx.settings, ctx.day
    promoters = _latest_promoters(ctx, [aid for aid, _ in candidates], day, s)
    for aid, promoted in candidates:
        name = ctx.accounts[aid][1]
        contact_id, nps = promoters.get(aid, (None, 9))
        who = ctx.contact_names.get(contact_id) if contact_id else None
        last_ref = last_referral(ctx, aid) or None
        yield Suggestion(
            f"referral_ask:acc:{aid}",
            "referral_ask",
            aid,
            name,
            contact_id,
            who,
            ctx.facts.position_of[ctx.accounts[aid][2]],
            None,
            (_referral_words, who or name, nps, promoted, last_ref),
            _("log the referral request as a touchpoint"),
            LOW,
            day,
            fingerprint("referral_ask", contact_id, promoted, last_ref),
            None,
            1,
        )


def widen(ctx: RuleContext, candidates: list[tuple[int, tuple[int, ...]]]) -> Iterator[Suggestion]:
    """Accounts carried by one person or none. Roles weigh: when that person neither
    decides nor pays (not a decision maker or finance), the suggestion is one step more
    urgent and says so."""
    sole = [c[0] for _, c in candidates if c]
    remember_contacts(ctx, sole)
    roles: dict[int, str] = {}
    if sole:
        for cid, role in fetch_rows(
            ctx.session,
            select(PEOPLE.c.id, PEOPLE.c.role).where(among(PEOPLE.c.id, sorted(set(sole)))),
        ):
            roles[cid] = str(getattr(role, "value", role))
    for aid, carriers in candidates:
        _key, name, ring_id, *_rest = ctx.accounts[aid]
        pos = ctx.facts.position_of[ring_id]
        decider = bool(carriers) and roles.get(carriers[0]) in DECIDER_ROLES
        if carriers:
            who: str | None = ctx.contact_names.get(carriers[0])
            role = None if decider else (roles.get(carriers[0]) or "other")
        else:
            who = role = None
        yield Suggestion(
            f"widen:acc:{aid}",
            "widen",
            aid,
            name,
            carriers[0] if carriers else None,
            who,
            pos,
            None,
            (_widen_words, name, who, role, bool(carriers)),
            _("create a task to meet a second person"),
            (NORMAL if pos <= 1 else LOW) if decider else (HIGH if pos <= 1 else NORMAL),
            ctx.day + dt.timedelta(days=14),
            fingerprint("widen", *carriers),
            None,
            1,
        )


def _latest_promoters(
    ctx: RuleContext, ids: list[int], day: dt.date, s: EngineSettings
) -> dict[int, tuple[int | None, int]]:
    """Per account of ``ids``, the contact and score of the latest promoter answer (9-10)
    in the window; the contacts' names go to ``ctx.contact_names``.

    Every promoter answer of the window is read with its contact's name (a join) and the
    others dropped here: cheaper than thousands of ids bound into IN lists (measured).
    For a few accounts (one account read again after a change) only theirs are read: the
    window's every answer cost ~24 ms at 100,000 accounts.
    """
    since = day - dt.timedelta(days=s.promoter_recent_days)
    wanted = set(ids)
    out: dict[int, tuple[int | None, int, Any, int]] = {}
    names = ctx.contact_names
    f = Feedback.__table__.c
    stmt = (
        select(f.account_id, f.contact_id, f.nps, raw(f.given_on), f.id, PEOPLE.c.name)
        .outerjoin(PEOPLE, PEOPLE.c.id == f.contact_id)
        .where(f.nps >= 9, f.given_on > since, f.given_on <= day)
    )
    if len(wanted) <= FEW_IDS:
        stmt = stmt.where(f.account_id.in_(sorted(wanted)))
    for aid, cid, nps, given, fid, who in fetch_rows(ctx.session, stmt):
        if aid in wanted:
            seen = out.get(aid)
            if seen is None or (given, fid) > (seen[2], seen[3]):
                out[aid] = (cid, nps, given, fid)
            if cid is not None:
                names[cid] = who
    return {aid: (cid, nps) for aid, (cid, nps, _, _) in out.items()}


def reach_decision_makers(
    ctx: RuleContext, candidates: list[tuple[int, int, int, int, int, int]]
) -> Iterator[Suggestion]:
    """The "reach the decision maker" suggestions (issue 11, point 7): an account in ring
    0 or 1 none of whose decision makers or finance contacts is reached: all at "awareness"
    or below a cadence after being added, or none touched for twice the ring's cadence.
    ``candidates``: (account, ring position, cadence, low key, quiet key, quiet key as
    stored), the keys of :data:`.fact_queries.DECIDER_COLUMNS` that hold on the day (0 =
    not). The person named is the oldest unreached (else the one touched most recently);
    names, roles and stages set by hand are read for them alone."""
    if not candidates:
        return
    chosen = {
        aid: (low & CONTACT_MASK) if low else (quiet & CONTACT_MASK)
        for aid, _pos, _cad, low, quiet, _raw in candidates
    }
    people = PendingPeople(list(chosen.values()), ctx.later)
    if ctx.later is None:
        people.read(ctx.session)
    weak = ctx.settings.stage_weak_two_way
    today = ctx.day_ord
    later = ctx.later is not None
    for aid, pos, cadence, low, quiet, quiet_key in candidates:
        cid = chosen[aid]
        if not people.may_have(cid):
            continue
        account = ctx.accounts[aid][1]
        # The quiet key says when the decider touched last was last touched (or added).
        since = 0  # that day, when it is this person's (0: not known)
        touched = 0  # the day this person was last touched at the account (0: not known)
        if quiet_key and quiet_key & CONTACT_MASK == cid:
            since = quiet_key >> QUIET_SHIFT
            touched = 0 if quiet_key & NEVER_TOUCHED else since
        never = bool(quiet_key & NEVER_TOUCHED)
        if low:
            words: Recipe = (_low_words, account, weak, since, never)
            # Being at awareness is a standing state, not a lapse with a date: due the day
            # it shows (not "added + cadence", a year overdue for an old contact), or one
            # cadence after the person was last touched when that is later.
            due = max(today, touched + cadence if touched else 0)
        else:
            silent = today - (quiet >> QUIET_SHIFT)
            words = (_quiet_words, account, silent, since, never, cadence)
            due = (quiet >> QUIET_SHIFT) + 2 * cadence
        if later:  # the person is read when the text is
            who: Text = (people.name, cid)
            reason: Recipe = (_with_person, people, cid, *words)
            action: Recipe = (_with_person, people, cid, _reach_action)
        else:  # (sent to the window pickled: the words, not every person read)
            person = people.get(cid)
            who = person[0]
            reason = (words[0], *person, *words[1:])
            action = (_reach_action, *person)
        yield Suggestion(
            f"reach_decision_maker:acc:{aid}",
            "reach_decision_maker",
            aid,
            account,
            cid,
            who,
            pos,
            None,
            reason,
            action,
            # Like a follow-up: never above complaints and accounts at risk, which are
            # more urgent (a third of the demo's accounts have a decider to reach).
            NORMAL if pos <= 1 else LOW,
            from_day(due),
            f"reach_decision_maker|{cid}|{low or quiet}",
            None,
            1,
        )


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
