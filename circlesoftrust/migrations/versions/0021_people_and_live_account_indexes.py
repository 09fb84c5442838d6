"""engine: covering index of who contacts are; partial index of the live accounts' ids

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

# revision identifiers, used by Alembic.
revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Copies of models.LIVE_ACCOUNTS / CONTACT_PEOPLE_INDEX as of this revision.
LIVE = "archived_at IS NULL"


def upgrade() -> None:
    """Plain CREATE INDEX: the tables and their triggers stay in place.

    The engine looks up the people behind its facts by id (who gave an answer, who
    complained, the decision maker to reach): ``ix_contacts_people`` holds what it reads
    of them in about a quarter of the contacts table's pages, so a look-up never reads
    the rows with their notes, e-mails and phones. ``ix_accounts_live`` counts and lists
    the live accounts without reading an account row. Measured on the encrypted file,
    where every page read is decrypted (README "Decisions / Encryption speed").
    """
    op.create_index(
        "ix_contacts_people", "contacts", ["id", "name", "role", "stage_override"], unique=False
    )
    op.create_index(
        "ix_accounts_live",
        "accounts",
        ["id"],
        unique=False,
        sqlite_where=text(LIVE),
        postgresql_where=text(LIVE),
    )


def downgrade() -> None:
    op.drop_index("ix_accounts_live", table_name="accounts")
    op.drop_index("ix_contacts_people", table_name="contacts")
