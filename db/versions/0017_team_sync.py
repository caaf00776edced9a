"""team sync: the local tables of a team vault's replica (issue #12)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

A team vault keeps a full replica and syncs it through the agency's server
(``docs/sync-format.md``). These tables are local to one device and never sync:

- ``sync_state``: one row; the server's DSN without password (NULL: not a team vault),
  the vault and device ids, the cursor (last log seq applied) and the log hash there,
  the key epoch, the last sync and its error code, the newest snapshot's seq.
- ``sync_flags``: one row; ``capture`` (the triggers record changes) and ``applying``
  (set only inside an apply transaction, so applying is never captured again).
- ``sync_journal``: what the capture triggers wrote in the current transaction (emptied
  into the outbox before it commits).
- ``sync_outbox``: local change sets not yet seen back from the log, in commit order,
  as plaintext JSON; once sealed, the exact body and device sequence number.
- ``sync_rows``: each synced row's revision: the change set that last wrote it in the
  log, and the newest local pending one that wrote it.
- ``sync_refused``: change sets of the log every device skipped, and why (a code).
- ``sync_held``: the first parts of a transaction split into several change sets, kept
  (already past the cursor) until its last part arrives and all are applied together.
- ``sync_devices``: the team's devices as the log approved or removed them (session).

``transfer_conflicts.source`` tells a partner's conflict ("partner") from a team sync
conflict ("team"), so one conflicts view and one merge serve both.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TABLES = [
    """CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server TEXT, vault_id TEXT, device_id TEXT,
        cursor INTEGER NOT NULL DEFAULT 0,
        log_hash BLOB NOT NULL DEFAULT (zeroblob(32)),
        epoch INTEGER NOT NULL DEFAULT 1,
        last_sync TEXT, last_error TEXT,
        online INTEGER NOT NULL DEFAULT 0,
        snapshot_seq INTEGER NOT NULL DEFAULT 0)""",
    "INSERT INTO sync_state (id) VALUES (1)",
    """CREATE TABLE sync_flags (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        capture INTEGER NOT NULL DEFAULT 0,
        applying INTEGER NOT NULL DEFAULT 0)""",
    "INSERT INTO sync_flags (id) VALUES (1)",
    """CREATE TABLE sync_journal (
        n INTEGER PRIMARY KEY AUTOINCREMENT,
        t TEXT NOT NULL, k TEXT NOT NULL, op TEXT NOT NULL,
        old TEXT, new TEXT)""",
    """CREATE TABLE sync_outbox (
        cs_id TEXT PRIMARY KEY,
        n INTEGER NOT NULL UNIQUE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        pushed_seq INTEGER,
        dseq INTEGER,
        sealed BLOB,
        undo TEXT)""",
    """CREATE TABLE sync_rows (
        t TEXT NOT NULL, k TEXT NOT NULL, rev TEXT, pending TEXT,
        PRIMARY KEY (t, k)) WITHOUT ROWID""",
    """CREATE TABLE sync_refused (
        seq INTEGER PRIMARY KEY, cs_id TEXT NOT NULL, device_id TEXT NOT NULL,
        reason TEXT NOT NULL)""",
    """CREATE TABLE sync_held (
        seq INTEGER PRIMARY KEY, cs_id TEXT NOT NULL, device_id TEXT NOT NULL,
        body_sha256 BLOB NOT NULL, body TEXT NOT NULL)""",
    """CREATE TABLE sync_devices (
        device_id TEXT PRIMARY KEY, signing_key BLOB NOT NULL, box_key BLOB NOT NULL,
        user_id TEXT, state TEXT NOT NULL, approved_seq INTEGER, removed_seq INTEGER,
        last_dseq INTEGER NOT NULL DEFAULT 0, last_hash TEXT NOT NULL DEFAULT '')""",
    # session: this device's private keys and every epoch's data key, inside SQLCipher so
    # that a rotation's rekey carries them (never synced, never in a snapshot).
    "CREATE TABLE sync_secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
]


def upgrade() -> None:
    for ddl in _TABLES:
        op.execute(ddl)
    op.add_column("transfer_conflicts", sa.Column("source", sa.String(length=8),
                                                  nullable=False, server_default="partner"))


def downgrade() -> None:
    with op.batch_alter_table("transfer_conflicts") as batch:
        batch.drop_column("source")
    for table in ("sync_secrets", "sync_devices", "sync_held", "sync_refused", "sync_rows",
                  "sync_outbox", "sync_journal", "sync_flags", "sync_state"):
        op.execute(f"DROP TABLE {table}")
