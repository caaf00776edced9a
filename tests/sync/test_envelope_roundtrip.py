"""Framing round trips (hypothesis): whatever JSON a change set holds, sealing then opening
gives it back exactly; any other bytes give EnvelopeRefused and nothing else."""

from __future__ import annotations

import os
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from nap_desktop.sync import canonical, envelope, log_chain
from nap_desktop.sync.device_keys import DeviceKeys
from nap_desktop.sync.errors import EnvelopeRefused
from nap_desktop.sync.keys import sync_key

VAULT = str(uuid.uuid4())
DEVICE = DeviceKeys.generate(VAULT)
KEY = sync_key(os.urandom(32), VAULT, 1)

scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=40)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(ops=st.dictionaries(st.text(max_size=12), values, max_size=6),
       dseq=st.integers(1, 2**53), seen=st.integers(0, 2**53), epoch=st.integers(1, 2**32 - 1))
def test_seal_then_open_gives_the_change_set_back(ops: dict[str, Any], dseq: int, seen: int,
                                                  epoch: int) -> None:
    cs = {"id": str(uuid.uuid4()), "ops": ops, "control": None}
    prev = b"" if dseq == 1 else os.urandom(32)
    body = envelope.seal_change_set(cs, vault_id=VAULT, device=DEVICE, dseq=dseq, prev=prev,
                                    epoch=epoch, sync_key=KEY, seen=(seen, b"\x07" * 32))
    header = envelope.parse_header(body)
    assert (header.dseq, header.prev, header.epoch, header.seen_seq) == (dseq, prev, epoch, seen)
    opened = envelope.open_change_set(body, vault_id=VAULT, expected_id=cs["id"],
                                      device_public=DEVICE.public(), sync_keys={epoch: KEY})
    assert opened.change_set == cs and opened.body_hash == envelope.body_hash(body)
    assert canonical.encode(opened.change_set) == canonical.encode(cs)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600))
def test_any_bytes_are_refused_never_crash(data: bytes) -> None:
    for body in (data, envelope.MAGIC + b"\x01" + data):
        try:
            envelope.open_change_set(body, vault_id=VAULT, expected_id=str(uuid.uuid4()),
                                     device_public=DEVICE.public(), sync_keys={1: KEY})
        except EnvelopeRefused:
            continue
        raise AssertionError("random bytes were accepted")


@settings(max_examples=200, deadline=None)
@given(text=st.binary(max_size=300))
def test_canonical_decode_refuses_or_round_trips(text: bytes) -> None:
    try:
        value = canonical.decode(text, limit=1000)
    except EnvelopeRefused:
        return
    assert canonical.encode(value) == text


def test_log_hashes_chain_and_depend_on_every_input() -> None:
    cs_id, body = str(uuid.uuid4()), b"body"
    h1 = log_chain.log_hash(log_chain.GENESIS, 1, cs_id, body)
    variants = {log_chain.log_hash(b"\x01" * 32, 1, cs_id, body),
                log_chain.log_hash(log_chain.GENESIS, 2, cs_id, body),
                log_chain.log_hash(log_chain.GENESIS, 1, str(uuid.uuid4()), body),
                log_chain.log_hash(log_chain.GENESIS, 1, cs_id, b"bodz")}
    assert h1 not in variants and len(variants) == 4 and len(h1) == 32


def test_known_answers_pin_the_labels() -> None:
    """Values computed independently (hmac/hashlib by hand, as in docs/sync-format.md): a
    changed label or byte order would split old and new desktops of one team."""
    v, c = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
    assert sync_key(bytes(range(32)), v, 1).hex() == (
        "eb208c86aa5c25412bcb54a37a49c160c7484f883608f248b059beee4ee0e8c9")
    assert log_chain.log_hash(log_chain.GENESIS, 1, c, b"body").hex() == (
        "423cae8931b2c786ff9c8b1232297845e476fc7a270944511918b7ff72a5c468")
    device = DeviceKeys(vault_id=v, device_id=c, secret=bytes(range(128)))
    assert device.fingerprint() == "6BH7-25SO-A7XY-CUUN-WDOR-5ZTD-33O4-7O3C"
