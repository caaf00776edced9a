"""Team snapshots: the replica as of one log position, for a new device to start from
(docs/sync-format.md "Joining, devices and rotation").

A snapshot is the SQLCipher database file itself (``store/replica.py``: this device's
secrets and outbox removed, freed pages wiped), cut in pieces of 4 MiB, each sealed with
AES-256-GCM under a key derived from the sync key of the snapshot's epoch. Piece 0 is a
manifest in clear (no secret in it: the vault, position, log hash, epoch, piece count),
bound into every piece's associated data, so pieces cannot be swapped between snapshots
or positions. Only a replica with nothing waiting to be pushed is published: a snapshot
holds exactly the log up to its position.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import text

from nap_desktop.domain.messages import N_
from nap_desktop.store.replica import snapshot_copy
from nap_desktop.sync import envelope as env
from nap_desktop.sync.errors import SyncError

if TYPE_CHECKING:
    from nap_desktop.services.base import ServiceContext
    from nap_desktop.store.unlocked import UnlockedVault

PIECE_BYTES = 4 * 1024 * 1024
FORMAT = "nap-snapshot"
VERSION = 1
#: The tables whose rows never leave this device in a snapshot.
SCRUB = ("sync_outbox", "sync_journal", "sync_secrets")
_NONCE = 12
_INFO = b"nap snapshot v1"


class SnapshotRefused(SyncError):
    default_message = N_("The team's snapshot is damaged or not genuine; nothing was "
                         "restored. Ask an administrator to publish a new one.")


@dataclass(frozen=True, slots=True)
class Manifest:
    vault_id: str
    snapshot_id: str
    seq: int
    log_hash: bytes
    epoch: int
    device_id: str
    pieces: int

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "v": VERSION, "vault": self.vault_id,
                           "snapshot": self.snapshot_id, "seq": self.seq,
                           "log_hash": self.log_hash.hex(), "epoch": self.epoch,
                           "device": self.device_id, "pieces": self.pieces},
                          sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        try:
            raw = json.loads(data.decode("ascii"))
            if raw["format"] != FORMAT or raw["v"] != VERSION:
                raise ValueError(raw["format"])
            return cls(vault_id=str(raw["vault"]), snapshot_id=str(raw["snapshot"]),
                       seq=int(raw["seq"]), log_hash=bytes.fromhex(raw["log_hash"]),
                       epoch=int(raw["epoch"]), device_id=str(raw["device"]),
                       pieces=int(raw["pieces"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise SnapshotRefused() from None


def _piece_key(sync_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(sync_key)


def _aad(manifest: bytes, n: int) -> bytes:
    return hashlib.sha256(manifest).digest() + n.to_bytes(8, "big")


def seal_pieces(manifest: Manifest, sync_key: bytes, pieces: Iterable[bytes],
                ) -> Iterator[bytes]:
    head = manifest.to_bytes()
    yield head
    aead = AESGCM(_piece_key(sync_key))
    for n, piece in enumerate(pieces, start=1):
        nonce = secrets.token_bytes(_NONCE)
        yield nonce + aead.encrypt(nonce, piece, _aad(head, n))


def open_pieces(head: bytes, manifest: Manifest, sync_key: bytes,
                chunks: Iterator[bytes]) -> Iterator[bytes]:
    aead = AESGCM(_piece_key(sync_key))
    count = 0
    for n, chunk in enumerate(chunks, start=1):
        try:
            yield aead.decrypt(chunk[:_NONCE], chunk[_NONCE:], _aad(head, n))
        except InvalidTag:
            raise SnapshotRefused() from None
        count = n
    if count != manifest.pieces:
        raise SnapshotRefused()


def publish(unlocked: UnlockedVault, ctx: ServiceContext) -> int:
    """Publish a snapshot at the current position; returns it (0: not published because
    work is waiting to be pushed: the next sync's snapshot will do)."""
    from nap_desktop.sync.server import LogServer
    from nap_desktop.sync.team import opener_for

    del ctx  # a snapshot changes nothing in the vault
    opener = opener_for(unlocked)
    with unlocked.engine.connect() as conn:
        row = conn.execute(text("SELECT server, cursor, log_hash FROM sync_state")).one()
        waiting = conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
    if waiting:
        return 0
    with tempfile.TemporaryDirectory(prefix=".nap-snapshot-", dir=unlocked.path) as tmp:
        copy = Path(tmp) / "snapshot.db"
        seen: dict[str, object] = {}
        snapshot_copy(unlocked, copy, scrub=SCRUB, inspect=lambda c: seen.update(
            cursor=c.execute("SELECT cursor, log_hash FROM sync_state").fetchone(),
            waiting=c.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]))
        cursor, log_hash = seen["cursor"]  # type: ignore[misc]
        if seen["waiting"]:
            return 0
        size = copy.stat().st_size
        manifest = Manifest(vault_id=opener.vault_id, snapshot_id=str(uuid.uuid4()),
                            seq=int(cursor), log_hash=bytes(log_hash), epoch=opener.epoch,
                            device_id=opener.device_id,
                            pieces=max(1, -(-size // PIECE_BYTES)))
        sync_key = env.sync_key(opener.deks[opener.epoch], opener.vault_id, opener.epoch)
        with LogServer.connect(str(row[0])) as server:
            server.put_snapshot(opener.vault_id, manifest.snapshot_id, manifest.seq,
                                opener.device_id,
                                seal_pieces(manifest, sync_key, _read_pieces(copy)))
    return manifest.seq


def _read_pieces(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while piece := handle.read(PIECE_BYTES):
            yield piece
