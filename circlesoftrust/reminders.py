"""Reminders for the desktop: due tasks and accounts that became at risk, told once.

The window asks :func:`collect_reminders` when it starts and now and then while it runs
(and `circlesoftrust capture remind` does the same from a scheduler). The first call of a
day tells every task that is due; later calls that day tell only the tasks that fell
due since. An account is told as at risk once, when it becomes at risk (again after it
recovered). What was told is kept in the settings table (``reminders.state``), so a
restart does not repeat it. The desktop notification itself (Qt's system tray) is the
window's part; the setting ``desktop_reminders`` switches it off.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from circlesoftrust import formats
from circlesoftrust.engine.suggestions import suggest
from circlesoftrust.i18n import _, ngettext
from circlesoftrust.models import Account, Setting, Task
from circlesoftrust.storage import Database

__all__ = ["Reminder", "ReminderNotice", "collect_reminders"]

STATE_KEY = "reminders.state"


@dataclass(frozen=True)
class Reminder:
    kind: str  # task_due | at_risk
    account_id: int
    account_name: str
    text: str
    due_on: dt.date


@dataclass(frozen=True)
class ReminderNotice:
    """What one desktop notification says: a title and one line per reminder."""

    title: str
    reminders: tuple[Reminder, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(r.text for r in self.reminders)


def _state(raw: str | None) -> tuple[str, set[int], set[int]]:
    try:
        data = json.loads(raw) if raw else {}
        return (
            str(data.get("day", "")),
            {int(i) for i in data.get("tasks", [])},
            {int(i) for i in data.get("at_risk", [])},
        )
    except (ValueError, TypeError, AttributeError):
        return "", set(), set()  # a damaged state: tell everything once more


def collect_reminders(db: Database, on: dt.date | None = None) -> ReminderNotice | None:
    """What has not been told yet as of ``on`` (None: nothing new). Remembers it as told."""
    day = on or dt.date.today()
    at_risk = [s for s in suggest(db, day, kinds={"at_risk"}) if s.account_id is not None]
    with db.transaction() as session:
        row = session.get(Setting, STATE_KEY)
        told_day, told_tasks, told_risk = _state(row.value if row else None)
        if told_day != day.isoformat():
            told_tasks = set()
        due = session.execute(
            select(Task.id, Task.title, Task.due_on, Account.id, Account.name)
            .join(Account, Account.id == Task.account_id)
            .where(Task.done_on.is_(None), Task.due_on <= day, Account.archived_at.is_(None))
            .order_by(Task.due_on, Task.id)
        ).all()
        new: list[Reminder] = []
        for task_id, title, due_on, account_id, account_name in due:
            if task_id in told_tasks:
                continue
            when = (
                _("due today")
                if due_on == day
                else _("overdue since {day}").format(day=formats.date(due_on))
            )
            new.append(
                Reminder("task_due", account_id, account_name,
                         f"{title} — {account_name} ({when})", due_on)
            )  # fmt: skip
        risk_now = {s.account_id for s in at_risk if s.account_id is not None}
        for s in at_risk:
            if s.account_id is not None and s.account_id not in told_risk:
                new.append(
                    Reminder("at_risk", s.account_id, s.account_name or "",
                             _("{account} is at risk: {reason}").format(
                                 account=s.account_name, reason=s.reason
                             ), s.due_on)
                )  # fmt: skip
        state = json.dumps(
            {
                "day": day.isoformat(),
                "tasks": sorted(told_tasks | {t[0] for t in due}),
                # Recovered accounts are forgotten: at risk again later means told again.
                "at_risk": sorted((told_risk & risk_now) | risk_now),
            }
        )
        if row is None:
            session.add(Setting(key=STATE_KEY, value=state))
        elif row.value != state:
            row.value = state
    if not new:
        return None
    tasks = sum(1 for r in new if r.kind == "task_due")
    risks = len(new) - tasks
    due_text = ngettext("{n} task due", "{n} tasks due", tasks).format(n=tasks)
    risk_text = ngettext("{n} account at risk", "{n} accounts at risk", risks).format(n=risks)
    if tasks and risks:
        title = _("{tasks} and {risks}").format(tasks=due_text, risks=risk_text)
    else:
        title = due_text if tasks else risk_text
    return ReminderNotice(title, tuple(new))
