"""Two users interleaving their work, found by hypothesis: after every step the rules of
``check`` hold (no move made twice, no doubled task, no e-mail on two contacts), no save
overwrote work its author had not seen, and no accept was carried out twice."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from circlesoftrust import integrity
from circlesoftrust.demo import generate_demo
from circlesoftrust.engine import accepting
from circlesoftrust.engine import suggestions as sg
from circlesoftrust.engine.accepting import AlreadyDoneError
from circlesoftrust.errors import ConflictError, NotFoundError
from circlesoftrust.models import RingChange
from circlesoftrust.services import accounts, rings
from circlesoftrust.storage import open_database
from circlesoftrust.team import StaleEditError
from tests.conftest import DEMO_DAY

USERS = st.sampled_from(("anna", "bob"))
PICK = st.integers(min_value=0, max_value=1_000)
EMAILS = st.sampled_from([f"shared{i}@example.com" for i in range(4)])
NOTES = st.text(alphabet="abc xyz", max_size=12)


class TwoUsers(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cot-two-users-"))
        path = self.folder / "shared.sqlite"
        self.db = {user: open_database(path, user=user) for user in ("anna", "bob")}
        # What each user's open edit form showed: account id -> (version, notes).
        self.forms: dict[tuple[str, int], int] = {}
        self.notes: dict[int, str] = {}
        self.accepted: set[str] = set()

    @initialize()
    def example_business(self) -> None:
        generate_demo(self.db["anna"], accounts=12, seed=5, today=DEMO_DAY)
        self.ids = [a.id for a in accounts.list_accounts(self.db["anna"])]
        self.notes = {i: accounts.get_account(self.db["anna"], i).notes for i in self.ids}

    def teardown(self) -> None:
        for db in self.db.values():
            db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _account(self, pick: int) -> int:
        return self.ids[pick % len(self.ids)]

    @rule(user=USERS, pick=PICK)
    def open_edit_form(self, user: str, pick: int) -> None:
        account = self._account(pick)
        self.forms[(user, account)] = accounts.get_account(self.db[user], account).version

    @rule(user=USERS, pick=PICK, notes=NOTES)
    def save_edit_form(self, user: str, pick: int, notes: str) -> None:
        account = self._account(pick)
        seen = self.forms.pop((user, account), None)
        if seen is None:
            return
        current = accounts.get_account(self.db[user], account).version
        try:
            accounts.update_account(self.db[user], account, notes=notes, expected_version=seen)
        except StaleEditError as refused:
            assert current != seen, "refused although nobody changed it"
            assert refused.version == current
            return
        assert current == seen, "a stale form was saved over newer work"
        self.notes[account] = notes.strip()

    @rule(user=USERS, pick=PICK)
    def accept_a_suggestion(self, user: str, pick: int) -> None:
        inbox = sg.suggest(self.db[user], DEMO_DAY)
        if not inbox:
            return
        item = inbox[pick % len(inbox)]
        moves = self._moves()
        accepting.accept(self.db[user], item.id, DEMO_DAY)
        self.accepted.add(item.id)
        # The other user, a moment later, on the same facts: told, nothing changes.
        other = "bob" if user == "anna" else "anna"
        after = self._moves()
        with pytest.raises((AlreadyDoneError, NotFoundError)):
            accepting.accept(self.db[other], item.id, DEMO_DAY)
        assert self._moves() == after
        assert after - moves == (1 if item.kind in ("promote", "demote") else 0)

    @rule(user=USERS, pick=PICK, email=EMAILS)
    def add_a_contact(self, user: str, pick: int, email: str) -> None:
        try:
            accounts.add_contact(self.db[user], self._account(pick), f"Person {pick}", email=email)
        except ConflictError as refused:
            assert "already has e-mail" in str(refused)

    @rule(user=USERS, pick=PICK)
    def move_by_hand(self, user: str, pick: int) -> None:
        account = self._account(pick)
        ring = pick % 5
        try:
            rings.move_account(self.db[user], account, ring, reason="by hand", on=DEMO_DAY)
        except ConflictError as refused:
            assert "already in" in str(refused)

    def _moves(self) -> int:
        with self.db["anna"].transaction() as session:
            return int(session.scalar(select(func.count()).select_from(RingChange)) or 0)

    @invariant()
    def nothing_lost_or_doubled(self) -> None:
        if not hasattr(self, "ids"):
            return
        report = integrity.run_checks(self.db["anna"])
        assert report.ok, [(r.name, r.problems) for r in report.results if not r.ok]
        for account, notes in self.notes.items():
            assert accounts.get_account(self.db["bob"], account).notes == notes


TwoUsers.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_two_users_interleaved = TwoUsers.TestCase
