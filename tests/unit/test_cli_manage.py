"""The command line does what the window does (issue 18, point 7): accounts archived,
restored, pinned; contacts listed, edited, removed; rings added, renamed, reordered,
removed and set; insight shares and answers listed; and the last action undone."""

from __future__ import annotations

import pytest

from circlesoftrust.services import accounts
from circlesoftrust.storage import open_database
from tests.unit.test_cli import CONTACT_KEYS, RING_KEYS, Cli, cli, demo

__all__ = ["cli", "demo"]  # fixtures used below

SHARE_KEYS = {"id", "insight_id", "insight_title", "account_id", "account_name", "contact_id",
              "contact_name", "shared_on", "detail_level", "answer"}  # fmt: skip
RING_INFO_KEYS = RING_KEYS - {"members", "revenue_12m_cents", "revenue_share"}


def names(cli: Cli, *argv: str) -> list[str]:
    return [row["name"] for row in cli.json("accounts", "list", *argv)]


@pytest.mark.pg
def test_archive_restore_and_undo_an_account(demo: Cli) -> None:
    assert "Alder Legal AG" in names(demo)
    archived = demo.json("accounts", "archive", "Alder Legal AG")
    assert archived["name"] == "Alder Legal AG" and archived["archived_at"] is not None
    assert "Alder Legal AG" not in names(demo)
    assert "Alder Legal AG" in names(demo, "--archived")

    restored = demo.json("accounts", "restore", "Alder Legal AG")
    assert restored["archived_at"] is None
    assert "Alder Legal AG" in names(demo)

    demo.ok("accounts", "archive", "Alder Legal AG")
    undone = demo.json("undo")
    assert undone["label"] == 'accounts archive "Alder Legal AG"'
    assert "Alder Legal AG" in names(demo)


def test_pin_with_a_reason_and_unpin(demo: Cli) -> None:
    pinned = demo.json("accounts", "pin", "Alder Legal AG", "--reason", "buys via a partner")
    assert set(pinned) == {"account_id", "account_name", "ring", "pinned_until", "reason"}
    assert pinned["reason"] == "buys via a partner" and pinned["pinned_until"] is not None
    assert demo.json("accounts", "show", "Alder Legal AG")["account"]["pinned"] is True
    forever = demo.json("accounts", "pin", "Alder Legal AG", "--reason", "x", "--forever")
    assert forever["pinned_until"] is None
    # The same validation as the form: a reason is required, a period is 1-3650 days.
    assert "reason" in demo.fails("accounts", "pin", "Alder Legal AG", "--reason", " ")
    assert "days" in demo.fails("accounts", "pin", "Alder Legal AG", "--reason", "x", "--days", "0")

    assert demo.json("accounts", "unpin", "Alder Legal AG")["was_pinned"] is True
    assert demo.json("accounts", "show", "Alder Legal AG")["account"]["pinned"] is False
    # Unpinning says why, as the window's Unpin form asks (kept in the action log).
    demo.ok("accounts", "pin", "Alder Legal AG", "--reason", "x")
    demo.ok("accounts", "unpin", "Alder Legal AG", "--reason", "the score decides again")
    demo.ok("accounts", "pin", "Alder Legal AG", "--reason", "x")
    demo.ok("unpin", "Alder Legal AG", "--reason", "renewal signed")
    assert "reason" in demo.fails("accounts", "unpin", "Alder Legal AG", "--reason", " ")
    from sqlalchemy import select

    from circlesoftrust.models import ActionLog

    db = open_database(demo.db)
    with db.transaction() as session:
        said = list(session.scalars(select(ActionLog.summary).where(ActionLog.kind == "unpin")))
    db.close()
    assert any("the score decides again" in s for s in said)
    assert any("renewal signed" in s for s in said)


@pytest.mark.pg
def test_contacts_list_edit_remove_and_undo(demo: Cli) -> None:
    people = demo.json("contacts", "list", "Alder Logistics Ltd")
    assert people and set(people[0]) == CONTACT_KEYS
    first = people[0]
    edited = demo.json(
        "contacts", "edit", str(first["id"]), "--title", "Head of buying", "--phone", ""
    )
    assert edited["title"] == "Head of buying" and edited["phone"] is None
    assert edited["version"] == first["version"] + 1

    # Same checks as the form: an address that is not one, a taken address, a stale save.
    assert "e-mail" in demo.fails("contacts", "edit", str(first["id"]), "--email", "nope")
    other = people[1]
    assert "already has e-mail" in demo.fails(
        "contacts", "edit", str(first["id"]), "--email", other["email"]
    )
    assert "changed" in demo.fails(
        "contacts", "edit", str(first["id"]), "--notes", "x", "--expect-version", "1"
    )

    demo.ok("contacts", "remove", str(first["id"]))
    assert first["id"] not in [
        p["id"] for p in demo.json("contacts", "list", "Alder Logistics Ltd")
    ]
    demo.ok("undo")
    back = {p["id"]: p for p in demo.json("contacts", "list", "Alder Logistics Ltd")}
    assert back[first["id"]]["title"] == "Head of buying"  # as it was before the removal

    archived = demo.json("contacts", "remove", str(first["id"]), "--archive")
    assert archived["archived"] is True
    listed = demo.json("contacts", "list", "Alder Logistics Ltd", "--archived")
    assert first["id"] in [p["id"] for p in listed]


@pytest.mark.pg
def test_rings_add_rename_move_set_remove(demo: Cli) -> None:
    added = demo.json("ring", "add", "Partners", "--position", "1", "--cadence-days", "21")
    listed = added["rings"]
    assert set(listed[0]) == RING_INFO_KEYS
    assert [r["name"] for r in listed][:3] == ["Inner circle", "Partners", "Loyal customers"]
    partners = listed[1]
    assert partners["cadence_days"] == 21
    scores = [r["min_score"] for r in listed]
    assert scores == sorted(scores, reverse=True) and scores[-1] == 0  # thresholds fall outwards

    demo.ok("ring", "rename", "Partners", "Partner firms")
    moved = demo.json("ring", "move", "Partner firms", "4")["rings"]
    assert moved[4]["name"] == "Partner firms"
    assert [r["min_score"] for r in moved] == scores  # thresholds stay with the positions

    set_ = demo.json("ring", "set", "Partner firms", "--colour", "#123456", "--detail-level",
                     "summary", "--customers-only")["rings"][4]  # fmt: skip
    assert (set_["colour"], set_["detail_level"], set_["customers_only"]) == (
        "#123456",
        "summary",
        True,
    )
    # The Settings dialog's checks: unique names, thresholds falling.
    assert "already has this name" in demo.fails("ring", "rename", "Partner firms", "leads")
    assert "thresholds fall" in demo.fails("ring", "set", "Partner firms", "--min-score", "90")
    # A ring in use goes with its accounts (issue 18.5), where --to says; undo brings it back.
    audience = sum(1 for a in demo.json("accounts", "list") if a["ring_name"] == "Audience")
    assert "another ring" in demo.fails("ring", "remove", "Audience", "--to", "Audience")
    gone = demo.json("ring", "remove", "Audience", "--to", "Leads")
    assert gone["removed"]["ring_name"] == "Audience" and gone["removed"]["to_ring_name"] == "Leads"
    assert gone["removed"]["accounts"] == audience > 0
    assert "Audience" not in [r["name"] for r in gone["rings"]]
    assert not any(a["ring_name"] == "Audience" for a in demo.json("accounts", "list"))
    demo.ok("undo")
    assert sum(1 for a in demo.json("accounts", "list") if a["ring_name"] == "Audience") == audience

    after = demo.json("ring", "remove", "Partner firms")["rings"]
    assert "Partner firms" not in [r["name"] for r in after] and len(after) == 5
    demo.ok("undo")  # the removal is one action of the history
    assert "Partner firms" in [r["name"] for r in demo.json("rings")]


def test_insight_shares_and_answers(demo: Cli) -> None:
    shares = demo.json("insight", "shares")
    assert shares and set(shares[0]) == SHARE_KEYS
    answered = demo.json("insight", "shares", "--answered")
    assert answered and all(s["answer"] for s in answered)
    one = shares[0]
    demo.ok("insight", "answer", str(one["id"]), "Let us talk about it in March")
    mine = demo.json("insight", "shares", str(one["insight_id"]), "--account", one["account_name"])
    assert [s["answer"] for s in mine if s["id"] == one["id"]] == ["Let us talk about it in March"]
    text = demo.ok("insight", "shares", "--answered")
    assert "Let us talk about it in March" in text and "answered" in text


def test_undo_takes_back_the_last_action_only_and_says_when_it_cannot(demo: Cli) -> None:
    before = demo.json("accounts", "show", "Alder Legal AG", "--limit", "500")["timeline"]
    demo.ok("touch", "Alder Legal AG", "--kind", "call", "--note", "renewal talk")
    demo.ok("accounts", "edit", "Alder Legal AG", "--notes", "keep close")
    assert demo.json("undo")["label"] == 'accounts edit "Alder Legal AG" --notes "keep close"'
    shown = demo.json("accounts", "show", "Alder Legal AG", "--limit", "500")
    assert shown["account"]["notes"] != "keep close"
    assert len(shown["timeline"]) > len(before)  # the call is still there
    demo.ok("undo")
    assert demo.json("accounts", "show", "Alder Legal AG", "--limit", "500")["timeline"] == before

    history = demo.json("undo", "--list")
    assert [(h["label"].split()[0], h["undone"]) for h in history[:2]] == [
        ("accounts", True),
        ("touch", True),
    ]
    # Changed since by someone else (the window): the undo is refused, nothing changes, and
    # the entry leaves the history (as in the window); the next undo is the one before.
    demo.ok("contacts", "add", "Alder Legal AG", "Nora Lind")
    demo.ok("accounts", "edit", "Alder Legal AG", "--notes", "first")
    db = open_database(demo.db)
    try:
        accounts.update_account(db, "Alder Legal AG", notes="from the window")
    finally:
        db.close()
    refused = demo.fails("undo")
    assert "cannot undo" in refused and "changed" in refused
    assert demo.json("accounts", "show", "Alder Legal AG")["account"]["notes"] == "from the window"
    assert demo.json("undo")["label"] == 'contacts add "Alder Legal AG" "Nora Lind"'
    assert "Nora Lind" not in [p["name"] for p in demo.json("contacts", "list", "Alder Legal AG")]


def test_undo_with_nothing_to_undo(cli: Cli) -> None:
    assert "nothing to undo" in cli.fails("undo")
