"""Robustness: whatever bytes ``decrypt`` is given, it fails with an AgeError and nothing
else, and no change to a valid file goes unnoticed."""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nap_desktop.transfer import age

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

X_ID = age.generate_x25519_identity()
PQ_ID = age.generate_pq_identity()
IDENTITIES = [X_ID, PQ_ID]
PLAIN = b"a small secret, two chunks would be too slow to flip byte by byte"
X_FILE = age.encrypt(PLAIN, [age.to_recipient(X_ID)])
PQ_FILE = age.encrypt(PLAIN, [age.to_recipient(PQ_ID)])
TWO_CHUNKS = age.encrypt(bytes(64 * 1024 + 3), [age.to_recipient(X_ID)])


def _armor(data: bytes) -> bytes:
    text = base64.b64encode(data).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return "\n".join(
        ["-----BEGIN AGE ENCRYPTED FILE-----", *lines, "-----END AGE ENCRYPTED FILE-----", ""]
    ).encode()


ARMORED = _armor(X_FILE)
_WHITESPACE = b" \t\r\n\v\f"


def _only_age_errors(data: bytes, original: bytes | None = None) -> None:
    try:
        result = age.decrypt(data, IDENTITIES)
    except age.AgeError:
        return
    # Success is only acceptable when the "mutation" gave back the original file, or
    # only changed the whitespace the spec allows around an armored file.
    assert original is not None, "noise decrypted"
    if original.startswith(b"-----BEGIN"):
        data, original = data.strip(_WHITESPACE), original.strip(_WHITESPACE)
    assert data == original, "a changed file decrypted"
    assert age.decrypt(original, IDENTITIES) == result


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    _only_age_errors(data)


@FUZZ
@given(
    st.sampled_from(
        [b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----\n", b"\n  \n"]
    ),
    st.lists(
        st.sampled_from(
            [
                b"-> ",
                b"X25519 ",
                b"mlkem768x25519 ",
                b"scrypt ",
                b"--- ",
                b"---",
                b"->",
                b"\n",
                b"\r\n",
                b" ",
                b"A" * 43,
                b"A" * 64,
                b"A" * 1494,
                b"=",
                b"\x00" * 16,
                b"-----END AGE ENCRYPTED FILE-----",
                b"YWdl",
                b"18 ",
                b"+/",
            ]
        ),
        max_size=40,
    ),
)
def test_structured_noise(prefix: bytes, parts: list[bytes]) -> None:
    _only_age_errors(prefix + b"".join(parts))


def _flip(data: bytes, pos: int, mask: int) -> bytes:
    return data[:pos] + bytes([data[pos] ^ mask]) + data[pos + 1 :]


_MUTATIONS: list[Callable[[bytes, int, int], bytes]] = [
    _flip,
    lambda d, p, m: d[:p] + d[p + 1 :],  # delete
    lambda d, p, m: d[:p] + bytes([m]) + d[p:],  # insert
    lambda d, p, m: d[:p],  # truncate
    lambda d, p, m: d[:p] + d[p:][::-1],  # reverse a tail
    lambda d, p, m: d + bytes([m]) * (p % 7 + 1),  # append
]


@FUZZ
@given(
    st.sampled_from([X_FILE, PQ_FILE, TWO_CHUNKS, ARMORED]),
    st.lists(
        st.tuples(st.integers(0, len(_MUTATIONS) - 1), st.integers(0, 10**6), st.integers(1, 255)),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_valid_files(original: bytes, steps: list[tuple[int, int, int]]) -> None:
    data = original
    for kind, pos, mask in steps:
        if data:
            data = _MUTATIONS[kind](data, pos % len(data), mask)
    _only_age_errors(data, original)


@FUZZ
@given(st.text(max_size=200) | st.from_regex(r"(AGE-SECRET-KEY-(PQ-)?|age1(pq1)?)[0-9A-Za-z]*"))
def test_key_strings(text: str) -> None:
    for call in (lambda: age.to_recipient(text), lambda: age.encrypt(b"", [text])):
        with contextlib.suppress(age.KeyFormatError):
            call()


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
@pytest.mark.parametrize(
    "original", [X_FILE, ARMORED, PQ_FILE], ids=["x25519", "armored", "mlkem768x25519"]
)
def test_every_byte_flip_is_detected(original: bytes, mask: int) -> None:
    assert age.decrypt(original, IDENTITIES) == PLAIN
    for pos in range(len(original)):
        with pytest.raises(age.AgeError):
            age.decrypt(_flip(original, pos, mask), IDENTITIES)
