"""Roles matter (issue 11, point 7): single-thread risk weighs who carries the account —
a sole carrier who neither decides nor pays makes the widen suggestion more urgent, and
a buying group whose talkers include no decision maker or finance contact is at risk."""

from __future__ import annotations

import pytest

from circlesoftrust import i18n
from circlesoftrust.engine import people
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.storage import Database
from tests.unit.test_engine_support import D, Scenario

pytestmark = pytest.mark.pg  # also on PostgreSQL when CIRCLESOFTRUST_TEST_PG_URL is set


def customer(s: Scenario, name: str) -> int:
    aid = s.account(name, 1)
    s.revenue(aid, 20_000, 100)
    return aid


def test_a_sole_carrier_who_neither_decides_nor_pays_is_more_urgent(db: Database) -> None:
    s = Scenario(db)
    by_user, by_boss = customer(s, "User Co"), customer(s, "Boss Co")
    user = s.contact(by_user, "Ursula User", "user")
    boss = s.contact(by_boss, "Bob Boss", "decision_maker")
    s.touches(by_user, [5, 40], contact=user)
    s.touches(by_boss, [5, 40], contact=boss)
    inbox = {i.id: i for i in sg.suggest(db, D)}
    weak = inbox[f"widen:acc:{by_user}"]
    assert weak.priority == sg.HIGH
    assert "hangs on one person who neither decides nor pays: only Ursula User (user)" in (
        weak.reason
    )
    fine = inbox[f"widen:acc:{by_boss}"]
    assert fine.priority == sg.NORMAL
    assert "only Bob Boss had a two-way conversation" in fine.reason
    group = people.buying_group(db, by_user, on=D)
    assert group.single_thread_risk
    assert (
        group.risk_reason
        == "only Ursula User (user) carries the relationship, and no decision maker"
    )


def test_talkers_without_a_decider_are_a_risk_when_one_is_named(db: Database) -> None:
    s = Scenario(db)
    aid = customer(s, "Chatty Co")
    for name in ("Ann User", "Carl Champion"):
        who = s.contact(aid, name, "user" if "User" in name else "champion")
        s.touches(aid, [5, 30], contact=who)
    group = people.buying_group(db, aid, on=D)
    assert not group.single_thread_risk  # nobody who decides is named: two talkers suffice
    s.contact(aid, "Dora Director", "decision_maker")
    group = people.buying_group(db, aid, on=D)
    assert group.single_thread_risk
    assert group.risk_reason == (
        "2 people had two-way conversations in 12 months, but none of them decides or pays: "
        "Dora Director (decision maker) has not"
    )


def test_roles_inside_reasons_are_words_of_the_users_language(db: Database) -> None:
    """A German reason named the carrier's role by its English code ("(user)",
    "(decision maker)") inside a German sentence."""
    s = Scenario(db)
    by_user, chatty = customer(s, "User Co"), customer(s, "Chatty Co")
    user = s.contact(by_user, "Ursula User", "user")
    s.touches(by_user, [5, 40], contact=user)
    for name in ("Ann User", "Carl Champion"):
        who = s.contact(chatty, name, "user" if "User" in name else "champion")
        s.touches(chatty, [5, 30], contact=who)
    s.contact(chatty, "Dora Director", "decision_maker")
    before = i18n.language()
    i18n.set_language("de")
    try:
        weak = {i.id: i for i in sg.suggest(db, D)}[f"widen:acc:{by_user}"]
        assert "nur Ursula User (Anwender) hatte" in weak.reason, weak.reason
        assert "(Anwender)" in people.buying_group(db, by_user, on=D).risk_reason
        assert "Dora Director (Entscheider)" in people.buying_group(db, chatty, on=D).risk_reason
    finally:
        i18n.set_language(before)
