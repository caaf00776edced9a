"""The dashboard's referral counts (migration 0020): kept by triggers through every kind
of change, filled on an existing vault, and not trusted once a trigger is gone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from nap_desktop.services.demo import DemoGenerator
from nap_desktop.store import migrations
from tests.services.conftest import Services, as_demo_vault

BY_STATUS = "SELECT status, count(*) FROM referrals GROUP BY status"
KEPT = "SELECT status, sum(n) FROM referral_counts GROUP BY status HAVING sum(n) > 0"
BY_WORKER = (
    "SELECT coalesce(assigned_user_id, ''), count(*) FROM referrals GROUP BY 1"
)
KEPT_BY_WORKER = (
    "SELECT assigned_user_id, sum(n) FROM referral_counts GROUP BY 1 HAVING sum(n) > 0"
)


@pytest.fixture
def demo(svc: Services) -> Iterator[Services]:
    svc.act_as("admin")
    DemoGenerator(as_demo_vault(svc).ctx, seed=2).run(300)
    yield svc


def kept_and_real(svc: Services) -> tuple[dict[str, int], dict[str, int]]:
    with svc.ctx.read() as s:
        kept = {str(k): int(v) for k, v in s.execute(text(KEPT))}
        real = {str(k): int(v) for k, v in s.execute(text(BY_STATUS))}
        assert dict(s.execute(text(KEPT_BY_WORKER)).all()) == dict(
            s.execute(text(BY_WORKER)).all())
    return kept, real


def test_the_counts_follow_every_insert_update_and_delete(demo: Services) -> None:
    kept, real = kept_and_real(demo)
    assert kept == real and sum(real.values()) >= 300
    with demo.ctx.unit_of_work() as s:
        s.execute(text("UPDATE referrals SET status = 'completed' WHERE rowid % 3 = 0"))
        s.execute(text("UPDATE referrals SET assigned_user_id = NULL WHERE rowid % 5 = 0"))
        s.execute(text("UPDATE referrals SET status = status WHERE rowid % 7 = 0"))  # no change
        s.execute(text("DELETE FROM referral_status_changes WHERE referral_id IN "
                       "(SELECT id FROM referrals WHERE rowid % 11 = 0)"))
        s.execute(text("DELETE FROM referrals WHERE rowid % 11 = 0"))
    kept, real = kept_and_real(demo)
    assert kept == real


def test_the_dashboard_shows_the_same_counts_with_or_without_the_triggers(
    demo: Services,
) -> None:
    demo.act_as("ana")
    with_counts = demo.queries.dashboard()
    with demo.ctx.unit_of_work() as s:
        s.execute(text("DROP TRIGGER referral_counts_u"))
        # A change the counts no longer see: the dashboard must not show stale numbers.
        s.execute(text("UPDATE referrals SET status = 'withdrawn' WHERE rowid % 2 = 0"))
    without = demo.queries.dashboard()
    with demo.ctx.read() as s:
        real = {str(k): int(v) for k, v in s.execute(text(BY_STATUS))}
    assert {k.value: v for k, v in without.counts_by_status.items()} == real
    assert with_counts.counts_by_status != without.counts_by_status
    assert with_counts.mine > 0


def test_the_migration_fills_the_counts_of_an_existing_vault_and_keeps_every_row(
    demo: Services,
) -> None:
    engine = demo.ctx.source.engine
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    with engine.begin() as conn:  # the vault as it was before 0020
        for name in ("referral_counts_i", "referral_counts_u", "referral_counts_d"):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DROP TABLE referral_counts")
        conn.exec_driver_sql("DROP INDEX ix_placements_open_exit")
        conn.exec_driver_sql("DROP INDEX ix_placements_waiting_move_in")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0019'")
        names = [r[0] for r in conn.exec_driver_sql(tables)]
        before = {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}
    assert migrations.upgrade(engine)
    with engine.connect() as conn:
        after = {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}
        assert migrations.current_revision(conn) == migrations.HEAD_REVISION == "0020"
    assert after == before
    kept, real = kept_and_real(demo)
    assert kept == real
