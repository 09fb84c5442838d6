"""Stored duplicate pairs: the check keeps them, Today offers them, "not the same" sticks."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from circlesoftrust.duplicates import stored
from circlesoftrust.duplicates.merge import merge, unmerge
from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as engine
from circlesoftrust.errors import ValidationError
from circlesoftrust.models import USER_ENV_VAR, Account, Contact
from circlesoftrust.services import accounts as acc
from circlesoftrust.storage import Database
from tests.conftest import DEMO_DAY


def _duplicates(db: Database) -> list[engine.Suggestion]:
    return engine.suggest(db, on=DEMO_DAY, kinds=["duplicate"])


def test_the_demo_shows_xenia_haddad_twice_in_today_once_checked(demo_db: Database) -> None:
    assert _duplicates(demo_db) == []  # the inbox never runs the pass itself

    info = stored.check(demo_db)

    assert info.pairs >= 1 and info.contacts > 0
    found = [s for s in _duplicates(demo_db) if "Xenia Haddad" in s.reason]
    assert found, [s.reason for s in _duplicates(demo_db)]
    item = found[0]
    assert item.id.startswith("duplicate:contact:")
    assert "may be one person" in item.reason and "%" in item.reason
    assert "merge dialog" in item.action


@pytest.mark.pg
def test_not_the_same_holds_for_the_user_who_said_it_until_a_side_changes(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc.create_account(db, "Cedar Ltd")
    first = acc.add_contact(db, "Cedar Ltd", "Tom Berger", phone="+41 44 668 18 00")
    acc.add_contact(db, "Cedar Ltd", "Tom Berger", phone="044 668 18 00")
    stored.check(db)
    monkeypatch.setenv(USER_ENV_VAR, "anna")
    (item,) = _duplicates(db)

    engine.dismiss(db, item.id, on=DEMO_DAY)

    assert _duplicates(db) == []
    assert stored.review(db).pairs == () and stored.review(db).dismissed == 1
    stored.check(db)  # checking again changes nothing while both sides are the same
    assert _duplicates(db) == []
    monkeypatch.setenv(USER_ENV_VAR, "ben")
    assert [s.id for s in _duplicates(db)] == [item.id]  # Ben never said so

    monkeypatch.setenv(USER_ENV_VAR, "anna")
    acc.update_contact(db, first.id, email="tom@cedar.example")
    stored.check(db)
    assert [s.id for s in _duplicates(db)] == [item.id]


def test_accepting_a_possible_duplicate_points_to_the_merge(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    acc.add_contact(db, "Cedar Ltd", "Tom Berger", phone="+41 44 668 18 00")
    acc.add_contact(db, "Cedar Ltd", "Thomas Berger", phone="044 668 18 00")
    stored.check(db)
    (item,) = _duplicates(db)

    with pytest.raises(ValidationError, match=r"circlesoftrust merge \d+ \d+ --contacts"):
        accepting.accept(db, item.id, on=DEMO_DAY)


@pytest.mark.pg
def test_a_merged_pair_leaves_the_review_and_an_unmerge_brings_it_back(db: Database) -> None:
    acc.create_account(db, "Alder Legal AG")
    acc.create_account(db, "Alder Legal")
    stored.check(db)
    (pair,) = stored.review(db, ["account"]).pairs
    assert "same name without legal form" in pair.reason

    result = merge(db, "account", pair.first_id, pair.second_id)

    assert stored.review(db).pairs == ()
    assert _duplicates(db) == []
    unmerge(db, result.log_id)
    assert [p.id for p in stored.review(db).pairs] == [pair.id]


def test_the_check_is_stored_with_when_it_ran(db: Database) -> None:
    assert stored.last_check(db) is None
    acc.create_account(db, "Birch Bakery GmbH")
    acc.create_account(db, "Birch Bakery")

    info = stored.check(db)

    again = stored.last_check(db)
    assert again is not None
    assert (again.checked_at, again.accounts, again.pairs) == (info.checked_at, 2, 1)


def _stored(db: Database) -> set[tuple[str, int, tuple[str, ...], str]]:
    return {(p.id, p.score, p.reasons, p.fingerprint) for p in stored.review(db).pairs}


@pytest.mark.pg
def test_a_check_after_a_few_edits_finds_only_their_pairs_and_agrees_with_a_full_one(
    demo_db: Database,
) -> None:
    db = demo_db
    stored.check(db)
    with db.transaction() as session:
        people = session.execute(
            select(Contact.id, Contact.name, Contact.account_id).order_by(Contact.id)
        ).all()
        accounts = dict(session.execute(select(Account.name, Account.id)).all())
    by_name = {name: (cid, aid) for cid, name, aid in people}
    # A new person who is someone else's double, a rename that makes a pair, a rename
    # that breaks one, a deleted contact, an account renamed like another one.
    acc.add_contact(db, by_name["Xenia Haddad"][1], "Xenia Hadad")
    acc.update_contact(db, people[0].id, name=people[1].name)
    acc.update_contact(db, by_name["Marco Fischer"][0], name="Marco Polo")
    acc.delete_contact(db, by_name["Dana Dubois"][0])
    acc.update_account(db, accounts["Atlas Energy Inc."], name="Atlas Energie")
    acc.update_account(db, people[5].account_id, name="Alder Legal")

    quick = stored.check(db)
    found = _stored(db)
    full = stored.check(db, full=True)

    assert quick.incremental and quick.keys_refreshed < 20
    assert not full.incremental
    assert found == _stored(db)
    assert any("Xenia Hadad" in reason for _, _, reasons, _ in found for reason in reasons)
