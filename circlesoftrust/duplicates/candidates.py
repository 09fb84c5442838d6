"""Likely duplicates: a blocked pass over normalised keys, then names scored.

1. The key tables (``contact_keys``, ``account_keys``) are brought up to date: rows whose
   source values differ from the contact's or account's (or from the keys' version and
   phone region) are recomputed (one query finds them), so a second pass parses nothing.
2. Blocking: normalised e-mail, E.164 phone, each full form of the first name + family
   name (Bob and Robert meet in "robert|smith"), initial + family name, and the two
   phonetic name skeletons in either order; accounts by name without legal form, its
   skeleton and website. Per key one ``GROUP BY`` finds the values shared by 2..cap
   rows; a self-join on those values gives the pairs, already filtered in SQL to those
   that can matter (same account, same e-mail or phone, or the same name). A value
   shared by more than the cap (a switchboard number, "John Smith" forty times) says
   nothing about any one pair and is skipped (and counted), so no step is quadratic in
   the size of the book: pairs are at most ``cap`` per member of a block.
3. Each candidate pair is scored with ``rapidfuzz`` on the folded names and carries its
   reasons in plain words. Shared e-mail or phone is strong evidence; across two
   accounts a name alone counts only when it is the same name (namesakes at two firms
   are common), and such pairs are never merged automatically.

Pairs the user dismissed ("not the same") stay hidden while both sides are unchanged:
the dismissal (a ``suggestion_states`` row keyed ``duplicate:contact:12:34``) keeps a
digest of both sides' names, e-mails, phones and accounts.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    Table,
    and_,
    delete,
    func,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import KeyedColumnElement
from sqlalchemy.sql.expression import FromClause

from circlesoftrust.duplicates import keys as k
from circlesoftrust.duplicates.key_tables import (
    KEYS_VERSION,
    PHONE_REGION_SETTING,
    ContactKeyRow,
    KeyChanges,
    _chunks,
    contact_keys_of,
    load_phone_region,
    name_block_set,
    refresh_in_steps,
    refresh_key_tables,
    refresh_keys,
    save_phone_region,
)
from circlesoftrust.duplicates.pair_scores import (
    account_pair_score,
    contact_pair_score,
    name_similarity,
    org_similarity,
)
from circlesoftrust.fast_insert import bulk_insert
from circlesoftrust.i18n import N_, Phrase
from circlesoftrust.models import (
    Account,
    Contact,
    SuggestionState,
    account_keys,
    contact_name_blocks,
    known_user_id,
    session_user_id,
)
from circlesoftrust.models import contact_keys as contact_keys_table
from circlesoftrust.storage import Database
from circlesoftrust.vocabulary import SuggestionDecision

# Re-exported from the modules this one was split into (key_tables, pair_scores).
__all__ = [
    "BLOCK_CAP",
    "HIGH_SCORE",
    "KEYS_VERSION",
    "MIN_SCORE",
    "PHONE_REGION_SETTING",
    "ContactKeyRow",
    "DuplicatePair",
    "DuplicateReport",
    "KeyChanges",
    "account_pair_score",
    "contact_keys_of",
    "contact_pair_score",
    "find_duplicates",
    "find_in_connection",
    "load_phone_region",
    "name_block_set",
    "name_similarity",
    "org_similarity",
    "pair_fingerprint",
    "pair_id",
    "refresh_in_steps",
    "refresh_key_tables",
    "refresh_keys",
    "save_phone_region",
]

# A pair at or above HIGH_SCORE is "the same person" for an import (merged into the one
# there, within one account only); from MIN_SCORE it is offered for review.
HIGH_SCORE = 90
MIN_SCORE = 75
# Largest block compared pair by pair (see the module doc).
BLOCK_CAP = 40


@dataclass(frozen=True)
class DuplicatePair:
    """Two contacts (or two accounts) that may be one, with why we think so.

    ``first_id`` < ``second_id``. For accounts the ``*_account`` fields repeat the names.
    """

    id: str  # "duplicate:contact:12:34": the key a dismissal is stored under
    kind: str  # contact | account
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    first_account_id: int
    second_account_id: int
    first_account: str
    second_account: str
    score: int
    reasons: tuple[str, ...]
    fingerprint: str

    @property
    def same_account(self) -> bool:
        return self.first_account_id == self.second_account_id

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class DuplicateReport:
    pairs: tuple[DuplicatePair, ...]
    contacts: int
    accounts: int
    keys_refreshed: int  # key rows (re)computed by this pass
    dismissed: int  # pairs hidden because the user said "not the same"
    skipped_blocks: int  # blocks over the cap, not compared pair by pair
    skipped_examples: tuple[str, ...]  # a few of them, in words


def pair_id(kind: str, a: int, b: int) -> str:
    low, high = (a, b) if a < b else (b, a)
    return f"duplicate:{kind}:{low}:{high}"


def pair_fingerprint(*sides: Iterable[object]) -> str:
    """A digest of both sides' compared values: a dismissal holds until one changes."""
    text = "\x1f".join("\x1e".join(map(str, side)) for side in sides)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


# -------------------------------------------------------------------------------- blocks


def _dismissed(session: Session) -> dict[str, str]:
    """The pairs this user said are not the same (with the digest they said it of)."""
    me = known_user_id(session)
    return {
        key: mark
        for key, mark in session.execute(
            select(SuggestionState.key, SuggestionState.fingerprint).where(
                SuggestionState.key.like("duplicate:%"),
                SuggestionState.decision == SuggestionDecision.DISMISSED,
                SuggestionState.scope.in_((0,) if me is None else (0, me)),
            )
        )
    }


@dataclass
class _Counts:
    dismissed: int = 0
    skipped: int = 0
    examples: list[str] | None = None

    def skip(self, label: str, too_big: list[tuple[str, int]]) -> None:
        self.skipped += len(too_big)
        if self.examples is None:
            self.examples = []
        for block, n in too_big:
            if block and len(self.examples) < 5:
                self.examples.append(Phrase(_SHARED_KEY[label], n=n, key=block))


# What a block too big to compare shares (a check's skipped examples, stored as phrases).
_SHARED_KEY = {
    "e-mail": N_("{n} e-mails share the key {key!r}"),
    "phone": N_("{n} phones share the key {key!r}"),
    "name": N_("{n} names share the key {key!r}"),
    "account": N_("{n} accounts share the key {key!r}"),
}


def _pairs_of(
    members: Iterable[tuple[Any, int]],
    cap: int,
    pairs: set[tuple[int, int]],
    only: Collection[int] | None = None,
) -> None:
    """Every pair (ids ascending) within each block; ``members`` are (block, id) rows of
    blocks with 2..cap members. ``only``: the pairs with at least one side in it."""
    blocks: dict[Any, list[int]] = defaultdict(list)
    for block, member in members:
        blocks[block].append(member)
    for ids in blocks.values():
        if len(ids) > cap:  # (a block grown since it was counted)
            continue
        ids.sort()
        for i in range(len(ids) - 1):
            a = ids[i]
            for b in ids[i + 1 :]:
                if a != b and (only is None or a in only or b in only):
                    pairs.add((a, b))


def _temporary(conn: Connection, name: str, columns: Sequence[tuple[str, Any]]) -> Table:
    """An empty temporary table (made once per connection)."""
    table = Table(
        name,
        MetaData(),
        *(Column(column, kind, primary_key=True) for column, kind in columns),
        prefixes=["TEMPORARY"],
    )
    table.create(conn, checkfirst=True)
    conn.execute(delete(table))
    return table


def _blocked_pairs(
    conn: Connection,
    key_table: FromClause,
    id_column: KeyedColumnElement[Any],
    keys: Sequence[KeyedColumnElement[Any]],
    cap: int,
    label: str,
    out: _Counts,
    pairs: set[tuple[int, int]],
    only: frozenset[int] | None = None,
) -> None:
    """The pairs of rows that share the value(s) of ``keys``, for the values shared by
    2..cap rows: one ``GROUP BY`` (an ordered scan of the key's index) finds them, the
    crowded ones are counted; a join on a temporary table of the shared values reads
    their members, and Python pairs them up (a block holds at most ``cap``).

    ``only``: just the blocks the given rows are in, and the pairs with one of them (an
    incremental check: see :func:`_blocks_of`)."""
    present = and_(*(key.is_not(None) for key in keys))
    if only is not None:
        _blocks_of(conn, key_table, id_column, keys, present, cap, label, out, pairs, only)
        return
    count = func.count()
    shared: list[tuple[Any, ...]] = []
    too_big: list[tuple[str, int]] = []
    names = [f"k{i}" for i in range(len(keys))]
    columns = [(name, key.type) for name, key in zip(names, keys, strict=True)]
    grouped = select(*keys, count).where(present)
    for *values, n in conn.execute(grouped.group_by(*keys).having(count >= 2)).all():
        if n <= cap:
            shared.append(tuple(values))
        else:
            too_big.append((str(values[-1]), int(n)))
    too_big.sort(key=lambda b: -b[1])
    out.skip(label, too_big)
    if not shared:
        return
    wanted = _temporary(conn, f"duplicate_blocks_{len(keys)}_{keys[-1].key}", columns)
    bulk_insert(conn, wanted, names, shared)
    on = and_(*(key == wanted.c[name] for name, key in zip(names, keys, strict=True)))
    rows = conn.execute(select(id_column, *keys).select_from(wanted.join(key_table, on)))
    _pairs_of(((tuple(row[1:]), row[0]) for row in rows), cap, pairs)


def _blocks_of(
    conn: Connection,
    key_table: FromClause,
    id_column: KeyedColumnElement[Any],
    keys: Sequence[KeyedColumnElement[Any]],
    present: Any,
    cap: int,
    label: str,
    out: _Counts,
    pairs: set[tuple[int, int]],
    only: frozenset[int],
) -> None:
    """The blocks of the rows ``only`` and the pairs with one of them: their key values
    by id, then every member of those values by the key's leading column (index
    look-ups: the account for name blocks, the family name for the same name), matched
    in Python. No scan of the whole table, whatever the planner makes of a join."""
    mine: set[tuple[Any, ...]] = set()
    for chunk in _chunks(sorted(only)):
        mine.update(
            tuple(row) for row in conn.execute(select(*keys).where(present, id_column.in_(chunk)))
        )
    if not mine:
        return
    members: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for chunk in _chunks(sorted({value[0] for value in mine})):
        for row in conn.execute(select(id_column, *keys).where(present, keys[0].in_(chunk))):
            value = tuple(row[1:])
            if value in mine:
                members[value].append(row[0])
    too_big = [(str(value[-1]), len(ids)) for value, ids in members.items() if len(ids) > cap]
    too_big.sort(key=lambda b: -b[1])
    out.skip(label, too_big)
    _pairs_of(
        ((value, member) for value, ids in members.items() for member in ids), cap, pairs, only
    )


def _contact_pairs(
    conn: Connection,
    cap: int,
    min_score: int,
    dismissed: dict[str, str],
    out: _Counts,
    only: Collection[int] | None = None,
) -> list[DuplicatePair]:
    """Candidate pairs: the same e-mail or phone anywhere; within one account, a shared
    name block (initial + family name, the two skeletons, a full form of the given name
    + family name); across accounts, the same given and family name (namesakes at two
    firms are common, so nothing weaker). Each is one ``GROUP BY`` on an index: the
    account leads the name blocks' indexes, so blocks never span the whole book. Only
    the contacts in those pairs are read into Python."""
    ck = contact_keys_table
    nb = contact_name_blocks
    candidates: set[tuple[int, int]] = set()
    cid, bid = ck.c.contact_id, nb.c.contact_id
    specs: tuple[tuple[FromClause, KeyedColumnElement[Any], tuple[Any, ...], str], ...] = (
        (ck, cid, (ck.c.email_key,), "e-mail"),
        (ck, cid, (ck.c.phone_key,), "phone"),
        (ck, cid, (ck.c.account_id, ck.c.block_initial), "name"),
        (ck, cid, (ck.c.account_id, ck.c.block_swap), "name"),
        (nb, bid, (nb.c.account_id, nb.c.block), "name"),
        (ck, cid, (ck.c.last, ck.c.first), "name"),
    )
    marked = None if only is None else frozenset(only)
    for table, id_column, keys, label in specs:
        if keys[0] is ck.c.last:
            # The same name across accounts; a contact without given or family name has
            # nothing to compare but e-mail and phone.
            table = ck.select().where(ck.c.first != "", ck.c.last != "").subquery("named")
            keys = (table.c.last, table.c.first)
            id_column = table.c.contact_id
        _blocked_pairs(conn, table, id_column, keys, cap, label, out, candidates, marked)
    if not candidates:
        return []
    people: dict[int, Any] = {}
    wanted_ids = sorted({x for pair in candidates for x in pair})
    for chunk in _chunks(wanted_ids):
        for row in conn.execute(
            select(
                ck.c.contact_id, Contact.account_id, ck.c.name, ck.c.email, ck.c.phone,
                ck.c.first, ck.c.middle, ck.c.last, ck.c.email_key, ck.c.phone_key,
            )
            .select_from(ck.join(Contact.__table__, Contact.id == ck.c.contact_id))
            .where(ck.c.contact_id.in_(chunk))
        ):  # fmt: skip
            people[row[0]] = row
    keyrows = {
        cid: ContactKeyRow(k.NameKey(r[5], r[6], r[7]), r[8], r[9]) for cid, r in people.items()
    }
    scored: list[tuple[int, int, int, tuple[str, ...]]] = []
    for a, b in candidates:
        if a not in people or b not in people:
            continue
        pa, pb = people[a], people[b]
        same = pa[1] == pb[1]
        score, reasons = contact_pair_score(
            keyrows[a], keyrows[b], same_account=same, names=(pa[2], pb[2]), emails=(pa[3], pb[3])
        )
        if score >= min_score:
            scored.append((a, b, score, reasons))
    account_names = _account_names(conn, {people[x][1] for a, b, *_ in scored for x in (a, b)})
    pairs = []
    for a, b, score, reasons in scored:
        pa, pb = people[a], people[b]
        if pa[1] != pb[1]:
            reasons = (
                *reasons[:-1],
                Phrase(
                    N_("in different accounts: {a} / {b}"),
                    a=account_names[pa[1]],
                    b=account_names[pb[1]],
                ),
            )
        key = pair_id("contact", a, b)
        mark = pair_fingerprint(pa[1:5], pb[1:5])
        if dismissed.get(key) == mark:
            out.dismissed += 1
            continue
        pairs.append(
            DuplicatePair(
                key, "contact", a, b, pa[2], pb[2], pa[1], pb[1],
                account_names[pa[1]], account_names[pb[1]], score, reasons, mark,
            )
        )  # fmt: skip
    return pairs


def _account_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    wanted = sorted(set(ids))
    for chunk in _chunks(wanted):
        names.update(
            {
                i: n
                for i, n in conn.execute(
                    select(Account.id, Account.name).where(Account.id.in_(chunk))
                )
            }
        )
    return names


def _account_pairs(
    conn: Connection,
    cap: int,
    min_score: int,
    dismissed: dict[str, str],
    out: _Counts,
    only: Collection[int] | None = None,
) -> list[DuplicatePair]:
    """Accounts sharing the name without legal form, its skeleton or the website: one
    ``GROUP BY`` per key on its index; only the accounts in pairs are read."""
    ak = account_keys
    candidates: set[tuple[int, int]] = set()
    marked = None if only is None else frozenset(only)
    for column in (ak.c.org_key, ak.c.org_skeleton, ak.c.website_key):
        present = ak.select().where(column != "").subquery("present")
        _blocked_pairs(
            conn, present, present.c.account_id, (present.c[column.name],), cap, "account", out,
            candidates, marked,
        )  # fmt: skip
    orgs: dict[int, Any] = {}
    wanted_ids = sorted({x for pair in candidates for x in pair})
    for chunk in _chunks(wanted_ids):
        for row in conn.execute(
            select(ak.c.account_id, ak.c.name, ak.c.website, ak.c.org_key, ak.c.website_key)
            .where(ak.c.account_id.in_(chunk))
        ):  # fmt: skip
            orgs[row[0]] = row
    pairs = []
    for a, b in candidates:
        if a not in orgs or b not in orgs:
            continue
        oa, ob = orgs[a], orgs[b]
        score, reasons = account_pair_score((oa[1], oa[3], oa[4]), (ob[1], ob[3], ob[4]))
        if score < min_score:
            continue
        key = pair_id("account", a, b)
        mark = pair_fingerprint(oa[1:3], ob[1:3])
        if dismissed.get(key) == mark:
            out.dismissed += 1
            continue
        pairs.append(
            DuplicatePair(
                key, "account", a, b, oa[1], ob[1], a, b, oa[1], ob[1], score, reasons, mark
            )
        )
    return pairs


def find_in_connection(
    conn: Connection,
    *,
    region: str | None,
    cap: int = BLOCK_CAP,
    min_score: int = MIN_SCORE,
    kinds: tuple[str, ...] = ("contact", "account"),
    dismissed: dict[str, str] | None = None,
    refresh: bool = True,
    only_contacts: Collection[int] | None = None,
    only_accounts: Collection[int] | None = None,
) -> DuplicateReport:
    """The pass inside the caller's transaction (``dismissed``: pair id -> digest of the
    pairs to leave out; ``refresh``: bring the key tables up to date first;
    ``only_contacts`` / ``only_accounts``: just the pairs with one of these, an
    incremental check after those rows changed)."""
    refreshed = refresh_keys(conn, region) if refresh else 0
    dismissed = dismissed or {}
    counts = _Counts()
    pairs: list[DuplicatePair] = []
    if "account" in kinds and (only_accounts is None or only_accounts):
        pairs += _account_pairs(conn, cap, min_score, dismissed, counts, only_accounts)
    if "contact" in kinds and (only_contacts is None or only_contacts):
        pairs += _contact_pairs(conn, cap, min_score, dismissed, counts, only_contacts)
    pairs.sort(key=lambda p: (-p.score, p.kind, p.first_id, p.second_id))
    return DuplicateReport(
        pairs=tuple(pairs),
        contacts=conn.scalar(select(func.count()).select_from(Contact)) or 0,
        accounts=conn.scalar(select(func.count()).select_from(Account)) or 0,
        keys_refreshed=refreshed,
        dismissed=counts.dismissed,
        skipped_blocks=counts.skipped,
        skipped_examples=tuple(counts.examples or ()),
    )


def find_duplicates(
    db: Database,
    *,
    cap: int = BLOCK_CAP,
    min_score: int = MIN_SCORE,
    kinds: tuple[str, ...] = ("contact", "account"),
) -> DuplicateReport:
    """Every likely duplicate pair of contacts and of accounts, best first (the key tables
    are brought up to date first, in steps: :func:`refresh_in_steps`)."""
    with db.transaction() as session:
        region = load_phone_region(session.connection())
    refreshed = refresh_in_steps(db, region).count  # parsed with no lock held
    with db.transaction() as session:
        report = find_in_connection(
            session.connection(), region=region, cap=cap, min_score=min_score, kinds=kinds,
            dismissed=_dismissed(session), refresh=False,
        )  # fmt: skip
    return dataclasses.replace(report, keys_refreshed=refreshed)


def dismiss_pair(db: Database, pair: DuplicatePair) -> None:
    """ "Not the same": hide the pair from this user while both sides stay as they are."""
    with db.transaction(write=True) as session:
        scope = session_user_id(session)
        row = session.scalar(
            select(SuggestionState).where(
                SuggestionState.key == pair.id, SuggestionState.scope == scope
            )
        )
        if row is None:
            row = SuggestionState(key=pair.id, scope=scope)
            session.add(row)
        row.account_id = pair.first_account_id
        row.decision = SuggestionDecision.DISMISSED
        row.until_on = None
        row.fingerprint = pair.fingerprint
        row.decided_by_id = scope
