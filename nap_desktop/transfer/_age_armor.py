"""Strict ASCII armor for age files: RFC 7468 strict PEM, label "AGE ENCRYPTED FILE".

Accepted: blank lines (only whitespace) before the BEGIN line and whitespace after the END
line, up to 1 KiB each; LF or CRLF line endings, the same throughout; base64 lines of
exactly 64 columns except the last, which has 1 to 64; padded, canonical base64; no
headers, no checksum, no blank line. Everything else is rejected, so armor is not a way
to make two different texts decode to the same file.
"""

from __future__ import annotations

import binascii

from nap_desktop.transfer._age_errors import HeaderError

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
_WHITESPACE = b" \t\r\n\v\f"
_MAX_WHITESPACE = 1024
_COLUMNS = 64


def _error(reason: str) -> HeaderError:
    return HeaderError(f"invalid armor: {reason}")


def looks_armored(data: bytes) -> bool:
    """True if ``data`` begins, after optional whitespace, with a PEM BEGIN marker."""
    head = data[: _MAX_WHITESPACE + len(BEGIN) + 1].lstrip(_WHITESPACE)
    return head.startswith(b"-----BEGIN")


def _pem_bounds(data: bytes) -> tuple[int, int]:
    """Offsets of the PEM block once surrounding whitespace is removed."""
    head = data[: _MAX_WHITESPACE + 1]
    start = len(head) - len(head.lstrip(_WHITESPACE))
    tail = data[-(_MAX_WHITESPACE + 1) :]
    trailing = len(tail) - len(tail.rstrip(_WHITESPACE))
    if start > _MAX_WHITESPACE or trailing > _MAX_WHITESPACE:
        raise _error("too much whitespace around the armor")
    # Leading whitespace must be whole lines: BEGIN has to start a line.
    if start and data[start - 1 : start] != b"\n":
        raise _error("text before the BEGIN line")
    end = len(data) - trailing
    # Trailing whitespace must start with the END line's own line ending.
    after = data[end : end + 2]
    if trailing and not (after.startswith(b"\n") or after == b"\r\n"):
        raise _error("text after the END line")
    return start, end


def _line_ending(block: bytes) -> bytes:
    for eol in (b"\r\n", b"\n"):
        if block.startswith(BEGIN + eol):
            return eol
    raise _error("bad BEGIN line")


def _base64_text(inner: bytes, eol: bytes) -> bytes:
    """Join the body lines after checking their layout; ``inner`` ends with an ``eol``."""
    stride = _COLUMNS + len(eol)
    full = (len(inner) - 1) // stride if inner else 0
    last = inner[full * stride :]
    if not inner or not last.endswith(eol) or not 0 < len(last) - len(eol) <= _COLUMNS:
        raise _error("bad last line")
    # Every full line ends exactly at column 64, and there is no other line break.
    for offset, char in enumerate(eol):
        if inner[_COLUMNS + offset : full * stride : stride] != bytes([char]) * full:
            raise _error("bad line length")
    if inner.count(b"\n") != full + 1 or inner.count(b"\r") != (full + 1) * (len(eol) - 1):
        raise _error("stray line break")
    return inner.replace(eol, b"")


def dearmor(data: bytes) -> bytes:
    """Decode an armored age file to its binary form."""
    start, end = _pem_bounds(data)
    block = data[start:end]
    eol = _line_ending(block)
    if not block.endswith(eol + END) or len(block) < len(BEGIN) + len(eol):
        raise _error("bad END line")
    inner = block[len(BEGIN) + len(eol) : len(block) - len(END)]
    if not inner:
        return b""  # BEGIN directly followed by END: an empty file, rejected by the header
    text = _base64_text(inner, eol)
    try:
        raw = binascii.a2b_base64(text, strict_mode=True)
    except binascii.Error:
        raise _error("bad base64") from None
    if binascii.b2a_base64(raw, newline=False) != text:
        raise _error("non-canonical base64")
    return raw
