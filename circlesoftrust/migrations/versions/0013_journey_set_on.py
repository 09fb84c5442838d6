"""accounts: the day a journey phase was set by hand

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """``accounts.journey_set_on``: a phase set by hand holds until the next contact or
    purchase after this day. Plain ALTER TABLE (no batch rebuild), so the summary triggers
    of 0005 on accounts stay in place; phases stored before have no day and give way to
    the derived phase as before."""
    op.add_column("accounts", sa.Column("journey_set_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the triggers.
    op.drop_column("accounts", "journey_set_on")
