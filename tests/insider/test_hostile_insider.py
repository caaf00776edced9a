"""A hostile caseworker with her own passphrase and the vault's files.

Every user's key slot yields the data key, so ana can open the database with sqlcipher and
rewrite anything in it, and re-sign the key-slot file's MAC. What she cannot do is sign as
anyone else. Each test reproduces one attack on a real vault and checks that it is named
at unlock and by `nap check`, and that it buys no privilege.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, UnknownUser, VaultDamaged
from nap_desktop.services import grants
from nap_desktop.store import keyslots as ks
from nap_desktop.store.kdf import passphrase_bytes
from nap_desktop.store.signing import b64
from tests.insider.attacker import own_keys, raw_sql, recompute_chain, rewrite_slots
from tests.insider.conftest import PASSPHRASES, TEST_KDF, Nap, Office


def _grant_body(conn: object, *, vault_id: str, user_id: str, name: str, role: str,
                active: bool, key: bytes, signer: str) -> tuple[int, str]:
    """The next grant, well formed and correctly chained (only its signature can be wrong)."""
    seq, body, signature = conn.execute(  # type: ignore[attr-defined]
        "SELECT seq, body, signature FROM user_grants ORDER BY seq DESC LIMIT 1").fetchone()
    fields = {"v": 1, "vault_id": vault_id, "seq": seq + 1,
              "prev": grants.grant_hash(body, signature), "at": "2026-12-07T09:00:00.000000Z",
              "kind": "user", "user_id": user_id, "name": name, "role": role, "active": active,
              "key": b64(key), "signer": signer, "audit_from": 0, "adopted": False}
    return seq + 1, json.dumps(fields, sort_keys=True, separators=(",", ":"))


def _vault_id(office: Office) -> str:
    return ks.read_keyslots(office.path / "keyslots.json").vault_id


def test_a_caseworker_who_makes_herself_admin_in_sql_gains_nothing(office: Office,
                                                                   nap: Nap) -> None:
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        conn.execute("UPDATE users SET role = 'admin' WHERE name = 'ana'")

    code, _out, err = nap("ana", "users", "add", "evil", "--role", "admin")
    assert code == 1 and "it needs an administrator" in err
    assert ("WARNING: ana's role is admin in the user table but caseworker in their signed "
            "grant: the signed role applies.") in err
    ws = office.unlock("ana")
    try:
        assert ws.user is not None and ws.user.role is Role.CASEWORKER
        with pytest.raises(PermissionDenied):
            ws.users.change_role(office.ids["ana"], "admin")
        assert [u.role for u in ws.users.list() if u.name == "ana"] == [Role.CASEWORKER]
    finally:
        ws.close()
    code, _out, err = nap("admin", "check")
    assert code == 1
    assert "PROBLEM: ana's role is admin in the user table but caseworker" in err
    assert "evil" not in nap("admin", "users", "list")[1]


def test_deleting_thirteen_audit_events_and_recomputing_chain_and_head_is_named(
        office: Office, nap: Nap) -> None:
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        doomed = [seq for (seq,) in conn.execute(
            "SELECT seq FROM audit_events WHERE action = 'agency.add' ORDER BY seq LIMIT 13")]
        conn.execute(f"DELETE FROM audit_events WHERE seq IN ({','.join(map(str, doomed))})")
        recompute_chain(conn)
        # She cannot sign the administrator's checkpoint, so she removes it.
        conn.execute("DELETE FROM settings WHERE key LIKE 'audit_verified:%'")

    ws = office.unlock("admin")
    try:
        found = "\n".join(ws.integrity_warnings)
    finally:
        ws.close()
    first = doomed[0]
    expected = "by admin, not signed with admin's key (forged, or altered and re-chained)"
    assert f"audit events {first}-" in found and expected in found
    code, _out, err = nap("admin", "check")
    assert code == 1 and expected in err and f"PROBLEM: audit events {first}-" in err


def test_altering_one_event_and_recomputing_is_named_even_behind_the_checkpoint(
        office: Office, nap: Nap) -> None:
    office.unlock("admin").close()  # the admin's signed checkpoint now covers every event
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        (seq,) = conn.execute("SELECT seq FROM audit_events WHERE action = 'agency.add' "
                              "ORDER BY seq LIMIT 1").fetchone()
        conn.execute("UPDATE audit_events SET detail = 'nothing to see' WHERE seq = ?", (seq,))
        recompute_chain(conn, renumber=False)
    ws = office.unlock("admin")
    try:
        # Every later event was re-chained, so the range starts at the altered one.
        assert any(f"audit events {seq}-" in w and "by admin, not signed with admin's key" in w
                   for w in ws.integrity_warnings)
    finally:
        ws.close()
    code, _out, err = nap("sofia", "check")
    assert code == 1 and f"PROBLEM: audit events {seq}-" in err


def test_a_forged_grant_adding_an_admin_opens_nothing(office: Office, nap: Nap) -> None:
    dek, ana_key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    evil_id, evil_key = str(uuid.uuid4()), Ed25519PrivateKey.generate()
    with raw_sql(office.path, dek) as conn:
        seq, body = _grant_body(conn, vault_id=_vault_id(office), user_id=evil_id, name="evil",
                                role="admin", active=True, key=evil_key.public_key()
                                .public_bytes_raw(), signer=office.ids["admin"])
        signature = b64(ana_key.sign(b"nap grant v1\x00" + body.encode()))
        conn.execute("INSERT INTO user_grants VALUES (?, ?, ?)", (seq, body, signature))
        conn.execute("INSERT INTO users VALUES (?, 'evil', 'Evil', 'admin', 1, "
                     "'2026-12-07T09:00:00.000000Z')", (evil_id,))
    file = ks.read_keyslots(office.path / "keyslots.json")
    evil_slot = ks.new_slot(vault_id=file.vault_id, generation=file.generation,
                            purpose=ks.PURPOSE_USER, user_id=evil_id, user_name="evil",
                            secret=passphrase_bytes(PASSPHRASES["evil"]), params=TEST_KDF,
                            data_key=dek, signing_key=evil_key)
    rewrite_slots(office.path, dek, lambda slots: [*slots, evil_slot])

    with pytest.raises(VaultDamaged, match="tampered with, so only an administrator"):
        office.unlock("evil")
    code, _out, err = nap("evil", "users", "add", "evil2", "--role", "admin")
    assert code == 1 and "tampered with" in err
    code, _out, err = nap("admin", "check")
    assert code == 1
    assert (f"PROBLEM: User grant {seq}: its signature is not admin's (forged or altered); it "
            "and every later grant are ignored.") in err
    assert "PROBLEM: User evil has no signed grant" in err


def test_a_grant_signed_by_a_caseworker_is_refused(office: Office, nap: Nap) -> None:
    dek, ana_key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        seq, body = _grant_body(conn, vault_id=_vault_id(office), user_id=office.ids["ana"],
                                name="ana", role="admin", active=True,
                                key=ana_key.public_key().public_bytes_raw(),
                                signer=office.ids["ana"])
        conn.execute("INSERT INTO user_grants VALUES (?, ?, ?)",
                     (seq, body, b64(ana_key.sign(b"nap grant v1\x00" + body.encode()))))
        conn.execute("UPDATE users SET role = 'admin' WHERE name = 'ana'")
    with pytest.raises(VaultDamaged, match="tampered with"):
        office.unlock("ana")
    code, _out, err = nap("admin", "check")
    assert code == 1 and (f"User grant {seq}: ana was not an active administrator when it "
                          "was signed") in err


def test_swapping_the_admins_signing_key_for_her_own_is_named(office: Office, nap: Nap) -> None:
    dek, ana_key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    admin_id = office.ids["admin"]

    def swap(slots: list[ks.KeySlot]) -> list[ks.KeySlot]:
        ana = next(s for s in slots if s.user_name == "ana")
        return [replace(s, signing_public_key=ana.signing_public_key,
                        signing_nonce=ana.signing_nonce,
                        wrapped_signing_key=ana.wrapped_signing_key)
                if s.user_id == admin_id else s for s in slots]

    rewrite_slots(office.path, dek, swap)
    with raw_sql(office.path, dek) as conn:  # then "the admin" raises her role
        seq, body = _grant_body(conn, vault_id=_vault_id(office), user_id=office.ids["ana"],
                                name="ana", role="admin", active=True,
                                key=ana_key.public_key().public_bytes_raw(), signer=admin_id)
        conn.execute("INSERT INTO user_grants VALUES (?, ?, ?)",
                     (seq, body, b64(ana_key.sign(b"nap grant v1\x00" + body.encode()))))

    with pytest.raises(VaultDamaged, match="Your signing key in the key slot file has been "
                                           "altered"):
        office.unlock("admin")
    code, _out, err = nap("admin", "check")
    assert code == 1 and "Your signing key in the key slot file has been altered" in err
    for user in ("ana", "sofia"):  # the forged grant: only an administrator may unlock
        code, _out, err = nap(user, "users", "list")
        assert code == 1 and "tampered with, so only an administrator can unlock" in err


def test_swapping_the_key_shows_in_check_by_another_admin(office: Office, nap: Nap) -> None:
    assert nap("admin", "users", "set-role", "sofia", "admin")[0] == 0
    dek, ana_key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    admin_id = office.ids["admin"]
    ana_pub = ana_key.public_key().public_bytes_raw()
    rewrite_slots(office.path, dek, lambda slots: [
        replace(s, signing_public_key=ana_pub) if s.user_id == admin_id else s for s in slots])
    code, _out, err = nap("sofia", "check")
    assert code == 1
    assert ("PROBLEM: The key slot of admin holds a signing key that their signed grant does "
            "not name (swapped or removed).") in err


def _bob_added_then_removed(office: Office, nap: Nap) -> tuple[ks.KeySlot, str]:
    assert nap("admin", "users", "add", "bob", "--role", "caseworker")[0] == 0
    old = ks.read_keyslots(office.path / "keyslots.json").slot_named("bob")
    assert old is not None  # bob keeps a copy of his slot, and knows his passphrase
    assert nap("admin", "users", "remove", "bob")[0] == 0
    return old, old.user_id


def _bring_back_bobs_slot(office: Office, dek: bytearray, old: ks.KeySlot) -> None:
    file = ks.read_keyslots(office.path / "keyslots.json")
    resealed = ks.seal_data_key(old, vault_id=file.vault_id, generation=file.generation,
                                data_key=dek)
    rewrite_slots(office.path, dek, lambda slots: [*slots, resealed])


def test_replaying_bobs_old_grant_does_not_bring_him_back(office: Office, nap: Nap) -> None:
    old_slot, bob_id = _bob_added_then_removed(office, nap)
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        body, signature = next(
            (b, s) for b, s in conn.execute("SELECT body, signature FROM user_grants")
            if json.loads(b)["user_id"] == bob_id)
        (last,) = conn.execute("SELECT max(seq) FROM user_grants").fetchone()
        conn.execute("INSERT INTO user_grants VALUES (?, ?, ?)", (last + 1, body, signature))
        conn.execute("UPDATE users SET active = 1 WHERE id = ?", (bob_id,))
    _bring_back_bobs_slot(office, dek, old_slot)

    with pytest.raises(VaultDamaged, match="tampered with"):
        office.unlock("bob")
    ws = office.unlock("admin")
    try:
        assert any(f"User grant {last + 1}: it is out of place" in w and "replayed" in w
                   for w in ws.integrity_warnings)
    finally:
        ws.close()
    code, _out, err = nap("admin", "check")
    assert code == 1 and f"PROBLEM: User grant {last + 1}: it is out of place" in err
    assert "bob is active in the user table but removed in their signed grant" in err


def test_deleting_the_grant_that_removed_bob_does_not_bring_him_back(office: Office,
                                                                     nap: Nap) -> None:
    old_slot, bob_id = _bob_added_then_removed(office, nap)
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        (last,) = conn.execute("SELECT max(seq) FROM user_grants").fetchone()
        conn.execute("DELETE FROM user_grants WHERE seq = ?", (last,))
        conn.execute("UPDATE users SET active = 1 WHERE id = ?", (bob_id,))
    _bring_back_bobs_slot(office, dek, old_slot)

    with pytest.raises(VaultDamaged, match="tampered with"):
        office.unlock("bob")
    code, _out, err = nap("admin", "check")
    assert code == 1
    assert (f"PROBLEM: User grant {last} is recorded in the audit log but has been deleted"
            in err)


def test_an_untampered_vault_checks_clean_and_shows_its_root(office: Office, nap: Nap) -> None:
    _bob_added_then_removed(office, nap)
    assert nap("admin", "users", "set-role", "sofia", "admin")[0] == 0
    code, out, err = nap("sofia", "check")
    assert code == 0, err
    assert "Root of authority: admin's signing key, fingerprint " in out
    assert "WARNING" not in err
    with pytest.raises(UnknownUser):
        office.unlock("bob")


@pytest.mark.parametrize("field, value", [("user_id", []), ("signer", {"a": 1}),
                                          ("seq", True), ("at", "yesterday"), ("key", 7)])
def test_a_malformed_grant_is_named_never_a_traceback(office: Office, nap: Nap, field: str,
                                                      value: object) -> None:
    dek, ana_key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        seq, body = _grant_body(conn, vault_id=_vault_id(office), user_id=office.ids["ana"],
                                name="ana", role="admin", active=True,
                                key=ana_key.public_key().public_bytes_raw(),
                                signer=office.ids["admin"])
        fields = json.loads(body) | {field: value}
        body = json.dumps(fields, sort_keys=True, separators=(",", ":"))
        conn.execute("INSERT INTO user_grants VALUES (?, ?, ?)",
                     (seq, body, b64(ana_key.sign(b"nap grant v1\x00" + body.encode()))))
    code, _out, err = nap("admin", "check")
    assert code == 1 and f"PROBLEM: User grant {seq}: it is not a valid grant" in err
    assert "Traceback" not in err and "internal error" not in err
    code, _out, err = nap("ana", "referrals", "list")
    assert code == 1 and "tampered with" in err


@pytest.mark.parametrize("column, value", [("at", "not a time"), ("signer", 42),
                                           ("signature", b"\x00"), ("user_id", 7)])
def test_a_malformed_event_is_named_never_a_traceback(office: Office, nap: Nap, column: str,
                                                      value: object) -> None:
    dek, _key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        (seq,) = conn.execute("SELECT max(seq) FROM audit_events").fetchone()
        conn.execute(f"UPDATE audit_events SET {column} = ? WHERE seq = ?", (value, seq))
    ws = office.unlock("admin")
    try:
        assert any(f"audit event {seq}:" in w for w in ws.integrity_warnings)
    finally:
        ws.close()
    code, _out, err = nap("admin", "check")
    assert code == 1 and f"PROBLEM: audit event {seq}:" in err and "Traceback" not in err
