"""capture: source keys of captured touchpoints

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CAPTURED = sa.text("thread_key IS NOT NULL")


def upgrade() -> None:
    """Touchpoints captured from calendar and mail files carry the key of what they came
    from (unique per account: a re-import finds them) and, for mail, the thread.

    Plain ADD COLUMN (no batch rebuild): SQLite keeps the touchpoints table and the fact
    summary's triggers on it (0005) as they are.
    """
    op.add_column("touchpoints", sa.Column("source_key", sa.String(length=300), nullable=True))
    op.add_column("touchpoints", sa.Column("thread_key", sa.String(length=300), nullable=True))
    op.create_index(
        "ix_touchpoints_source_key", "touchpoints", ["account_id", "source_key"], unique=True
    )
    op.create_index(
        "ix_touchpoints_thread_key",
        "touchpoints",
        ["thread_key"],
        unique=False,
        sqlite_where=CAPTURED,
        postgresql_where=CAPTURED,
    )


def downgrade() -> None:
    op.drop_index("ix_touchpoints_thread_key", table_name="touchpoints")
    op.drop_index("ix_touchpoints_source_key", table_name="touchpoints")
    # Plain DROP COLUMN (SQLite >= 3.35): a batch rebuild would drop 0005's triggers.
    op.execute("ALTER TABLE touchpoints DROP COLUMN thread_key")
    op.execute("ALTER TABLE touchpoints DROP COLUMN source_key")
