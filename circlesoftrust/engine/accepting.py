"""Carrying suggestions out (accept) and taking that back (undo), each one transaction.

What accepting each kind does (decided here, shown to the user as ``Suggestion.action``):

* **promote** — moves the account (ring change, checklist tasks of the new ring, via
  :func:`circlesoftrust.services.rings.apply_move`) and *grants* the active perks the new
  ring offers that the old ring did not, valid for ``perk_grant_days``. Granting (rather
  than a task "offer perk") keeps the cost per year in the return-on-relationship figure
  from day one; a perk the client declines is withdrawn like any other.
* **demote** — moves the account outwards (checklist tasks of that ring). Perks it no
  longer qualifies for are *not* taken away silently: they become perk_withdraw suggestions.
* **at_risk** — a win-back task due in two days.
* **follow_up** — logs the follow-up as a touchpoint today (a call, two-way, unless told).
* **satisfaction_check** — logs an outbound feedback touchpoint; with ``nps`` also records
  the NPS answer.
* **complaint** — a task to resolve it, due at the suggestion's due date; with
  ``resolution`` the complaint is resolved instead.
* **insight_due** — records the share with every account of the ring that has not
  received it (to its decision maker, else champion...), at the ring's detail level.
* **perk_grant** / **perk_withdraw** — grants the newly offered perks / withdraws the perk.
* **referral_ask** — logs an outbound referral touchpoint with the promoter.
* **renewal** — a task to prepare the renewal offer, due 14 days before the renewal date.
* **widen** — a task to meet a second person of the buying group.
* **low_score** — a task to talk a low trust or issue-resolution score through, in two days.

Every accept writes the action log and remembers the acceptance (with the facts'
fingerprint) so the suggestion stays away while the facts are the same. Undo deletes what
the accept created, restores what it changed and the decision the suggestion had before;
it refuses when someone built on the result (a created task done, the account moved again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.engine.possible_duplicates import parse_pair_key
from circlesoftrust.engine.suggestions import (
    SHARED,
    AcceptResult,
    DecisionInfo,
    Suggestion,
    SuggestionKind,
    find_in_session,
    parse_id,
    set_state,
    state_row,
)
from circlesoftrust.engine_settings import EngineSettings, load_settings
from circlesoftrust.errors import ConflictError, NotFoundError, ValidationError
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    Complaint,
    Feedback,
    Insight,
    InsightShare,
    Perk,
    PerkGrant,
    Ring,
    RingChange,
    SuggestionState,
    Task,
    Touchpoint,
    User,
)
from circlesoftrust.services.insights import pending_in_session, share_in_session
from circlesoftrust.services.lookups import lock_rows, log_action, today
from circlesoftrust.services.perks import active_grant, grant_in_session, withdraw_in_session
from circlesoftrust.services.rings import apply_move
from circlesoftrust.services.tasks import add_task_in_session
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    Direction,
    RingChangeSource,
    SuggestionDecision,
    TaskSource,
    TouchpointKind,
)

_TABLES: dict[str, type] = {
    "tasks": Task,
    "touchpoints": Touchpoint,
    "feedback": Feedback,
    "insight_shares": InsightShare,
    "perk_grants": PerkGrant,
}
_TWO_WAY_KINDS = {TouchpointKind.MEETING, TouchpointKind.CALL, TouchpointKind.EVENT}


@dataclass(frozen=True)
class _Options:
    note: str
    touch_kind: str | None
    direction: str | None
    nps: int | None
    resolution: str | None


@dataclass
class _Outcome:
    summary: str
    created: dict[str, list[int]] = field(default_factory=dict)
    changed: dict[str, list[int]] = field(default_factory=dict)
    ring_change_id: int | None = None
    from_position: int | None = None
    to_position: int | None = None

    def add(self, table: str, row_id: int) -> None:
        self.created.setdefault(table, []).append(row_id)


@dataclass(frozen=True)
class _Job:
    session: Session
    item: Suggestion
    day: dt.date
    settings: EngineSettings
    options: _Options

    def origin(self, part: str = "") -> str:
        """What made a row: this suggestion on these facts (unique per table, so the same
        accept cannot write twice even if two slipped past the checks)."""
        return f"{self.item.id}|{self.item.fingerprint}{'|' + part if part else ''}"[:200]

    def account(self) -> Account:
        account = self.session.get(Account, self.item.account_id)
        if account is None:
            raise NotFoundError(
                _("account {account_id} is gone").format(account_id=self.item.account_id)
            )
        return account

    def task(self, title: str, due: dt.date, out: _Outcome) -> Task:
        task = add_task_in_session(
            self.session,
            self.account(),
            title[:200],
            due_on=max(due, self.day),
            source=TaskSource.SUGGESTION,
            note=self.options.note or self.item.reason,
            origin=self.origin("task"),
        )
        out.add("tasks", task.id)
        return task

    def touch(self, kind: TouchpointKind, direction: Direction, note: str, out: _Outcome) -> None:
        row = Touchpoint(
            account_id=self.account().id,
            contact_id=self.item.contact_id,
            kind=kind,
            direction=direction,
            occurred_on=self.day,
            note=self.options.note or note,
            origin=self.origin("touch"),
        )
        self.session.add(row)
        self.session.flush()
        out.add("touchpoints", row.id)


def _move(job: _Job) -> _Outcome:
    account = job.account()
    session = job.session
    old = session.get(Ring, account.ring_id)
    target = session.scalar(select(Ring).where(Ring.position == job.item.target_ring_position))
    assert old is not None and target is not None
    move = apply_move(
        session,
        account,
        target,
        reason=_("suggestion accepted: {reason}").format(reason=job.item.reason)[:1000],
        source=RingChangeSource.SUGGESTION,
        on=job.day,
        origin=job.origin(),
    )
    out = _Outcome(
        _("moved {name} from {name2} to {name3}").format(
            name=account.name, name2=old.name, name3=target.name
        ),
        ring_change_id=move.ring_change_id,
        from_position=old.position,
        to_position=target.position,
    )
    for task_id in move.task_ids:
        out.add("tasks", task_id)
    if move.task_ids:
        out.summary += _("; {n} checklist task(s)").format(n=len(move.task_ids))
    if target.position < old.position:
        granted = []
        for perk in session.scalars(
            select(Perk)
            .join(Ring, Ring.id == Perk.ring_id)
            .where(
                Perk.active.is_(True),
                Ring.position >= target.position,
                Ring.position < old.position,
            )
            .order_by(Ring.position, Perk.name)
        ):
            if active_grant(session, account.id, perk.id, job.day) is not None:
                continue
            grant = grant_in_session(
                session,
                account,
                perk,
                on=job.day,
                expires_on=job.day + dt.timedelta(days=job.settings.perk_grant_days),
                note="granted on promotion",
                origin=job.origin(f"perk:{perk.id}"),
            )
            out.add("perk_grants", grant.id)
            granted.append(repr(perk.name))
        if granted:
            out.summary += f"; granted {', '.join(granted)}"
    return out


def _at_risk(job: _Job) -> _Outcome:
    out = _Outcome(_("win-back task for {account_name}").format(account_name=job.item.account_name))
    job.task(
        _("Win back {account_name}: call them").format(account_name=job.item.account_name),
        job.day + dt.timedelta(days=2),
        out,
    )
    return out


def _follow_up(job: _Job) -> _Outcome:
    kind = v.choice(TouchpointKind, job.options.touch_kind or "call", "touch_kind")
    default = Direction.TWO_WAY if kind in _TWO_WAY_KINDS else Direction.OUTBOUND
    direction = (
        v.choice(Direction, job.options.direction, "direction")
        if job.options.direction
        else default
    )
    out = _Outcome(
        _("logged a {value} ({replace}) with {account_name}").format(
            value=kind.value,
            replace=direction.value.replace("_", "-"),
            account_name=job.item.account_name,
        )
    )
    job.touch(kind, direction, "Follow-up (suggestion)", out)
    return out


def _satisfaction(job: _Job) -> _Outcome:
    out = _Outcome(
        _("satisfaction check with {account_name} logged").format(
            account_name=job.item.account_name
        )
    )
    job.touch(TouchpointKind.FEEDBACK, Direction.OUTBOUND, "Satisfaction check after purchase", out)
    if job.options.nps is not None:
        answer = Feedback(
            account_id=job.account().id,
            contact_id=job.item.contact_id,
            given_on=job.day,
            nps=v.nps(job.options.nps),
            comment=job.options.note,
        )
        job.session.add(answer)
        job.session.flush()
        out.add("feedback", answer.id)
        out.summary += _("; NPS {nps} recorded").format(nps=answer.nps)
    return out


def _complaint(job: _Job) -> _Outcome:
    complaint = job.session.get(Complaint, job.item.ref_id)
    assert complaint is not None
    if job.options.resolution is not None:
        text = v.required_text("resolution", job.options.resolution, max_length=5000)
        if job.day < complaint.opened_on:
            raise ConflictError(_("a complaint cannot be resolved before it was opened"))
        complaint.status = ComplaintStatus.RESOLVED
        complaint.resolved_on = job.day
        complaint.resolution = text
        job.session.flush()
        out = _Outcome(
            _("resolved the complaint of {account_name}").format(account_name=job.item.account_name)
        )
        out.changed["complaints"] = [complaint.id]
        return out
    out = _Outcome(
        _("task to resolve the complaint of {account_name}").format(
            account_name=job.item.account_name
        )
    )
    job.task(_("Resolve complaint: {note}").format(note=complaint.note), job.item.due_on, out)
    return out


def _insight(job: _Job) -> _Outcome:
    _kind, refs = parse_id(job.item.id)
    session = job.session
    insight = session.get(Insight, refs["ins"])
    assert insight is not None
    pending = pending_in_session(session, insight.id, refs["ring"])
    out = _Outcome(
        _("recorded {title!r} as shared with {n} account(s)").format(
            title=insight.title, n=len(pending)
        )
    )
    for recipient in pending:
        account = session.get(Account, recipient.account_id)
        assert account is not None
        share = share_in_session(
            session,
            insight,
            account,
            contact_id=recipient.contact_id,
            on=job.day,
            answer=job.options.note,
            origin=job.origin(f"acc:{account.id}"),
        )
        out.add("insight_shares", share.id)
    return out


def _perk_grant(job: _Job) -> _Outcome:
    names = []
    out = _Outcome("")
    for perk_id in job.item.perk_ids:
        perk = job.session.get(Perk, perk_id)
        assert perk is not None
        grant = grant_in_session(
            job.session,
            job.account(),
            perk,
            on=job.day,
            expires_on=job.day + dt.timedelta(days=job.settings.perk_grant_days),
            note=job.options.note,
            origin=job.origin(f"perk:{perk.id}"),
        )
        out.add("perk_grants", grant.id)
        names.append(repr(perk.name))
    out.summary = _("granted {perks} to {account_name}").format(
        perks=", ".join(names), account_name=job.item.account_name
    )
    return out


def _perk_withdraw(job: _Job) -> _Outcome:
    grant = job.session.get(PerkGrant, job.item.ref_id)
    assert grant is not None
    perk = job.session.get(Perk, grant.perk_id)
    assert perk is not None
    withdraw_in_session(job.session, grant, job.day, job.options.note)
    out = _Outcome(
        _("withdrew {name!r} from {account_name}").format(
            name=perk.name, account_name=job.item.account_name
        )
    )
    out.changed["perk_grants"] = [grant.id]
    return out


def _referral_ask(job: _Job) -> _Outcome:
    who = job.item.contact_name or job.item.account_name
    out = _Outcome(_("asked {who} for a referral (touchpoint logged)").format(who=who))
    job.touch(TouchpointKind.REFERRAL, Direction.OUTBOUND, "Asked for a referral", out)
    return out


def _renewal(job: _Job) -> _Outcome:
    out = _Outcome(
        _("task to prepare {account_name}'s renewal").format(account_name=job.item.account_name)
    )
    job.task(
        _("Prepare the renewal offer for {name} (renewal {day})").format(
            name=job.item.account_name, day=formats.date(job.item.due_on)
        ),
        job.item.due_on - dt.timedelta(days=14),
        out,
    )
    return out


def _widen(job: _Job) -> _Outcome:
    out = _Outcome(
        _("task to meet a second person at {account_name}").format(
            account_name=job.item.account_name
        )
    )
    job.task(
        _("Meet a second person at {account_name}").format(account_name=job.item.account_name),
        job.item.due_on,
        out,
    )
    return out


def _low_score(job: _Job) -> _Outcome:
    who = job.item.contact_name or job.item.account_name
    out = _Outcome(_("task to talk the low score through with {person}").format(person=who))
    job.task(
        _("Talk the low score through with {person} ({account})").format(
            person=who, account=job.item.account_name
        ),
        job.day + dt.timedelta(days=2),
        out,
    )
    return out


def _reach_decision_maker(job: _Job) -> _Outcome:
    who = job.item.contact_name or job.item.account_name
    out = _Outcome(_("task to reach {person}").format(person=who))
    job.task(
        _("Reach {person}, who decides at {account}").format(
            person=who, account=job.item.account_name
        ),
        job.day + dt.timedelta(days=7),
        out,
    )
    return out


_HANDLERS: dict[SuggestionKind, Callable[[_Job], _Outcome]] = {
    SuggestionKind.PROMOTE: _move,
    SuggestionKind.DEMOTE: _move,
    SuggestionKind.AT_RISK: _at_risk,
    SuggestionKind.FOLLOW_UP: _follow_up,
    SuggestionKind.SATISFACTION_CHECK: _satisfaction,
    SuggestionKind.COMPLAINT: _complaint,
    SuggestionKind.INSIGHT_DUE: _insight,
    SuggestionKind.PERK_GRANT: _perk_grant,
    SuggestionKind.PERK_WITHDRAW: _perk_withdraw,
    SuggestionKind.REFERRAL_ASK: _referral_ask,
    SuggestionKind.RENEWAL: _renewal,
    SuggestionKind.WIDEN: _widen,
    SuggestionKind.LOW_SCORE: _low_score,
    SuggestionKind.REACH_DECISION_MAKER: _reach_decision_maker,
}


def _state(session: Session, key: str) -> SuggestionState | None:
    """The acceptance of ``key`` (shared by the whole team), if any."""
    return state_row(session, key, SHARED)


class AlreadyDoneError(ConflictError):
    """The suggestion was accepted already (by someone else, or in another window)."""


def _already_done(session: Session, state: SuggestionState) -> AlreadyDoneError:
    by = session.get(User, state.decided_by_id) if state.decided_by_id is not None else None
    who = f" by {by.name}" if by is not None else ""
    when = state.decided_at.isoformat(sep=" ", timespec="minutes")
    return AlreadyDoneError(
        _("{key} was already done{who} at {when}; nothing changed").format(
            key=state.key, who=who, when=when
        )
    )


def _lock_subject(session: Session, suggestion_id: str) -> None:
    """Serialise accepts of the same thing: lock the account (or the insight) it is about,
    so a second accept waits, then sees what the first one did (PostgreSQL; a SQLite
    write transaction holds the whole database already)."""
    _kind, refs = parse_id(suggestion_id)
    if "acc" in refs:
        lock_rows(session, Account, [refs["acc"]])
    elif "cmp" in refs:
        owner = session.scalar(select(Complaint.account_id).where(Complaint.id == refs["cmp"]))
        lock_rows(session, Account, [] if owner is None else [owner])
    elif "grant" in refs:
        owner = session.scalar(select(PerkGrant.account_id).where(PerkGrant.id == refs["grant"]))
        lock_rows(session, Account, [] if owner is None else [owner])
    elif "ins" in refs:
        lock_rows(session, Insight, [refs["ins"]])


def accept(
    db: Database,
    suggestion_id: str,
    on: dt.date | str | None = None,
    *,
    note: str = "",
    touch_kind: str | None = None,
    direction: str | None = None,
    nps: int | None = None,
    resolution: str | None = None,
) -> AcceptResult:
    """Carry a suggestion out in one transaction and log it (what each kind does: above).

    Options: ``note`` for what is written; ``touch_kind``/``direction`` for the touchpoint
    a follow-up logs; ``nps`` records the answer of a satisfaction check; ``resolution``
    resolves a complaint instead of creating a task for it.
    """
    day = v.date(on, "date", default=today())
    if suggestion_id.strip().startswith("duplicate:"):
        kind, first, second = parse_pair_key(suggestion_id)
        command = f"circlesoftrust merge {first} {second}"
        if kind == "contact":
            command += " --contacts"
        raise ValidationError(
            "accept",
            _("a possible duplicate is merged, choosing per field what to keep: {command}").format(
                command=command
            ),
        )
    options = _Options(note.strip(), touch_kind, direction, nps, resolution)
    try:
        return _accept(db, suggestion_id, day, options)
    except IntegrityError as exc:
        if "origin" not in str(exc.orig):
            raise
        # The unique origin of an accepted row: the same accept committed meanwhile.
        raise AlreadyDoneError(
            _("{strip} was done by someone else just now; nothing changed").format(
                strip=suggestion_id.strip()
            )
        ) from None


def _accept(db: Database, suggestion_id: str, day: dt.date, options: _Options) -> AcceptResult:
    with db.transaction(write=True) as session:
        _lock_subject(session, suggestion_id)
        settings = load_settings(session)
        before = _state(session, suggestion_id.strip())
        try:
            item = find_in_session(session, suggestion_id, day, settings)
        except NotFoundError:
            if before is not None and before.decision is SuggestionDecision.ACCEPTED:
                raise _already_done(session, before) from None
            raise
        if (
            before is not None
            and before.decision is SuggestionDecision.ACCEPTED
            and before.fingerprint == item.fingerprint
        ):
            raise _already_done(session, before)
        previous = (
            DecisionInfo(item.id, before.decision.value, before.until_on, before.fingerprint)
            if before is not None
            else None
        )
        outcome = _HANDLERS[SuggestionKind(item.kind)](_Job(session, item, day, settings, options))
        set_state(session, item, SuggestionDecision.ACCEPTED, None)
        log_action(session, "accept", f"{item.kind}: {outcome.summary}", item.account_id)
        return AcceptResult(
            suggestion_id=item.id,
            kind=item.kind,
            account_id=item.account_id,
            on=day,
            summary=outcome.summary,
            created=tuple((t, tuple(ids)) for t, ids in sorted(outcome.created.items())),
            changed=tuple((t, tuple(ids)) for t, ids in sorted(outcome.changed.items())),
            ring_change_id=outcome.ring_change_id,
            from_ring_position=outcome.from_position,
            to_ring_position=outcome.to_position,
            previous_state=previous,
        )


def undo_accept(db: Database, result: AcceptResult) -> str:
    """Reverse an accepted suggestion atomically; refuses if what it created was built upon
    (a task done since, the account moved again). Returns a summary in words."""
    with db.transaction(write=True) as session:
        if result.account_id is not None:
            lock_rows(session, Account, [result.account_id])
        state = _state(session, result.suggestion_id)
        if state is None or state.decision is not SuggestionDecision.ACCEPTED:
            raise ConflictError(
                _("{suggestion_id} is not accepted (undone already?)").format(
                    suggestion_id=result.suggestion_id
                )
            )
        if result.ring_change_id is not None:
            _undo_move(session, result)
        for table, ids in result.created:
            model = _TABLES[table]
            for row_id in ids:
                row = session.get(model, row_id)
                if row is None:
                    continue  # deleted by hand since: nothing to undo
                if isinstance(row, Task) and row.done_on is not None:
                    raise ConflictError(
                        _("task {title!r} was done since; undo refused").format(title=row.title)
                    )
                if isinstance(row, PerkGrant) and row.redeemed_on is not None:
                    raise ConflictError(
                        _("perk grant {id} was redeemed since; undo refused").format(id=row.id)
                    )
                session.delete(row)
        for table, ids in result.changed:
            for row_id in ids:
                if table == "perk_grants":
                    grant = session.get(PerkGrant, row_id)
                    if grant is not None:
                        grant.withdrawn_on = None
                elif table == "complaints":
                    complaint = session.get(Complaint, row_id)
                    if complaint is not None:
                        complaint.status = ComplaintStatus.OPEN
                        complaint.resolved_on = None
                        complaint.resolution = ""
        previous = result.previous_state
        if previous is None:
            session.delete(state)
        else:
            state.decision = SuggestionDecision(previous.decision)
            state.until_on = previous.until_on
            state.fingerprint = previous.fingerprint
        session.flush()
        summary = f"undid: {result.summary}"
        log_action(session, "undo", summary, result.account_id)
        return summary


def _undo_move(session: Session, result: AcceptResult) -> None:
    change = session.get(RingChange, result.ring_change_id)
    account = session.get(Account, result.account_id)
    if change is None or account is None:
        raise ConflictError(_("the ring change is gone; undo refused"))
    latest = session.scalar(
        select(RingChange.id)
        .where(RingChange.account_id == account.id)
        .order_by(RingChange.changed_on.desc(), RingChange.id.desc())
        .limit(1)
    )
    if latest != change.id or account.ring_id != change.to_ring_id:
        raise ConflictError(_("{name} moved again since; undo refused").format(name=account.name))
    if change.from_ring_id is None:
        if change.from_ring_name is not None:
            raise ConflictError(
                _("{name} was removed since; undo refused").format(name=change.from_ring_name)
            )
        raise ConflictError(_("the account had no ring before; undo refused"))
    account.ring_id = change.from_ring_id
    session.delete(change)
    session.flush()
