"""the dashboard at a million referrals: housing indexes and referral counts

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

At 1,000,000 referrals the dashboard took 3.9 s (docs/benchmarks.md, "One million
referrals"), every bit of it proportional to the vault:

- the housing section read every placement and sorted the open ones (0.8-1.6 s each for
  exits and move-ins): two partial indexes now give its first 50 in order;
- the referral counts by status and "My cases" walked an index of every referral
  (0.6-1.3 s each): ``referral_counts`` holds the number of referrals per (status,
  assigned worker), kept by three triggers on ``referrals`` in the same transaction as
  every change, so the dashboard reads a few dozen rows. It is derived data, never synced
  (``sync/tables.py``); the dashboard counts the referrals themselves if the triggers are
  missing (a table rebuild by a later migration would drop them), and ``nap check``
  counts them again if they differ from the referrals;
- two covering indexes the Insights tab asked for (referral outcomes, services counted).
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

#: Literal in ``services/queries.py`` too: a partial index serves only the same text.
OPEN_EXIT_WHERE = "status IN ('started', 'moved_in')"
WAITING_MOVE_IN_WHERE = "status = 'started' AND move_in_date IS NULL"

COUNTS_TABLE = (
    "CREATE TABLE referral_counts (status VARCHAR NOT NULL, "
    "assigned_user_id VARCHAR(36) NOT NULL DEFAULT '', n INTEGER NOT NULL, "
    "PRIMARY KEY (status, assigned_user_id)) WITHOUT ROWID"
)
_ADD = (
    "INSERT INTO referral_counts (status, assigned_user_id, n) "
    "VALUES ({side}.status, coalesce({side}.assigned_user_id, ''), 1) "
    "ON CONFLICT (status, assigned_user_id) DO UPDATE SET n = n + 1;"
)
_REMOVE = (
    "UPDATE referral_counts SET n = n - 1 WHERE status = {side}.status "
    "AND assigned_user_id = coalesce({side}.assigned_user_id, '');"
)
#: The triggers' names (the dashboard checks that all three are there).
COUNT_TRIGGERS = ("referral_counts_i", "referral_counts_u", "referral_counts_d")
COUNT_TRIGGER_SQL = (
    "CREATE TRIGGER referral_counts_i AFTER INSERT ON referrals BEGIN "
    + _ADD.format(side="NEW") + " END",
    "CREATE TRIGGER referral_counts_u AFTER UPDATE OF status, assigned_user_id ON referrals "
    "WHEN OLD.status IS NOT NEW.status OR OLD.assigned_user_id IS NOT NEW.assigned_user_id "
    "BEGIN " + _REMOVE.format(side="OLD") + " " + _ADD.format(side="NEW") + " END",
    "CREATE TRIGGER referral_counts_d AFTER DELETE ON referrals BEGIN "
    + _REMOVE.format(side="OLD") + " END",
)
FILL_COUNTS = (
    "INSERT INTO referral_counts (status, assigned_user_id, n) "
    "SELECT status, coalesce(assigned_user_id, ''), count(*) FROM referrals "
    "GROUP BY status, coalesce(assigned_user_id, '')"
)


def upgrade() -> None:
    op.execute(
        f"CREATE INDEX ix_placements_open_exit ON placements (expected_exit_date) "
        f"WHERE {OPEN_EXIT_WHERE}"
    )
    op.execute(
        f"CREATE INDEX ix_placements_waiting_move_in ON placements (start_date) "
        f"WHERE {WAITING_MOVE_IN_WHERE}"
    )
    op.execute(COUNTS_TABLE)
    op.execute(FILL_COUNTS)
    for sql in COUNT_TRIGGER_SQL:
        op.execute(sql)
    # Asked by the Insights tab (issue #13): referral outcomes of a period and open cases
    # per worker; services by category per month and clients served (covering both).
    op.execute(
        "CREATE INDEX ix_referrals_outcome ON referrals "
        "(status, status_changed_at, outcome, client_id)"
    )
    op.execute(
        "CREATE INDEX ix_service_records_counted ON service_records "
        "(status, provided_on, category, client_id, voided_at)"
    )
    op.execute("ANALYZE placements")
    op.execute("ANALYZE referrals")
    op.execute("ANALYZE service_records")


def downgrade() -> None:
    op.execute("DROP INDEX ix_service_records_counted")
    op.execute("DROP INDEX ix_referrals_outcome")
    for name in COUNT_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE referral_counts")
    op.execute("DROP INDEX ix_placements_waiting_move_in")
    op.execute("DROP INDEX ix_placements_open_exit")
