"""engine: partial index of captured touchpoints (the explanation names the newest)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROM_FILES = sa.text("source_key IS NOT NULL")


def upgrade() -> None:
    """Touchpoints captured from calendar and mail files, alone: the score explanation's
    read of each account's newest one walks them and nothing else (none: one step).
    A plain index statement: the summary triggers of 0005 stay in place."""
    op.create_index(
        "ix_touchpoints_captured",
        "touchpoints",
        ["account_id", "occurred_on", "direction"],
        unique=False,
        sqlite_where=FROM_FILES,
        postgresql_where=FROM_FILES,
    )


def downgrade() -> None:
    op.drop_index("ix_touchpoints_captured", table_name="touchpoints")
