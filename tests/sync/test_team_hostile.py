"""A hostile server (or its operator, with direct SQL and triggers off) against two or three
desktops on the real PostgreSQL fixture: a change set altered, replayed, reordered,
dropped or injected is detected and refused with a plain message, never applied; a
removed device's later change sets are ignored by every device and it reads nothing
written after its removal."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from nap_desktop.sync.device_keys import DeviceKeys
from nap_desktop.sync.session import SyncFailed
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import (
    Desk,
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


def _last_seq(pg: PgDatabase) -> int:
    return int(pg.hostile("SELECT max(seq) FROM nap_sync.change_sets")[0][0])


def test_a_change_set_altered_on_the_server_is_refused(
        pair: tuple[Desk, Desk], pg: PgDatabase) -> None:
    a, b = pair
    new_client(a, "Altered Person")
    a.sync()
    seq = _last_seq(pg)
    # Flip one byte of the ciphertext (the middle of the body).
    pg.hostile("UPDATE nap_sync.change_sets SET body = overlay(body placing "
               "decode(lpad(to_hex((get_byte(body, length(body)/2) + 1) %% 256), 2, '0'), "
               "'hex') from length(body)/2 + 1 for 1) WHERE seq = %s", (seq,))
    result = b.sync()
    assert result.refused == 1 and "Altered Person" not in client_names(b)
    assert result.refused_reasons and "signature" in result.refused_reasons[0].lower()


def test_a_change_set_replayed_under_a_new_id_is_refused(
        pair: tuple[Desk, Desk], pg: PgDatabase) -> None:
    a, b = pair
    new_client(a, "Replayed Person")
    a.sync()
    seq = _last_seq(pg)
    pg.hostile("INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
               "SELECT vault_id, seq + 1, %s, device_id, body FROM nap_sync.change_sets "
               "WHERE seq = %s", (uuid.uuid4(), seq))
    result = b.sync()
    assert result.refused == 1
    assert len([n for n in client_names(b) if n == "Replayed Person"]) == 1


def test_two_change_sets_swapped_by_the_server_are_refused(
        pair: tuple[Desk, Desk], pg: PgDatabase) -> None:
    a, b = pair
    new_client(a, "First Person")
    new_client(a, "Second Person")
    a.sync()
    seq = _last_seq(pg)
    rows = {r[0]: (r[1], bytes(r[2])) for r in pg.hostile(
        "SELECT seq, id, body FROM nap_sync.change_sets WHERE seq IN (%s, %s)", (seq - 1, seq))}
    move = "UPDATE nap_sync.change_sets SET id = %s, body = %s WHERE seq = %s"
    pg.hostile(move, (uuid.uuid4(), b"x", seq - 1))
    pg.hostile(move, (*rows[seq - 1], seq))
    pg.hostile(move, (*rows[seq], seq - 1))
    result = b.sync()
    assert result.refused >= 1
    assert "Second Person" not in client_names(b)


def test_a_change_set_dropped_by_the_server_stops_the_sync_with_a_clear_message(
        pair: tuple[Desk, Desk], pg: PgDatabase) -> None:
    a, b = pair
    new_client(a, "Dropped Person")
    new_client(a, "After Person")
    a.sync()
    pg.hostile("DELETE FROM nap_sync.change_sets WHERE seq = %s", (_last_seq(pg) - 1,))
    with pytest.raises(SyncFailed) as failed:
        b.sync()
    assert "Nothing was lost" in failed.value.message
    assert "After Person" not in client_names(b)


def test_a_change_set_injected_by_direct_sql_is_refused(
        pair: tuple[Desk, Desk], pg: PgDatabase) -> None:
    a, b = pair
    vault_id = a.open().unlocked.vault_id
    forger = DeviceKeys.generate(vault_id)
    from nap_desktop.sync.envelope import seal_change_set
    cs_id = str(uuid.uuid4())
    body = seal_change_set({"v": 1, "id": cs_id, "ops": [], "control": None}, vault_id=vault_id,
                           device=forger, dseq=1, prev=b"", epoch=1, sync_key=bytes(32),
                           seen=(0, bytes(32)))
    pg.hostile("INSERT INTO nap_sync.devices (vault_id, device_id, signing_key, box_key) "
               "VALUES (%s, %s, %s, %s)", (vault_id, forger.device_id,
                                           forger.public().signing_key,
                                           forger.public().box_key))
    pg.hostile("INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
               "VALUES (%s, %s, %s, %s, %s)",
               (vault_id, _last_seq(pg) + 1, cs_id, forger.device_id, body))
    result = b.sync()
    assert result.refused == 1
    assert any("device" in r.lower() for r in result.refused_reasons)
    assert a.sync().refused == 1  # the same on every device
    assert a.dump() == b.dump()


def test_a_removed_device_is_ignored_by_everyone_and_reads_nothing_after(
        tmp_path: Path, pg: PgDatabase) -> None:
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    add_user(a, "cx")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    c = join(a, tmp_path / "c", pg.dsn, "cx")
    for desk in (b, c, a):
        desk.sync()
    b_device = b.open().team.status().device_id
    epoch_before = a.open().unlocked.generation
    a.open().team.remove_device(b_device, "laptop stolen")
    assert a.open().unlocked.generation == epoch_before + 1  # A rekeyed its replica
    new_client(b, "Written After Removal")  # offline: B does not know yet
    new_client(a, "Secret After Removal")
    a.sync()
    with pytest.raises(SyncFailed) as failed:
        b.sync()  # pushes its change, then learns it was removed
    assert "removed" in failed.value.message
    assert "Secret After Removal" not in client_names(b)
    c.sync()
    a.sync()
    for desk in (a, c):
        assert "Written After Removal" not in client_names(desk)
        assert "Secret After Removal" in client_names(desk)
    assert c.open().unlocked.generation == epoch_before + 1
    assert a.dump() == c.dump()
    states = {d.device_id: d.state for d in a.open().team.devices()}
    assert states[b_device] == "removed"
    for desk in (a, b, c):
        desk.close()
