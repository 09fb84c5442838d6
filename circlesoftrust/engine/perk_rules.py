"""The perk suggestion rules: grant the perks of a ring an account entered, withdraw those
of a ring it left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import or_, select

from circlesoftrust import formats
from circlesoftrust.engine.rule_context import (
    RuleContext,
    from_day,
)
from circlesoftrust.engine.sqlbits import fetch_rows, raw
from circlesoftrust.engine.suggestion_types import (
    LOW,
    NORMAL,
    Suggestion,
    fitted_fingerprint,
)
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Perk,
    PerkGrant,
    RingChange,
)


def perk_suggestions(ctx: RuleContext, ids: Collection[int] | None) -> Iterator[Suggestion]:
    """Perks to grant after entering a ring, and perks to withdraw after leaving one."""
    session, day, s = ctx.session, ctx.day, ctx.settings
    rings = ctx.rings
    accounts = ctx.accounts
    position_of = ctx.facts.position_of
    perks = fetch_rows(session, select(Perk.id, Perk.name, Perk.ring_id, Perk.active))
    perk_pos = {pid: position_of[rid] for pid, _, rid, _ in perks}
    perk_name = {pid: name for pid, name, _, _ in perks}
    active = or_(PerkGrant.withdrawn_on.is_(None), PerkGrant.withdrawn_on > day)
    live = or_(PerkGrant.expires_on.is_(None), PerkGrant.expires_on >= day)
    grants_q = select(PerkGrant.id, PerkGrant.account_id, PerkGrant.perk_id).where(
        PerkGrant.granted_on <= day, active, live
    )
    if ids is not None:
        grants_q = grants_q.where(PerkGrant.account_id.in_(list(ids)))
    held: dict[int, set[int]] = {}
    for gid, aid, pid in fetch_rows(session, grants_q):
        account = accounts.get(aid)
        if account is None:
            continue
        held.setdefault(aid, set()).add(pid)
        pos = position_of[account[2]]
        if perk_pos[pid] < pos:
            name = account[1]
            yield Suggestion(
                f"perk_withdraw:grant:{gid}",
                "perk_withdraw",
                aid,
                name,
                None,
                None,
                pos,
                None,
                _("{name} now sits in {name2}; {value!r} is for {name3} and inside").format(
                    name=name,
                    name2=rings[pos].name,
                    value=perk_name[pid],
                    name3=rings[perk_pos[pid]].name,
                ),
                _("withdraw {value!r} from {name}").format(value=perk_name[pid], name=name),
                LOW,
                day,
                f"perk_withdraw|{gid}|{pos}",
                gid,
                1,
            )
    since = day - dt.timedelta(days=s.perk_grant_window_days)
    entries_q = select(
        RingChange.account_id,
        RingChange.from_ring_id,
        RingChange.to_ring_id,
        raw(RingChange.changed_on),
        RingChange.id,
    ).where(
        RingChange.changed_on > since,
        RingChange.changed_on <= day,
        # A move out of a removed ring is no promotion: no perk to grant for it. Such a
        # move keeps the ring's name and its id is cleared (models.history.RingChange),
        # so the name is read only where there is no id: every other row is read from
        # ix_ring_changes_changed_on alone, without a seek into the table (~58,000 rows
        # a pass at 100,000 accounts; 40 % of this read).
        or_(RingChange.from_ring_id.is_not(None), RingChange.from_ring_name.is_(None)),
    )
    if ids is not None:
        entries_q = entries_q.where(RingChange.account_id.in_(list(ids)))
    # Each account's latest entry by (date, id); sorted here, not by SQLite (a temporary
    # B-tree over every change of the window cost more than this loop, measured).
    entered: dict[int, tuple[int | None, int, Any]] = {}
    latest: dict[int, tuple[Any, int]] = {}
    for aid, from_ring, to_ring, changed, change_id in fetch_rows(session, entries_q):
        seen = latest.get(aid)
        if seen is None or (changed, change_id) > seen:
            latest[aid] = (changed, change_id)
            entered[aid] = (from_ring, to_ring, changed)
    offered = [(pid, name, perk_pos[pid]) for pid, name, _, on in perks if on]
    days = ctx.facts.days
    no_perks: frozenset[int] = frozenset()
    # The same few (ring, ring before, perks held) repeat over many accounts: each
    # combination's missing perks and their words are worked out once.
    combos: dict[tuple[int, int, frozenset[int]], tuple[tuple[int, ...], str, str]] = {}
    for aid, (from_ring, to_ring, changed) in entered.items():
        account = accounts.get(aid)
        if account is None or account[2] != to_ring:
            continue  # archived, or moved again since
        pos = position_of[to_ring]
        before = position_of.get(from_ring, len(rings)) if from_ring is not None else len(rings)
        key = (pos, before, frozenset(held[aid]) if aid in held else no_perks)
        combo = combos.get(key)
        if combo is None:
            mine = key[2]
            # Newly offered: perks of the rings between the new ring and the one it came from.
            missing = [
                (pid, pname)
                for pid, pname, ppos in offered
                if pos <= ppos < before and pid not in mine
            ]
            combo = combos[key] = (
                tuple(pid for pid, _ in missing),
                ", ".join(repr(pname) for _, pname in missing),
                "|".join(str(pid) for pid, _ in missing),  # the fingerprint's tail
            )
        perk_ids, listed, ids_text = combo
        if not perk_ids:
            continue
        name = account[1]
        entered_on = days[changed]
        assert entered_on is not None
        yield Suggestion(
            f"perk_grant:acc:{aid}",
            "perk_grant",
            aid,
            name,
            None,
            None,
            pos,
            None,
            (_grant_words, name, rings[pos].name, entered_on, listed),
            (_grant_action, listed, name),
            NORMAL,
            from_day(entered_on + 7),
            fitted_fingerprint(f"perk_grant|{pos}|{entered_on}|{ids_text}"),
            None,
            1,
            perk_ids,
        )


def _grant_words(name: str, ring: str, entered_on: int, listed: str) -> str:
    return _("{name} entered {name2} on {day}; offered there and not granted yet: {listed}").format(
        name=name, name2=ring, day=formats.date(from_day(entered_on)), listed=listed
    )


def _grant_action(listed: str, name: str) -> str:
    return _("grant {listed} to {name}").format(listed=listed, name=name)
