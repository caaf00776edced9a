"""Publishing team snapshots: the replica as of one log position, for a new device to start
from (docs/sync-format.md "Joining, devices and rotation"; the sealed form is
``snapshot_format.py``).

A snapshot carries the SQLCipher database file itself (``store/replica.py``: this device's
secrets and outbox removed from a copy, freed pages wiped), so a joining desktop restores
bytes instead of replaying rows. Only a replica with nothing waiting to be pushed is
published: a snapshot holds exactly the log up to its position, no more.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from nap_desktop.store.replica import snapshot_copy
from nap_desktop.sync import keys
from nap_desktop.sync.snapshot_format import seal_snapshot

if TYPE_CHECKING:
    from nap_desktop.services.base import ServiceContext
    from nap_desktop.store.unlocked import UnlockedVault

#: The tables whose rows never leave this device in a snapshot.
SCRUB = ("sync_outbox", "sync_journal", "sync_secrets")


def publish(unlocked: UnlockedVault, ctx: ServiceContext) -> int:
    """Publish a snapshot at the current position; returns it (0: not published because
    work is waiting to be pushed; the next one will do)."""
    from nap_desktop.sync.server import LogServer
    from nap_desktop.sync.team import opener_for

    del ctx  # a snapshot changes nothing in the vault
    opener = opener_for(unlocked)
    with unlocked.engine.connect() as conn:
        server = str(conn.execute(text("SELECT server FROM sync_state")).scalar())
    with tempfile.TemporaryDirectory(prefix=".nap-snapshot-", dir=unlocked.path) as tmp:
        copy = Path(tmp) / "snapshot.db"
        seen: dict[str, tuple[int, bytes, int]] = {}

        def position(conn: object) -> None:
            cur = conn.execute  # type: ignore[attr-defined]
            cursor, log_hash = cur("SELECT cursor, log_hash FROM sync_state").fetchone()
            waiting = cur("SELECT count(*) FROM sync_outbox").fetchone()[0]
            seen["at"] = (int(cursor), bytes(log_hash), int(waiting))

        snapshot_copy(unlocked, copy, scrub=SCRUB, inspect=position)
        seq, log_hash, waiting = seen["at"]
        if waiting:
            return 0
        snapshot_id, epoch = str(uuid.uuid4()), opener.epoch
        sync_key = keys.sync_key(opener.deks[epoch], opener.vault_id, epoch)
        with open(copy, "rb") as database, LogServer.connect(server) as log:
            log.put_snapshot(opener.vault_id, snapshot_id, seq, opener.device_id,
                             seal_snapshot(vault_id=opener.vault_id, snapshot_id=snapshot_id,
                                           device=opener.device, epoch=epoch,
                                           sync_key=sync_key, seq=seq, log_hash=log_hash,
                                           keyslots=b"", database=database,
                                           database_size=copy.stat().st_size))
    return seq
