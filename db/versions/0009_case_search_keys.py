"""search keys: the full-text rows are found by an integer key per client

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25

``case_search`` (FTS5, migration 0002) has one row per client, but its ``client_id`` is
an UNINDEXED column: rewriting a client's row after a save had to scan the whole table
(13 ms warm, 40 ms cold at 60,000 clients), and a search read each hit's client id from
the content table, dragging its notes from disk. ``case_search_keys`` gives every client
an integer key that is the rowid of its search row: the row is found by key, and the
hits of a search map to clients through this small table. Keys are never reused or
renumbered (a plain INTEGER PRIMARY KEY table keeps them through VACUUM).

Existing rows keep their rowids and get them as keys; a client with no search row gets a
key when its row is next written. Should a client have two rows (never written so), the
one with the lower rowid stays.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE case_search_keys ("
        "fts_rowid INTEGER PRIMARY KEY, client_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute(
        "INSERT OR IGNORE INTO case_search_keys (fts_rowid, client_id) "
        "SELECT rowid, client_id FROM case_search ORDER BY rowid"
    )
    op.execute(
        "DELETE FROM case_search WHERE rowid NOT IN (SELECT fts_rowid FROM case_search_keys)"
    )


def downgrade() -> None:
    op.execute("DROP TABLE case_search_keys")
