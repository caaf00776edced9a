"""Team replicas (issue #12): the database copy a team snapshot carries, and a new vault
folder made from one on a joining desktop.

A snapshot is the SQLCipher file itself (a consistent online-backup copy, keyed with the
vault's data key like the original), with this device's own secrets and outbox removed
from the copy: restoring it is writing bytes, not replaying rows, so a 100,000-referral
team joins in seconds. It travels sealed again under the sync key (``sync/snapshot_format``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlcipher3 import dbapi2

from nap_desktop.domain.errors import VaultExists
from nap_desktop.store import anchor
from nap_desktop.store import engine as db
from nap_desktop.store import keyslots as ks
from nap_desktop.store.atomic import create_private_file, fsync_dir, make_private_dir
from nap_desktop.store.lockfile import VaultLock
from nap_desktop.store.unlocked import UnlockedVault
from nap_desktop.store.vault_files import DB_FILE, KEYSLOT_FILE, LOCK_FILE, VAULT_FILES


def snapshot_copy(unlocked: UnlockedVault, target: Path, *, scrub: Sequence[str],
                  inspect: Callable[[dbapi2.Connection], object]) -> None:
    """A consistent copy of the database at ``target`` (encrypted with the data key),
    with the rows of the ``scrub`` tables deleted and the freed pages wiped (VACUUM): the
    copy leaves this computer, this device's secrets and unsent work do not. ``inspect``
    reads the copy first (the position it holds)."""
    create_private_file(target).close()
    unlocked.snapshot(target)
    conn = db.connect_raw(target, unlocked.team_data_key())
    try:
        inspect(conn)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.execute("BEGIN")
        for table in scrub:
            if table in names:
                conn.execute(f'DELETE FROM "{table}"')  # noqa: S608 - names from our code
        conn.execute("COMMIT")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        db.checkpoint(conn)
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()


def create_replica(folder: Path, *, vault_id: str, data_key: bytes, slot_file: bytes,
                   database: Iterable[bytes]) -> None:
    """Make ``folder`` a vault from a snapshot's database bytes and the key-slot file
    sealed to this device (checked against the data key and the vault id). Nothing is left
    behind if any step fails."""
    file = ks.parse(slot_file)
    ks.verify_mac(file, data_key)
    if file.vault_id != vault_id:
        raise ValueError("the key slots are another vault's")
    if any((folder / name).exists() for name in VAULT_FILES):
        raise VaultExists()
    make_private_dir(folder)
    lock = VaultLock(folder / LOCK_FILE)
    lock.acquire()
    written: list[Path] = []
    try:
        written.append(folder / DB_FILE)
        with create_private_file(folder / DB_FILE) as handle:
            for chunk in database:
                handle.write(chunk)
        engine = db.make_engine(folder / DB_FILE, data_key)
        try:
            db.check_application_id(engine)
            commits = anchor.Anchor(folder, vault_id)
            commits.arm(file.generation, data_key)
            written.append(folder / anchor.ANCHOR_FILE)
            commits.write(anchor.database_counter(engine))
        finally:
            engine.dispose()
        written.append(folder / KEYSLOT_FILE)
        with create_private_file(folder / KEYSLOT_FILE) as handle:
            handle.write(ks.serialize(file))
        fsync_dir(folder)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    finally:
        lock.release()
