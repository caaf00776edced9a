"""full-text case search (FTS5 inside the encrypted database)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

One row per client: its case number and the external case numbers of its
referrals, its names, and the text of its notes. Kept up to date by the
services in the same transaction as the change. Existing vaults are indexed
during the upgrade.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "client_id UNINDEXED, case_number, names, notes, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    op.execute(
        """
        INSERT INTO case_search (client_id, case_number, names, notes)
        SELECT c.id,
               c.case_number || ' ' || coalesce(
                   (SELECT group_concat(r.external_case_number, ' ')
                      FROM referrals r WHERE r.client_id = c.id), ''),
               coalesce(p.legal_name, '') || ' ' || coalesce(p.preferred_name, ''),
               coalesce((SELECT group_concat(n.body, ' ')
                           FROM notes n WHERE n.client_id = c.id), '')
          FROM clients c LEFT JOIN client_personal p ON p.client_id = c.id
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE case_search")
