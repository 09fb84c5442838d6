"""The people and places of the model: team users, rings (with the default five),
accounts, their tags and their contacts (the buying group).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
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

from circlesoftrust.i18n import N_
from circlesoftrust.models.base import (
    CONTACT_EXCEPTIONS,
    CONTACT_PEOPLE_INDEX,
    LIVE_ACCOUNTS,
    Base,
    _enum,
    _now,
    _user_fk,
    _version,
)
from circlesoftrust.vocabulary import (
    ContactRole,
    DetailLevel,
    JourneyPhase,
    RelationshipStage,
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
        # The live accounts' ids alone (a few pages): counting or listing them reads no
        # account row (an encrypted file decrypts every page it reads; migration 0021).
        Index(
            "ix_accounts_live",
            "id",
            sqlite_where=text(LIVE_ACCOUNTS),
            postgresql_where=text(LIVE_ACCOUNTS),
        ),
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
        # Who a contact is, by id, in a quarter of the table's pages: the engine's look-ups
        # of the people behind its facts read it (``sqlbits.indexed_by``), never the rows
        # with their notes, e-mails and phones (migration 0021).
        Index(CONTACT_PEOPLE_INDEX, "id", "name", "role", "stage_override"),
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


# The default five rings (docs/rules.md). min_score: placement thresholds (editable). Names and
# descriptions are marked for translation: a new database gets them in the user's language
# (storage.upgrade); they are data from then on.
DEFAULT_RINGS: tuple[dict[str, object], ...] = (
    dict(position=0, name=N_("Inner circle"), stage=RelationshipStage.STRONG_TIE, colour="#7c3aed",
         cadence_days=14, insight_delay_days=0, detail_level=DetailLevel.FULL,
         discussion_open=True, min_score=70, customers_only=True,
         description=N_("Top customers by revenue, referrers, promoters")),
    dict(position=1, name=N_("Loyal customers"), stage=RelationshipStage.BUILDING, colour="#2563eb",
         cadence_days=30, insight_delay_days=14, detail_level=DetailLevel.FULL,
         discussion_open=False, min_score=50, customers_only=True,
         description=N_("Repeat customers")),
    dict(position=2, name=N_("New clients"), stage=RelationshipStage.WEAK_TIE, colour="#0d9488",
         cadence_days=45, insight_delay_days=30, detail_level=DetailLevel.SUMMARY,
         discussion_open=False, min_score=30, customers_only=True,
         description=N_("First purchase in the last 12 months")),
    dict(position=3, name=N_("Leads"), stage=RelationshipStage.AWARENESS, colour="#d97706",
         cadence_days=90, insight_delay_days=45, detail_level=DetailLevel.SUMMARY,
         discussion_open=False, min_score=15, customers_only=False,
         description=N_("Interested, no purchase yet")),
    dict(position=4, name=N_("Audience"), stage=RelationshipStage.AWARENESS, colour="#64748b",
         cadence_days=None, insight_delay_days=60, detail_level=DetailLevel.HEADLINE,
         discussion_open=False, min_score=0, customers_only=False,
         description=N_("Newsletter, blog, community")),
)  # fmt: skip
