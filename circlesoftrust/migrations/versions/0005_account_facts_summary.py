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
        # No foreign key: a trigger on accounts drops the row of a deleted account (also
        # with foreign keys off), and on PostgreSQL a key check from the summary's refresh
        # could deadlock with a user's delete of that account.
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_facts")),
    )
    with op.batch_alter_table("account_facts", schema=None) as batch_op:
        batch_op.create_index("ix_account_facts_current", ["as_of", "basis"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()
    # The recent ring entries the perk suggestions read, from the index alone.
    with op.batch_alter_table("ring_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_ring_changes_changed_on")
        batch_op.create_index(
            "ix_ring_changes_changed_on",
            ["changed_on", "account_id", "from_ring_id", "to_ring_id"],
            unique=False,
        )
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
    op.execute(f"CREATE TRIGGER tr_accounts_facts_delete AFTER DELETE ON accounts BEGIN {forget} = OLD.id; END")
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


# The trigger functions run with their owner's rights (the role that migrated the
# database): a role allowed to log touchpoints need not be allowed to write the summary.
# The search path is fixed at creation, as a SECURITY DEFINER function must.
DEFINER = "SECURITY DEFINER SET search_path FROM CURRENT"


def _postgresql_triggers() -> None:
    # Accounts change one at a time (a rename, a ring move): a row-level trigger.
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ACCOUNT_COLUMNS)
    op.execute(
        "CREATE FUNCTION forget_account_facts_account() RETURNS trigger LANGUAGE plpgsql "
        f"{DEFINER} AS "
        "$$ BEGIN DELETE FROM account_facts WHERE account_id = OLD.id; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER tr_accounts_facts_update AFTER UPDATE ON accounts FOR EACH ROW "
        f"WHEN ({changed}) EXECUTE FUNCTION forget_account_facts_account()"
    )
    op.execute(
        "CREATE TRIGGER tr_accounts_facts_delete AFTER DELETE ON accounts FOR EACH ROW "
        "EXECUTE FUNCTION forget_account_facts_account()"
    )
    # TRUNCATE fires no row or statement DELETE trigger: forget every row.
    op.execute(
        "CREATE FUNCTION forget_all_account_facts() RETURNS trigger LANGUAGE plpgsql "
        f"{DEFINER} AS $$ BEGIN DELETE FROM account_facts; RETURN NULL; END $$"
    )
    for table in ("accounts", *(t for t, _c in SOURCES)):
        op.execute(
            f"CREATE TRIGGER tr_{table}_facts_truncate AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION forget_all_account_facts()"
        )
    # One statement-level trigger per event with a transition table: a bulk insert of
    # two million touchpoints forgets each account once, not once per row.
    for column in sorted({c for _t, c in SOURCES}):
        for event, rows in (("insert", "new_rows"), ("delete", "old_rows")):
            op.execute(
                f"CREATE FUNCTION forget_account_facts_{event}_{column}() RETURNS trigger "
                f"LANGUAGE plpgsql {DEFINER} AS $$ BEGIN "
                f"DELETE FROM account_facts WHERE account_id IN (SELECT {column} FROM {rows}); "
                "RETURN NULL; END $$"
            )
        op.execute(
            f"CREATE FUNCTION forget_account_facts_update_{column}() RETURNS trigger "
            f"LANGUAGE plpgsql {DEFINER} AS $$ BEGIN "
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
    with op.batch_alter_table("ring_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_ring_changes_changed_on")
        batch_op.create_index("ix_ring_changes_changed_on", ["changed_on"], unique=False)
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_exceptions")
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in ("update", "delete", "truncate"):
        on = " ON accounts" if postgres else ""
        op.execute(f"DROP TRIGGER IF EXISTS tr_accounts_facts_{name}{on}")
    if postgres:
        for table, _column in SOURCES:
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_facts_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS forget_account_facts_account()")
        op.execute("DROP FUNCTION IF EXISTS forget_all_account_facts()")
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
