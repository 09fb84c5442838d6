"""Who is who for a capture, read once: contacts' addresses (also the extra ones an
address book import kept in the notes) and the one account each mail domain belongs to."""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable
from urllib.parse import urlsplit

from sqlalchemy import Connection, select

from circlesoftrust.models import Account, Contact

_OTHER_EMAIL = re.compile(r"^Other e-mail:\s*(\S+@\S+)\s*$", re.MULTILINE | re.IGNORECASE)


# Free mail providers: a contact's gmail.com address says nothing about the account of
# another gmail.com user.
FREE_MAIL_DOMAINS = frozenset(
    """gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com
    yahoo.com yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com gmx.de gmx.net gmx.com
    web.de t-online.de freenet.de posteo.de mailbox.org proton.me protonmail.com pm.me
    mail.com yandex.ru yandex.com zoho.com fastmail.com hey.com ziggo.nl kpnmail.nl
    hetnet.nl planet.nl home.nl xs4all.nl telenet.be skynet.be orange.fr free.fr laposte.net
    wanadoo.fr libero.it qq.com 163.com naver.com""".split()  # noqa: SIM905
)


_SCHEMA = """
CREATE TABLE who (address TEXT NOT NULL, contact_id INTEGER NOT NULL,
                  account_id INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE archived_who (address TEXT NOT NULL);
CREATE TABLE dom (domain TEXT NOT NULL, account_id INTEGER NOT NULL);
CREATE TABLE acct (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
"""
_BATCH = 2000
_CACHED = 2048  # answers kept per kind of lookup (addresses, domains): ~300 KB at most


class Directory:
    """Who is who for one capture, read once into the capture's scratch database (as
    Python dicts, 474,209 addresses of 100,000 accounts took ~290 MB): contacts by
    address (the first contact of each account), addresses of archived accounts only,
    the one account each mail domain belongs to, account names. Looked up by address,
    the last answers kept in memory."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.contacts = functools.lru_cache(maxsize=_CACHED)(self._contacts)
        self.domain_account = functools.lru_cache(maxsize=_CACHED)(self._domain_account)

    def _contacts(self, address: str) -> tuple[tuple[int, int, str], ...]:
        """(contact, account, name) of an address, by contact id."""
        return tuple(
            (int(c), int(a), str(n))
            for c, a, n in self._db.execute(
                "SELECT contact_id, account_id, name FROM who WHERE address = ? ORDER BY rowid",
                (address,),
            )
        )

    def _domain_account(self, domain: str) -> int | None:
        found = self._db.execute(
            "SELECT account_id FROM one_dom WHERE domain = ?", (domain,)
        ).fetchall()
        return int(found[0][0]) if found else None

    def archived(self, address: str) -> bool:
        """Known only as a contact of archived accounts."""
        found = self._db.execute(
            "SELECT 1 FROM archived_who WHERE address = ? LIMIT 1", (address,)
        ).fetchall()
        return bool(found)

    def contact_names(self, ids: Iterable[int]) -> dict[int, str]:
        return self._names("SELECT contact_id, name FROM who WHERE contact_id IN ({})", ids)

    def account_names(self, ids: Iterable[int]) -> dict[int, str]:
        return self._names("SELECT id, name FROM acct WHERE id IN ({})", ids)

    def _names(self, query: str, ids: Iterable[int]) -> dict[int, str]:
        """Id -> name from ``query`` (its ``{}`` the ids' marks), 500 ids at a time."""
        wanted = sorted(set(ids))
        names: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            names.update((int(i), str(n)) for i, n in self._db.execute(query.format(marks), chunk))
        return names


def domain_of_site(website: str | None) -> str | None:
    if not website:
        return None
    text = website.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    host = host.casefold().removeprefix("www.")
    return host if "." in host else None


def load_directory(conn: Connection, own: Iterable[str], db: sqlite3.Connection) -> Directory:
    """Read who is who from the user's database into ``db`` (a capture's scratch one)."""
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)  # (not executescript: it would end the open transaction)
    archived_accounts: set[int] = set()
    rows: list[tuple[object, ...]] = []
    doms: list[tuple[str, int]] = []
    for acc_id, name, website, archived_at in conn.execute(
        select(Account.id, Account.name, Account.website, Account.archived_at)
    ):
        rows.append((acc_id, name))
        if archived_at is not None:
            archived_accounts.add(acc_id)
        elif (domain := domain_of_site(website)) is not None:
            doms.append((domain, acc_id))
    db.executemany("INSERT INTO acct (id, name) VALUES (?, ?)", rows)
    rows.clear()
    archived: list[tuple[str]] = []
    for cid, acc_id, name, address, notes in conn.execute(
        select(Contact.id, Contact.account_id, Contact.name, Contact.email, Contact.notes).order_by(
            Contact.id
        )
    ):
        addresses = [address] if address else []
        if notes and "e-mail" in notes.casefold():  # the address book import's extra addresses
            addresses += _OTHER_EMAIL.findall(notes)
        for raw in addresses:
            key = raw.strip().casefold()
            if acc_id in archived_accounts:
                archived.append((key,))
                continue
            rows.append((key, cid, acc_id, name))
            domain = key.rpartition("@")[2]
            if domain and domain not in FREE_MAIL_DOMAINS:
                doms.append((domain, acc_id))
        if len(rows) >= _BATCH:
            _flush(db, rows, archived, doms)
    _flush(db, rows, archived, doms)
    # The first contact of each account per address (by contact id: the rowid order).
    db.execute(
        "DELETE FROM who WHERE rowid NOT IN (SELECT MIN(rowid) FROM who"
        " GROUP BY address, account_id)"
    )
    db.execute("CREATE INDEX who_address ON who (address)")
    db.execute("CREATE INDEX who_contact ON who (contact_id)")
    db.execute("DELETE FROM archived_who WHERE address IN (SELECT address FROM who)")
    db.execute("CREATE INDEX archived_who_address ON archived_who (address)")
    own_domains = sorted({address.rpartition("@")[2] for address in own})
    db.execute(
        "CREATE TABLE one_dom AS SELECT domain, MIN(account_id) AS account_id FROM dom"
        f" WHERE domain NOT IN ({','.join('?' * len(own_domains))})"
        " GROUP BY domain HAVING COUNT(DISTINCT account_id) = 1",
        own_domains,
    )
    db.execute("CREATE INDEX one_dom_domain ON one_dom (domain)")
    db.execute("DELETE FROM dom")
    return Directory(db)


def _flush(
    db: sqlite3.Connection,
    rows: list[tuple[object, ...]],
    archived: list[tuple[str]],
    doms: list[tuple[str, int]],
) -> None:
    db.executemany("INSERT INTO who VALUES (?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO archived_who VALUES (?)", archived)
    db.executemany("INSERT INTO dom VALUES (?, ?)", doms)
    rows.clear()
    archived.clear()
    doms.clear()
