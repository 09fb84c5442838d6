"""engine: the revenue ranking of each day's first pass (revenue_rankings)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A derived table (circlesoftrust/engine/revenue_baseline.py): a new table only, no
    source table is rebuilt, so the summary triggers of 0005 stay in place."""
    op.create_table(
        "revenue_rankings",
        sa.Column("as_of", sa.Integer(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("accounts", sa.Integer(), nullable=False),
        sa.Column("revenues", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("as_of", name=op.f("pk_revenue_rankings")),
    )


def downgrade() -> None:
    op.drop_table("revenue_rankings")
