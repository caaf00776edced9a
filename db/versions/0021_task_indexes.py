"""the team's tasks at a million referrals: clients in intake order

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

"Plan due" tasks are found in intake order (``services/task_queries.py``): a worker's
cases through ``ix_clients_assigned_id (assigned_user_id, created_at, id)``, but the
team's (every case) had no index in that order: SQLite read every case and sorted them
for the first 2,000 (1.4 s of ``tasks.team()`` at 1,000,000 referrals, docs/benchmarks.md
"My tasks and issue #13's demo rows"). ``ix_clients_created (created_at, id)`` gives
them in order; the walk stops at the page. ``clients`` is synced; an index is local
schema, not data.
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_clients_created ON clients (created_at, id)")
    op.execute("ANALYZE clients")


def downgrade() -> None:
    op.execute("DROP INDEX ix_clients_created")
