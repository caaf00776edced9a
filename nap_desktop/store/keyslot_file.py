"""The key-slot file's format: what a slot holds, and ``keyslots.json`` written and
read back with strict, bounded parsing.

The cryptography that fills and opens the slots is in :mod:`nap_desktop.store.keyslots`,
which re-exports these names (callers use ``keyslots``). The full specification is in
``docs/vault-format.md``.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from nap_desktop.domain.errors import NotAVault, VaultDamaged, VaultTooNew
from nap_desktop.domain.messages import N_
from nap_desktop.store import kdf, signing
from nap_desktop.store.kdf import KdfParams

FORMAT = "nap-keyslots"
FORMAT_VERSION = 3
MAX_FILE_BYTES = 1024 * 1024
MAX_SLOTS = 1000
MAX_NAME_CHARS = 200
PURPOSE_USER = "user"
PURPOSE_RECOVERY = "recovery"
RECOVERY_USER_ID = "recovery"
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
SEALED_BYTES = 32 + DATA_KEY_BYTES + 16  # HPKE enc (X25519) + AES-GCM ciphertext and tag
WRAPPED_BYTES = 32 + 16
#: A wrapped private key followed by the root public key (format 3, see keyslots.py).
WRAPPED_ROOTED_BYTES = 32 + 32 + 16
ROOT_KEY_BYTES = 32

DAMAGED_MESSAGE = N_("The key slot file is damaged or has been altered.")


def damaged() -> VaultDamaged:
    """What any unexpected byte of the file is (never more detail: it could be forged)."""
    return VaultDamaged(DAMAGED_MESSAGE)


@dataclass(frozen=True, slots=True)
class KeySlot:
    """One way into the vault: a user's passphrase or the recovery key."""

    slot_id: str
    purpose: str
    user_id: str
    user_name: str
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    wrap_nonce: bytes
    wrapped_private_key: bytes
    sealed_data_key: bytes
    #: Empty in a slot written before format 2 (a legacy slot: no signing key yet).
    signing_public_key: bytes = b""
    signing_nonce: bytes = b""
    wrapped_signing_key: bytes = b""
    #: The root of authority written in clear (format 3): empty in an unbound slot.
    root: bytes = b""

    @property
    def has_signing_key(self) -> bool:
        return bool(self.signing_public_key)


@dataclass(frozen=True, slots=True)
class KeySlotFile:
    vault_id: str
    generation: int
    slots: tuple[KeySlot, ...]
    mac: bytes
    version: int = FORMAT_VERSION

    def user_slot(self, user_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.purpose == PURPOSE_USER
                     and s.user_id == user_id), None)

    def slot_named(self, user_name: str) -> KeySlot | None:
        return next((s for s in self.slots if s.purpose == PURPOSE_USER
                     and s.user_name == user_name), None)

    def recovery_slot(self) -> KeySlot | None:
        return next((s for s in self.slots if s.purpose == PURPOSE_RECOVERY), None)


def b64(data: bytes) -> str:
    """Standard base64 text, as every binary field of the file is written."""
    return base64.b64encode(data).decode("ascii")


def _slot_json(slot: KeySlot) -> dict[str, Any]:
    signing_fields = {
        "signing_public_key": b64(slot.signing_public_key),
        "signing_nonce": b64(slot.signing_nonce),
        "wrapped_signing_key": b64(slot.wrapped_signing_key),
    } if slot.has_signing_key else {}
    root_field = {"root": b64(slot.root)} if slot.root else {}
    return signing_fields | root_field | {
        "slot_id": slot.slot_id, "purpose": slot.purpose, "user_id": slot.user_id,
        "user_name": slot.user_name,
        "kdf": {"algorithm": "argon2id", "memory_kib": slot.kdf.memory_kib,
                "iterations": slot.kdf.iterations, "lanes": slot.kdf.lanes,
                "salt": b64(slot.salt)},
        "public_key": b64(slot.public_key), "wrap_nonce": b64(slot.wrap_nonce),
        "wrapped_private_key": b64(slot.wrapped_private_key),
        "sealed_data_key": b64(slot.sealed_data_key),
    }


def body(file: KeySlotFile) -> dict[str, Any]:
    """The file as JSON without its MAC (what the MAC covers)."""
    return {"format": FORMAT, "version": file.version, "vault_id": file.vault_id,
            "generation": file.generation, "slots": [_slot_json(s) for s in file.slots]}


def serialize(file: KeySlotFile) -> bytes:
    doc = body(file) | {"mac": b64(file.mac)}
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")


def read_keyslots(path: Path) -> KeySlotFile:
    """Read and strictly parse ``path``: :class:`NotAVault` if it is missing."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise NotAVault() from None
    except IsADirectoryError:
        raise damaged() from None
    return parse(data)


def parse(data: bytes) -> KeySlotFile:
    """Strict, bounded parsing: anything unexpected is :class:`VaultDamaged` (or
    :class:`VaultTooNew` for a later format version). Never raises anything else."""
    if len(data) > MAX_FILE_BYTES:
        raise damaged()
    try:
        doc = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                         parse_float=_reject, parse_constant=_reject)
        return _parse_doc(doc)
    except (VaultDamaged, VaultTooNew):
        raise
    except (ValueError, TypeError, KeyError, RecursionError, binascii.Error):
        raise damaged() from None


def _reject(_text: str) -> Any:
    raise ValueError("non-integer number")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _obj(value: Any, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise damaged()
    return value


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise damaged()
    return value


def text_field(value: Any, max_chars: int, *, allow_empty: bool = False) -> str:
    """A bounded string without control characters, else :func:`damaged`."""
    if not isinstance(value, str) or len(value) > max_chars or (not value and not allow_empty):
        raise damaged()
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise damaged()
    return value


def uuid_field(value: Any) -> str:
    """A canonical UUID, else :func:`damaged`."""
    text = text_field(value, 36)
    if str(uuid.UUID(text)) != text:
        raise damaged()
    return text


def _bytes(value: Any, length: int) -> bytes:
    text = text_field(value, 4 * length)
    raw = base64.b64decode(text, validate=True)
    if len(raw) != length or b64(raw) != text:
        raise damaged()
    return raw


_TOP_KEYS = {"format", "version", "vault_id", "generation", "slots", "mac"}
_SLOT_KEYS = {"slot_id", "purpose", "user_id", "user_name", "kdf", "public_key", "wrap_nonce",
              "wrapped_private_key", "sealed_data_key"}
_SIGNING_KEYS = {"signing_public_key", "signing_nonce", "wrapped_signing_key"}
_KDF_KEYS = {"algorithm", "memory_kib", "iterations", "lanes", "salt"}


def _parse_doc(doc: Any) -> KeySlotFile:
    if (isinstance(doc, dict) and type(doc.get("version")) is int
            and doc["version"] > FORMAT_VERSION):
        raise VaultTooNew()
    doc = _obj(doc, _TOP_KEYS)
    version = _int(doc["version"], 1, FORMAT_VERSION)
    if doc["format"] != FORMAT:
        raise damaged()
    slots = doc["slots"]
    if not isinstance(slots, list) or not 1 <= len(slots) <= MAX_SLOTS:
        raise damaged()
    file = KeySlotFile(vault_id=uuid_field(doc["vault_id"]),
                       generation=_int(doc["generation"], 1, 2**53),
                       slots=tuple(_parse_slot(s, version) for s in slots),
                       mac=_bytes(doc["mac"], 32), version=version)
    _validate_semantics(file)
    return file


def _parse_slot(value: Any, version: int) -> KeySlot:
    """Version 1 slots have no signing key; version 2 slots have one, or none yet (a slot
    of a format-1 vault whose user has not unlocked since the upgrade)."""
    signed = version >= 2 and isinstance(value, dict) and "signing_public_key" in value
    rooted = version >= 3 and isinstance(value, dict) and "root" in value
    raw = _obj(value, (_SLOT_KEYS | _SIGNING_KEYS if signed else _SLOT_KEYS)
               | ({"root"} if rooted else set()))
    k = _obj(raw["kdf"], _KDF_KEYS)
    if k["algorithm"] != "argon2id":
        raise damaged()
    lanes = _int(k["lanes"], 1, kdf.MAX_KDF.lanes)
    params = KdfParams(memory_kib=_int(k["memory_kib"], 8 * lanes, kdf.MAX_KDF.memory_kib),
                       iterations=_int(k["iterations"], 1, kdf.MAX_KDF.iterations), lanes=lanes)
    purpose = raw["purpose"]
    user_id = raw["user_id"]
    if purpose == PURPOSE_USER:
        user_id = uuid_field(user_id)
        user_name = text_field(raw["user_name"], MAX_NAME_CHARS)
    elif purpose == PURPOSE_RECOVERY and user_id == RECOVERY_USER_ID:
        user_name = text_field(raw["user_name"], 0, allow_empty=True)
    else:
        raise damaged()
    slot = KeySlot(
        slot_id=uuid_field(raw["slot_id"]), purpose=purpose, user_id=user_id, user_name=user_name,
        kdf=params, salt=_bytes(k["salt"], kdf.SALT_BYTES),
        public_key=_bytes(raw["public_key"], 32), wrap_nonce=_bytes(raw["wrap_nonce"], 12),
        wrapped_private_key=_bytes(raw["wrapped_private_key"],
                                   WRAPPED_ROOTED_BYTES if rooted else WRAPPED_BYTES),
        root=_bytes(raw["root"], ROOT_KEY_BYTES) if rooted else b"",
        sealed_data_key=_bytes(raw["sealed_data_key"], SEALED_BYTES))
    if not signed:
        return slot
    return replace(slot,
                   signing_public_key=_bytes(raw["signing_public_key"], signing.PUBLIC_KEY_BYTES),
                   signing_nonce=_bytes(raw["signing_nonce"], NONCE_BYTES),
                   wrapped_signing_key=_bytes(raw["wrapped_signing_key"], WRAPPED_BYTES))


def _validate_semantics(file: KeySlotFile) -> None:
    """At most one recovery slot; slot ids, user ids and user names unique."""
    users = [s for s in file.slots if s.purpose == PURPOSE_USER]
    unique: list[Callable[[KeySlot], str]] = [
        lambda s: s.slot_id, lambda s: s.user_id, lambda s: s.user_name]
    if len(file.slots) - len(users) > 1 or len(file.slots) > MAX_SLOTS:
        raise damaged()
    for field in unique:
        if len({field(s) for s in users}) != len(users):
            raise damaged()
    if len({s.slot_id for s in file.slots}) != len(file.slots):
        raise damaged()
