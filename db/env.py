"""Alembic environment: always run on a connection handed over by the vault.

NAP never connects by URL (the database is encrypted and keyed in memory), so
``nap_desktop.store.migrations`` passes an open connection in
``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

import nap_desktop.store.transfer_models  # noqa: F401 - registers the transfer tables
from nap_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - a developer ran `alembic` by hand
    raise SystemExit("Run migrations through `nap` (they need the vault key), not alembic.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: use batch mode
    transactional_ddl=True,  # SQLite DDL is transactional: all migrations or none
)
with context.begin_transaction():
    context.run_migrations()
