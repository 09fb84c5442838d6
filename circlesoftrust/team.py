"""Team use: who is working, the people on the team, and refusing stale saves.

Every editable record (accounts, contacts, rings, perks, insights, tasks, settings) has a
``version`` that SQLAlchemy checks and bumps on every UPDATE (``version_id_col``). A form
remembers the version it showed; its save passes it back as ``expected_version`` and
:func:`check_version` refuses the save when the record moved on meanwhile, naming the
last change, who made it and when (from the action log). Nothing is written then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from circlesoftrust import formats
from circlesoftrust import validation as v
from circlesoftrust.errors import ConflictError, NotFoundError
from circlesoftrust.i18n import _
from circlesoftrust.models import ActionLog, User, session_login, session_user_id
from circlesoftrust.storage import Database


class StaleEditError(ConflictError):
    """A save based on an older version of a record; nothing was saved.

    ``by`` and ``at`` name the last change that made the user's copy stale (when the
    action log knows it), ``what`` says what it was, ``version`` is the record's current
    version (a form reloads, re-applies the user's own changes and saves against it).
    """

    def __init__(
        self,
        label: str,
        *,
        version: int,
        by: str | None,
        at: dt.datetime | None,
        what: str | None,
    ) -> None:
        # (pieces of one sentence: who, when and what are each known or not)
        who = _(" by {user}").format(user=by) if by else ""
        when = _(" at {moment}").format(moment=formats.date_time(at)) if at else ""
        change = f" ({what})" if what else ""
        super().__init__(
            _(
                "{label} was changed{who}{when}{change} after you opened it; "
                "nothing was saved — reload it and apply your changes again"
            ).format(label=label, who=who, when=when, change=change)
        )
        self.label = label
        self.version = version
        self.by = by
        self.at = at
        self.what = what


@dataclass(frozen=True)
class LastChange:
    by: str | None
    at: dt.datetime
    summary: str


def last_change(session: Session, target: str, *prefixes: str) -> LastChange | None:
    """The newest action-log entry about ``target`` ("account:6") or about any target that
    starts with one of ``prefixes`` ("ring:"), with its author."""
    about = ActionLog.target == target
    for prefix in prefixes:
        about = about | ActionLog.target.startswith(prefix, autoescape=True)
    row = session.execute(
        select(ActionLog.at, ActionLog.summary, User.name)
        .outerjoin(User, User.id == ActionLog.user_id)
        .where(about)
        .order_by(ActionLog.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return LastChange(by=row.name, at=row.at, summary=row.summary)


def check_version(
    session: Session, row: object, expected: int | None, *, target: str, label: str
) -> None:
    """Refuse a save made against version ``expected`` when ``row`` is newer (None: the
    caller edits what is there now, e.g. a CLI command naming only the fields it sets)."""
    current = int(getattr(row, "version"))  # noqa: B009 - every versioned model has it
    if expected is None or expected == current:
        return
    change = last_change(session, target)
    raise StaleEditError(
        label,
        version=current,
        by=change.by if change else None,
        at=change.at if change else None,
        what=change.summary if change else None,
    )


# --- the people on the team -----------------------------------------------------------


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    name: str


def whoami(db: Database) -> UserInfo:
    """The user this database connection works as (added to the team on first use)."""
    with db.transaction() as session:
        user = session.get(User, session_user_id(session))
        assert user is not None
        return UserInfo(user.id, user.login, user.name)


def list_users(db: Database) -> list[UserInfo]:
    with db.transaction() as session:
        return [
            UserInfo(u.id, u.login, u.name)
            for u in session.scalars(select(User).order_by(User.name))
        ]


def get_user_row(session: Session, ref: int | str) -> User:
    """A user by id, login or name (case-insensitive)."""
    text = str(ref).strip()
    if isinstance(ref, int) or text.isdecimal():
        user = session.get(User, int(text))
        if user is None:
            raise NotFoundError(_("no user with id {text}").format(text=text))
        return user
    found = session.scalars(
        select(User).where(
            (func.lower(User.name) == text.lower()) | (func.lower(User.login) == text.lower())
        )
    ).all()
    if len(found) != 1:
        raise NotFoundError(_("no user named {text!r}").format(text=text))
    return found[0]


def rename_me(db: Database, name: str) -> UserInfo:
    """Change the name the team sees for the current user (Settings)."""
    clean = v.required_text("name", name, max_length=120)
    with db.transaction(write=True) as session:
        user = session.get(User, session_user_id(session))
        assert user is not None
        clash = session.scalar(
            select(User.id).where(func.lower(User.name) == clean.lower(), User.id != user.id)
        )
        if clash is not None:
            raise ConflictError(
                _("someone on the team is already called {clean!r}").format(clean=clean)
            )
        user.name = clean
        session.flush()
        return UserInfo(user.id, user.login, user.name)


# --- choosing who you are (several people on one PostgreSQL role) --------------------------


@dataclass(frozen=True)
class TeamChoice:
    """What the window offers when asking who is working: the team, and the login the
    app would use without a choice (``CIRCLESOFTRUST_USER``, the OS user or the role)."""

    team: tuple[UserInfo, ...]
    default_login: str


def team_choice(db: Database) -> TeamChoice:
    """The people to choose from (writes nothing: a default not on the team yet is not
    added until it is chosen)."""
    with db.transaction() as session:
        team = tuple(
            UserInfo(u.id, u.login, u.name)
            for u in session.scalars(select(User).order_by(User.name))
        )
        return TeamChoice(team, session_login(session))


def work_as(db: Database, ref: int | str) -> UserInfo:
    """Work as the team member ``ref`` (id, login or name) from now on: what is recorded
    through ``db`` carries their name; "mine", snoozes and dismissals are theirs."""
    with db.transaction() as session:
        user = get_user_row(session, ref)
        info = UserInfo(user.id, user.login, user.name)
    db.user = info.login
    return info


def join_team(db: Database, name: str) -> UserInfo:
    """Add a new person (``name`` is also their login) and work as them from now on."""
    clean = v.required_text("name", name, max_length=120)
    with db.transaction(write=True) as session:
        if session.get_bind().dialect.name != "sqlite":  # (SQLite: the write lock is held)
            session.connection().exec_driver_sql("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
        clash = session.scalar(
            select(User.name).where(
                (func.lower(User.name) == clean.lower()) | (func.lower(User.login) == clean.lower())
            )
        )
        if clash is not None:
            raise ConflictError(
                _("{name} is already on the team: choose them instead").format(name=clash)
            )
        user = User(login=clean, name=clean)
        session.add(user)
        session.flush()
        info = UserInfo(user.id, user.login, user.name)
    db.user = info.login
    return info
