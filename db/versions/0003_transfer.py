"""transfer between agencies: agency keys, partner cards, imported packages, sync state,
conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Matches nap_desktop/store/transfer_models.py. Secret keys live only inside the
encrypted database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(length=32)  # store/types.py UTCDateTime


def upgrade() -> None:
    op.create_table(
        "transfer_agency_keys",
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("x25519_identity", sa.Text(), nullable=False),
        sa.Column("pq_identity", sa.Text(), nullable=False),
        sa.Column("signing_private", sa.String(length=64), nullable=False),
        sa.Column("signing_public", sa.String(length=64), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("retired_at", UTC_TEXT, nullable=True),
        sa.PrimaryKeyConstraint("generation"),
    )
    op.create_table(
        "transfer_partner_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.String(length=36), nullable=False),
        sa.Column("local_agency_id", sa.String(length=36), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("x25519_recipient", sa.Text(), nullable=False),
        sa.Column("pq_recipient", sa.Text(), nullable=False),
        sa.Column("signing_public", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("verified_at", UTC_TEXT, nullable=False),
        sa.Column("verified_by", sa.String(), nullable=True),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["local_agency_id"], ["agencies.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("transfer_partner_cards", schema=None) as batch_op:
        batch_op.create_index("ix_partner_cards_agency", ["agency_id", "superseded"])

    op.create_table(
        "transfer_imported_packages",
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("sender_agency_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", UTC_TEXT, nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("export_id"),
    )
    op.create_table(
        "transfer_sync_state",
        sa.Column("partner_agency_id", sa.String(length=36), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("remote_revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("exchanged_at", UTC_TEXT, nullable=False),
        sa.PrimaryKeyConstraint("partner_agency_id", "record_type", "record_id"),
    )
    op.create_table(
        "transfer_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("partner_agency_id", sa.String(length=36), nullable=False),
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("local_json", sa.Text(), nullable=False),
        sa.Column("remote_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTC_TEXT, nullable=False),
        sa.Column("resolved_at", UTC_TEXT, nullable=True),
        sa.Column("resolution", sa.String(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("export_id", "record_type", "record_id", name="uq_conflict_package"),
    )
    with op.batch_alter_table("transfer_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_record", ["record_type", "record_id"])


def downgrade() -> None:
    op.drop_table("transfer_conflicts")
    op.drop_table("transfer_sync_state")
    op.drop_table("transfer_imported_packages")
    op.drop_table("transfer_partner_cards")
    op.drop_table("transfer_agency_keys")
