"""the expiring-consent index covers the client

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

The caseload's "consent expiring" filter lists the clients of the active releases that
expire within 30 days. With the client in the index that list is read from a few index
pages; without it, from one table page per release, each decrypted on a cold page cache
(30-45 ms for the first page at 100k referrals, against about 5 ms).
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_releases_expiry_client", "releases", ["status", "expires_on", "client_id"])
    op.drop_index("ix_releases_expiry", table_name="releases")
    op.execute("ANALYZE releases")


def downgrade() -> None:
    op.create_index("ix_releases_expiry", "releases", ["status", "expires_on"])
    op.drop_index("ix_releases_expiry_client", table_name="releases")
