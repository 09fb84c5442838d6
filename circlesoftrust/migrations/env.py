"""Alembic environment: migrations run on a connection the app hands in (storage.upgrade)."""

from __future__ import annotations

from alembic import context

from circlesoftrust.models import DERIVED, Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` run by hand
    from circlesoftrust.storage import make_engine, resolve_url

    connection = make_engine(resolve_url(config.get_main_option("sqlalchemy.url"))).connect()

context.configure(
    connection=connection,
    target_metadata=[Base.metadata, DERIVED],
    # SQLite cannot ALTER most things; batch mode rebuilds tables safely.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
