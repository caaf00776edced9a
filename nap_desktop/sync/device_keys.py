"""A device's own keys: Ed25519 (signs its change sets) and a hybrid ML-KEM-768 + X25519 box
key (receives the data key of each epoch), in ``<vault>/device.key``.

The file is JSON, written atomically and owner-only (0600), and never holds a private key in
clear: the three secrets are wrapped together with AES-256-GCM, with every other field of the
file as associated data. Before the device's first unlock (a desktop joining a team) the
wrapping key is Argon2id of the joining user's passphrase, with the key slots' parameters;
after unlock it is re-wrapped under ``HKDF-SHA256(ikm=data key, salt=vault uuid,
info="nap device key v1\\0" || device uuid || epoch)``, so the passphrase is not needed to
sync in the background and a copy of the file alone opens nothing. See
``docs/sync-format.md`` "Envelope and keys".
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nap_desktop.domain.errors import WrongPassphrase
from nap_desktop.store import atomic, kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.sync import canonical
from nap_desktop.sync.errors import DeviceFingerprintMismatch, DeviceKeyDamaged, EnvelopeRefused
from nap_desktop.transfer.errors import FingerprintMismatch
from nap_desktop.transfer.identity import normalize_fingerprint

FILE_NAME = "device.key"
FORMAT = "nap-device-key"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024
SIGNING_KEY_BYTES = 32
MLKEM_PUBLIC_BYTES = 1184
#: The box key: the ML-KEM-768 encapsulation key followed by the X25519 public key.
BOX_KEY_BYTES = MLKEM_PUBLIC_BYTES + 32
_SECRET_BYTES = 32 + 64 + 32  # Ed25519 seed, ML-KEM-768 seed (d || z), X25519 private key
_NONCE_BYTES = 12
_WRAP_DOMAIN = b"nap device key wrap v1\x00"
_WRAP_INFO = b"nap device key v1\x00"
_FINGERPRINT_DOMAIN = b"nap device v1\x00"
_FINGERPRINT_BYTES = 20


@dataclass(frozen=True, slots=True)
class PassphraseWrap:
    """Wrap under Argon2id of a passphrase (a device that has not unlocked yet)."""

    passphrase: bytes = field(repr=False)
    params: KdfParams = kdf.DEFAULT_KDF


@dataclass(frozen=True, slots=True)
class DataKeyWrap:
    """Wrap under a key derived from the vault's data key of ``epoch``."""

    data_key: bytes = field(repr=False)
    epoch: int = 1


WrapKey = PassphraseWrap | DataKeyWrap


def passphrase_wrap(passphrase: str, params: KdfParams | None = None) -> PassphraseWrap:
    """A wrap under ``passphrase`` (NFC-normalised as the key slots do)."""
    return PassphraseWrap(kdf.passphrase_bytes(passphrase),
                          kdf.raised_to_floor(params or kdf.DEFAULT_KDF))


def data_key_wrap(data_key: bytes | bytearray, epoch: int) -> DataKeyWrap:
    """A wrap under the data key of ``epoch`` (after the device's first unlock)."""
    return DataKeyWrap(bytes(data_key), epoch)


def device_fingerprint(vault_id: str, device_id: str, signing_key: bytes, box_key: bytes) -> str:
    """``ABCD-EFGH-…``: 8 groups of 4 base32 characters (160 bits of SHA-256) over the vault,
    the device and both its public keys, in the style of partner cards' fingerprints: what
    the person at the new desktop reads to the administrator over the phone."""
    digest = hashlib.sha256(_FINGERPRINT_DOMAIN + uuid.UUID(vault_id).bytes
                            + uuid.UUID(device_id).bytes + signing_key + box_key).digest()
    text = base64.b32encode(digest[:_FINGERPRINT_BYTES]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


@dataclass(frozen=True, slots=True)
class DevicePublic:
    """What everybody may know of a device: its id and public keys."""

    device_id: str
    signing_key: bytes
    box_key: bytes

    def fingerprint(self, vault_id: str) -> str:
        return device_fingerprint(vault_id, self.device_id, self.signing_key, self.box_key)


def check_fingerprint(public: DevicePublic, vault_id: str, typed: str) -> None:
    """:class:`DeviceFingerprintMismatch` unless ``typed`` (case, spaces, dashes and 0/1/8
    for O/I/B forgiven) is the device's fingerprint."""
    try:
        wanted = normalize_fingerprint(typed)
    except FingerprintMismatch:
        raise DeviceFingerprintMismatch() from None
    if not hmac.compare_digest(wanted.encode("ascii"), public.fingerprint(vault_id).encode()):
        raise DeviceFingerprintMismatch()


class DeviceKeys:
    """A device's private keys. Never printed: ``repr`` shows the ids only."""

    __slots__ = ("_mlkem_seed", "_signing", "_x25519", "device_id", "vault_id")

    def __init__(self, *, vault_id: str, device_id: str, secret: bytes) -> None:
        if len(secret) != _SECRET_BYTES:
            raise ValueError("a device secret is 128 bytes")
        self.vault_id, self.device_id = vault_id, device_id
        self._signing = Ed25519PrivateKey.from_private_bytes(secret[:32])
        self._mlkem_seed = bytes(secret[32:96])
        self._x25519 = x25519.X25519PrivateKey.from_private_bytes(secret[96:])

    def __repr__(self) -> str:
        return f"<DeviceKeys device={self.device_id}>"

    @classmethod
    def generate(cls, vault_id: str, device_id: str | None = None) -> DeviceKeys:
        """Fresh keys for a new device (a uuid4 device id unless given)."""
        return cls(vault_id=str(uuid.UUID(vault_id)), device_id=device_id or str(uuid.uuid4()),
                   secret=secrets.token_bytes(_SECRET_BYTES))

    def _secret(self) -> bytes:
        return (self._signing.private_bytes_raw() + self._mlkem_seed
                + self._x25519.private_bytes_raw())

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def box_private(self) -> hpke.MLKEM768X25519PrivateKey:
        """The hybrid private key that opens data keys sealed to this device."""
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self._mlkem_seed), self._x25519)

    def public(self) -> DevicePublic:
        box = (mlkem.MLKEM768PrivateKey.from_seed_bytes(self._mlkem_seed).public_key()
               .public_bytes_raw() + self._x25519.public_key().public_bytes_raw())
        return DevicePublic(self.device_id, self._signing.public_key().public_bytes_raw(), box)

    def fingerprint(self) -> str:
        return self.public().fingerprint(self.vault_id)

    def save(self, path: Path, *, wrap_key: WrapKey) -> None:
        """Write the keys wrapped under ``wrap_key``: atomic, 0600, never in clear."""
        atomic.write_private_file(path, self.to_bytes(wrap_key=wrap_key))

    def to_bytes(self, *, wrap_key: WrapKey) -> bytes:
        """The wrapped file form without a file (e.g. kept in the vault's ``sync_secrets``)."""
        return _serialize(self, wrap_key)

    @classmethod
    def from_bytes(cls, data: bytes, *, wrap_key: WrapKey,
                   vault_id: str | None = None) -> DeviceKeys:
        """The inverse of :meth:`to_bytes`, with the checks of :meth:`load`."""
        if len(data) > MAX_FILE_BYTES:
            raise DeviceKeyDamaged()
        keys = _parse(data, wrap_key)
        if vault_id is not None and keys.vault_id != vault_id:
            raise DeviceKeyDamaged()
        return keys

    @classmethod
    def load(cls, path: Path, *, wrap_key: WrapKey, vault_id: str | None = None) -> DeviceKeys:
        """Read and open ``path``. :class:`WrongPassphrase` for a wrong passphrase,
        :class:`DeviceKeyDamaged` for anything else wrong (also another vault's file)."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            raise DeviceKeyDamaged() from None
        return cls.from_bytes(data, wrap_key=wrap_key, vault_id=vault_id)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int) -> bytes:
    if not isinstance(text, str) or len(text) > 4 * length:
        raise DeviceKeyDamaged()
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise DeviceKeyDamaged() from None
    if len(raw) != length or _b64(raw) != text:
        raise DeviceKeyDamaged()
    return raw


def _wrap_fields(wrap_key: WrapKey) -> dict[str, Any]:
    if isinstance(wrap_key, PassphraseWrap):
        kdf.check_new_params(wrap_key.params)
        p = wrap_key.params
        return {"method": "argon2id", "memory_kib": p.memory_kib, "iterations": p.iterations,
                "lanes": p.lanes, "salt": _b64(secrets.token_bytes(kdf.SALT_BYTES))}
    return {"method": "data-key", "epoch": wrap_key.epoch}


def _aes_key(wrap: dict[str, Any], wrap_key: WrapKey, vault_id: str, device_id: str) -> bytes:
    """The AES key for the file's ``wrap`` fields, or :class:`DeviceKeyDamaged` if the file
    asks for another kind of wrap than the caller holds."""
    if wrap["method"] == "argon2id" and isinstance(wrap_key, PassphraseWrap):
        params = KdfParams(memory_kib=wrap["memory_kib"], iterations=wrap["iterations"],
                           lanes=wrap["lanes"])
        kdf.check_floor(params)
        return kdf.derive_key(wrap_key.passphrase, _unb64(wrap["salt"], kdf.SALT_BYTES), params)
    if wrap["method"] == "data-key" and isinstance(wrap_key, DataKeyWrap) \
            and wrap["epoch"] == wrap_key.epoch:
        info = _WRAP_INFO + uuid.UUID(device_id).bytes + wrap_key.epoch.to_bytes(4, "big")
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=uuid.UUID(vault_id).bytes,
                    info=info).derive(wrap_key.data_key)
    raise DeviceKeyDamaged()


def _serialize(keys: DeviceKeys, wrap_key: WrapKey) -> bytes:
    public = keys.public()
    doc: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "vault_id": keys.vault_id,
        "device_id": keys.device_id, "signing_key": _b64(public.signing_key),
        "box_key": _b64(public.box_key), "wrap": _wrap_fields(wrap_key),
        "nonce": _b64(secrets.token_bytes(_NONCE_BYTES)),
    }
    aes = _aes_key(doc["wrap"], wrap_key, keys.vault_id, keys.device_id)
    sealed = AESGCM(aes).encrypt(_unb64(doc["nonce"], _NONCE_BYTES), keys._secret(),
                                 _WRAP_DOMAIN + canonical.encode(doc))
    return canonical.encode(doc | {"wrapped": _b64(sealed)}) + b"\n"


_KEYS = {"format", "version", "vault_id", "device_id", "signing_key", "box_key", "wrap",
         "nonce", "wrapped"}
_WRAP_KEYS = {"argon2id": {"method", "memory_kib", "iterations", "lanes", "salt"},
              "data-key": {"method", "epoch"}}


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise DeviceKeyDamaged()
    return value


def _uuid(value: Any) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise DeviceKeyDamaged()


def _checked_doc(data: bytes) -> dict[str, Any]:
    if not data.endswith(b"\n"):
        raise DeviceKeyDamaged()
    try:
        doc = canonical.decode(data[:-1], limit=MAX_FILE_BYTES)
    except EnvelopeRefused:
        raise DeviceKeyDamaged() from None
    if not isinstance(doc, dict) or set(doc) != _KEYS or doc["format"] != FORMAT:
        raise DeviceKeyDamaged()
    _int(doc["version"], VERSION, VERSION)
    wrap = doc["wrap"]
    if not isinstance(wrap, dict) or set(wrap) != _WRAP_KEYS.get(str(wrap.get("method")), set()):
        raise DeviceKeyDamaged()
    if wrap["method"] == "argon2id":
        lanes = _int(wrap["lanes"], 1, kdf.MAX_KDF.lanes)
        _int(wrap["memory_kib"], 8 * lanes, kdf.MAX_KDF.memory_kib)
        _int(wrap["iterations"], 1, kdf.MAX_KDF.iterations)
    else:
        _int(wrap["epoch"], 1, canonical.MAX_INT)
    _uuid(doc["vault_id"]), _uuid(doc["device_id"])
    return doc


def _parse(data: bytes, wrap_key: WrapKey) -> DeviceKeys:
    doc = _checked_doc(data)
    aes = _aes_key(doc["wrap"], wrap_key, doc["vault_id"], doc["device_id"])
    unsigned = {k: v for k, v in doc.items() if k != "wrapped"}
    try:
        secret = AESGCM(aes).decrypt(_unb64(doc["nonce"], _NONCE_BYTES),
                                     _unb64(doc["wrapped"], _SECRET_BYTES + 16),
                                     _WRAP_DOMAIN + canonical.encode(unsigned))
    except InvalidTag:
        if isinstance(wrap_key, PassphraseWrap):
            raise WrongPassphrase() from None
        raise DeviceKeyDamaged() from None
    keys = DeviceKeys(vault_id=doc["vault_id"], device_id=doc["device_id"], secret=secret)
    public = keys.public()
    if (_unb64(doc["signing_key"], SIGNING_KEY_BYTES) != public.signing_key
            or _unb64(doc["box_key"], BOX_KEY_BYTES) != public.box_key):  # pragma: no cover
        raise DeviceKeyDamaged()  # the AAD binds them: only a bug gets here
    return keys
