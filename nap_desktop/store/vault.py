"""A vault is a folder: an encrypted database, the key slots that open it, a lock file and
the failed-unlock counters. :class:`Vault` is a folder this process has locked;
:class:`UnlockedVault` holds the data key and the database engine.

Removing a user rotates the data key. That is made crash-safe with a fifth, short-lived
file: the new slot file is written to ``keyslots.next.json`` *before* the database is
rekeyed and renamed over ``keyslots.json`` after. If the process dies in between, the next
unlock finds that the old key no longer opens the database, opens the new key from the
pending file with the private key it has just unwrapped, and finishes the swap.
"""

from __future__ import annotations

import os
import secrets
import uuid
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from nap_desktop.domain.errors import (
    NotAVault,
    UnknownUser,
    VaultDamaged,
    VaultError,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from nap_desktop.domain.messages import N_
from nap_desktop.store import anchor, signing
from nap_desktop.store import engine as db
from nap_desktop.store import keyslots as ks
from nap_desktop.store.atomic import (
    create_private_file,
    fsync_dir,
    make_private_dir,
    remove_file,
    remove_stale_temp_files,
    write_private_file,
)
from nap_desktop.store.kdf import (
    DEFAULT_KDF,
    KdfParams,
    check_new_params,
    new_recovery_key,
    parse_recovery_key,
    passphrase_bytes,
)
from nap_desktop.store.keyslots import KeySlot, KeySlotFile
from nap_desktop.store.lockfile import VaultLock
from nap_desktop.store.unlock_guard import Clock, UnlockGuard, utc_now
from nap_desktop.store.unlocked import UnlockedVault
from nap_desktop.store.vault_files import (
    DB_FILE,
    KEYSLOT_FILE,
    KEYSLOT_NEXT_FILE,
    LOCK_FILE,
    RECOVERY_GUARD_NAME,
    UNLOCK_STATE_FILE,
    VAULT_FILES,
    zero,
)

# The folder's file names and the unlocked session are reached through this module.
__all__ = ["DB_FILE", "KEYSLOT_FILE", "KEYSLOT_NEXT_FILE", "LOCK_FILE", "RECOVERY_GUARD_NAME",
           "UNLOCK_STATE_FILE", "UnlockedVault", "Vault"]


class Vault:
    """A vault folder locked by this process (it may or may not be unlocked)."""

    def __init__(self, path: Path, lock: VaultLock, vault_id: str, clock: Clock) -> None:
        self.path = path
        self.vault_id = vault_id
        self._lock = lock
        self._guard = UnlockGuard(path / UNLOCK_STATE_FILE, clock)
        self._active: UnlockedVault | None = None
        self._anchor = anchor.Anchor(path, vault_id, clock)
        #: Set to open a vault that lost saved work as it is (``nap check --accept-loss``).
        self.accept_lost_work = False
        self._lost_work: anchor.LostWork | None = None
        self._restored: anchor.Restored | None = None

    # --- creation and opening ------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, vault_id: str | None = None, admin_user_id: str,
               admin_user_name: str, passphrase: str, kdf: KdfParams = DEFAULT_KDF,
               clock: Clock = utc_now) -> tuple[Vault, UnlockedVault, str]:
        """Create a vault with its first user and a recovery slot. Returns the vault, it
        unlocked as that user, and the recovery key text (shown once, never stored)."""
        check_new_params(kdf)
        ks.check_identity(admin_user_id, admin_user_name)
        vault_id = vault_id or str(uuid.uuid4())
        if str(uuid.UUID(vault_id)) != vault_id:
            raise ValueError("vault ids are canonical UUID strings")
        if any((path / name).exists() for name in VAULT_FILES):
            raise VaultExists()
        make_private_dir(path)
        lock = VaultLock(path / LOCK_FILE)
        lock.acquire()
        engine: Engine | None = None
        created: list[Path] = []
        try:
            if any((path / name).exists() for name in VAULT_FILES):
                raise VaultExists()
            dek = bytearray(secrets.token_bytes(ks.DATA_KEY_BYTES))
            recovery_text, recovery_raw = new_recovery_key()
            admin_signing = Ed25519PrivateKey.generate()
            root = signing.raw_public(admin_signing)  # the genesis grant's key
            admin = ks.new_slot(vault_id=vault_id, generation=1, purpose=ks.PURPOSE_USER,
                                user_id=admin_user_id, user_name=admin_user_name,
                                secret=passphrase_bytes(passphrase), params=kdf, data_key=dek,
                                signing_key=admin_signing, root=root)
            recovery = ks.new_slot(vault_id=vault_id, generation=1, purpose=ks.PURPOSE_RECOVERY,
                                   user_id=ks.RECOVERY_USER_ID, user_name="",
                                   secret=recovery_raw, params=kdf, data_key=dek, root=root)
            file = ks.signed_file(vault_id=vault_id, generation=1, slots=[admin, recovery],
                                  data_key=dek)
            created += [path / name for name in VAULT_FILES[:3]]
            create_private_file(path / DB_FILE).close()
            commits = anchor.Anchor(path, vault_id, clock)
            engine = db.make_engine(path / DB_FILE, dek, commits, new=True)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {db.APPLICATION_ID}")
            created.append(path / anchor.ANCHOR_FILE)
            commits.arm(1, dek)
            commits.write(0)
            created.append(path / KEYSLOT_FILE)
            write_private_file(path / KEYSLOT_FILE, ks.serialize(file))
        except BaseException:
            if engine is not None:
                engine.dispose()
            for leftover in created:
                leftover.unlink(missing_ok=True)
            lock.release()
            raise
        vault = cls(path, lock, vault_id, clock)
        vault._anchor = commits
        unlocked = UnlockedVault(vault=vault, file=file, slot=admin, data_key=dek,
                                 engine=engine, failed_unlocks=[], new_slot_kdf=kdf,
                                 signing_key=admin_signing, root=root)
        vault._active = unlocked
        return vault, unlocked, recovery_text

    @classmethod
    def open(cls, path: Path, *, clock: Clock = utc_now) -> Vault:
        """Lock the vault folder for this process (:class:`VaultInUse` if someone else has
        it); :class:`NotAVault` if the folder holds no vault."""
        if not (path / KEYSLOT_FILE).is_file() or not (path / DB_FILE).is_file():
            raise NotAVault()
        lock = VaultLock(path / LOCK_FILE)
        lock.acquire()
        try:
            remove_stale_temp_files(path, (KEYSLOT_FILE, KEYSLOT_NEXT_FILE, UNLOCK_STATE_FILE,
                                           anchor.ANCHOR_FILE))
            file = ks.read_keyslots(path / KEYSLOT_FILE)
        except BaseException:
            lock.release()
            raise
        return cls(path, lock, file.vault_id, clock)

    # --- unlocking -------------------------------------------------------------------

    def user_names(self) -> list[str]:
        """Names that have a key slot, for the unlock dialog."""
        self._check_open()
        file = ks.read_keyslots(self.path / KEYSLOT_FILE)
        return sorted(s.user_name for s in file.slots if s.purpose == ks.PURPOSE_USER)

    def unlock(self, user_name: str, passphrase: str) -> UnlockedVault:
        """UnknownUser, LockedOut, WeakKeySlot, WrongPassphrase or VaultDamaged, else the
        unlocked vault with the failures since this user's last success."""
        self._check_usable()
        file = ks.read_keyslots(self.path / KEYSLOT_FILE)
        slot = file.slot_named(user_name)
        if slot is None:
            raise UnknownUser()
        guard_name = f"user:{user_name}"
        self._guard.check(guard_name)
        return self._unlock_slot(file, slot, passphrase_bytes(passphrase), guard_name,
                                 shown_as=user_name)

    def unlock_with_recovery(self, recovery_key: str) -> UnlockedVault:
        """LockedOut, RecoveryKeyTypo (not counted as an attempt), WrongRecoveryKey."""
        self._check_usable()
        self._guard.check(RECOVERY_GUARD_NAME)
        raw = parse_recovery_key(recovery_key)
        file = ks.read_keyslots(self.path / KEYSLOT_FILE)
        slot = file.recovery_slot()
        if slot is None:
            raise WrongRecoveryKey(N_("This vault has no recovery key."))
        try:
            return self._unlock_slot(file, slot, raw, RECOVERY_GUARD_NAME,
                                     shown_as=RECOVERY_GUARD_NAME)
        except WrongPassphrase:
            raise WrongRecoveryKey() from None

    def _unlock_slot(self, file: KeySlotFile, slot: KeySlot, secret: bytes, guard_name: str,
                     *, shown_as: str) -> UnlockedVault:
        try:
            opened = ks.unwrap_slot(slot, vault_id=file.vault_id, secret=secret)
        except WrongPassphrase:
            self._guard.record_failure(guard_name)
            raise
        private = opened.private
        dek = ks.open_data_key(slot, private, vault_id=file.vault_id, generation=file.generation)
        try:
            ks.verify_mac(file, dek)
            engine, file, slot, dek = self._open_database(file, slot, private, dek)
            signing_key = opened.signing
            if signing_key is None:
                file, slot, signing_key = self._give_signing_key(file, slot, dek, opened)
        except BaseException:
            zero(dek)
            raise
        failures = [replace(f, user_name=shown_as)
                    for f in self._guard.record_success(guard_name)]
        unlocked = UnlockedVault(vault=self, file=file, slot=slot, data_key=dek, engine=engine,
                                 failed_unlocks=failures, new_slot_kdf=slot.kdf,
                                 signing_key=signing_key, root=opened.root)
        if not opened.root:  # bound at the end of this unlock, once the grants are verified
            unlocked._unbound = (opened.wrapping_key, opened.private)
        unlocked.lost_work, self._lost_work = self._lost_work, None
        unlocked.restored, self._restored = self._restored, None
        self._active = unlocked
        return unlocked

    def _give_signing_key(self, file: KeySlotFile, slot: KeySlot, dek: bytearray,
                          opened: ks.UnwrappedSlot,
                          ) -> tuple[KeySlotFile, KeySlot, Ed25519PrivateKey]:
        """A slot from before format 2 gets its signing key at its user's first unlock,
        wrapped under the key just derived from their passphrase (no second Argon2id)."""
        key = Ed25519PrivateKey.generate()
        upgraded = ks.with_signing_key(slot, vault_id=file.vault_id,
                                       wrapping_key=opened.wrapping_key, key=key)
        new_file = ks.signed_file(vault_id=file.vault_id, generation=file.generation,
                                  slots=[upgraded if s is slot else s for s in file.slots],
                                  data_key=dek)
        write_private_file(self.path / KEYSLOT_FILE, ks.serialize(new_file))
        return new_file, upgraded, key

    def _open_database(self, file: KeySlotFile, slot: KeySlot, private: X25519PrivateKey,
                       dek: bytearray) -> tuple[Engine, KeySlotFile, KeySlot, bytearray]:
        pending = self.path / KEYSLOT_NEXT_FILE
        anchor_keys = {file.generation: anchor.mac_key(dek)}
        try:
            engine = db.make_engine(self.path / DB_FILE, dek, self._anchor)
        except VaultDamaged:
            if not pending.exists():
                raise
            adopted = self._finish_rotation(file, slot, private)
            zero(dek)  # the old key: it no longer opens anything
            return self._checked(adopted, anchor_keys)
        remove_file(pending)  # a rotation that never reached the database
        return self._checked((engine, file, slot, dek), anchor_keys)

    def _checked(self, opened: tuple[Engine, KeySlotFile, KeySlot, bytearray],
                 anchor_keys: dict[int, bytes]) -> tuple[Engine, KeySlotFile, KeySlot, bytearray]:
        """Refuse a database that is not this vault's or that lost saved work (unless
        ``accept_lost_work``); then anchor its commit counter (``store/anchor.py``)."""
        engine, file, _slot, dek = opened
        anchor_keys[file.generation] = anchor.mac_key(dek)
        try:
            try:
                # The anchor first: a new vault whose every commit was in a lost WAL is
                # "saved work missing", more useful than "not a NAP database".
                restored = anchor.restored(self.path, file.vault_id)
                lost = anchor.missing_work(self.path, engine, vault_id=file.vault_id,
                                           keys=anchor_keys)
                if lost is not None and not self.accept_lost_work:
                    raise lost
                db.check_application_id(engine)
            except sa_exc.DBAPIError as exc:
                raise db.translate_db_error(exc) from exc
            self._anchor.arm(file.generation, dek)
            self._anchor.write(anchor.database_counter(engine))
        except BaseException:
            self._anchor.disarm()
            engine.dispose()
            zero(dek)
            raise
        self._restored = restored  # reported by the workspace (a marker is unauthenticated)
        self._lost_work = None if lost is None else anchor.LostWork(
            changes=lost.lost_changes, message=lost.message)
        return opened

    def _finish_rotation(self, old: KeySlotFile, slot: KeySlot, private: X25519PrivateKey,
                         ) -> tuple[Engine, KeySlotFile, KeySlot, bytearray]:
        """The database is under the pending file's key: adopt that file (see module doc)."""
        pending = ks.read_keyslots(self.path / KEYSLOT_NEXT_FILE)
        if pending.vault_id != old.vault_id or pending.generation != old.generation + 1:
            raise VaultDamaged(ks.DAMAGED_MESSAGE)
        same = next((s for s in pending.slots if s.slot_id == slot.slot_id
                     and s.public_key == slot.public_key), None)
        if same is None:
            raise UnknownUser()  # this slot was the one being removed
        dek = ks.open_data_key(same, private, vault_id=pending.vault_id,
                               generation=pending.generation)
        try:
            ks.verify_mac(pending, dek)
            engine = db.make_engine(self.path / DB_FILE, dek, self._anchor)
        except BaseException:
            zero(dek)
            raise
        os.replace(self.path / KEYSLOT_NEXT_FILE, self.path / KEYSLOT_FILE)
        fsync_dir(self.path)
        return engine, pending, same, dek

    # --- life cycle ------------------------------------------------------------------

    def _check_open(self) -> None:
        if not self._lock.held:
            raise VaultError(N_("The vault has been closed."))

    def _check_usable(self) -> None:
        self._check_open()
        if self._active is not None and not self._active.is_locked:
            raise VaultError(N_("The vault is already unlocked. Lock it first."))

    def close(self) -> None:
        """Lock any unlocked view of this vault and release the folder lock."""
        if self._active is not None:
            self._active.lock()
            self._active = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
