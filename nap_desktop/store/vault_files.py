"""The files of a vault folder, by name (``docs/vault-format.md``)."""

from __future__ import annotations

from nap_desktop.store.anchor import ANCHOR_FILE

DB_FILE = "vault.db"
KEYSLOT_FILE = "keyslots.json"
KEYSLOT_NEXT_FILE = "keyslots.next.json"
LOCK_FILE = "vault.lock"
UNLOCK_STATE_FILE = "unlock-state.json"
#: The unlock guard's key for the recovery key; user names are keyed "user:<name>".
RECOVERY_GUARD_NAME = "recovery"
#: What a folder holds once it is a vault (a new vault is refused where any of them is).
VAULT_FILES = (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", KEYSLOT_FILE, KEYSLOT_NEXT_FILE,
               ANCHOR_FILE)


def zero(buffer: bytearray) -> None:
    """Overwrite a key in place (what Python lets us do to forget it)."""
    buffer[:] = bytes(len(buffer))
