"""age recipient and identity types: X25519 and mlkem768x25519 (X-Wing through HPKE).

Each identity knows its stanza type: it checks every stanza of that type strictly (argument
count, canonical base64 and exact lengths, body of exactly 32 bytes, checked before any
decryption to avoid partitioning oracles) and ignores stanzas of other types, as the spec
requires. A stanza that is well formed but does not open is "not for us", never an error.
"""

from __future__ import annotations

import os
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nap_desktop.transfer import _bech32
from nap_desktop.transfer._age_errors import HeaderError, KeyFormatError
from nap_desktop.transfer._age_header import Stanza, b64_decode, b64_encode

FILE_KEY_SIZE = 16
WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16
_MAX_KEY_STRING = 4096  # a PQ recipient is about 1,960 characters

X25519_TYPE = "X25519"
X25519_HRP = "age"
X25519_SECRET_HRP = "AGE-SECRET-KEY-"  # noqa: S105 - a Bech32 prefix, not a secret
_X25519_INFO = b"age-encryption.org/v1/X25519"
_X25519_KEY_SIZE = 32

PQ_TYPE = "mlkem768x25519"
PQ_HRP = "age1pq"
PQ_SECRET_HRP = "AGE-SECRET-KEY-PQ-"  # noqa: S105 - a Bech32 prefix, not a secret
_PQ_INFO = b"age-encryption.org/mlkem768x25519"
_PQ_SEED_SIZE = 32
_MLKEM_PUBLIC_SIZE = 1184
_MLKEM_CIPHERTEXT_SIZE = 1088
_PQ_PUBLIC_SIZE = _MLKEM_PUBLIC_SIZE + _X25519_KEY_SIZE
_PQ_ENC_SIZE = _MLKEM_CIPHERTEXT_SIZE + _X25519_KEY_SIZE
_PQ_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)

# Recipients with different label sets can't share a file (as in the reference
# implementation): a post-quantum file must not also be openable by a classic key.
POSTQUANTUM = frozenset({"postquantum"})
_NO_LABELS: frozenset[str] = frozenset()

_ZERO_NONCE = bytes(12)


class Recipient(Protocol):
    labels: frozenset[str]

    def wrap(self, file_key: bytes) -> Stanza: ...


def _decode_key(text: str, hrp: str, size: int) -> bytes:
    """Bech32-decode a key of exactly ``size`` bytes under ``hrp`` (case included)."""
    try:
        got_hrp, data = _bech32.decode(text, _MAX_KEY_STRING)
    except _bech32.Bech32Error:
        raise KeyFormatError("malformed age key string") from None
    if got_hrp != hrp or len(data) != size:
        raise KeyFormatError("unexpected age key type or length")
    return data


def _stanza_share(stanza: Stanza, size: int) -> bytes:
    """The single argument after the type, as exactly ``size`` bytes; body must be 32."""
    if len(stanza.args) != 2:
        raise HeaderError(f"{stanza.type} stanza has the wrong number of arguments")
    try:
        share = b64_decode(stanza.args[1].encode("ascii"))
    except ValueError:
        raise HeaderError(f"{stanza.type} stanza argument is not canonical base64") from None
    if len(share) != size:
        raise HeaderError(f"{stanza.type} stanza argument has the wrong length")
    if len(stanza.body) != WRAPPED_KEY_SIZE:
        raise HeaderError(f"{stanza.type} stanza body has the wrong length")
    return share


def _exchange(private: x25519.X25519PrivateKey, share: bytes) -> bytes:
    """X25519 that refuses the all-zero output of low-order points (a HeaderError)."""
    try:
        return private.exchange(x25519.X25519PublicKey.from_public_bytes(share))
    except ValueError:
        # cryptography refuses an all-zero shared secret; the spec says abort.
        raise HeaderError("X25519 share is a low-order point") from None


def _x25519_wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=_X25519_INFO
    ).derive(shared)


class X25519Recipient:
    labels = _NO_LABELS

    def __init__(self, public: bytes) -> None:
        self._public = public
        self._key = x25519.X25519PublicKey.from_public_bytes(public)

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = x25519.X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            shared = ephemeral.exchange(self._key)
        except ValueError:
            raise KeyFormatError("X25519 recipient is a low-order point") from None
        wrap_key = _x25519_wrap_key(shared, share, self._public)
        body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza((X25519_TYPE, b64_encode(share).decode("ascii")), body)


class X25519Identity:
    stanza_type = X25519_TYPE

    def __init__(self, secret: bytes) -> None:
        self._private = x25519.X25519PrivateKey.from_private_bytes(secret)
        self.public = self._private.public_key().public_bytes_raw()

    def __repr__(self) -> str:
        return "<X25519Identity>"  # never the key

    def check(self, stanza: Stanza) -> None:
        _stanza_share(stanza, _X25519_KEY_SIZE)

    def unwrap(self, stanza: Stanza) -> bytes | None:
        share = _stanza_share(stanza, _X25519_KEY_SIZE)
        shared = _exchange(self._private, share)
        wrap_key = _x25519_wrap_key(shared, share, self.public)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None


def _pq_public_key(public: bytes) -> hpke.MLKEM768X25519PublicKey:
    # X-Wing encapsulation key: ML-KEM-768 key || X25519 key.
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(public[:_MLKEM_PUBLIC_SIZE]),
        x25519.X25519PublicKey.from_public_bytes(public[_MLKEM_PUBLIC_SIZE:]),
    )


class PQRecipient:
    labels = POSTQUANTUM

    def __init__(self, public: bytes) -> None:
        try:
            self._key = _pq_public_key(public)
        except ValueError:
            # ML-KEM encapsulation keys are range-checked (FIPS 203 modulus check).
            raise KeyFormatError("invalid post-quantum recipient") from None

    def wrap(self, file_key: bytes) -> Stanza:
        sealed = _PQ_SUITE.encrypt(file_key, self._key, info=_PQ_INFO)
        enc, body = sealed[:_PQ_ENC_SIZE], sealed[_PQ_ENC_SIZE:]
        return Stanza((PQ_TYPE, b64_encode(enc).decode("ascii")), body)


class PQIdentity:
    stanza_type = PQ_TYPE

    def __init__(self, seed: bytes) -> None:
        # X-Wing key expansion: SHAKE256(seed, 96) = ML-KEM seed (d || z) || X25519 key.
        digest = hashes.Hash(hashes.SHAKE256(digest_size=96))
        digest.update(seed)
        expanded = digest.finalize()
        self._mlkem = mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
        self._private = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)

    def __repr__(self) -> str:
        return "<PQIdentity>"  # never the key

    @property
    def public(self) -> bytes:
        return (
            self._mlkem.public_key().public_bytes_raw()
            + self._x25519.public_key().public_bytes_raw()
        )

    def check(self, stanza: Stanza) -> None:
        _stanza_share(stanza, _PQ_ENC_SIZE)

    def unwrap(self, stanza: Stanza) -> bytes | None:
        enc = _stanza_share(stanza, _PQ_ENC_SIZE)
        # HPKE reports a low-order X25519 share as a mere tag failure; the spec wants the
        # all-zero shared secret to abort, so test the X25519 half first.
        _exchange(self._x25519, enc[_MLKEM_CIPHERTEXT_SIZE:])
        try:
            return _PQ_SUITE.decrypt(enc + stanza.body, self._private, info=_PQ_INFO)
        except InvalidTag:
            return None


def parse_recipient(text: str) -> Recipient:
    """An ``age1…`` (X25519) or ``age1pq1…`` (mlkem768x25519) recipient."""
    if not isinstance(text, str):
        raise KeyFormatError("recipient is not a string")
    if text.startswith(PQ_HRP + "1"):
        return PQRecipient(_decode_key(text, PQ_HRP, _PQ_PUBLIC_SIZE))
    public = _decode_key(text, X25519_HRP, _X25519_KEY_SIZE)
    return X25519Recipient(public)


def parse_identity(text: str) -> X25519Identity | PQIdentity:
    """An ``AGE-SECRET-KEY-1…`` or ``AGE-SECRET-KEY-PQ-1…`` identity (uppercase, as age)."""
    if not isinstance(text, str):
        raise KeyFormatError("identity is not a string")
    if text.startswith(PQ_SECRET_HRP + "1"):
        return PQIdentity(_decode_key(text, PQ_SECRET_HRP, _PQ_SEED_SIZE))
    return X25519Identity(_decode_key(text, X25519_SECRET_HRP, _X25519_KEY_SIZE))


def encode_recipient(identity: X25519Identity | PQIdentity) -> str:
    hrp = PQ_HRP if isinstance(identity, PQIdentity) else X25519_HRP
    return _bech32.encode(hrp, identity.public)


def new_identity(hrp: str) -> str:
    """A fresh 32-byte secret (X25519 scalar or X-Wing seed), Bech32 under ``hrp``."""
    return _bech32.encode(hrp.lower(), os.urandom(32)).upper()


def new_file_key() -> bytes:
    """16 bytes of CSPRNG output, fresh for every file."""
    return os.urandom(FILE_KEY_SIZE)
