"""What the advice leaves behind: checklist steps per ring, tasks, the user's decisions
on suggestions, and the tunable settings.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from circlesoftrust.models.base import (
    Base,
    _enum,
    _now,
    _origin,
    _user_fk,
    _version,
)
from circlesoftrust.vocabulary import (
    SuggestionDecision,
    TaskSource,
)


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        CheckConstraint("due_after_days >= 0", name="due_non_negative"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        Index("ix_checklist_items_ring_id", "ring_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ring_id: Mapped[int] = mapped_column(ForeignKey("rings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    due_after_days: Mapped[int] = mapped_column(Integer, default=7)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        Index("ix_tasks_account_due", "account_id", "done_on", "due_on"),
        Index("ix_tasks_due_on", "due_on"),
        Index("ix_tasks_checklist_item_id", "checklist_item_id"),
        Index("uq_tasks_origin", "origin", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[TaskSource] = mapped_column(_enum(TaskSource, "source"))
    checklist_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_items.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    created_by_id: Mapped[int | None] = _user_fk()
    # Who the task is for ("my tasks").
    assignee_id: Mapped[int | None] = _user_fk()
    origin: Mapped[str | None] = _origin()


class SuggestionState(Base):
    """What the user decided about a suggestion, keyed by a stable suggestion key.

    Acceptances hold for everyone (``scope`` 0); snoozes and dismissals for the one user
    who decided (``scope`` = their user id), so one key has one row per scope.
    """

    __tablename__ = "suggestion_states"
    __table_args__ = (
        CheckConstraint("decision <> 'snoozed' OR until_on IS NOT NULL", name="snooze_needs_date"),
        UniqueConstraint("key", "scope", name="uq_suggestion_states_key_scope"),
        Index("ix_suggestion_states_account_id", "account_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    scope: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    decided_by_id: Mapped[int | None] = _user_fk()
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    decision: Mapped[SuggestionDecision] = mapped_column(_enum(SuggestionDecision, "decision"))
    until_on: Mapped[dt.date | None] = mapped_column(Date)
    # For dismissals: a digest of the facts that produced the suggestion.
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Setting(Base):
    """A user-tunable value (weights, thresholds, days); JSON text, defaults live in code."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
