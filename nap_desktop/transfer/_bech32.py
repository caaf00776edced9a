"""Bech32 (BIP 173, original checksum) as age uses it: no length limit on the data part.

age keys are Bech32, not Bech32m. The 90-character BIP 173 limit is not applied, as the
age spec says, because post-quantum recipients are close to 2,000 characters long; the
caller bounds the length instead. Strings are all lowercase or all uppercase, never mixed,
and the checksum is always computed over the lowercase form.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LEN = 6
_BECH32_CONST = 1  # Bech32m would be 0x2BC830A3; age uses the original Bech32


class Bech32Error(ValueError):
    """The string is not valid Bech32 (the message never repeats the input)."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    """Regroup bits; when not padding, leftover bits must be fewer than ``from_bits`` and zero
    (BIP 173 rule), so each byte string has exactly one encoding."""
    acc = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or (acc << (to_bits - bits)) & max_value:
        raise Bech32Error("non-zero or excess padding bits")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under a lowercase human-readable part; returns a lowercase string."""
    if not hrp or hrp != hrp.lower():
        raise Bech32Error("the human-readable part must be lowercase and non-empty")
    values = _convert_bits(data, 8, 5, pad=True)
    poly = _polymod(_hrp_expand(hrp) + values + [0] * _CHECKSUM_LEN) ^ _BECH32_CONST
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LEN)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(text: str, max_length: int) -> tuple[str, bytes]:
    """Decode a Bech32 string; returns (hrp, data).

    The hrp keeps the case of the input (all lowercase or all uppercase), so callers can
    require the case their key type uses.
    """
    if len(text) > max_length:
        raise Bech32Error("too long")
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise Bech32Error("invalid character")
    lower = text.lower()
    if text not in (lower, text.upper()):
        raise Bech32Error("mixed case")
    sep = lower.rfind("1")
    if sep < 1 or sep + 1 + _CHECKSUM_LEN > len(lower):
        raise Bech32Error("missing separator or checksum")
    hrp = lower[:sep]
    try:
        values = [_CHARSET_INDEX[c] for c in lower[sep + 1 :]]
    except KeyError:
        raise Bech32Error("invalid data character") from None
    if _polymod(_hrp_expand(hrp) + values) != _BECH32_CONST:
        raise Bech32Error("invalid checksum")
    data = bytes(_convert_bits(values[:-_CHECKSUM_LEN], 5, 8, pad=False))
    return text[:sep], data
