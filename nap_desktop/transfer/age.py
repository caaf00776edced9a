"""A strict, standalone implementation of the age v1 file format (c2sp.org/age).

Recipients: X25519 (``age1…``) and the hybrid post-quantum ``mlkem768x25519`` type
(``age1pq1…``, X-Wing through HPKE). Identities: ``AGE-SECRET-KEY-1…`` and
``AGE-SECRET-KEY-PQ-1…``. Output is binary; input may be binary or ASCII-armored.

Every failure on any input bytes is an :class:`AgeError`; the subclass says which layer
failed. Sizes and counts are bounded before anything is allocated from them. Nothing here
logs or prints keys, and no error message contains key material or plaintext.

Files with passphrase (``scrypt``) stanzas are parsed and checked, but can't be opened:
this module has no passphrase identities. Plugin stanzas are ignored, as unknown stanzas.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nap_desktop.transfer import _age_armor, _age_header, _age_keys, _age_stream
from nap_desktop.transfer._age_errors import (
    AgeError,
    HeaderError,
    KeyFormatError,
    NoIdentityMatch,
    PayloadError,
)
from nap_desktop.transfer._age_header import Header, Stanza

__all__ = [
    "AgeError",
    "HeaderError",
    "KeyFormatError",
    "NoIdentityMatch",
    "PayloadError",
    "decrypt",
    "encrypt",
    "generate_pq_identity",
    "generate_x25519_identity",
    "to_recipient",
]

_SCRYPT_TYPE = "scrypt"
_SCRYPT_SALT_SIZE = 16
_SCRYPT_MAX_LOG_N = 22  # the reference implementation's default ceiling
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")  # no sign, no leading zero, bounded
_Identity = _age_keys.X25519Identity | _age_keys.PQIdentity


def generate_x25519_identity() -> str:
    """Return a new ``AGE-SECRET-KEY-1…`` identity (a random X25519 scalar)."""
    return _age_keys.new_identity(_age_keys.X25519_SECRET_HRP)


def generate_pq_identity() -> str:
    """Return a new ``AGE-SECRET-KEY-PQ-1…`` identity (a random 32-byte X-Wing seed)."""
    return _age_keys.new_identity(_age_keys.PQ_SECRET_HRP)


def to_recipient(identity: str) -> str:
    """Return the ``age1…`` or ``age1pq1…`` recipient of an identity.

    Raises KeyFormatError if the identity is not valid.
    """
    return _age_keys.encode_recipient(_age_keys.parse_identity(identity))


def _reject_bare_string(value: object, what: str) -> None:
    # A str is a Sequence[str] of characters: a classic slip that must not pass silently.
    if isinstance(value, str | bytes):
        raise TypeError(f"{what} must be a sequence of strings, not a single string")


def _recipients(recipients: Sequence[str]) -> list[_age_keys.Recipient]:
    _reject_bare_string(recipients, "recipients")
    parsed = [_age_keys.parse_recipient(r) for r in recipients]
    if not parsed:
        raise KeyFormatError("no recipients given")
    if len(parsed) > _age_header.MAX_STANZAS:
        # We would write a file that our own bounded parser refuses.
        raise KeyFormatError("too many recipients")
    if len({r.labels for r in parsed}) > 1:
        # As the reference implementation: a post-quantum file must not be openable by a
        # classic key, so the "postquantum" label can't be mixed with unlabelled types.
        raise KeyFormatError("post-quantum and classic recipients can't be mixed")
    return parsed


def encrypt(data: bytes, recipients: Sequence[str]) -> bytes:
    """Encrypt ``data`` to every recipient; returns a binary age v1 file.

    ``recipients`` are ``age1…`` (X25519) or ``age1pq1…`` (mlkem768x25519) strings. The two
    kinds can't be mixed in one file. Raises KeyFormatError for a bad or empty recipient
    list.
    """
    parsed = _recipients(recipients)
    file_key = _age_keys.new_file_key()
    header = _age_header.encode([r.wrap(file_key) for r in parsed], file_key)

    def write(out: memoryview) -> None:
        out[: len(header)] = header
        _age_stream.seal_into(file_key, data, out[len(header) :])

    return _age_stream.build(len(header) + _age_stream.sealed_size(len(data)), write)


def _identities(identities: Sequence[str]) -> list[_Identity]:
    parsed = [_age_keys.parse_identity(i) for i in identities]
    if not parsed:
        raise KeyFormatError("no identities given")
    return parsed


def _check_scrypt(stanzas: Sequence[Stanza]) -> None:
    """Passphrase stanzas must be alone (spec: an implicit expectation of authentication).

    We can't open them, but we check them as strictly as an scrypt identity would, so that
    a malformed one is a HeaderError whatever identities the caller has.
    """
    scrypt = [s for s in stanzas if s.type == _SCRYPT_TYPE]
    if not scrypt:
        return
    if len(stanzas) != 1:
        raise HeaderError("an scrypt stanza must be the only stanza")
    stanza = scrypt[0]
    if len(stanza.args) != 3 or not _DECIMAL.fullmatch(stanza.args[2]):
        raise HeaderError("malformed scrypt stanza")
    try:
        salt = _age_header.b64_decode(stanza.args[1].encode("ascii"))
    except ValueError:
        raise HeaderError("malformed scrypt salt") from None
    if len(salt) != _SCRYPT_SALT_SIZE or len(stanza.body) != _age_keys.WRAPPED_KEY_SIZE:
        raise HeaderError("malformed scrypt stanza")
    if int(stanza.args[2]) > _SCRYPT_MAX_LOG_N:
        raise HeaderError("scrypt work factor too large")


def _unwrap(header: Header, identities: Sequence[_Identity]) -> bytes:
    # Check every stanza of a type we hold a key for before trying any, so the outcome
    # does not depend on stanza order.
    for stanza in header.stanzas:
        for identity in identities:
            if stanza.type == identity.stanza_type:
                identity.check(stanza)
                break
    for identity in identities:
        for stanza in header.stanzas:
            if stanza.type == identity.stanza_type:
                file_key = identity.unwrap(stanza)
                if file_key is not None:
                    return file_key
    raise NoIdentityMatch("no identity matches any recipient stanza")


def _decrypt(data: bytes, identities: Sequence[_Identity]) -> bytes:
    if _age_armor.looks_armored(data):
        data = _age_armor.dearmor(data)
    header = _age_header.parse(data)
    _check_scrypt(header.stanzas)
    file_key = _unwrap(header, identities)
    _age_header.verify_mac(header, file_key)
    with memoryview(data) as view:
        return _age_stream.open_payload(file_key, view[header.end :])


def decrypt(data: bytes, identities: Sequence[str]) -> bytes:
    """Decrypt a binary or ASCII-armored age v1 file with any of ``identities``.

    Raises KeyFormatError for a bad identity string, NoIdentityMatch when no stanza opens,
    HeaderError for a malformed header, armor or MAC, PayloadError for a damaged payload.
    Any other failure on any input is still reported as an AgeError. Nothing is returned
    unless the whole payload authenticates.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("data must be bytes")
    _reject_bare_string(identities, "identities")
    try:
        return _decrypt(bytes(data), _identities(identities))
    except AgeError:
        raise
    except Exception as exc:  # the contract: only AgeError escapes, whatever the input
        raise AgeError("the file could not be decrypted") from exc
