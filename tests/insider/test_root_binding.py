"""The root of authority is bound inside each user's key slot (under their own passphrase):
a caseworker holding the data key cannot make the vault look like an earlier version and
be adopted as its root, nor replace the grants with a chain of her own."""

from __future__ import annotations

import pytest

from nap_desktop.domain.errors import VaultDamaged
from nap_desktop.store import keyslots as ks
from nap_desktop.store.signing import raw_public
from tests.insider.attacker import (
    own_keys,
    raw_sql,
    recompute_chain,
    rewrite_slots,
    slot_root,
    unbind_own_slot,
)
from tests.insider.conftest import PASSPHRASES, Nap, Office

_LOOK_LEGACY = (
    "DELETE FROM user_grants",
    "DELETE FROM audit_events WHERE action = 'user.grant'",
    "UPDATE audit_events SET signer = '', signature = ''",
    "DELETE FROM settings WHERE key LIKE 'audit_verified%'",
    "UPDATE users SET role = 'admin' WHERE name = 'ana'",
)


def _make_it_look_legacy(office: Office) -> bytearray:
    dek, _ = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        for statement in _LOOK_LEGACY:
            conn.execute(statement)
        recompute_chain(conn)
    return dek


def test_a_vault_made_to_look_legacy_is_refused_to_everyone(office: Office, nap: Nap) -> None:
    """The reviewer's attack, as is: nobody is adopted, `nap check` fails."""
    _make_it_look_legacy(office)
    code, _out, err = nap("ana", "users", "add", "evil", "--role", "admin")
    assert code != 0 and "have been deleted" in err
    code, _out, err = nap("admin", "check")
    assert code != 0 and "have been deleted" in err
    for name in ("admin", "sofia"):
        with pytest.raises(VaultDamaged, match="Do not use this vault"):
            office.unlock(name)


def test_a_caseworker_who_unbinds_her_own_slot_is_caught_by_every_other_user(
        office: Office, nap: Nap) -> None:
    """She can rewrap her own slot and be adopted as root, but the administrator's and the
    supervisor's slots still name the real root: their unlocks and `nap check` refuse."""
    dek = _make_it_look_legacy(office)
    unbind_own_slot(office.path, "ana", PASSPHRASES["ana"], dek)
    assert nap("ana", "users", "add", "evil", "--role", "admin")[0] == 0  # her own chain
    code, _out, err = nap("admin", "check")
    assert code != 0 and "do not come from the root of authority" in err
    for name in ("admin", "sofia"):
        with pytest.raises(VaultDamaged, match="Do not use this vault"):
            office.unlock(name)


def test_removing_the_signing_key_from_a_slot_does_not_remove_its_root(
        office: Office, nap: Nap) -> None:
    """Stripping the administrator's signing key (so that the slot looks like one from an
    earlier version) leaves the root inside the wrapped private key."""
    dek = _make_it_look_legacy(office)
    unbind_own_slot(office.path, "ana", PASSPHRASES["ana"], dek)

    def strip(slots: list[ks.KeySlot]) -> list[ks.KeySlot]:
        return [ks.KeySlot(**{f: getattr(s, f) for f in ks.KeySlot.__slots__
                              if not f.startswith(("signing", "wrapped_signing"))})
                if s.user_name != "ana" else s for s in slots]

    rewrite_slots(office.path, dek, strip)
    assert nap("ana", "check")[0] == 0  # her own chain, adopted
    for name in ("admin", "sofia"):
        with pytest.raises(VaultDamaged, match="Do not use this vault"):
            office.unlock(name)


def test_every_slot_is_bound_to_the_root_and_an_older_slot_at_its_next_unlock(
        office: Office) -> None:
    ws = office.unlock("admin")
    try:
        root = ws.unlocked.slot_root
    finally:
        ws.close()
    assert root
    for name in ("admin", "ana", "sofia"):
        assert slot_root(office.path, name, PASSPHRASES[name]) == root
    dek, key = own_keys(office.path, "admin", PASSPHRASES["admin"])
    assert raw_public(key) == root  # the creator's own key is the root
    unbind_own_slot(office.path, "sofia", PASSPHRASES["sofia"], dek)  # as format 2 wrote it
    assert slot_root(office.path, "sofia", PASSPHRASES["sofia"]) == b""
    office.unlock("sofia").close()
    assert slot_root(office.path, "sofia", PASSPHRASES["sofia"]) == root
