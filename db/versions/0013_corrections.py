"""corrections: money, housing assistance entries and notes are corrected or voided, never deleted

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

``restitution_money`` and ``assistance_entries`` gain a void (``voided_at``, ``voided_by``,
``void_reason``), the entry a correction replaces (``corrects_id``) and the partner agency
that recorded an entry received in a package (``origin_agency_id``; NULL: recorded here).
``notes`` gain the same void and origin; a corrected note keeps its earlier texts in
``note_versions`` (docs/vault-format.md, "Corrections").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_ENTRY_TABLES = ("restitution_money", "assistance_entries")


def _void_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("voided_at", sa.String(length=32), nullable=True),
        sa.Column("voided_by", sa.String(length=36), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("origin_agency_id", sa.String(length=36), nullable=True),
    ]


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: existing rows are live entries recorded here.
    for name in _ENTRY_TABLES:
        for col in _void_columns():
            op.add_column(name, col)
        op.add_column(name, sa.Column("corrects_id", sa.String(length=36), nullable=True))
    for col in _void_columns():
        op.add_column("notes", col)
    op.create_table(
        "note_versions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.String(length=32), nullable=False),
        sa.Column("replaced_by", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["note_id"], ["notes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_note_versions_note", "note_versions", ["note_id", "version"])


def downgrade() -> None:
    op.drop_index("ix_note_versions_note", table_name="note_versions")
    op.drop_table("note_versions")
    for name in (*_ENTRY_TABLES, "notes"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            for col in ("origin_agency_id", "void_reason", "voided_by", "voided_at"):
                batch_op.drop_column(col)
            if name != "notes":
                batch_op.drop_column("corrects_id")
