"""The one door from the UI to services that may not be there yet.

The trust engine (``circlesoftrust.engine``) and the perks / insights / tasks services are
written in parallel with the UI. Every call here degrades gracefully: while a module is
missing the function returns ``None`` (the UI shows "—" or a short note) instead of
failing. Nothing here touches a Session or SQL: these are service calls only.

Results are plain values; engine dataclasses are passed through untouched, and the
small ``Item`` is what the account page lists for perks, insights and tasks.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from circlesoftrust.services import accounts as accounts_service
from circlesoftrust.services import activity
from circlesoftrust.storage import Database


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # Only "the module is not written yet" counts as missing; a broken import inside
        # an existing module is a bug and must surface.
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            return None
        raise


def _fn(module: str, *names: str) -> Any | None:
    mod = _module(module)
    if mod is None:
        return None
    for name in names:
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


def engine_available() -> bool:
    return _fn("circlesoftrust.engine.scoring", "score_all") is not None


def suggestions_available() -> bool:
    return _fn("circlesoftrust.engine.suggestions", "suggest") is not None


# --- scores -----------------------------------------------------------------------------


def score_all(db: Database, on: dt.date | None = None) -> dict[int, Any] | None:
    fn = _fn("circlesoftrust.engine.scoring", "score_all")
    return None if fn is None else dict(fn(db, on=on))


def score_account(db: Database, account_id: int) -> Any | None:
    fn = _fn("circlesoftrust.engine.scoring", "score_account")
    return None if fn is None else fn(db, account_id)


# --- people and buying groups -----------------------------------------------------------


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


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def buying_group(db: Database, account_id: int) -> list[Member]:
    """The engine's buying group (role, stage, last touch); plain contacts until it lands."""
    fn = _fn("circlesoftrust.engine.people", "buying_group")
    if fn is not None:
        members = []
        for m in fn(db, account_id):
            contact = _get(m, "contact")
            source = contact if contact is not None else m
            members.append(
                Member(
                    contact_id=int(_get(m, "contact_id", default=_get(source, "id"))),
                    name=str(_get(source, "name", default="")),
                    role=str(_get(m, "role", default=_get(source, "role", default="other"))),
                    stage=str(_get(m, "stage", default="") or ""),
                    last_touch_on=_get(m, "last_touch_on", "last_touch"),
                    email=_get(source, "email"),
                    phone=_get(source, "phone"),
                    title=_get(source, "title"),
                )
            )
        return members
    return [
        Member(c.id, c.name, c.role, c.stage_override or "", None, c.email, c.phone, c.title)
        for c in accounts_service.list_contacts(db, account_id)
    ]


@dataclass(frozen=True)
class Person:
    """One of the people to stay close to (People screen)."""

    contact_id: int
    name: str
    account_id: int
    account_name: str
    role: str
    stage: str
    last_touch_on: dt.date | None
    why: str


def top_people(db: Database, n: int = 20) -> list[Person] | None:
    fn = _fn("circlesoftrust.engine.people", "top_people")
    if fn is None:
        return None
    people = []
    for p in fn(db, n=n):
        contact = _get(p, "contact")
        source = contact if contact is not None else p
        people.append(
            Person(
                contact_id=int(_get(p, "contact_id", default=_get(source, "id", default=0))),
                name=str(_get(source, "name", "contact_name", default="")),
                account_id=int(
                    _get(p, "account_id", default=_get(source, "account_id", default=0))
                ),
                account_name=str(_get(p, "account_name", default="")),
                role=str(_get(p, "role", default=_get(source, "role", default="")) or ""),
                stage=str(_get(p, "stage", default="") or ""),
                last_touch_on=_get(p, "last_touch_on", "last_touch"),
                why=str(_get(p, "reason", "why", "explanation", default="") or ""),
            )
        )
    return people


# --- suggestions and next actions --------------------------------------------------------


def suggestions(db: Database, on: dt.date | None = None) -> list[Any] | None:
    fn = _fn("circlesoftrust.engine.suggestions", "suggest")
    return None if fn is None else list(fn(db, on=on))


def priority_rank(priority: Any) -> float:
    """Smaller is more urgent, whatever the engine uses (1-3, "high"/"low", 0-100)."""
    if isinstance(priority, str):
        return {"urgent": 0, "high": 1, "medium": 2, "normal": 2, "low": 3}.get(priority, 2)
    value = getattr(priority, "value", priority)
    if isinstance(value, int | float):
        return float(value)
    return 2.0


def next_actions(items: list[Any] | None) -> dict[int, Any]:
    """The most urgent suggestion per account (ties: the earliest due date)."""
    best: dict[int, Any] = {}
    far = dt.date.max
    for s in items or ():
        acc = _get(s, "account_id")
        if acc is None:
            continue
        key = (priority_rank(_get(s, "priority")), _get(s, "due") or far)
        current = best.get(acc)
        if current is None or key < (
            priority_rank(_get(current, "priority")),
            _get(current, "due") or far,
        ):
            best[acc] = s
    return best


def suggestion_text(s: Any) -> str:
    """A short line for the table's "next action" column."""
    kind = str(_get(s, "kind", default="")).replace("_", " ")
    reason = str(_get(s, "reason", default=""))
    label = str(_get(s, "title", "label", default="")) or kind.capitalize()
    return f"{label}: {reason}" if reason and label else label or reason


# --- perks, insights, tasks on the account page -------------------------------------------


@dataclass(frozen=True)
class Item:
    """A line of the account page's perks / insights / tasks lists."""

    title: str
    detail: str
    on: dt.date | None
    status: str
    ref_id: int | None = None


def _items(
    objs: Any,
    title: tuple[str, ...],
    detail: tuple[str, ...],
    on: tuple[str, ...],
    status: tuple[str, ...],
) -> list[Item]:
    out = []
    for o in objs or ():
        out.append(
            Item(
                title=str(_get(o, *title, default="") or ""),
                detail=str(_get(o, *detail, default="") or ""),
                on=_get(o, *on),
                status=str(_get(o, *status, default="") or ""),
                ref_id=_get(o, "id"),
            )
        )
    return out


def account_perks(db: Database, account_id: int) -> tuple[list[Item], list[Item]] | None:
    """(granted, eligible) perks of an account, or None while the perks service is missing."""
    granted_fn = _fn("circlesoftrust.services.perks", "list_grants", "grants_for", "granted")
    eligible_fn = _fn("circlesoftrust.services.perks", "eligible_perks", "eligible")
    if granted_fn is None and eligible_fn is None:
        return None
    granted = (
        _items(
            granted_fn(db, account_id),
            ("perk_name", "name", "title"),
            ("kind", "note"),
            ("granted_on", "on"),
            ("status",),
        )
        if granted_fn
        else []
    )
    eligible = (
        _items(
            eligible_fn(db, account_id),
            ("name", "perk_name", "title"),
            ("kind", "description"),
            ("since", "on"),
            ("status",),
        )
        if eligible_fn
        else []
    )
    return granted, eligible


def account_insights(db: Database, account_id: int) -> tuple[list[Item], list[Item]] | None:
    """(shared, due) insights of an account, or None while the insights service is missing."""
    shared_fn = _fn("circlesoftrust.services.insights", "shared_with", "shares_for_account")
    due_fn = _fn("circlesoftrust.services.insights", "due_for_account", "insights_due")
    if shared_fn is None and due_fn is None:
        return None
    shared = (
        _items(
            shared_fn(db, account_id),
            ("title", "insight_title"),
            ("answer", "detail_level"),
            ("shared_on", "on"),
            ("detail_level",),
        )
        if shared_fn
        else []
    )
    due = (
        _items(
            due_fn(db, account_id),
            ("title", "insight_title"),
            ("detail_level", "headline"),
            ("release_on", "due", "on"),
            ("detail_level",),
        )
        if due_fn
        else []
    )
    return shared, due


def account_tasks(db: Database, account_id: int) -> list[Item] | None:
    fn = _fn("circlesoftrust.services.tasks", "list_tasks", "tasks_for")
    if fn is None:
        return None
    try:
        objs = fn(db, account=account_id)
    except TypeError:
        objs = fn(db, account_id)
    return _items(objs, ("title",), ("note", "source"), ("due_on", "due"), ("done_on", "status"))


# --- tags and undo support ---------------------------------------------------------------


def tag_index(db: Database) -> dict[int, tuple[str, ...]] | None:
    """Tags of every account in one call, if a service offers it (else None)."""
    fn = _fn("circlesoftrust.services.accounts", "tag_index", "account_tags", "tags_by_account")
    return None if fn is None else {int(k): tuple(v) for k, v in dict(fn(db)).items()}


def delete_touchpoint_fn() -> Any | None:
    """``activity.delete_touchpoint`` once it exists (undo of "log touchpoint")."""
    fn = getattr(activity, "delete_touchpoint", None)
    return fn if callable(fn) else None
