"""engine: partial covering index over two-way touchpoints

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TWO_WAY = sa.text("direction = 'two_way'")


def upgrade() -> None:
    """Two-way touches per account and date, alone: the engagement window of the trust
    engine walks only them (about half of all touches) instead of every touch of the year.

    A partial index, so every writer (services, importer, demo, restore, raw SQL) keeps it
    right with no trigger; ``direction`` is a column too so the walk never visits the table.
    """
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        batch_op.create_index(
            "ix_touchpoints_two_way",
            ["account_id", "occurred_on", "contact_id", "direction"],
            unique=False,
            sqlite_where=TWO_WAY,
            postgresql_where=TWO_WAY,
        )


def downgrade() -> None:
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        batch_op.drop_index("ix_touchpoints_two_way")
