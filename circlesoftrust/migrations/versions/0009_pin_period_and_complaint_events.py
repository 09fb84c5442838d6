"""engine: pin period of a hand move; complaint events in the complaints' covering index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """``accounts.pinned_until``: a move by hand pins the account until this day (NULL with
    ``pinned``: until unpinned). ``resolved_on`` joins the complaints' covering index: a
    complaint opened or resolved is contact, read per account from the index alone.

    Plain ALTER TABLE and index statements (no batch rebuild), so the summary triggers of
    0005 on both tables stay in place.
    """
    op.add_column("accounts", sa.Column("pinned_until", sa.Date(), nullable=True))
    op.drop_index("ix_complaints_account_status", table_name="complaints")
    op.create_index(
        "ix_complaints_account_status",
        "complaints",
        ["account_id", "status", "opened_on", "resolved_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_complaints_account_status", table_name="complaints")
    op.create_index(
        "ix_complaints_account_status",
        "complaints",
        ["account_id", "status", "opened_on"],
        unique=False,
    )
    # ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the triggers.
    op.drop_column("accounts", "pinned_until")
