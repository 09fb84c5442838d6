"""What happened: ring moves (a removed ring keeps its name there), the action log, the
command line's undo history and the merge log.
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
)
from sqlalchemy.orm import Mapped, mapped_column

from circlesoftrust.models.base import (
    Base,
    _enum,
    _now,
    _origin,
    _user_fk,
)
from circlesoftrust.vocabulary import RingChangeSource


class RingChange(Base):
    """One move of an account between rings (``from_ring_id`` None and no name: created).

    A removed ring leaves its moves readable: its id is cleared and its name is kept in
    ``from_ring_name`` / ``to_ring_name`` (both NULL while the ring exists: then its
    current name is shown, as for every other ring).
    """

    __tablename__ = "ring_changes"
    __table_args__ = (
        CheckConstraint("length(reason) > 0", name="reason_not_empty"),
        CheckConstraint("to_ring_id IS NOT NULL OR to_ring_name IS NOT NULL", name="to_ring_known"),
        Index("ix_ring_changes_account_date", "account_id", "changed_on"),
        # Covering for the recent entries the perk suggestions read (engine._generate).
        Index(
            "ix_ring_changes_changed_on", "changed_on", "account_id", "from_ring_id", "to_ring_id"
        ),
        Index("ix_ring_changes_from_ring_id", "from_ring_id"),
        Index("ix_ring_changes_to_ring_id", "to_ring_id"),
        Index("uq_ring_changes_origin", "origin", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    from_ring_id: Mapped[int | None] = mapped_column(ForeignKey("rings.id", ondelete="SET NULL"))
    to_ring_id: Mapped[int | None] = mapped_column(ForeignKey("rings.id", ondelete="SET NULL"))
    # The names of removed rings (services.rings.remove_ring_in_session; migration 0018).
    from_ring_name: Mapped[str | None] = mapped_column(String(80))
    to_ring_name: Mapped[str | None] = mapped_column(String(80))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[RingChangeSource] = mapped_column(_enum(RingChangeSource, "source"))
    user_id: Mapped[int | None] = _user_fk()  # who moved it
    origin: Mapped[str | None] = _origin()


class ActionLog(Base):
    """What the app did on the user's behalf (accepted suggestions, imports...)."""

    __tablename__ = "action_log"
    __table_args__ = (
        Index("ix_action_log_account_id", "account_id"),
        Index("ix_action_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    kind: Mapped[str] = mapped_column(String(40))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    summary: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = _user_fk()  # who did it
    # The record it concerns ("account:6", "contact:12", "ring:2"...): a refused stale save
    # names the last change of that record, its author and time.
    target: Mapped[str | None] = mapped_column(String(60), index=True)


class UndoEntry(Base):
    """One undoable action of the command line, kept so a later command can take it back.

    ``entry`` is JSON (circlesoftrust.undo_history): the label, the rows before and after
    the action (circlesoftrust.operations' images) and what it changed. ``undone_at`` is set
    when it was undone (or could no longer be: the rows changed since). No foreign keys:
    the images name rows that may be gone.
    """

    __tablename__ = "undo_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    label: Mapped[str] = mapped_column(Text)
    entry: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = _user_fk()  # who did it
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class MergeLog(Base):
    """A merge of two contacts or two accounts, with what it takes to split them again.

    ``undo`` is JSON (circlesoftrust.duplicates.merge): the merged row as it was, the rows
    moved to the survivor, rows removed as doubles, and the survivor's fields before and
    after. No foreign keys: the merged row is gone and the survivor may go later.
    """

    __tablename__ = "merge_log"
    __table_args__ = (
        CheckConstraint("kind IN ('contact', 'account')", name="kind_known"),
        Index("ix_merge_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    kind: Mapped[str] = mapped_column(String(10))
    survivor_id: Mapped[int] = mapped_column(Integer)
    merged_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    undo: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
