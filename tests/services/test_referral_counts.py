"""The dashboard's referral counts (migration 0020): kept by triggers through every kind
of change, filled on an existing vault, and not trusted once a trigger is gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.services import vaults
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.demo_vault import create_demo_workspace
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf, migrations
from nap_desktop.store.kdf import KdfParams
from tests.services.conftest import Services, as_demo_vault

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
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
    with engine.begin() as conn:  # the vault as it was before 0020 (and 0021)
        for name in ("referral_counts_i", "referral_counts_u", "referral_counts_d"):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DROP TABLE referral_counts")
        conn.exec_driver_sql("DROP INDEX ix_placements_open_exit")
        conn.exec_driver_sql("DROP INDEX ix_placements_waiting_move_in")
        conn.exec_driver_sql("DROP INDEX ix_referrals_outcome")
        conn.exec_driver_sql("DROP INDEX ix_service_records_counted")
        conn.exec_driver_sql("DROP INDEX ix_clients_created")  # 0021's, upgraded to again
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0019'")
        names = [r[0] for r in conn.exec_driver_sql(tables)]
        before = {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}
    assert migrations.upgrade(engine)
    with engine.connect() as conn:
        after = {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}
        assert migrations.current_revision(conn) == migrations.HEAD_REVISION == "0021"
    assert after == before
    kept, real = kept_and_real(demo)
    assert kept == real


@pytest.fixture
def vault_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    ws = create_demo_workspace(tmp_path / "demo", kdf=FAST)
    DemoGenerator(ws.ctx, seed=4).run(120)
    yield ws
    ws.close()


def real_and_kept(ws: Workspace) -> tuple[dict[str, int], dict[str, int]]:
    with ws.ctx.read() as s:
        return ({str(k): int(v) for k, v in s.execute(text(BY_STATUS))},
                {str(k): int(v) for k, v in s.execute(text(KEPT))})


def test_a_merge_and_its_undo_keep_the_counts(vault_ws: Workspace) -> None:
    with vault_ws.ctx.read() as s:
        keep, other = [r[0] for r in s.execute(text(
            "SELECT client_id FROM referrals GROUP BY client_id ORDER BY client_id LIMIT 2"))]
    record = vault_ws.merges.merge(keep, other, reason="Same person (test)")
    real, kept = real_and_kept(vault_ws)
    assert kept == real
    vault_ws.merges.unmerge(record.id)
    real, kept = real_and_kept(vault_ws)
    assert kept == real


def test_nap_check_counts_again_counts_that_drifted(vault_ws: Workspace) -> None:
    assert not any("Referral counts" in f for f in vaults.check_vault(vault_ws).facts)
    with vault_ws.ctx.unit_of_work() as s:  # as a bug or a hand edit could leave them
        s.execute(text("UPDATE referral_counts SET n = n + 7"))
    real, kept = real_and_kept(vault_ws)
    assert kept != real
    checked = vaults.check_vault(vault_ws)
    assert any("Referral counts" in f and "counted again" in f for f in checked.facts)
    assert not checked.problems
    real, kept = real_and_kept(vault_ws)
    assert kept == real
    assert vault_ws.queries.dashboard().counts_by_status == {
        ReferralStatus(k): v for k, v in real.items()}
