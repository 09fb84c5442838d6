"""A deterministic example business: Pareto-shaped revenue, buying groups, two years of history.

The same seed and the same ``today`` always give the same data. The shape is planned, not
left to chance, so a 60-account demo is as instructive as a 100,000-account one: the inner
ring (~20% of accounts) brings ~80% of the trailing-12-month revenue; about one inner
account in eight has gone quiet for more than twice its follow-up cadence; some accounts
hang on one contact, have a renewal coming, an open complaint, a promoter who never
referred anyone, or sit in a ring their value does not deserve. The engine and the UI
need that richness to show anything.

Rows are written with bulk inserts: the DB-API ``executemany`` on SQLite, SQLAlchemy Core
elsewhere (``session.add_all`` was measured at ~16k rows/s against ~1M rows/s for a raw
``executemany``). Rows are built directly as SQL values (ISO dates, 0/1 booleans) and, on
SQLite, loaded with the bulk-load settings of :func:`_sqlite_bulk_load`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select

from circlesoftrust import demo_vocabulary as vocab
from circlesoftrust import formats
from circlesoftrust.demo_relations import RelationsWriter, sample_ids, share_count, stamp
from circlesoftrust.engine.score_history import WINDOW as SNAPSHOT_WINDOW
from circlesoftrust.engine.score_history import snapshot_as_of
from circlesoftrust.errors import ConflictError, ValidationError
from circlesoftrust.fast_insert import bulk_insert, insert_sql_values, sqlite_bulk_load
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    AccountTag,
    Contact,
    RevenueEntry,
    Ring,
    Touchpoint,
)
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import (
    ComplaintStatus,
    ContactRole,
    Direction,
    JourneyPhase,
    PerkKind,
    RevenueKind,
    RingChangeSource,
    TaskSource,
    TouchpointKind,
)

__all__ = ["DEFAULT_ACCOUNTS", "MAX_ACCOUNTS", "DemoResult", "bulk_insert", "generate_demo"]

_T = TypeVar("_T")

MAX_ACCOUNTS = 100_000
DEFAULT_ACCOUNTS = 60

# The planned shape (see the module docstring). Shares are of accounts unless noted.
INNER_REVENUE_SHARE = 0.80  # of trailing-12-month revenue, before misplacements
PARETO_ALPHA = 1.16  # the classic 80/20 tail, for the spread inside each group
VALUE_NOISE = 0.25  # sigma of the log-normal noise on each account's yearly value
SILENT_INNER = 0.12  # inner accounts quiet for more than twice their cadence
MISPLACED = 0.025  # per kind of misplacement (too high, too low, customer among leads...)
SINGLE_THREADED = 0.06  # of customers
LAPSED_RENEWALS = 0.03  # of customers: a renewal date passed without a renewal

_CHUNK = 100_000  # touchpoint rows per executemany


@dataclass(frozen=True)
class DemoResult:
    accounts: int
    contacts: int
    touchpoints: int
    revenue_entries: int
    seconds: float


def _check_vocabulary() -> None:
    """Every enum value the generator writes, checked once (per-row CHECKs are skipped)."""
    vocabularies: tuple[tuple[type[Enum], Iterable[str]], ...] = (
        (JourneyPhase, ("discovery", "research", "purchase_decision", "after_sale", "usage")),
        (ContactRole, ("decision_maker", "champion", *vocab.ROLES, *vocab.TITLES)),
        (TouchpointKind, (kind for kind, *_rest in vocab.TOUCH_KINDS)),
        (Direction, (direction for _kind, direction, *_rest in vocab.TOUCH_KINDS)),
        (RevenueKind, ("new", "renewal", "upsell", "crosssell")),
        (RingChangeSource, ("initial", "manual", "suggestion")),
        (ComplaintStatus, ("open", "resolved")),
        (PerkKind, (kind for _name, kind, *_rest in vocab.PERKS)),
        (TaskSource, ("manual", "follow_up")),
    )
    for enum_cls, values in vocabularies:
        for value in values:
            enum_cls(value)  # raises ValueError for a value the schema would refuse


# --- the plan ----------------------------------------------------------------------------


def _day_names(today: dt.date, past: int = 1200, future: int = 800) -> dict[int, str]:
    """ISO names of days by how many days before ``today`` they are (negative: ahead)."""
    return {ago: (today - dt.timedelta(days=ago)).isoformat() for ago in range(-future, past)}


def generate_demo(
    db: Database,
    *,
    accounts: int = DEFAULT_ACCOUNTS,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoResult:
    """Fill an empty database with an example business. One transaction; refuses a non-empty one."""
    if isinstance(accounts, bool) or not 1 <= accounts <= MAX_ACCOUNTS:
        raise ValidationError(
            "accounts", _("must be between 1 and {n}").format(n=formats.number(MAX_ACCOUNTS))
        )
    _check_vocabulary()
    started = time.perf_counter()
    day0 = today or dt.date.today()
    say = progress or (lambda _msg: None)
    with db.engine.begin() as conn:
        existing = conn.scalar(select(func.count()).select_from(Account)) or 0
        if existing:
            raise ConflictError(
                _(
                    "the database already holds {existing} accounts; demo data needs an empty one"
                ).format(existing=existing)
            )
        rings = conn.execute(
            select(
                Ring.id, Ring.position, Ring.cadence_days, Ring.insight_delay_days,
                Ring.detail_level, Ring.discussion_open,
            ).order_by(Ring.position)
        ).all()  # fmt: skip
        writer = _Writer(conn, rings, accounts, seed, day0, say)
        tables = ("accounts", "account_tags", "contacts", "touchpoints", "revenue_entries",
                  "ring_changes", "referrals", "feedback", "complaints", "perk_grants",
                  "insight_shares", "tasks")  # fmt: skip
        with sqlite_bulk_load(conn, tables):
            writer.write()
        if conn.dialect.name == "postgresql":
            _reset_pg_sequences(conn)
    # A past to compare with: the scores of a quarter ago, as a user of the app then would
    # have them, so the moves' and at-risk reasons say what the score was then (issue 11.4).
    snapshot_as_of(db, day0 - dt.timedelta(days=SNAPSHOT_WINDOW))
    return DemoResult(
        accounts=accounts,
        contacts=writer.contacts,
        touchpoints=writer.touchpoints,
        revenue_entries=writer.revenue_entries,
        seconds=time.perf_counter() - started,
    )


class _Writer(RelationsWriter):
    """Plans the example business account by account and writes it table by table."""

    def __init__(
        self,
        conn: Connection,
        rings: Sequence[Any],
        n: int,
        seed: int,
        day0: dt.date,
        say: Callable[[str], None],
    ) -> None:
        self.conn, self.n, self.say = conn, n, say
        self.rng = random.Random(seed)
        self.words = vocab.in_language()  # the texts it writes, in the user's language
        self.day = _day_names(day0)
        self.ring_ids = [r.id for r in rings]
        self.cadence = [r.cadence_days for r in rings]
        self.rings = rings
        self.outer = len(rings) - 1
        self.contacts = self.touchpoints = self.revenue_entries = 0
        rnd = self.rng.random

        # Cheaper than Random.choice / Random.randint (they dominated the profile).
        def pick(seq: Sequence[_T]) -> _T:
            return seq[int(rnd() * len(seq))]

        def between(low: int, high: int) -> int:
            return low + int(rnd() * (high - low + 1))

        self.pick, self.between = pick, between

    def ring(self, category: int) -> int:
        """Ring position for a category of the default five (fewer rings: clamp outwards)."""
        return min(category, self.outer)

    def write(self) -> None:
        self.say("accounts")
        self._plan_accounts()
        self._write_accounts()
        self.say("contacts")
        self._write_contacts()
        self.say("touchpoints")
        self._write_touchpoints()
        self.say("revenue")
        self._write_revenue()
        self.say("ring history")
        self._write_ring_changes()
        self.say("referrals, feedback, complaints")
        self._write_referrals()
        self._write_feedback_and_complaints()
        self.say("perks, insights, tasks")
        self._write_perks()
        self._write_insights()
        self._write_tasks()

    # -- accounts: value decides who is a customer and where they belong --------------------

    def _plan_accounts(self) -> None:
        n, rng = self.n, self.rng
        between = self.between
        ranks = list(range(n))
        rng.shuffle(ranks)
        self.quantile = [(r + 0.5) / n for r in ranks]
        # worth: the ring an account's value deserves (0 inner .. 4 audience)
        self.worth = [
            0 if q < 0.2 else 1 if q < 0.4 else 2 if q < 0.65 else 3 if q < 0.85 else 4
            for q in self.quantile
        ]
        value = [
            q ** (-1 / PARETO_ALPHA) * math.exp(rng.gauss(0, VALUE_NOISE)) if w <= 2 else 0.0
            for q, w in zip(self.quantile, self.worth, strict=True)
        ]
        inner = sum(v for v, w in zip(value, self.worth, strict=True) if w == 0)
        rest = sum(v for v, w in zip(value, self.worth, strict=True) if w in (1, 2))
        scale = 1.0
        if inner and rest:  # calibrate: the inner group makes INNER_REVENUE_SHARE
            scale = INNER_REVENUE_SHARE / (1 - INNER_REVENUE_SHARE) * rest / inner
        # Yearly value in whole currency units (cents stored), median customer ~ 5,000.
        self.value = [
            round(v * (scale if w == 0 else 1.0) * 2_500) * 100
            for v, w in zip(value, self.worth, strict=True)
        ]
        self.customer = [w <= 2 for w in self.worth]
        by_worth: list[list[int]] = [[] for _ in range(5)]
        for i, w in enumerate(self.worth):
            by_worth[w].append(i)

        # Misplaced on purpose, so the engine has promotions and demotions to suggest.
        pos = [self.ring(w) for w in self.worth]
        m = round(n * MISPLACED) if n >= 20 else 0
        lower_inner = [i for i in by_worth[0] if self.quantile[i] >= 0.12]
        self.too_low = set(sample_ids(rng, lower_inner, m))  # deserve inner, sit in loyal
        self.too_high = set(sample_ids(rng, by_worth[1], m))  # loyal value, sit in inner
        for i in self.too_low:
            pos[i] = self.ring(1)
        for i in self.too_high:
            pos[i] = self.ring(0)
        for i in sample_ids(rng, by_worth[2], m):  # a customer still filed among the leads
            pos[i] = self.ring(3)
        for i in sample_ids(rng, by_worth[3], m):  # an interested lead lost in the audience
            pos[i] = self.ring(4)
        self.pos = pos

        # Tenure (days since the account was created) follows what the account is.
        tenure_range = ((400, 730), (400, 730), (40, 330), (10, 700), (5, 700))
        self.created = [between(*tenure_range[w]) for w in self.worth]
        # First purchase a few days after the account was created.
        self.first_buy = [
            max(1, c - between(0, 20)) if cust else -1
            for c, cust in zip(self.created, self.customer, strict=True)
        ]
        inner_ids = [i for i in range(n) if pos[i] == 0]
        pinned = set(sample_ids(rng, inner_ids, round(len(inner_ids) * 0.08)))
        pinned |= {i for k, i in enumerate(sorted(self.too_high)) if k % 2 == 0}
        self.pinned = pinned

    def _write_accounts(self) -> None:
        rng, day = self.rng, self.day
        pick, between = self.pick, self.between
        names: set[str] = set()
        domains: set[str] = set()
        self.domain: list[str] = []
        rows, tag_rows = [], []
        for i in range(self.n):
            prefix, suffix, form = pick(vocab.PREFIXES), pick(vocab.SUFFIXES), pick(vocab.FORMS)
            name = f"{prefix} {suffix} {form}" if i < 400 else f"{prefix} {suffix} {form} {i}"
            while name in names:
                name = f"{name} {between(2, 99)}"
            names.add(name)
            domain = f"{prefix}-{suffix}".lower()
            if domain in domains:
                domain = f"{domain}-{i + 1}"
            domains.add(domain)
            domain += ".example"
            self.domain.append(domain)
            w, p = self.worth[i], self.pos[i]
            if w == 4:
                phase = "discovery"
            elif w == 3:
                phase = "research" if rng.random() < 0.7 else "purchase_decision"
            else:
                phase = "after_sale" if self.first_buy[i] <= 60 else "usage"
            archived = w == 4 and p == self.ring(4) and rng.random() < 0.03
            created = day[self.created[i]]
            rows.append((
                i + 1, name, pick(self.words.industries), f"https://{domain}", "",
                self.ring_ids[p], int(i in self.pinned), phase, 0, stamp(created),
                stamp(day[between(0, self.created[i])]) if archived else None,
            ))  # fmt: skip
            for tag in rng.sample(vocab.TAGS, between(0, 2)):
                tag_rows.append((i + 1, tag))
        insert_sql_values(
            self.conn, Account.__table__,
            ("id", "name", "industry", "website", "notes", "ring_id", "pinned", "journey_phase",
             "needs_review", "created_at", "archived_at"), rows,
        )  # fmt: skip
        insert_sql_values(self.conn, AccountTag.__table__, ("account_id", "tag"), tag_rows)

    # -- contacts: buying groups of 1-15 people ---------------------------------------------

    def _write_contacts(self) -> None:
        rng, day, n = self.rng, self.day, self.n
        pick, between = self.pick, self.between
        customers = [i for i in range(n) if self.customer[i]]
        single = set()
        inner_customers = [i for i in customers if self.pos[i] == 0]
        if inner_customers:  # an inner account carried by one person: fragile
            single.add(pick(inner_customers))
        single |= set(sample_ids(rng, customers, share_count(len(customers), SINGLE_THREADED) - 1))
        self.single = single
        self.first_contact: list[int] = []
        self.contact_count: list[int] = []
        rows = []
        next_id = 1
        for i in range(n):
            p = self.pos[i]
            if i in single:
                size = 1
            elif p == 0:
                size = between(6, 15)
            elif p <= 2:
                size = between(2, 8)
            else:
                size = between(1, 3)
            self.first_contact.append(next_id)
            self.contact_count.append(size)
            created = stamp(day[self.created[i]])
            seen: set[str] = set()
            for k in range(size):
                first, last = pick(vocab.FIRST), pick(vocab.LAST)
                role = "decision_maker" if k == 0 else "champion" if k == 1 else pick(vocab.ROLES)
                local = f"{first}.{last}".lower()
                if local in seen:
                    local = f"{local}{k}"
                seen.add(local)
                title = pick(self.words.titles[role]) or None
                rows.append((
                    next_id, i + 1, f"{first} {last}", role, title, f"{local}@{self.domain[i]}",
                    f"+49 30 {between(1000000, 9999999)}", "", created,
                ))  # fmt: skip
                next_id += 1
        self.contacts = insert_sql_values(
            self.conn, Contact.__table__,
            ("id", "account_id", "name", "role", "title", "email", "phone", "notes", "created_at"),
            rows,
        )  # fmt: skip

    def contact_of(self, i: int, k: int) -> int:
        """The k-th contact of account i (k beyond the group wraps around)."""
        return self.first_contact[i] + k % self.contact_count[i]

    # -- touchpoints over two years -----------------------------------------------------------

    def _write_touchpoints(self) -> None:
        rng, n = self.rng, self.n
        between = self.between
        rnd = rng.random
        day = self.day
        table = [
            (k, d, note) for k, d, note, weight in self.words.touch_kinds for _ in range(weight)
        ]
        slots = len(table)
        inner = [i for i in range(n) if self.pos[i] == 0]
        self.silent = set(sample_ids(rng, inner, share_count(len(inner), SILENT_INNER)))
        columns = ("account_id", "contact_id", "kind", "direction", "occurred_on", "note")
        rows: list[tuple[Any, ...]] = []
        self.last_touch: list[int] = []
        for i in range(n):
            p, span = self.pos[i], self.created[i]
            cadence = self.cadence[p]
            if i in self.silent:  # quiet for more than twice the cadence
                quiet = 2 * (cadence or 30)
                last = between(quiet + 1, quiet + 45)
            elif cadence is None:
                last = between(0, span)
            elif p == 0 or rnd() < 0.8:
                last = between(0, cadence - 1)
            else:  # a follow-up is overdue
                last = between(cadence, 2 * cadence + 30)
            last = min(last, span)
            self.last_touch.append(last)
            count = max(1, vocab.TOUCHES_PER_RING[min(p, 4)] + between(-4, 4))
            reach = 0.85 if p <= 2 else 0.6  # share of touches with a named contact
            first_c, size, aid = self.first_contact[i], self.contact_count[i], i + 1
            width = span - last + 1
            for t in range(count):
                kind, direction, note = table[int(rnd() * slots)]
                ago = last if t == 0 else last + int(rnd() * width)
                x = rnd() / reach
                cid = first_c + int(x * size) if x < 1 else None
                rows.append((aid, cid, kind, direction, day[ago], note))
            if len(rows) >= _CHUNK:
                self._insert_touchpoints(columns, rows)
                rows = []
        self._insert_touchpoints(columns, rows)

    def _insert_touchpoints(self, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        self.touchpoints += insert_sql_values(self.conn, Touchpoint.__table__, columns, rows)

    # -- revenue: yearly contracts, renewals, up- and cross-sells -------------------------

    def _write_revenue(self) -> None:
        rng, day, n = self.rng, self.day, self.n
        between = self.between
        renewable = [i for i in range(n) if self.worth[i] in (1, 2) and self.first_buy[i] > 380]
        customers = sum(self.customer)
        lapsed = set(sample_ids(rng, renewable, share_count(customers, LAPSED_RENEWALS)))
        rows = []
        for i in range(n):
            if not self.customer[i]:
                continue
            value, first = self.value[i], self.first_buy[i]
            dates = [first]
            while dates[-1] - 365 >= 0:
                dates.append(dates[-1] - 365)
            if i in lapsed and len(dates) > 1:
                dates.pop()  # the last renewal did not happen (yet)
            for k, ago in enumerate(dates):
                amount = value if k == 0 else round(value * rng.uniform(0.95, 1.15) / 100) * 100
                renewal = day[ago - 365] if k == len(dates) - 1 else None
                rows.append((i + 1, amount, "new" if k == 0 else "renewal", day[ago], renewal,
                             "" if k else self.words.first_order))  # fmt: skip
            if self.worth[i] <= 1 and rng.random() < 0.6:
                for _i in range(1 if rng.random() < 0.7 else 2):
                    ago = between(0, max(0, first - 30))
                    kind = "upsell" if rng.random() < 0.6 else "crosssell"
                    rows.append((i + 1, round(value * 0.3 / 100) * 100, kind, day[ago], None, ""))
        self.revenue_entries = insert_sql_values(
            self.conn, RevenueEntry.__table__,
            ("account_id", "amount_cents", "kind", "occurred_on", "renewal_on", "note"), rows,
        )  # fmt: skip

    # -- ring history: the path inwards, step by step ---------------------------------------


def _reset_pg_sequences(conn: Connection) -> None:
    """Explicit ids were inserted; move PostgreSQL's sequences past them."""
    for table in ("accounts", "contacts", "perks", "insights"):
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 1))"
        )
