"""Damaged, truncated, padded, crafted and oversized packages: refused, vault unchanged."""

from __future__ import annotations

import random
import struct
from collections.abc import Callable

import pytest

from nap_desktop.domain.errors import TransferError
from nap_desktop.transfer import age
from nap_desktop.transfer import errors as te
from nap_desktop.transfer import package as pkg
from tests.transfer.transfer_helpers import (
    Side,
    add_case,
    agencies,
    clock,
    manifest_of,
    open_plain,
    pair,
    reseal,
)

__all__ = ["agencies", "clock"]  # fixtures

Make = Callable[..., Side]


@pytest.fixture
def sent(agencies: Make) -> tuple[Side, Side, bytes]:
    a, b = agencies("A"), agencies("B")
    pair(a, b)
    for _ in range(3):
        add_case(a, a.partners["B"].agency_id, categories=["identity", "housing", "notes"])
    return a, b, a.exports.export(a.partners["B"].agency_id)


def _positions(size: int, sample: int, seed: int) -> list[int]:
    """The whole header region, the last bytes, and a random sample in between."""
    rng = random.Random(seed)
    edges = set(range(min(size, 300))) | set(range(max(0, size - 64), size))
    middle = set(rng.sample(range(size), min(size, sample)))
    return sorted(edges | middle)


def test_every_flipped_byte_is_rejected(sent: tuple[Side, Side, bytes]) -> None:
    _a, b, data = sent
    before = b.counts()
    positions = _positions(len(data), 400, seed=len(data))
    assert len(positions) >= 400
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 1 << (pos % 8)
        with pytest.raises(TransferError):
            b.imports.import_package(bytes(flipped))
    assert b.counts() == before
    assert b.imports.import_package(data).applied  # the genuine file still imports


@pytest.mark.parametrize("cut", [1, 16, 17, 100, 1000])
def test_truncated_is_rejected(sent: tuple[Side, Side, bytes], cut: int) -> None:
    _a, b, data = sent
    before = b.counts()
    with pytest.raises(te.PackageDamaged):
        b.imports.import_package(data[:-cut])
    assert b.counts() == before


@pytest.mark.parametrize("padding", [b"\x00", b"\n", b"x" * 64, bytes(65536)])
def test_padded_is_rejected(sent: tuple[Side, Side, bytes], padding: bytes) -> None:
    _a, b, data = sent
    before = b.counts()
    with pytest.raises(te.PackageDamaged):
        b.imports.import_package(data + padding)
    assert b.counts() == before


def test_padded_or_truncated_plaintext_inside_a_valid_age_file(
        sent: tuple[Side, Side, bytes]) -> None:
    _a, b, data = sent
    plain = age.decrypt(data, b.identities())
    recipient = age.to_recipient(b.current_keys().pq_identity)
    for inner in (plain + b"\x00", plain[:-1], plain[:-40]):
        with pytest.raises(te.PackageDamaged):
            b.imports.import_package(age.encrypt(inner, [recipient]))


def test_future_format_version_is_refused(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    with pytest.raises(te.UnsupportedVersion):
        b.imports.import_package(reseal(container.manifest, container.records, signer=a, receiver=b,
                                  version=pkg.FORMAT_VERSION + 1))
    manifest = manifest_of(container)
    manifest["format_version"] = pkg.FORMAT_VERSION + 1
    with pytest.raises(te.UnsupportedVersion):
        b.imports.import_package(reseal(manifest, container.records, signer=a, receiver=b))


def _resign_record(container: pkg.Container, index: int,
                   edit: Callable[[dict[str, object]], None]) -> tuple[dict[str, object],
                                                                      list[bytes]]:
    """Change one record and fix its manifest hash, as a malicious partner could."""
    import json
    manifest = manifest_of(container)
    records = list(container.records)
    record = json.loads(records[index])
    edit(record)
    records[index] = pkg.canonical(record)
    entries = manifest["records"]
    assert isinstance(entries, list)
    entries[index]["sha256"] = pkg.sha256_hex(records[index])
    return manifest, records


@pytest.mark.parametrize("edit", [
    lambda r: r["data"].__setitem__("trafficking_type", "smuggling"),
    lambda r: r["data"].__setitem__("case_number", 42),
    lambda r: r["data"].__setitem__("extra", "field"),
    lambda r: r["data"].pop("created_at"),
    lambda r: r["data"]["personal"].__setitem__("location", "leaked"),  # withheld category
    lambda r: r["data"].__setitem__("updated_at", "2026-11-23 15:00:00"),
    lambda r: r.__setitem__("withheld", ["notes"]),
    lambda r: r["data"].__setitem__("case_number", "x" * 41),
    lambda r: r.__setitem__("left_out", []),  # absent when empty: one encoding only
    lambda r: r.__setitem__("left_out", ["trafficking_type"]),  # not withholdable
    lambda r: r.__setitem__("left_out", ["location"]),  # a withheld category's field
    lambda r: r.__setitem__("left_out", ["legal_name"]),  # left out, yet in the data
    lambda r: (r["data"]["personal"].pop("legal_name"), r["data"]["personal"].pop("is_minor"),
               r.__setitem__("left_out", ["legal_name", "is_minor"])),  # not sorted
])
def test_schema_violation_in_a_signed_package(sent: tuple[Side, Side, bytes],
                                              edit: Callable[[dict[str, object]], None]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    index = next(i for i, e in enumerate(manifest_of(container)["records"])
                 if e["type"] == "client")
    manifest, records = _resign_record(container, index, edit)
    before = b.counts()
    with pytest.raises(te.SchemaViolation):
        b.imports.import_package(reseal(manifest, records, signer=a, receiver=b))
    assert b.counts() == before


def test_record_not_matching_its_manifest_hash(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    records = list(container.records)
    records[-1] = records[-1].replace(b'"revision":1', b'"revision":2')
    with pytest.raises(te.PackageDamaged):
        b.imports.import_package(reseal(container.manifest, records, signer=a, receiver=b))
    with pytest.raises(te.PackageDamaged):  # a record dropped
        b.imports.import_package(reseal(container.manifest, records[:-1], signer=a, receiver=b))


def test_dangling_reference_is_a_schema_violation(sent: tuple[Side, Side, bytes]) -> None:
    a, b, data = sent
    container = open_plain(data, b)
    index = next(i for i, e in enumerate(manifest_of(container)["records"])
                 if e["type"] == "note")
    manifest, records = _resign_record(
        container, index,
        lambda r: r["data"].__setitem__("client_id", "00000000-0000-4000-8000-000000000000"))
    with pytest.raises(te.SchemaViolation):
        b.imports.import_package(reseal(manifest, records, signer=a, receiver=b))


def test_oversized_counts_are_refused_before_allocating() -> None:
    header = pkg.MAGIC + struct.pack(">HI", 1, 2)
    with pytest.raises(te.PackageTooLarge):
        pkg.parse_container(pkg.MAGIC + struct.pack(">HI", 1, pkg.MAX_MANIFEST_BYTES + 1))
    body = header + b"{}" + bytes(64)
    with pytest.raises(te.PackageTooLarge):
        pkg.parse_container(body + struct.pack(">I", pkg.MAX_RECORDS + 1))
    with pytest.raises(te.PackageTooLarge):
        pkg.parse_container(body + struct.pack(">II", 1, pkg.MAX_RECORD_BYTES + 1))
    with pytest.raises(te.PackageDamaged):  # claims 1000 records, holds none
        pkg.parse_container(body + struct.pack(">I", 1000))
    with pytest.raises(te.PackageTooLarge):
        pkg.strict_loads(b"[" * 100_000 + b"]" * 100_000, limit=10**6, what="test")


def test_oversized_file_is_refused_before_decrypting(agencies: Make,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    b = agencies("B")
    b.identity.identity_card()
    monkeypatch.setattr(pkg, "MAX_PACKAGE_BYTES", 1000)
    with pytest.raises(te.PackageTooLarge):
        b.imports.import_package(bytes(1001))


def test_non_canonical_json_is_refused() -> None:
    for text in (b'{"a":1, "b":2}', b'{"b":1,"a":2}', b'{"a":1,"a":1}', b'{"a":1.5}',
                 b'{"a":NaN}', b'{"a":"\\u00e9"}', b'{"a":1}\n', b"\xff", b'{"a":"\\ud800"}',
                 b'{"a":' + b"9" * 30 + b"}"):
        with pytest.raises(te.PackageDamaged):
            pkg.strict_loads(text, limit=1000, what="test")
    assert pkg.strict_loads('{"a":"é","b":[1,true,null]}'.encode(), limit=100, what="t") == {
        "a": "é", "b": [1, True, None]}
