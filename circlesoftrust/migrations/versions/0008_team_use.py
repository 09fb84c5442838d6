"""team use: versions, users, owners, assignees, per-user decisions, origins

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("rings", "accounts", "contacts", "perks", "insights", "tasks", "settings")
# (table, column) of every "who": ON DELETE SET NULL, indexed like every foreign key.
USER_COLUMNS = (
    ("accounts", "owner_id"),
    ("touchpoints", "user_id"),
    ("insight_shares", "user_id"),
    ("tasks", "created_by_id"),
    ("tasks", "assignee_id"),
    ("ring_changes", "user_id"),
    ("action_log", "user_id"),
    ("suggestion_states", "decided_by_id"),
)
ORIGINS = ("touchpoints", "perk_grants", "insight_shares", "tasks", "ring_changes")


def upgrade() -> None:
    """Optimistic concurrency, the people on the team, and what made accepted rows.

    Plain ADD COLUMN (never a batch copy) on the tables that carry the fact summary's
    triggers (0005): a copied table would lose them. Only ``suggestion_states`` is
    copied on SQLite, to trade its unique key for (key, scope).
    """
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(login) > 0", name=op.f("ck_users_login_not_empty")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_users_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column in USER_COLUMNS:
        if table == "suggestion_states":
            continue  # with the batch below
        fk = f"fk_{table}_{column}_users"
        if sqlite:
            # SQLite adds a column with its REFERENCES clause inline (no ALTER ADD CONSTRAINT).
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
                "REFERENCES users (id) ON DELETE SET NULL"
            )
        else:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(fk, table, "users", [column], ["id"], ondelete="SET NULL")
        op.create_index(f"ix_{table}_{column}", table, [column])
    for table in ORIGINS:
        op.add_column(table, sa.Column("origin", sa.String(length=200), nullable=True))
        op.create_index(f"uq_{table}_origin", table, ["origin"], unique=True)
    op.add_column("action_log", sa.Column("target", sa.String(length=60), nullable=True))
    op.create_index("ix_action_log_target", "action_log", ["target"])
    with op.batch_alter_table("suggestion_states", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("scope", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(sa.Column("decided_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_suggestion_states_decided_by_id_users",
            "users",
            ["decided_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.drop_constraint("uq_suggestion_states_key", type_="unique")
        batch_op.create_unique_constraint("uq_suggestion_states_key_scope", ["key", "scope"])
        batch_op.create_index("ix_suggestion_states_decided_by_id", ["decided_by_id"])


def downgrade() -> None:
    with op.batch_alter_table("suggestion_states", schema=None) as batch_op:
        batch_op.drop_index("ix_suggestion_states_decided_by_id")
        batch_op.drop_constraint("uq_suggestion_states_key_scope", type_="unique")
        batch_op.create_unique_constraint("uq_suggestion_states_key", ["key"])
        batch_op.drop_constraint("fk_suggestion_states_decided_by_id_users", type_="foreignkey")
        batch_op.drop_column("decided_by_id")
        batch_op.drop_column("scope")
    op.drop_index("ix_action_log_target", "action_log")
    op.drop_column("action_log", "target")
    for table in ORIGINS:
        op.drop_index(f"uq_{table}_origin", table)
        op.drop_column(table, "origin")
    for table, column in USER_COLUMNS:
        if table == "suggestion_states":
            continue
        op.drop_index(f"ix_{table}_{column}", table)
        op.drop_column(table, column)
    for table in VERSIONED:
        op.drop_column(table, "version")
    op.drop_table("users")
