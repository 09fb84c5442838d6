"""accounts: why the ring was pinned

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """``accounts.pin_reason``: the reason given when the ring was pinned (by a move by
    hand or in place). Plain ALTER TABLE (no batch rebuild), so the summary triggers of
    0005 on accounts stay in place; pins made before have no reason."""
    op.add_column("accounts", sa.Column("pin_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the triggers.
    op.drop_column("accounts", "pin_reason")
