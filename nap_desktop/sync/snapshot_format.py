"""A snapshot on the server: the vault's database file and key-slot file as they stand at
log position ``(seq, H)``, so a joining device starts there instead of replaying the log.

The items the server stores, in order (``snapshot_chunks.n`` = 0 … count-1)::

    chunk i (i < count-1):  nonce (12) || AES-256-GCM(sync key of epoch, plaintext piece i,
                            AAD = "nap snapshot chunk v1\\0" || vault uuid || snapshot uuid
                                  || i (4) || count-1 (4))
    last item (manifest):   "NAPM" | version (1) | length (4) | canonical JSON | Ed25519 (64)

The plaintext stream is ``len(keyslots) (8) || keyslots || database``, cut into pieces of
at most 1 MiB. The manifest (vault, snapshot, device, epoch, seq, log hash, chunk count,
plaintext size, SHA-256 over the chunks' SHA-256s) is signed by the publishing device over
``"nap snapshot v1\\0" || SHA256(framed manifest)``. A dropped, added, reordered or swapped
chunk (also one from another snapshot) fails its AEAD and the manifest's digest; a wrong
count fails every chunk's AEAD; a truncated list has no valid manifest.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import struct
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from nap_desktop.sync import canonical
from nap_desktop.sync.device_keys import DeviceKeys, DevicePublic
from nap_desktop.sync.errors import BAD_SNAPSHOT, EnvelopeRefused, Reason

CHUNK_BYTES = 1024 * 1024
MAX_CHUNKS = 1024 * 1024  # 1 TiB: far beyond any vault, but bounded
MAX_KEYSLOT_BYTES = 1024 * 1024
MANIFEST_MAGIC = b"NAPM"
VERSION = 1
FORMAT = "nap-snapshot"
MAX_MANIFEST_BYTES = 4096
_NONCE = 12
_TAG = 16
_CHUNK_DOMAIN = b"nap snapshot chunk v1\x00"
_SIGN_DOMAIN = b"nap snapshot v1\x00"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MANIFEST_KEYS = {"format", "v", "vault", "snapshot", "device", "epoch", "seq", "log_hash",
                  "chunks", "size", "digest"}


@dataclass(frozen=True, slots=True)
class OpenedSnapshot:
    """A checked snapshot. The database bytes went to the caller's ``database_out``."""

    seq: int
    log_hash: bytes
    epoch: int
    device: str
    keyslots: bytes = field(repr=False)
    database_size: int = 0


def _aad(vault_id: str, snapshot_id: str, index: int, count: int) -> bytes:
    return (_CHUNK_DOMAIN + uuid.UUID(vault_id).bytes + uuid.UUID(snapshot_id).bytes
            + struct.pack(">II", index, count))


def _pieces(keyslots: bytes, database: BinaryIO, size: int) -> Iterator[bytes]:
    """The plaintext stream in pieces of CHUNK_BYTES; exactly ``size`` database bytes."""
    buffer = struct.pack(">Q", len(keyslots)) + keyslots
    left = size
    while buffer or left:
        while len(buffer) < CHUNK_BYTES and left:
            data = database.read(min(CHUNK_BYTES - len(buffer), left))
            if not data:
                raise ValueError("the database file is shorter than its size")
            buffer += data
            left -= len(data)
        yield buffer[:CHUNK_BYTES]
        buffer = buffer[CHUNK_BYTES:]


def chunk_count(keyslot_bytes: int, database_size: int) -> int:
    """How many items :func:`seal_snapshot` yields (data chunks and the manifest)."""
    return -(-(8 + keyslot_bytes + database_size) // CHUNK_BYTES) + 1


def seal_snapshot(*, vault_id: str, snapshot_id: str, device: DeviceKeys, epoch: int,
                  sync_key: bytes, seq: int, log_hash: bytes, keyslots: bytes,
                  database: BinaryIO, database_size: int) -> Iterator[bytes]:
    """Yield the server items one by one (a large vault is never held in memory whole)."""
    if len(keyslots) > MAX_KEYSLOT_BYTES or len(log_hash) != 32:
        raise ValueError("snapshot inputs out of range")
    count = chunk_count(len(keyslots), database_size) - 1
    aead, digest = AESGCM(sync_key), hashlib.sha256()
    for index, piece in enumerate(_pieces(keyslots, database, database_size)):
        nonce = secrets.token_bytes(_NONCE)
        item = nonce + aead.encrypt(nonce, piece, _aad(vault_id, snapshot_id, index, count))
        digest.update(hashlib.sha256(item).digest())
        yield item
    manifest = canonical.encode({
        "format": FORMAT, "v": VERSION, "vault": vault_id, "snapshot": snapshot_id,
        "device": device.device_id, "epoch": epoch, "seq": seq, "log_hash": log_hash.hex(),
        "chunks": count, "size": 8 + len(keyslots) + database_size,
        "digest": digest.hexdigest()})
    framed = MANIFEST_MAGIC + bytes([VERSION]) + struct.pack(">I", len(manifest)) + manifest
    yield framed + device.sign(_SIGN_DOMAIN + hashlib.sha256(framed).digest())


def _refuse(reason: Reason = BAD_SNAPSHOT) -> EnvelopeRefused:
    return EnvelopeRefused(reason)


def _manifest(item: bytes, *, vault_id: str, snapshot_id: str,
              publisher: DevicePublic) -> dict[str, Any]:
    """The signed manifest, checked: its shape, vault, snapshot and publisher."""
    if len(item) > 9 + MAX_MANIFEST_BYTES + 64 or len(item) < 9 + 64 \
            or item[:4] != MANIFEST_MAGIC or item[4] != VERSION:
        raise _refuse()
    (length,) = struct.unpack_from(">I", item, 5)
    if len(item) != 9 + length + 64:
        raise _refuse()
    framed, signature = item[:9 + length], item[9 + length:]
    try:
        Ed25519PublicKey.from_public_bytes(publisher.signing_key).verify(
            signature, _SIGN_DOMAIN + hashlib.sha256(framed).digest())
        doc = canonical.decode(framed[9:], limit=MAX_MANIFEST_BYTES)
    except (InvalidSignature, ValueError, EnvelopeRefused):
        raise _refuse() from None
    if not isinstance(doc, dict) or set(doc) != _MANIFEST_KEYS or doc["format"] != FORMAT \
            or doc["v"] != VERSION or doc["vault"] != vault_id \
            or doc["snapshot"] != snapshot_id or doc["device"] != publisher.device_id:
        raise _refuse()
    for name in ("epoch", "seq", "chunks", "size"):
        if type(doc[name]) is not int or not 0 <= doc[name] <= canonical.MAX_INT:
            raise _refuse()
    if not 1 <= doc["chunks"] <= MAX_CHUNKS or not all(
            isinstance(doc[k], str) and _HEX64.fullmatch(doc[k]) for k in ("log_hash", "digest")):
        raise _refuse()
    return doc


def open_snapshot(items: Iterable[bytes], *, count: int, vault_id: str, snapshot_id: str,
                  publisher: DevicePublic, sync_keys: dict[int, bytes],
                  database_out: BinaryIO) -> OpenedSnapshot:
    """Check and decrypt a snapshot of ``count`` items (the server's chunk count, manifest
    included), writing the database bytes (a SQLCipher file: still encrypted under the
    data key) to ``database_out``. On :class:`EnvelopeRefused` the caller discards what was
    written. The epoch's key is chosen by the manifest, checked at the end."""
    if not 2 <= count <= MAX_CHUNKS + 1:
        raise _refuse()
    data_count, digest = count - 1, hashlib.sha256()
    keys, key_used, stream = list(sync_keys.items()), None, _Stream(database_out, count - 1)
    index = -1
    for index, item in enumerate(items):
        if index == data_count:
            return stream.finish(_manifest(item, vault_id=vault_id, snapshot_id=snapshot_id,
                                           publisher=publisher), digest, key_used)
        if index > data_count or len(item) > _NONCE + CHUNK_BYTES + _TAG:
            raise _refuse()
        digest.update(hashlib.sha256(item).digest())
        aad = _aad(vault_id, snapshot_id, index, data_count)
        key_used, piece = _decrypt(item, aad, keys if key_used is None else [key_used])
        stream.feed(piece)
    raise _refuse()  # fewer items than announced: truncated


def _decrypt(item: bytes, aad: bytes,
             keys: list[tuple[int, bytes]]) -> tuple[tuple[int, bytes], bytes]:
    for epoch, key in keys:
        try:
            return (epoch, key), AESGCM(key).decrypt(item[:_NONCE], item[_NONCE:], aad)
        except InvalidTag:
            continue
    raise _refuse()


class _Stream:
    """Splits the plaintext stream into the key-slot file (kept) and the database (written)."""

    def __init__(self, out: BinaryIO, chunks: int) -> None:
        self.out, self.head, self.keyslots_len, self.size, self.written = out, b"", -1, 0, 0
        self.chunks = chunks

    def feed(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.keyslots_len < 0 or len(self.head) < 8 + self.keyslots_len:
            self.head += piece
            if self.keyslots_len < 0 and len(self.head) >= 8:
                (self.keyslots_len,) = struct.unpack_from(">Q", self.head)
                if self.keyslots_len > MAX_KEYSLOT_BYTES:
                    raise _refuse()
            if self.keyslots_len >= 0 and len(self.head) > 8 + self.keyslots_len:
                rest = self.head[8 + self.keyslots_len:]
                self.head = self.head[:8 + self.keyslots_len]
                self._write(rest)
            return
        self._write(piece)

    def _write(self, data: bytes) -> None:
        self.out.write(data)
        self.written += len(data)

    def finish(self, doc: dict[str, Any], digest: Any,
               key_used: tuple[int, bytes] | None) -> OpenedSnapshot:
        if key_used is None or key_used[0] != doc["epoch"] or doc["size"] != self.size \
                or doc["chunks"] != self.chunks \
                or self.keyslots_len < 0 or len(self.head) != 8 + self.keyslots_len \
                or doc["digest"] != digest.hexdigest():
            raise _refuse()
        return OpenedSnapshot(seq=doc["seq"], log_hash=bytes.fromhex(doc["log_hash"]),
                              epoch=doc["epoch"], device=doc["device"],
                              keyslots=self.head[8:], database_size=self.written)
