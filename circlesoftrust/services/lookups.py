"""Row lookups by id or name, and the action log, shared by the services and the engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from circlesoftrust.errors import NotFoundError
from circlesoftrust.i18n import _
from circlesoftrust.models import Account, ActionLog, Contact, Ring

_Row = TypeVar("_Row")


def today() -> dt.date:
    return dt.date.today()


def get_account_row(session: Session, ref: int | str, *, for_update: bool = False) -> Account:
    """An account by id or by name (case-insensitive; a unique partial match also counts).

    ``for_update``: locked until the transaction ends (see :func:`lock`)."""
    row = get_row_by_ref(
        session, Account, Account.name, ref, noun="account", ambiguous_hint="be more specific"
    )
    return lock(session, row) if for_update else row


def lock(session: Session, row: _Row) -> _Row:
    """Lock ``row`` against other writers until the transaction ends, and read it again.

    PostgreSQL: ``SELECT ... FOR UPDATE`` (another transaction locking it waits, then
    reads what this one committed). SQLite: nothing to do, a ``write=True`` transaction
    holds the database's write lock from its first read.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.refresh(row, with_for_update=True)
    return row


def lock_tables(session: Session, *tables: str) -> None:
    """Keep other writers out of ``tables`` until the transaction ends (they wait), so
    what this transaction read stays true until it commits: PostgreSQL's SHARE ROW
    EXCLUSIVE (readers go on; two such transactions take turns). SQLite: nothing to do in
    a ``write=True`` transaction (it holds the database's write lock)."""
    if session.get_bind().dialect.name != "sqlite":
        session.connection().exec_driver_sql(
            f"LOCK TABLE {', '.join(tables)} IN SHARE ROW EXCLUSIVE MODE"
        )


def lock_rows(session: Session, model: type[Any], ids: Iterable[int]) -> None:
    """:func:`lock` for rows by id (the rows are read again on their next access)."""
    wanted = sorted(set(ids))
    if not wanted or session.get_bind().dialect.name == "sqlite":
        return
    session.execute(
        select(model.id).where(model.id.in_(wanted)).order_by(model.id).with_for_update()
    )
    for row_id in wanted:
        row = session.get(model, row_id)
        if row is not None:
            session.expire(row)


def _storable(row_id: int) -> bool:
    """An id SQLite and PostgreSQL can hold (64-bit); a larger one names no row."""
    return -(2**63) <= row_id < 2**63


def get_row_by_ref(
    session: Session,
    model: type[_Row],
    name_column: InstrumentedAttribute[str],
    ref: int | str,
    *,
    noun: str,
    named: str = "named",
    ambiguous_hint: str | None = None,
) -> _Row:
    """A row of ``model`` by id or by ``name_column`` (case-insensitive; a unique partial
    match also counts). ``noun`` and ``named`` word the errors ("no perk named 'x'")."""
    text = str(ref).strip()
    if isinstance(ref, int) or text.isdecimal():
        row = session.get(model, int(text)) if _storable(int(text)) else None
        if row is None:
            raise NotFoundError(_("no {noun} with id {text}").format(noun=noun, text=text))
        return row
    lowered = text.lower()
    exact = session.scalars(select(model).where(func.lower(name_column) == lowered)).all()
    if len(exact) == 1:
        return exact[0]
    pattern = f"%{_escape_like(lowered)}%"
    partial = session.scalars(
        select(model).where(func.lower(name_column).like(pattern, escape="\\")).limit(6)
    ).all()
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NotFoundError(
            _("no {noun} {named} {text!r}").format(noun=noun, named=named, text=text)
        )
    names = ", ".join(repr(getattr(row, name_column.key)) for row in partial[:5])
    hint = ambiguous_hint or _("use the {noun}'s id").format(noun=noun)
    raise NotFoundError(
        _("{text!r} matches several {noun}s ({names}); {hint}").format(
            text=text, noun=noun, names=names, hint=hint
        )
    )


def get_contact_row(session: Session, ref: int | str, account_id: int | None = None) -> Contact:
    if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdecimal()):
        contact = session.get(Contact, int(ref)) if _storable(int(ref)) else None
        if contact is None or (account_id is not None and contact.account_id != account_id):
            raise NotFoundError(
                (
                    _("no contact with id {ref} in this account")
                    if account_id
                    else _("no contact with id {ref}")
                ).format(ref=ref)
            )
        return contact
    name = ref.strip().lower()
    query = select(Contact).where(
        (func.lower(Contact.name) == name) | (func.lower(Contact.email) == name)
    )
    if account_id is not None:
        query = query.where(Contact.account_id == account_id)
    found = session.scalars(query.limit(3)).all()
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(
            (
                _("no contact named {ref!r} in this account")
                if account_id
                else _("no contact named {ref!r}")
            ).format(ref=ref)
        )
    raise NotFoundError(
        _("{ref!r} matches several contacts; use the contact's id or e-mail").format(ref=ref)
    )


def get_ring_row(session: Session, ref: int | str) -> Ring:
    """A ring by position (0 = inner), by id ("#3") or by name (case-insensitive)."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdecimal()):
        ring = session.scalar(select(Ring).where(Ring.position == int(ref)))
        if ring is None:
            raise NotFoundError(_("no ring at position {ref}").format(ref=ref))
        return ring
    text = ref.strip()
    if text.startswith("#") and text[1:].isdecimal():
        by_id = session.get(Ring, int(text[1:]))
        if by_id is None:
            raise NotFoundError(_("no ring with id {value}").format(value=text[1:]))
        return by_id
    found = session.scalars(select(Ring).where(func.lower(Ring.name) == text.lower())).all()
    if len(found) == 1:
        return found[0]
    partial = session.scalars(
        select(Ring).where(
            func.lower(Ring.name).like(f"%{_escape_like(text.lower())}%", escape="\\")
        )
    ).all()
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(r.name for r in session.scalars(select(Ring).order_by(Ring.position)))
    raise NotFoundError(_("no ring named {text!r} (rings: {names})").format(text=text, names=names))


def log_action(
    session: Session,
    kind: str,
    summary: str,
    account_id: int | None = None,
    *,
    target: str | None = None,
) -> None:
    """One line of the action log; the user is stamped at flush. ``target`` names the
    record ("account:6") so a refused stale save can say who changed it last."""
    if target is None and account_id is not None:
        target = f"account:{account_id}"
    session.add(ActionLog(kind=kind, summary=summary, account_id=account_id, target=target))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
