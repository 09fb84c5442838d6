"""What the inner rings get first: perks (offered from a ring inwards) and their grants,
insights with their per-ring releases and who received them.
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
    DetailLevel,
    PerkKind,
)


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
