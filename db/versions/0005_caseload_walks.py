"""indexes that let every caseload order and quick filter walk instead of sort

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

The caseload shows its first page by walking an index in the list's order and stops
when the page is full; these make that possible for the orders and filters that had
none (figures in docs/benchmarks.md, "Desktop"):

- awaiting response, newest first: a partial (updated_at, id) index;
- sort by client name: an index on the displayed name (preferred, else legal);
- a client's referrals in (updated_at, id) order, covering: quick filters on clients
  (overdue, consent expiring, search) find and sort their referrals without the table;
- overdue clients: (next_due_on, id), covering, so the planner uses it.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The same text as caseload_queries.NAME_SQL, unqualified: SQLite matches an expression
# index only against the very same expression.
_NAME = "(CASE WHEN preferred_name != '' THEN preferred_name ELSE legal_name END)"


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_referrals_awaiting_updated_id ON referrals (updated_at, id) "
        "WHERE status IN ('received', 'sent')"
    )
    op.execute(f"CREATE INDEX ix_client_personal_name ON client_personal ({_NAME}, client_id)")
    op.create_index(
        "ix_referrals_client_updated_id", "referrals", ["client_id", "updated_at", "id"]
    )
    op.drop_index("ix_referrals_client", table_name="referrals")
    op.create_index("ix_clients_next_due_id", "clients", ["next_due_on", "id"])
    op.drop_index("ix_clients_next_due", table_name="clients")
    op.execute("ANALYZE")


def downgrade() -> None:
    op.create_index("ix_clients_next_due", "clients", ["next_due_on"])
    op.drop_index("ix_clients_next_due_id", table_name="clients")
    op.create_index("ix_referrals_client", "referrals", ["client_id"])
    op.drop_index("ix_referrals_client_updated_id", table_name="referrals")
    op.execute("DROP INDEX ix_client_personal_name")
    op.execute("DROP INDEX ix_referrals_awaiting_updated_id")
