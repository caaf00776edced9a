"""Conformance: every C2SP CCTV age vector (tests/vectors/age, npm ``cctv-age`` 0.2.0).

Every vector, of every type the suite has (X25519, mlkem768x25519, scrypt, armor), must
give exactly the expected outcome: success with the expected payload hash, or the failure
class the vector names. The API has fewer classes than the vectors have outcomes, so
"HMAC failure", "header failure" and "armor failure" all map to HeaderError. A vector with
two passphrases is tried with each (``decrypt`` takes one). The suite has no plugin vector.

Limit: a "payload failure" vector also fixes the hash of the plaintext released before the
error. ``decrypt`` is all or nothing and releases none, so only the error is checked.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from nap_desktop.transfer import _age_armor, _age_header, age

VECTORS = Path(__file__).resolve().parent.parent / "vectors" / "age"
_NOT_VECTORS = {"SOURCE.md", "LICENSE"}
_EXPECTED_ERROR: dict[str, type[age.AgeError]] = {
    "no match": age.NoIdentityMatch,
    "HMAC failure": age.HeaderError,
    "header failure": age.HeaderError,
    "armor failure": age.HeaderError,
    "payload failure": age.PayloadError,
}


@dataclass
class Vector:
    name: str
    expect: str
    data: bytes
    payload: str | None = None
    file_key: bytes | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)


def _load(path: Path) -> Vector:
    raw = path.read_bytes()
    text, _, body = raw.partition(b"\n\n")
    vector = Vector(path.name, "", body)
    compressed = False
    for line in text.decode("utf-8").split("\n"):
        key, _, value = line.partition(": ")
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "file key":
            vector.file_key = bytes.fromhex(value)
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "compressed":
            assert value == "zlib"
            compressed = True
    if compressed:
        vector.data = zlib.decompress(body)
    assert vector.expect in {"success", *_EXPECTED_ERROR}, path.name
    return vector


def _vector_paths() -> list[Path]:
    return sorted(p for p in VECTORS.iterdir() if p.name not in _NOT_VECTORS)


ALL = [_load(p) for p in _vector_paths()]


def _attempts(vector: Vector) -> list[tuple[list[str], str | None]]:
    """The (identities, passphrase) calls a vector is tried with. A vector with neither
    gets an unrelated identity, so the file is parsed for real (no identities at all would
    stop at "no identities given")."""
    if vector.passphrases:
        return [(vector.identities, p) for p in vector.passphrases]
    return [(vector.identities or [age.generate_x25519_identity()], None)]


def test_the_whole_suite_is_vendored() -> None:
    assert len(ALL) == 143
    assert sum(bool(v.passphrases) for v in ALL) == 26  # 25 scrypt_* and armor_scrypt


@pytest.mark.parametrize("vector", ALL, ids=lambda v: v.name)
def test_vector(vector: Vector) -> None:
    for identities, passphrase in _attempts(vector):
        if vector.expect == "success":
            plaintext = age.decrypt(vector.data, identities, passphrase=passphrase)
            assert hashlib.sha256(plaintext).hexdigest() == vector.payload
            continue
        with pytest.raises(age.AgeError) as caught:
            age.decrypt(vector.data, identities, passphrase=passphrase)
        assert type(caught.value) is _EXPECTED_ERROR[vector.expect], str(caught.value)


@pytest.mark.parametrize(
    "vector", [v for v in ALL if v.passphrases and v.expect == "success"], ids=lambda v: v.name
)
def test_a_passphrase_file_opens_with_nothing_but_its_passphrase(vector: Vector) -> None:
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(vector.data, [age.generate_x25519_identity()])
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(vector.data, passphrase=vector.passphrases[0] + " ")


def _binary(vector: Vector) -> bytes:
    return _age_armor.dearmor(vector.data) if vector.name.startswith("armor") else vector.data


@pytest.mark.parametrize(
    "vector",
    [v for v in ALL if v.expect not in {"header failure", "armor failure"}],
    ids=lambda v: v.name,
)
def test_header_reencodes_byte_for_byte(vector: Vector) -> None:
    """Strict parsing means one encoding per header: re-encoding the parsed stanzas with
    the vector's file key gives back the very bytes (and MAC) of the file."""
    assert vector.file_key is not None
    data = _binary(vector)
    header = _age_header.parse(data)
    encoded = _age_header.encode(header.stanzas, vector.file_key)
    if vector.expect == "HMAC failure":
        assert encoded[: len(header.mac_input)] == header.mac_input
        assert encoded != data[: header.end]
    else:
        assert encoded == data[: header.end]
