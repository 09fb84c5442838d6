"""The example business, second half: ring history, referrals, feedback and complaints,
perks, insights and tasks (split from :mod:`circlesoftrust.demo`, whose ``_Writer``
plans the accounts, contacts, touchpoints and revenue and inherits these steps).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from sqlalchemy import Connection

from circlesoftrust import demo_vocabulary as vocab
from circlesoftrust.fast_insert import insert_sql_values
from circlesoftrust.models import (
    RELATIONAL_SCORES,
    ChecklistItem,
    Complaint,
    Feedback,
    Insight,
    InsightRelease,
    InsightShare,
    Perk,
    PerkGrant,
    Referral,
    RingChange,
    Task,
)

OPEN_COMPLAINTS, RESOLVED_COMPLAINTS = 0.05, 0.08  # of customers
QUIET_PROMOTERS = 0.10  # of inner accounts: promoters (NPS 9-10) who never referred anyone


def stamp(day: str) -> str:
    return f"{day} 09:00:00.000000"


def sample_ids(rng: random.Random, pool: Sequence[int], k: int) -> list[int]:
    return rng.sample(list(pool), min(len(pool), max(0, k)))


def share_count(total: int, share: float) -> int:
    """How many of ``total`` make ``share``: at least one when there are any."""
    return 0 if total == 0 else max(1, round(total * share))


class RelationsWriter:
    """The relationship steps of the demo writer; the attributes below are set by
    ``demo._Writer`` (its plan of the accounts) before these steps run."""

    conn: Connection
    n: int
    rng: random.Random
    day: dict[int, str]
    rings: Sequence[Any]
    ring_ids: list[int]
    outer: int
    pos: list[int]
    created: list[int]
    first_buy: list[int]
    customer: list[bool]
    too_low: set[int]
    too_high: set[int]
    pick: Callable[[Sequence[Any]], Any]
    words: vocab.Words  # the texts it writes, in the user's language
    between: Callable[[int, int], int]

    def ring(self, category: int) -> int:
        raise NotImplementedError

    def contact_of(self, i: int, k: int) -> int:
        raise NotImplementedError

    def _write_ring_changes(self) -> None:
        rng, day, outer = self.rng, self.day, self.outer
        between = self.between
        rows: list[tuple[Any, ...]] = []
        self.entered: list[int] = []  # days since the account entered its current ring
        for i in range(self.n):
            created, p = self.created[i], self.pos[i]
            rows.append((i + 1, None, self.ring_ids[outer], day[created],
                         self.words.account_created, "initial"))  # fmt: skip
            path = list(range(outer - 1, p - 1, -1))
            if i in self.too_low:  # was inner once, then demoted
                path = [*list(range(outer - 1, -1, -1)), p]
            if not path:
                self.entered.append(created)
                continue
            if self.customer[i] and self.first_buy[i] >= 0:
                end = between(0, max(0, self.first_buy[i] // 2))
            else:
                end = between(0, created)
            previous = outer
            for k, target in enumerate(path):
                ago = created - (created - end) * (k + 1) // len(path)
                if target > previous:
                    reason, source = self.words.demoted, "suggestion"
                elif i in self.too_high and k == len(path) - 1:
                    reason, source = self.words.moved_by_hand, "manual"
                else:
                    reason = self.words.move_reasons.get(target, self.words.qualified)
                    source = "suggestion" if rng.random() < 0.5 else "manual"
                rows.append((i + 1, self.ring_ids[previous], self.ring_ids[target], day[ago],
                             reason, source))  # fmt: skip
                previous = target
            self.entered.append(end)
        insert_sql_values(
            self.conn, RingChange.__table__,
            ("account_id", "from_ring_id", "to_ring_id", "changed_on", "reason", "source"), rows,
        )  # fmt: skip

    # -- referrals, feedback, complaints ---------------------------------------------------

    def _write_referrals(self) -> None:
        rng, day, n = self.rng, self.day, self.n
        between = self.between
        inner = [i for i in range(n) if self.pos[i] == 0]
        loyal = [i for i in range(n) if self.pos[i] == 1]
        self.quiet_promoters = set(sample_ids(rng, inner, share_count(len(inner), QUIET_PROMOTERS)))
        candidates = [i for i in inner if i not in self.quiet_promoters]
        referrers = sample_ids(rng, candidates, round(len(candidates) * 0.5))
        referrers += sample_ids(rng, loyal, round(len(loyal) * 0.12))
        self.referrers = set(referrers)
        rows, seen = [], set()
        for i in sorted(referrers):
            for _ in range(between(1, 3) if self.pos[i] == 0 else 1):
                for _try in range(10):  # someone who arrived after the referrer
                    to = rng.randrange(n)
                    if to != i and (i, to) not in seen and self.created[to] < self.created[i]:
                        break
                else:
                    continue
                seen.add((i, to))
                note = self.words.introduced if rng.random() < 0.3 else ""
                rows.append((i + 1, self.contact_of(i, 1), to + 1, day[self.created[to]], note))
        insert_sql_values(
            self.conn, Referral.__table__,
            ("from_account_id", "from_contact_id", "to_account_id", "referred_on", "note"), rows,
        )  # fmt: skip

    def _write_feedback_and_complaints(self) -> None:
        rng, day, n = self.rng, self.day, self.n
        pick, between = self.pick, self.between
        customers = [i for i in range(n) if self.customer[i]]
        inner_customers = [i for i in customers if self.pos[i] == 0]
        open_set = set(sample_ids(rng, inner_customers, 1))  # even the inner ring has trouble
        open_set |= set(
            sample_ids(rng, customers, share_count(len(customers), OPEN_COMPLAINTS) - len(open_set))
        )
        rest = [i for i in customers if i not in open_set]
        resolved_set = set(sample_ids(rng, rest, round(len(customers) * RESOLVED_COMPLAINTS)))
        feedback: list[tuple[Any, ...]] = []
        complaints: list[tuple[Any, ...]] = []

        rnd, n_scores = rng.random, len(RELATIONAL_SCORES)

        def scores(low: int, high: int) -> list[int | None]:
            """Relational scores: each answered half the time, between low and high."""
            width = 2 * (high - low + 1)  # r < 0.5 spreads evenly over the answers
            return [
                low + int(r * width) if r < 0.5 else None for r in [rnd() for _ in range(n_scores)]
            ]

        for i in customers:
            p, span = self.pos[i], min(self.created[i], 400)
            base = (9, 8, 7, 6, 5)[min(p, 4)]
            for k in range(between(0, 3)):
                score = max(0, min(10, round(rng.gauss(base, 1.5))))
                if score > 8 and i not in self.referrers:
                    score = 8  # promoters refer; the quiet ones are planned below
                given = between(0, span)
                praise = pick(self.words.praise) if score >= 9 else ""
                feedback.append((i + 1, self.contact_of(i, k), day[given], score,
                                 praise, *scores(3, 5)))  # fmt: skip
            if i in self.quiet_promoters:
                feedback.append((i + 1, self.contact_of(i, 1), day[between(5, 120)],
                                 pick((9, 10)), self.words.promoter_says,
                                 *scores(4, 5)))  # fmt: skip
            if i in open_set:
                opened = between(1, min(45, self.created[i]))
                complaints.append((i + 1, self.contact_of(i, 2), day[opened], None, "open",
                                   pick(self.words.complaints), ""))  # fmt: skip
                feedback.append((i + 1, self.contact_of(i, 2), day[max(0, opened - 1)],
                                 between(2, 6), self.words.detractor_says,
                                 *scores(1, 3)))  # fmt: skip
            elif i in resolved_set:
                opened = between(min(30, self.created[i]), self.created[i])
                resolved = max(0, opened - between(1, 30))
                complaints.append((i + 1, self.contact_of(i, 2), day[opened], day[resolved],
                                   "resolved", pick(self.words.complaints),
                                   self.words.resolution))  # fmt: skip
        insert_sql_values(
            self.conn, Feedback.__table__,
            ("account_id", "contact_id", "given_on", "nps", "comment", *RELATIONAL_SCORES),
            feedback,
        )  # fmt: skip
        insert_sql_values(
            self.conn, Complaint.__table__,
            ("account_id", "contact_id", "opened_on", "resolved_on", "status", "note",
             "resolution"), complaints,
        )  # fmt: skip

    # -- perks, checklists, insights, tasks ------------------------------------------------

    def _write_perks(self) -> None:
        rng, day = self.rng, self.day
        pick, between = self.pick, self.between
        perks = [
            (k + 1, name, kind, self.ring_ids[self.ring(p)], cost, "", 1)
            for k, (name, kind, p, cost) in enumerate(self.words.perks)
        ]
        insert_sql_values(
            self.conn, Perk.__table__,
            ("id", "name", "kind", "ring_id", "cost_per_year_cents", "description", "active"),
            perks,
        )  # fmt: skip
        by_ring: dict[int, list[int]] = {}
        for k, (_name, _kind, p, _cost) in enumerate(self.words.perks):
            by_ring.setdefault(self.ring(p), []).append(k + 1)
        grants = []
        for i in range(self.n):
            p = self.pos[i]
            chance = 0.7 if p == 0 else 0.35 if p == 1 else 0.0
            if p not in by_ring or rng.random() >= chance:
                continue
            granted = between(0, self.entered[i])  # only after entering the ring
            redeemed = day[max(0, granted - between(1, 20))] if rng.random() < 0.5 else None
            grants.append((pick(by_ring[p]), i + 1, day[granted], redeemed,
                           day[granted - 365], None, ""))  # fmt: skip
        insert_sql_values(
            self.conn, PerkGrant.__table__,
            ("perk_id", "account_id", "granted_on", "redeemed_on", "expires_on", "withdrawn_on",
             "note"), grants,
        )  # fmt: skip
        insert_sql_values(
            self.conn, ChecklistItem.__table__,
            ("ring_id", "position", "title", "due_after_days"),
            [(self.ring_ids[self.ring(p)], k, title, due)
             for k, (p, title, due) in enumerate(self.words.checklists)],
        )  # fmt: skip

    def _write_insights(self) -> None:
        rng, day = self.rng, self.day
        pick = self.pick
        releases, shares = [], []
        for k, (title, full, summary, headline, age) in enumerate(self.words.insights, start=1):
            insert_sql_values(
                self.conn, Insight.__table__,
                ("id", "title", "full_text", "summary", "headline", "created_at", "published_on"),
                [(k, title, full, summary, headline, stamp(day[(age or 0) + 5]),
                  day[age] if age is not None else None)],
            )  # fmt: skip
            if age is None:
                continue
            release_ago = {}
            for ring in self.rings:
                release_ago[ring.position] = age - ring.insight_delay_days
                releases.append((k, ring.id, day[age - ring.insight_delay_days],
                                 ring.detail_level.value if isinstance(ring.detail_level, Enum)
                                 else ring.detail_level, int(ring.discussion_open)))  # fmt: skip
            for i in range(self.n):
                p = self.pos[i]
                if p > 1 or release_ago[p] < 1 or rng.random() >= 0.5:
                    continue
                level = self.rings[p].detail_level
                shares.append((k, i + 1, self.contact_of(i, 0), day[release_ago[p] - 1],
                               level.value if isinstance(level, Enum) else level,
                               pick(self.words.share_answers)))  # fmt: skip
        insert_sql_values(
            self.conn, InsightRelease.__table__,
            ("insight_id", "ring_id", "release_on", "detail_level", "discussion_open"), releases,
        )  # fmt: skip
        insert_sql_values(
            self.conn, InsightShare.__table__,
            ("insight_id", "account_id", "contact_id", "shared_on", "detail_level", "answer"),
            shares,
        )  # fmt: skip

    def _write_tasks(self) -> None:
        rng, day = self.rng, self.day
        pick, between = self.pick, self.between
        rows = []
        now = stamp(day[0])
        for i in range(self.n):
            if rng.random() >= 0.1:
                continue
            due = between(-20, 5)  # mostly upcoming, a few overdue
            done = day[0] if rng.random() < 0.25 else None
            source = "follow_up" if rng.random() < 0.4 else "manual"
            rows.append((i + 1, pick(self.words.tasks), day[due], done, source, None, "", now))
        insert_sql_values(
            self.conn, Task.__table__,
            ("account_id", "title", "due_on", "done_on", "source", "checklist_item_id", "note",
             "created_at"), rows,
        )  # fmt: skip
