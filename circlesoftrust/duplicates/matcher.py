"""The duplicate matcher for imports: who an incoming card may be, with the pass's scores.

An importer registers every person it knows (from the database and earlier in the file)
with :meth:`PeopleIndex.add`, then asks :meth:`PeopleIndex.best` for each new card. Only
people that share a name block (the same blocks as the duplicate pass) in the card's
account, or a phone number's last seven digits anywhere, are scored — so a card costs a
few comparisons, not one per person in the book; phone numbers are parsed to E.164 only
when their digits already agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol

from circlesoftrust.duplicates import keys as k
from circlesoftrust.duplicates.candidates import (
    ContactKeyRow,
    contact_pair_score,
    name_block_set,
    name_similarity,
)

__all__ = ["Match", "PeopleIndex", "Person"]

_NOT_DIGIT = re.compile(r"\D")


class Person(Protocol):
    name: str
    email: str | None
    phone: str | None
    account_key: str


@dataclass(frozen=True)
class Match:
    person: Person
    score: int
    reasons: tuple[str, ...]
    same_account: bool
    # Enough to merge without asking: a shared e-mail or phone, or the same name up to a
    # nickname or the order of its parts. A spelling slip alone ("Person Number4" /
    # "Person Number44": 93 %) never is.
    certain: bool = False

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def _tail(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = _NOT_DIGIT.sub("", phone)
    return digits[-7:] if len(digits) >= 3 else None


class PeopleIndex:
    """People by account and by the tail of their phone number."""

    def __init__(self, region: str | None) -> None:
        self.region = region
        # Candidates by (account, name block): a person is compared only with the people
        # of the account whose name shares a block with theirs (the blocks the pair
        # score needs anyway). Scanning the whole account made an import of one big
        # company quadratic (issue 12, point 6).
        self._by_block: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self._by_tail: dict[str, list[Person]] = defaultdict(list)
        self._blocks: dict[int, frozenset[str]] = {}
        self._tails: dict[int, str | None] = {}

    def add(self, person: Person) -> None:
        """Register ``person`` (again after its name or phone was filled: they count)."""
        key = id(person)
        blocks = name_block_set(k.name_key(person.name))
        known = self._blocks.get(key, frozenset())
        if not blocks <= known:
            self._blocks[key] = known | blocks
            for block in blocks - known:
                self._by_block[(person.account_key, block)].append(person)
        tail = _tail(person.phone)
        if tail is not None and self._tails.get(key) != tail:
            self._tails[key] = tail
            self._by_tail[tail].append(person)

    def best(
        self, name: str, emails: list[str], phones: list[str], account_key: str
    ) -> Match | None:
        """The likeliest person this card is (highest score), or None."""
        name_key = k.name_key(name)
        blocks = name_block_set(name_key)
        tails = {t for t in map(_tail, phones) if t is not None}
        found: dict[int, Person] = {}
        for block in blocks:
            for person in self._by_block.get((account_key, block), ()):
                found[id(person)] = person
        for tail in tails:  # (any account: a person of this one with that tail too)
            for person in self._by_tail.get(tail, ()):
                found[id(person)] = person
        best: Match | None = None
        for person in found.values():
            match = self._score(person, name, name_key, emails, phones, tails, account_key)
            if best is None or match.score > best.score:
                best = match
        return best

    def _score(
        self,
        person: Person,
        name: str,
        name_key: k.NameKey,
        emails: list[str],
        phones: list[str],
        tails: set[str],
        account_key: str,
    ) -> Match:
        their_email = k.email_key(person.email)
        my_email = next(
            (e for e in map(k.email_key, emails) if e == their_email),
            k.email_key(emails[0]) if emails else None,
        )
        their_phone = my_phone = None
        if _tail(person.phone) in tails:  # digits agree: worth parsing both
            their_phone = k.phone_key(person.phone, self.region)
            keys = [k.phone_key(p, self.region) for p in phones]
            my_phone = their_phone if their_phone in keys else None
        same = person.account_key == account_key
        theirs = k.name_key(person.name)
        score, reasons = contact_pair_score(
            ContactKeyRow(theirs, their_email, their_phone),
            ContactKeyRow(name_key, my_email, my_phone),
            same_account=same,
            names=(person.name, name),
        )
        strong = bool(their_email and their_email == my_email) or bool(
            their_phone and their_phone == my_phone
        )
        likeness, note = name_similarity(theirs, name_key)
        certain = strong or (likeness == 100 and note in (None, "nickname", "swapped"))
        return Match(person, score, reasons, same, certain)
