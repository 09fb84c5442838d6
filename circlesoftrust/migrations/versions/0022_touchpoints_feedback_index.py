"""engine: partial index of the touchpoints marked as the satisfaction check

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

# revision identifiers, used by Alembic.
revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A copy of models.facts.FEEDBACK_TOUCH as of this revision.
FEEDBACK_TOUCH = "kind = 'feedback'"


def upgrade() -> None:
    """Plain CREATE INDEX: the table and its triggers stay in place.

    A satisfaction check is due after a purchase unless a touchpoint of kind "feedback"
    was logged since. The engine looks for one for every account in the window after a
    purchase (~6,000 at 100,000 accounts); through the account's recency index each touch
    of those days was read from the table for its kind (~0.025 s of every pass). This
    index holds those touchpoints alone (few), so the look-up reads nothing else.
    """
    op.create_index(
        "ix_touchpoints_feedback",
        "touchpoints",
        ["account_id", "occurred_on"],
        unique=False,
        sqlite_where=text(FEEDBACK_TOUCH),
        postgresql_where=text(FEEDBACK_TOUCH),
    )


def downgrade() -> None:
    op.drop_index("ix_touchpoints_feedback", table_name="touchpoints")
