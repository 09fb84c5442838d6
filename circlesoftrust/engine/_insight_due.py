"""Insight-due suggestions: a release reached a ring whose accounts have not all got it.

Split from :mod:`._generate` (which calls it with the accounts it already read); the
accept and snooze paths call it for one (insight, ring) with :func:`members_query`.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust.engine.facts import FactTable
from circlesoftrust.engine.ring_facts import RingFacts
from circlesoftrust.engine.sqlbits import DayNumbers, fetch_rows, raw
from circlesoftrust.engine.suggestion_types import LOW, NORMAL, Suggestion, fingerprint
from circlesoftrust.engine_settings import EngineSettings
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.models import Account, Insight, InsightRelease, InsightShare

_on = dt.date.fromordinal  # a day number back to a date
MembersOf = Callable[[set[int]], dict[int, list[tuple[int, str]]]]


def insight_suggestions(
    session: Session,
    day: dt.date,
    settings: EngineSettings,
    rings: tuple[RingFacts, ...],
    members_of: MembersOf,
    only: tuple[int, int] | None = None,
) -> Iterator[Suggestion]:
    """Insights released to a ring that some of its accounts have not received yet.

    ``members_of(ring ids)`` gives the active accounts (id, name) of those rings; ``only``
    limits the work to one (insight, ring).

    Inner first: an outer ring's release is due only once every account of the inner ring
    (position 0) has received the insight, or ``insight_grace_days`` after its own release
    date, whichever comes first; it then stays ``insight_due_days`` after its release. The
    inner ring's own suggestion stays until it is shared with everyone or dismissed.
    """
    since = day - dt.timedelta(days=settings.insight_due_days)
    inner = rings[0].id if rings else None
    releases = fetch_rows(
        session,
        select(
            InsightRelease.insight_id,
            InsightRelease.ring_id,
            raw(InsightRelease.release_on),
            InsightRelease.detail_level,
            InsightRelease.discussion_open,
            Insight.title,
        )
        .join(Insight, Insight.id == InsightRelease.insight_id)
        .where(
            Insight.published_on.is_not(None),
            (InsightRelease.release_on > since) | (InsightRelease.ring_id == inner),
            InsightRelease.release_on <= day,
            *(
                (InsightRelease.insight_id == only[0], InsightRelease.ring_id == only[1])
                if only
                else ()
            ),
        ),
    )
    if not releases:
        return
    insight_ids = sorted({r[0] for r in releases})
    received: dict[int, set[int]] = {i: set() for i in insight_ids}
    for iid, aid in fetch_rows(
        session,
        select(InsightShare.insight_id, InsightShare.account_id).where(
            InsightShare.insight_id.in_(insight_ids)
        ),
    ):
        received[iid].add(aid)
    wanted = {r[1] for r in releases}
    if inner is not None:
        wanted.add(inner)
    members = members_of(wanted)
    position_of = {r.id: r.position for r in rings}
    inner_name = rings[0].name if rings else ""
    grace = settings.insight_grace_days
    days = DayNumbers()
    for iid, ring_id, release_raw, level, discuss, title in releases:
        everyone = members.get(ring_id, [])
        got = received[iid]
        pending = [name for aid, name in everyone if aid not in got]
        if not pending:
            continue
        release = days[release_raw]
        assert release is not None
        pos = position_of[ring_id]
        waited, due = "", release
        if ring_id != inner and inner is not None:
            inner_pending = sum(1 for aid, _ in members.get(inner, []) if aid not in got)
            if inner_pending:
                if day.toordinal() < release + grace:
                    continue  # inner first: held back until the inner ring has it
                waited = ngettext(
                    "; {n} {ring} account still without it, the {days}-day wait for the "
                    "inner ring is over",
                    "; {n} {ring} accounts still without it, the {days}-day wait for the "
                    "inner ring is over",
                    inner_pending,
                ).format(n=inner_pending, ring=inner_name, days=grace)
                due = release + grace
        # The first three names in order (sorted()[:3], without sorting them all).
        first = heapq.nsmallest(3, pending)
        examples = ", ".join(first) + (", ..." if len(pending) > 3 else "")
        detail = {
            "full": _("in full"),
            "summary": _("as a summary"),
            "headline": _("as a headline"),
        }
        yield Suggestion(
            f"insight_due:ins:{iid}:ring:{ring_id}",
            "insight_due",
            None,
            None,
            None,
            None,
            pos,
            None,
            _("{title!r} is due for {ring} since {day} ({level}").format(
                title=title,
                ring=rings[pos].name,
                day=formats.date(_on(release)),
                level=detail.get(str(level), str(level)),
            )
            + (_(", invite them to discuss") if discuss else "")
            + _("): {n} of {total} accounts have not received it ({examples})").format(
                n=len(pending), total=len(everyone), examples=examples
            )
            + waited,
            _("record the share with the {len} accounts that have not received it").format(
                len=len(pending)
            ),
            NORMAL if pos == 0 else LOW,
            _on(due),
            fingerprint("insight_due", iid, ring_id, release),
            iid,
            len(pending),
        )


def members_from(facts: FactTable) -> MembersOf:
    def members_of(ring_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
        members: dict[int, list[tuple[int, str]]] = {ring_id: [] for ring_id in ring_ids}
        add_to = {ring_id: people.append for ring_id, people in members.items()}.get
        for aid, name, ring_id, _pinned, _facts in facts.accounts:
            add = add_to(ring_id)
            if add is not None:
                add((aid, name))
        return {ring_id: people for ring_id, people in members.items() if people}

    return members_of


def members_query(session: Session) -> MembersOf:
    def members_of(ring_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
        members: dict[int, list[tuple[int, str]]] = {}
        for aid, name, ring_id in fetch_rows(
            session,
            select(Account.id, Account.name, Account.ring_id).where(
                Account.archived_at.is_(None), Account.ring_id.in_(sorted(ring_ids))
            ),
        ):
            members.setdefault(ring_id, []).append((aid, name))
        return members

    return members_of
