"""The one JSON encoding of team sync: UTF-8, keys sorted, no spaces, no floats, bounded
integers. A text is accepted only if it is exactly the encoding of what it parses to, so a
duplicated key, a reordered key, extra space, an escape written another way or a float is
refused (a signature then covers one meaning only)."""

from __future__ import annotations

import json
from typing import Any

from nap_desktop.sync.errors import MALFORMED, TOO_LARGE, EnvelopeRefused

#: Integers beyond JSON's safe range are refused (other implementations would round them).
MAX_INT = 2**53
_MAX_INT_DIGITS = 16


def _no_float(_text: str) -> Any:
    raise ValueError("floats are not allowed")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError("integer too long")
    value = int(text)
    if abs(value) > MAX_INT:
        raise ValueError("integer out of range")
    return value


_DECODER = json.JSONDecoder(parse_float=_no_float, parse_int=_bounded_int,
                            parse_constant=_no_float)


def encode(value: Any) -> bytes:
    """The canonical bytes of ``value``; ValueError if it holds a float or a non-JSON type."""
    _check_ints(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _check_ints(value: Any, depth: int = 0) -> None:
    """Floats and unbounded integers have no canonical encoding here."""
    if depth > 200:
        raise ValueError("nested too deeply")
    if isinstance(value, float) or (type(value) is int and abs(value) > MAX_INT):
        raise ValueError("not encodable canonically")
    if isinstance(value, dict):
        for item in value.values():
            _check_ints(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_ints(item, depth + 1)


def decode(data: bytes | memoryview, *, limit: int) -> Any:
    """Parse canonical JSON of at most ``limit`` bytes, else :class:`EnvelopeRefused`
    (``too-large`` or ``malformed``; never anything else)."""
    if len(data) > limit:
        raise EnvelopeRefused(TOO_LARGE)
    raw = bytes(data)
    try:
        value = _DECODER.decode(raw.decode("utf-8"))
        # A duplicated key never re-encodes to the same text (the parsed object holds it once).
        if encode(value) != raw:
            raise ValueError("not canonical")
    except (ValueError, UnicodeError, RecursionError, TypeError):
        raise EnvelopeRefused(MALFORMED) from None
    return value
