"""engine: partial index of the answers with relational scores

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A copy of models.RELATIONAL_SCORES as of this revision (migrations never import moving code).
SCORES = (
    "discovery",
    "integrity",
    "judgement",
    "trust",
    "empathy",
    "preparation",
    "speed",
    "presentation",
    "ease_of_interaction",
    "issue_resolution",
)
SCORED = " OR ".join(f"{name} IS NOT NULL" for name in SCORES)


def upgrade() -> None:
    """The answers with relational scores, by account, covering what the engine reads of them
    (its relational facts and the low-score suggestions). A plain CREATE INDEX: the
    summary triggers of 0005 on feedback stay in place."""
    op.create_index(
        "ix_feedback_relational",
        "feedback",
        ["account_id", "given_on", "id", "contact_id", *SCORES],
        unique=False,
        sqlite_where=text(SCORED),
        postgresql_where=text(SCORED),
    )


def downgrade() -> None:
    op.drop_index("ix_feedback_relational", table_name="feedback")
