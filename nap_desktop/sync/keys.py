"""Epochs and their keys: the sync key of an epoch, the data key sealed to a device, and the
key rotation that travels through the log when a device is removed.

An epoch is the ``generation`` of the key-slot file. Its data key (DEK) reaches a device only
sealed to that device's hybrid box key (HPKE, ML-KEM-768 + X25519, as the partner packages
use), never in clear and never to the server. A rotation (epoch g -> g+1) is one control
change set, sealed under epoch g like any other, that carries:

* in its header ``seal``: DEK_{g+1} sealed to every remaining approved device;
* in its plaintext ``control``: the new key-slot file, encrypted once more under the sync
  key of epoch g+1 (``keyslots``). A removed device can read the change set (it still holds
  epoch g) but gets no seal, so it can neither learn DEK_{g+1} nor read the slot file;
  every remaining device checks the slot file's MAC under the DEK it opened.

After the rotation, every device refuses change sets under epoch g (``stale-epoch``).
"""

from __future__ import annotations

import base64
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nap_desktop.domain.errors import VaultError
from nap_desktop.store import keyslots as ks
from nap_desktop.store.keyslots import KeySlotFile
from nap_desktop.sync.device_keys import (
    BOX_KEY_BYTES,
    MLKEM_PUBLIC_BYTES,
    DeviceKeys,
    DevicePublic,
)
from nap_desktop.sync.errors import BAD_ROTATION, BAD_SEAL, NO_KEY, EnvelopeRefused

DATA_KEY_BYTES = ks.DATA_KEY_BYTES
#: HPKE output for a 32-byte key: ML-KEM-768 ciphertext (1088) + X25519 share (32) +
#: AES-256-GCM ciphertext (32) and tag (16).
SEALED_KEY_BYTES = 1088 + 32 + DATA_KEY_BYTES + 16
SYNC_INFO = b"nap sync v1"
_SEAL_INFO = b"nap sync data key v1\x00"
_KEYSLOTS_INFO = b"nap sync keyslots v1\x00"
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
ROTATION_TYPE = "key-rotation"


def sync_key(dek: bytes | bytearray, vault_id: str, epoch: int) -> bytes:
    """``HKDF-SHA256(ikm=DEK_g, salt=vault uuid bytes, info="nap sync v1" || g (4 bytes))``."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=uuid.UUID(vault_id).bytes,
                info=SYNC_INFO + epoch.to_bytes(4, "big")).derive(bytes(dek))


def _seal_info(vault_id: str, device_id: str, epoch: int) -> bytes:
    return _SEAL_INFO + uuid.UUID(vault_id).bytes + uuid.UUID(device_id).bytes \
        + epoch.to_bytes(4, "big")


def _box_public(box_key: bytes) -> hpke.MLKEM768X25519PublicKey:
    if len(box_key) != BOX_KEY_BYTES:
        raise EnvelopeRefused(BAD_SEAL)
    try:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(box_key[:MLKEM_PUBLIC_BYTES]),
            x25519.X25519PublicKey.from_public_bytes(box_key[MLKEM_PUBLIC_BYTES:]))
    except ValueError:  # an ML-KEM key out of range (FIPS 203 modulus check)
        raise EnvelopeRefused(BAD_SEAL) from None


def seal_data_key(dek: bytes | bytearray, *, to_box_key: bytes, vault_id: str, device_id: str,
                  epoch: int) -> bytes:
    """``dek`` sealed to a device's box key; opens only for that device, vault and epoch."""
    if len(dek) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return _SUITE.encrypt(bytes(dek), _box_public(to_box_key),
                          info=_seal_info(vault_id, device_id, epoch))


def open_data_key(sealed: bytes, *, device: DeviceKeys, vault_id: str, epoch: int) -> bytearray:
    """Open a data key sealed to ``device``: ``bad-seal`` if it does not open."""
    if len(sealed) != SEALED_KEY_BYTES:
        raise EnvelopeRefused(BAD_SEAL)
    try:
        opened = _SUITE.decrypt(sealed, device.box_private(),
                                info=_seal_info(vault_id, device.device_id, epoch))
    except (InvalidTag, ValueError):
        raise EnvelopeRefused(BAD_SEAL) from None
    return bytearray(opened)


def seal_to_devices(dek: bytes | bytearray, devices: Sequence[DevicePublic], *, vault_id: str,
                    epoch: int) -> dict[str, bytes]:
    """The header ``seal`` of an approval or rotation: ``dek`` sealed to each device."""
    return {d.device_id: seal_data_key(dek, to_box_key=d.box_key, vault_id=vault_id,
                                       device_id=d.device_id, epoch=epoch) for d in devices}


def resealed_file(current: KeySlotFile, new_dek: bytes | bytearray, *,
                  drop_user_ids: Sequence[str] = ()) -> KeySlotFile:
    """The key-slot file of the next generation: every remaining slot given ``new_dek`` by its
    public key (no passphrase needed), as a local rotation does (``store/unlocked.py``)."""
    generation = current.generation + 1
    kept = [s for s in current.slots if s.user_id not in drop_user_ids]
    resealed = [ks.seal_data_key(s, vault_id=current.vault_id, generation=generation,
                                 data_key=new_dek) for s in kept]
    return ks.signed_file(vault_id=current.vault_id, generation=generation, slots=resealed,
                          data_key=new_dek)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _keyslots_aad(vault_id: str, epoch: int) -> bytes:
    return _KEYSLOTS_INFO + uuid.UUID(vault_id).bytes + epoch.to_bytes(4, "big")


@dataclass(frozen=True, slots=True)
class Rotation:
    """What the admin's desktop puts into a rotation change set."""

    control: dict[str, Any]   # the change set's ``control`` object
    seal: dict[str, bytes]    # the header's ``seal``: DEK_{g+1} for each remaining device


@dataclass(frozen=True, slots=True)
class OpenedRotation:
    """A rotation as a remaining device receives it (checked)."""

    epoch: int
    data_key: bytearray = field(repr=False)
    keyslots: KeySlotFile
    keyslot_bytes: bytes = field(repr=False)
    removed: tuple[str, ...]


def make_rotation(*, vault_id: str, new_dek: bytes | bytearray, new_file: KeySlotFile,
                  remaining: Sequence[DevicePublic], removed: Sequence[str]) -> Rotation:
    """The rotation to epoch ``new_file.generation``: seal it under the *old* epoch with
    :func:`~nap_desktop.sync.envelope.seal_change_set` (``seal=rotation.seal``)."""
    epoch = new_file.generation
    if new_file.vault_id != vault_id or {d.device_id for d in remaining} & set(removed):
        raise ValueError("a rotation for another vault, or to a removed device")
    ks.verify_mac(new_file, new_dek)
    nonce = secrets.token_bytes(12)
    boxed = AESGCM(sync_key(new_dek, vault_id, epoch)).encrypt(
        nonce, ks.serialize(new_file), _keyslots_aad(vault_id, epoch))
    control = {"type": ROTATION_TYPE, "epoch": epoch, "removed": sorted(removed),
               "keyslots": base64.b64encode(nonce + boxed).decode("ascii")}
    return Rotation(control, seal_to_devices(new_dek, remaining, vault_id=vault_id, epoch=epoch))


def open_rotation(control: Mapping[str, Any], seal: Mapping[str, bytes], *, device: DeviceKeys,
                  vault_id: str, from_epoch: int) -> OpenedRotation:
    """Check and open a rotation received in a change set of epoch ``from_epoch``.

    ``no-key`` if this device got no seal (it is the removed one), ``bad-seal`` if its seal
    does not open, ``bad-rotation`` if the slot file does not belong with the key."""
    epoch = control.get("epoch")
    if control.get("type") != ROTATION_TYPE or type(epoch) is not int \
            or epoch != from_epoch + 1 or not isinstance(control.get("keyslots"), str) \
            or not isinstance(control.get("removed"), list) \
            or not all(isinstance(d, str) and _is_uuid(d) for d in control["removed"]):
        raise EnvelopeRefused(BAD_ROTATION)
    if device.device_id in control["removed"] or device.device_id not in seal:
        raise EnvelopeRefused(NO_KEY)
    dek = open_data_key(seal[device.device_id], device=device, vault_id=vault_id, epoch=epoch)
    try:
        raw = base64.b64decode(control["keyslots"], validate=True)
        text = AESGCM(sync_key(dek, vault_id, epoch)).decrypt(
            raw[:12], raw[12:], _keyslots_aad(vault_id, epoch))
        file = ks.parse(text)
        ks.verify_mac(file, dek)
    except (ValueError, InvalidTag, VaultError):
        raise EnvelopeRefused(BAD_ROTATION) from None
    if file.vault_id != vault_id or file.generation != epoch:
        raise EnvelopeRefused(BAD_ROTATION)
    return OpenedRotation(epoch, dek, file, text, tuple(control["removed"]))
