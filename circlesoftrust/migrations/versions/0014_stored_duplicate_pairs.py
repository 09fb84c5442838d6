"""duplicates: stored candidate pairs; name blocks grouped per account

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """``duplicate_pairs`` / ``duplicate_checks``: the duplicate pass's result, kept for the
    inbox and the review screen (the pass is too slow for every inbox refresh).

    ``account_id`` in ``contact_keys`` and ``contact_name_blocks`` (filled from the
    contacts here, so no key is parsed again): name blocks are grouped per account by one
    ordered index scan instead of a self-join over every shared block in the book.
    """
    op.create_table(
        "duplicate_pairs",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("first_account_id", sa.Integer(), nullable=False),
        sa.Column("second_account_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kind", "first_id", "second_id", name=op.f("pk_duplicate_pairs")),
    )
    op.create_index("ix_duplicate_pairs_first_account_id", "duplicate_pairs", ["first_account_id"])
    op.create_index(
        "ix_duplicate_pairs_second_account_id", "duplicate_pairs", ["second_account_id"]
    )
    op.create_table(
        "duplicate_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.Column("accounts", sa.Integer(), nullable=False),
        sa.Column("skipped_blocks", sa.Integer(), nullable=False),
        sa.Column("skipped_examples", sa.Text(), nullable=False),
        sa.Column("basis", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_checks")),
    )
    # Plain ALTER TABLE / index statements (no batch rebuild of half a million rows).
    op.add_column("contact_keys", sa.Column("account_id", sa.Integer(), nullable=True))
    op.add_column("contact_name_blocks", sa.Column("account_id", sa.Integer(), nullable=True))
    for table in ("contact_keys", "contact_name_blocks"):
        op.execute(
            f"UPDATE {table} SET account_id = "  # noqa: S608 (fixed names)
            f"(SELECT contacts.account_id FROM contacts WHERE contacts.id = {table}.contact_id)"
        )
    op.drop_index("ix_contact_keys_block_initial", table_name="contact_keys")
    op.drop_index("ix_contact_keys_block_swap", table_name="contact_keys")
    op.drop_index("ix_contact_name_blocks_block", table_name="contact_name_blocks")
    op.create_index(
        "ix_contact_keys_account_initial", "contact_keys", ["account_id", "block_initial"]
    )
    op.create_index("ix_contact_keys_account_swap", "contact_keys", ["account_id", "block_swap"])
    op.create_index("ix_contact_keys_last_first", "contact_keys", ["last", "first"])
    op.create_index(
        "ix_contact_name_blocks_account_block", "contact_name_blocks", ["account_id", "block"]
    )


def downgrade() -> None:
    op.drop_index("ix_contact_name_blocks_account_block", table_name="contact_name_blocks")
    op.drop_index("ix_contact_keys_last_first", table_name="contact_keys")
    op.drop_index("ix_contact_keys_account_swap", table_name="contact_keys")
    op.drop_index("ix_contact_keys_account_initial", table_name="contact_keys")
    op.create_index("ix_contact_name_blocks_block", "contact_name_blocks", ["block"])
    op.create_index("ix_contact_keys_block_swap", "contact_keys", ["block_swap"])
    op.create_index("ix_contact_keys_block_initial", "contact_keys", ["block_initial"])
    with op.batch_alter_table("contact_name_blocks") as batch_op:
        batch_op.drop_column("account_id")
    with op.batch_alter_table("contact_keys") as batch_op:
        batch_op.drop_column("account_id")
    op.drop_table("duplicate_checks")
    op.drop_index("ix_duplicate_pairs_second_account_id", table_name="duplicate_pairs")
    op.drop_index("ix_duplicate_pairs_first_account_id", table_name="duplicate_pairs")
    op.drop_table("duplicate_pairs")
