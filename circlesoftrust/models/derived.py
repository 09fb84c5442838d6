"""Tables the app rebuilds from the user's data (their own MetaData): the engine's fact
summary, score history and revenue rankings, and the duplicate pass's keys and pairs.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from circlesoftrust.models.base import NAMING

# --- derived data -------------------------------------------------------------------------

# Tables the app rebuilds from the ones above: never exported, restored or counted as the
# user's data, so they live in their own MetaData (Base.metadata lists the user's tables).
DERIVED = MetaData(naming_convention=NAMING)

# The trust engine's facts per account as of one day (``as_of``, a day number as
# ``date.toordinal()``), kept so a full scoring pass reads one row per account instead of
# aggregating every touchpoint (see circlesoftrust/engine/fact_summary.py). Triggers on
# the five fact tables delete an account's row whenever one of its facts is written; the
# next pass recomputes what is missing.
account_facts = Table(
    "account_facts",
    DERIVED,
    # No foreign key: a trigger on accounts drops a deleted account's row (see 0005).
    Column("account_id", Integer, primary_key=True),
    Column("as_of", Integer, nullable=False),
    # engine.components.ComponentBasis.key: the settings and cadences the stored score
    # components were computed from (a row of another basis is not used).
    Column("basis", BigInteger, nullable=False),
    # Copies of the account's own columns the engine reads with the facts, so a pass
    # reads this table alone (a trigger on accounts forgets the row when one changes).
    Column("name", String(200), nullable=False),
    Column("ring_id", Integer, nullable=False),
    Column("pinned", Boolean, nullable=False),
    # The facts in the order of engine.fact_queries.FACT_COLUMNS (0 = no date), then
    # loyalty, engagement, advocacy and friction, packed by engine.components.PACKED: one
    # value to read per row instead of 27, which made reading 100,000 rows 2-3x cheaper
    # (measured). Derived data, not the user's.
    Column("facts", LargeBinary, nullable=False),
    # Counts the current rows without reading them (a pass checks this first).
    Index("ix_account_facts_current", "as_of", "basis"),
)

# The day every row of account_facts (of one basis) was last found to hold (engine.
# fact_summary): on a new day only the accounts with a fact that entered or left a window
# since are recomputed; the others' facts are unchanged and their day-dependent components
# are re-derived when read. One row (id 1). Derived data, not the user's.
account_facts_checked = Table(
    "account_facts_checked",
    DERIVED,
    Column("id", Integer, primary_key=True),
    Column("basis", BigInteger, nullable=False),
    Column("checked_on", Integer, nullable=False),  # a day number
)

# Past scores (circlesoftrust/engine/score_history.py): every account's score, revenue
# component and packed facts as of a day (``as_of``, a day number), written by a full pass
# once every few weeks and for an account whose ring changed since its last row. The
# reasons of moves and at-risk suggestions compare today with a row of about 90 days ago
# (or of the last ring change) and name the facts that moved the score. Derived data,
# never the user's: losing it costs the comparison, nothing else.
score_history = Table(
    "score_history",
    DERIVED,
    # No foreign key (the accounts live in the other MetaData): rows older than the
    # account (an id used again) are not read, and old rows are pruned.
    Column("account_id", Integer, primary_key=True),
    Column("as_of", Integer, primary_key=True),
    # engine.components.SUMMARY_VERSION: how ``facts`` is packed (other versions unread).
    Column("version", Integer, nullable=False),
    Column("ring_id", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("revenue", Float, nullable=False),  # the revenue component's value 0..1
    Column("facts", LargeBinary, nullable=False),  # as account_facts.facts
    Index("ix_score_history_as_of", "as_of"),
)

# The revenue ranking every account is ranked against, as of the first full pass of a
# day (circlesoftrust/engine/revenue_baseline.py): the effective revenue of each paying
# account, sorted, packed as 64-bit integers. A score's explanation compares today's
# ranking with the one of the last day before, so a move caused by other accounts' revenue
# alone is named, and a move of under one point that only they caused is not suggested.
revenue_rankings = Table(
    "revenue_rankings",
    DERIVED,
    Column("as_of", Integer, primary_key=True),
    Column("percent", Integer, nullable=False),  # previous_year_percent the values used
    Column("accounts", Integer, nullable=False),  # active accounts ranked
    Column("revenues", LargeBinary, nullable=False),
)

# (table, account column) of every table an account's facts are read from.
ACCOUNT_FACT_SOURCES = (
    ("touchpoints", "account_id"),
    ("revenue_entries", "account_id"),
    ("feedback", "account_id"),
    ("complaints", "account_id"),
    ("referrals", "from_account_id"),
)


# Normalised keys of every contact and account (circlesoftrust.duplicates.keys), kept so
# the duplicate pass compares keys instead of parsing 500,000 names and phone numbers
# each time. Each row keeps the values it was computed from; a row whose values differ
# from the contact's (or account's) current ones is recomputed by the next pass.
contact_keys = Table(
    "contact_keys",
    DERIVED,
    Column("contact_id", Integer, primary_key=True),
    # The contact's account when the keys were computed: same-account name blocks are
    # grouped by it (0014), and a contact moved to another account is recomputed.
    Column("account_id", Integer),
    Column("name", String(200), nullable=False),
    Column("email", String(254)),
    Column("phone", String(40)),
    # The keys' version and the default phone region ("2:DE"): rows of another version or
    # region are recomputed.
    Column("region", String(16), nullable=False),
    Column("first", String(200), nullable=False),
    Column("middle", String(200), nullable=False),
    Column("last", String(200), nullable=False),
    Column("email_key", String(254)),
    Column("phone_key", String(48)),
    # Blocking keys: initial + consonant skeleton of the last name; both skeletons sorted
    # (swapped given/family names). The nickname blocks live in contact_name_blocks.
    # Name blocks are compared within one account (index by account first: one ordered
    # scan groups them); across accounts only the same name is (index on last, first).
    Column("block_initial", String(200)),
    Column("block_swap", String(200)),
    Index("ix_contact_keys_email_key", "email_key"),
    Index("ix_contact_keys_phone_key", "phone_key"),
    Index("ix_contact_keys_account_initial", "account_id", "block_initial"),
    Index("ix_contact_keys_account_swap", "account_id", "block_swap"),
    Index("ix_contact_keys_last_first", "last", "first"),
)

# A contact's first name in each full form it may stand for ("bob" -> "bob", "robert"),
# joined with the family name: "robert|smith". Several rows per contact.
contact_name_blocks = Table(
    "contact_name_blocks",
    DERIVED,
    Column("contact_id", Integer, primary_key=True),
    Column("block", String(200), primary_key=True),
    Column("account_id", Integer),
    Index("ix_contact_name_blocks_account_block", "account_id", "block"),
)

account_keys = Table(
    "account_keys",
    DERIVED,
    Column("account_id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("website", String(300)),
    Column("version", Integer, nullable=False),  # duplicates.candidates.KEYS_VERSION
    Column("org_key", String(200), nullable=False),
    Column("org_skeleton", String(200), nullable=False),
    Column("website_key", String(300)),
    Index("ix_account_keys_org_key", "org_key"),
    Index("ix_account_keys_org_skeleton", "org_skeleton"),
    Index("ix_account_keys_website_key", "website_key"),
)

# The duplicate pass's result (circlesoftrust.duplicates.stored): candidate pairs of
# contacts or accounts with their score, reasons (JSON list of words) and the digest of
# both sides a dismissal is compared with. Replaced as a whole by each pass; read by the
# review screen and the inbox ("possible duplicate"), which join the live rows so a pair
# whose side is gone (merged, deleted) is not shown. No foreign keys: a merge moves every
# row that points at the merged one, and these must not follow it.
duplicate_pairs = Table(
    "duplicate_pairs",
    DERIVED,
    Column("kind", String(10), primary_key=True),  # contact | account
    Column("first_id", Integer, primary_key=True),
    Column("second_id", Integer, primary_key=True),
    Column("first_account_id", Integer, nullable=False),
    Column("second_account_id", Integer, nullable=False),
    Column("score", Integer, nullable=False),
    Column("reasons", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Index("ix_duplicate_pairs_first_account_id", "first_account_id"),
    Index("ix_duplicate_pairs_second_account_id", "second_account_id"),
)

# When the duplicate pass last ran and what it saw (one row).
duplicate_checks = Table(
    "duplicate_checks",
    DERIVED,
    Column("id", Integer, primary_key=True),
    Column("checked_at", DateTime, nullable=False),
    Column("contacts", Integer, nullable=False),
    Column("accounts", Integer, nullable=False),
    Column("skipped_blocks", Integer, nullable=False),
    Column("skipped_examples", Text, nullable=False),  # JSON list of words
    # What the pairs were found with ("4:DE:40:75": keys' version, phone region, block
    # cap, lowest score): a check with the same basis may recompute only changed rows.
    Column("basis", String(64), nullable=False),
)
