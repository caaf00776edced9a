"""The key-slot file (``keyslots.json``): who can unlock the vault, and how.

Each slot has its own X25519 key pair. The private key is wrapped with AES-256-GCM under a
key from Argon2id(passphrase); the data key (DEK) of the database is sealed to the slot's
public key with HPKE. Unlocking is Argon2id -> unwrap the private key -> open the DEK.
Because the DEK is sealed to public keys, a new DEK can be given to every remaining slot
without anyone's passphrase (key rotation when a user is removed).

Since format version 2 each slot also holds an Ed25519 signing key, wrapped under the same
passphrase-derived key (its own nonce and associated data): the DEK is shared by all users,
the signing key is not, so grants and audit events signed with it cannot be forged by
another user (a slot written before version 2 gets one at its user's next unlock).

Since format version 3 the AES-GCM-wrapped private key of a slot also holds the public key
of the vault's root of authority (the signing key of the first signed grant): the plaintext
is the X25519 private key followed by that root key. Nobody can change or remove it without
the slot's own secret, so a DEK holder who rewrites the grants (or deletes them to make the
vault look like an earlier version) is caught at every other user's unlock. The same root
is written in clear in the slot (``root``) so that every unlock can compare every slot's
root with the grants: it is present exactly when the wrapped key holds one (else the file
does not parse) and must equal it (else its own user's unlock refuses), so it can be
neither removed nor changed without making some user's unlock fail. A slot that holds no
root yet (older formats) gets it at its user's first verified unlock.

Every slot's associated data binds it to the vault, its slot id, purpose and user, so a
relabelled slot does not open; an HMAC keyed from the DEK covers the whole file, so any
other edit is caught right after the DEK is recovered. The full specification is in
``docs/vault-format.md``.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac, hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from nap_desktop.domain.errors import VaultDamaged, WrongPassphrase
from nap_desktop.domain.messages import N_
from nap_desktop.store import kdf, signing
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.keyslot_file import (
    DAMAGED_MESSAGE,
    DATA_KEY_BYTES,
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_NAME_CHARS,
    MAX_SLOTS,
    NONCE_BYTES,
    PURPOSE_RECOVERY,
    PURPOSE_USER,
    RECOVERY_USER_ID,
    ROOT_KEY_BYTES,
    KeySlot,
    KeySlotFile,
    b64,
    body,
    damaged,
    parse,
    read_keyslots,
    serialize,
    text_field,
    uuid_field,
)

# The file's format (keyslot_file.py) is reached through this module.
__all__ = [
    "DAMAGED_MESSAGE", "DATA_KEY_BYTES", "FORMAT", "FORMAT_VERSION", "MAX_FILE_BYTES",
    "MAX_NAME_CHARS", "MAX_SLOTS", "PURPOSE_RECOVERY", "PURPOSE_USER", "RECOVERY_USER_ID",
    "ROOT_KEY_BYTES", "KeySlot", "KeySlotFile", "UnwrappedSlot", "check_identity",
    "new_slot", "open_data_key", "parse", "read_keyslots", "seal_data_key", "serialize",
    "signed_file", "unwrap_private_key", "unwrap_slot", "verify_mac", "with_root",
    "with_signing_key",
]

#: The version inside the wrap AAD and seal info: fixed at 1 so that slots written by
#: format 1 keep opening after the file is rewritten as format 2.
_AAD_VERSION = 1
_MAC_INFO = b"nap keyslots mac v1"
_WRAP_DOMAIN = b"nap keyslot wrap v1\x00"
_SIGNING_WRAP_DOMAIN = b"nap keyslot signing wrap v1\x00"
_SEAL_DOMAIN = b"nap keyslot data key v1\x00"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


@dataclass(frozen=True, slots=True)
class UnwrappedSlot:
    """What a slot's secret opens: its X25519 key, its signing key (None in a legacy
    slot) and the wrapping key, kept only to give a legacy slot its signing key."""

    private: X25519PrivateKey
    signing: Ed25519PrivateKey | None
    wrapping_key: bytes
    #: The root of authority this slot was bound to (empty: not bound yet, format < 3).
    root: bytes = b""


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _wrap_aad(vault_id: str, slot: KeySlot) -> bytes:
    return _WRAP_DOMAIN + _canonical([_AAD_VERSION, vault_id, slot.slot_id, slot.purpose,
                                      slot.user_id, b64(slot.public_key)])


def _seal_info(vault_id: str, generation: int, slot: KeySlot) -> bytes:
    return _SEAL_DOMAIN + _canonical([_AAD_VERSION, vault_id, slot.slot_id, slot.purpose,
                                      slot.user_id, generation])


def _signing_aad(vault_id: str, slot: KeySlot) -> bytes:
    return _SIGNING_WRAP_DOMAIN + _canonical([_AAD_VERSION, vault_id, slot.slot_id, slot.purpose,
                                              slot.user_id, b64(slot.signing_public_key)])


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def with_signing_key(slot: KeySlot, *, vault_id: str, wrapping_key: bytes,
                     key: Ed25519PrivateKey) -> KeySlot:
    """``slot`` holding ``key``, wrapped under the slot's own wrapping key (fresh nonce)."""
    slot = replace(slot, signing_public_key=signing.raw_public(key),
                   signing_nonce=secrets.token_bytes(NONCE_BYTES))
    wrapped = AESGCM(wrapping_key).encrypt(slot.signing_nonce, key.private_bytes_raw(),
                                           _signing_aad(vault_id, slot))
    return replace(slot, wrapped_signing_key=wrapped)


def with_root(slot: KeySlot, *, vault_id: str, wrapping_key: bytes,
              private: X25519PrivateKey, root: bytes) -> KeySlot:
    """``slot`` with its private key wrapped again (fresh nonce) together with ``root``, the
    public key of the vault's root of authority (empty: no root, an unbound slot)."""
    if root and len(root) != ROOT_KEY_BYTES:
        raise ValueError("a root key is 32 bytes")
    slot = replace(slot, wrap_nonce=secrets.token_bytes(NONCE_BYTES), root=root)
    wrapped = AESGCM(wrapping_key).encrypt(slot.wrap_nonce, private.private_bytes_raw() + root,
                                           _wrap_aad(vault_id, slot))
    return replace(slot, wrapped_private_key=wrapped)


def new_slot(*, vault_id: str, generation: int, purpose: str, user_id: str, user_name: str,
             secret: bytes, params: KdfParams, data_key: bytes | bytearray,
             slot_id: str | None = None,
             signing_key: Ed25519PrivateKey | None = None, root: bytes = b"") -> KeySlot:
    """A slot opened by ``secret`` holding ``data_key`` and ``signing_key`` (a new one if
    None: a passphrase change keeps the user's key, a reset gives a new one), bound to the
    vault's ``root`` of authority (see module doc). Runs Argon2id once."""
    kdf.check_new_params(params)
    private = X25519PrivateKey.generate()
    slot = KeySlot(
        slot_id=slot_id or str(uuid.uuid4()), purpose=purpose, user_id=user_id,
        user_name=user_name, kdf=params, salt=secrets.token_bytes(kdf.SALT_BYTES),
        public_key=_raw_public(private.public_key()), wrap_nonce=secrets.token_bytes(NONCE_BYTES),
        wrapped_private_key=b"", sealed_data_key=b"")
    wrapping_key = kdf.derive_key(secret, slot.salt, params)
    slot = with_root(slot, vault_id=vault_id, wrapping_key=wrapping_key, private=private,
                     root=root)
    slot = with_signing_key(slot, vault_id=vault_id, wrapping_key=wrapping_key,
                            key=signing_key or Ed25519PrivateKey.generate())
    return seal_data_key(slot, vault_id=vault_id, generation=generation, data_key=data_key)


def seal_data_key(slot: KeySlot, *, vault_id: str, generation: int,
                  data_key: bytes | bytearray) -> KeySlot:
    """Give ``data_key`` to ``slot`` using only its public key (no passphrase needed)."""
    public = X25519PublicKey.from_public_bytes(slot.public_key)
    sealed = _SUITE.encrypt(bytes(data_key), public, info=_seal_info(vault_id, generation, slot))
    return replace(slot, sealed_data_key=sealed)


def unwrap_private_key(slot: KeySlot, *, vault_id: str, secret: bytes) -> X25519PrivateKey:
    """Argon2id + AES-GCM. Refuses a slot below the KDF floor (:class:`WeakKeySlot`) before
    deriving anything; a wrong secret or a relabelled slot gives :class:`WrongPassphrase`."""
    return unwrap_slot(slot, vault_id=vault_id, secret=secret).private


SIGNING_KEY_DAMAGED = N_(
    "Your signing key in the key slot file has been altered, so nothing you "
    "do could be signed. Nothing was changed. Ask an administrator to run "
    "“nap check” and restore a backup."
)


ROOT_ALTERED = N_(
    "The root of authority written in your key slot has been altered by someone "
    "holding the data key. Nothing was changed. Ask an administrator to run "
    "“nap check” and restore a backup."
)


def unwrap_slot(slot: KeySlot, *, vault_id: str, secret: bytes) -> UnwrappedSlot:
    """:func:`unwrap_private_key`, and the slot's signing key with it. A signing key that
    does not open under the right secret (its public key or nonce replaced in the file by
    someone holding the DEK) is :class:`VaultDamaged`, never silently skipped."""
    kdf.check_floor(slot.kdf)
    wrapping_key = kdf.derive_key(secret, slot.salt, slot.kdf)
    try:
        raw = AESGCM(wrapping_key).decrypt(slot.wrap_nonce, slot.wrapped_private_key,
                                           _wrap_aad(vault_id, slot))
    except InvalidTag:
        raise WrongPassphrase() from None
    private = X25519PrivateKey.from_private_bytes(raw[:32])
    if _raw_public(private.public_key()) != slot.public_key:  # pragma: no cover - AAD binds it
        raise damaged()
    if bytes(raw[32:]) != slot.root:  # the root in clear was changed by a data-key holder
        raise VaultDamaged(ROOT_ALTERED)
    return UnwrappedSlot(private=private, signing=_unwrap_signing(slot, vault_id, wrapping_key),
                         wrapping_key=wrapping_key, root=bytes(raw[32:]))


def _unwrap_signing(slot: KeySlot, vault_id: str, wrapping_key: bytes) -> Ed25519PrivateKey | None:
    if not slot.has_signing_key:
        return None
    try:
        raw = AESGCM(wrapping_key).decrypt(slot.signing_nonce, slot.wrapped_signing_key,
                                           _signing_aad(vault_id, slot))
    except InvalidTag:
        raise VaultDamaged(SIGNING_KEY_DAMAGED) from None
    key = Ed25519PrivateKey.from_private_bytes(raw)
    if signing.raw_public(key) != slot.signing_public_key:  # pragma: no cover - AAD binds it
        raise VaultDamaged(SIGNING_KEY_DAMAGED)
    return key


def open_data_key(slot: KeySlot, private: X25519PrivateKey, *, vault_id: str,
                  generation: int) -> bytearray:
    """HPKE-open the DEK sealed to ``slot`` (binding vault, slot, user and generation)."""
    try:
        opened = _SUITE.decrypt(slot.sealed_data_key, private,
                                info=_seal_info(vault_id, generation, slot))
    except InvalidTag:
        raise damaged() from None
    if len(opened) != DATA_KEY_BYTES:
        raise damaged()
    return bytearray(opened)


def _mac_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_MAC_INFO).derive(bytes(data_key))


def _compute_mac(body: dict[str, Any], data_key: bytes | bytearray) -> bytes:
    h = hmac.HMAC(_mac_key(data_key), hashes.SHA256())
    h.update(_canonical(body))
    return h.finalize()


def signed_file(*, vault_id: str, generation: int, slots: Sequence[KeySlot],
                data_key: bytes | bytearray) -> KeySlotFile:
    """The file with its MAC. Checked by a parse round trip: we never write a file that
    we would refuse to read."""
    unsigned = KeySlotFile(vault_id=vault_id, generation=generation, slots=tuple(slots), mac=b"",
                           version=FORMAT_VERSION)
    signed = replace(unsigned, mac=_compute_mac(body(unsigned), data_key))
    try:
        if parse(serialize(signed)) != signed:  # pragma: no cover - would be a bug here
            raise damaged()
    except VaultDamaged:
        raise ValueError("the key slots to write are not valid") from None
    return signed


def check_identity(user_id: str, user_name: str) -> None:
    """ValueError unless a user slot may carry these: a canonical UUID, and a name of
    1-200 characters without control characters."""
    try:
        uuid_field(user_id)
        text_field(user_name, MAX_NAME_CHARS)
    except (VaultDamaged, ValueError):
        raise ValueError("invalid user id or user name for a key slot") from None


def verify_mac(file: KeySlotFile, data_key: bytes | bytearray) -> None:
    """:class:`VaultDamaged` unless the whole file is exactly what a DEK holder wrote."""
    h = hmac.HMAC(_mac_key(data_key), hashes.SHA256())
    h.update(_canonical(body(file)))
    try:
        h.verify(file.mac)
    except InvalidSignature:
        raise damaged() from None
