"""What the account page's lists and buttons show: the columns of the buying group, the
timeline, tasks, perks, insights and complaints; the tabs' titles and command buttons; the
touchpoint kinds that open a fact form; Enter on a fact's row; a listed record's identity.

Split from :mod:`ui.accounts.account_page` (the page's widgets and its updates stay there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QTableView,
)

from ui.accounts.accounts_model import ago
from ui.common import theme
from ui.common.dialogs import label
from ui.common.formats import date as date_text
from ui.common.formats import money
from ui.common.language import QT_TRANSLATE_NOOP
from ui.common.table_models import Column

if TYPE_CHECKING:
    from circlesoftrust.overview import InsightLine, PerkLine

TIMELINE_ICONS = {
    "touchpoint": "touchpoint",
    "revenue": "dashboard",
    "referral_given": "people",
    "referral_received": "people",
    "feedback": "insight",
    "complaint": "info",
    "ring_change": "rings",
}


def member_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("account_page", "Name"),
            lambda m: m.name,
            lambda m: m.email or None,
        ),
        Column(QCoreApplication.translate("account_page", "Role"), lambda m: label(m.role)),
        Column(
            QCoreApplication.translate("account_page", "Stage"),
            lambda m: label(m.stage) if m.stage else "—",
            lambda m: m.stage_reason or None,
        ),
        Column(
            QCoreApplication.translate("account_page", "Last touch"),
            lambda m: m.last_touch_on or "—",
            lambda m: ago(m.last_touch_on) if m.last_touch_on else None,
            sort_key=lambda m: m.last_touch_on or dt.date.min,
        ),
        Column(QCoreApplication.translate("account_page", "E-mail"), lambda m: m.email or ""),
    ]


def count_note(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate(
            "account_page", "Nobody yet: add the people you deal with (decision maker, champion…)."
        )
    if n == 1:
        return QCoreApplication.translate(
            "account_page", "Only one person in the buying group — widen it."
        )
    return QCoreApplication.translate("account_page", "{n} people in the buying group.").format(n=n)


def timeline_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("account_page", "Date"), lambda e: e.on, lambda e: ago(e.on)
        ),
        Column(
            QCoreApplication.translate("account_page", "What"),
            lambda e: e.title,
            icon=lambda e: theme.icon(TIMELINE_ICONS.get(e.kind, "info")),
        ),
        Column(
            QCoreApplication.translate("account_page", "Note"),
            lambda e: e.detail,
            lambda e: e.detail or None,
        ),
    ]


def complaint_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("account_page", "Opened"),
            lambda c: c.opened_on,
            lambda c: ago(c.opened_on),
        ),
        Column(
            QCoreApplication.translate("account_page", "Complaint"),
            lambda c: c.note,
            lambda c: c.note or None,
        ),
    ]


# The buttons of the page's "record" row and of its tabs: (command key, text, tip); the
# command keys are those of ui.shell.actions (the page asks for them by ``commandRequested``).
RECORD_BUTTONS = (
    (
        "record_revenue",
        QT_TRANSLATE_NOOP("AccountPage", "Purchase…"),
        QT_TRANSLATE_NOOP("AccountPage", "Record a purchase, renewal, up-sell or cross-sell"),
    ),
    (
        "record_feedback",
        QT_TRANSLATE_NOOP("AccountPage", "Feedback…"),
        QT_TRANSLATE_NOOP("AccountPage", "Record an NPS answer and the relational scores"),
    ),
    (
        "open_complaint",
        QT_TRANSLATE_NOOP("AccountPage", "Complaint…"),
        QT_TRANSLATE_NOOP("AccountPage", "Open a complaint"),
    ),
    (
        "record_referral",
        QT_TRANSLATE_NOOP("AccountPage", "Referral…"),
        QT_TRANSLATE_NOOP("AccountPage", "This account referred us to another account"),
    ),
)
# Touchpoint kinds that are facts of their own: "Log" opens their form instead.
FACT_KINDS = {
    "purchase": "record_revenue",
    "complaint": "open_complaint",
    "feedback": "record_feedback",
    "referral": "record_referral",
}
# Tab titles, also the tabs' keys (in English; shown through tr()).
TASKS = QT_TRANSLATE_NOOP("AccountPage", "Tasks")
PERKS = QT_TRANSLATE_NOOP("AccountPage", "Perks")
INSIGHTS = QT_TRANSLATE_NOOP("AccountPage", "Insights")
COMPLAINTS = QT_TRANSLATE_NOOP("AccountPage", "Complaints")
TAB_BUTTONS = {
    TASKS: (
        (
            "add_task",
            QT_TRANSLATE_NOOP("AccountPage", "Add…"),
            QT_TRANSLATE_NOOP("AccountPage", "Add a task"),
        ),
        (
            "complete_task",
            QT_TRANSLATE_NOOP("AccountPage", "Done"),
            QT_TRANSLATE_NOOP("AccountPage", "Mark the selected task done"),
        ),
        (
            "reopen_task",
            QT_TRANSLATE_NOOP("AccountPage", "Reopen"),
            QT_TRANSLATE_NOOP("AccountPage", "Reopen the selected task"),
        ),
        (
            "delete_task",
            QT_TRANSLATE_NOOP("AccountPage", "Delete"),
            QT_TRANSLATE_NOOP("AccountPage", "Delete the selected task"),
        ),
    ),
    PERKS: (
        (
            "grant_perk",
            QT_TRANSLATE_NOOP("AccountPage", "Grant…"),
            QT_TRANSLATE_NOOP("AccountPage", "Grant a perk offered to this ring"),
        ),
        (
            "redeem_perk",
            QT_TRANSLATE_NOOP("AccountPage", "Redeem"),
            QT_TRANSLATE_NOOP("AccountPage", "The client used the selected perk"),
        ),
        (
            "set_perk_expiry",
            QT_TRANSLATE_NOOP("AccountPage", "Expiry…"),
            QT_TRANSLATE_NOOP("AccountPage", "Set or clear the selected perk's last day"),
        ),
        (
            "withdraw_perk",
            QT_TRANSLATE_NOOP("AccountPage", "Withdraw"),
            QT_TRANSLATE_NOOP("AccountPage", "Take the selected perk back"),
        ),
    ),
    COMPLAINTS: (
        (
            "resolve_complaint",
            QT_TRANSLATE_NOOP("AccountPage", "Resolve…"),
            QT_TRANSLATE_NOOP("AccountPage", "Resolve the selected complaint"),
        ),
    ),
}


def task_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("account_page", "Status"), lambda t: label(t.status)),
        Column(
            QCoreApplication.translate("account_page", "Title"),
            lambda t: t.title,
            lambda t: t.note or None,
        ),
        Column(
            QCoreApplication.translate("account_page", "Due"),
            lambda t: t.due_on,
            sort_key=lambda t: t.due_on,
        ),
        Column(
            QCoreApplication.translate("account_page", "Detail"),
            lambda t: t.note or t.source.replace("_", " "),
        ),
    ]


def perk_columns() -> list[Column]:
    def detail(p: PerkLine) -> str:
        if p.status == "eligible":
            return QCoreApplication.translate("account_page", "{kind} · {cost} a year").format(
                kind=label(p.kind), cost=money(p.cost_per_year_cents)
            )
        if p.expires_on:
            return QCoreApplication.translate("account_page", "expires {day}").format(
                day=date_text(p.expires_on)
            )
        return p.note

    return [
        Column(QCoreApplication.translate("account_page", "Status"), lambda p: label(p.status)),
        Column(
            QCoreApplication.translate("account_page", "Perk"),
            lambda p: p.name,
            lambda p: p.note or None,
        ),
        Column(
            QCoreApplication.translate("account_page", "Since"),
            lambda p: p.granted_on or "",
            sort_key=lambda p: p.granted_on or dt.date.min,
        ),
        Column(QCoreApplication.translate("account_page", "Detail"), detail),
    ]


def insight_columns() -> list[Column]:
    def detail(i: InsightLine) -> str:
        level = label(i.detail_level)
        if not i.answer:
            return level
        return QCoreApplication.translate("account_page", "{level} · answered: {answer}").format(
            level=level, answer=i.answer
        )

    return [
        Column(QCoreApplication.translate("account_page", "Status"), lambda i: label(i.status)),
        Column(
            QCoreApplication.translate("account_page", "Insight"),
            lambda i: i.title,
            lambda i: i.text or None,
        ),
        Column(
            QCoreApplication.translate("account_page", "When"),
            lambda i: i.on,
            sort_key=lambda i: i.on,
        ),
        Column(QCoreApplication.translate("account_page", "Detail"), detail),
    ]


# The tabs whose rows are facts that can be edited in place (with the timeline).
EDITABLE_TABS = ("Tasks", "Perks", "Complaints")


class EditOnEnter(QObject):
    """Enter or Return on a fact's row asks for its edit form."""

    def __init__(self, edit: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QTableView)
            and watched.currentIndex().isValid()
        ):
            self._edit()
            return True
        return super().eventFilter(watched, event)


def record_key(record: Any) -> tuple[Any, ...] | None:
    """What a listed record is, across a reload that changed its values (its ids)."""
    if record is None:
        return None
    ids = (getattr(record, name, None) for name in ("grant_id", "perk_id", "id", "ref_id"))
    return (type(record).__name__, *ids)
