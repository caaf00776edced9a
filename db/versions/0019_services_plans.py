"""services_plans: services delivered, funding sources, projects, case and safety plans,
manual tasks, program activities and the reported client fields (issue #13)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07

New tables (docs/vault-format.md, "Services, plans and tasks"): ``funding_sources``,
``projects``, ``service_records`` (voidable), ``service_corrections`` (append-only),
``case_plans``, ``plan_goals``, ``safety_plans``, ``tasks`` (manual tasks only; derived
tasks are computed), ``program_activities``. ``client_personal`` gains gender,
race_ethnicity, sex, citizenship and referral_source (existing rows: "not_collected");
``placements`` gains ``project_id``. None of these ever goes to a partner agency except
the client fields, under the demographics category.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_CLIENT_FIELDS = ("gender", "race_ethnicity", "sex", "citizenship", "referral_source")


def _versioned() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
    ]


def _voidable() -> list[sa.Column[object]]:
    return [
        sa.Column("voided_at", sa.String(length=32), nullable=True),
        sa.Column("voided_by", sa.String(length=36), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("origin_agency_id", sa.String(length=36), nullable=True),
    ]


def _client_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE")


def upgrade() -> None:
    for name in _CLIENT_FIELDS:
        op.add_column("client_personal", sa.Column(
            name, sa.String(), nullable=False, server_default="not_collected"))
    op.add_column("placements", sa.Column("project_id", sa.String(length=36), nullable=True))
    op.create_index("ix_clients_assigned_id", "clients", ["assigned_user_id", "id"])
    op.create_table(
        "funding_sources", *_versioned(),
        sa.Column("funder", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("award_number", sa.String(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "projects", *_versioned(),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("hmis_project_type", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.String(length=36), nullable=True),
        sa.Column("operating_start", sa.Date(), nullable=False),
        sa.Column("operating_end", sa.Date(), nullable=True),
        sa.Column("coc_code", sa.String(), nullable=False),
        sa.Column("geocode", sa.String(), nullable=False),
        sa.Column("housing_type", sa.Integer(), nullable=True),
        sa.Column("household_type", sa.Integer(), nullable=True),
        sa.Column("unit_inventory", sa.Integer(), nullable=True),
        sa.Column("bed_inventory", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["funding_source_id"], ["funding_sources.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _services()
    _plans()
    _tasks_and_activities()


def _services() -> None:
    op.create_table(
        "service_records", *_versioned(),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.Column("provided_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("provided_by_user_id", sa.String(length=36), nullable=True),
        sa.Column("partner_agency_id", sa.String(length=36), nullable=True),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author_user_id", sa.String(length=36), nullable=True),
        *_voidable(),
        _client_fk(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_service_records_client", "service_records", ["client_id", "provided_on"])
    op.create_index("ix_service_records_date", "service_records", ["provided_on", "category"])
    op.create_index("ix_service_records_status_date", "service_records",
                    ["status", "provided_on"])
    op.create_table(
        "service_corrections",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["service_records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_service_corrections_service", "service_corrections",
                    ["service_id", "at"])


def _plans() -> None:
    op.create_table(
        "case_plans", *_versioned(),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("author_user_id", sa.String(length=36), nullable=True),
        _client_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id"),
    )
    op.create_index("ix_case_plans_review", "case_plans", ["next_review_on"])
    op.create_table(
        "plan_goals", *_versioned(),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _client_fk(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_plan_goals_client", "plan_goals", ["client_id", "position"])
    op.create_table(
        "safety_plans", *_versioned(),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("contact_risk", sa.String(), nullable=False),
        sa.Column("safe_contacts", sa.Text(), nullable=False),
        sa.Column("code_word", sa.Text(), nullable=False),
        sa.Column("safe_places", sa.Text(), nullable=False),
        sa.Column("technology_safety", sa.Text(), nullable=False),
        sa.Column("emergency_numbers", sa.Text(), nullable=False),
        sa.Column("protective_order", sa.String(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        _client_fk(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id"),
    )


def _tasks_and_activities() -> None:
    op.create_table(
        "tasks", *_versioned(),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assigned_user_id", sa.String(length=36), nullable=False),
        sa.Column("created_by_user_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""),
        _client_fk(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tasks_assigned_status_due", "tasks",
                    ["assigned_user_id", "status", "due_on"])
    op.create_index("ix_tasks_client", "tasks", ["client_id"])
    op.create_table(
        "program_activities", *_versioned(),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("audience", sa.String(), nullable=False),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_program_activities_held", "program_activities", ["held_on"])


def downgrade() -> None:
    for table in ("program_activities", "tasks", "safety_plans", "plan_goals", "case_plans",
                  "service_corrections", "service_records", "projects", "funding_sources"):
        op.drop_table(table)
    op.drop_index("ix_clients_assigned_id", table_name="clients")
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy would have to reflect the
    # expression index on client_personal (ix_client_personal_name), which it cannot.
    op.drop_column("placements", "project_id")
    for name in _CLIENT_FIELDS:
        op.drop_column("client_personal", name)
