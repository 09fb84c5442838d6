"""Merging two contacts or two accounts keeps every fact, and unmerge splits them exactly."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from circlesoftrust.cli import main
from circlesoftrust.duplicates.merge import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    NeedsConfirmation,
    merge,
    preview_merge,
    unmerge,
)
from circlesoftrust.duplicates.stored import check
from circlesoftrust.engine import fact_summary
from circlesoftrust.errors import ConflictError, NotFoundError
from circlesoftrust.models import (
    Account,
    Base,
    Contact,
    Insight,
    InsightShare,
    Perk,
    PerkGrant,
    RevenueEntry,
    RingChange,
    Setting,
    SuggestionState,
    Task,
    Touchpoint,
)
from circlesoftrust.models.derived import DERIVED
from circlesoftrust.services import accounts as acc
from circlesoftrust.services import activity
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import (
    Direction,
    RingChangeSource,
    SuggestionDecision,
    TouchpointKind,
)

# The logs grow by design (a merge and its undo are logged); every other table must be
# exactly as before.
# The logs, and the team (whoever merges joins it on first use): not what a merge moves.
LOGS = {"action_log", "merge_log", "users"}


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            t.name: sorted(tuple(r) for r in conn.execute(select(t)))
            for t in Base.metadata.sorted_tables
            if t.name not in LOGS
        }


def _two_companies(db: Database) -> None:
    acc.create_account(db, "Alder Legal AG", tags=["law", "zurich"], notes="Main office.")
    acc.create_account(db, "Alder Legal", tags=["law"], industry="Legal", notes="From the fair.")
    acc.create_account(db, "Birch Bakery")
    acc.add_contact(db, "Alder Legal AG", "Jürgen Müller", email="jm@alder.example")
    acc.add_contact(db, "Alder Legal", "Juergen Mueller", phone="030 8170947", notes="Likes tea")
    activity.log_touchpoint(db, "Alder Legal AG", kind="meeting", contact="Jürgen Müller")
    activity.log_touchpoint(db, "Alder Legal", kind="call", contact="Juergen Mueller")
    activity.record_feedback(db, "Alder Legal", nps=9, contact="Juergen Mueller")
    activity.open_complaint(db, "Alder Legal", note="late invoice", contact="Juergen Mueller")
    activity.record_referral(db, "Alder Legal", "Birch Bakery", contact="Juergen Mueller")
    activity.record_referral(db, "Alder Legal AG", "Alder Legal")


@pytest.mark.pg
def test_merging_contacts_moves_every_fact_and_keeps_both_values(db: Database) -> None:
    _two_companies(db)
    with db.engine.connect() as conn:
        keep = conn.scalar(select(Contact.id).where(Contact.name == "Jürgen Müller"))
        other = conn.scalar(select(Contact.id).where(Contact.name == "Juergen Mueller"))
    before = snapshot(db)

    result = merge(db, "contact", keep, other, {"name": "other"})

    with db.engine.connect() as conn:
        row = conn.execute(select(Contact).where(Contact.id == keep)).one()
        assert conn.scalar(select(func.count()).where(Contact.id == other)) == 0
        assert conn.scalar(
            select(func.count()).select_from(Touchpoint).where(Touchpoint.contact_id == keep)
        ) == 2  # fmt: skip
    assert row.name == "Juergen Mueller"  # chosen
    assert row.email == "jm@alder.example"  # only one had it
    assert row.phone == "030 8170947"  # filled from the other
    assert row.notes == "Likes tea"
    assert dict(result.moves) == {
        "complaints": 1, "feedback": 1, "referrals": 1, "touchpoints": 1,
    }  # fmt: skip

    unmerge(db, result.log_id)
    assert snapshot(db) == before


def test_a_value_not_kept_goes_to_the_notes(db: Database) -> None:
    acc.create_account(db, "Cedar Ltd")
    a = acc.add_contact(db, "Cedar Ltd", "Tom Berger", email="tom@cedar.example")
    b = acc.add_contact(db, "Cedar Ltd", "Tom Berger", email="t.berger@home.example")
    merge(db, "contact", a.id, b.id)
    kept = acc.get_contact(db, a.id)
    assert kept.email == "tom@cedar.example"
    assert "Other e-mail: t.berger@home.example" in kept.notes


@pytest.mark.pg
def test_merging_accounts_moves_everything_removes_doubles_and_undoes(db: Database) -> None:
    _two_companies(db)
    before = snapshot(db)

    result = merge(db, "account", "Alder Legal AG", "Alder Legal", {"industry": "other"})

    info = acc.get_account(db, "Alder Legal AG")
    assert info.industry == "Legal"
    assert info.notes == "Main office.\nFrom the fair."
    assert sorted(info.tags) == ["law", "zurich"]
    assert sorted(c.name for c in acc.list_contacts(db, "Alder Legal AG")) == [
        "Juergen Mueller", "Jürgen Müller",
    ]  # fmt: skip
    removed = dict(result.removed)
    assert removed == {"account_tags": 1, "referrals": 1}  # "law" twice; the referral between
    with pytest.raises(NotFoundError, match="no account with id 2"):
        acc.get_account(db, 2)

    unmerge(db, result.log_id)
    assert snapshot(db) == before
    with pytest.raises(ConflictError, match="already undone"):
        unmerge(db, result.log_id)


@pytest.mark.pg
def test_two_accounts_with_revenue_ask_first_and_show_the_figures(db: Database) -> None:
    _two_companies(db)
    activity.record_revenue(db, "Alder Legal AG", "1200")
    activity.record_revenue(db, "Alder Legal", "800.50")
    before = snapshot(db)

    with pytest.raises(NeedsConfirmation) as caught:
        merge(db, "account", "Alder Legal AG", "Alder Legal")
    preview = caught.value.preview
    assert (preview.keep_revenue_cents, preview.other_revenue_cents) == (120000, 80050)
    assert preview.ring_name is not None and preview.target_ring_name is not None
    assert "= $2,000.50" in preview.figures()
    assert snapshot(db) == before  # nothing written, not even by the preview's scoring

    result = merge(db, "account", "Alder Legal AG", "Alder Legal", confirmed=True)
    with db.engine.connect() as conn:
        total = conn.scalar(
            select(func.sum(RevenueEntry.amount_cents)).where(
                RevenueEntry.account_id == result.survivor_id
            )
        )
    assert total == 200050


def test_preview_writes_nothing(db: Database) -> None:
    _two_companies(db)
    before = snapshot(db)
    preview = preview_merge(db, "account", "Alder Legal AG", "Alder Legal")
    assert dict(preview.moves)["contacts"] == 1
    assert snapshot(db) == before


def test_unmerge_keeps_what_happened_since(db: Database) -> None:
    _two_companies(db)
    result = merge(db, "account", "Alder Legal AG", "Alder Legal")
    activity.log_touchpoint(db, "Alder Legal AG", kind="email", note="after the merge")
    acc.update_account(db, "Alder Legal AG", industry="Law firm")
    unmerge(db, result.log_id)
    assert acc.get_account(db, "Alder Legal AG").industry == "Law firm"
    timeline = activity.timeline(db, "Alder Legal AG")
    assert any("after the merge" in f"{t.title} {t.detail}" for t in timeline)


def test_cli_merge_and_unmerge(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _two_companies(db)
    activity.record_revenue(db, "Alder Legal AG", "100")
    activity.record_revenue(db, "Alder Legal", "50")
    url = str(db.url.database)
    before = snapshot(db)
    assert main(["--db", url, "merge", "Alder Legal AG", "Alder Legal"]) == 1
    captured = capsys.readouterr()
    assert "revenue: $100.00 + $50.00 = $150.00" in captured.out
    assert "--yes" in captured.err
    assert main(["--db", url, "merge", "Alder Legal AG", "Alder Legal", "--yes", "--json"]) == 0
    log_id = json.loads(capsys.readouterr().out)["log_id"]
    assert main(["--db", url, "merges"]) == 0
    assert "merged account Alder Legal (#2)" in capsys.readouterr().out
    assert main(["--db", url, "unmerge", str(log_id)]) == 0
    assert snapshot(db) == before
    assert main(["--db", url, "merge", "1", "2", "--keep", "colour=B"]) == 1
    assert "no field 'colour'" in capsys.readouterr().err


RICH = 6  # the demo's first accounts get every kind of fact a merge must carry
DAY = dt.date(2026, 6, 15)


def _enrich(db: Database) -> None:
    """Give the demo's first accounts (and their contacts) what the demo lacks or has
    for a few only: captured touchpoints (the same meeting in two accounts, too), tasks,
    perk grants, insight shares with a contact, ring history, a dismissed suggestion and
    a dismissed duplicate pair about them, a setting."""
    with db.transaction() as session:
        perk = session.scalars(select(Perk).order_by(Perk.id)).first()
        insight_id = session.scalar(select(func.min(Insight.id)))
        for account_id in range(1, RICH + 1):
            account = session.get(Account, account_id)
            assert account is not None
            contact = session.scalars(
                select(Contact).where(Contact.account_id == account_id).order_by(Contact.id)
            ).first()
            contact_id = contact.id if contact else None
            session.add_all([
                Touchpoint(
                    account_id=account_id, contact_id=contact_id, kind=TouchpointKind.MEETING,
                    direction=Direction.TWO_WAY, occurred_on=DAY - dt.timedelta(days=3),
                    source_key="ics:kickoff@example/", note="Kick-off (captured)",
                ),
                Touchpoint(
                    account_id=account_id, contact_id=contact_id, kind=TouchpointKind.EMAIL,
                    direction=Direction.INBOUND, occurred_on=DAY - dt.timedelta(days=account_id),
                    source_key=f"mail:<m{account_id}@example>", note="Captured mail",
                ),
                Task(
                    account_id=account_id, title=f"Call back {account_id}", due_on=DAY,
                    source="manual", note="", created_at=dt.datetime(2026, 6, 1, 9),
                ),
                RingChange(
                    account_id=account_id, from_ring_id=account.ring_id,
                    to_ring_id=account.ring_id, reason="checked by hand",
                    changed_on=DAY - dt.timedelta(days=9), source=RingChangeSource.MANUAL,
                ),
                SuggestionState(
                    key=f"cadence:{account_id}", scope=0, account_id=account_id,
                    decision=SuggestionDecision.DISMISSED, fingerprint="x",
                    decided_at=dt.datetime(2026, 6, 3, 9),
                ),
                SuggestionState(
                    key=f"duplicate:account:{account_id}:{account_id + RICH}", scope=0,
                    account_id=account_id, decision=SuggestionDecision.DISMISSED,
                    fingerprint="y", decided_at=dt.datetime(2026, 6, 3, 9),
                ),
            ])  # fmt: skip
            if perk is not None:
                session.add(PerkGrant(perk_id=perk.id, account_id=account_id, granted_on=DAY))
            if insight_id is not None:
                session.add(
                    InsightShare(
                        insight_id=insight_id, account_id=account_id, contact_id=contact_id,
                        shared_on=DAY, detail_level="full", answer="",
                    )
                )  # fmt: skip
        session.add(Setting(key="duplicates.phone_region", value='"DE"'))


def full_snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, the derived ones too (score history, fact summary, duplicate keys
    and pairs); the fact summary brought up to the day first (a merge's triggers drop
    the rows of both accounts, the next pass computes them again)."""
    fact_summary.refresh(db, DAY)
    tables = snapshot(db)
    with db.engine.connect() as conn:
        for t in DERIVED.sorted_tables:
            tables[t.name] = sorted(tuple(r) for r in conn.execute(select(t)))
    return tables


@pytest.fixture
def demo_ids(demo_db: Database) -> tuple[Database, list[int], list[int]]:
    _enrich(demo_db)
    check(demo_db)  # duplicate keys and pairs stored
    with demo_db.engine.connect() as conn:
        accounts = list(conn.scalars(select(Account.id).order_by(Account.id)))
        contacts = list(conn.scalars(select(Contact.id).order_by(Contact.id)))
    return demo_db, accounts, contacts


def _two(data: st.DataObject, ids: list[int], rich: list[int]) -> tuple[int, int]:
    """Two different ids, mostly of the rich records (every kind of fact on both sides)."""
    pool = data.draw(st.sampled_from([rich, rich, ids]))
    keep, other = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=2, unique=True))
    return keep, other


@pytest.mark.pg
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_merge_then_unmerge_is_the_identity(
    demo_ids: tuple[Database, list[int], list[int]], data: st.DataObject
) -> None:
    db, accounts, contacts = demo_ids
    kind = data.draw(st.sampled_from(["account", "contact"]))
    if kind == "account":
        keep, other = _two(data, accounts, accounts[:RICH])
    else:
        with db.engine.connect() as conn:
            rich = list(
                conn.scalars(
                    select(Contact.id).where(Contact.account_id <= RICH).order_by(Contact.id)
                )
            )
        keep, other = _two(data, contacts, rich)
    fields = ACCOUNT_FIELDS if kind == "account" else CONTACT_FIELDS
    choose = data.draw(
        st.dictionaries(st.sampled_from(sorted(fields)), st.sampled_from(["keep", "other"]))
    )
    before = full_snapshot(db)
    result = merge(db, kind, keep, other, choose, confirmed=True)
    assert full_snapshot(db) != before
    unmerge(db, result.log_id)
    assert full_snapshot(db) == before


def test_a_meeting_captured_in_both_accounts_is_kept_once_and_comes_back(db: Database) -> None:
    import datetime as dt

    from circlesoftrust.vocabulary import Direction, TouchpointKind

    acc.create_account(db, "Alder Legal AG")
    acc.create_account(db, "Alder Legal")
    with db.transaction() as session:
        for account_id in (1, 2):
            session.add(
                Touchpoint(
                    account_id=account_id, kind=TouchpointKind.MEETING,
                    direction=Direction.TWO_WAY, occurred_on=dt.date(2026, 5, 4),
                    source_key="ics:abc@example/", note="Kick-off",
                )
            )  # fmt: skip
    before = snapshot(db)
    result = merge(db, "account", 1, 2)
    assert dict(result.removed) == {"touchpoints": 1}
    unmerge(db, result.log_id)
    assert snapshot(db) == before


def test_a_merge_speaks_the_users_language(db: Database) -> None:
    """What the merge dialog and the merge log show: field names and the rows moved in
    the user's language (they were English in every language: "Industry", "moved 1
    touchpoints")."""
    from circlesoftrust import i18n
    from circlesoftrust.duplicates.merge import rows_in_words

    _two_companies(db)
    i18n.set_language("nl")
    preview = preview_merge(db, "account", 1, 2)
    labels = {c.field: c.label for c in preview.fields}
    assert (labels["name"], labels["industry"], labels["ring_id"]) == ("naam", "branche", "cirkel")
    words = rows_in_words(preview.moves)
    assert "1 contactpersoon" in words and "1 contactmoment" in words, words
    assert "touchpoint" not in words and "_" not in words
    result = merge(db, "account", 1, 2, {}, confirmed=True)
    assert "verplaatst" in result.summary and "moved" not in result.summary, result.summary
    i18n.set_language("de")
    contact = preview_merge(db, "contact", 1, 2)
    assert {c.field: c.label for c in contact.fields}["title"] == "Position"


def test_the_cli_merge_preview_reads_in_german(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """`merge --dry-run` in German: fields, what moves, what differs (was "moves to A: 1
    touchpoints", "differs" in every language)."""
    _two_companies(db)
    url = str(db.url.database)
    assert main(["--lang", "de", "--db", url, "merge", "1", "2", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 Kontaktpunkt" in out and "Branche" in out and "unterscheidet sich" in out, out
    for english in ("moves to", "touchpoints", "differs", "industry"):
        assert english not in out, english


@pytest.mark.pg
def test_an_unmerge_is_undone_and_redone_like_any_action(db: Database) -> None:
    """Recent Merges → Unmerge, then Ctrl+Z: the two are one again, exactly as after the
    merge; Ctrl+Y splits them again (an unmerge wrote its rows unnamed: "changed
    everything", nothing to undo)."""
    from circlesoftrust import operations

    _two_companies(db)
    result = merge(db, "account", 1, 2)
    merged = _unversioned(db)
    done = operations.perform(db, "Unmerge", lambda: unmerge(db, result.log_id))
    assert done.undo is not None and not done.changes.everything
    split = _unversioned(db)
    assert split != merged
    operations.undo(db, done.undo)
    assert _unversioned(db) == merged
    operations.redo(db, done.undo)
    assert _unversioned(db) == split


def _unversioned(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the logs, without the rows' edit counters (an undo bumps a row's
    ``version`` on purpose: a form opened before it must not save over it)."""
    with db.engine.connect() as conn:
        return {
            t.name: sorted(
                tuple(v for c, v in zip(t.columns, r, strict=True) if c.name != "version")
                for r in conn.execute(select(t))
            )
            for t in Base.metadata.sorted_tables
            if t.name not in LOGS
        }
