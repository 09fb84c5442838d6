"""What every table shares: the declarative base with its naming convention, column
helpers (who wrote a row, its version, what created it), and the guard that keeps
control characters out of every stored text.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import (
    ForeignKey,
    Integer,
    MetaData,
    String,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from circlesoftrust.plain_text import has_controls, without_controls

CONTACT_EXCEPTIONS = "stage_override IS NOT NULL OR archived_at IS NOT NULL"
LIVE_ACCOUNTS = "archived_at IS NULL"
# The covering index of who a contact is (id, name, role, stage set by hand).
CONTACT_PEOPLE_INDEX = "ix_contacts_people"
CAPTURED = "thread_key IS NOT NULL"
FROM_FILES = "source_key IS NOT NULL"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _enum(enum_cls: type[StrEnum], name: str) -> SAEnum:
    return SAEnum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def _user_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)


def _version() -> Mapped[int]:
    # Optimistic concurrency (SQLAlchemy's version_id_col): every UPDATE of the row checks
    # the version it read and bumps it; a save of a stale row is refused (services.team).
    return mapped_column(Integer, nullable=False, default=1, server_default=text("1"))


def _origin() -> Mapped[str | None]:
    # What created the row when an accepted suggestion did ("promote:acc:6|<facts>|..."):
    # unique, so two accepts of the same suggestion on the same facts cannot both write.
    return mapped_column(String(200), nullable=True)


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _no_control_characters(mapper: Mapper[Any], _connection: Any, target: Base) -> None:
    """No control character is ever stored through the ORM (see ``plain_text``)."""
    for attr in mapper.column_attrs:
        value = target.__dict__.get(attr.key)
        if isinstance(value, str) and not isinstance(value, StrEnum) and has_controls(value):
            setattr(target, attr.key, without_controls(value))
