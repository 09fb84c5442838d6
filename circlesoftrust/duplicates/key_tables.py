"""The duplicate pass's key tables: every contact's and account's normalised keys, kept
up to date so a pass compares stored keys instead of parsing every name and number again.

Rows whose source values (or the keys' version, or the phone region) differ from the
contact's or account's are recomputed; rows of deleted contacts and accounts go. The
phone region setting lives here too: national numbers are read in it.
(Split out of :mod:`.candidates`, which re-exports these names.)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Table, delete, func, or_, select
from sqlalchemy.orm import Session

from circlesoftrust.duplicates import keys as k
from circlesoftrust.fast_insert import bulk_insert
from circlesoftrust.i18n import _
from circlesoftrust.models import (
    Account,
    Contact,
    Setting,
    account_keys,
    contact_name_blocks,
)
from circlesoftrust.models import contact_keys as contact_keys_table
from circlesoftrust.storage import Database

PHONE_REGION_SETTING = "duplicates.phone_region"
# Raised whenever the keys are computed differently: stored key rows are then recomputed.
KEYS_VERSION = (
    6  # 5: Nordic letters, German/Dutch short forms, family-name words, mailbox; 6: AB first
)
_CHUNK = 500
# Contacts whose keys are written per write transaction by refresh_in_steps: another
# writer waits ~0.3 s at most (the busy timeout is 5 s); fewer steps would save commits
# (each ends with a WAL sync: 117 steps of 5,000 cost 10 s of a 100k book's first check).
STEP = 10_000


# ------------------------------------------------------------------------------ settings


def load_phone_region(session: Session | Connection) -> str | None:
    """The region national phone numbers are read in: the setting, else the locale's."""
    raw = session.scalar(select(Setting.value).where(Setting.key == PHONE_REGION_SETTING))
    if raw:
        try:
            value = json.loads(raw)
        except ValueError:
            value = None
        if isinstance(value, str) and value.upper() in k.PHONE_REGIONS:
            return value.upper()
    return k.default_phone_region()


def save_phone_region(session: Session, region: str) -> str:
    from circlesoftrust.errors import ValidationError

    code = region.strip().upper()
    if code not in k.PHONE_REGIONS:
        raise ValidationError(
            "phone region", _("{region!r} is not a region code like DE or GB").format(region=region)
        )
    row = session.get(Setting, PHONE_REGION_SETTING)
    if row is None:
        session.add(Setting(key=PHONE_REGION_SETTING, value=json.dumps(code)))
    else:
        row.value = json.dumps(code)
    return code


# ------------------------------------------------------------------------------ key rows


@dataclass(frozen=True, slots=True)
class ContactKeyRow:
    """One contact's normalised keys (what ``contact_keys`` stores)."""

    name: k.NameKey
    email_key: str | None
    phone_key: str | None

    def blocks(self) -> tuple[str | None, str | None]:
        """(initial + family name: "J. Müller" meets "Jürgen Müller"; both skeletons
        sorted: "Jurgen Muller" meets "Jürgen Müller" and "Müller, Jürgen")."""
        n = self.name
        if not (n.first and n.last):
            return None, None
        last_skel = k.skeleton(n.last.replace(" ", ""))
        swap = "|".join(sorted((k.skeleton(n.first), last_skel))) if len(n.first) > 1 else None
        return f"{n.initial}|{n.last}", swap

    def name_blocks(self) -> tuple[str, ...]:
        """A full form of the given name + the family name, and + each word of a family
        name of several ("Ludwig von Mises" meets "Ludwig Mises", "Anna Müller-Lüdenscheidt"
        meets "Anna Müller Lüdenscheidt" and "Anna Lüdenscheidt")."""
        n = self.name
        if not (n.first and n.last):
            return ()
        lasts = dict.fromkeys((n.last, *k.family_words(n.last)))
        return tuple(f"{form}|{last}" for form in k.full_forms(n.first) for last in lasts)


@functools.lru_cache(maxsize=200_000)
def name_block_set(name: k.NameKey) -> frozenset[str]:
    """Every block a parsed name falls in (what two names must share to be compared)."""
    row = ContactKeyRow(name, None, None)
    return frozenset(b for b in (*row.blocks(), *row.name_blocks()) if b)


def contact_keys_of(
    name: str, email: str | None, phone: str | None, region: str | None
) -> ContactKeyRow:
    return ContactKeyRow(k.name_key(name), k.mailbox_key(email), k.phone_key(phone, region))


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stale_delete(conn: Connection, table: Table, key: Column[int], ids: list[int]) -> None:
    for chunk in _chunks(ids):
        conn.execute(delete(table).where(key.in_(chunk)))


def _has_orphans(
    conn: Connection, keys: Table, key_id: Column[int], source_id: Any, new: int
) -> bool:
    """Whether key rows of deleted rows are left: more key rows than source rows that
    have one (all but the ``new`` ones): two counts instead of an anti-join over every
    row. (Changed rows have a key row, so only new ones are left out.)"""
    stored = conn.scalar(select(func.count()).select_from(keys)) or 0
    sources = conn.scalar(select(func.count(source_id))) or 0
    return stored > sources - new


@dataclass
class KeyChanges:
    """What a key refresh found changed: rows (re)computed (new ones too) and rows gone."""

    contacts: set[int]
    contacts_gone: set[int]
    accounts: set[int]
    accounts_gone: set[int]

    @property
    def count(self) -> int:
        return len(self.contacts) + len(self.accounts)


def _orphans(conn: Connection, keys: Table, key_id: Column[int], source: Any) -> set[int]:
    """Ids of key rows whose contact (account) is gone."""
    return set(
        conn.scalars(select(key_id).where(~select(source.id).where(source.id == key_id).exists()))
    )


def refresh_keys(conn: Connection, region: str | None) -> int:
    """Bring both key tables up to date; return how many rows were (re)computed."""
    return refresh_key_tables(conn, region).count


def _stale_contacts(conn: Connection, region_text: str) -> list[Any]:
    """(id, name, email, phone, key row's id or None, account id) of contacts whose key
    row is missing or was computed from other values."""
    ck = contact_keys_table
    return list(
        conn.execute(
            select(
                Contact.id,
                Contact.name,
                Contact.email,
                Contact.phone,
                ck.c.contact_id,
                Contact.account_id,
            )
            .outerjoin(ck, ck.c.contact_id == Contact.id)
            .where(
                or_(
                    ck.c.contact_id.is_(None),
                    ck.c.account_id.is_distinct_from(Contact.account_id),
                    ck.c.name.is_distinct_from(Contact.name),
                    ck.c.email.is_distinct_from(Contact.email),
                    ck.c.phone.is_distinct_from(Contact.phone),
                    ck.c.region != region_text,
                )
            )
        ).all()
    )


def _stale_accounts(conn: Connection) -> list[Any]:
    ak = account_keys
    return list(
        conn.execute(
            select(Account.id, Account.name, Account.website, ak.c.account_id)
            .outerjoin(ak, ak.c.account_id == Account.id)
            .where(
                or_(
                    ak.c.account_id.is_(None),
                    ak.c.name.is_distinct_from(Account.name),
                    ak.c.website.is_distinct_from(Account.website),
                    ak.c.version != KEYS_VERSION,
                )
            )
        ).all()
    )


def _gone(conn: Connection, stale: list[Any], stale_acc: list[Any]) -> tuple[set[int], set[int]]:
    """Ids of key rows whose contact / account was deleted."""
    ck, ak = contact_keys_table, account_keys
    gone: set[int] = set()
    if _has_orphans(conn, ck, ck.c.contact_id, Contact.id, sum(1 for r in stale if r[4] is None)):
        gone = _orphans(conn, ck, ck.c.contact_id, Contact)
    accounts_gone: set[int] = set()
    new_accounts = sum(1 for r in stale_acc if r[3] is None)
    if _has_orphans(conn, ak, ak.c.account_id, Account.id, new_accounts):
        accounts_gone = _orphans(conn, ak, ak.c.account_id, Account)
    return gone, accounts_gone


def _delete_gone(conn: Connection, gone: set[int], accounts_gone: set[int]) -> None:
    ck, nb, ak = contact_keys_table, contact_name_blocks, account_keys
    _stale_delete(conn, ck, ck.c.contact_id, sorted(gone))
    _stale_delete(conn, nb, nb.c.contact_id, sorted(gone))
    _stale_delete(conn, ak, ak.c.account_id, sorted(accounts_gone))


def _contact_rows(
    stale: Sequence[Any], region: str | None, region_text: str
) -> tuple[list[tuple[Any, ...]], list[tuple[int, str, int]]]:
    """The key rows and name-block rows of ``stale`` contacts (the parsing: no database)."""
    rows = []
    name_rows: list[tuple[int, str, int]] = []
    for cid, name, email, phone, _old, account_id in stale:
        keyed = contact_keys_of(name, email, phone, region)
        n = keyed.name
        rows.append(
            (cid, account_id, name, email, phone, region_text, n.first, n.middle, n.last,
             keyed.email_key, keyed.phone_key, *keyed.blocks())
        )  # fmt: skip
        name_rows.extend((cid, block, account_id) for block in keyed.name_blocks())
    return rows, name_rows


def _write_contacts(
    conn: Connection, rows: list[tuple[Any, ...]], name_rows: list[tuple[int, str, int]]
) -> None:
    """Replace the key rows of these contacts (whatever another check wrote meanwhile)."""
    ck, nb = contact_keys_table, contact_name_blocks
    ids = [r[0] for r in rows]
    _stale_delete(conn, ck, ck.c.contact_id, ids)
    _stale_delete(conn, nb, nb.c.contact_id, ids)
    bulk_insert(
        conn,
        ck,
        ("contact_id", "account_id", "name", "email", "phone", "region", "first", "middle",
         "last", "email_key", "phone_key", "block_initial", "block_swap"),
        rows,
    )  # fmt: skip
    bulk_insert(conn, nb, ("contact_id", "block", "account_id"), name_rows)


def _account_rows(stale_acc: Sequence[Any]) -> list[tuple[Any, ...]]:
    acc_rows = []
    for aid, name, website, _old in stale_acc:
        key = k.org_key(name)
        acc_rows.append(
            (aid, name, website, KEYS_VERSION, key, k.skeleton(key), k.website_key(website))
        )
    return acc_rows


def _write_accounts(conn: Connection, acc_rows: list[tuple[Any, ...]]) -> None:
    ak = account_keys
    _stale_delete(conn, ak, ak.c.account_id, [r[0] for r in acc_rows])
    bulk_insert(
        conn,
        ak,
        ("account_id", "name", "website", "version", "org_key", "org_skeleton", "website_key"),
        acc_rows,
    )


def _changes(
    stale: list[Any], gone: set[int], stale_acc: list[Any], acc_gone: set[int]
) -> KeyChanges:
    return KeyChanges({r[0] for r in stale}, gone, {r[0] for r in stale_acc}, acc_gone)


def refresh_key_tables(conn: Connection, region: str | None) -> KeyChanges:
    """Bring both key tables up to date inside the caller's transaction; say which rows
    changed or went. (A whole book's keys take a minute at 100k contacts: where others
    may write meanwhile, :func:`refresh_in_steps` does it without holding the lock.)"""
    region_text = f"{KEYS_VERSION}:{region or ''}"
    stale, stale_acc = _stale_contacts(conn, region_text), _stale_accounts(conn)
    gone, accounts_gone = _gone(conn, stale, stale_acc)
    _delete_gone(conn, gone, accounts_gone)
    _write_contacts(conn, *_contact_rows(stale, region, region_text))
    _write_accounts(conn, _account_rows(stale_acc))
    return _changes(stale, gone, stale_acc, accounts_gone)


def refresh_in_steps(db: Database, region: str | None, step: int = STEP) -> KeyChanges:
    """Bring both key tables up to date without holding the write lock while parsing:
    the stale rows are read in one read transaction, their keys computed with no
    transaction open, and written ``step`` rows per short write transaction. A row
    edited meanwhile is safe: its key row keeps the values it was computed from, so the
    next refresh sees it stale and computes it again."""
    region_text = f"{KEYS_VERSION}:{region or ''}"
    with db.transaction() as session:
        conn = session.connection()
        stale, stale_acc = _stale_contacts(conn, region_text), _stale_accounts(conn)
        gone, accounts_gone = _gone(conn, stale, stale_acc)
    if gone or accounts_gone:
        with db.transaction(write=True) as session:
            _delete_gone(session.connection(), gone, accounts_gone)
    for chunk in _chunks(stale, step):
        rows, name_rows = _contact_rows(chunk, region, region_text)
        with db.transaction(write=True) as session:
            _write_contacts(session.connection(), rows, name_rows)
    for chunk in _chunks(stale_acc, step):
        acc_rows = _account_rows(chunk)
        with db.transaction(write=True) as session:
            _write_accounts(session.connection(), acc_rows)
    return _changes(stale, gone, stale_acc, accounts_gone)
