"""The one door from the UI to services that were written in parallel with it.

The trust engine (``circlesoftrust.engine``: scoring, people, suggestions) and the perks /
insights / tasks services may be missing in a build; every call here then returns
``None`` (the UI shows "—" or a short note) instead of failing. Nothing here touches a
Session or SQL: these are service calls, combined into what the screens show.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ui.common.lazy import lazy_module

if TYPE_CHECKING:
    from circlesoftrust.storage import Database

accounts_service = lazy_module("circlesoftrust.services.accounts")
activity = lazy_module("circlesoftrust.services.activity")


SCORING = "circlesoftrust.engine.scoring"
ANALYSIS = "circlesoftrust.engine.analysis"
PEOPLE = "circlesoftrust.engine.people"
SUGGESTIONS = "circlesoftrust.engine.suggestions"
PERKS = "circlesoftrust.services.perks"
INSIGHTS = "circlesoftrust.services.insights"
TASKS = "circlesoftrust.services.tasks"

KIND_LABELS = {
    "promote": "Promote", "demote": "Move outwards", "at_risk": "At risk",
    "follow_up": "Follow up", "satisfaction_check": "Check satisfaction",
    "complaint": "Open complaint", "insight_due": "Share insight", "perk_grant": "Grant perk",
    "perk_withdraw": "Withdraw perk", "referral_ask": "Ask for a referral",
    "renewal": "Renewal coming", "widen": "Widen the relationship",
}  # fmt: skip


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # Only "that module is not written yet" counts as missing; a broken import inside
        # an existing module is a bug and must surface.
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            return None
        raise


def _fn(module: str, name: str) -> Any | None:
    mod = _module(module)
    fn = getattr(mod, name, None) if mod is not None else None
    return fn if callable(fn) else None


def engine_available() -> bool:
    """Is the trust engine installed? (Checked without importing it on the UI thread.)"""
    try:
        return importlib.util.find_spec(SCORING) is not None
    except ModuleNotFoundError:
        return False


# --- scores -------------------------------------------------------------------------------


def score_all(db: Database, on: dt.date | None = None) -> dict[int, Any] | None:
    fn = _fn(SCORING, "score_all")
    return None if fn is None else dict(fn(db, on=on))


def analyse(db: Database, on: dt.date | None = None) -> Any | None:
    """Every score (numbers; explained on demand) and the inbox, from one read."""
    fn = _fn(ANALYSIS, "analyse")
    return None if fn is None else fn(db, on=on)


def score_account(db: Database, account_id: int) -> Any | None:
    fn = _fn(SCORING, "score_account")
    return None if fn is None else fn(db, account_id)


# --- people and buying groups -------------------------------------------------------------


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
    """Contacts with role, stage and last touch (from the engine once it is there)."""
    contacts = {c.id: c for c in accounts_service.list_contacts(db, account_id)}
    fn = _fn(PEOPLE, "buying_group")
    if fn is None:
        members = [
            Member(c.id, c.name, c.role, c.stage_override or "", None, c.email, c.phone, c.title)
            for c in contacts.values()
        ]
        return Group(members, _count_note(len(members)), len(members) == 1)
    group = fn(db, account_id)
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
class Person:
    """One of the people to stay close to (People screen)."""

    contact_id: int
    name: str
    account_id: int
    account_name: str
    ring_name: str
    role: str
    stage: str
    last_touch_on: dt.date | None
    why: str


def top_people(db: Database, n: int = 20) -> list[Person] | None:
    fn = _fn(PEOPLE, "top_people")
    if fn is None:
        return None
    return [
        Person(p.contact_id, p.name, p.account_id, p.account_name, p.ring_name, p.role,
               p.stage, p.last_touch_on, p.reason)
        for p in fn(db, n=n)
    ]  # fmt: skip


# --- suggestions and next actions ---------------------------------------------------------


def suggestions(db: Database, on: dt.date | None = None) -> list[Any] | None:
    fn = _fn(SUGGESTIONS, "suggest")
    return None if fn is None else list(fn(db, on=on))


def priority_rank(priority: Any) -> float:
    """Smaller is more urgent (the engine uses 1 high, 2 normal, 3 low)."""
    return float(priority) if isinstance(priority, int | float) else 2.0


def _due(s: Any) -> dt.date:
    return getattr(s, "due_on", None) or dt.date.max


def next_actions(items: list[Any] | None) -> dict[int, Any]:
    """The most urgent suggestion per account (ties: the earliest due date)."""
    best: dict[int, Any] = {}
    for s in items or ():
        acc = getattr(s, "account_id", None)
        if acc is None:
            continue
        current = best.get(acc)
        key = (priority_rank(s.priority), _due(s))
        if current is None or key < (priority_rank(current.priority), _due(current)):
            best[acc] = s
    return best


def next_action_key(s: Any | None) -> tuple[float, dt.date]:
    if s is None:
        return (99.0, dt.date.max)
    return (priority_rank(s.priority), _due(s))


def suggestion_label(s: Any) -> str:
    """What to do, in two or three words ("Follow up", "Ask for a referral")."""
    return KIND_LABELS.get(str(s.kind), str(s.kind).replace("_", " ").capitalize())


def suggestion_text(s: Any) -> str:
    """The label with its reason: "Follow up: last touch 52 days ago; …"."""
    reason = str(getattr(s, "reason", "") or "")
    return f"{suggestion_label(s)}: {reason}" if reason else suggestion_label(s)


# --- perks, insights, tasks on the account page -------------------------------------------


@dataclass(frozen=True)
class Item:
    """A line of the account page's perks / insights / tasks lists."""

    status: str
    title: str
    on: dt.date | None
    detail: str
    ref_id: int | None = None


def account_perks(db: Database, account_id: int, ring_position: int) -> list[Item] | None:
    """Granted perks (with their status), then the perks the account's ring may get."""
    grants_fn, perks_fn = _fn(PERKS, "list_grants"), _fn(PERKS, "list_perks")
    if grants_fn is None or perks_fn is None:
        return None
    grants = grants_fn(db, account=account_id)
    items = [
        Item(g.status, g.perk_name, g.granted_on,
             f"expires {g.expires_on}" if g.expires_on else g.note, g.id)
        for g in grants
    ]  # fmt: skip
    held = {g.perk_id for g in grants if g.status in ("active", "redeemed")}
    for p in perks_fn(db, include_inactive=False):
        if p.ring_position >= ring_position and p.id not in held:
            cost = f"{p.cost_per_year_cents / 100:,.0f} a year"
            items.append(
                Item("eligible", p.name, None, f"{p.kind.replace('_', ' ')} · {cost}", p.id)
            )
    return items


def account_insights(db: Database, account_id: int, ring_position: int) -> list[Item] | None:
    """Insights shared with the account, then released to its ring and not yet shared."""
    shares_fn, insights_fn = _fn(INSIGHTS, "list_shares"), _fn(INSIGHTS, "list_insights")
    if shares_fn is None or insights_fn is None:
        return None
    shares = shares_fn(db, account=account_id)
    items = [
        Item("shared", s.insight_title, s.shared_on,
             f"{s.detail_level}" + (f" · answered: {s.answer}" if s.answer else ""), s.id)
        for s in shares
    ]  # fmt: skip
    got = {s.insight_id for s in shares}
    for info in insights_fn(db):
        if info.id in got or info.published_on is None:
            continue
        for release in info.releases:
            if release.ring_position == ring_position:
                status = "due" if release.released else "upcoming"
                items.append(Item(status, info.title, release.release_on, release.detail_level,
                                  info.id))  # fmt: skip
    return items


def account_tasks(db: Database, account_id: int) -> list[Item] | None:
    fn = _fn(TASKS, "list_tasks")
    if fn is None:
        return None
    tasks = fn(db, account=account_id, open_only=False)
    tasks.sort(key=lambda t: (t.done_on is not None, t.due_on))
    today = dt.date.today()
    return [
        Item("done" if t.done_on else ("overdue" if t.due_on < today else "open"), t.title,
             t.due_on, t.note or t.source.replace("_", " "), t.id)
        for t in tasks
    ]  # fmt: skip


# --- tags and undo support ----------------------------------------------------------------


def delete_touchpoint_fn() -> Any | None:
    """``activity.delete_touchpoint`` once it exists (the undo of "log touchpoint")."""
    fn = getattr(activity, "delete_touchpoint", None)
    return fn if callable(fn) else None
