"""Team sync under faults, against the real PostgreSQL fixture: a server stopped, a backend
killed, a push retried, an apply interrupted. A sync that failed says so (``SyncFailed``)
and loses nothing; the next one goes on from where it stopped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nap_desktop.sync import devices
from nap_desktop.sync.server import LogServer
from nap_desktop.sync.session import SyncFailed
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import (
    Desk,
    client_names,
    fast_kdf,
    new_client,
)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)


def _once(monkeypatch: pytest.MonkeyPatch, name: str,
          fault: Callable[[Any, Callable[..., Any], tuple[Any, ...]], Any],
          *, on_call: int = 1) -> None:
    """Make the ``on_call``-th call of ``LogServer.<name>`` go through ``fault``."""
    real = getattr(LogServer, name)
    calls = {"n": 0}

    def patched(self: LogServer, *args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == on_call:
            return fault(self, lambda *a: real(self, *a), args)
        return real(self, *args)

    monkeypatch.setattr(LogServer, name, patched)


def test_a_push_whose_answer_is_lost_is_retried_without_a_duplicate(
        pair: tuple[Desk, Desk], pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    for n in range(3):
        new_client(a, f"Retry Person {n}")

    def commit_then_cut(_server: Any, real: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        real(*args)  # the server committed ...
        pg.terminate_backends()  # ... and the connection died before we heard it
        raise __import__("nap_desktop.sync.errors", fromlist=["x"]).ServerUnreachable()

    _once(monkeypatch, "push", commit_then_cut)
    with pytest.raises(SyncFailed) as failed:
        a.sync()
    assert "Nothing was lost" in failed.value.message
    assert a.open().team.status().last_error  # the status bar says so
    monkeypatch.undo()
    fast_kdf(monkeypatch)
    head_before = pg.connect().head(a.open().unlocked.vault_id)
    again = a.sync()
    assert again.pushed == 0 or pg.connect().head(a.open().unlocked.vault_id) == head_before
    b.sync()
    assert {f"Retry Person {n}" for n in range(3)} <= client_names(b)
    rows = pg.hostile("SELECT count(*), count(DISTINCT id) FROM nap_sync.change_sets")
    assert rows[0][0] == rows[0][1]  # no change set twice
    assert a.dump() == b.dump()


def test_the_server_stopped_mid_pull_fails_honestly_and_the_next_sync_resumes(
        pair: tuple[Desk, Desk], pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    monkeypatch.setattr("nap_desktop.sync.session.PULL_BATCH", 2)
    for n in range(7):
        new_client(a, f"Pulled Person {n}")
    a.sync()

    def stop_first(_server: Any, real: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        pg.stop_server("immediate")
        return real(*args)

    _once(monkeypatch, "pull", stop_first, on_call=2)  # after one batch was applied
    cursor_before = b.open().team.status().cursor
    with pytest.raises(SyncFailed) as failed:
        b.sync()
    assert "Nothing was lost" in failed.value.message
    status = b.open().team.status()
    assert cursor_before < status.cursor  # the first batch stayed applied
    assert status.last_error and status.online is False
    pg.start_server()
    monkeypatch.undo()
    fast_kdf(monkeypatch)
    b.sync()
    assert {f"Pulled Person {n}" for n in range(7)} <= client_names(b)
    assert a.dump() == b.dump()


def test_a_backend_killed_mid_push_loses_nothing(
        pair: tuple[Desk, Desk], pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    monkeypatch.setattr("nap_desktop.sync.session.PUSH_BATCH", 2)
    for n in range(5):
        new_client(a, f"Pushed Person {n}")

    def kill_before(_server: Any, real: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        pg.terminate_backends()
        return real(*args)

    _once(monkeypatch, "push", kill_before, on_call=2)  # the second batch
    with pytest.raises(SyncFailed):
        a.sync()
    monkeypatch.undo()
    fast_kdf(monkeypatch)
    a.sync()
    b.sync()
    assert {f"Pushed Person {n}" for n in range(5)} <= client_names(b)
    assert a.dump() == b.dump()


def test_an_apply_interrupted_half_way_leaves_the_replica_as_it_was(
        pair: tuple[Desk, Desk], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    for n in range(4):
        new_client(a, f"Applied Person {n}")
    a.sync()
    before = b.dump()
    cursor = b.open().team.status().cursor
    real = devices.TeamOpener.on_applied
    seen = {"n": 0}

    def dies_on_the_third(self: devices.TeamOpener, conn: Any, item: Any, applied: bool) -> None:
        seen["n"] += 1
        if seen["n"] == 3:
            raise KeyboardInterrupt  # the desktop is stopped in the middle of the apply
        real(self, conn, item, applied)

    monkeypatch.setattr(devices.TeamOpener, "on_applied", dies_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        b.sync()
    assert b.dump() == before and b.open().team.status().cursor == cursor
    monkeypatch.setattr(devices.TeamOpener, "on_applied", real)
    b.sync()
    assert {f"Applied Person {n}" for n in range(4)} <= client_names(b)
    assert a.dump() == b.dump()


def test_an_unreachable_server_never_blocks_work_and_says_so(
        pair: tuple[Desk, Desk], pg: PgDatabase) -> None:
    a, _b = pair
    pg.stop_server()
    new_client(a, "Offline Person")  # work goes on
    with pytest.raises(SyncFailed) as failed:
        a.sync()
    assert "could not be reached" in failed.value.message
    status = a.open().team.status()
    assert status.pending >= 1 and status.online is False
    pg.start_server()
    assert a.sync().pushed >= 1


def test_a_desktop_killed_while_applying_keeps_a_consistent_replica_and_resumes(
        pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    a, b = pair
    for n in range(6):
        new_client(a, f"Killed Person {n}")
    a.sync()
    cursor = b.open().team.status().cursor
    b.close()
    marker = tmp_path / "applying"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.kill_while_applying", str(b.folder), b.user,
         b.passphrase, str(marker)], cwd=Path(__file__).resolve().parents[2])
    try:
        deadline = 120.0
        while not marker.exists() and child.poll() is None and deadline > 0:
            __import__("time").sleep(0.1)
            deadline -= 0.1
        assert marker.exists(), "the child never reached the apply"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    # Nothing of the half-applied batch is there (the child's own unlock event is), the
    # cursor did not move and the vault is intact.
    assert b.open().team.status().cursor == cursor
    assert not any(n.startswith("Killed Person") for n in client_names(b))
    assert b.open().unlocked.integrity_problems() == []
    b.sync()
    assert {f"Killed Person {n}" for n in range(6)} <= client_names(b)
    a.sync()
    assert a.dump() == b.dump()
