"""The root of authority is bound inside each user's key slot (under their own passphrase):
a caseworker holding the data key cannot make the vault look like an earlier version and
be adopted as its root, nor replace the grants with a chain of her own."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

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


def test_a_caseworker_who_unbinds_her_own_slot_is_not_adopted(office: Office, nap: Nap) -> None:
    """She can rewrap her own slot without a root, but the other slots name the root in
    clear: no adoption, for her or anyone."""
    dek = _make_it_look_legacy(office)
    unbind_own_slot(office.path, "ana", PASSPHRASES["ana"], dek)
    code, _out, err = nap("ana", "users", "add", "evil", "--role", "admin")
    assert code != 0 and "have been deleted" in err
    assert nap("ana", "check")[0] != 0
    for name in ("admin", "sofia"):
        with pytest.raises(VaultDamaged, match="Do not use this vault"):
            office.unlock(name)


def _retag(root: bytes, keep: str) -> Callable[[list[ks.KeySlot]], list[ks.KeySlot]]:
    return lambda slots: [s if s.user_name == keep else replace(s, root=root) for s in slots]


def test_a_caseworker_cannot_rename_the_root_in_the_other_slots(office: Office, nap: Nap) -> None:
    """Her own slot rewrapped and every other slot's root in clear replaced by hers (so
    that a chain of grants rooted at her key would agree with them): each of those slots
    still holds the real root inside, so its own user's unlock refuses."""
    dek, her_key = own_keys(office.path, "ana", PASSPHRASES["ana"])
    with raw_sql(office.path, dek) as conn:
        for statement in _LOOK_LEGACY:
            conn.execute(statement)
        recompute_chain(conn)
    unbind_own_slot(office.path, "ana", PASSPHRASES["ana"], dek)
    rewrite_slots(office.path, dek, _retag(raw_public(her_key), keep="ana"))
    assert nap("ana", "users", "add", "evil", "--role", "admin")[0] != 0  # no adoption
    code, _out, err = nap("admin", "check")
    assert code != 0 and "has been altered" in err
    for name in ("admin", "sofia"):
        with pytest.raises(VaultDamaged, match="root of authority written in your key slot"):
            office.unlock(name)


def test_the_root_in_clear_cannot_be_removed_from_a_slot(office: Office) -> None:
    dek = _make_it_look_legacy(office)
    unbind_own_slot(office.path, "ana", PASSPHRASES["ana"], dek)
    with pytest.raises(ValueError):  # we never write a file we would refuse to read
        rewrite_slots(office.path, dek, _retag(b"", keep="ana"))
    doc = json.loads((office.path / "keyslots.json").read_text())
    for slot in doc["slots"]:
        slot.pop("root", None)
    (office.path / "keyslots.json").write_text(json.dumps(doc))
    for name in ("ana", "admin"):
        with pytest.raises(VaultDamaged, match="key slot file is damaged"):
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
