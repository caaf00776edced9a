"""the content of the version last exchanged with each partner: a base for merging

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

A conflict is merged field by field against the version both sides last held (the
base): a field only the partner changed is taken, one only we changed is kept, one both
changed waits for a person (``domain.merge``). The sync state kept only hashes of that
version; it now keeps its content too (the canonical record JSON, inside the encrypted
vault like every other row): ``content_json`` beside ``content_hash`` (last exchanged,
either way) and ``received_json`` beside ``received_hash`` (last received). A new
conflict stores the base its partner named (``base_json``); conflicts stored before,
and records not exchanged since, have none (NULL) and say so: every differing field is
then a person's pick.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table copy, an instant on a large vault.
    op.add_column("transfer_sync_state", sa.Column("content_json", sa.Text(), nullable=True))
    op.add_column("transfer_sync_state", sa.Column("received_json", sa.Text(), nullable=True))
    op.add_column("transfer_conflicts", sa.Column("base_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transfer_conflicts") as batch:
        batch.drop_column("base_json")
    with op.batch_alter_table("transfer_sync_state") as batch:
        batch.drop_column("received_json")
        batch.drop_column("content_json")
