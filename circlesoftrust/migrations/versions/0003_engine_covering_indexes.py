"""engine covering indexes: touchpoint recency + contact_id, revenue + kind and renewal

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

"""

from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """The trust engine reads its per-account aggregates from covering indexes only.

    Touchpoints: who carries each relationship comes from the same index walk as recency.
    Revenue: renewals, up-sells and renewal dates without a lookup into the table.
    """
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        batch_op.drop_index("ix_touchpoints_account_recency")
        batch_op.create_index(
            "ix_touchpoints_account_recency",
            ["account_id", "occurred_on", "direction", "contact_id"],
            unique=False,
        )
    with op.batch_alter_table("revenue_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_revenue_entries_account_date")
        batch_op.create_index(
            "ix_revenue_entries_account_date",
            ["account_id", "occurred_on", "amount_cents", "kind", "renewal_on"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("revenue_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_revenue_entries_account_date")
        batch_op.create_index(
            "ix_revenue_entries_account_date",
            ["account_id", "occurred_on", "amount_cents"],
            unique=False,
        )
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        batch_op.drop_index("ix_touchpoints_account_recency")
        batch_op.create_index(
            "ix_touchpoints_account_recency",
            ["account_id", "occurred_on", "direction"],
            unique=False,
        )
