"""A cheaper new day (issue 11, point 10): the first pass of a day recomputes only the
summary rows of accounts whose facts entered or left a window since the rows were last
checked, and re-derives the others' day-dependent components. Whatever the facts, that
equals a full recompute (a property test), and it recomputes little."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circlesoftrust.engine import fact_summary
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine.components import ComponentBasis, packed_rows
from circlesoftrust.engine.fact_queries import contact_bits, facts_select
from circlesoftrust.engine.ring_facts import load_rings
from circlesoftrust.engine.sqlbits import fetch_rows
from circlesoftrust.engine_settings import load_settings
from circlesoftrust.models import Complaint, Feedback
from circlesoftrust.storage import Database, open_database
from circlesoftrust.vocabulary import ComplaintStatus
from tests.unit.test_engine_support import D, Scenario, ago, fresh_copy

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def rows_on(db: Database, day: dt.date, *, summary: bool) -> list[tuple[Any, ...]]:
    """Every account's engine row on ``day``: as a pass reads it (the summary, after its
    refresh), or computed from the tables alone (a full recompute)."""
    with db.transaction() as session:
        bits = contact_bits(session)
        basis = ComponentBasis(load_settings(session), load_rings(session))
        if summary:
            return fact_summary.read_rows(session, day, bits, basis)
        direct = fetch_rows(session, facts_select(day, None, bits, basis.directions))
        return sorted(packed_rows(direct, basis, day.toordinal()))


def test_a_new_day_recomputes_only_the_accounts_whose_facts_crossed_a_window(
    db: Database,
) -> None:
    s = Scenario(db)
    quiet = s.account("Quiet Fading", 1)  # loyal: cadence 30; recency fades day by day
    s.revenue(quiet, 9_000, 200)
    s.touch(quiet, 45)
    planned = s.account("Planned Call", 1)
    s.touch(planned, -1)  # dated tomorrow: enters the facts tomorrow
    leaving = s.account("Year Old Talk", 2)
    s.touch(leaving, 364)  # a two-way touch that leaves the 12 months tomorrow
    s.touch(leaving, 10, direction="outbound")
    assert fact_summary.refresh(db, D).written == 3
    today = {r[0]: r for r in rows_on(db, D, summary=True)}
    tomorrow = D + dt.timedelta(days=1)
    result = fact_summary.refresh(db, tomorrow)
    assert (result.written, result.current) == (2, 1)  # the quiet account is not recomputed
    rolled = rows_on(db, tomorrow, summary=True)
    assert rolled == rows_on(db, tomorrow, summary=False)
    # Its facts held, but its recency faded: the row was re-derived, not read as it was.
    assert {r[0]: r for r in rolled}[quiet] != today[quiet]
    # A later pass of the same day writes nothing and reads the same.
    assert fact_summary.refresh(db, tomorrow).written == 0
    assert rows_on(db, tomorrow, summary=True) == rolled


def test_the_inbox_of_a_new_day_is_the_inbox_of_a_full_recompute(db: Database) -> None:
    s = Scenario(db)
    for k in range(6):
        aid = s.account(f"Client {k}", k % 4)
        s.revenue(aid, 1_000 * (k + 1), 30 * k + 5)
        s.touch(aid, 9 * k + 3)
        s.feedback(aid, 10 - k, 100 * k + 20)
    sg.suggest(db, D)
    later = D + dt.timedelta(days=20)
    rolled = sg.suggest(db, later)
    with db.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM account_facts")
    assert sg.suggest(db, later) == rolled


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).close()
    return path


def complaint(db: Database, account: int, days_ago: int, resolved_after: int | None) -> None:
    """A complaint opened ``days_ago`` (negative: after D), resolved some days later."""
    opened = ago(days_ago)
    with db.transaction() as session:
        session.add(
            Complaint(
                account_id=account,
                opened_on=opened,
                resolved_on=None
                if resolved_after is None
                else opened + dt.timedelta(days=resolved_after),
                status=ComplaintStatus.OPEN if resolved_after is None else ComplaintStatus.RESOLVED,
                note="late",
            )
        )


# Days before D (negative: a fact dated after D): near the edges the steps cross (D, and
# 12 and 24 months before it), or anywhere.
NEAR = st.one_of(
    st.integers(-40, 40), st.integers(320, 410), st.integers(690, 780), st.integers(-40, 800)
)
# A touch's contact: none, or one of the account's three (index into its contacts).
WHO = st.one_of(st.none(), st.integers(0, 2))
PEOPLE = st.tuples(
    st.sampled_from(["decision_maker", "finance", "champion", "user"]),
    st.one_of(st.none(), st.sampled_from(["awareness", "building"])),  # stage set by hand
    st.booleans(),  # archived
)
SCORES = st.one_of(st.none(), st.tuples(st.integers(1, 5), st.one_of(st.none(), st.integers(1, 5))))


def answer(
    db: Database, account: int, nps: int, days_ago: int, scores: tuple[int, int | None] | None
) -> None:
    """An NPS answer, with up to two relational scores."""
    trust, speed = scores if scores is not None else (None, None)
    with db.transaction() as session:
        session.add(
            Feedback(account_id=account, nps=nps, given_on=ago(days_ago), trust=trust, speed=speed)
        )


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(PEOPLE, min_size=3, max_size=3),
    touches=st.lists(
        st.tuples(
            st.integers(0, 2), NEAR, st.sampled_from(["two_way", "inbound", "outbound"]), WHO
        ),
        max_size=14,
    ),
    revenue=st.lists(
        # the renewal: days after the purchase
        st.tuples(st.integers(0, 2), NEAR, st.one_of(st.none(), st.integers(1, 400))),
        max_size=5,
    ),
    answers=st.lists(st.tuples(st.integers(0, 2), NEAR, st.integers(0, 10), SCORES), max_size=6),
    complaints=st.lists(
        st.tuples(st.integers(0, 2), NEAR, st.one_of(st.none(), st.integers(0, 60))),
        min_size=1,
        max_size=3,
    ),
    referrals=st.lists(st.tuples(st.integers(0, 2), NEAR), max_size=3, unique_by=lambda r: r[0]),
    steps=st.lists(
        st.one_of(st.integers(1, 60), st.sampled_from([364, 365, 366, 400])),
        min_size=1,
        max_size=3,
    ),
    late=st.one_of(st.none(), st.tuples(st.integers(0, 2), NEAR)),
)
def test_an_incremental_new_day_equals_a_full_recompute(
    template: Path,
    tmp_path: Path,
    people: list[tuple[str, str | None, bool]],
    touches: list[tuple[int, int, str, int | None]],
    revenue: list[tuple[int, int, int | None]],
    answers: list[tuple[int, int, int, tuple[int, int | None] | None]],
    complaints: list[tuple[int, int, int | None]],
    referrals: list[tuple[int, int]],
    steps: list[int],
    late: tuple[int, int] | None,
) -> None:
    """Rolled forward from the facts that crossed (fact_rollover), or recomputed where
    that cannot be done: carriers whose touch left, deciders whose touch crossed, a step
    of a year or more."""
    db = fresh_copy(template, tmp_path / "day.sqlite")
    try:
        s = Scenario(db)
        ids = [s.account(f"Account {k}", k + 1, entered_days_ago=900) for k in range(3)]
        # Three people per account (the same roles at each), so touches name carriers and
        # deciders alike.
        contacts = [
            [
                s.contact(aid, f"{role} {k}", role, override=override, archived=archived)
                for k, (role, override, archived) in enumerate(people)
            ]
            for aid in ids
        ]
        for k, days, direction, who in touches:
            s.touch(
                ids[k], days, direction=direction, contact=None if who is None else contacts[k][who]
            )
        for k, days, renewal in revenue:
            s.revenue(
                ids[k],
                500,
                days,
                kind="new" if days % 2 else "renewal",
                renewal_in=None if renewal is None else renewal - days,
            )
        for k, days, nps, scores in answers:
            answer(db, ids[k], nps, days, scores)
        for k, days, resolved_after in complaints:
            complaint(db, ids[k], days, resolved_after)
        for k, days in referrals:
            s.referral(ids[k], ids[(k + 1) % 3], days)
        day = D
        fact_summary.refresh(db, day)
        for n, step in enumerate(steps):
            if n == 0 and late is not None:  # a fact written between two days
                s.touch(ids[late[0]], late[1])
            day += dt.timedelta(days=step)
            fact_summary.refresh(db, day)
            assert rows_on(db, day, summary=True) == rows_on(db, day, summary=False)
    finally:
        db.close()


# The first and last day of each window edge a step moves: the facts dated there entered
# the summary's windows (0), or left the 12 (1) or 24 (2) months, on that step.
EDGES = [(window, edge) for window in (0, 1, 2) for edge in ("first", "last")]


@pytest.mark.parametrize("step", [1, 5])
@pytest.mark.parametrize(("window", "edge"), EDGES)
@pytest.mark.parametrize("kind", ["answer", "referral", "two-way touch", "revenue"])
def test_a_fact_on_the_edge_of_a_moved_window_is_rolled_forward(
    template: Path, tmp_path: Path, kind: str, window: int, edge: str, step: int
) -> None:
    """Each fact dated on the first or the last day a step moves a window over: the
    rolled-forward row is the recomputed one (the property test above draws these days
    only by chance)."""
    year = 365
    days_ago = window * year - 1 if edge == "first" else window * year - step
    db = fresh_copy(template, tmp_path / "edge.sqlite")
    try:
        s = Scenario(db)
        aid, other = (s.account(f"Account {k}", 2, entered_days_ago=900) for k in range(2))
        s.touch(aid, 30)  # a row with facts before the step
        fact_summary.refresh(db, D)
        if kind == "answer":
            answer(db, aid, 9, days_ago, (2, 4))
        elif kind == "referral":
            s.referral(aid, other, days_ago)
        elif kind == "two-way touch":
            s.touch(aid, days_ago, direction="two_way")
        else:
            s.revenue(aid, 500, days_ago)
        fact_summary.refresh(db, D)  # the fact's own write removed the row: a row of D again
        day = D + dt.timedelta(days=step)
        fact_summary.refresh(db, day)
        assert rows_on(db, day, summary=True) == rows_on(db, day, summary=False)
    finally:
        db.close()
