"""Snapshots in chunks: a truncated list, chunks reordered, swapped between two snapshots, a
lying count, a manifest from another device or edited: all refused; an honest one opens."""

from __future__ import annotations

import io
import os
import uuid

import pytest

from nap_desktop.sync import snapshot_format as sf
from nap_desktop.sync.device_keys import DeviceKeys
from nap_desktop.sync.errors import EnvelopeRefused
from nap_desktop.sync.keys import sync_key

KEYSLOTS = b'{"format":"nap-keyslots","generation":1}\n'


class Published:
    def __init__(self, vault_id: str, device: DeviceKeys, key: bytes, database: bytes,
                 seq: int = 7, snapshot_id: str | None = None) -> None:
        self.snapshot_id = snapshot_id or str(uuid.uuid4())
        self.database = database
        self.items = list(sf.seal_snapshot(
            vault_id=vault_id, snapshot_id=self.snapshot_id, device=device, epoch=1,
            sync_key=key, seq=seq, log_hash=b"\x11" * 32, keyslots=KEYSLOTS,
            database=io.BytesIO(database), database_size=len(database)))


@pytest.fixture
def world() -> tuple[str, DeviceKeys, bytes]:
    vault_id = str(uuid.uuid4())
    return vault_id, DeviceKeys.generate(vault_id), sync_key(os.urandom(32), vault_id, 1)


def open_items(world: tuple[str, DeviceKeys, bytes], snap: Published, items: list[bytes],
               count: int | None = None, publisher: DeviceKeys | None = None,
               ) -> tuple[sf.OpenedSnapshot, bytes]:
    vault_id, device, key = world
    out = io.BytesIO()
    opened = sf.open_snapshot(items, count=len(items) if count is None else count,
                              vault_id=vault_id, snapshot_id=snap.snapshot_id,
                              publisher=(publisher or device).public(), sync_keys={1: key},
                              database_out=out)
    return opened, out.getvalue()


def refused(world: tuple[str, DeviceKeys, bytes], snap: Published, items: list[bytes],
            **kw: object) -> str:
    with pytest.raises(EnvelopeRefused) as caught:
        open_items(world, snap, items, **kw)  # type: ignore[arg-type]
    return caught.value.code


@pytest.mark.parametrize("size", [0, 1, sf.CHUNK_BYTES - 8 - len(KEYSLOTS), sf.CHUNK_BYTES,
                                  2 * sf.CHUNK_BYTES + 5])
def test_an_honest_snapshot_opens_whole(world: tuple[str, DeviceKeys, bytes],
                                        size: int) -> None:
    database = os.urandom(size)
    snap = Published(*world, database)
    assert len(snap.items) == sf.chunk_count(len(KEYSLOTS), size)
    assert all(len(item) <= sf.CHUNK_BYTES + 28 for item in snap.items)
    opened, written = open_items(world, snap, snap.items)
    assert written == database and opened.keyslots == KEYSLOTS
    assert (opened.seq, opened.log_hash, opened.epoch) == (7, b"\x11" * 32, 1)


def test_a_truncated_chunk_list_is_refused(world: tuple[str, DeviceKeys, bytes]) -> None:
    snap = Published(*world, os.urandom(3 * sf.CHUNK_BYTES))
    items = snap.items
    assert refused(world, snap, items[:-1], count=len(items)) == "bad-snapshot"
    assert refused(world, snap, items[:-1]) == "bad-snapshot"          # the server lies too
    assert refused(world, snap, items[:-2] + items[-1:]) == "bad-snapshot"
    assert refused(world, snap, items[:1], count=1) == "bad-snapshot"


def test_reordered_or_duplicated_chunks_are_refused(world: tuple[str, DeviceKeys, bytes]) -> None:
    snap = Published(*world, os.urandom(3 * sf.CHUNK_BYTES))
    i = snap.items
    assert refused(world, snap, [i[1], i[0], *i[2:]]) == "bad-snapshot"
    assert refused(world, snap, [i[0], i[0], *i[2:]]) == "bad-snapshot"
    assert refused(world, snap, [*i[:-1], i[0], i[-1]]) == "bad-snapshot"


def test_chunks_swapped_between_two_snapshots_are_refused(
        world: tuple[str, DeviceKeys, bytes]) -> None:
    one = Published(*world, os.urandom(2 * sf.CHUNK_BYTES))
    two = Published(*world, os.urandom(2 * sf.CHUNK_BYTES))
    assert len(one.items) == len(two.items)
    for n in range(len(one.items)):
        spliced = [*one.items[:n], two.items[n], *one.items[n + 1:]]
        assert refused(world, one, spliced) == "bad-snapshot"


def test_a_manifest_from_another_device_or_edited_is_refused(
        world: tuple[str, DeviceKeys, bytes]) -> None:
    vault_id, _, key = world
    snap = Published(*world, os.urandom(1000))
    other = DeviceKeys.generate(vault_id)
    # Another approved device (holding the sync key) publishes under its own key, but the
    # snapshot is announced as the first device's.
    forged = Published(vault_id, other, key, os.urandom(1000), snapshot_id=snap.snapshot_id)
    assert refused(world, snap, forged.items) == "bad-snapshot"
    assert refused(world, snap, snap.items, publisher=other) == "bad-snapshot"
    assert open_items(world, forged, forged.items, publisher=other)[1] == forged.database
    manifest = bytearray(snap.items[-1])
    manifest[20] ^= 1
    assert refused(world, snap, [*snap.items[:-1], bytes(manifest)]) == "bad-snapshot"
    assert refused(world, snap, [*snap.items[:-1], snap.items[-1] + b"\x00"]) == "bad-snapshot"


def test_a_flipped_bit_in_any_chunk_is_refused(world: tuple[str, DeviceKeys, bytes]) -> None:
    snap = Published(*world, os.urandom(sf.CHUNK_BYTES + 100))
    for n, item in enumerate(snap.items):
        for at in (0, 12, len(item) // 2, len(item) - 1):
            bad = bytearray(item)
            bad[at] ^= 0x80
            items = [*snap.items[:n], bytes(bad), *snap.items[n + 1:]]
            assert refused(world, snap, items) == "bad-snapshot"


def test_a_snapshot_of_another_vault_or_id_is_refused(
        world: tuple[str, DeviceKeys, bytes]) -> None:
    snap = Published(*world, os.urandom(500))
    snap.snapshot_id = str(uuid.uuid4())
    assert refused(world, snap, snap.items) == "bad-snapshot"
