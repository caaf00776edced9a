"""signed grants: user grants signed by an administrator, audit events signed by their author

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

``user_grants`` holds the chain of signed user grants (create user, role, active flag,
signing key), from the vault creator's own grant down; ``audit_events`` gains the
principal that signed each event and its Ed25519 signature. Existing events stay unsigned
(legacy): the grant that roots the vault's authority says from which event on signatures
are required (docs/vault-format.md section 9). A partial index finds the few ``user.grant``
events (each records one grant) without reading the whole log at unlock.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_grants",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    # Plain ALTER TABLE ADD COLUMN: no copy of a large audit table.
    op.add_column("audit_events",
                  sa.Column("signer", sa.String(), nullable=False, server_default=""))
    op.add_column("audit_events",
                  sa.Column("signature", sa.String(), nullable=False, server_default=""))
    op.execute("CREATE INDEX ix_audit_grants ON audit_events (seq) WHERE action = 'user.grant'")


def downgrade() -> None:
    op.execute("DROP INDEX ix_audit_grants")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("signature")
        batch_op.drop_column("signer")
    op.drop_table("user_grants")
