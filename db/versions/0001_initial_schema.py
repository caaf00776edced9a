"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("is_victim_service_provider", sa.Boolean(), nullable=False),
        sa.Column("contacts", sa.Text(), nullable=False),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_record", ["record_id"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "clients",
        sa.Column("case_number", sa.String(), nullable=False),
        sa.Column("trafficking_type", sa.String(), nullable=False),
        sa.Column("assigned_user_id", sa.String(length=36), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("next_due_label", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_number"),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_next_due", ["next_due_on"], unique=False)

    op.create_table(
        "client_personal",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("legal_name", sa.String(), nullable=False),
        sa.Column("preferred_name", sa.String(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("is_minor", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.String(), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("contact_info", sa.Text(), nullable=False),
        sa.Column("safe_contact_instructions", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("continued_presence", sa.String(), nullable=False),
        sa.Column("continued_presence_expires", sa.Date(), nullable=True),
        sa.Column("t_visa", sa.String(), nullable=False),
        sa.Column("hhs_letter", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("client_id"),
    )
    op.create_table(
        "placements",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("program_type", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("funding_source", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("move_in_date", sa.Date(), nullable=True),
        sa.Column("expected_exit_date", sa.Date(), nullable=True),
        sa.Column("exit_date", sa.Date(), nullable=True),
        sa.Column("exit_destination", sa.String(), nullable=True),
        sa.Column("safety_notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.create_index("ix_placements_client", ["client_id"], unique=False)

    op.create_table(
        "releases",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("recipient_agency_id", sa.String(length=36), nullable=False),
        sa.Column("categories", sa.String(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.String(), nullable=False),
        sa.Column("form_language", sa.String(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("exception_basis", sa.Text(), nullable=False),
        sa.Column("services_not_conditional", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["recipient_agency_id"],
            ["agencies.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("releases", schema=None) as batch_op:
        batch_op.create_index("ix_releases_client", ["client_id"], unique=False)
        batch_op.create_index("ix_releases_expiry", ["status", "expires_on"], unique=False)

    op.create_table(
        "restitution_matters",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("court", sa.String(), nullable=False),
        sa.Column("docket_number", sa.String(), nullable=False),
        sa.Column("defendant", sa.String(), nullable=False),
        sa.Column("statute", sa.String(), nullable=False),
        sa.Column("losses_claimed_cents", sa.Integer(), nullable=False),
        sa.Column("ordered_cents", sa.Integer(), nullable=False),
        sa.Column("closure", sa.String(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("restitution_matters", schema=None) as batch_op:
        batch_op.create_index("ix_restitution_client", ["client_id"], unique=False)

    op.create_table(
        "assistance_entries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("placement_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["placement_id"], ["placements.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assistance_entries", schema=None) as batch_op:
        batch_op.create_index("ix_assistance_placement", ["placement_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("from_agency_id", sa.String(length=36), nullable=False),
        sa.Column("to_agency_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("referring_person", sa.String(), nullable=False),
        sa.Column("external_case_number", sa.String(), nullable=False),
        sa.Column("services", sa.String(), nullable=False),
        sa.Column("urgency", sa.String(), nullable=False),
        sa.Column("safety_notes", sa.Text(), nullable=False),
        sa.Column("release_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_changed_at", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("assigned_user_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_user_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["from_agency_id"],
            ["agencies.id"],
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["releases.id"],
        ),
        sa.ForeignKeyConstraint(
            ["to_agency_id"],
            ["agencies.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_referrals_assigned", ["assigned_user_id", "updated_at"], unique=False
        )
        batch_op.create_index("ix_referrals_client", ["client_id"], unique=False)
        batch_op.create_index("ix_referrals_from", ["from_agency_id"], unique=False)
        batch_op.create_index("ix_referrals_status_updated", ["status", "updated_at"], unique=False)
        batch_op.create_index("ix_referrals_to", ["to_agency_id"], unique=False)
        batch_op.create_index("ix_referrals_updated", ["updated_at"], unique=False)

    op.create_table(
        "restitution_money",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("matter_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["matter_id"], ["restitution_matters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("restitution_money", schema=None) as batch_op:
        batch_op.create_index("ix_money_matter", ["matter_id"], unique=False)

    op.create_table(
        "restitution_steps",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("matter_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["matter_id"], ["restitution_matters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("restitution_steps", schema=None) as batch_op:
        batch_op.create_index("ix_steps_due", ["status", "due_on"], unique=False)
        batch_op.create_index("ix_steps_matter", ["matter_id"], unique=False)

    op.create_table(
        "notes",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.Column("author_user_id", sa.String(length=36), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index("ix_notes_client", ["client_id"], unique=False)

    op.create_table(
        "referral_status_changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(), nullable=True),
        sa.Column("to_status", sa.String(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_user_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.create_index("ix_status_changes_referral", ["referral_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referral_status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_status_changes_referral")

    op.drop_table("referral_status_changes")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index("ix_notes_client")

    op.drop_table("notes")
    with op.batch_alter_table("restitution_steps", schema=None) as batch_op:
        batch_op.drop_index("ix_steps_matter")
        batch_op.drop_index("ix_steps_due")

    op.drop_table("restitution_steps")
    with op.batch_alter_table("restitution_money", schema=None) as batch_op:
        batch_op.drop_index("ix_money_matter")

    op.drop_table("restitution_money")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_updated")
        batch_op.drop_index("ix_referrals_to")
        batch_op.drop_index("ix_referrals_status_updated")
        batch_op.drop_index("ix_referrals_from")
        batch_op.drop_index("ix_referrals_client")
        batch_op.drop_index("ix_referrals_assigned")

    op.drop_table("referrals")
    with op.batch_alter_table("assistance_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_assistance_placement")

    op.drop_table("assistance_entries")
    with op.batch_alter_table("restitution_matters", schema=None) as batch_op:
        batch_op.drop_index("ix_restitution_client")

    op.drop_table("restitution_matters")
    with op.batch_alter_table("releases", schema=None) as batch_op:
        batch_op.drop_index("ix_releases_expiry")
        batch_op.drop_index("ix_releases_client")

    op.drop_table("releases")
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index("ix_placements_client")

    op.drop_table("placements")
    op.drop_table("client_personal")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_next_due")

    op.drop_table("clients")
    op.drop_table("users")
    op.drop_table("settings")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_record")

    op.drop_table("audit_events")
    op.drop_table("agencies")
