"""duplicates: merge log (undo of merges) and the normalised-key tables

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """``merge_log``: every merge with what it takes to split it again. ``contact_keys`` /
    ``account_keys``: derived normalised keys (each row carries the values it was computed
    from, so no trigger is needed: the duplicate pass recomputes rows that differ)."""
    op.create_table(
        "merge_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("undo", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('contact', 'account')", name=op.f("ck_merge_log_kind_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_log")),
    )
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.create_index("ix_merge_log_at", ["at"], unique=False)

    op.create_table(
        "contact_keys",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("region", sa.String(length=16), nullable=False),
        sa.Column("first", sa.String(length=200), nullable=False),
        sa.Column("middle", sa.String(length=200), nullable=False),
        sa.Column("last", sa.String(length=200), nullable=False),
        sa.Column("email_key", sa.String(length=254), nullable=True),
        sa.Column("phone_key", sa.String(length=48), nullable=True),
        sa.Column("block_initial", sa.String(length=200), nullable=True),
        sa.Column("block_swap", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_keys")),
    )
    with op.batch_alter_table("contact_keys", schema=None) as batch_op:
        for column in ("email_key", "phone_key", "block_initial", "block_swap"):
            batch_op.create_index(f"ix_contact_keys_{column}", [column], unique=False)

    op.create_table(
        "contact_name_blocks",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("block", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "block", name=op.f("pk_contact_name_blocks")),
    )
    with op.batch_alter_table("contact_name_blocks", schema=None) as batch_op:
        batch_op.create_index("ix_contact_name_blocks_block", ["block"], unique=False)

    op.create_table(
        "account_keys",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("org_key", sa.String(length=200), nullable=False),
        sa.Column("org_skeleton", sa.String(length=200), nullable=False),
        sa.Column("website_key", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_keys")),
    )
    with op.batch_alter_table("account_keys", schema=None) as batch_op:
        for column in ("org_key", "org_skeleton", "website_key"):
            batch_op.create_index(f"ix_account_keys_{column}", [column], unique=False)


def downgrade() -> None:
    op.drop_table("account_keys")
    op.drop_table("contact_name_blocks")
    op.drop_table("contact_keys")
    op.drop_table("merge_log")
