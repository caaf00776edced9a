"""The age v1 header: strict parsing, encoding, and the header MAC (c2sp.org/age).

Parsing accepts exactly the ABNF of the spec and nothing else, so that re-encoding a parsed
header gives back the same bytes: the MAC is then checked over the bytes as received.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nap_desktop.transfer._age_errors import HeaderError

VERSION_LINE = b"age-encryption.org/v1"
_STANZA_PREFIX = b"-> "
_MAC_PREFIX = b"---"
COLUMNS = 64

# Bounds checked before anything is allocated from attacker-controlled sizes.
MAX_HEADER_BYTES = 1024 * 1024
MAX_STANZAS = 256
MAX_STANZA_BODY = 16 * 1024  # no known type comes close; native types use 32 bytes
MAX_ARGUMENTS = 16

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_MAC_B64_LEN = 43  # 32 bytes, unpadded


def b64_encode(data: bytes) -> bytes:
    """Unpadded standard base64."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def b64_decode(text: bytes) -> bytes:
    """Strict unpadded base64: alphabet only, no padding, canonical trailing bits.

    Raises ValueError; callers turn it into the error class of their layer.
    """
    if len(text) % 4 == 1 or text.translate(None, _B64_ALPHABET):
        raise ValueError("not unpadded base64")
    raw = binascii.a2b_base64(text + b"=" * (-len(text) % 4), strict_mode=True)
    # Non-zero unused bits in the last character would give a second encoding of `raw`.
    if b64_encode(raw) != text:
        raise ValueError("non-canonical base64")
    return raw


@dataclass(frozen=True, slots=True)
class Stanza:
    """One recipient stanza: ``args[0]`` is its type, ``body`` the decoded body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        return self.args[0]


@dataclass(frozen=True, slots=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes  # the header up to and including "---"
    end: int  # offset of the first payload byte


def _is_argument(arg: bytes) -> bool:
    # argument = 1*VCHAR (0x21-0x7E)
    return bool(arg) and all(0x21 <= c <= 0x7E for c in arg)


class _Lines:
    """Reads LF-terminated lines within the header size bound."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.limit = min(len(data), MAX_HEADER_BYTES)

    def next(self) -> bytes:
        eol = self.data.find(b"\n", self.pos, self.limit)
        if eol < 0:
            raise HeaderError("header is truncated or too large")
        line = self.data[self.pos : eol]
        self.pos = eol + 1
        return line


def _parse_arguments(line: bytes) -> tuple[str, ...]:
    parts = line[len(_STANZA_PREFIX) :].split(b" ")
    if len(parts) > MAX_ARGUMENTS or not all(_is_argument(p) for p in parts):
        raise HeaderError("malformed stanza arguments")
    return tuple(p.decode("ascii") for p in parts)


def _parse_body(lines: _Lines) -> bytes:
    """Body lines are full (64 columns) until one shorter line, possibly empty, ends it."""
    chunks: list[bytes] = []
    size = 0
    while True:
        line = lines.next()
        if len(line) > COLUMNS:
            raise HeaderError("stanza body line too long")
        size += len(line)
        if size > MAX_STANZA_BODY * 4 // 3 + COLUMNS:
            raise HeaderError("stanza body too large")
        chunks.append(line)
        if len(line) < COLUMNS:
            break
    try:
        # Full lines are multiples of 4 characters, so decoding the concatenation is
        # equivalent to decoding line by line.
        return b64_decode(b"".join(chunks))
    except ValueError:
        raise HeaderError("malformed stanza body") from None


def _parse_mac(line: bytes) -> bytes:
    if len(line) != len(_MAC_PREFIX) + 1 + _MAC_B64_LEN or line[3:4] != b" ":
        raise HeaderError("malformed header MAC line")
    try:
        return b64_decode(line[4:])
    except ValueError:
        raise HeaderError("malformed header MAC") from None


def parse(data: bytes) -> Header:
    """Parse a binary age v1 header at the start of ``data``."""
    lines = _Lines(data)
    if lines.next() != VERSION_LINE:
        raise HeaderError("not an age v1 file")
    stanzas: list[Stanza] = []
    while True:
        start = lines.pos
        line = lines.next()
        if line.startswith(_MAC_PREFIX):
            if not stanzas:
                raise HeaderError("header has no recipient stanza")
            mac = _parse_mac(line)
            return Header(tuple(stanzas), mac, data[: start + len(_MAC_PREFIX)], lines.pos)
        if not line.startswith(_STANZA_PREFIX):
            raise HeaderError("unexpected header line")
        if len(stanzas) == MAX_STANZAS:
            raise HeaderError("too many recipient stanzas")
        args = _parse_arguments(line)
        stanzas.append(Stanza(args, _parse_body(lines)))


def _encode_stanza(stanza: Stanza) -> bytes:
    encoded = b64_encode(stanza.body)
    body_lines = [encoded[i : i + COLUMNS] for i in range(0, len(encoded), COLUMNS)]
    if not body_lines or len(body_lines[-1]) == COLUMNS:
        body_lines.append(b"")  # the body always ends with a short line
    arg_line = _STANZA_PREFIX + " ".join(stanza.args).encode("ascii")
    return b"\n".join([arg_line, *body_lines]) + b"\n"


def _mac_key(file_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)


def _hmac(file_key: bytes) -> hmac.HMAC:
    return hmac.HMAC(_mac_key(file_key), hashes.SHA256())


def encode(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """Encode a header for ``stanzas`` and append its MAC under ``file_key``."""
    mac_input = b"".join([VERSION_LINE, b"\n", *(_encode_stanza(s) for s in stanzas), _MAC_PREFIX])
    mac = _hmac(file_key)
    mac.update(mac_input)
    return mac_input + b" " + b64_encode(mac.finalize()) + b"\n"


def verify_mac(header: Header, file_key: bytes) -> None:
    """Check the header MAC in constant time."""
    mac = _hmac(file_key)
    mac.update(header.mac_input)
    try:
        mac.verify(header.mac)
    except InvalidSignature:
        raise HeaderError("header MAC does not verify") from None
