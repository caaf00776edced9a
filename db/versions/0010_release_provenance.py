"""release provenance: who recorded a release, and whether one of our users confirmed it

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

A release of information is our consent only when one of our own users recorded it, or
deliberately confirmed a partner's copy (audited). A release that arrived in a partner's
package is that partner's record: shown for information, never used to decide what we
share (docs/transfer-format.md §12). ``recorded_by_agency_id``: NULL for ours, else the
partner (our directory id) whose package brought it; ``confirmed_by`` /
``confirmed_at``: the user of ours who confirmed a partner's release, and when.

Existing vaults are classified conservatively: a release that one of our users created
(a ``release.create`` audit event names it) is ours; any other release that was received
from a partner (its sync state records a version received from that partner) is that
partner's; the rest (made before transfers existed, or by the demo) stays ours.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy: the raw-SQL indexes stay).
    op.add_column("releases", sa.Column("recorded_by_agency_id", sa.String(length=36),
                                        nullable=True))
    op.add_column("releases", sa.Column("confirmed_by", sa.String(length=36), nullable=True))
    op.add_column("releases", sa.Column("confirmed_at", sa.String(length=32),  # UTCDateTime
                                        nullable=True))
    op.execute(
        "UPDATE releases SET recorded_by_agency_id = ("
        " SELECT min(s.partner_agency_id) FROM transfer_sync_state AS s"
        " WHERE s.record_type = 'release' AND s.record_id = releases.id"
        " AND (s.received_hash IS NOT NULL OR s.remote_revision > 0))"
        " WHERE NOT EXISTS (SELECT 1 FROM audit_events AS a"
        " WHERE a.record_id = releases.id AND a.action = 'release.create')")


def downgrade() -> None:
    with op.batch_alter_table("releases") as batch:
        batch.drop_column("confirmed_at")
        batch.drop_column("confirmed_by")
        batch.drop_column("recorded_by_agency_id")
