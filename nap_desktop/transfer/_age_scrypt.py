"""The age passphrase type (``scrypt``): a file key wrapped under a key derived from a
passphrase with scrypt (c2sp.org/age, "The scrypt recipient type").

    -> scrypt <16-byte salt, canonical base64> <log2 of N, decimal>
    <ChaCha20-Poly1305 of the file key under scrypt(passphrase), zero nonce>

scrypt runs with N = 2^logN, r = 8, p = 1 and the salt ``age-encryption.org/v1/scrypt``
followed by the stanza's 16 bytes. A passphrase file has exactly one stanza: an scrypt
stanza beside any other is a header failure, whoever reads it (a passphrase promises that
only its holder wrote the file). The work factor is bounded before any derivation (22,
the reference implementation's ceiling: about 4 GiB and tens of seconds), so a hostile
file can't make the reader spend minutes or all its memory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from nap_desktop.transfer._age_errors import HeaderError, KeyFormatError
from nap_desktop.transfer._age_header import Stanza, b64_decode, b64_encode

SCRYPT_TYPE = "scrypt"
SALT_SIZE = 16
#: What ``encrypt`` uses unless told otherwise (the reference implementation's default:
#: 256 MiB and about a second here).
DEFAULT_WORK_FACTOR = 18
#: The largest work factor a file may ask of us.
MAX_WORK_FACTOR = 22
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
_WRAPPED_KEY_SIZE = 32  # a 16-byte file key and its 16-byte tag
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")  # no sign, no leading zero, bounded
_ZERO_NONCE = bytes(12)


def _passphrase_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str):
        raise KeyFormatError("the passphrase must be a string")
    if not passphrase:
        raise KeyFormatError("the passphrase is empty")
    return passphrase.encode("utf-8")


def _key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    return Scrypt(salt=_SALT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1).derive(
        passphrase
    )


def parse(stanzas: Sequence[Stanza]) -> tuple[bytes, int, bytes] | None:
    """The salt, work factor and wrapped key of the file's scrypt stanza (None when it
    has none), checked as strictly as the spec asks whether or not we hold a passphrase."""
    found = [s for s in stanzas if s.type == SCRYPT_TYPE]
    if not found:
        return None
    if len(stanzas) != 1:
        raise HeaderError("an scrypt stanza must be the only stanza")
    stanza = found[0]
    if len(stanza.args) != 3 or not _DECIMAL.fullmatch(stanza.args[2]):
        raise HeaderError("malformed scrypt stanza")
    try:
        salt = b64_decode(stanza.args[1].encode("ascii"))
    except ValueError:
        raise HeaderError("malformed scrypt salt") from None
    if len(salt) != SALT_SIZE or len(stanza.body) != _WRAPPED_KEY_SIZE:
        raise HeaderError("malformed scrypt stanza")
    work_factor = int(stanza.args[2])
    if work_factor > MAX_WORK_FACTOR:
        raise HeaderError("scrypt work factor too large")
    return salt, work_factor, stanza.body


class ScryptRecipient:
    """Wraps a file key under a passphrase. Its label set is its own: it can't share a
    file with any other recipient."""

    def __init__(self, passphrase: str, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
        if isinstance(work_factor, bool) or not isinstance(work_factor, int):
            raise KeyFormatError("the scrypt work factor must be an integer")
        if not 1 <= work_factor <= MAX_WORK_FACTOR:
            raise KeyFormatError(f"the scrypt work factor must be 1 to {MAX_WORK_FACTOR}")
        self._passphrase = _passphrase_bytes(passphrase)
        self._work_factor = work_factor
        self.labels = frozenset({"scrypt:" + os.urandom(16).hex()})

    def __repr__(self) -> str:
        return "<ScryptRecipient>"  # never the passphrase

    def wrap(self, file_key: bytes) -> Stanza:
        salt = os.urandom(SALT_SIZE)
        key = _key(self._passphrase, salt, self._work_factor)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza((SCRYPT_TYPE, b64_encode(salt).decode("ascii"), str(self._work_factor)), body)


class ScryptIdentity:
    """Opens the scrypt stanza of a passphrase file (``parse`` has checked it)."""

    stanza_type = SCRYPT_TYPE

    def __init__(self, passphrase: str) -> None:
        self._passphrase = _passphrase_bytes(passphrase)

    def __repr__(self) -> str:
        return "<ScryptIdentity>"  # never the passphrase

    def check(self, stanza: Stanza) -> None:
        parse([stanza])

    def unwrap(self, stanza: Stanza) -> bytes | None:
        parsed = parse([stanza])
        assert parsed is not None
        salt, work_factor, body = parsed
        try:
            return ChaCha20Poly1305(_key(self._passphrase, salt, work_factor)).decrypt(
                _ZERO_NONCE, body, None
            )
        except InvalidTag:
            return None  # another passphrase, or another work factor: "no match"
