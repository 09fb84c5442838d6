"""touchpoint recency index also covers contact_id

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
    """The trust engine reads who carries each relationship in its one walk over touchpoints."""
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        batch_op.drop_index("ix_touchpoints_account_recency")
        batch_op.create_index(
            "ix_touchpoints_account_recency",
            ["account_id", "occurred_on", "direction", "contact_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("touchpoints", schema=None) as batch_op:
        batch_op.drop_index("ix_touchpoints_account_recency")
        batch_op.create_index(
            "ix_touchpoints_account_recency",
            ["account_id", "occurred_on", "direction"],
            unique=False,
        )
