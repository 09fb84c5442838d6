"""engine: past scores (score_history), the baseline the reasons compare with

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A derived table: every account's score and facts as of a day, written by the full
    passes (circlesoftrust/engine/score_history.py). A new table only: no source table is
    rebuilt, so the summary triggers of 0005 stay in place."""
    op.create_table(
        "score_history",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("ring_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("revenue", sa.Float(), nullable=False),
        sa.Column("facts", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "as_of", name=op.f("pk_score_history")),
    )
    op.create_index("ix_score_history_as_of", "score_history", ["as_of"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_score_history_as_of", table_name="score_history")
    op.drop_table("score_history")
