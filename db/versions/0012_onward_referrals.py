"""onward referrals: the referral of the same case a referral follows from

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

A case holds any number of referrals in both directions; a referral sent on to a shelter
can name the one it follows from (received from the FBI). ``referrals.follows_id`` is
that link: NULL for the referrals of existing vaults and for every referral a package
brings (the link is local: docs/transfer-format.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy: the raw-SQL indexes stay).
    op.add_column("referrals", sa.Column("follows_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.drop_column("follows_id")
