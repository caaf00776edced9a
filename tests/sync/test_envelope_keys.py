"""Device keys, data keys sealed to devices, and the key rotation that shuts a removed device
out: the device key file is never plaintext and is owner-only; a removed device reads and
writes nothing after the rotation."""

from __future__ import annotations

import base64
import os
import stat
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from nap_desktop.domain.errors import WeakKeySlot, WrongPassphrase
from nap_desktop.store import kdf
from nap_desktop.store import keyslots as ks
from nap_desktop.sync import envelope, keys
from nap_desktop.sync.device_keys import (
    DeviceKeys,
    check_fingerprint,
    data_key_wrap,
    passphrase_wrap,
)
from nap_desktop.sync.errors import DeviceFingerprintMismatch, DeviceKeyDamaged, EnvelopeRefused
from tests.sync.envelope_kit import Team, change_set

FAST = kdf.KdfParams(memory_kib=64, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    yield


def secret_forms(device: DeviceKeys) -> list[bytes]:
    """Every private key of ``device`` as raw bytes, hex and base64 (whole and halves)."""
    raw = device._secret()
    parts = [raw, raw[:32], raw[32:96], raw[96:]]
    forms = []
    for part in parts:
        forms += [part, part.hex().encode(), base64.b64encode(part),
                  base64.urlsafe_b64encode(part), part[:16], part[16:32]]
    return forms


def assert_no_secret(folder: Path, device: DeviceKeys) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for form in secret_forms(device):
            assert form not in data, f"{path.name} holds private key bytes"


def test_the_device_key_file_is_never_plaintext_and_owner_only(tmp_path: Path) -> None:
    vault_id = str(uuid.uuid4())
    device = DeviceKeys.generate(vault_id)
    path = tmp_path / "device.key"
    device.save(path, wrap_key=passphrase_wrap("correct horse", FAST))
    assert_no_secret(tmp_path, device)
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # Re-wrapped under the data key after the first unlock: still nothing in clear.
    dek = os.urandom(32)
    DeviceKeys.load(path, wrap_key=passphrase_wrap("correct horse")).save(
        path, wrap_key=data_key_wrap(dek, 1))
    assert_no_secret(tmp_path, device)
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = DeviceKeys.load(path, wrap_key=data_key_wrap(dek, 1), vault_id=vault_id)
    assert loaded.public() == device.public() and loaded.device_id == device.device_id
    assert [p.name for p in tmp_path.iterdir()] == ["device.key"]  # no temp file left


def test_no_key_material_in_repr_or_messages(tmp_path: Path) -> None:
    device = DeviceKeys.generate(str(uuid.uuid4()))
    text = repr(device) + repr(passphrase_wrap("hunter2hunter2")) + repr(data_key_wrap(
        b"k" * 32, 1))
    assert "hunter2" not in text and "kkkk" not in text
    for form in secret_forms(device):
        assert form.decode("latin-1") not in text
    path = tmp_path / "device.key"
    device.save(path, wrap_key=data_key_wrap(b"k" * 32, 1))
    with pytest.raises(DeviceKeyDamaged) as caught:
        DeviceKeys.load(path, wrap_key=data_key_wrap(b"j" * 32, 1))
    assert "kkkk" not in str(caught.value) and "jjjj" not in str(caught.value)


def test_a_wrong_passphrase_or_data_key_does_not_open(tmp_path: Path) -> None:
    vault_id = str(uuid.uuid4())
    device = DeviceKeys.generate(vault_id)
    path = tmp_path / "device.key"
    device.save(path, wrap_key=passphrase_wrap("right one", FAST))
    with pytest.raises(WrongPassphrase):
        DeviceKeys.load(path, wrap_key=passphrase_wrap("wrong one"))
    with pytest.raises(DeviceKeyDamaged):  # the file asks for a passphrase, not a data key
        DeviceKeys.load(path, wrap_key=data_key_wrap(os.urandom(32), 1))
    device.save(path, wrap_key=data_key_wrap(b"a" * 32, 3))
    for wrong in (data_key_wrap(b"b" * 32, 3), data_key_wrap(b"a" * 32, 2)):
        with pytest.raises(DeviceKeyDamaged):
            DeviceKeys.load(path, wrap_key=wrong)
    with pytest.raises(DeviceKeyDamaged):  # another vault's file
        DeviceKeys.load(path, wrap_key=data_key_wrap(b"a" * 32, 3), vault_id=str(uuid.uuid4()))


def test_an_edited_device_key_file_is_refused(tmp_path: Path) -> None:
    vault_id = str(uuid.uuid4())
    device, other = DeviceKeys.generate(vault_id), DeviceKeys.generate(vault_id)
    path = tmp_path / "device.key"
    dek = os.urandom(32)
    device.save(path, wrap_key=data_key_wrap(dek, 1))
    good = path.read_bytes()
    other.save(tmp_path / "other.key", wrap_key=data_key_wrap(dek, 1))
    other_id = other.device_id.encode()
    edits = [good.replace(device.device_id.encode(), other_id),  # relabelled to another id
             good.replace(b'"epoch":1', b'"epoch":1 '), good[:-1], good + b"\n", b"",
             good.replace(b'"version":1', b'"version":2'), os.urandom(70_000)]
    for i in range(0, len(good) - 1, 7):
        flipped = bytearray(good)
        flipped[i] ^= 0x20
        edits.append(bytes(flipped))
    for bad in edits:
        path.write_bytes(bad)
        with pytest.raises((DeviceKeyDamaged, WrongPassphrase)):
            DeviceKeys.load(path, wrap_key=data_key_wrap(dek, 1))


def test_a_weak_argon2id_cost_in_the_file_is_refused(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    device = DeviceKeys.generate(str(uuid.uuid4()))
    path = tmp_path / "device.key"
    device.save(path, wrap_key=passphrase_wrap("pass", FAST))
    monkeypatch.setattr(kdf, "MIN_KDF", kdf.KdfParams(memory_kib=128, iterations=1, lanes=1))
    with pytest.raises(WeakKeySlot):
        DeviceKeys.load(path, wrap_key=passphrase_wrap("pass"))


def test_fingerprints_are_read_aloud_like_partner_cards() -> None:
    vault_id = str(uuid.uuid4())
    device, other = DeviceKeys.generate(vault_id), DeviceKeys.generate(vault_id)
    fp = device.fingerprint()
    assert len(fp) == 39 and fp.count("-") == 7 and fp == fp.upper()
    check_fingerprint(device.public(), vault_id, fp.lower().replace("-", " "))
    for typed in (other.fingerprint(), "ABCD", fp[:-1] + ("A" if fp[-1] != "A" else "B")):
        with pytest.raises(DeviceFingerprintMismatch):
            check_fingerprint(device.public(), vault_id, typed)
    # The same keys in another vault have another fingerprint.
    assert device.public().fingerprint(str(uuid.uuid4())) != fp


def test_a_sealed_data_key_opens_only_for_its_device_vault_and_epoch() -> None:
    vault_id = str(uuid.uuid4())
    a, b = DeviceKeys.generate(vault_id), DeviceKeys.generate(vault_id)
    dek = os.urandom(32)
    sealed = keys.seal_data_key(dek, to_box_key=a.public().box_key, vault_id=vault_id,
                                device_id=a.device_id, epoch=2)
    assert len(sealed) == keys.SEALED_KEY_BYTES and dek not in sealed
    assert keys.open_data_key(sealed, device=a, vault_id=vault_id, epoch=2) == dek
    for device, vault, epoch in ((b, vault_id, 2), (a, str(uuid.uuid4()), 2), (a, vault_id, 3)):
        with pytest.raises(EnvelopeRefused) as caught:
            keys.open_data_key(sealed, device=device, vault_id=vault, epoch=epoch)
        assert caught.value.code == "bad-seal"
    flipped = bytearray(sealed)
    flipped[-1] ^= 1
    with pytest.raises(EnvelopeRefused):
        keys.open_data_key(bytes(flipped), device=a, vault_id=vault_id, epoch=2)


def test_sync_keys_differ_by_vault_and_epoch() -> None:
    dek, v1, v2 = os.urandom(32), str(uuid.uuid4()), str(uuid.uuid4())
    assert len({keys.sync_key(dek, v, g) for v in (v1, v2) for g in (1, 2)}) == 4


def slot_file(vault_id: str, dek: bytes) -> ks.KeySlotFile:
    slots = [ks.new_slot(vault_id=vault_id, generation=1, purpose=ks.PURPOSE_USER,
                         user_id=str(uuid.uuid4()), user_name=name, secret=name.encode(),
                         params=FAST, data_key=dek) for name in ("ana", "ben")]
    return ks.signed_file(vault_id=vault_id, generation=1, slots=slots, data_key=dek)


def rotate(team: Team, removed: int) -> tuple[tuple[str, str, bytes], bytes]:
    """Device 0 (the admin's) removes device ``removed``: a rotation change set."""
    admin = team.devices[0]
    new_dek = os.urandom(32)
    new_file = keys.resealed_file(slot_file(team.vault_id, team.dek), new_dek)
    gone = team.keys[removed].device_id
    remaining = [k.public() for k in team.keys if k.device_id != gone]
    rotation = keys.make_rotation(vault_id=team.vault_id, new_dek=new_dek, new_file=new_file,
                                  remaining=remaining, removed=[gone])
    row = admin.write(change_set(control=rotation.control), seal=rotation.seal)
    return row, new_dek


def test_a_removed_device_gets_nothing_after_the_rotation() -> None:
    team = Team(3)
    admin, stays, removed = team.devices
    team.push(removed.write())  # before its removal: accepted, it keeps what it had
    row, new_dek = rotate(team, 2)
    assert dek_not_in(row[2], new_dek, team.dek)
    team.push(row)
    assert admin.reader.refused == [] and stays.reader.refused == []
    assert set(stays.reader.sync_keys) == {1, 2}
    # The removed device reads the rotation (it still held epoch 1) but gets no key ...
    assert removed.reader.refused == [] and set(removed.reader.sync_keys) == {1}
    # ... so it cannot read what is written after it ...
    team.push(stays.write())
    assert removed.reader.refused[-1] == (3, "no-key")
    # ... and what it writes under its old epoch is refused by everyone.
    late = removed.write()
    team.push(late)
    assert admin.reader.refused[-1] == (4, "unknown-device")
    assert stays.reader.refused[-1] == (4, "unknown-device")
    # Even a reader that still listed the device refuses it by its key alone.
    with pytest.raises(EnvelopeRefused) as caught:
        envelope.open_change_set(late[2], vault_id=team.vault_id, expected_id=late[0],
                                 device_public=team.keys[2].public(),
                                 sync_keys=stays.reader.sync_keys)
    assert caught.value.code == "stale-epoch"
    assert len({d.reader.hashes[-1] for d in team.devices}) == 1


def dek_not_in(body: bytes, *deks: bytes) -> bool:
    return all(d not in body and base64.b64encode(d) not in body for d in deks)


def test_the_new_key_slot_file_is_not_readable_with_the_old_epoch() -> None:
    team = Team(3)
    row, new_dek = rotate(team, 2)
    removed = team.devices[2]
    opened = envelope.open_change_set(row[2], vault_id=team.vault_id, expected_id=row[0],
                                      device_public=team.keys[0].public(),
                                      sync_keys=removed.reader.sync_keys)
    control = opened.change_set["control"]
    assert b"nap-keyslots" not in base64.b64decode(control["keyslots"])
    with pytest.raises(EnvelopeRefused) as caught:
        keys.open_rotation(control, opened.header.seal, device=removed.keys,
                           vault_id=team.vault_id, from_epoch=1)
    assert caught.value.code == "no-key"
    stays = team.devices[1]
    got = keys.open_rotation(control, opened.header.seal, device=stays.keys,
                             vault_id=team.vault_id, from_epoch=1)
    assert got.data_key == new_dek and got.keyslots.generation == 2


def test_a_rotation_whose_slot_file_does_not_match_its_key_is_refused() -> None:
    team = Team(2)
    new_dek, other_dek = os.urandom(32), os.urandom(32)
    new_file = keys.resealed_file(slot_file(team.vault_id, team.dek), new_dek)
    remaining = [k.public() for k in team.keys]
    good = keys.make_rotation(vault_id=team.vault_id, new_dek=new_dek, new_file=new_file,
                              remaining=remaining, removed=[])
    # An admin device seals a key that is not the one the slot file's MAC was made with.
    wrong_seal = keys.seal_to_devices(other_dek, remaining, vault_id=team.vault_id, epoch=2)
    d = team.devices[1].keys
    cases = [(good.control, wrong_seal, 1), (good.control | {"epoch": 3}, good.seal, 1),
             (good.control, good.seal, 2), (good.control | {"keyslots": "AAAA"}, good.seal, 1)]
    for control, seal, from_epoch in cases:
        with pytest.raises(EnvelopeRefused) as caught:
            keys.open_rotation(control, seal, device=d, vault_id=team.vault_id,
                               from_epoch=from_epoch)
        assert caught.value.code in {"bad-rotation", "bad-seal"}


def test_seals_only_travel_in_control_change_sets() -> None:
    team = Team(2)
    seal = keys.seal_to_devices(team.dek, [team.keys[1].public()], vault_id=team.vault_id,
                                epoch=1)
    with pytest.raises(ValueError):
        team.devices[0].write(change_set(), seal=seal)


def test_device_keys_travel_as_wrapped_bytes(tmp_path: Path) -> None:
    vault_id = str(uuid.uuid4())
    device = DeviceKeys.generate(vault_id)
    dek = os.urandom(32)
    data = device.to_bytes(wrap_key=data_key_wrap(dek, 4))
    assert not any(form in data for form in secret_forms(device))
    again = DeviceKeys.from_bytes(data, wrap_key=data_key_wrap(dek, 4), vault_id=vault_id)
    assert again.public() == device.public()
    with pytest.raises(DeviceKeyDamaged):
        DeviceKeys.from_bytes(data + b" " * 70_000, wrap_key=data_key_wrap(dek, 4))
