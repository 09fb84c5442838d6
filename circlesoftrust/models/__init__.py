"""The data model: every table of the product's domain (the rules: docs/rules.md).

The schema guards the data on its own: foreign keys, NOT NULL, CHECK constraints and
unique constraints, plus an index on every foreign key and on the dates used for
recency. Money is stored in integer cents so SQLite and PostgreSQL agree exactly.
Enumerations are stored as short strings with a CHECK constraint (portable, readable
in a plain SQL shell).

The tables live in modules by what they hold (base, accounts, facts, perks_insights,
advice, history, derived; who stamps authors); everything is imported from here.
"""

from __future__ import annotations

from circlesoftrust.models.accounts import DEFAULT_RINGS, Account, AccountTag, Contact, Ring, User
from circlesoftrust.models.advice import ChecklistItem, Setting, SuggestionState, Task
from circlesoftrust.models.base import (
    CAPTURED,
    CONTACT_EXCEPTIONS,
    CONTACT_PEOPLE_INDEX,
    FROM_FILES,
    LIVE_ACCOUNTS,
    NAMING,
    Base,
)
from circlesoftrust.models.derived import (
    ACCOUNT_FACT_SOURCES,
    DERIVED,
    account_facts,
    account_facts_checked,
    account_keys,
    contact_keys,
    contact_name_blocks,
    duplicate_checks,
    duplicate_pairs,
    revenue_rankings,
    score_history,
)
from circlesoftrust.models.facts import (
    RELATIONAL_SCORED,
    RELATIONAL_SCORES,
    Complaint,
    Feedback,
    Referral,
    RevenueEntry,
    Touchpoint,
)
from circlesoftrust.models.history import ActionLog, MergeLog, RingChange, UndoEntry
from circlesoftrust.models.perks_insights import (
    Insight,
    InsightRelease,
    InsightShare,
    Perk,
    PerkGrant,
)
from circlesoftrust.models.who import (
    USER_ENV_VAR,
    known_user_id,
    session_login,
    session_user_id,
)

# The vocabularies live in a module without SQLAlchemy (for the app's start-up);
# code imports them from here too.
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    ContactRole,
    DetailLevel,
    Direction,
    JourneyPhase,
    PerkKind,
    RelationshipStage,
    RevenueKind,
    RingChangeSource,
    SuggestionDecision,
    TaskSource,
    TouchpointKind,
)

__all__ = [
    "ACCOUNT_FACT_SOURCES",
    "CAPTURED",
    "CONTACT_EXCEPTIONS",
    "CONTACT_PEOPLE_INDEX",
    "DEFAULT_RINGS",
    "DERIVED",
    "FROM_FILES",
    "LIVE_ACCOUNTS",
    "NAMING",
    "RELATIONAL_SCORED",
    "RELATIONAL_SCORES",
    "USER_ENV_VAR",
    "Account",
    "AccountTag",
    "ActionLog",
    "Base",
    "ChecklistItem",
    "Complaint",
    "ComplaintStatus",
    "Contact",
    "ContactRole",
    "DetailLevel",
    "Direction",
    "Feedback",
    "Insight",
    "InsightRelease",
    "InsightShare",
    "JourneyPhase",
    "MergeLog",
    "Perk",
    "PerkGrant",
    "PerkKind",
    "Referral",
    "RelationshipStage",
    "RevenueEntry",
    "RevenueKind",
    "Ring",
    "RingChange",
    "RingChangeSource",
    "Setting",
    "SuggestionDecision",
    "SuggestionState",
    "Task",
    "TaskSource",
    "Touchpoint",
    "TouchpointKind",
    "UndoEntry",
    "User",
    "account_facts",
    "account_facts_checked",
    "account_keys",
    "contact_keys",
    "contact_name_blocks",
    "duplicate_checks",
    "duplicate_pairs",
    "known_user_id",
    "revenue_rankings",
    "score_history",
    "session_login",
    "session_user_id",
]
