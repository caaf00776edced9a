"""The audit log of a team vault: one signed chain in server order on every device, and the
server's log as the anchor that shows a device's cut or rewritten history.

Two real vault folders (A: the administrator's desktop; B: Ana's, joined from a copy), the
real capture and apply (``sync/apply.py``) with the real policy, and an in-memory ordered
log standing in for the server. A vault that is not in a team keeps its format and still
verifies as before.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.services import audit_verify, authority
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.vault import Vault
from nap_desktop.sync import audit_chain
from nap_desktop.sync.apply import SyncEngine
from nap_desktop.sync.changeset import ChangeSetPlain, PulledChangeSet
from nap_desktop.sync.policy import Policy
from tests.sync.capture_helpers import MemoryLog, make_team

FAST = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)
ADMIN, ANA = "lantern orchard pebble 41", "keeps her own words 7"


@dataclass
class Desk:
    ws: Workspace
    sync: SyncEngine
    device: str

    @property
    def engine(self) -> Engine:
        return self.ws.unlocked.engine


@pytest.fixture
def desks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Desk]]:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    ws, _ = Workspace.create(tmp_path / "a", agency_name="Casa",
                             agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER, admin_name="admin",
                             admin_display_name="Alex Admin", passphrase=ADMIN, kdf=FAST)
    ana = ws.users.add(name="ana", display_name="Ana Ruiz", role=Role.CASEWORKER,
                       passphrase=ANA)
    admin_id = ws.user.id if ws.user else ""
    with ws.ctx.unit_of_work() as s:  # what team init does
        audit_chain.enable_team(s.connection())
    make_team(ws.ctx.source.engine, "dev-a")
    with ws.ctx.source.engine.begin() as conn:
        for device, user in (("dev-a", admin_id), ("dev-b", ana.id)):
            conn.exec_driver_sql(
                "INSERT INTO sync_devices (device_id, signing_key, box_key, user_id, state) "
                "VALUES (?, x'00', x'00', ?, 'approved')", (device, user))
    ws.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    a = Workspace.unlock(Vault.open(tmp_path / "a"), "admin", ADMIN)
    b = Workspace.unlock(Vault.open(tmp_path / "b"), "ana", ANA)
    with b.ctx.source.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_state SET device_id = 'dev-b' WHERE id = 1")
    out = [Desk(w, SyncEngine(w.ctx.source.engine, policy=Policy()), d)
           for w, d in ((a, "dev-a"), (b, "dev-b"))]
    yield out
    for desk in out:
        desk.ws.close()


def _sync_all(log: MemoryLog, desks: list[Desk]) -> None:
    for desk in desks:
        log.push(desk.device, desk.sync)
    for desk in desks:
        log.pull(desk.sync)


def _events(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT seq, user_id, action, prev_hash, hash, signer, signature "
            "FROM audit_events ORDER BY seq"))]


def _pulled(log: MemoryLog) -> list[PulledChangeSet]:
    return [PulledChangeSet(seq=i, cs_id=cs_id, device_id=device,
                            body_sha256=hashlib.sha256(body).digest(),
                            cs=ChangeSetPlain.from_bytes(body))
            for i, (cs_id, device, body) in enumerate(log.entries, 1)]


def _check(desk: Desk) -> list[str]:
    with desk.ws.ctx.read() as s:
        return authority.full_check(s, desk.ws.unlocked).problems


def _compare(desk: Desk, log: MemoryLog) -> list[str]:
    with desk.ws.ctx.read() as s:
        return audit_verify.compare_with_server(s, _pulled(log)).problems


def _work(log: MemoryLog, desks: list[Desk]) -> None:
    """Both desktops work offline at the same time, then sync (A's changes first)."""
    a, b = desks
    a.ws.agencies.add_partner(name="City Police", kind="le_state_local")
    client = b.ws.cases.create_client(PersonalInput(legal_name="Rosa Example"))
    b.ws.cases.add_note(client.id, "Met at the clinic.")
    a.ws.set_setting("discreet_default", "1")
    _sync_all(log, desks)
    _sync_all(log, desks)


def test_every_device_ends_with_the_same_signed_chain_in_server_order(
        desks: list[Desk]) -> None:
    log = MemoryLog()
    _work(log, desks)
    a, b = desks
    assert _events(a.engine) == _events(b.engine)
    actions = [e[2] for e in _events(a.engine)]
    # A pushed first (both its changes): its events come before Ana's, on both devices
    assert actions.index("agency.add") < actions.index("setting.change") \
        < actions.index("client.create") < actions.index("note.add")
    team = [e for e in _events(a.engine) if audit_chain.is_content_signature(e[6])]
    assert {e[1] for e in team} == {a.ws.user.id, b.ws.user.id}  # type: ignore[union-attr]
    for desk in desks:
        assert _check(desk) == []
        assert _compare(desk, log) == []
    assert a.sync.state().log_hash == b.sync.state().log_hash


def test_pending_local_events_move_behind_the_log_and_still_verify(desks: list[Desk]) -> None:
    log = MemoryLog()
    a, b = desks
    a.ws.agencies.add_partner(name="City Police", kind="le_state_local")
    log.push(a.device, a.sync)
    b.ws.cases.create_client(PersonalInput(legal_name="Mai Example"))  # pending on B
    log.pull(b.sync)  # A's events go before B's pending one, which is re-chained
    assert _events(b.engine)[-1][2] == "client.create"
    assert _check(b) == []
    assert _compare(b, log) == []


def test_a_device_that_cut_or_rewrote_its_audit_history_is_shown_by_the_server(
        desks: list[Desk]) -> None:
    log = MemoryLog()
    _work(log, desks)
    a, b = desks
    first_team = next(e[0] for e in _events(b.engine) if audit_chain.is_content_signature(e[6]))
    with b.engine.begin() as conn:  # Ana deletes an event and re-chains: signatures hold
        conn.execute(text("DELETE FROM audit_events WHERE seq = :q"), {"q": first_team})
        audit_chain.rechain(conn, int(str(first_team)))
    assert _check(b) == []  # locally the content-signed chain still verifies ...
    assert any("missing" in p for p in _compare(b, log))  # ... the server's log does not
    with b.engine.begin() as conn:  # and rolling the device's log position back
        conn.execute(text("UPDATE sync_state SET log_hash = :h"), {"h": bytes(32)})
    assert any("differs from the server's" in p for p in _compare(b, log))
    assert _compare(a, log) == []


def test_a_hostile_raw_write_on_a_device_is_refused_everywhere(desks: list[Desk]) -> None:
    """Ana makes herself an administrator with raw SQL on her own replica: the write is
    captured without an author, refused on every device, and undone on her own."""
    log = MemoryLog()
    b = desks[1]
    ana = b.ws.user.id  # type: ignore[union-attr]
    with b.engine.begin() as conn:
        conn.execute(text("UPDATE users SET role = 'admin' WHERE id = :i"), {"i": ana})
    _sync_all(log, desks)  # B's pull turns the journal into an outbox change set
    _sync_all(log, desks)
    for desk in desks:
        with desk.engine.connect() as conn:
            assert conn.execute(text("SELECT role FROM users WHERE id = :i"),
                                {"i": ana}).scalar() == "caseworker"
            assert conn.execute(text("SELECT reason FROM sync_refused")).scalars().all() \
                == ["no-author"]


def test_a_vault_outside_a_team_keeps_its_chain_signatures_and_verifies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    ws, _ = Workspace.create(tmp_path / "solo", agency_name="Casa",
                             agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER, admin_name="admin",
                             admin_display_name="Alex Admin", passphrase=ADMIN, kdf=FAST)
    ws.agencies.add_partner(name="City Police", kind="le_state_local")
    signatures = [e[6] for e in _events(ws.unlocked.engine)]
    assert signatures and not any(audit_chain.is_content_signature(s) for s in signatures)
    with ws.ctx.read() as s:
        assert authority.full_check(s, ws.unlocked).problems == []
    ws.close()
    again = Workspace.unlock(Vault.open(tmp_path / "solo"), "admin", ADMIN)
    again.close()
