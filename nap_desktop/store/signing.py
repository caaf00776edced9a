"""Ed25519 signing keys of the vault's users (and of the recovery key).

Each key slot holds a signing key wrapped under the same passphrase-derived key as its
X25519 key (``keyslots.py``). Unlike the data key, which every user holds, a user's
signing key is theirs alone: it is what makes user grants and audit events unforgeable
by the other users of the vault (``docs/vault-format.md`` section 9).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int) -> bytes | None:
    """Canonical base64 of exactly ``length`` bytes, else None."""
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    return raw if len(raw) == length and b64(raw) == text else None


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint: 128 bits of SHA-256, grouped by four hex digits."""
    digest = hashlib.sha256(b"nap signing key v1\x00" + public_key).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class Signer:
    """The unlocked slot's signing key. ``principal`` is the user id, or ``"recovery"``."""

    principal: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> bytes:
        return raw_public(self.private_key)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)
