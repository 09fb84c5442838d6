"""The SQL behind the engine's facts: per-account aggregates over the five fact tables.

Each building block is one aggregate over one table, walked in the order of its covering
index (``tests/unit/test_engine_plans.py`` fails if a plan stops using it).
:func:`facts_select` joins them into one statement with one wide row per active account,
dates as day numbers (``date.toordinal()``, 0 = none: every value is an integer, so a row
packs into :data:`FACT_STRUCT`); the same statement fills the maintained summary
(:mod:`.fact_summary`) and reads the facts directly where the summary has no current row.

Windows: "12m" is the 365 days up to and including the day; "prev" is the 365 days before
that.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Integer

from circlesoftrust.engine.sqlbits import among, as_flag, raw
from circlesoftrust.models import (
    RELATIONAL_SCORES,
    Account,
    Complaint,
    Contact,
    Feedback,
    Referral,
    RevenueEntry,
    Touchpoint,
)
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    ContactRole,
    Direction,
    RelationshipStage,
    RevenueKind,
)

YEAR = 365

# Integer packing of the two-way subquery needs 2 x (contact id bits) + count bits <= 63.
MAX_PACKED_CONTACT_BITS = 21  # contact ids below ~2.1 million; counts below ~2.1 million

# The facts of one account after its id, in the order of the wide rows and of the
# ``account_facts`` columns after ``as_of`` (models.account_facts).
FACT_COLUMNS = (
    "last_touch",
    "last_contact_touch",
    "two_way_12m",
    "carrier_low",
    "carrier_high",
    "first_purchase",
    "last_purchase",
    "purchases",
    "repeat_purchases",
    "revenue_12m_cents",
    "revenue_prev_cents",
    "revenue_total_cents",
    "renewal",
    "answers_24m",
    "promoters_24m",
    "answers_12m",
    "detractors_12m",
    "last_feedback",
    "last_promoter",
    "open_complaints",
    "oldest_open_complaint",
    "last_complaint_event",
    "referrals_12m",
    "referrals_24m",
    "last_referral",
    "relational_sum_12m",
    "relational_count_12m",
)
# After the facts, per account: its decision makers and finance contacts (issue 11, point
# 7) as keys, 0 = none. The quiet key is the largest (day << 32 | never touched << 31 |
# contact id) over them, the day being the one each was last touched at the account (or
# added, when never touched): the one touched most recently, so the account is quiet only
# when every decider is. The low key, only while every one of them is at "awareness" or
# below (a stage set by hand counts; else fewer two-way touches in 12 months than a weak
# tie needs), is the smallest (day added << 31 | contact id): the oldest one unreached.
DECIDER_COLUMNS = ("decider_quiet_key", "decider_low_key")
DECIDER_ROLES = (ContactRole.DECISION_MAKER, ContactRole.FINANCE)
UNREACHED = (RelationshipStage.UNAWARE, RelationshipStage.AWARENESS)
KEY_BITS = 31  # contact ids below 2**31
CONTACT_MASK = (1 << KEY_BITS) - 1
NEVER_TOUCHED = 1 << KEY_BITS  # in a quiet key
QUIET_SHIFT = KEY_BITS + 1

# One account's facts as bytes (the ``facts`` column of ``account_facts``).
FACT_STRUCT = struct.Struct(f"<{len(FACT_COLUMNS)}q")


class day_number(FunctionElement[int]):
    """A date as its day number (``date.toordinal()``), NULL stays NULL."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number)
def _day_number_default(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(({compiler.process(element.clauses, **kw)}) - DATE '0001-01-01' + 1)"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    # julianday() of a midnight is N + 0.5 exactly, so the difference is an exact integer.
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 1721424.5 AS INTEGER)"


def _only(stmt: Select[Any], column: Any, ids: Collection[int] | None) -> Select[Any]:
    return stmt if ids is None else stmt.where(among(column, ids))


# Touchpoint directions that count as contact by default (engine setting per direction):
# a conversation, or the client reaching out; never our own one-way broadcasts.
CONTACT_DIRECTIONS = (Direction.TWO_WAY.value, Direction.INBOUND.value)


def account_query(
    day: dt.date,
    ids: Collection[int] | None = None,
    bits: int = MAX_PACKED_CONTACT_BITS,
    directions: Collection[str] = CONTACT_DIRECTIONS,
) -> Select[Any]:
    """Per active account: id, name, ring, pin, last touch, last touch in one of
    ``directions`` (the touches that count as contact), and its two-way touches of the
    last 12 months as (count, lowest contact, highest contact; 0 = none).

    Driven by the accounts table; each account seeks three times: into
    ``ix_touchpoints_account_recency`` for the last touch (one index step, SQLite's min/max
    optimisation), back through the same index to the last touch that counts as contact (it
    stops at the first; the direction is in the index), and into the partial
    ``ix_touchpoints_two_way`` for the two-way touches of the last 12 months (a range
    holding two-way touches only, covered). A scalar subquery returns one value, so the walk
    packs count, lowest and highest contact into one integer ``(count << 2 bits) | (lowest
    << bits) | highest`` inside a materialised CTE (evaluated once per account), and the
    outer select splits it. ``bits`` is the width of the largest contact id; past
    ``MAX_PACKED_CONTACT_BITS`` the integer could overflow 64 bits, so the three parts come
    from three walks instead (slower, correct).
    The lowest and highest contact tell whether at most one person carries the relationship.
    """
    a = Account.__table__.c
    t = Touchpoint.__table__.c
    last_touch = (
        select(func.max(t.occurred_on))
        .where(t.account_id == a.id, t.occurred_on <= day)
        .scalar_subquery()
    )

    def two_way(value: ColumnElement[Any]) -> ColumnElement[Any]:
        return (
            select(value)
            .where(
                t.account_id == a.id,
                # A literal, not a parameter: it must match the partial index's WHERE.
                t.direction == literal_column(f"'{Direction.TWO_WAY.value}'"),
                t.occurred_on > day - dt.timedelta(days=YEAR),
                t.occurred_on <= day,
            )
            .scalar_subquery()
        )

    count, low, high = (
        func.count(),
        func.coalesce(func.min(t.contact_id), 0),
        func.coalesce(func.max(t.contact_id), 0),
    )
    counted = sorted(set(directions))
    if set(counted) >= {d.value for d in Direction}:
        last_contact: Any = last_touch
    elif not counted:
        last_contact = literal_column("NULL")
    else:
        last_contact = (
            select(t.occurred_on)
            .where(
                t.account_id == a.id,
                t.occurred_on <= day,
                # Literals: a fixed setting per summary basis, and no parameters per row.
                t.direction.in_([literal_column(f"'{d}'") for d in counted]),
            )
            .order_by(t.occurred_on.desc())
            .limit(1)
            .scalar_subquery()
        )
    columns = (
        a.id,
        a.name,
        a.ring_id,
        a.pinned,
        raw(last_touch).label("last_touch"),
        raw(last_contact).label("last_contact_touch"),
    )
    active = a.archived_at.is_(None)
    if bits > MAX_PACKED_CONTACT_BITS:
        stmt = select(
            *columns,
            two_way(count).label("two_way_12m"),
            two_way(low).label("carrier_low"),
            two_way(high).label("carrier_high"),
        ).where(active)
        return _only(stmt, a.id, ids)
    step: ColumnElement[int] = literal_column(str(1 << bits))
    mask: ColumnElement[int] = literal_column(str((1 << bits) - 1))
    packed = two_way(raw((count * step + low) * step + high)).label("two_way")
    walked = _only(select(*columns, packed).where(active), a.id, ids)
    cte = walked.cte("walked").prefix_with("MATERIALIZED")
    return select(
        cte.c.id,
        cte.c.name,
        cte.c.ring_id,
        cte.c.pinned,
        cte.c.last_touch,
        cte.c.last_contact_touch,
        cte.c.two_way.op(">>")(literal_column(str(2 * bits))).label("two_way_12m"),
        cte.c.two_way.op(">>")(literal_column(str(bits))).op("&")(mask).label("carrier_low"),
        cte.c.two_way.op("&")(mask).label("carrier_high"),
    )


def revenue_windows(day: dt.date) -> tuple[ColumnElement[int], ColumnElement[int]]:
    """1/0 per revenue entry: in the 12 months up to ``day``; in the 12 months before."""
    r = RevenueEntry.__table__.c
    in_12m = as_flag(r.occurred_on > day - dt.timedelta(days=YEAR))
    in_prev = as_flag(
        and_(
            r.occurred_on > day - dt.timedelta(days=2 * YEAR),
            r.occurred_on <= day - dt.timedelta(days=YEAR),
        )
    )
    return in_12m, in_prev


def revenue_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: first and last purchase, counts, 12m / previous / total revenue, renewal."""
    r = RevenueEntry.__table__.c
    in_12m, in_prev = revenue_windows(day)
    stmt = (
        select(
            r.account_id,
            raw(func.min(r.occurred_on)).label("first_purchase"),
            raw(func.max(r.occurred_on)).label("last_purchase"),
            func.count().label("purchases"),
            func.sum(as_flag(r.kind != RevenueKind.NEW.value)).label("repeat_purchases"),
            func.sum(r.amount_cents * in_12m).label("revenue_12m_cents"),
            func.sum(r.amount_cents * in_prev).label("revenue_prev_cents"),
            func.sum(r.amount_cents).label("revenue_total_cents"),
            raw(func.max(r.renewal_on)).label("renewal"),
        )
        .where(r.occurred_on <= day)
        .group_by(r.account_id)
    )
    return _only(stmt, r.account_id, ids)


def feedback_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: NPS answers and promoters (24m), detractors (12m), last dates."""
    f = Feedback.__table__.c
    in_12m = as_flag(f.given_on > day - dt.timedelta(days=YEAR))
    promoter = as_flag(f.nps >= 9)
    stmt = (
        select(
            f.account_id,
            func.count().label("answers_24m"),
            func.sum(promoter).label("promoters_24m"),
            func.sum(in_12m).label("answers_12m"),
            func.sum(in_12m * as_flag(f.nps <= 6)).label("detractors_12m"),
            raw(func.max(f.given_on)).label("last_feedback"),
            raw(func.max(case((f.nps >= 9, f.given_on)))).label("last_promoter"),
        )
        .where(f.given_on <= day, f.given_on > day - dt.timedelta(days=2 * YEAR))
        .group_by(f.account_id)
    )
    return _only(stmt, f.account_id, ids)


def complaint_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: open complaints, the oldest one's date, and the last day a complaint
    was opened or resolved (both are contact)."""
    c = Complaint.__table__.c
    is_open = c.status == ComplaintStatus.OPEN.value
    resolved = case((c.resolved_on <= day, c.resolved_on))
    stmt = (
        select(
            c.account_id,
            func.sum(as_flag(is_open)).label("open_complaints"),
            raw(func.min(case((is_open, c.opened_on)))).label("oldest_open_complaint"),
            raw(func.max(func.coalesce(resolved, c.opened_on))).label("last_complaint_event"),
        )
        .where(c.opened_on <= day)
        .group_by(c.account_id)
    )
    return _only(stmt, c.account_id, ids)


def referral_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per referring account: referrals in 12m, in 24m, and the last one's date."""
    r = Referral.__table__.c
    in_12m = as_flag(r.referred_on > day - dt.timedelta(days=YEAR))
    in_24m = as_flag(r.referred_on > day - dt.timedelta(days=2 * YEAR))
    stmt = (
        select(
            r.from_account_id.label("account_id"),
            func.sum(in_12m).label("referrals_12m"),
            func.sum(in_24m).label("referrals_24m"),
            raw(func.max(r.referred_on)).label("last_referral"),
        )
        .where(r.referred_on <= day)
        .group_by(r.from_account_id)
    )
    return _only(stmt, r.from_account_id, ids)


def relational_scored(answers: Any = None) -> ColumnElement[bool]:
    """An answer with at least one relational score: the partial index's WHERE
    (``models.RELATIONAL_SCORED``), as a grouped expression to AND with others.
    ``answers``: an alias of the feedback table (default the table itself)."""
    f = (Feedback.__table__ if answers is None else answers).c
    return or_(*(f[name].is_not(None) for name in RELATIONAL_SCORES))


def relational_query(day: dt.date, ids: Collection[int] | None = None) -> Select[Any]:
    """Per account: the sum and the number of relational scores (1-5) in its answers of the
    last 12 months, from the partial index of the answers that have any."""
    f = Feedback.__table__.c
    scores = [f[name] for name in RELATIONAL_SCORES]
    total: ColumnElement[Any] = func.coalesce(scores[0], 0)
    count: ColumnElement[Any] = as_flag(scores[0].is_not(None))
    for score in scores[1:]:
        total = total + func.coalesce(score, 0)
        count = count + as_flag(score.is_not(None))
    stmt = (
        select(
            f.account_id,
            func.sum(total).label("relational_sum_12m"),
            func.sum(count).label("relational_count_12m"),
        )
        # The partial index's own WHERE, word for word, so SQLite may use it.
        .where(relational_scored())
        .where(f.given_on <= day, f.given_on > day - dt.timedelta(days=YEAR))
        .group_by(f.account_id)
    )
    return _only(stmt, f.account_id, ids)


def contact_exception_query(ids: Collection[int] | None = None) -> Select[Any]:
    """Contacts whose stage is set by hand or who are archived (rare; they bend carriers)."""
    c = Contact.__table__.c
    stmt = select(c.account_id, c.id, c.stage_override, c.archived_at.is_not(None)).where(
        (c.stage_override.is_not(None)) | (c.archived_at.is_not(None))
    )
    return _only(stmt, c.account_id, ids)


def decider_query(
    day: dt.date, ids: Collection[int] | None = None, weak_two_way: int = 1
) -> Select[Any]:
    """Per account with decision makers or finance contacts: :data:`DECIDER_COLUMNS`.

    Each such contact seeks ``ix_touchpoints_contact_id`` twice (its last touch at the
    account, its two-way touches of the 12 months), once each; a recompute only (the
    summary keeps the result), so the pass itself reads nothing more."""
    c = Contact.__table__.c
    t = Touchpoint.__table__.c
    mine = and_(t.contact_id == c.id, t.account_id == c.account_id, t.occurred_on <= day)
    last = select(func.max(t.occurred_on)).where(mine).scalar_subquery()
    two_way = (
        select(func.count())
        .where(
            mine,
            t.direction == Direction.TWO_WAY.value,
            t.occurred_on > day - dt.timedelta(days=YEAR),
        )
        .scalar_subquery()
    )
    low_stage = case(
        (c.stage_override.is_not(None), c.stage_override.in_(UNREACHED)),
        else_=two_way < weak_two_way,
    )
    # Each decider's last touch is sought once (a materialized step): written into the
    # keys below directly, SQLite evaluated the correlated lookup five times per person.
    seen = (
        _only(
            select(
                c.account_id.label("account_id"),
                c.id.label("id"),
                day_number(func.date(c.created_at)).label("added"),
                day_number(last).label("last"),
                case((low_stage, 1), else_=0).label("low_stage"),
            ).where(c.role.in_(DECIDER_ROLES), c.archived_at.is_(None)),
            c.account_id,
            ids,
        )
        .cte("decider_seen")
        .prefix_with("MATERIALIZED")
    )
    step: ColumnElement[int] = literal_column(str(1 << KEY_BITS))
    quiet = (
        func.coalesce(seen.c.last, seen.c.added) * literal_column(str(1 << QUIET_SHIFT))
        + case((seen.c.last.is_(None), literal_column(str(NEVER_TOUCHED))), else_=0)
        + seen.c.id
    )
    per_contact = select(
        seen.c.account_id.label("account_id"),
        quiet.label("quiet"),
        case((seen.c.last.is_not(None), quiet)).label("touched"),
        case((seen.c.low_stage == 1, seen.c.added * step + seen.c.id)).label("low"),
    ).subquery("per_decider")
    # Per account, not per person (issue 11.7): the account is quiet only while even its
    # most recently touched decider is (max; one never touched, e.g. just added, counts
    # only when none was ever touched), and unreached only while every decider is.
    return select(
        per_contact.c.account_id,
        func.coalesce(func.max(per_contact.c.touched), func.max(per_contact.c.quiet)).label(
            "decider_quiet_key"
        ),
        case((func.count(per_contact.c.low) == func.count(), func.min(per_contact.c.low))).label(
            "decider_low_key"
        ),
    ).group_by(per_contact.c.account_id)


_DATES = frozenset(
    {
        "last_touch",
        "first_purchase",
        "last_purchase",
        "renewal",
        "last_feedback",
        "last_promoter",
        "oldest_open_complaint",
        "last_complaint_event",
        "last_referral",
        "last_contact_touch",
    }
)


def facts_select(
    day: dt.date,
    ids: Collection[int] | None = None,
    bits: int = MAX_PACKED_CONTACT_BITS,
    directions: Collection[str] = CONTACT_DIRECTIONS,
    weak_two_way: int = 1,
) -> Select[Any]:
    """One wide row per active account (or per account of ``ids``): the account's id, name,
    ring id and pin, then :data:`FACT_COLUMNS` (integers; 0 for a date that is none) and
    :data:`DECIDER_COLUMNS` (``weak_two_way``: the two-way touches a weak tie needs).

    The per-table aggregates are materialised once each and joined to the accounts by id;
    accounts without rows in a table get zeros and NULL dates.
    """
    acc = account_query(day, ids, bits, directions).subquery("acc")
    parts = [
        q.subquery(name)
        for q, name in (
            (revenue_query(day, ids), "rev"),
            (feedback_query(day, ids), "fb"),
            (complaint_query(day, ids), "cmp"),
            (referral_query(day, ids), "ref"),
            (relational_query(day, ids), "rel"),
            (decider_query(day, ids, weak_two_way), "dec"),
        )
    ]
    joined: Any = acc
    source = {
        name: acc.c[name]
        for name in (
            "last_touch",
            "last_contact_touch",
            "two_way_12m",
            "carrier_low",
            "carrier_high",
        )
    }
    for part in parts:
        joined = joined.outerjoin(part, part.c.account_id == acc.c.id)
        source.update({c.name: c for c in part.c if c.name != "account_id"})
    names = (*FACT_COLUMNS, *DECIDER_COLUMNS)
    values = [
        func.coalesce(day_number(source[name]) if name in _DATES else source[name], 0)
        for name in names
    ]
    head = [acc.c.id, acc.c.name, acc.c.ring_id, acc.c.pinned]
    labelled = (v.label(n) for v, n in zip(values, names, strict=True))
    # No ORDER BY: SQLite would sort the materialised rows in a temporary B-tree; callers
    # that need id order sort in Python (the rows come nearly sorted).
    return select(*head, *labelled).select_from(joined)


def hot_queries(day: dt.date) -> dict[str, tuple[Select[Any], tuple[str, ...]]]:
    """The per-account aggregates of the scoring pass and the covering indexes they use
    (every read of the table goes through one of them, and each of them is used)."""
    return {
        "touchpoints": (
            account_query(day),
            ("ix_touchpoints_account_recency", "ix_touchpoints_two_way"),
        ),
        "revenue": (revenue_query(day), ("ix_revenue_entries_account_date",)),
        "feedback": (feedback_query(day), ("ix_feedback_account_date",)),
        "complaints": (complaint_query(day), ("ix_complaints_account_status",)),
        "referrals": (referral_query(day), ("ix_referrals_from_account",)),
        "relational": (relational_query(day), ("ix_feedback_relational",)),
        "contacts": (contact_exception_query(), ("ix_contacts_exceptions",)),
    }


def contact_bits(session: Session) -> int:
    """Bits of the largest contact id (at least 1): the width of one packed contact."""
    top = session.scalar(select(func.max(Contact.__table__.c.id)))
    return max(1, int(top or 0).bit_length())
