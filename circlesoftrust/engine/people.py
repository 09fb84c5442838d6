"""People, not just accounts: contact stages, buying groups, single threads, journey phase.

**Contact stage** (derived from the contact's own touchpoints and NPS answers; a stage set
by hand on the contact wins):

* strong tie — ``stage_strong_two_way`` two-way touches in 12 months (or a promoter with
  ``stage_building_two_way``), and a touch within ``stage_recent_days``;
* building — ``stage_building_two_way`` two-way touches in 12 months and a recent touch;
* weak tie — at least ``stage_weak_two_way`` two-way touches in 12 months (a detractor
  whose last answer was 0-6 is capped here);
* awareness — some touch or answer, ever; unaware — nothing yet.

**Single-thread risk**: a customer whose relationship is carried by at most one person —
one contact or none had a two-way touch in the last 12 months (hand-set stages count:
weak tie or better carries, below does not; archived contacts do not). The same rule makes
the *widen* suggestion.

**Journey phase** (a loop; it moves both ways): a customer within
``journey_after_sale_days`` of a purchase is in *after-sale* (even when the renewal is
near); else a customer whose renewal is within ``journey_renewal_days`` is back in
*purchase decision*; otherwise in *usage*. An account without a purchase is in
*purchase decision* when it had three two-way touches in 12 months and a touch in the last
45 days, in *research* with any two-way touch in 12 months, else in *discovery*.

**Top people**: contacts of the 100 highest-scoring accounts, ranked by 60 % their
account's trust score, 25 % their own stage and 15 % their role; at most
``top_people_per_account`` (2) people of one account, so the list spreads across accounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.engine.fact_queries import YEAR
from circlesoftrust.engine.fact_summary import refresh as refresh_facts
from circlesoftrust.engine.facts import AccountFacts, FactTable, load_facts, rank_revenue
from circlesoftrust.engine.scoring import score_rows
from circlesoftrust.engine.sqlbits import as_flag
from circlesoftrust.engine_settings import EngineSettings, load_settings
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.models import Account, Contact, Feedback, Touchpoint
from circlesoftrust.services.lookups import get_account_row, log_action, today
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import (
    ContactRole,
    Direction,
    JourneyPhase,
    RelationshipStage,
    label,
    word,
)

STAGES = tuple(RelationshipStage)  # unaware .. strong tie, weakest first
# The roles that decide or pay: single-thread risk and the widen suggestion weigh them.
DECIDER_ROLES = frozenset({ContactRole.DECISION_MAKER.value, ContactRole.FINANCE.value})
# Stages that carry a relationship when set by hand (see the module doc).
_CARRYING_STAGES = frozenset(
    {
        RelationshipStage.WEAK_TIE.value,
        RelationshipStage.BUILDING.value,
        RelationshipStage.STRONG_TIE.value,
    }
)
_ROLE_WEIGHT = {
    ContactRole.DECISION_MAKER: 1.0,
    ContactRole.CHAMPION: 0.9,
    ContactRole.FINANCE: 0.6,
    ContactRole.INFLUENCER: 0.6,
    ContactRole.USER: 0.4,
    ContactRole.GATEKEEPER: 0.3,
    ContactRole.OTHER: 0.3,
}
TOP_ACCOUNTS = 100
UNRANKED = rank_revenue((), 0)


@dataclass(frozen=True)
class ContactStage:
    """One person of a buying group and how close you are."""

    contact_id: int
    account_id: int
    name: str
    role: str
    title: str | None
    stage: str  # the stage in force (hand-set wins)
    derived_stage: str
    overridden: bool
    last_touch_on: dt.date | None
    two_way_12m: int
    touches: int
    latest_nps: int | None
    reason: str


@dataclass(frozen=True)
class JourneyInfo:
    """The journey phase in force and why: the derived one, or one set by hand that holds
    until the next contact or purchase after the day it was set."""

    account_id: int
    phase: str  # the phase in force
    reason: str  # why the facts support the derived phase
    stored_phase: str | None  # what the account record says now
    set_on: dt.date | None = None  # the day the stored phase was set by hand
    by_hand: bool = False  # the phase in force is the one set by hand
    derived_phase: str = ""  # what the facts say (the phase in force unless by hand)
    overtaken_on: dt.date | None = None  # the contact that replaced a phase set by hand
    # The stored phase was set by hand (on a day after the one asked); else it was stored
    # by a sync, an import or the demo: the facts of an earlier day, not the user's word.
    stored_by_hand: bool = False

    def words(self) -> str:
        """The phase with the facts behind it, as the page, `accounts show` and the brief
        show it."""

        def say(phase: str) -> str:
            return word(phase)  # the phase's word in the user's language

        if self.by_hand and self.set_on is not None:
            return _(
                "{phase} (set by hand on {day}; kept until the next contact or purchase; the "
                "facts say {derived}: {reason})"
            ).format(
                phase=say(self.phase),
                day=formats.date(self.set_on),
                derived=say(self.derived_phase),
                reason=self.reason,
            )
        words = _("{phase} (derived: {reason})").format(phase=say(self.phase), reason=self.reason)
        if self.stored_phase and self.stored_phase != self.phase:
            if self.set_on is not None and self.overtaken_on is not None:
                words += _(
                    "; set by hand to {phase} on {day}, replaced by the contact of {contact}"
                ).format(
                    phase=say(self.stored_phase),
                    day=formats.date(self.set_on),
                    contact=formats.date(self.overtaken_on),
                )
            elif self.stored_by_hand:
                words += _("; set by hand: {phase}").format(phase=say(self.stored_phase))
            else:
                words += _("; stored earlier as {phase}").format(phase=say(self.stored_phase))
        return words


@dataclass(frozen=True)
class BuyingGroup:
    """An account's people: stages, coverage per stage, single-thread risk, journey phase."""

    account_id: int
    account_name: str
    contacts: tuple[ContactStage, ...]
    coverage: tuple[tuple[str, int], ...]  # (stage, contacts at that stage), weakest first
    carriers: int  # people carrying the relationship (2 means "two or more")
    single_thread_risk: bool
    risk_reason: str
    journey: JourneyInfo


@dataclass(frozen=True)
class PersonRank:
    """One of the people to stay close to, with why."""

    rank: int
    contact_id: int
    name: str
    role: str
    title: str | None
    account_id: int
    account_name: str
    ring_name: str
    account_score: float
    stage: str
    last_touch_on: dt.date | None
    two_way_12m: int
    latest_nps: int | None
    points: float
    reason: str


# --- contact stages -------------------------------------------------------------------------


@dataclass(frozen=True)
class _ContactFacts:
    touches: int
    last_touch: dt.date | None
    two_way_12m: int
    latest_nps: int | None


def _contact_facts(
    session: Session, contact_ids: Sequence[int], day: dt.date
) -> dict[int, _ContactFacts]:
    """Per contact: touches, last touch, two-way touches in 12m, latest NPS (set-based)."""
    out: dict[int, _ContactFacts] = {}
    t = Touchpoint.__table__.c
    recent = as_flag(
        and_(t.direction == Direction.TWO_WAY.value, t.occurred_on > day - dt.timedelta(days=YEAR))
    )
    nps: dict[int, int] = {}
    for start in range(0, len(contact_ids), 900):
        chunk = list(contact_ids[start : start + 900])
        for cid, n, last, tw in session.execute(
            select(t.contact_id, func.count(), func.max(t.occurred_on), func.sum(recent))
            .where(t.contact_id.in_(chunk), t.occurred_on <= day)
            .group_by(t.contact_id)
        ).all():
            out[cid] = _ContactFacts(int(n), last, int(tw or 0), None)
        for cid, score in session.execute(
            select(Feedback.contact_id, Feedback.nps)
            .where(Feedback.contact_id.in_(chunk), Feedback.given_on <= day)
            .order_by(Feedback.given_on, Feedback.id)
        ).all():
            if cid is not None:
                nps[cid] = score
    for cid, score in nps.items():
        base = out.get(cid, _ContactFacts(0, None, 0, None))
        out[cid] = _ContactFacts(base.touches, base.last_touch, base.two_way_12m, score)
    return out


def derive_stage(
    f: _ContactFacts, day: dt.date, s: EngineSettings
) -> tuple[RelationshipStage, str]:
    """The stage the facts support, and why in words."""
    touches = ngettext(
        "{n} two-way touch in 12 months", "{n} two-way touches in 12 months", f.two_way_12m
    ).format(n=f.two_way_12m)
    recent = f.last_touch is not None and (day - f.last_touch).days <= s.stage_recent_days
    promoter = f.latest_nps is not None and f.latest_nps >= 9
    detractor = f.latest_nps is not None and f.latest_nps <= 6
    nps = _("; last NPS {nps}").format(nps=f.latest_nps) if f.latest_nps is not None else ""
    if (
        recent
        and not detractor
        and (
            f.two_way_12m >= s.stage_strong_two_way
            or (promoter and f.two_way_12m >= s.stage_building_two_way)
        )
    ):
        return RelationshipStage.STRONG_TIE, touches + nps
    if recent and not detractor and f.two_way_12m >= s.stage_building_two_way:
        return RelationshipStage.BUILDING, touches + nps
    if f.two_way_12m >= s.stage_weak_two_way:
        return RelationshipStage.WEAK_TIE, touches + nps
    if f.touches or f.latest_nps is not None:
        when = (
            _("last touch {day}").format(day=formats.date(f.last_touch))
            if f.last_touch
            else _("no touch")
        )
        return RelationshipStage.AWARENESS, f"{touches}; {when}{nps}"
    return RelationshipStage.UNAWARE, _("no touchpoints or answers yet")


def _contact_stages(
    session: Session, contacts: Sequence[Contact], day: dt.date, s: EngineSettings
) -> list[ContactStage]:
    facts = _contact_facts(session, [c.id for c in contacts], day)
    out = []
    for c in contacts:
        f = facts.get(c.id, _ContactFacts(0, None, 0, None))
        derived, why = derive_stage(f, day, s)
        stage = c.stage_override or derived
        if c.stage_override is not None:
            why = _("set by hand (the facts say {stage}: {why})").format(
                stage=word(derived.value), why=why
            )
        out.append(
            ContactStage(
                c.id,
                c.account_id,
                c.name,
                c.role.value,
                c.title,
                stage.value,
                derived.value,
                c.stage_override is not None,
                f.last_touch,
                f.two_way_12m,
                f.touches,
                f.latest_nps,
                why,
            )
        )
    return out


def contact_stages(
    db: Database, account: int | str, *, on: dt.date | str | None = None
) -> list[ContactStage]:
    """Every active contact of an account with its stage (strongest first)."""
    return list(buying_group(db, account, on=on).contacts)


# --- journey phase -------------------------------------------------------------------------


def derive_journey(f: AccountFacts, day: dt.date, s: EngineSettings) -> tuple[JourneyPhase, str]:
    """The journey phase the account's history supports, and why.

    A purchase starts the after-sale phase first, even when its renewal is near: the
    client has just bought and needs the after-sale care before deciding again.
    """
    if f.is_customer and f.last_purchase_on is not None:
        since = (day - f.last_purchase_on).days
        renewal = ""
        if f.renewal_on is not None and f.renewal_on >= day:
            renewal = _("; renewal due {day}").format(day=formats.date(f.renewal_on))
        if since <= s.journey_after_sale_days:
            return (
                JourneyPhase.AFTER_SALE,
                _("bought {day} ({since} days ago){renewal}").format(
                    day=formats.date(f.last_purchase_on), since=since, renewal=renewal
                ),
            )
        if f.renewal_on is not None:
            left = (f.renewal_on - day).days
            bought_since = f.last_purchase_on >= f.renewal_on - dt.timedelta(
                days=s.renewal_within_days
            )
            if -s.renewal_overdue_days <= left <= s.journey_renewal_days and not bought_since:
                return (
                    JourneyPhase.PURCHASE_DECISION,
                    _("renewal due {day}: deciding again").format(day=formats.date(f.renewal_on)),
                )
        return JourneyPhase.USAGE, _("customer; last purchase {day}").format(
            day=formats.date(f.last_purchase_on)
        )
    recent = f.last_touch_on is not None and (day - f.last_touch_on).days <= 45
    if f.two_way_12m >= 3 and recent:
        return (
            JourneyPhase.PURCHASE_DECISION,
            _("no purchase yet; {n} two-way touches in 12 months, talking now").format(
                n=f.two_way_12m
            ),
        )
    if f.two_way_12m >= 1:
        return JourneyPhase.RESEARCH, ngettext(
            "no purchase yet; {n} two-way touch",
            "no purchase yet; {n} two-way touches",
            f.two_way_12m,
        ).format(n=f.two_way_12m)
    return JourneyPhase.DISCOVERY, _("no purchase and no two-way touch in 12 months")


def journey_phase(
    db: Database, account: int | str, *, on: dt.date | str | None = None
) -> JourneyInfo:
    """An account's derived journey phase (and the phase stored on the account)."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        row = get_account_row(session, account)
        settings = load_settings(session)
        facts = load_facts(
            session, day, settings.previous_year_percent, ids=[row.id], ranking=UNRANKED
        )
        return _journey(row, facts, day, settings)


def _journey(row: Account, facts: FactTable, day: dt.date, s: EngineSettings) -> JourneyInfo:
    stored = row.journey_phase.value if row.journey_phase else None
    if not facts.accounts:
        return JourneyInfo(row.id, stored or JourneyPhase.DISCOVERY.value, "archived", stored)
    f = facts.account(row.id)
    phase, why = derive_journey(f, day, s)
    set_on = row.journey_set_on if stored else None
    if set_on is None or set_on > day:
        return JourneyInfo(
            row.id, phase.value, why, stored, None, False, phase.value,
            stored_by_hand=set_on is not None,
        )  # fmt: skip
    latest = _next_fact(f, set_on)
    if latest is None:
        assert stored is not None
        return JourneyInfo(row.id, stored, why, stored, set_on, True, phase.value)
    return JourneyInfo(row.id, phase.value, why, stored, set_on, False, phase.value, latest)


def _next_fact(f: AccountFacts, set_on: dt.date) -> dt.date | None:
    """The latest contact or purchase after ``set_on`` (None: a phase set by hand on that
    day still holds)."""
    latest = max(
        (d for d in (f.last_contact_on, f.last_purchase_on) if d is not None), default=None
    )
    return latest if latest is not None and latest > set_on else None


def sync_journey_phases(db: Database, *, on: dt.date | str | None = None) -> int:
    """Store every active account's derived journey phase; returns how many changed."""
    day = v.date(on, "date", default=today())
    refresh_facts(db, day)
    with db.transaction() as session:
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent)
        stored: dict[int, JourneyPhase | None] = {}
        by_hand: dict[int, dt.date] = {}
        for aid, stored_phase, set_on in session.execute(
            select(Account.id, Account.journey_phase, Account.journey_set_on).where(
                Account.archived_at.is_(None)
            )
        ).all():
            stored[aid] = stored_phase
            if set_on is not None and stored_phase is not None and set_on <= day:
                by_hand[aid] = set_on
        changes: dict[JourneyPhase, list[int]] = {}
        for aid, *_rest in facts.accounts:
            f = facts.account(aid)
            if aid in by_hand and _next_fact(f, by_hand[aid]) is None:
                continue  # set by hand, and no contact since: the user's phase stands
            phase, _why = derive_journey(f, day, settings)
            if stored.get(aid) != phase:
                changes.setdefault(phase, []).append(aid)
        for phase, ids in changes.items():
            for start in range(0, len(ids), 900):
                session.execute(
                    update(Account)
                    .where(Account.id.in_(ids[start : start + 900]))
                    .values(journey_phase=phase, journey_set_on=None)
                )
        changed = sum(len(ids) for ids in changes.values())
        if changed:
            log_action(
                session,
                "journey",
                _("journey phase updated for {changed} accounts").format(changed=changed),
            )
        return changed


# --- buying group -----------------------------------------------------------------------------


def buying_group(
    db: Database, account: int | str, *, on: dt.date | str | None = None
) -> BuyingGroup:
    """An account's contacts with role, stage and last touch; coverage and single-thread risk."""
    day = v.date(on, "date", default=today())
    with db.transaction() as session:
        row = get_account_row(session, account)
        settings = load_settings(session)
        # The group rests on the account's own facts: no revenue ranking of every account.
        facts = load_facts(
            session, day, settings.previous_year_percent, ids=[row.id], ranking=UNRANKED
        )
        return group_in_session(session, row, day, settings, facts)


def group_in_session(
    session: Session,
    row: Account,
    day: dt.date,
    settings: EngineSettings,
    facts: FactTable | None,
) -> BuyingGroup:
    """:func:`buying_group` inside the caller's transaction, from facts it already read
    (``facts`` holds this account's, or none when it is archived; ``None``: they could not
    be read, so the people and their stages come without the account's risk and phase)."""
    contacts = list(
        session.scalars(
            select(Contact)
            .where(Contact.account_id == row.id, Contact.archived_at.is_(None))
            .order_by(Contact.name)
        )
    )
    stages = _contact_stages(session, contacts, day, settings)
    if facts is None:
        stored = row.journey_phase.value if row.journey_phase else None
        unread = "the account's facts could not be read"
        journey = JourneyInfo(row.id, stored or JourneyPhase.DISCOVERY.value, unread, stored)
    else:
        journey = _journey(row, facts, day, settings)
    account_facts = facts.account(row.id) if facts is not None and facts.accounts else None
    strength = {stage.value: k for k, stage in enumerate(STAGES)}
    stages.sort(key=lambda c: (-strength[c.stage], c.name))
    coverage = tuple(
        (stage.value, sum(1 for c in stages if c.stage == stage.value)) for stage in STAGES
    )
    carriers = account_facts.carriers if account_facts else ()
    customer = bool(account_facts and account_facts.is_customer)
    names = {c.contact_id: c.name for c in stages}
    if facts is None:
        risk, why = False, _("not known: the account's facts could not be read")
    elif not customer:
        risk, why = False, _("no purchase yet: one contact is normal this early")
    elif len(carriers) >= 2:
        # Roles weigh: people who talk with you, but none who decides or pays, is a risk
        # too when the buying group names someone who does.
        carrying = [c for c in stages if c.two_way_12m or c.stage in _CARRYING_STAGES]
        deciders = [c for c in stages if c.role in DECIDER_ROLES]
        if deciders and not any(c.role in DECIDER_ROLES for c in carrying):
            risk = True
            why = _(
                "{n} people had two-way conversations in 12 months, but none of them decides "
                "or pays: {who} ({role}) has not"
            ).format(
                n=len(carrying) or len(carriers),
                who=deciders[0].name,
                role=word(deciders[0].role),
            )
        else:
            risk, why = False, _("two or more people had two-way conversations in 12 months")
    elif carriers:
        risk = True
        sole = next((c for c in stages if c.contact_id == carriers[0]), None)
        if sole is not None and sole.role not in DECIDER_ROLES:
            why = _("only {who} ({role}) carries the relationship, and no decision maker").format(
                who=sole.name, role=word(sole.role)
            )
        else:
            why = _("only {who} carries the relationship").format(
                who=names.get(carriers[0], _("one person"))
            )
    else:
        risk, why = True, _("nobody had a two-way conversation with you in 12 months")
    return BuyingGroup(row.id, row.name, tuple(stages), coverage, len(carriers), risk, why, journey)


# --- top people -----------------------------------------------------------------------------


def top_people(db: Database, n: int = 20, on: dt.date | str | None = None) -> list[PersonRank]:
    """The ``n`` people across all accounts to stay closest to (see the module doc)."""
    count = v.int_in_range(n, "top", 1, 1000)
    day = v.date(on, "date", default=today())
    refresh_facts(db, day)
    with db.transaction() as session:
        settings = load_settings(session)
        facts = load_facts(session, day, settings.previous_year_percent)
        scores = score_rows(facts, settings)
        best = sorted(scores, key=lambda aid: (-scores[aid][0], aid))[: max(TOP_ACCOUNTS, count)]
        contacts = list(
            session.scalars(
                select(Contact).where(Contact.account_id.in_(best), Contact.archived_at.is_(None))
            )
        )
        stages = _contact_stages(session, contacts, day, settings)
    names = {a[0]: a[1] for a in facts.accounts}
    ring_of = {a[0]: facts.rings[facts.position_of[a[2]]].name for a in facts.accounts}
    strength = {stage.value: k / (len(STAGES) - 1) for k, stage in enumerate(STAGES)}
    ranked = []
    for c in stages:
        account_score = scores[c.account_id][0]
        role = ContactRole(c.role)
        points = round(
            0.6 * account_score + 25 * strength[c.stage] + 15 * _ROLE_WEIGHT.get(role, 0.3), 1
        )
        nps = _("; NPS {nps}").format(nps=c.latest_nps) if c.latest_nps is not None else ""
        touches = ngettext(
            "{n} two-way touch in 12 months", "{n} two-way touches in 12 months", c.two_way_12m
        ).format(n=c.two_way_12m)
        reason = _("{role} at {account} (trust {score}, {ring}); {stage}: {touches}{nps}").format(
            role=label(role.value),
            account=names[c.account_id],
            score=formats.score(account_score),
            ring=ring_of[c.account_id],
            stage=word(c.stage),
            touches=touches,
            nps=nps,
        )
        ranked.append((points, c, account_score, reason))
    ranked.sort(key=lambda item: (-item[0], item[1].contact_id))
    # Spread across accounts: at most ``top_people_per_account`` people of one account.
    per_account: dict[int, int] = {}
    spread = []
    for item in ranked:
        aid = item[1].account_id
        if per_account.get(aid, 0) < settings.top_people_per_account:
            per_account[aid] = per_account.get(aid, 0) + 1
            spread.append(item)
    ranked = spread
    return [
        PersonRank(
            k + 1,
            c.contact_id,
            c.name,
            c.role,
            c.title,
            c.account_id,
            names[c.account_id],
            ring_of[c.account_id],
            account_score,
            c.stage,
            c.last_touch_on,
            c.two_way_12m,
            c.latest_nps,
            points,
            reason,
        )
        for k, (points, c, account_score, reason) in enumerate(ranked[:count])
    ]
