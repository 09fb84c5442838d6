"""engine: contacts changes forget their account's fact summary row (decision makers)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The contact columns the summary's decision-maker keys rest on (engine.fact_queries
# DECIDER_COLUMNS): role, stage set by hand, archived, and whose contact it is.
COLUMNS = ("role", "stage_override", "archived_at", "account_id")


def upgrade() -> None:
    """Triggers only (the trigger functions of 0005 on PostgreSQL); no table is rebuilt."""
    if op.get_bind().dialect.name == "postgresql":
        for event, referencing in (
            ("insert", "NEW TABLE AS new_rows"),
            ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("delete", "OLD TABLE AS old_rows"),
        ):
            op.execute(
                f"CREATE TRIGGER tr_contacts_facts_{event} AFTER {event.upper()} ON contacts "
                f"REFERENCING {referencing} FOR EACH STATEMENT "
                f"EXECUTE FUNCTION forget_account_facts_{event}_account_id()"
            )
        op.execute(
            "CREATE TRIGGER tr_contacts_facts_truncate AFTER TRUNCATE ON contacts "
            "FOR EACH STATEMENT EXECUTE FUNCTION forget_all_account_facts()"
        )
        return
    forget = "DELETE FROM account_facts WHERE account_id"
    op.execute(
        f"CREATE TRIGGER tr_contacts_facts_insert AFTER INSERT ON contacts "
        f"BEGIN {forget} = NEW.account_id; END"
    )
    op.execute(
        f"CREATE TRIGGER tr_contacts_facts_update AFTER UPDATE OF {', '.join(COLUMNS)} "
        f"ON contacts BEGIN {forget} IN (OLD.account_id, NEW.account_id); END"
    )
    op.execute(
        f"CREATE TRIGGER tr_contacts_facts_delete AFTER DELETE ON contacts "
        f"BEGIN {forget} = OLD.account_id; END"
    )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for event in ("insert", "update", "delete", "truncate"):
        if event == "truncate" and not postgres:
            continue
        on = " ON contacts" if postgres else ""
        op.execute(f"DROP TRIGGER IF EXISTS tr_contacts_facts_{event}{on}")
