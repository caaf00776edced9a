"""Secrets that people type, and how they become keys: Argon2id, passphrases, recovery keys.

The floor :data:`MIN_KDF` is a module constant read at call time. Tests lower it with
``monkeypatch.setattr(kdf, "MIN_KDF", ...)`` to run fast; production code never changes it,
and a slot below the floor in force is refused before any key derivation is attempted.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from nap_desktop.domain.errors import RecoveryKeyTypo, WeakKeySlot

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters. ``memory_kib`` is in KiB (65536 = 64 MiB)."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def at_least(self, other: KdfParams) -> bool:
        return (
            self.memory_kib >= other.memory_kib
            and self.iterations >= other.iterations
            and self.lanes >= other.lanes
        )

    def at_most(self, other: KdfParams) -> bool:
        return (
            self.memory_kib <= other.memory_kib
            and self.iterations <= other.iterations
            and self.lanes <= other.lanes
        )


DEFAULT_KDF = KdfParams(memory_kib=65536, iterations=3, lanes=4)
#: The floor every slot must meet. Tests may lower it (see the module docstring).
MIN_KDF = KdfParams(memory_kib=65536, iterations=3, lanes=4)
#: A ceiling, so that a crafted slot file cannot make us allocate gigabytes or spin for hours.
MAX_KDF = KdfParams(memory_kib=1024 * 1024, iterations=64, lanes=64)


def check_floor(params: KdfParams) -> None:
    """Raise :class:`WeakKeySlot` if ``params`` are below the floor currently in force."""
    if not params.at_least(MIN_KDF):
        raise WeakKeySlot()


def check_new_params(params: KdfParams) -> None:
    """Parameters for a new slot must lie between the floor and the ceiling."""
    if not params.at_least(MIN_KDF) or not params.at_most(MAX_KDF):
        raise ValueError("Argon2id parameters for a new key slot are out of range")


def raised_to_floor(params: KdfParams) -> KdfParams:
    """``params`` raised component-wise to the floor in force: new slots use this, so a
    later release that raises the floor upgrades each slot when its passphrase is set."""
    return KdfParams(memory_kib=max(params.memory_kib, MIN_KDF.memory_kib),
                     iterations=max(params.iterations, MIN_KDF.iterations),
                     lanes=max(params.lanes, MIN_KDF.lanes))


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(secret, salt) -> 32-byte wrapping key."""
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard or OS matches.

    Lone surrogates (which a broken clipboard can produce) are kept rather than rejected, so
    every ``str`` maps to exactly one byte string."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


# --- recovery keys -----------------------------------------------------------------

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(CROCKFORD)} | {"O": 0, "I": 1, "L": 1}
RECOVERY_KEY_BYTES = 20  # 160 bits -> 32 symbols of 5 bits
_DATA_SYMBOLS = RECOVERY_KEY_BYTES * 8 // 5
_CHECK_SYMBOLS = 4  # 20 bits: a typo slips through with probability 2**-20
_GROUP = 4
_CHECK_DOMAIN = b"nap recovery key check v1\x00"
_IGNORED = frozenset(" -\t\r\n\u00a0\u2010\u2011\u2012\u2013\u2014")


def _encode_bits(value: int, symbols: int) -> str:
    return "".join(CROCKFORD[(value >> (5 * (symbols - 1 - i))) & 31] for i in range(symbols))


def _check_symbols(raw: bytes) -> str:
    digest = hashlib.sha256(_CHECK_DOMAIN + raw).digest()
    return _encode_bits(int.from_bytes(digest[:3], "big") >> 4, _CHECK_SYMBOLS)


def new_recovery_key() -> tuple[str, bytes]:
    """A fresh recovery key: (text to show once, the 20 secret bytes)."""
    raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    return format_recovery_key(raw), raw


def format_recovery_key(raw: bytes) -> str:
    """``7K3M-9QXP-…-CCCC``: 8 groups of data then one group of checksum."""
    text = _encode_bits(int.from_bytes(raw, "big"), _DATA_SYMBOLS) + _check_symbols(raw)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The secret bytes of a typed recovery key; :class:`RecoveryKeyTypo` if it cannot be one.

    Case-insensitive; O reads as 0 and I, L as 1; spaces and dashes are ignored."""
    symbols = [c for c in text.upper() if c not in _IGNORED]
    if len(symbols) != _DATA_SYMBOLS + _CHECK_SYMBOLS or any(c not in _DECODE for c in symbols):
        raise RecoveryKeyTypo()
    value = 0
    for c in symbols[:_DATA_SYMBOLS]:
        value = (value << 5) | _DECODE[c]
    raw = value.to_bytes(RECOVERY_KEY_BYTES, "big")
    typed_check = "".join(CROCKFORD[_DECODE[c]] for c in symbols[_DATA_SYMBOLS:])
    if not secrets.compare_digest(typed_check, _check_symbols(raw)):
        raise RecoveryKeyTypo()
    return raw
