"""Tasks (dated to-dos per account) and the per-ring checklists that become tasks.

Entering a ring creates a task for each of its checklist items
(:func:`circlesoftrust.services.rings.apply_move`); accepted suggestions and follow-ups
create tasks too. Each function is one transaction and returns frozen records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, NotFoundError
from circlesoftrust.i18n import _
from circlesoftrust.models import Account, ChecklistItem, Ring, Task, User, known_user_id
from circlesoftrust.services.lookups import (
    get_account_row,
    get_ring_row,
    lock,
    log_action,
    today,
)
from circlesoftrust.storage import Database
from circlesoftrust.team import check_version, get_user_row, last_change
from circlesoftrust.vocabulary import TaskSource


@dataclass(frozen=True)
class TaskInfo:
    id: int
    account_id: int
    account_name: str
    title: str
    due_on: dt.date
    done_on: dt.date | None
    source: str
    checklist_item_id: int | None
    note: str
    version: int = 1
    assignee_id: int | None = None
    assignee_name: str | None = None


@dataclass(frozen=True)
class ChecklistItemInfo:
    id: int
    ring_id: int
    ring_name: str
    ring_position: int
    position: int
    title: str
    due_after_days: int


def task_info(session: Session, task: Task) -> TaskInfo:
    account = session.get(Account, task.account_id)
    assert account is not None
    session.flush()  # the assignee is set when the task is written
    assignee = session.get(User, task.assignee_id) if task.assignee_id is not None else None
    return TaskInfo(
        task.id,
        account.id,
        account.name,
        task.title,
        task.due_on,
        task.done_on,
        task.source.value,
        task.checklist_item_id,
        task.note,
        task.version,
        task.assignee_id,
        assignee.name if assignee is not None else None,
    )


def _task_row(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError(_("no task with id {task_id}").format(task_id=task_id))
    return task


def add_task_in_session(
    session: Session,
    account: Account,
    title: str,
    *,
    due_on: dt.date,
    source: TaskSource = TaskSource.MANUAL,
    note: str = "",
    origin: str | None = None,
) -> Task:
    task = Task(
        account_id=account.id,
        title=v.required_text("title", title),
        due_on=due_on,
        source=source,
        note=note.strip(),
        origin=origin,
    )
    session.add(task)
    session.flush()
    return task


def add_task(
    db: Database,
    account: int | str,
    title: str,
    *,
    due_on: str | dt.date | None = None,
    note: str = "",
    source: str = "manual",
) -> TaskInfo:
    """A new to-do for an account, due today unless ``due_on`` says otherwise."""
    clean_title = v.required_text("title", title)
    day = v.date(due_on, "due_on", default=today())
    clean_source = v.choice(TaskSource, source, "source")
    with db.transaction() as session:
        acc = get_account_row(session, account)
        task = add_task_in_session(
            session, acc, clean_title, due_on=day, source=clean_source, note=note
        )
        return task_info(session, task)


def complete_task(db: Database, task_id: int, *, on: str | dt.date | None = None) -> TaskInfo:
    """Mark a task done (once: a second user marking it too is told who did)."""
    day = v.date(on, "date", default=today())
    with db.transaction(write=True) as session:
        task = lock(session, _task_row(session, task_id))
        if task.done_on is not None:
            done = last_change(session, f"task:{task.id}")
            who = _(" by {name}").format(name=done.by) if done is not None and done.by else ""
            raise ConflictError(
                _("task {task_id} was already done{who} on {done_on}").format(
                    task_id=task_id, who=who, done_on=task.done_on
                )
            )
        task.done_on = day
        session.flush()
        info = task_info(session, task)
        log_action(
            session,
            "task_done",
            f"{info.account_name}: {info.title}",
            info.account_id,
            target=f"task:{task.id}",
        )
        return info


def reopen_task(db: Database, task_id: int) -> TaskInfo:
    with db.transaction() as session:
        task = _task_row(session, task_id)
        if task.done_on is None:
            raise ConflictError(_("task {task_id} is still open").format(task_id=task_id))
        task.done_on = None
        session.flush()
        return task_info(session, task)


def delete_task(db: Database, task_id: int) -> TaskInfo:
    with db.transaction() as session:
        task = _task_row(session, task_id)
        info = task_info(session, task)
        session.delete(task)
        return info


def list_tasks(
    db: Database,
    *,
    account: int | str | None = None,
    open_only: bool = True,
    due_by: str | dt.date | None = None,
    limit: int | None = None,
    mine: bool = False,
    assignee: int | str | None = None,
    active_only: bool = False,
) -> list[TaskInfo]:
    """Tasks by due date (open ones unless ``open_only`` is False); ``due_by`` caps the date;
    ``active_only``: not those of archived accounts.

    ``mine``: only the current user's tasks; ``assignee``: only that user's."""
    with db.transaction() as session:
        query = (
            select(Task, Account.name, User.name)
            .join(Account, Account.id == Task.account_id)
            .outerjoin(User, User.id == Task.assignee_id)
            .order_by(Task.due_on, Task.id)
        )
        if assignee is not None:
            query = query.where(Task.assignee_id == get_user_row(session, assignee).id)
        elif mine:
            me = known_user_id(session)
            query = query.where(Task.assignee_id == (-1 if me is None else me))
        if account is not None:
            query = query.where(Task.account_id == get_account_row(session, account).id)
        if open_only:
            query = query.where(Task.done_on.is_(None))
        if active_only:
            query = query.where(Account.archived_at.is_(None))
        if due_by is not None:
            query = query.where(Task.due_on <= v.date(due_by, "due_by"))
        if limit is not None:
            query = query.limit(limit)
        return [
            TaskInfo(
                t.id,
                t.account_id,
                name,
                t.title,
                t.due_on,
                t.done_on,
                t.source.value,
                t.checklist_item_id,
                t.note,
                t.version,
                t.assignee_id,
                assignee_name,
            )
            for t, name, assignee_name in session.execute(query).all()
        ]


def assign_task(
    db: Database, task_id: int, user: int | str | None, *, expected_version: int | None = None
) -> TaskInfo:
    """Give a task to someone on the team (``None``: to nobody)."""
    with db.transaction(write=True) as session:
        task = lock(session, _task_row(session, task_id))
        check_version(session, task, expected_version, target=f"task:{task.id}", label=task.title)
        task.assignee_id = None if user is None else get_user_row(session, user).id
        session.flush()
        info = task_info(session, task)
        log_action(
            session,
            "assign",
            f"{info.title}: for {info.assignee_name or 'nobody'}",
            info.account_id,
            target=f"task:{task.id}",
        )
        return info


# --- checklists ----------------------------------------------------------------------------


def _item_info(item: ChecklistItem, ring: Ring) -> ChecklistItemInfo:
    return ChecklistItemInfo(
        item.id,
        ring.id,
        ring.name,
        ring.position,
        item.position,
        item.title,
        item.due_after_days,
    )


def list_checklist(db: Database, ring: int | str | None = None) -> list[ChecklistItemInfo]:
    """Checklist items, by ring (inner first) and order within the ring."""
    with db.transaction() as session:
        query = (
            select(ChecklistItem, Ring)
            .join(Ring, Ring.id == ChecklistItem.ring_id)
            .order_by(Ring.position, ChecklistItem.position, ChecklistItem.id)
        )
        if ring is not None:
            query = query.where(Ring.id == get_ring_row(session, ring).id)
        return [_item_info(item, r) for item, r in session.execute(query).all()]


def add_checklist_item(
    db: Database, ring: int | str, title: str, *, due_after_days: int | str = 7
) -> ChecklistItemInfo:
    """A new step of the procedure for accounts entering ``ring`` (added at the end)."""
    fields = checklist_fields(title=title, due_after_days=due_after_days)
    with db.transaction() as session:
        target = get_ring_row(session, ring)
        item = add_checklist_item_in_session(session, target, fields)
        return _item_info(item, target)


def checklist_fields(
    *,
    title: str | None = None,
    due_after_days: int | str | None = None,
    position: int | None = None,
) -> dict[str, object]:
    """Validated column values for the fields given (no database needed)."""
    fields: dict[str, object] = {}
    if title is not None:
        fields["title"] = v.required_text("title", title)
    if due_after_days is not None:
        fields["due_after_days"] = v.int_in_range(due_after_days, "due_after_days", 0, 3650)
    if position is not None:
        fields["position"] = v.int_in_range(position, "position", 0, 10_000)
    return fields


def add_checklist_item_in_session(
    session: Session, ring: Ring, fields: dict[str, object]
) -> ChecklistItem:
    """Insert a step from :func:`checklist_fields` (at the end unless it has a position)."""
    values = dict(fields)
    if "position" not in values:
        last = session.scalar(
            select(func.max(ChecklistItem.position)).where(ChecklistItem.ring_id == ring.id)
        )
        values["position"] = (last + 1) if last is not None else 0
    item = ChecklistItem(ring_id=ring.id, **values)
    session.add(item)
    session.flush()
    log_action(
        session,
        "checklist_add",
        _("{name}: checklist item {title!r}").format(name=ring.name, title=item.title),
    )
    return item


def get_checklist_item_row(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFoundError(_("no checklist item with id {item_id}").format(item_id=item_id))
    return item


def update_checklist_item(
    db: Database,
    item_id: int,
    *,
    title: str | None = None,
    due_after_days: int | str | None = None,
    position: int | None = None,
) -> ChecklistItemInfo:
    with db.transaction() as session:
        item = get_checklist_item_row(session, item_id)
        fields = checklist_fields(title=title, due_after_days=due_after_days, position=position)
        for key, value in fields.items():
            setattr(item, key, value)
        session.flush()
        ring = session.get(Ring, item.ring_id)
        assert ring is not None
        return _item_info(item, ring)


def remove_checklist_item(db: Database, item_id: int) -> ChecklistItemInfo:
    """Remove a step; tasks it already created stay (they keep their title)."""
    with db.transaction() as session:
        item = get_checklist_item_row(session, item_id)
        ring = session.get(Ring, item.ring_id)
        assert ring is not None
        info = _item_info(item, ring)
        session.delete(item)
        return info
