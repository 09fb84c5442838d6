"""Giving a task to someone on the team (team use): pick a person, one undoable write.

The people come from the core's users (read off the UI thread); the write passes the
version of the task the list showed, so an assignment over someone else's newer change is
refused, naming who changed it and when (``team.StaleEditError``), and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ui.operations import Operations

if TYPE_CHECKING:
    from circlesoftrust.services.tasks import TaskInfo
    from circlesoftrust.storage import Database
    from circlesoftrust.team import UserInfo


def assign(
    parent: QWidget, ops: Operations, task: TaskInfo, done: Callable[[TaskInfo], None]
) -> None:
    """Ask whom ``task`` is for, then assign it (``done`` gets the updated task)."""

    def users(db: Database) -> list[UserInfo]:
        from circlesoftrust.team import list_users

        return list_users(db)

    ops.run_query(users, lambda found: _choose(parent, ops, task, found, done), owner=parent)


def _choose(
    parent: QWidget,
    ops: Operations,
    task: TaskInfo,
    users: list[UserInfo],
    done: Callable[[TaskInfo], None],
) -> None:
    nobody = QCoreApplication.translate("TaskAssign", "Nobody")
    names = [nobody, *(u.name for u in users)]
    current = next((i + 1 for i, u in enumerate(users) if u.id == task.assignee_id), 0)
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("TaskAssign", "Assign task"),
        QCoreApplication.translate("TaskAssign", "Who does “{0}” ({1})?").format(
            task.title, task.account_name
        ),
        names,
        current,
        False,
    )
    if not ok:
        return
    user = next((u for u in users if u.name == name), None)
    user_id, version = (user.id if user else None), task.version

    def write(db: Database) -> TaskInfo:
        from circlesoftrust.services.tasks import assign_task

        return assign_task(db, task.id, user_id, expected_version=version)

    label = QCoreApplication.translate("TaskAssign", "Assign “{0}” to {1}").format(task.title, name)
    ops.run_op(label, write, done, owner=parent)
