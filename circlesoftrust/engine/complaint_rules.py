"""The suggestion rules about what clients told us: open complaints and low relational
scores (trust, issue resolution)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import or_, select

from circlesoftrust import formats
from circlesoftrust.engine.fact_queries import relational_scored
from circlesoftrust.engine.rule_context import (
    PEOPLE,
    RuleContext,
    days_text,
    from_day,
)
from circlesoftrust.engine.sqlbits import among, fetch_rows, raw
from circlesoftrust.engine.suggestion_types import (
    HIGH,
    NORMAL,
    Suggestion,
)
from circlesoftrust.i18n import N_, _
from circlesoftrust.models import (
    Complaint,
    Feedback,
)
from circlesoftrust.vocabulary import ComplaintStatus, word


def complaint_suggestions(ctx: RuleContext, ids: Collection[int] | None) -> Iterator[Suggestion]:
    query = (
        select(
            Complaint.id,
            Complaint.account_id,
            Complaint.contact_id,
            raw(Complaint.opened_on),
            Complaint.note,
            PEOPLE.c.name,  # with the complaint: no second lookup by id
        )
        .outerjoin(PEOPLE, PEOPLE.c.id == Complaint.contact_id)
        .where(Complaint.status == ComplaintStatus.OPEN.value, Complaint.opened_on <= ctx.day)
    )
    if ids is not None:
        query = query.where(Complaint.account_id.in_(list(ids)))
    rows = [r for r in fetch_rows(ctx.session, query) if r[1] in ctx.accounts]
    for r in rows:
        if r[2]:
            ctx.contact_names[r[2]] = r[5]
    days = ctx.facts.days
    for cid, aid, contact_id, opened_raw, note, _who in rows:
        opened = days[opened_raw]
        assert opened is not None
        name = ctx.accounts[aid][1]
        who = ctx.contact_names.get(contact_id) if contact_id else None
        age = ctx.day_ord - opened
        yield Suggestion(
            f"complaint:cmp:{cid}",
            "complaint",
            aid,
            name,
            contact_id,
            who,
            ctx.facts.position_of[ctx.accounts[aid][2]],
            None,
            _("open complaint from {who} ({days} old): {note}").format(
                who=who or name, days=days_text(age), note=note
            ),
            _("create a task to resolve it (or resolve it now with a resolution)"),
            HIGH,
            from_day(opened + ctx.settings.complaint_response_days),
            f"complaint|{cid}|{opened}",
            cid,
            1,
        )


# The relational scores whose low value raises a suggestion, in words.
LOW_SCORE_NAMES = {"trust": N_("trust"), "issue_resolution": N_("issue resolution")}


def low_score_suggestions(ctx: RuleContext, ids: Collection[int] | None) -> Iterator[Suggestion]:
    """A talk-it-through suggestion per account whose latest answer that scores trust or
    issue resolution, given in the last ``relational_low_days``, rates one of them at or
    below ``relational_low`` (a later better answer clears it).

    Only the low answers are read, each with no later such answer up to the day (a seek
    per low answer). Both are read from the partial index of the answers with relational
    scores: reading every answer of the window and keeping each account's latest in
    Python moved ~48,000 rows at 100,000 accounts for ~1,700 suggestions."""
    s = ctx.settings
    low = s.relational_low
    feedback = Feedback.__table__
    other = feedback.alias("later")
    f, later = feedback.c, other.c
    since = ctx.day - dt.timedelta(days=s.relational_low_days)

    def scores_one(c: Any) -> Any:
        return or_(c.trust.is_not(None), c.issue_resolution.is_not(None))

    newer = (
        select(later.id)
        .where(relational_scored(other))
        .where(later.account_id == f.account_id)
        .where(later.given_on >= f.given_on, later.given_on <= ctx.day)
        .where(or_(later.given_on > f.given_on, later.id > f.id))
        .where(scores_one(later))
    )
    query = (
        select(
            f.account_id,
            raw(f.given_on),
            f.id,
            f.nps,
            f.trust,
            f.issue_resolution,
            f.contact_id,
        )
        .where(relational_scored())
        .where(f.given_on > since, f.given_on <= ctx.day)
        .where(or_(f.trust <= low, f.issue_resolution <= low))
        .where(~newer.exists())
    )
    if ids is not None:
        query = query.where(f.account_id.in_(list(ids)))
    found = []
    for aid, given, fid, nps, trust, resolution, cid in sorted(fetch_rows(ctx.session, query)):
        if aid not in ctx.accounts:
            continue
        scored = tuple(
            (name, value)
            for name, value in (("trust", trust), ("issue_resolution", resolution))
            if value is not None and value <= low
        )
        found.append((aid, given, fid, nps, cid, scored))
    days = ctx.facts.days
    # Who answered: read for the answers that raise a suggestion alone (a join to every
    # answer of the window read ~30,000 names at 100,000 accounts).
    people: dict[int, tuple[str, Any]] = {}
    wanted = sorted({cid for *_rest, cid, _scored in found if cid is not None})
    if wanted:
        for pid, name, role in fetch_rows(
            ctx.session,
            select(PEOPLE.c.id, PEOPLE.c.name, PEOPLE.c.role).where(among(PEOPLE.c.id, wanted)),
        ):
            people[pid] = (name, role)
    for aid, given, fid, nps, cid, scored in found:
        who, role = people.get(cid, (None, None)) if cid is not None else (None, None)
        on = days[given]
        assert on is not None
        name, ring_id = ctx.accounts[aid][1:3]
        pos = ctx.facts.position_of[ring_id]
        role_text = getattr(role, "value", role)
        yield Suggestion(
            f"low_score:acc:{aid}",
            "low_score",
            aid,
            name,
            cid,
            who,
            pos,
            None,
            (_low_score_words, name, who, role_text, scored, on, nps),
            _("create a task to talk the low score through"),
            HIGH if pos <= 1 else NORMAL,
            from_day(on + ctx.settings.complaint_response_days),
            f"low_score|{fid}",
            fid,
            1,
        )


def _low_score_words(
    name: str,
    who: str | None,
    role_text: str | None,
    scored: tuple[tuple[str, int], ...],
    on: int,
    nps: int | None,
) -> str:
    what = word(role_text) if role_text and role_text != "other" else ""
    if not who:
        by = _("someone at {account}").format(account=name)
    else:
        by = _("{person} ({role})").format(person=who, role=what) if what else who
    scores = [
        _("{score} {value}").format(score=_(LOW_SCORE_NAMES[kind]), value=value)
        for kind, value in scored
    ]
    return _(
        "{person} scored {scores} of 5 on {day} (NPS {nps}): talk it through before "
        "it becomes a complaint"
    ).format(person=by, scores=_(" and ").join(scores), day=formats.date(from_day(on)), nps=nps)
