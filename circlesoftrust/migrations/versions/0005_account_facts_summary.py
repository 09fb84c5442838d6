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


CONTACT_EXCEPTIONS = sa.text("stage_override IS NOT NULL OR archived_at IS NOT NULL")


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
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Integer(), nullable=False),
        sa.Column("basis", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("ring_id", sa.Integer(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("facts", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_facts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_facts")),
    )
    with op.batch_alter_table("account_facts", schema=None) as batch_op:
        batch_op.create_index("ix_account_facts_current", ["as_of", "basis"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()
    # Contacts set by hand or archived bend who carries a relationship: found by a
    # partial index instead of a scan of every contact.
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_exceptions",
            ["account_id", "stage_override", "archived_at"],
            unique=False,
            sqlite_where=CONTACT_EXCEPTIONS,
            postgresql_where=CONTACT_EXCEPTIONS,
        )


# The account's own columns copied into its summary row (archiving drops the row too).
ACCOUNT_COLUMNS = ("name", "ring_id", "pinned", "archived_at")


def _sqlite_triggers() -> None:
    forget = "DELETE FROM account_facts WHERE account_id"
    op.execute(
        f"CREATE TRIGGER tr_accounts_facts_update AFTER UPDATE OF {', '.join(ACCOUNT_COLUMNS)} "
        f"ON accounts BEGIN {forget} = OLD.id; END"
    )
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
    # Accounts change one at a time (a rename, a ring move): a row-level trigger.
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ACCOUNT_COLUMNS)
    op.execute(
        "CREATE FUNCTION forget_account_facts_account() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN DELETE FROM account_facts WHERE account_id = OLD.id; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER tr_accounts_facts_update AFTER UPDATE ON accounts FOR EACH ROW "
        f"WHEN ({changed}) EXECUTE FUNCTION forget_account_facts_account()"
    )
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
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_exceptions")
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute("DROP TRIGGER IF EXISTS tr_accounts_facts_update" + (" ON accounts" if postgres else ""))
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS forget_account_facts_account()")
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
