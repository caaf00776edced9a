"""Team sync end to end, against the real PostgreSQL fixture: desktops on one machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import (
    add_user,
    client_names,
    fast_kdf,
    found_team,
    join,
    new_client,
)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)


def test_a_client_logged_on_one_desktop_is_seen_on_the_other_after_its_sync(
        tmp_path: Path, pg: PgDatabase) -> None:
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    new_client(a, "Maria Example")
    assert "Maria Example" not in client_names(b)
    result_a = a.sync()
    assert result_a.pushed >= 1
    result_b = b.sync()
    assert result_b.pulled >= 1 and result_b.refused == 0
    assert "Maria Example" in client_names(b)
    new_client(b, "Jon Example")
    b.sync()
    a.sync()
    assert "Jon Example" in client_names(a)
    assert a.dump() == b.dump()
    a.close()
    b.close()


def test_a_sync_on_a_worker_thread_runs_beside_work_on_the_main_one(
        tmp_path: Path, pg: PgDatabase) -> None:
    """What the desktop's TaskRunner does: sync_now off the GUI thread, on its own
    connections, while the person keeps saving."""
    from concurrent.futures import ThreadPoolExecutor

    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    for n in range(20):
        new_client(a, f"Threaded Person {n}")
    ws = a.open()
    with ThreadPoolExecutor(max_workers=1) as pool:
        running = pool.submit(ws.team.sync_now)
        for n in range(5):
            new_client(a, f"Typed Meanwhile {n}")
        assert running.result().pushed >= 20
    a.sync()
    names_before = client_names(b)
    b.sync()
    names = client_names(b)
    assert "Typed Meanwhile 0" not in names_before
    assert {f"Threaded Person {n}" for n in range(20)} <= names
    assert {f"Typed Meanwhile {n}" for n in range(5)} <= names
    a.sync()  # B's own unlock event comes back to A
    assert a.dump() == b.dump()
    assert ws.team.status().pending == 0 and ws.team.status().last_error == ""
    a.close()
    b.close()


def test_an_admin_desktop_publishes_a_snapshot_when_the_log_has_grown(
        tmp_path: Path, pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    from nap_desktop.sync import snapshots

    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 5)
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    first = pg.connect().latest_snapshot(a.open().unlocked.vault_id)
    for n in range(6):
        new_client(a, f"Grown Person {n}")
    a.sync()
    later = pg.connect().latest_snapshot(a.open().unlocked.vault_id)
    assert first is not None and later is not None and later.seq >= first.seq + 5
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    assert {f"Grown Person {n}" for n in range(6)} <= client_names(b)
    a.close()
    b.close()
