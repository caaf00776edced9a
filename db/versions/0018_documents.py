"""documents: encrypted documents on a case, their contents and chunks (issue #14)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07

``documents`` describes each document (kind, title, date, what it is attached to, who
added it, what metadata was stripped; voided, never deleted). ``document_contents`` holds
one row per distinct content, named by a keyed HMAC-SHA256 of its bytes (the same file
twice is stored once); ``document_chunks`` its bytes in pieces of at most 1 MiB. All three
live inside the SQLCipher database: the vault key, its rotation and the encrypted backups
cover them (docs/vault-format.md, "Documents").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("attached_type", sa.String(), nullable=False),
        sa.Column("attached_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("content_id", sa.String(length=64), nullable=False),
        sa.Column("added_by", sa.String(length=36), nullable=True),
        sa.Column("metadata_removed", sa.String(), nullable=False, server_default=""),
        sa.Column("voided_at", sa.String(length=32), nullable=True),
        sa.Column("voided_by", sa.String(length=36), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("origin_agency_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_documents_client", "documents", ["client_id", "created_at"])
    op.create_index("ix_documents_attached", "documents", ["attached_type", "attached_id"])
    op.create_index("ix_documents_content", "documents", ["content_id"])
    op.create_table(
        "document_contents",
        sa.Column("content_id", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("content_id"),
    )
    op.create_table(
        "document_chunks",
        sa.Column("content_id", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("content_id", "n"),
    )


def downgrade() -> None:
    op.drop_table("document_chunks")
    op.drop_table("document_contents")
    op.drop_index("ix_documents_content", table_name="documents")
    op.drop_index("ix_documents_attached", table_name="documents")
    op.drop_index("ix_documents_client", table_name="documents")
    op.drop_table("documents")
