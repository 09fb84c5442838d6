"""Helpers shared by the import/export/brief tests: row counts and table snapshots."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text, update

from circlesoftrust.models import Base, Contact
from circlesoftrust.storage import Database


def row_counts(db: Database) -> dict[str, int]:
    """Rows per table: what "writes nothing" is checked against."""
    with db.engine.connect() as conn:
        return {
            table.name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def table_rows(db: Database, name: str) -> list[tuple[Any, ...]]:
    """Every row of a table, typed as the app reads it, in primary-key order."""
    table = Base.metadata.tables[name]
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key))]


def contacts_by_account(db: Database, *, active_only: bool = False) -> list[tuple[Any, ...]]:
    """(account, contact, role, title, email, phone, notes) for every contact, sorted.
    ``active_only``: what an address-book export holds (no archived account or contact)."""
    where = " WHERE a.archived_at IS NULL AND c.archived_at IS NULL" if active_only else ""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.name, c.name, c.role, c.title, c.email, c.phone, c.notes "
                "FROM contacts c JOIN accounts a ON a.id = c.account_id" + where
            )
        ).all()
    return sorted(tuple(r) for r in rows)


_SECOND_NAMES = ("Okoro", "Lindqvist", "Barreto", "Tanaka", "Mbeki", "Halvorsen")


def make_people_distinct(db: Database) -> None:
    """The demo has namesakes in one account and, across accounts that share a web domain,
    the same e-mail address twice; the import merges those by rule. A round-trip test
    first makes every contact distinct: a namesake gets a second family name ("Xenia
    Haddad-Okoro"; a number alone would not do: "Xenia Haddad 2" is the same person to
    the duplicate matcher)."""
    with db.transaction() as session:
        names: set[tuple[int, str]] = set()
        emails: set[str] = set()
        for contact in session.scalars(select(Contact).order_by(Contact.id)):
            name, n = contact.name, 0
            while (contact.account_id, name.casefold()) in names:
                name, n = f"{contact.name}-{_SECOND_NAMES[n]}", n + 1
            names.add((contact.account_id, name.casefold()))
            email = contact.email
            if email:
                local, _, domain = email.partition("@")
                n = 2
                while email.casefold() in emails:
                    email, n = f"{local}.{n}@{domain}", n + 1
                emails.add(email.casefold())
            session.execute(
                update(Contact).where(Contact.id == contact.id).values(name=name, email=email)
            )
