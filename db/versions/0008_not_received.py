"""fields received without a value; what was last received from each partner

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

A record imported from a partner that withheld some of its fields (no release covered
them) or never held them itself remembers which (``not_received``, with the sender):
they are shown as withheld, never sent back or on as if they were blank, and a value
entered here takes a field off the list. The sync state keeps what was last *received*
from each partner beside what was last exchanged: the base sent back is the partner's
own version (a package that never arrived does not become a base), our revision right
after taking it (nothing changed here since: the partner's newer version applies), and
the fingerprints of the withholdable fields the partner sent a value for (a value that
is still the partner's own is not echoed back over a newer one it withheld since).
Existing rows have nothing received recorded: they behave as before until the next
import from that partner.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_MARKED = ("client_personal", "referrals", "placements")


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN (no table copy: the raw-SQL indexes stay, and a
    # 100k-referral vault upgrades in an instant).
    for table in _MARKED:
        op.add_column(table, sa.Column("not_received", sa.String(), nullable=False,
                                       server_default=""))
        op.add_column(table, sa.Column("not_received_from", sa.String(length=36),
                                       nullable=True))
    op.add_column("transfer_sync_state",
                  sa.Column("received_hash", sa.String(length=64), nullable=True))
    op.add_column("transfer_sync_state",
                  sa.Column("received_revision", sa.Integer(), nullable=True))
    op.add_column("transfer_sync_state",
                  sa.Column("received_fields", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("transfer_sync_state") as batch:
        batch.drop_column("received_fields")
        batch.drop_column("received_revision")
        batch.drop_column("received_hash")
    for table in _MARKED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("not_received_from")
            batch.drop_column("not_received")
