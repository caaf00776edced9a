"""Hostile change sets: a server that alters, replays, reorders, drops or injects bodies, and
devices holding VALID keys that forge. Every one is refused with its reason code, and nothing
but :class:`EnvelopeRefused` ever escapes."""

from __future__ import annotations

import json
import random
import struct
import uuid
import zlib

import pytest

from nap_desktop.sync import canonical, envelope
from nap_desktop.sync.errors import EnvelopeRefused
from tests.sync.envelope_kit import Team, change_set, forge, header_of


def refused(team_or_reader: object, row: tuple[str, str, bytes]) -> str | None:
    reader = team_or_reader.reader() if isinstance(team_or_reader, Team) else team_or_reader
    return reader.apply(*row)  # type: ignore[attr-defined, no-any-return]


def opens(team: Team, row: tuple[str, str, bytes]) -> str | None:
    """The refusal code when a fresh reader opens ``row`` as the first log row."""
    cs_id, device, body = row
    reader = team.reader()
    try:
        envelope.open_change_set(body, vault_id=team.vault_id, expected_id=cs_id,
                                 device_public=reader.devices.get(device),
                                 sync_keys=reader.sync_keys, row_device=device)
    except EnvelopeRefused as exc:
        return exc.code
    return None


def test_an_honest_change_set_is_accepted_by_every_device() -> None:
    team = Team()
    row = team.devices[0].write()
    team.push(row)
    assert all(d.reader.refused == [] and len(d.reader.accepted) == 1 for d in team.devices)
    assert len({d.reader.hashes[-1] for d in team.devices}) == 1


def test_a_flipped_bit_anywhere_is_refused() -> None:
    team = Team(1)
    row = team.devices[0].write()
    cs_id, device, body = row
    rng = random.Random(12)
    for i in range(len(body)):
        bad = bytearray(body)
        bad[i] ^= 1 << rng.randrange(8)
        code = opens(team, (cs_id, device, bytes(bad)))
        assert code is not None, f"byte {i} flipped was accepted"


def test_truncated_or_extended_bodies_are_refused() -> None:
    team = Team(1)
    cs_id, device, body = team.devices[0].write()
    for cut in (0, 3, 5, 9, len(body) // 2, len(body) - 1):
        assert opens(team, (cs_id, device, body[:cut])) == "malformed"
    assert opens(team, (cs_id, device, body + b"\x00")) == "malformed"


def test_another_devices_valid_key_cannot_sign_for_a_device() -> None:
    team = Team(2)
    a, b = team.devices
    cs_id, _, body = a.write()
    # B, an approved device, writes a change set naming A as its author, signed by B's key.
    header = header_of(body)
    plain = canonical.encode(change_set(id=cs_id))
    forged = forge(b.keys, header=header, plain=plain, sync_key=b.reader.sync_keys[1])
    assert opens(team, (cs_id, a.keys.device_id, forged)) == "bad-signature"
    # ... and filed under B's id on the server it names another device than its row.
    assert opens(team, (cs_id, b.keys.device_id, forged)) == "unknown-device"


def test_an_unknown_device_is_refused() -> None:
    team = Team(2)
    stranger = Team(1)
    stranger.vault_id = team.vault_id
    row = team.devices[0].write()
    reader = team.reader()
    del reader.devices[row[1]]
    assert refused(reader, row) == "unknown-device"


def test_an_old_body_replayed_under_a_new_id_is_refused() -> None:
    team = Team(2)
    row = team.devices[0].write()
    team.push(row)
    reader = team.devices[1].reader
    # The server files the same bytes again under a fresh change-set id ...
    assert reader.apply(str(uuid.uuid4()), row[1], row[2]) == "wrong-id"
    # ... or under its own id at a later seq (a direct INSERT bypassing the unique key).
    assert reader.apply(*row) == "replay"


def test_the_same_dseq_twice_is_refused() -> None:
    team = Team(2)
    a = team.devices[0]
    team.push(a.write())
    # A device restored from a backup writes dseq 2 twice (two different bodies).
    saved = (a.dseq, a.prev)
    first = a.write()
    a.dseq, a.prev = saved
    second = a.write()
    team.push(first)
    team.push(second)
    assert team.devices[1].reader.refused == [(3, "replay")]


def test_a_skipped_dseq_is_refused() -> None:
    team = Team(2)
    a, b = team.devices
    team.push(a.write())
    a.write()  # dropped by the server
    team.push(a.write())
    assert b.reader.refused == [(2, "device-gap")]


def test_a_chain_that_branched_is_a_fork() -> None:
    team = Team(2)
    a, b = team.devices
    team.push(a.write())
    a.prev = bytes(32)  # its dseq 2 names another previous body
    team.push(a.write())
    assert b.reader.refused == [(2, "fork")]


def test_a_body_from_another_vault_is_refused() -> None:
    team, other = Team(1), Team(1)
    row = other.devices[0].write()
    assert opens(team, row) == "wrong-vault"


def test_a_header_that_says_one_thing_and_aad_another_is_refused() -> None:
    team = Team(1)
    a = team.devices[0]
    cs_id, device, body = a.write(change_set(control={"type": "note"}))
    header = header_of(body)
    assert header["kind"] == "control"
    # The device (valid key) signs a header saying "data" over a ciphertext whose AAD says
    # "control": the signature is good, the AEAD is not.
    shown = header | {"kind": "data"}
    forged = forge(a.keys, header=shown, plain=canonical.encode(change_set(id=cs_id)),
                   sync_key=a.reader.sync_keys[1], aad=canonical.encode(header))
    assert opens(team, (cs_id, device, forged)) == "malformed"


def test_plaintext_naming_another_id_is_refused() -> None:
    team = Team(1)
    a = team.devices[0]
    cs_id, device, body = a.write()
    forged = forge(a.keys, header=header_of(body),
                   plain=canonical.encode(change_set()), sync_key=a.reader.sync_keys[1])
    assert opens(team, (cs_id, device, forged)) == "malformed"


def test_a_server_that_reorders_the_log_is_caught() -> None:
    team = Team(2)
    a, b = team.devices
    first = a.write()
    team.push(first)
    second = b.write()  # B had seen A's change set at seq 1
    # A reader given B's change set before A's: B claims to have seen seq 1 at seq 1.
    reader = team.reader()
    assert reader.apply(*second) == "reordered"


def test_a_server_that_shows_two_devices_different_logs_is_caught() -> None:
    team = Team(4)
    a, b, c, d = team.devices
    c1, d1 = c.write(), d.write()
    for row in (c1, d1):  # A is shown [c1, d1] ...
        assert a.reader.apply(*row) is None
    for row in (d1, c1):  # ... and B [d1, c1]: both valid alone
        assert b.reader.apply(*row) is None
    row = a.write()  # A says: I had seen (2, H_A(2))
    assert b.reader.apply(*row) == "fork"


def test_seen_going_back_for_one_device_is_reordered() -> None:
    team = Team(2)
    a, b = team.devices
    team.push(b.write())
    team.push(a.write())
    a.reader.hashes = a.reader.hashes[:1]  # A claims to have seen less than before
    team.push(a.write())
    assert b.reader.refused == [(3, "reordered")]


def header_body(team: Team, header: bytes, cs_id: str) -> tuple[str, str, bytes]:
    a = team.devices[0]
    body = forge(a.keys, header=header, plain=canonical.encode(change_set(id=cs_id)),
                 sync_key=a.reader.sync_keys[1])
    return cs_id, a.keys.device_id, body


def good_header(team: Team, cs_id: str) -> dict[str, object]:
    return {"format": "nap-sync", "v": 1, "vault": team.vault_id, "id": cs_id,
            "device": team.keys[0].device_id, "dseq": 1, "prev": "", "epoch": 1,
            "seen": [0, "00" * 32], "kind": "data"}


@pytest.mark.parametrize("edit", [
    pytest.param(lambda h: h | {"extra": 1}, id="unknown-field"),
    pytest.param(lambda h: {k: v for k, v in h.items() if k != "seen"}, id="missing-field"),
    pytest.param(lambda h: h | {"dseq": "1"}, id="dseq-text"),
    pytest.param(lambda h: h | {"dseq": True}, id="dseq-bool"),
    pytest.param(lambda h: h | {"dseq": 0}, id="dseq-zero"),
    pytest.param(lambda h: h | {"dseq": 2}, id="dseq-2-without-prev"),
    pytest.param(lambda h: h | {"prev": "AB" * 32, "dseq": 2}, id="prev-uppercase"),
    pytest.param(lambda h: h | {"epoch": 0}, id="epoch-zero"),
    pytest.param(lambda h: h | {"seen": [0, "00" * 32, 1]}, id="seen-3"),
    pytest.param(lambda h: h | {"kind": "other"}, id="kind"),
    pytest.param(lambda h: h | {"vault": h["vault"].upper()}, id="uuid-uppercase"),
    pytest.param(lambda h: h | {"seal": {}}, id="seal-empty"),
    pytest.param(lambda h: h | {"format": "nap-sink"}, id="format"),
])
def test_headers_of_the_wrong_shape_are_refused(edit: object) -> None:
    team = Team(1)
    cs_id = str(uuid.uuid4())
    header = canonical.encode(edit(good_header(team, cs_id)))  # type: ignore[operator]
    assert opens(team, header_body(team, header, cs_id)) == "malformed"


def test_a_newer_version_asks_for_an_update() -> None:
    team = Team(1)
    cs_id = str(uuid.uuid4())
    header = canonical.encode(good_header(team, cs_id) | {"v": 2})
    assert opens(team, header_body(team, header, cs_id)) == "too-new"


@pytest.mark.parametrize("text", [
    pytest.param(lambda good: good.replace(b'"dseq":1', b'"dseq":1,"dseq":1'), id="duplicate"),
    pytest.param(lambda good: good.replace(b":", b": ", 1), id="space"),
    pytest.param(lambda good: good.replace(b'"v":1', b'"v":1.0'), id="float"),
    pytest.param(lambda good: good.replace(b'"kind":"data"', b'"kind":"\\u0064ata"'),
                 id="escape"),
    pytest.param(lambda good: json.dumps(json.loads(good), sort_keys=False).encode(),
                 id="unsorted"),
    pytest.param(lambda good: b"[" * 100_000 + b"]" * 100_000, id="deep-large"),
    pytest.param(lambda good: b"[" * 2000 + b"]" * 2000, id="deep-small"),
    pytest.param(lambda good: b"\xff" + good, id="not-utf8"),
])
def test_non_canonical_headers_are_refused(text: object) -> None:
    team = Team(1)
    cs_id = str(uuid.uuid4())
    good = canonical.encode(good_header(team, cs_id))
    bad = text(good)  # type: ignore[operator]
    assert opens(team, header_body(team, bad, cs_id)) in {"malformed", "too-large"}


def test_sizes_are_refused_before_anything_is_allocated() -> None:
    team = Team(1)
    cs_id, device, body = team.devices[0].write()
    assert opens(team, (cs_id, device, body + bytes(envelope.MAX_BODY_BYTES))) == "too-large"
    # A header length of 4 GiB is refused from the prefix alone.
    lying = body[:5] + struct.pack(">I", 0xFFFFFFFF) + body[9:]
    assert opens(team, (cs_id, device, lying)) == "too-large"
    # A header over 4 KiB (no seals) is too large even when signed by a valid key.
    huge = canonical.encode(good_header(team, cs_id) | {"zz": "x" * 5000})
    assert opens(team, header_body(team, huge, cs_id)) == "too-large"


def test_a_decompression_bomb_from_a_valid_device_stops_at_the_cap() -> None:
    team = Team(1)
    a = team.devices[0]
    cs_id = str(uuid.uuid4())
    header = canonical.encode(good_header(team, cs_id))
    bomb = zlib.compress(b"\x00" * (envelope.MAX_PLAIN_BYTES + 1024), 9)
    assert len(bomb) < 64 * 1024
    body = forge(a.keys, header=header, raw_plain=bomb, sync_key=a.reader.sync_keys[1])
    assert opens(team, (cs_id, a.keys.device_id, body)) == "too-large"


def test_trailing_or_broken_compressed_data_is_refused() -> None:
    team = Team(1)
    a = team.devices[0]
    cs_id = str(uuid.uuid4())
    header = canonical.encode(good_header(team, cs_id))
    plain = canonical.encode(change_set(id=cs_id))
    for packed in (zlib.compress(plain) + b"x", zlib.compress(plain)[:-3], plain):
        body = forge(a.keys, header=header, raw_plain=packed, sync_key=a.reader.sync_keys[1])
        assert opens(team, (cs_id, a.keys.device_id, body)) == "malformed"


def test_a_plaintext_that_is_not_canonical_is_refused() -> None:
    team = Team(1)
    a = team.devices[0]
    cs_id = str(uuid.uuid4())
    header = canonical.encode(good_header(team, cs_id))
    for plain in (b'{"id":"%s","id":"%s"}' % (cs_id.encode(), cs_id.encode()),
                  b'["%s"]' % cs_id.encode(), b'{"amount":1.5,"id":"%s"}' % cs_id.encode(),
                  b'{"id":"%s","x":%s%s}' % (cs_id.encode(), b"[" * 200_000, b"]" * 200_000)):
        body = forge(a.keys, header=header, plain=plain, sync_key=a.reader.sync_keys[1])
        assert opens(team, (cs_id, a.keys.device_id, body)) == "malformed"


def test_nothing_but_envelope_refused_escapes_from_random_bytes() -> None:
    rng = random.Random(7)
    team = Team(1)
    cs_id, device, body = team.devices[0].write()
    for _ in range(500):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(80)))
        for candidate in (junk, envelope.MAGIC + b"\x01" + junk):
            with pytest.raises(EnvelopeRefused):
                envelope.parse_header(candidate)
        spliced = body[:rng.randrange(len(body))] + junk
        assert opens(team, (cs_id, device, spliced)) is not None


def test_a_header_kind_that_hides_a_control_change_set_is_refused() -> None:
    team = Team(1)
    a = team.devices[0]
    cs_id = str(uuid.uuid4())
    header = canonical.encode(good_header(team, cs_id))  # kind "data"
    plain = canonical.encode(change_set(id=cs_id, control={"type": "device-removed"}))
    body = forge(a.keys, header=header, plain=plain, sync_key=a.reader.sync_keys[1])
    assert opens(team, (cs_id, a.keys.device_id, body)) == "malformed"
