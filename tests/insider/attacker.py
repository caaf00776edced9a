"""What a hostile caseworker can do with their own passphrase and a copy of the files.

Nothing here uses the application's services: the data key comes out of the caseworker's
own key slot, the database is edited with raw SQL through sqlcipher, the audit chain and
head are recomputed the way ``services/audit.py`` computes them, and the key-slot file is
rewritten with a fresh MAC under the data key (which every user holds).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from nap_desktop.services import audit
from nap_desktop.store import keyslots as ks
from nap_desktop.store.atomic import write_private_file
from nap_desktop.store.engine import connect_raw
from nap_desktop.store.kdf import passphrase_bytes

SLOTS = "keyslots.json"
_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"


def own_keys(vault: Path, name: str, passphrase: str) -> tuple[bytearray, Ed25519PrivateKey]:
    """The data key and the caseworker's own signing key, from their own slot."""
    file = ks.read_keyslots(vault / SLOTS)
    slot = file.slot_named(name)
    assert slot is not None
    opened = ks.unwrap_slot(slot, vault_id=file.vault_id, secret=passphrase_bytes(passphrase))
    dek = ks.open_data_key(slot, opened.private, vault_id=file.vault_id,
                           generation=file.generation)
    assert opened.signing is not None
    return dek, opened.signing


@contextmanager
def raw_sql(vault: Path, dek: bytearray) -> Iterator[sqlite3.Connection]:
    conn = connect_raw(vault / "vault.db", dek)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def recompute_chain(conn: sqlite3.Connection, *, renumber: bool = True) -> None:
    """Renumber the events 1..n, recompute every hash and the head, and move every
    checkpoint to the new head, as a careful attacker would."""
    rows = conn.execute("SELECT seq, at, user_id, action, record_type, record_id, detail "
                        "FROM audit_events ORDER BY seq").fetchall()
    prev = audit.GENESIS
    for index, (seq, at, *fields) in enumerate(rows, 1):
        new_seq = index if renumber else seq
        digest = audit.event_hash(prev, new_seq, datetime.strptime(at, _FMT).replace(tzinfo=UTC),
                                  *fields)
        conn.execute("UPDATE audit_events SET seq = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (new_seq, prev, digest, seq))
        prev, last = digest, new_seq
    conn.execute("UPDATE settings SET value = ? WHERE key = 'audit_head'", (f"{last}:{prev}",))


def rewrite_slots(vault: Path, dek: bytearray,
                  change: Callable[[list[ks.KeySlot]], list[ks.KeySlot]]) -> None:
    """Edit the slots and sign the file again with the data key (a valid MAC)."""
    file = ks.read_keyslots(vault / SLOTS)
    new = ks.signed_file(vault_id=file.vault_id, generation=file.generation,
                         slots=change(list(file.slots)), data_key=dek)
    write_private_file(vault / SLOTS, ks.serialize(new))


def unbind_own_slot(vault: Path, name: str, passphrase: str, dek: bytearray) -> None:
    """Wrap one's own private key again without the root of authority (anyone can do this
    to their own slot: it takes only their own passphrase)."""
    file = ks.read_keyslots(vault / SLOTS)
    slot = file.slot_named(name)
    assert slot is not None
    opened = ks.unwrap_slot(slot, vault_id=file.vault_id, secret=passphrase_bytes(passphrase))
    bare = ks.with_root(slot, vault_id=file.vault_id, wrapping_key=opened.wrapping_key,
                        private=opened.private, root=b"")
    rewrite_slots(vault, dek, lambda slots: [bare if s.slot_id == slot.slot_id else s
                                             for s in slots])


def slot_root(vault: Path, name: str, passphrase: str) -> bytes:
    file = ks.read_keyslots(vault / SLOTS)
    slot = file.slot_named(name)
    assert slot is not None
    return ks.unwrap_slot(slot, vault_id=file.vault_id,
                          secret=passphrase_bytes(passphrase)).root
