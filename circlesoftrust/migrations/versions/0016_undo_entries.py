"""command line: undoable actions kept between commands (undo_entries)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A new table only (circlesoftrust/undo_history.py): no source table is rebuilt, so
    the summary triggers of 0005 stay in place."""
    op.create_table(
        "undo_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("entry", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_undo_entries_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undo_entries")),
    )
    op.create_index(
        op.f("ix_undo_entries_undone_at"), "undo_entries", ["undone_at"], unique=False
    )
    op.create_index(op.f("ix_undo_entries_user_id"), "undo_entries", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_undo_entries_user_id"), table_name="undo_entries")
    op.drop_index(op.f("ix_undo_entries_undone_at"), table_name="undo_entries")
    op.drop_table("undo_entries")
