"""A vault from before signed grants keeps opening and is adopted by its administrator;
listing names in bulk is audited like viewing one case."""

from __future__ import annotations

import base64
import json
import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from nap_desktop.cli import main
from nap_desktop.domain.enums import ReferralDirection, ServiceType
from nap_desktop.services import audit, authority
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from nap_desktop.store.signing import fingerprint as key_fingerprint
from nap_desktop.store.vault import Vault
from tests.insider.attacker import own_keys, raw_sql, recompute_chain
from tests.insider.conftest import Nap, Office

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1"
FIXTURE_PASSPHRASE = "fixture vault passphrase v1"
ANA = "keeps her own words 7"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(FIXTURE, target)
    os.chmod(target, 0o700)
    for path in target.iterdir():
        os.chmod(path, 0o600)
    return target


def _slots(path: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((path / "keyslots.json").read_text())
    return doc


def _adopted(warnings: list[str]) -> bool:
    return any(w.startswith("The roles of this vault were adopted from an unsigned earlier "
                            "version by admin on ") for w in warnings)


def test_an_old_vault_is_signed_by_its_admin_and_a_caseworker_first_stays_legacy(
        old_vault: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert _slots(old_vault)["version"] == 1
    ana_id = str(uuid.uuid4())
    with Vault.open(old_vault) as vault:  # ana was added by the earlier version
        unlocked = vault.unlock("admin", FIXTURE_PASSPHRASE)
        unlocked.add_user_slot(user_id=ana_id, user_name="ana", passphrase=ANA)
        with unlocked.engine.begin() as conn:
            conn.execute(text("INSERT INTO users VALUES (:id, 'ana', 'Ana', 'caseworker', 1, "
                              "'2026-01-16T10:00:00.000000Z')"), {"id": ana_id})
        unlocked.lock()

    with Vault.open(old_vault) as vault:  # the caseworker first: nothing is signed yet
        ws = Workspace.unlock(vault, "ana", ANA)
        assert ws.integrity_warnings == [authority.LEGACY_WARNING]
        ws.close()

    with Vault.open(old_vault) as vault:  # the administrator adopts the roles as they stand
        ws = Workspace.unlock(vault, "admin", FIXTURE_PASSPHRASE)
        assert len(ws.integrity_warnings) == 1 and _adopted(ws.integrity_warnings)
        with ws.ctx.read() as s:
            result = authority.full_check(s, ws.unlocked)
            actions = list(s.scalars(select(m.AuditRow.action)))
        assert result.problems == []
        assert any("Roles were adopted from an unsigned earlier version" in f
                   for f in result.facts)
        assert "authority.adopt" in actions
        ws.close()
    slots = {s["user_name"]: s for s in _slots(old_vault)["slots"]}  # type: ignore[attr-defined]
    assert _slots(old_vault)["version"] == 3
    assert "signing_public_key" in slots["admin"] and "signing_public_key" in slots["ana"]
    # The administrator's slot now carries the root of authority (a longer wrapped key).
    assert len(slots["admin"]["wrapped_private_key"]) > len(slots[""]["wrapped_private_key"])
    assert "signing_public_key" not in slots[""]  # the recovery key: at its next use

    with Vault.open(old_vault) as vault:  # ana's key was bound by the adoption
        ws = Workspace.unlock(vault, "ana", ANA)
        assert len(ws.integrity_warnings) == 1 and _adopted(ws.integrity_warnings)
        assert ws.user is not None and ws.user.role.value == "caseworker"
        ws.close()

    forged = shutil.copytree(old_vault, old_vault.parent / "forged")
    _forge_confirmation(forged)  # a caseworker's confirmation in the admin's name
    with Vault.open(forged) as vault:
        ws = Workspace.unlock(vault, "ana", ANA)
        assert _adopted(ws.integrity_warnings)  # not silenced (and the event is named)
        assert any("not signed with admin's key" in w for w in ws.integrity_warnings)
        ws.close()

    # Every unlock says who adopted the roles until an administrator confirms it.
    monkeypatch.setenv("NAP_VAULT", str(old_vault))
    monkeypatch.setenv("NAP_PASSPHRASE", ANA)
    assert main(["--user", "ana", "check", "--confirm-adoption"]) == 1  # not an admin
    monkeypatch.setenv("NAP_PASSPHRASE", FIXTURE_PASSPHRASE)
    assert main(["--user", "admin", "check", "--confirm-adoption"]) == 0
    assert "Confirmed the adoption" in capsys.readouterr().out
    with Vault.open(old_vault) as vault:
        ws = Workspace.unlock(vault, "ana", ANA)
        assert ws.integrity_warnings == []
        ws.close()
    slots = {s["user_name"]: s for s in _slots(old_vault)["slots"]}  # type: ignore[attr-defined]
    assert len(slots["ana"]["wrapped_private_key"]) == len(slots["admin"]["wrapped_private_key"])


def _forge_confirmation(vault: Path) -> None:
    """ana appends `authority.adoption_confirmed` by the administrator, signed with her own
    key (the only one she has), and re-chains the log."""
    dek, her_key = own_keys(vault, "ana", ANA)
    with raw_sql(vault, dek) as conn:
        admin_id, = conn.execute("SELECT record_id FROM audit_events "
                                 "WHERE action = 'authority.adopt'").fetchone()
        genesis, = conn.execute("SELECT body FROM user_grants WHERE seq = 1").fetchone()
        fingerprint = key_fingerprint(base64.b64decode(json.loads(genesis)["key"]))
        seq = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0] + 1
        conn.execute("INSERT INTO audit_events (seq, at, user_id, action, record_type, "
                     "record_id, detail, prev_hash, hash, signer, signature) VALUES "
                     "(?, '2026-12-01T10:00:00.000000Z', ?, 'authority.adoption_confirmed', "
                     "'user', ?, ?, '', '', ?, '')",
                     (seq, admin_id, admin_id, fingerprint, admin_id))
        recompute_chain(conn, renumber=False)
        digest, = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq,)).fetchone()
        signature = base64.b64encode(her_key.sign(audit.signed_message(digest, admin_id)))
        conn.execute("UPDATE audit_events SET signature = ? WHERE seq = ?",
                     (signature.decode(), seq))


def test_listing_names_in_bulk_is_audited_per_client(office: Office, nap: Nap) -> None:
    ws = office.unlock("ana")
    try:
        me = ws.agency.id
        partner = ws.agencies.list()[1].id
        clients = [ws.cases.create_client(PersonalInput(legal_name=f"Canary {i}")).id
                   for i in range(3)]
        for client_id in clients:
            ws.referrals.create(client_id=client_id, from_agency_id=me, to_agency_id=partner,
                                direction=ReferralDirection.VSP_TO_LE,
                                services=[ServiceType.HOUSING])
    finally:
        ws.close()

    assert nap("ana", "referrals", "list")[0] == 0  # no names: nothing to audit
    code, out, _err = nap("ana", "referrals", "list", "--show-names")
    assert code == 0 and "Canary 0" in out
    ws = office.unlock("admin")
    try:
        with ws.ctx.read() as s:
            views = s.execute(select(m.AuditRow.user_id, m.AuditRow.record_id, m.AuditRow.detail)
                              .where(m.AuditRow.action == "client.view")).all()
    finally:
        ws.close()
    assert sorted(v.record_id for v in views) == sorted(clients)
    assert {(v.user_id, v.detail) for v in views} == {
        (office.ids["ana"], "cli referrals list --show-names")}
