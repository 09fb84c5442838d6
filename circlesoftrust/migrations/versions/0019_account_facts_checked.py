"""engine: the day the fact summary was last checked against every fact (account_facts_checked)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A derived one-row table (circlesoftrust/engine/fact_summary.py): a new table only, no
    source table is rebuilt, so the summary triggers of 0005 stay in place."""
    op.create_table(
        "account_facts_checked",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.BigInteger(), nullable=False),
        sa.Column("checked_on", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_facts_checked")),
    )


def downgrade() -> None:
    op.drop_table("account_facts_checked")
