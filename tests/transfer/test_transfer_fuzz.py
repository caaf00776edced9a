"""Property tests: the parsers of packages, manifests, records and cards never fail with
anything but a TransferError, whatever bytes they are given."""

from __future__ import annotations

import contextlib
import json
import struct
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nap_desktop.domain.errors import TransferError
from nap_desktop.transfer import identity, schema
from nap_desktop.transfer import package as pkg

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "",
            "client",
            "napx",
            "identity",
            "2026-11-23",
            "2026-11-23T15:00:00.000000Z",
            "0" * 64,
            "00000000-0000-4000-8000-000000000000",
        ]
    ),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "type",
                    "id",
                    "revision",
                    "base",
                    "withheld",
                    "data",
                    "format",
                    "format_version",
                    "sender",
                    "recipient",
                    "records",
                    "clients",
                    "personal",
                    "history",
                    "x",
                ]
            )
            | st.text(max_size=8),
            inner,
            max_size=6,
        )
    ),
    max_leaves=25,
)

ENTRY = {"type": "client", "id": "00000000-0000-4000-8000-000000000000", "revision": 1}


def _only_transfer_errors(fn: Any, *args: Any) -> None:
    with contextlib.suppress(TransferError):
        fn(*args)


@FUZZ
@given(st.binary(max_size=2000))
def test_container_parser_on_random_bytes(data: bytes) -> None:
    _only_transfer_errors(pkg.parse_container, data)
    _only_transfer_errors(pkg.parse_container, pkg.MAGIC + data)
    _only_transfer_errors(pkg.parse_container, pkg.MAGIC + struct.pack(">H", 1) + data)


@FUZZ
@given(
    st.binary(max_size=600), st.lists(st.binary(max_size=200), max_size=5), st.integers(0, 65_535)
)
def test_container_parser_on_structured_bytes(
    manifest: bytes, records: list[bytes], version: int
) -> None:
    blob = pkg.build_container(manifest, bytes(64), records)
    blob = blob[:4] + struct.pack(">H", version) + blob[6:]
    try:
        got = pkg.parse_container(blob)
    except TransferError:
        return
    assert got.manifest == manifest and got.records == records


@FUZZ
@given(st.binary(max_size=1000))
def test_manifest_and_record_parsers_on_random_bytes(data: bytes) -> None:
    _only_transfer_errors(pkg.parse_manifest, data)
    _only_transfer_errors(pkg.sender_hint, data)
    _only_transfer_errors(schema.parse_record, data, {**ENTRY, "sha256": pkg.sha256_hex(data)}, 0)
    _only_transfer_errors(identity.parse_card, data)


@FUZZ
@given(json_values)
def test_manifest_parser_on_json_values(value: Any) -> None:
    raw = pkg.canonical(value)
    _only_transfer_errors(pkg.parse_manifest, raw)
    _only_transfer_errors(pkg.sender_hint, raw)
    _only_transfer_errors(identity.parse_card, raw)


@FUZZ
@given(json_values, st.sampled_from(pkg.RECORD_TYPES))
def test_record_parser_on_json_values(value: Any, kind: str) -> None:
    if isinstance(value, dict):
        value = {**value, "type": kind, "id": ENTRY["id"], "revision": 1}
    raw = pkg.canonical(value)
    entry = {**ENTRY, "type": kind, "sha256": pkg.sha256_hex(raw)}
    _only_transfer_errors(schema.parse_record, raw, entry, 0)


def _valid_manifest() -> dict[str, Any]:
    return {
        "format": "napx",
        "format_version": 1,
        "export_id": ENTRY["id"],
        "created_at": "2026-11-23T15:00:00.000000Z",
        "sender": {"agency_id": ENTRY["id"], "agency_name": "A", "signing_key_sha256": "0" * 64},
        "recipient": {"agency_id": ENTRY["id"], "agency_name": "B", "key_fingerprint": "1" * 64},
        "override_reason": None,
        "clients": [
            {"client_id": ENTRY["id"], "release_ids": [], "shared": [], "withheld": ["identity"]}
        ],
        "records": [{**ENTRY, "sha256": "2" * 64}],
    }


def test_the_valid_manifest_used_below_is_valid() -> None:
    assert pkg.parse_manifest(pkg.canonical(_valid_manifest()))["export_id"] == ENTRY["id"]


@FUZZ
@given(st.data())
def test_manifest_parser_on_mutated_valid_manifests(data: st.DataObject) -> None:
    manifest = _valid_manifest()
    target: Any = manifest
    path = data.draw(
        st.lists(st.sampled_from(["sender", "recipient", "clients", "records"]), max_size=1)
    )
    for key in path:
        target = target[key]
        if isinstance(target, list):
            target = target[0]
    key = data.draw(st.sampled_from(sorted(target)))
    target[key] = data.draw(json_values)
    _only_transfer_errors(pkg.parse_manifest, pkg.canonical(manifest))


@FUZZ
@given(st.text(max_size=200))
def test_json_text_that_is_not_canonical(text: str) -> None:
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return
    try:
        value = pkg.strict_loads(raw, limit=10_000, what="fuzz")
    except TransferError:
        return
    assert pkg.canonical(value) == raw and json.loads(raw) == value


@FUZZ
@given(st.text(max_size=60))
def test_fingerprint_normaliser(text: str) -> None:
    _only_transfer_errors(identity.normalize_fingerprint, text)
