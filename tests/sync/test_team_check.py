"""``nap check`` on a team vault compares this device's history with the server's log
(the external anchor): a history altered on the device or on the server shows, and an
unreachable server is said, never taken for a clean comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from nap_desktop.services import vaults
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import Desk, add_user, fast_kdf, found_team, join, new_client


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)


def _two_desks(tmp_path: Path, pg: PgDatabase) -> tuple[Desk, Desk]:
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    new_client(a, "Checked Person")
    a.sync()
    b.sync()
    return a, b


def test_a_device_in_step_with_the_server_says_so(tmp_path: Path, pg: PgDatabase) -> None:
    a, b = _two_desks(tmp_path, pg)
    for desk in (a, b):
        result = vaults.check_vault(desk.open())
        assert result.problems == []
        assert any(f.startswith("Team log: the same as the server's") for f in result.facts)
    a.close()
    b.close()


def test_an_audit_event_deleted_on_the_device_is_found(tmp_path: Path, pg: PgDatabase) -> None:
    a, b = _two_desks(tmp_path, pg)
    ws = b.open()
    with ws.unlocked.engine.begin() as conn:  # what someone holding the data key could do
        conn.execute(text("DELETE FROM audit_events WHERE seq = (SELECT min(seq) FROM "
                          "audit_events WHERE signature LIKE 'c:%')"))
    problems = vaults.check_vault(ws).problems
    assert problems, "a deleted audit event went unnoticed"
    a.close()
    b.close()


def test_a_device_whose_record_of_the_log_was_altered_is_found(
        tmp_path: Path, pg: PgDatabase) -> None:
    a, b = _two_desks(tmp_path, pg)
    ws = b.open()
    with ws.unlocked.engine.begin() as conn:
        conn.execute(text("UPDATE sync_log SET hash = zeroblob(32) "
                          "WHERE seq = (SELECT min(seq) + 1 FROM sync_log)"))
    problems = vaults.check_vault(ws).problems
    assert any("differs from the server's" in p for p in problems)
    a.close()
    b.close()


def test_a_server_that_lost_changes_is_found(tmp_path: Path, pg: PgDatabase) -> None:
    a, b = _two_desks(tmp_path, pg)
    head = int(pg.hostile("SELECT max(seq) FROM nap_sync.change_sets")[0][0])
    pg.hostile("DELETE FROM nap_sync.change_sets WHERE seq = %s", (head,))
    problems = vaults.check_vault(b.open()).problems  # B synced last: it holds the head
    assert any("before this device's position" in p for p in problems)
    a.close()
    b.close()


def test_an_unreachable_server_is_said_not_taken_for_a_clean_log(
        tmp_path: Path, pg: PgDatabase) -> None:
    a, b = _two_desks(tmp_path, pg)
    pg.stop_server()
    try:
        result = vaults.check_vault(a.open())
    finally:
        pg.start_server()
    assert any(f.startswith("Team log: not compared with the server") for f in result.facts)
    assert not any(f.startswith("Team log: the same") for f in result.facts)
    a.close()
    b.close()
