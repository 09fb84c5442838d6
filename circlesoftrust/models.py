"""The data model: every table of the product's domain (the rules: docs/rules.md).

The schema guards the data on its own: foreign keys, NOT NULL, CHECK constraints and
unique constraints, plus an index on every foreign key and on the dates used for
recency. Money is stored in integer cents so SQLite and PostgreSQL agree exactly.
Enumerations are stored as short strings with a CHECK constraint (portable, readable
in a plain SQL shell).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    select,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, Session, mapped_column

from circlesoftrust.plain_text import has_controls, without_controls

# The vocabularies live in a module without SQLAlchemy (for the app's start-up);
# code imports them from here too.
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    ContactRole,
    DetailLevel,
    Direction,
    JourneyPhase,
    PerkKind,
    RelationshipStage,
    RevenueKind,
    RingChangeSource,
    SuggestionDecision,
    TaskSource,
    TouchpointKind,
)

CONTACT_EXCEPTIONS = "stage_override IS NOT NULL OR archived_at IS NOT NULL"
CAPTURED = "thread_key IS NOT NULL"
FROM_FILES = "source_key IS NOT NULL"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _enum(enum_cls: type[StrEnum], name: str) -> SAEnum:
    return SAEnum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class User(Base):
    """A person on the team: who did what, who owns an account, who a task is for.

    ``login`` is how the app recognises them (the OS user on SQLite, the database role on
    PostgreSQL, or a name chosen with ``--user``); ``name`` is what others see (renamable).
    """

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("length(login) > 0", name="login_not_empty"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


def _user_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)


def _version() -> Mapped[int]:
    # Optimistic concurrency (SQLAlchemy's version_id_col): every UPDATE of the row checks
    # the version it read and bumps it; a save of a stale row is refused (services.team).
    return mapped_column(Integer, nullable=False, default=1, server_default=text("1"))


def _origin() -> Mapped[str | None]:
    # What created the row when an accepted suggestion did ("promote:acc:6|<facts>|..."):
    # unique, so two accepts of the same suggestion on the same facts cannot both write.
    return mapped_column(String(200), nullable=True)


class Ring(Base):
    __tablename__ = "rings"
    __table_args__ = (
        CheckConstraint("position >= 0 AND position <= 8", name="position_range"),
        CheckConstraint("cadence_days IS NULL OR cadence_days > 0", name="cadence_positive"),
        CheckConstraint("insight_delay_days >= 0", name="delay_non_negative"),
        CheckConstraint("min_score >= 0 AND min_score <= 100", name="min_score_range"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    position: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    stage: Mapped[RelationshipStage] = mapped_column(_enum(RelationshipStage, "stage"))
    colour: Mapped[str] = mapped_column(String(9))
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    insight_delay_days: Mapped[int] = mapped_column(Integer, default=0)
    detail_level: Mapped[DetailLevel] = mapped_column(_enum(DetailLevel, "detail_level"))
    discussion_open: Mapped[bool] = mapped_column(Boolean, default=False)
    # Placement: the lowest trust score that targets this ring (the outermost ring has 0).
    min_score: Mapped[int] = mapped_column(Integer, default=0)
    # Gate: only customers (at least one purchase) may sit in this ring.
    customers_only: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        Index("ix_accounts_ring_id", "ring_id"),
        Index("ix_accounts_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    name: Mapped[str] = mapped_column(String(200), unique=True)
    industry: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    ring_id: Mapped[int] = mapped_column(ForeignKey("rings.id", ondelete="RESTRICT"))
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    # A move by hand pins until this day (None with ``pinned``: until unpinned).
    pinned_until: Mapped[dt.date | None] = mapped_column(Date)
    # Why the ring was pinned (a move by hand: its reason; a pin in place: the user's).
    pin_reason: Mapped[str | None] = mapped_column(Text)
    journey_phase: Mapped[JourneyPhase | None] = mapped_column(_enum(JourneyPhase, "journey_phase"))
    # The day the phase above was set by hand (None: derived, stored by `journey --sync`, or
    # set before this was kept). A phase set by hand holds until the next contact (0013).
    journey_set_on: Mapped[dt.date | None] = mapped_column(Date)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Who on the team looks after the account ("my accounts").
    owner_id: Mapped[int | None] = _user_fk()


class AccountTag(Base):
    __tablename__ = "account_tags"
    __table_args__ = (
        UniqueConstraint("account_id", "tag", name="uq_account_tags_account_tag"),
        CheckConstraint("length(tag) > 0", name="tag_not_empty"),
        Index("ix_account_tags_tag", "tag"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(String(60))


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        Index("ix_contacts_account_id", "account_id"),
        Index("ix_contacts_email", "email"),
        # The few contacts that bend who carries a relationship (engine.facts), found
        # without reading every contact.
        Index(
            "ix_contacts_exceptions",
            "account_id",
            "stage_override",
            "archived_at",
            sqlite_where=text(CONTACT_EXCEPTIONS),
            postgresql_where=text(CONTACT_EXCEPTIONS),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[ContactRole] = mapped_column(_enum(ContactRole, "role"), default=ContactRole.OTHER)
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    stage_override: Mapped[RelationshipStage | None] = mapped_column(
        _enum(RelationshipStage, "stage_override")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Touchpoint(Base):
    __tablename__ = "touchpoints"
    __table_args__ = (
        # Covering index for the per-account recency/engagement aggregates; contact_id lets
        # the trust engine see who carries the relationship in the same walk (0003).
        Index(
            "ix_touchpoints_account_recency", "account_id", "occurred_on", "direction", "contact_id"
        ),
        Index("ix_touchpoints_contact_id", "contact_id", "occurred_on"),
        Index("ix_touchpoints_occurred_on", "occurred_on"),
        Index("uq_touchpoints_origin", "origin", unique=True),
        # Two-way touches only (partial): the engine's engagement window walks them alone (0004).
        Index(
            "ix_touchpoints_two_way",
            "account_id",
            "occurred_on",
            "contact_id",
            "direction",
            sqlite_where=text("direction = 'two_way'"),
            postgresql_where=text("direction = 'two_way'"),
        ),
        # A meeting or mail captured from the user's files is logged once per account:
        # importing the same calendar or mailbox again finds it by this key (0007).
        Index("ix_touchpoints_source_key", "account_id", "source_key", unique=True),
        Index("ix_touchpoints_thread_key", "thread_key", sqlite_where=text(CAPTURED),
              postgresql_where=text(CAPTURED)),
        # Captured touches only (partial): the score's explanation names the newest (0010).
        Index("ix_touchpoints_captured", "account_id", "occurred_on", "direction",
              sqlite_where=text(FROM_FILES), postgresql_where=text(FROM_FILES)),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    kind: Mapped[TouchpointKind] = mapped_column(_enum(TouchpointKind, "kind"))
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "direction"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # Where a captured touchpoint came from: "ics:<UID>/<RECURRENCE-ID>" or
    # "mail:<Message-ID>" (io.capture); NULL for touchpoints logged by hand.
    source_key: Mapped[str | None] = mapped_column(String(300))
    # The mail thread it belongs to (the thread's first Message-ID): a reply in a later
    # import makes the conversation two-way.
    thread_key: Mapped[str | None] = mapped_column(String(300))
    user_id: Mapped[int | None] = _user_fk()  # who logged it
    origin: Mapped[str | None] = _origin()


class RevenueEntry(Base):
    __tablename__ = "revenue_entries"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_non_negative"),
        CheckConstraint("renewal_on IS NULL OR renewal_on >= occurred_on", name="renewal_after"),
        # Covering index for the engine's per-account revenue aggregate (kind, renewal: 0003).
        Index(
            "ix_revenue_entries_account_date",
            *("account_id", "occurred_on", "amount_cents", "kind", "renewal_on"),
        ),
        Index("ix_revenue_entries_occurred_on", "occurred_on"),
        Index("ix_revenue_entries_renewal_on", "renewal_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    kind: Mapped[RevenueKind] = mapped_column(_enum(RevenueKind, "kind"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    renewal_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint("from_account_id <> to_account_id", name="not_self"),
        UniqueConstraint("from_account_id", "to_account_id", name="uq_referrals_from_to"),
        Index("ix_referrals_from_account", "from_account_id", "referred_on"),
        Index("ix_referrals_to_account_id", "to_account_id"),
        Index("ix_referrals_from_contact_id", "from_contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    from_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    to_account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    referred_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


RELATIONAL_SCORES = (
    "discovery",
    "integrity",
    "judgement",
    "trust",
    "empathy",
    "preparation",
    "speed",
    "presentation",
    "ease_of_interaction",
    "issue_resolution",
)
# An answer with at least one relational score (the partial index's and the queries' WHERE).
RELATIONAL_SCORED = " OR ".join(f"{name} IS NOT NULL" for name in RELATIONAL_SCORES)


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("nps >= 0 AND nps <= 10", name="nps_range"),
        *(
            CheckConstraint(f"{s} IS NULL OR ({s} >= 1 AND {s} <= 5)", name=f"{s}_range")
            for s in RELATIONAL_SCORES
        ),
        Index("ix_feedback_account_date", "account_id", "given_on", "nps"),
        Index("ix_feedback_contact_id", "contact_id"),
        # The answers with relational scores (few), by account: the engine's relational facts
        # and its low-score suggestions read them from this index alone.
        Index(
            "ix_feedback_relational",
            "account_id",
            "given_on",
            "id",
            "contact_id",
            *RELATIONAL_SCORES,
            sqlite_where=text(RELATIONAL_SCORED),
            postgresql_where=text(RELATIONAL_SCORED),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    given_on: Mapped[dt.date] = mapped_column(Date)
    nps: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    discovery: Mapped[int | None] = mapped_column(Integer)
    integrity: Mapped[int | None] = mapped_column(Integer)
    judgement: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)
    empathy: Mapped[int | None] = mapped_column(Integer)
    preparation: Mapped[int | None] = mapped_column(Integer)
    speed: Mapped[int | None] = mapped_column(Integer)
    presentation: Mapped[int | None] = mapped_column(Integer)
    ease_of_interaction: Mapped[int | None] = mapped_column(Integer)
    issue_resolution: Mapped[int | None] = mapped_column(Integer)


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        CheckConstraint(
            "(status = 'open' AND resolved_on IS NULL) OR "
            "(status = 'resolved' AND resolved_on IS NOT NULL)",
            name="status_matches_date",
        ),
        CheckConstraint("resolved_on IS NULL OR resolved_on >= opened_on", name="resolved_after"),
        Index("ix_complaints_account_status", "account_id", "status", "opened_on", "resolved_on"),
        Index("ix_complaints_contact_id", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ComplaintStatus] = mapped_column(
        _enum(ComplaintStatus, "status"), default=ComplaintStatus.OPEN
    )
    note: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str] = mapped_column(Text, default="")


class Perk(Base):
    __tablename__ = "perks"
    __table_args__ = (
        CheckConstraint("cost_per_year_cents >= 0", name="cost_non_negative"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        Index("ix_perks_ring_id", "ring_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[PerkKind] = mapped_column(_enum(PerkKind, "kind"))
    # Offered to this ring and every ring inside it (lower position).
    ring_id: Mapped[int] = mapped_column(ForeignKey("rings.id", ondelete="RESTRICT"))
    cost_per_year_cents: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PerkGrant(Base):
    __tablename__ = "perk_grants"
    __table_args__ = (
        CheckConstraint("redeemed_on IS NULL OR redeemed_on >= granted_on", name="redeemed_after"),
        CheckConstraint("expires_on IS NULL OR expires_on >= granted_on", name="expires_after"),
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= granted_on", name="withdrawn_after"
        ),
        Index("ix_perk_grants_account_id", "account_id", "granted_on"),
        Index("ix_perk_grants_perk_id", "perk_id"),
        Index("uq_perk_grants_origin", "origin", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    perk_id: Mapped[int] = mapped_column(ForeignKey("perks.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    granted_on: Mapped[dt.date] = mapped_column(Date)
    redeemed_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str | None] = _origin()


class Insight(Base):
    __tablename__ = "insights"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        Index("ix_insights_published_on", "published_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = _version()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    title: Mapped[str] = mapped_column(String(200))
    full_text: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    headline: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    published_on: Mapped[dt.date | None] = mapped_column(Date)


class InsightRelease(Base):
    __tablename__ = "insight_releases"
    __table_args__ = (
        UniqueConstraint("insight_id", "ring_id", name="uq_insight_releases_insight_ring"),
        Index("ix_insight_releases_ring_date", "ring_id", "release_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    insight_id: Mapped[int] = mapped_column(ForeignKey("insights.id", ondelete="CASCADE"))
    ring_id: Mapped[int] = mapped_column(ForeignKey("rings.id", ondelete="CASCADE"))
    release_on: Mapped[dt.date] = mapped_column(Date)
    detail_level: Mapped[DetailLevel] = mapped_column(_enum(DetailLevel, "detail_level"))
    discussion_open: Mapped[bool] = mapped_column(Boolean, default=False)


class InsightShare(Base):
    __tablename__ = "insight_shares"
    __table_args__ = (
        Index("ix_insight_shares_insight_account", "insight_id", "account_id"),
        Index("ix_insight_shares_account_id", "account_id"),
        Index("ix_insight_shares_contact_id", "contact_id"),
        Index("uq_insight_shares_origin", "origin", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    insight_id: Mapped[int] = mapped_column(ForeignKey("insights.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    shared_on: Mapped[dt.date] = mapped_column(Date)
    detail_level: Mapped[DetailLevel] = mapped_column(_enum(DetailLevel, "detail_level"))
    # What the client answered: co-creation notes.
    answer: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = _user_fk()  # who shared it
    origin: Mapped[str | None] = _origin()


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


# --- derived data -------------------------------------------------------------------------

# Tables the app rebuilds from the ones above: never exported, restored or counted as the
# user's data, so they live in their own MetaData (Base.metadata lists the user's tables).
DERIVED = MetaData(naming_convention=NAMING)

# The trust engine's facts per account as of one day (``as_of``, a day number as
# ``date.toordinal()``), kept so a full scoring pass reads one row per account instead of
# aggregating every touchpoint (see circlesoftrust/engine/fact_summary.py). Triggers on
# the five fact tables delete an account's row whenever one of its facts is written; the
# next pass recomputes what is missing.
account_facts = Table(
    "account_facts",
    DERIVED,
    # No foreign key: a trigger on accounts drops a deleted account's row (see 0005).
    Column("account_id", Integer, primary_key=True),
    Column("as_of", Integer, nullable=False),
    # engine.components.ComponentBasis.key: the settings and cadences the stored score
    # components were computed from (a row of another basis is not used).
    Column("basis", BigInteger, nullable=False),
    # Copies of the account's own columns the engine reads with the facts, so a pass
    # reads this table alone (a trigger on accounts forgets the row when one changes).
    Column("name", String(200), nullable=False),
    Column("ring_id", Integer, nullable=False),
    Column("pinned", Boolean, nullable=False),
    # The facts in the order of engine.fact_queries.FACT_COLUMNS (0 = no date), then
    # loyalty, engagement, advocacy and friction, packed by engine.components.PACKED: one
    # value to read per row instead of 27, which made reading 100,000 rows 2-3x cheaper
    # (measured). Derived data, not the user's.
    Column("facts", LargeBinary, nullable=False),
    # Counts the current rows without reading them (a pass checks this first).
    Index("ix_account_facts_current", "as_of", "basis"),
)

# The day every row of account_facts (of one basis) was last found to hold (engine.
# fact_summary): on a new day only the accounts with a fact that entered or left a window
# since are recomputed; the others' facts are unchanged and their day-dependent components
# are re-derived when read. One row (id 1). Derived data, not the user's.
account_facts_checked = Table(
    "account_facts_checked",
    DERIVED,
    Column("id", Integer, primary_key=True),
    Column("basis", BigInteger, nullable=False),
    Column("checked_on", Integer, nullable=False),  # a day number
)

# Past scores (circlesoftrust/engine/score_history.py): every account's score, revenue
# component and packed facts as of a day (``as_of``, a day number), written by a full pass
# once every few weeks and for an account whose ring changed since its last row. The
# reasons of moves and at-risk suggestions compare today with a row of about 90 days ago
# (or of the last ring change) and name the facts that moved the score. Derived data,
# never the user's: losing it costs the comparison, nothing else.
score_history = Table(
    "score_history",
    DERIVED,
    # No foreign key (the accounts live in the other MetaData): rows older than the
    # account (an id used again) are not read, and old rows are pruned.
    Column("account_id", Integer, primary_key=True),
    Column("as_of", Integer, primary_key=True),
    # engine.components.SUMMARY_VERSION: how ``facts`` is packed (other versions unread).
    Column("version", Integer, nullable=False),
    Column("ring_id", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("revenue", Float, nullable=False),  # the revenue component's value 0..1
    Column("facts", LargeBinary, nullable=False),  # as account_facts.facts
    Index("ix_score_history_as_of", "as_of"),
)

# The revenue ranking every account is ranked against, as of the first full pass of a
# day (circlesoftrust/engine/revenue_baseline.py): the effective revenue of each paying
# account, sorted, packed as 64-bit integers. A score's explanation compares today's
# ranking with the one of the last day before, so a move caused by other accounts' revenue
# alone is named, and a move of under one point that only they caused is not suggested.
revenue_rankings = Table(
    "revenue_rankings",
    DERIVED,
    Column("as_of", Integer, primary_key=True),
    Column("percent", Integer, nullable=False),  # previous_year_percent the values used
    Column("accounts", Integer, nullable=False),  # active accounts ranked
    Column("revenues", LargeBinary, nullable=False),
)

# (table, account column) of every table an account's facts are read from.
ACCOUNT_FACT_SOURCES = (
    ("touchpoints", "account_id"),
    ("revenue_entries", "account_id"),
    ("feedback", "account_id"),
    ("complaints", "account_id"),
    ("referrals", "from_account_id"),
)


# Normalised keys of every contact and account (circlesoftrust.duplicates.keys), kept so
# the duplicate pass compares keys instead of parsing 500,000 names and phone numbers
# each time. Each row keeps the values it was computed from; a row whose values differ
# from the contact's (or account's) current ones is recomputed by the next pass.
contact_keys = Table(
    "contact_keys",
    DERIVED,
    Column("contact_id", Integer, primary_key=True),
    # The contact's account when the keys were computed: same-account name blocks are
    # grouped by it (0014), and a contact moved to another account is recomputed.
    Column("account_id", Integer),
    Column("name", String(200), nullable=False),
    Column("email", String(254)),
    Column("phone", String(40)),
    # The keys' version and the default phone region ("2:DE"): rows of another version or
    # region are recomputed.
    Column("region", String(16), nullable=False),
    Column("first", String(200), nullable=False),
    Column("middle", String(200), nullable=False),
    Column("last", String(200), nullable=False),
    Column("email_key", String(254)),
    Column("phone_key", String(48)),
    # Blocking keys: initial + consonant skeleton of the last name; both skeletons sorted
    # (swapped given/family names). The nickname blocks live in contact_name_blocks.
    # Name blocks are compared within one account (index by account first: one ordered
    # scan groups them); across accounts only the same name is (index on last, first).
    Column("block_initial", String(200)),
    Column("block_swap", String(200)),
    Index("ix_contact_keys_email_key", "email_key"),
    Index("ix_contact_keys_phone_key", "phone_key"),
    Index("ix_contact_keys_account_initial", "account_id", "block_initial"),
    Index("ix_contact_keys_account_swap", "account_id", "block_swap"),
    Index("ix_contact_keys_last_first", "last", "first"),
)

# A contact's first name in each full form it may stand for ("bob" -> "bob", "robert"),
# joined with the family name: "robert|smith". Several rows per contact.
contact_name_blocks = Table(
    "contact_name_blocks",
    DERIVED,
    Column("contact_id", Integer, primary_key=True),
    Column("block", String(200), primary_key=True),
    Column("account_id", Integer),
    Index("ix_contact_name_blocks_account_block", "account_id", "block"),
)

account_keys = Table(
    "account_keys",
    DERIVED,
    Column("account_id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("website", String(300)),
    Column("version", Integer, nullable=False),  # duplicates.candidates.KEYS_VERSION
    Column("org_key", String(200), nullable=False),
    Column("org_skeleton", String(200), nullable=False),
    Column("website_key", String(300)),
    Index("ix_account_keys_org_key", "org_key"),
    Index("ix_account_keys_org_skeleton", "org_skeleton"),
    Index("ix_account_keys_website_key", "website_key"),
)

# The duplicate pass's result (circlesoftrust.duplicates.stored): candidate pairs of
# contacts or accounts with their score, reasons (JSON list of words) and the digest of
# both sides a dismissal is compared with. Replaced as a whole by each pass; read by the
# review screen and the inbox ("possible duplicate"), which join the live rows so a pair
# whose side is gone (merged, deleted) is not shown. No foreign keys: a merge moves every
# row that points at the merged one, and these must not follow it.
duplicate_pairs = Table(
    "duplicate_pairs",
    DERIVED,
    Column("kind", String(10), primary_key=True),  # contact | account
    Column("first_id", Integer, primary_key=True),
    Column("second_id", Integer, primary_key=True),
    Column("first_account_id", Integer, nullable=False),
    Column("second_account_id", Integer, nullable=False),
    Column("score", Integer, nullable=False),
    Column("reasons", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Index("ix_duplicate_pairs_first_account_id", "first_account_id"),
    Index("ix_duplicate_pairs_second_account_id", "second_account_id"),
)

# When the duplicate pass last ran and what it saw (one row).
duplicate_checks = Table(
    "duplicate_checks",
    DERIVED,
    Column("id", Integer, primary_key=True),
    Column("checked_at", DateTime, nullable=False),
    Column("contacts", Integer, nullable=False),
    Column("accounts", Integer, nullable=False),
    Column("skipped_blocks", Integer, nullable=False),
    Column("skipped_examples", Text, nullable=False),  # JSON list of words
    # What the pairs were found with ("4:DE:40:75": keys' version, phone region, block
    # cap, lowest score): a check with the same basis may recompute only changed rows.
    Column("basis", String(64), nullable=False),
)

# The default five rings (docs/rules.md). min_score: placement thresholds (editable).
DEFAULT_RINGS: tuple[dict[str, object], ...] = (
    dict(position=0, name="Inner circle", stage=RelationshipStage.STRONG_TIE, colour="#7c3aed",
         cadence_days=14, insight_delay_days=0, detail_level=DetailLevel.FULL,
         discussion_open=True, min_score=70, customers_only=True,
         description="Top customers by revenue, referrers, promoters"),
    dict(position=1, name="Loyal customers", stage=RelationshipStage.BUILDING, colour="#2563eb",
         cadence_days=30, insight_delay_days=14, detail_level=DetailLevel.FULL,
         discussion_open=False, min_score=50, customers_only=True,
         description="Repeat customers"),
    dict(position=2, name="New clients", stage=RelationshipStage.WEAK_TIE, colour="#0d9488",
         cadence_days=45, insight_delay_days=30, detail_level=DetailLevel.SUMMARY,
         discussion_open=False, min_score=30, customers_only=True,
         description="First purchase in the last 12 months"),
    dict(position=3, name="Leads", stage=RelationshipStage.AWARENESS, colour="#d97706",
         cadence_days=90, insight_delay_days=45, detail_level=DetailLevel.SUMMARY,
         discussion_open=False, min_score=15, customers_only=False,
         description="Interested, no purchase yet"),
    dict(position=4, name="Audience", stage=RelationshipStage.AWARENESS, colour="#64748b",
         cadence_days=None, insight_delay_days=60, detail_level=DetailLevel.HEADLINE,
         discussion_open=False, min_score=0, customers_only=False,
         description="Newsletter, blog, community"),
)  # fmt: skip


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _no_control_characters(mapper: Mapper[Any], _connection: Any, target: Base) -> None:
    """No control character is ever stored through the ORM (see ``plain_text``)."""
    for attr in mapper.column_attrs:
        value = target.__dict__.get(attr.key)
        if isinstance(value, str) and not isinstance(value, StrEnum) and has_controls(value):
            setattr(target, attr.key, without_controls(value))


# --- who did it ---------------------------------------------------------------------------

USER_ENV_VAR = "CIRCLESOFTRUST_USER"

# New rows of these classes record who wrote them (the column named), whatever service
# or engine code created them: stamped at flush from the transaction's user.
_STAMPED: tuple[tuple[type[Base], str], ...] = (
    (ActionLog, "user_id"),
    (UndoEntry, "user_id"),
    (RingChange, "user_id"),
    (Touchpoint, "user_id"),
    (InsightShare, "user_id"),
    (Task, "created_by_id"),
    (SuggestionState, "decided_by_id"),
)


def session_login(session: Session) -> str:
    """Who works in this session: the Database's ``user``, else CIRCLESOFTRUST_USER, else
    the OS user on SQLite or the database role on PostgreSQL."""
    login = session.info.get("login") or os.environ.get(USER_ENV_VAR, "").strip()
    if not login:
        if session.get_bind().dialect.name == "sqlite":
            login = getpass.getuser()
        else:
            login = str(session.execute(text("SELECT current_user")).scalar())
        session.info["login"] = login
    return str(login)[:120]


def known_user_id(session: Session) -> int | None:
    """The session user's users.id if they are on the team already (writes nothing)."""
    cached = session.info.get("user_id")
    if cached is not None:
        return int(cached)
    with session.no_autoflush:
        found = session.scalar(select(User.id).where(User.login == session_login(session)))
    return None if found is None else int(found)


def session_user_id(session: Session) -> int:
    """The users.id of the session's user, added on first use (inside the transaction)."""
    cached = session.info.get("user_id")
    if cached is not None:
        return int(cached)
    with session.no_autoflush:
        login = session_login(session)
        user_id = session.scalar(select(User.id).where(User.login == login))
        if user_id is None:
            dialect = session.get_bind().dialect.name
            upsert = sqlite_insert if dialect == "sqlite" else pg_insert
            for n in range(1, 100):
                name = login if n == 1 else f"{login} ({n})"
                session.execute(
                    upsert(User)
                    .values(login=login, name=name, created_at=_now())
                    .on_conflict_do_nothing()
                )
                user_id = session.scalar(select(User.id).where(User.login == login))
                if user_id is not None:
                    break  # added by us, or by another process in the meantime
        assert user_id is not None
    session.info["user_id"] = user_id
    return int(user_id)


@event.listens_for(Session, "before_flush")
def _stamp_who(session: Session, _context: object, _instances: object) -> None:
    pending = [
        (obj, column)
        for obj in session.new
        for cls, column in _STAMPED
        if isinstance(obj, cls) and getattr(obj, column) is None
    ]
    decided = [
        obj
        for obj in session.dirty
        if isinstance(obj, SuggestionState) and session.is_modified(obj)
    ]
    if not pending and not decided:
        return
    user_id = session_user_id(session)
    for obj, column in pending:
        setattr(obj, column, user_id)
    for obj in decided:
        obj.decided_by_id = user_id
    for obj, _column in pending:
        if isinstance(obj, Task) and obj.assignee_id is None:
            # A task is for the account's owner, else for whoever made it.
            with session.no_autoflush:
                owner = session.scalar(select(Account.owner_id).where(Account.id == obj.account_id))
            obj.assignee_id = owner if owner is not None else user_id
