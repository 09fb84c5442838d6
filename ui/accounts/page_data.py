"""What the account page shows besides the account itself: the buying group and the
perks, insights and tasks lists (each read off the UI thread, in ``load_page``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from circlesoftrust.storage import Database


@dataclass(frozen=True)
class Member:
    """One person of a buying group as the account page shows it."""

    contact_id: int
    name: str
    role: str
    stage: str
    last_touch_on: dt.date | None
    email: str | None
    phone: str | None
    title: str | None
    why: str = ""


@dataclass(frozen=True)
class Group:
    members: list[Member]
    note: str  # the single-thread risk in words, or a summary
    at_risk: bool


def buying_group(db: Database, account_id: int) -> Group:
    """Contacts with role, stage and last touch, and the single-thread risk in words."""
    from circlesoftrust.engine.people import buying_group as engine_group
    from circlesoftrust.services.accounts import list_contacts

    contacts = {c.id: c for c in list_contacts(db, account_id)}
    group = engine_group(db, account_id)
    members = []
    for s in group.contacts:
        c = contacts.get(s.contact_id)
        members.append(
            Member(s.contact_id, s.name, s.role, s.stage, s.last_touch_on,
                   c.email if c else None, c.phone if c else None, s.title, s.reason)
        )  # fmt: skip
    note = f"{_count_note(len(members))} {group.risk_reason[:1].upper()}{group.risk_reason[1:]}."
    return Group(members, note, bool(group.single_thread_risk))


def _count_note(n: int) -> str:
    if n == 0:
        return "Nobody yet: add the people you deal with (decision maker, champion…)."
    if n == 1:
        return "Only one person in the buying group — widen it."
    return f"{n} people in the buying group."


@dataclass(frozen=True)
class Item:
    """A line of the account page's perks / insights / tasks lists."""

    status: str
    title: str
    on: dt.date | None
    detail: str
    ref_id: int | None = None


def account_perks(db: Database, account_id: int, ring_position: int) -> list[Item]:
    """Granted perks (with their status), then the perks the account's ring may get."""
    from circlesoftrust.services.perks import list_grants, list_perks

    grants = list_grants(db, account=account_id)
    items = [
        Item(g.status, g.perk_name, g.granted_on,
             f"expires {g.expires_on}" if g.expires_on else g.note, g.id)
        for g in grants
    ]  # fmt: skip
    held = {g.perk_id for g in grants if g.status in ("active", "redeemed")}
    for p in list_perks(db, include_inactive=False):
        if p.ring_position >= ring_position and p.id not in held:
            cost = f"{p.cost_per_year_cents / 100:,.0f} a year"
            items.append(
                Item("eligible", p.name, None, f"{p.kind.replace('_', ' ')} · {cost}", p.id)
            )
    return items


def account_insights(db: Database, account_id: int, ring_position: int) -> list[Item]:
    """Insights shared with the account, then released to its ring and not yet shared."""
    from circlesoftrust.services.insights import list_insights, list_shares

    shares = list_shares(db, account=account_id)
    items = [
        Item("shared", s.insight_title, s.shared_on,
             f"{s.detail_level}" + (f" · answered: {s.answer}" if s.answer else ""), s.id)
        for s in shares
    ]  # fmt: skip
    got = {s.insight_id for s in shares}
    for info in list_insights(db):
        if info.id in got or info.published_on is None:
            continue
        for release in info.releases:
            if release.ring_position == ring_position:
                status = "due" if release.released else "upcoming"
                items.append(Item(status, info.title, release.release_on, release.detail_level,
                                  info.id))  # fmt: skip
    return items


def account_tasks(db: Database, account_id: int) -> list[Item]:
    from circlesoftrust.services.tasks import list_tasks

    tasks = list_tasks(db, account=account_id, open_only=False)
    tasks.sort(key=lambda t: (t.done_on is not None, t.due_on))
    today = dt.date.today()
    return [
        Item("done" if t.done_on else ("overdue" if t.due_on < today else "open"), t.title,
             t.due_on, t.note or t.source.replace("_", " "), t.id)
        for t in tasks
    ]  # fmt: skip
