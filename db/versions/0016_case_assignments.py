"""case assignments: who a case was assigned to, by whom, from whom, when and why

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

``case_assignments`` keeps one row per (re)assignment of a case (issue #11): the worker
it went to, the one it came from, the supervisor or administrator who made it, when, and
the reason they wrote. The reason is free text and may name the survivor, so it is kept
here, in the vault, and never in the audit log's detail (which names the row). It is local
to this agency: no package carries it (``docs/transfer-format.md``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_assignments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("to_user_id", sa.String(length=36), nullable=False),
        sa.Column("from_user_id", sa.String(length=36), nullable=True),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["to_user_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["from_user_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["by_user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_assignments_client", "case_assignments", ["client_id"])


def downgrade() -> None:
    op.drop_index("ix_case_assignments_client", table_name="case_assignments")
    op.drop_table("case_assignments")
