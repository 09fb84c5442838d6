"""The facts the trust score and the advice rest on: touchpoints, revenue entries,
referrals, feedback (NPS and the ten relational scores) and complaints.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
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
    CAPTURED,
    FROM_FILES,
    Base,
    _enum,
    _origin,
    _user_fk,
)
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    Direction,
    RevenueKind,
    TouchpointKind,
)

# The touchpoints a user marks as the satisfaction check ("how did it go?"): a literal, so
# the engine's read (engine.account_rules) matches the partial index's WHERE.
FEEDBACK_TOUCH = f"kind = '{TouchpointKind.FEEDBACK.value}'"


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
        # Satisfaction checks logged as touchpoints only (partial): the engine looks for one
        # since each recent purchase without reading every touch of those days (0022).
        Index("ix_touchpoints_feedback", "account_id", "occurred_on",
              sqlite_where=text(FEEDBACK_TOUCH), postgresql_where=text(FEEDBACK_TOUCH)),
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
