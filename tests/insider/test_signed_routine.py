"""The ordinary life of a signed vault: resets, own passphrase changes, roles, recovery
sessions; each leaves `nap check` clean. And a vault whose grants were all deleted."""

from __future__ import annotations

import pytest

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, VaultDamaged
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import keyslots as ks
from nap_desktop.store.vault import Vault
from tests.insider.attacker import own_keys, raw_sql
from tests.insider.conftest import PASSPHRASES, Nap, Office

NEW = "a brand new passphrase 12"


def _signing_key(office: Office, name: str) -> bytes:
    slot = ks.read_keyslots(office.path / "keyslots.json").slot_named(name)
    assert slot is not None
    return slot.signing_public_key


def test_own_change_keeps_the_key_a_reset_gives_a_new_one_both_verify(
        office: Office, nap: Nap, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _signing_key(office, "ana")
    ws = office.unlock("ana")
    try:
        ws.users.change_own_passphrase(PASSPHRASES["ana"], NEW)
    finally:
        ws.close()
    assert _signing_key(office, "ana") == before
    monkeypatch.setitem(PASSPHRASES, "ana", NEW)
    assert nap("ana", "referrals", "list")[0] == 0

    ws = office.unlock("admin")
    try:
        ws.users.set_passphrase(office.ids["ana"], "reset by the admin 99")
    finally:
        ws.close()
    assert _signing_key(office, "ana") != before
    monkeypatch.setitem(PASSPHRASES, "ana", "reset by the admin 99")
    code, _out, err = nap("ana", "referrals", "list")
    assert code == 0 and "WARNING" not in err
    assert nap("admin", "check")[0] == 0


def test_roles_change_only_through_signed_grants(office: Office, nap: Nap) -> None:
    code, out, _err = nap("admin", "users", "set-role", "ana", "supervisor")
    assert code == 0 and "ana is now supervisor" in out
    ws = office.unlock("ana")
    try:
        assert ws.user is not None and ws.user.role is Role.SUPERVISOR
        with pytest.raises(PermissionDenied):
            ws.users.change_role(office.ids["sofia"], "admin")
    finally:
        ws.close()
    code, _out, err = nap("admin", "users", "set-role", "admin", "caseworker")
    assert code == 1 and "at least one active administrator" in err
    assert nap("admin", "check")[0] == 0


def test_a_recovery_session_signs_with_the_recovery_key(office: Office, nap: Nap) -> None:
    with Vault.open(office.path) as vault:
        ws = Workspace.unlock_with_recovery(vault, office.recovery_key)
        assert ws.integrity_warnings == []
        ws.users.set_passphrase(office.ids["admin"], NEW)
        ws.lock()
    with Vault.open(office.path) as vault:
        ws = Workspace.unlock(vault, "admin", NEW)
        assert ws.integrity_warnings == []
        ws.lock()
    assert nap("sofia", "check")[0] == 0


def test_deleting_every_grant_does_not_make_the_vault_legacy(office: Office) -> None:
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        conn.execute("DELETE FROM user_grants")
        conn.execute("UPDATE users SET role = 'admin' WHERE name = 'ana'")
    for name in ("ana", "admin"):  # refused by their slots' root of authority
        with pytest.raises(VaultDamaged, match="grants of this vault have been deleted"):
            office.unlock(name)
