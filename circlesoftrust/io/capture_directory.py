"""Who is who for a capture, read once: contacts' addresses (also the extra ones an
address book import kept in the notes) and the one account each mail domain belongs to."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
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


@dataclass
class Directory:
    """Who is who, read once: addresses of contacts, domains of accounts."""

    by_email: dict[str, list[tuple[int, int, str]]]  # address -> (contact, account, name)
    archived: set[str]  # addresses of contacts of archived accounts only
    domains: dict[str, int]  # domain -> the one account it belongs to
    names: dict[int, str]


def domain_of_site(website: str | None) -> str | None:
    if not website:
        return None
    text = website.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    host = host.casefold().removeprefix("www.")
    return host if "." in host else None


def load_directory(conn: Connection, own: Iterable[str]) -> Directory:
    names: dict[int, str] = {}
    archived_accounts: set[int] = set()
    domain_accounts: dict[str, set[int]] = defaultdict(set)
    for acc_id, name, website, archived_at in conn.execute(
        select(Account.id, Account.name, Account.website, Account.archived_at)
    ):
        names[acc_id] = name
        if archived_at is not None:
            archived_accounts.add(acc_id)
        elif (domain := domain_of_site(website)) is not None:
            domain_accounts[domain].add(acc_id)
    by_email: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    archived: set[str] = set()
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
                archived.add(key)
                continue
            entries = by_email[key]
            if all(a != acc_id for _c, a, _n in entries):
                entries.append((cid, acc_id, name))
            domain = key.rpartition("@")[2]
            if domain and domain not in FREE_MAIL_DOMAINS:
                domain_accounts[domain].add(acc_id)
    for address in own:
        domain_accounts.pop(address.rpartition("@")[2], None)
    domains = {d: next(iter(a)) for d, a in domain_accounts.items() if len(a) == 1}
    return Directory(dict(by_email), archived - set(by_email), domains, names)
