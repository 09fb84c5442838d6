"""Who did it: the session's user (OS user, database role or a chosen name), added to the
team on first use, and stamped at flush on every new row that records its author.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy import (
    event,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from circlesoftrust.models.accounts import Account, User
from circlesoftrust.models.advice import SuggestionState, Task
from circlesoftrust.models.base import Base, _now
from circlesoftrust.models.facts import Touchpoint
from circlesoftrust.models.history import ActionLog, RingChange, UndoEntry
from circlesoftrust.models.perks_insights import InsightShare
from circlesoftrust.plain_text import without_controls

# --- who did it ---------------------------------------------------------------------------

USER_ENV_VAR = "CIRCLESOFTRUST_USER"

# New rows of these classes record who wrote them (the column named), whatever service
# or engine code created them: stamped at flush from the transaction's user.
_STAMPED: tuple[tuple[type[Base], str], ...] = (
    (ActionLog, "user_id"),
    (UndoEntry, "user_id"),
    (RingChange, "user_id"),
    (Touchpoint, "user_id"),
    (InsightShare, "user_id"),
    (Task, "created_by_id"),
    (SuggestionState, "decided_by_id"),
)


def session_login(session: Session) -> str:
    """Who works in this session: the Database's ``user``, else CIRCLESOFTRUST_USER, else
    the OS user on SQLite or the database role on PostgreSQL."""
    # (plain text, like every stored text: a bulk upsert below adds it, past the ORM's
    # cleaning; a blank one is no login at all)
    given = session.info.get("login") or os.environ.get(USER_ENV_VAR, "")
    login = without_controls(str(given)).strip()
    if not login:
        if session.get_bind().dialect.name == "sqlite":
            login = getpass.getuser()
        else:
            login = str(session.execute(text("SELECT current_user")).scalar())
        session.info["login"] = login
    return str(login)[:120]


def known_user_id(session: Session) -> int | None:
    """The session user's users.id if they are on the team already (writes nothing)."""
    cached = session.info.get("user_id")
    if cached is not None:
        return int(cached)
    with session.no_autoflush:
        found = session.scalar(select(User.id).where(User.login == session_login(session)))
    return None if found is None else int(found)


def session_user_id(session: Session) -> int:
    """The users.id of the session's user, added on first use (inside the transaction)."""
    cached = session.info.get("user_id")
    if cached is not None:
        return int(cached)
    with session.no_autoflush:
        login = session_login(session)
        user_id = session.scalar(select(User.id).where(User.login == login))
        if user_id is None:
            dialect = session.get_bind().dialect.name
            upsert = sqlite_insert if dialect == "sqlite" else pg_insert
            for n in range(1, 100):
                name = login if n == 1 else f"{login} ({n})"
                session.execute(
                    upsert(User)
                    .values(login=login, name=name, created_at=_now())
                    .on_conflict_do_nothing()
                )
                user_id = session.scalar(select(User.id).where(User.login == login))
                if user_id is not None:
                    break  # added by us, or by another process in the meantime
        assert user_id is not None
    session.info["user_id"] = user_id
    return int(user_id)


@event.listens_for(Session, "before_flush")
def _stamp_who(session: Session, _context: object, _instances: object) -> None:
    pending = [
        (obj, column)
        for obj in session.new
        for cls, column in _STAMPED
        if isinstance(obj, cls) and getattr(obj, column) is None
    ]
    decided = [
        obj
        for obj in session.dirty
        if isinstance(obj, SuggestionState) and session.is_modified(obj)
    ]
    if not pending and not decided:
        return
    user_id = session_user_id(session)
    for obj, column in pending:
        setattr(obj, column, user_id)
    for obj in decided:
        obj.decided_by_id = user_id
    for obj, _column in pending:
        if isinstance(obj, Task) and obj.assignee_id is None:
            # A task is for the account's owner, else for whoever made it.
            with session.no_autoflush:
                owner = session.scalar(select(Account.owner_id).where(Account.id == obj.account_id))
            obj.assignee_id = owner if owner is not None else user_id
