"""A strict, standalone implementation of the age v1 file format (c2sp.org/age).

Recipients: X25519 (``age1…``) and the hybrid post-quantum ``mlkem768x25519`` type
(``age1pq1…``, X-Wing through HPKE). Identities: ``AGE-SECRET-KEY-1…`` and
``AGE-SECRET-KEY-PQ-1…``. Passphrases (the ``scrypt`` type, as ``age -p``):
``encrypt_with_passphrase`` and ``decrypt(..., passphrase=...)``. Output is binary; input
may be binary or ASCII-armored.

Every failure on any input bytes is an :class:`AgeError`; the subclass says which layer
failed. Sizes and counts are bounded before anything is allocated from them. Nothing here
logs or prints keys, and no error message contains key material or plaintext.

A passphrase file's scrypt stanza is checked strictly whether or not a passphrase is
given. Plugin stanzas are ignored, as unknown stanzas.
"""

from __future__ import annotations

from collections.abc import Sequence

from nap_desktop.transfer import _age_armor, _age_header, _age_keys, _age_scrypt, _age_stream
from nap_desktop.transfer._age_errors import (
    AgeError,
    HeaderError,
    KeyFormatError,
    NoIdentityMatch,
    PayloadError,
)
from nap_desktop.transfer._age_header import Header

__all__ = [
    "PQ_STANZA",
    "X25519_STANZA",
    "AgeError",
    "HeaderError",
    "KeyFormatError",
    "NoIdentityMatch",
    "PayloadError",
    "decrypt",
    "decrypt_reporting_stanza",
    "encrypt",
    "encrypt_with_passphrase",
    "generate_pq_identity",
    "generate_x25519_identity",
    "is_pq_identity",
    "to_recipient",
]

#: Stanza types: which recipient type opened a file (see ``decrypt_reporting_stanza``).
PQ_STANZA = _age_keys.PQ_TYPE
X25519_STANZA = _age_keys.X25519_TYPE

_Identity = _age_keys.X25519Identity | _age_keys.PQIdentity | _age_scrypt.ScryptIdentity


def generate_x25519_identity() -> str:
    """Return a new ``AGE-SECRET-KEY-1…`` identity (a random X25519 scalar)."""
    return _age_keys.new_identity(_age_keys.X25519_SECRET_HRP)


def generate_pq_identity() -> str:
    """Return a new ``AGE-SECRET-KEY-PQ-1…`` identity (a random 32-byte X-Wing seed)."""
    return _age_keys.new_identity(_age_keys.PQ_SECRET_HRP)


def is_pq_identity(identity: str) -> bool:
    """Whether ``identity`` is a hybrid post-quantum one (``AGE-SECRET-KEY-PQ-1…``)."""
    return identity.startswith(_age_keys.PQ_SECRET_HRP + "1")


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
    return _encrypt(data, _recipients(recipients))


def encrypt_with_passphrase(
    data: bytes, passphrase: str, *, work_factor: int = _age_scrypt.DEFAULT_WORK_FACTOR
) -> bytes:
    """Encrypt ``data`` under a passphrase (one scrypt stanza, as ``age -p``).

    ``work_factor`` is log2 of scrypt's N (18: 256 MiB and about a second). Raises
    KeyFormatError for an empty passphrase or a work factor outside 1–22.
    """
    return _encrypt(data, [_age_scrypt.ScryptRecipient(passphrase, work_factor)])


def _encrypt(data: bytes, recipients: Sequence[_age_keys.Recipient]) -> bytes:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("data must be bytes")
    file_key = _age_keys.new_file_key()
    header = _age_header.encode([r.wrap(file_key) for r in recipients], file_key)

    def write(out: memoryview) -> None:
        out[: len(header)] = header
        _age_stream.seal_into(file_key, data, out[len(header) :])

    return _age_stream.build(len(header) + _age_stream.sealed_size(len(data)), write)


def _identities(identities: Sequence[str], passphrase: str | None) -> list[_Identity]:
    parsed: list[_Identity] = [_age_keys.parse_identity(i) for i in identities]
    if passphrase is not None:
        parsed.append(_age_scrypt.ScryptIdentity(passphrase))
    if not parsed:
        raise KeyFormatError("no identities given")
    return parsed


def _unwrap(header: Header, identities: Sequence[_Identity]) -> tuple[bytes, str]:
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
                    return file_key, stanza.type
    raise NoIdentityMatch("no identity matches any recipient stanza")


def _decrypt(data: bytes, identities: Sequence[_Identity]) -> tuple[bytes, str]:
    if _age_armor.looks_armored(data):
        data = _age_armor.dearmor(data)
    header = _age_header.parse(data)
    _age_scrypt.parse(header.stanzas)  # alone and well formed, passphrase or not
    file_key, stanza_type = _unwrap(header, identities)
    _age_header.verify_mac(header, file_key)
    with memoryview(data) as view:
        return _age_stream.open_payload(file_key, view[header.end :]), stanza_type


def decrypt(data: bytes, identities: Sequence[str] = (), *, passphrase: str | None = None) -> bytes:
    """Decrypt a binary or ASCII-armored age v1 file with any of ``identities`` or with
    ``passphrase`` (a file made by ``encrypt_with_passphrase`` or ``age -p``).

    Raises KeyFormatError for a bad identity string, NoIdentityMatch when no stanza opens
    (a wrong passphrase included),
    HeaderError for a malformed header, armor or MAC, PayloadError for a damaged payload.
    Any other failure on any input is still reported as an AgeError. Nothing is returned
    unless the whole payload authenticates.
    """
    return decrypt_reporting_stanza(data, identities, passphrase=passphrase)[0]


def decrypt_reporting_stanza(
    data: bytes, identities: Sequence[str] = (), *, passphrase: str | None = None
) -> tuple[bytes, str]:
    """As :func:`decrypt`, and the type of the stanza whose file key opened the file
    (:data:`PQ_STANZA`, :data:`X25519_STANZA` or ``"scrypt"``): a reader that requires
    post-quantum protection checks what actually protected the file, not what its header
    also offers."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("data must be bytes")
    _reject_bare_string(identities, "identities")
    try:
        return _decrypt(bytes(data), _identities(identities, passphrase))
    except AgeError:
        raise
    except Exception as exc:  # the contract: only AgeError escapes, whatever the input
        raise AgeError("the file could not be decrypted") from exc
