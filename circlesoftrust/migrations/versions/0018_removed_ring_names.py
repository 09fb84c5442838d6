"""ring_changes: the names of removed rings

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_ring_changes_to_ring_id_rings"
KNOWN = "ck_ring_changes_to_ring_known"


def upgrade() -> None:
    """A ring that was used can be removed: its moves keep its name.

    ``from_ring_name`` / ``to_ring_name`` hold a removed ring's name (its id is then
    cleared), so ``to_ring_id`` becomes nullable with ON DELETE SET NULL (was RESTRICT).
    ring_changes carries none of the fact summary's triggers (0005), so the SQLite batch
    copy loses nothing. Existing rows keep their ids: their rings all still exist.
    """
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table(
        "ring_changes",
        schema=None,
        # SQLite: 0008 added ``user_id`` with an inline key whose ON DELETE is not
        # reflected; the copy keeps it (now named, as the model names it).
        reflect_args=[_user_column()] if sqlite else (),
    ) as batch_op:
        batch_op.add_column(sa.Column("from_ring_name", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("to_ring_name", sa.String(length=80), nullable=True))
        batch_op.alter_column("to_ring_id", existing_type=sa.Integer(), nullable=True)
        batch_op.drop_constraint(FK, type_="foreignkey")
        batch_op.create_foreign_key(FK, "rings", ["to_ring_id"], ["id"], ondelete="SET NULL")
        batch_op.create_check_constraint(
            KNOWN, sa.text("to_ring_id IS NOT NULL OR to_ring_name IS NOT NULL")
        )


def _user_column() -> sa.Column[int]:
    key = sa.ForeignKey("users.id", ondelete="SET NULL", name="fk_ring_changes_user_id_users")
    return sa.Column("user_id", sa.Integer(), key, nullable=True)


def downgrade() -> None:
    # Moves into removed rings cannot point at a ring any more: they go with the downgrade.
    op.execute("DELETE FROM ring_changes WHERE to_ring_id IS NULL")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table(
        "ring_changes", schema=None, reflect_args=[_user_column()] if sqlite else ()
    ) as batch_op:
        batch_op.drop_constraint(KNOWN, type_="check")
        batch_op.drop_constraint(FK, type_="foreignkey")
        batch_op.create_foreign_key(FK, "rings", ["to_ring_id"], ["id"], ondelete="RESTRICT")
        batch_op.alter_column("to_ring_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("to_ring_name")
        batch_op.drop_column("from_ring_name")
