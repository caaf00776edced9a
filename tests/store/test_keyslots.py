"""The key-slot format and its cryptography, below the Vault API."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import unicodedata
import uuid
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nap_desktop.domain.errors import (
    RecoveryKeyTypo,
    VaultDamaged,
    VaultError,
    VaultTooNew,
    WeakKeySlot,
    WrongPassphrase,
)
from nap_desktop.store import keyslots as ks
from nap_desktop.store.kdf import (
    CROCKFORD,
    DEFAULT_KDF,
    MAX_KDF,
    KdfParams,
    check_floor,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
    passphrase_bytes,
)
from tests.store.conftest import REAL_MIN_KDF, TEST_KDF

VAULT_ID = "6f1c2a8e-3a0b-4c55-9d0e-2f7d1b9a4c11"
USER_ID = "0b7f0a52-51a7-4a8f-8f3c-6a1f6a3e2d10"
OTHER_ID = "5a4a7c0d-7a3f-4bde-9f6e-1d5b2c3e4f50"
FIXED_RAW = bytes(range(20))

_valid_cache: dict[str, Any] = {}


def make_file(dek: bytes | None = None) -> tuple[ks.KeySlotFile, bytes]:
    dek = dek or os.urandom(32)
    slots = [
        ks.new_slot(vault_id=VAULT_ID, generation=3, purpose=ks.PURPOSE_USER, user_id=USER_ID,
                    user_name="admin", secret=b"pw-admin", params=TEST_KDF, data_key=dek),
        ks.new_slot(vault_id=VAULT_ID, generation=3, purpose=ks.PURPOSE_USER, user_id=OTHER_ID,
                    user_name="ana", secret=b"pw-ana", params=TEST_KDF, data_key=dek),
        ks.new_slot(vault_id=VAULT_ID, generation=3, purpose=ks.PURPOSE_RECOVERY,
                    user_id=ks.RECOVERY_USER_ID, user_name="", secret=FIXED_RAW,
                    params=TEST_KDF, data_key=dek),
    ]
    return ks.signed_file(vault_id=VAULT_ID, generation=3, slots=slots, data_key=dek), dek


def valid_doc() -> dict[str, Any]:
    if "doc" not in _valid_cache:
        file, _ = make_file()
        _valid_cache["doc"] = json.loads(ks.serialize(file))
    copy: dict[str, Any] = json.loads(json.dumps(_valid_cache["doc"]))
    return copy


def unlock(file: ks.KeySlotFile, slot: ks.KeySlot, secret: bytes) -> bytearray:
    private = ks.unwrap_private_key(slot, vault_id=file.vault_id, secret=secret)
    dek = ks.open_data_key(slot, private, vault_id=file.vault_id, generation=file.generation)
    ks.verify_mac(file, dek)
    return dek


# --- recovery keys -------------------------------------------------------------------


def test_recovery_key_shape_and_round_trip() -> None:
    text, raw = new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert set(text.replace("-", "")) <= set(CROCKFORD)
    assert parse_recovery_key(text) == raw
    assert len(raw) == 20


def test_recovery_key_is_forgiving_about_case_spacing_and_lookalikes() -> None:
    text = format_recovery_key(FIXED_RAW)
    assert parse_recovery_key(text.lower().replace("-", " ")) == FIXED_RAW
    assert parse_recovery_key("  " + text.replace("-", "") + "\n") == FIXED_RAW
    if "0" in text or "1" in text:
        confusable = text.replace("0", "o").replace("1", "l")
        assert parse_recovery_key(confusable) == FIXED_RAW


def test_every_single_character_typo_is_reported() -> None:
    text = format_recovery_key(FIXED_RAW).replace("-", "")
    for i, original in enumerate(text):
        for replacement in CROCKFORD:
            if replacement == original:
                continue
            typo = text[:i] + replacement + text[i + 1 :]
            with pytest.raises(RecoveryKeyTypo):
                parse_recovery_key(typo)


@pytest.mark.parametrize("bad", ["", "ABCD", "U" * 36, "!" * 36,
                                 format_recovery_key(FIXED_RAW) + "-0000"])
def test_malformed_recovery_keys_are_typos(bad: str) -> None:
    with pytest.raises(RecoveryKeyTypo):
        parse_recovery_key(bad)


# --- passphrases and KDF floor -------------------------------------------------------------


def test_passphrases_are_nfc_normalised() -> None:
    composed = "caf\u00e9 \u00f1"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert passphrase_bytes(composed) == passphrase_bytes(decomposed)
    assert passphrase_bytes("\ud800x")  # lone surrogate still maps to bytes


def test_default_params_meet_the_production_floor() -> None:
    assert KdfParams(memory_kib=65536, iterations=3, lanes=4) == DEFAULT_KDF
    assert DEFAULT_KDF.at_least(REAL_MIN_KDF)


@pytest.mark.usefixtures("real_kdf")
@pytest.mark.parametrize("weak", [KdfParams(65535, 3, 4), KdfParams(65536, 2, 4),
                                  KdfParams(65536, 3, 3), TEST_KDF])
def test_floor_refuses_weak_params(weak: KdfParams) -> None:
    with pytest.raises(WeakKeySlot):
        check_floor(weak)


@pytest.mark.usefixtures("real_kdf")
def test_weak_slot_is_refused_before_any_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("nap_desktop.store.kdf.MIN_KDF", TEST_KDF)
    file, _ = make_file()
    monkeypatch.setattr("nap_desktop.store.kdf.MIN_KDF", REAL_MIN_KDF)

    def no_derivation(*_args: object) -> bytes:
        raise AssertionError("Argon2id ran for a slot below the floor")

    monkeypatch.setattr("nap_desktop.store.kdf.derive_key", no_derivation)
    with pytest.raises(WeakKeySlot):
        ks.unwrap_private_key(file.slots[0], vault_id=VAULT_ID, secret=b"pw-admin")


# --- wrapping, sealing, MAC ----------------------------------------------------------


def test_each_slot_recovers_the_same_data_key() -> None:
    file, dek = make_file()
    assert unlock(file, file.slots[0], b"pw-admin") == dek
    assert unlock(file, file.slots[1], b"pw-ana") == dek
    assert unlock(file, file.slots[2], FIXED_RAW) == dek


def test_wrong_secret_is_wrong_passphrase() -> None:
    file, _ = make_file()
    with pytest.raises(WrongPassphrase):
        unlock(file, file.slots[0], b"pw-ana")


@pytest.mark.parametrize("change", [
    {"user_id": OTHER_ID}, {"purpose": ks.PURPOSE_RECOVERY, "user_id": "recovery"},
    {"slot_id": str(uuid.uuid4())}])
def test_relabelled_slot_does_not_unwrap(change: dict[str, Any]) -> None:
    file, _ = make_file()
    relabelled = replace(file.slots[0], **change)
    with pytest.raises(WrongPassphrase):
        ks.unwrap_private_key(relabelled, vault_id=VAULT_ID, secret=b"pw-admin")
    with pytest.raises(WrongPassphrase):
        ks.unwrap_private_key(file.slots[0], vault_id=str(uuid.uuid4()), secret=b"pw-admin")


def test_sealed_key_is_bound_to_the_generation() -> None:
    file, _ = make_file()
    private = ks.unwrap_private_key(file.slots[0], vault_id=VAULT_ID, secret=b"pw-admin")
    with pytest.raises(VaultDamaged):
        ks.open_data_key(file.slots[0], private, vault_id=VAULT_ID, generation=4)


def test_resealing_needs_only_the_public_key() -> None:
    file, _ = make_file()
    new_dek = os.urandom(32)
    slots = [ks.seal_data_key(s, vault_id=VAULT_ID, generation=4, data_key=new_dek)
             for s in file.slots]
    rotated = ks.signed_file(vault_id=VAULT_ID, generation=4, slots=slots, data_key=new_dek)
    assert unlock(rotated, rotated.slots[1], b"pw-ana") == new_dek


TAMPER_PATHS = [("generation",), ("mac",), ("slots", "1", "public_key"),
                ("slots", "1", "user_name"), ("slots", "1", "sealed_data_key"),
                ("slots", "2", "kdf", "salt"), ("slots", "0", "sealed_data_key"),
                ("slots", "1", "kdf", "iterations"), ("slots", "2", "wrapped_private_key")]


def _mutate(doc: dict[str, Any], path: tuple[str, ...]) -> None:
    parent: Any = doc
    for key in path[:-1]:
        parent = parent[int(key)] if isinstance(parent, list) else parent[key]
    value = parent[path[-1]]
    if isinstance(value, int):
        parent[path[-1]] = value + 1
    elif path[-1] == "user_name":
        parent[path[-1]] = value + "x"
    else:
        raw = bytearray(base64.b64decode(value))
        raw[len(raw) // 2] ^= 0x01
        parent[path[-1]] = base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("path", TAMPER_PATHS)
def test_any_edit_outside_the_unlocking_slot_is_detected(path: tuple[str, ...]) -> None:
    file, _ = make_file()
    doc = json.loads(ks.serialize(file))
    _mutate(doc, path)
    tampered = ks.parse(json.dumps(doc).encode())
    with pytest.raises(VaultDamaged):
        unlock(tampered, tampered.slots[0], b"pw-admin")


# --- strict parsing ----------------------------------------------------------------------


def test_serialise_parse_round_trip() -> None:
    file, _ = make_file()
    assert ks.parse(ks.serialize(file)) == file


@pytest.mark.parametrize("edit", [
    lambda d: d.update(extra=1),
    lambda d: d["slots"][0].update(extra="x"),
    lambda d: d.update(generation=True),
    lambda d: d.update(generation=0),
    lambda d: d.update(format="other"),
    lambda d: d.update(slots=[]),
    lambda d: d.update(vault_id="not-a-uuid"),
    lambda d: d.update(vault_id=VAULT_ID.upper()),
    lambda d: d["slots"][0]["kdf"].update(memory_kib=MAX_KDF.memory_kib + 1),
    lambda d: d["slots"][0]["kdf"].update(algorithm="scrypt"),
    lambda d: d["slots"][0].update(purpose="admin"),
    lambda d: d["slots"][2].update(user_name="someone"),
    lambda d: d["slots"][1].update(user_name="admin"),
    lambda d: d["slots"].append(d["slots"][2]),
    lambda d: d["slots"][0].update(public_key=d["slots"][0]["public_key"].rstrip("=")),
    lambda d: d["slots"][0].update(wrap_nonce="AAAA"),
    lambda d: d["slots"][0].update(user_name="bad\nname"),
])
def test_malformed_documents_are_damaged(edit: Any) -> None:
    doc = valid_doc()
    edit(doc)
    with pytest.raises(VaultDamaged):
        ks.parse(json.dumps(doc).encode())


def test_raw_level_problems_are_damaged() -> None:
    text = json.dumps(valid_doc())
    for data in [b"", b"\xff\xfe", text[:-5].encode(), text.replace('"generation": 3',
                 '"generation": 3.0').encode(), b"[" * 100_000,
                 text.replace('"generation": 3', '"generation": 3, "generation": 4').encode(),
                 (text + " " * ks.MAX_FILE_BYTES).encode(), b'{"version": NaN}']:
        with pytest.raises(VaultDamaged):
            ks.parse(data)


def test_later_format_version_is_too_new() -> None:
    doc = valid_doc()
    doc["version"] = ks.FORMAT_VERSION + 1
    with pytest.raises(VaultTooNew):
        ks.parse(json.dumps(doc).encode())


def test_slot_count_is_bounded() -> None:
    doc = valid_doc()
    doc["slots"] = [dict(doc["slots"][0], slot_id=str(uuid.uuid4()), user_id=str(uuid.uuid4()),
                         user_name=f"u{i}") for i in range(ks.MAX_SLOTS + 1)]
    with pytest.raises(VaultDamaged):
        ks.parse(json.dumps(doc).encode())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(json_values)
def test_parser_only_raises_vault_errors_on_arbitrary_json(value: Any) -> None:
    with contextlib.suppress(VaultError):
        ks.parse(json.dumps(value).encode())


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_parser_only_raises_vault_errors_on_arbitrary_bytes(data: bytes) -> None:
    with contextlib.suppress(VaultError):
        ks.parse(data)


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_parser_only_raises_vault_errors_on_mutated_slot_files(data: st.DataObject) -> None:
    doc = valid_doc()
    path = data.draw(st.sampled_from(_paths(doc)))
    parent: Any = doc
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    with contextlib.suppress(VaultError):
        ks.parse(json.dumps(doc).encode())
