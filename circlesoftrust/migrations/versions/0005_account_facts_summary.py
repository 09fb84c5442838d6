"""engine: maintained per-account fact summary (account_facts) and its triggers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, account column) of every table an account's facts are read from. A copy of
# models.ACCOUNT_FACT_SOURCES as of this revision (migrations never import moving code).
SOURCES = (
    ("touchpoints", "account_id"),
    ("revenue_entries", "account_id"),
    ("feedback", "account_id"),
    ("complaints", "account_id"),
    ("referrals", "from_account_id"),
)


def _columns() -> list[sa.Column]:  # type: ignore[type-arg]
    def needed(name: str, kind: type[sa.types.TypeEngine] = sa.Integer) -> sa.Column:  # type: ignore[type-arg]
        return sa.Column(name, kind(), nullable=False)

    def optional(name: str) -> sa.Column:  # type: ignore[type-arg]
        return sa.Column(name, sa.Integer(), nullable=True)

    return [
        sa.Column("account_id", sa.Integer(), nullable=False),
        needed("as_of"),
        optional("last_touch"),
        needed("two_way_12m"),
        needed("carrier_low"),
        needed("carrier_high"),
        optional("first_purchase"),
        optional("last_purchase"),
        needed("purchases"),
        needed("repeat_purchases"),
        needed("revenue_12m_cents", sa.BigInteger),
        needed("revenue_prev_cents", sa.BigInteger),
        needed("revenue_total_cents", sa.BigInteger),
        optional("renewal"),
        needed("answers_24m"),
        needed("promoters_24m"),
        needed("answers_12m"),
        needed("detractors_12m"),
        optional("last_feedback"),
        optional("last_promoter"),
        needed("open_complaints"),
        optional("oldest_open_complaint"),
        needed("referrals_12m"),
        needed("referrals_24m"),
        optional("last_referral"),
    ]


def upgrade() -> None:
    """A per-account summary of the trust engine's facts as of one day, and the triggers
    that forget an account's row whenever one of its facts is written.

    Triggers, not service code, so every writer (services, importer, demo, restore, raw
    SQL) keeps the summary honest. Any later migration that rebuilds one of the source
    tables in SQLite batch mode drops its triggers and must create them again
    (``tests/unit/test_fact_summary.py`` fails if a source table lacks them).
    """
    op.create_table(
        "account_facts",
        *_columns(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_facts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_facts")),
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def _sqlite_triggers() -> None:
    forget = "DELETE FROM account_facts WHERE account_id"
    for table, column in SOURCES:
        op.execute(
            f"CREATE TRIGGER tr_{table}_facts_insert AFTER INSERT ON {table} "
            f"BEGIN {forget} = NEW.{column}; END"
        )
        op.execute(
            f"CREATE TRIGGER tr_{table}_facts_update AFTER UPDATE ON {table} "
            f"BEGIN {forget} IN (OLD.{column}, NEW.{column}); END"
        )
        op.execute(
            f"CREATE TRIGGER tr_{table}_facts_delete AFTER DELETE ON {table} "
            f"BEGIN {forget} = OLD.{column}; END"
        )


def _postgresql_triggers() -> None:
    # One statement-level trigger per event with a transition table: a bulk insert of
    # two million touchpoints forgets each account once, not once per row.
    for column in sorted({c for _t, c in SOURCES}):
        for event, rows in (("insert", "new_rows"), ("delete", "old_rows")):
            op.execute(
                f"CREATE FUNCTION forget_account_facts_{event}_{column}() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN "
                f"DELETE FROM account_facts WHERE account_id IN (SELECT {column} FROM {rows}); "
                "RETURN NULL; END $$"
            )
        op.execute(
            f"CREATE FUNCTION forget_account_facts_update_{column}() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            f"DELETE FROM account_facts WHERE account_id IN (SELECT {column} FROM old_rows "
            f"UNION SELECT {column} FROM new_rows); RETURN NULL; END $$"
        )
    for table, column in SOURCES:
        for event, referencing in (
            ("insert", "NEW TABLE AS new_rows"),
            ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("delete", "OLD TABLE AS old_rows"),
        ):
            op.execute(
                f"CREATE TRIGGER tr_{table}_facts_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {referencing} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION forget_account_facts_{event}_{column}()"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, _column in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(
                f"DROP TRIGGER IF EXISTS tr_{table}_facts_{event}" + (f" ON {table}" if postgres else "")
            )
    if postgres:
        for column in sorted({c for _t, c in SOURCES}):
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP FUNCTION IF EXISTS forget_account_facts_{event}_{column}()")
    op.drop_table("account_facts")
