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

import contextlib
import os
import secrets
import threading
import uuid
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool

from nap_desktop.domain.errors import (
    NotAVault,
    UnknownUser,
    ValidationError,
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
    loose_permissions,
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
    raised_to_floor,
)
from nap_desktop.store.keyslots import KeySlot, KeySlotFile
from nap_desktop.store.lockfile import VaultLock
from nap_desktop.store.signing import Signer
from nap_desktop.store.unlock_guard import Clock, FailedUnlock, UnlockGuard, utc_now

DB_FILE = "vault.db"
KEYSLOT_FILE = "keyslots.json"
KEYSLOT_NEXT_FILE = "keyslots.next.json"
LOCK_FILE = "vault.lock"
UNLOCK_STATE_FILE = "unlock-state.json"
#: The unlock guard's key for the recovery key; user names are keyed "user:<name>".
RECOVERY_GUARD_NAME = "recovery"
_VAULT_FILES = (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", KEYSLOT_FILE, KEYSLOT_NEXT_FILE,
                anchor.ANCHOR_FILE)


def _zero(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


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
        if any((path / name).exists() for name in _VAULT_FILES):
            raise VaultExists()
        make_private_dir(path)
        lock = VaultLock(path / LOCK_FILE)
        lock.acquire()
        engine: Engine | None = None
        created: list[Path] = []
        try:
            if any((path / name).exists() for name in _VAULT_FILES):
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
            created += [path / name for name in _VAULT_FILES[:3]]
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
            _zero(dek)
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
            _zero(dek)  # the old key: it no longer opens anything
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
            _zero(dek)
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
            _zero(dek)
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


class UnlockedVault:
    """The data key and the engine of an unlocked vault, and the key-slot operations.

    ``engine`` can change (key rotation), so callers ask for it each time."""

    def __init__(self, *, vault: Vault, file: KeySlotFile, slot: KeySlot, data_key: bytearray,
                 engine: Engine, failed_unlocks: list[FailedUnlock],
                 new_slot_kdf: KdfParams, signing_key: Ed25519PrivateKey,
                 root: bytes) -> None:
        self.vault_id = file.vault_id
        #: The root of authority this user's own slot is bound to (empty: not bound yet).
        #: Only this user's secret could have written it (see ``keyslots.py``).
        self.slot_root = root
        self._unbound: tuple[bytes, X25519PrivateKey] | None = None
        self.user_id = slot.user_id
        self.purpose = slot.purpose
        #: Signs the grants and audit events of this session (see ``services/grants.py``).
        self.signer = Signer(principal=slot.user_id, private_key=signing_key)
        self.failed_unlocks = failed_unlocks
        self._slot_id = slot.slot_id
        self.path = vault.path
        self._guard = vault._guard  # the same failed-attempt limits as unlocking
        self._anchor = vault._anchor
        #: Saved work found missing at this unlock and accepted (``accept_lost_work``).
        self.lost_work: anchor.LostWork | None = None
        #: The restored-from-backup marker this unlock consumed, to report (``anchor.py``).
        self.restored: anchor.Restored | None = None
        self._file = file
        self._dek = data_key
        self._engine: Engine | None = engine
        self._new_slot_kdf = new_slot_kdf
        self._mutex = threading.RLock()

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        engine = self._engine
        if engine is None:
            # A key rotation (remove_user_slot, on a worker thread) holds the mutex while
            # the engine is swapped: wait for it rather than report a locked vault.
            with self._mutex:
                engine = self._engine
        if engine is None:
            raise VaultError(N_("The vault is locked."))
        return engine

    @property
    def generation(self) -> int:
        return self._file.generation

    def has_slot(self, user_id: str) -> bool:
        return self._file.user_slot(user_id) is not None

    def user_names(self) -> list[str]:
        return sorted(s.user_name for s in self._file.slots if s.purpose == ks.PURPOSE_USER)

    def slot_signing_keys(self) -> dict[str, bytes]:
        """Each slot's signing public key by principal (user id or "recovery"); empty bytes
        for a slot whose user has not unlocked since the upgrade to format 2."""
        return {s.user_id: s.signing_public_key for s in self._file.slots}

    def slot_roots(self) -> dict[str, bytes]:
        """The root of authority each bound slot names in clear, by principal (see
        ``keyslots.py``: none of them can be removed or changed unnoticed)."""
        return {s.user_id: s.root for s in self._file.slots if s.root}

    # --- key slots -------------------------------------------------------------------

    def _write_slots(self, slots: list[KeySlot]) -> None:
        file = ks.signed_file(vault_id=self.vault_id, generation=self._file.generation,
                              slots=slots, data_key=self._dek)
        write_private_file(self.path / KEYSLOT_FILE, ks.serialize(file))
        self._file = file

    def _slot_for(self, *, purpose: str, user_id: str, user_name: str, secret: bytes,
                  slot_id: str | None = None,
                  signing_key: Ed25519PrivateKey | None = None) -> KeySlot:
        return ks.new_slot(vault_id=self.vault_id, generation=self._file.generation,
                           purpose=purpose, user_id=user_id, user_name=user_name, secret=secret,
                           params=raised_to_floor(self._new_slot_kdf), data_key=self._dek,
                           slot_id=slot_id, signing_key=signing_key, root=self.slot_root)

    def bind_root(self, root: bytes) -> None:
        """Bind this user's own slot to the vault's verified root of authority (a slot from
        before format 3, at its first verified unlock). Nothing to do if already bound."""
        with self._mutex:
            if self._unbound is None or self.slot_root:
                return
            wrapping_key, private = self._unbound
            old = next(s for s in self._file.slots if s.slot_id == self._slot_id)
            bound = ks.with_root(old, vault_id=self.vault_id, wrapping_key=wrapping_key,
                                 private=private, root=root)
            self._write_slots([bound if s is old else s for s in self._file.slots])
            self.slot_root, self._unbound = root, None

    def add_user_slot(self, *, user_id: str, user_name: str, passphrase: str) -> bytes:
        """Give a user their own way in (one Argon2id run). The database is untouched.
        Returns the new slot's signing public key (for the grant that names it)."""
        ks.check_identity(user_id, user_name)
        with self._mutex:
            self.engine  # noqa: B018 - raises if locked
            if self._file.user_slot(user_id) or self._file.slot_named(user_name):
                raise ValidationError(N_("That user already has a key slot."), field="name")
            slot = self._slot_for(purpose=ks.PURPOSE_USER, user_id=user_id, user_name=user_name,
                                  secret=passphrase_bytes(passphrase))
            self._write_slots([*self._file.slots, slot])
            return slot.signing_public_key

    def change_passphrase(self, *, user_id: str, new_passphrase: str) -> bytes:
        """Replace one user's slot (new key pair, new salt, same data key). Works without
        the old passphrase, so an administrator can reset it; the database is untouched.
        Your own slot keeps your signing key; a reset gives the user a new one (nobody else
        ever holds a user's signing key). Returns the slot's signing public key."""
        with self._mutex:
            self.engine  # noqa: B018 - raises if locked
            old = self._file.user_slot(user_id)
            if old is None:
                raise UnknownUser()
            own = self.signer.private_key if user_id == self.signer.principal else None
            if own is not None:
                self._unbound = None  # the new slot is wrapped under the new passphrase
            slot = self._slot_for(purpose=ks.PURPOSE_USER, user_id=user_id,
                                  user_name=old.user_name, slot_id=old.slot_id,
                                  secret=passphrase_bytes(new_passphrase), signing_key=own)
            self._write_slots([slot if s is old else s for s in self._file.slots])
            return slot.signing_public_key

    def verify_passphrase(self, user_id: str, passphrase: str) -> None:
        """Check a user's current passphrase against their slot (one Argon2id run), under
        the same failed-attempt limits as unlocking: WrongPassphrase or LockedOut."""
        slot = self._file.user_slot(user_id)
        if slot is None:
            raise UnknownUser()
        guard_name = f"user:{slot.user_name}"
        self._guard.check(guard_name)
        try:
            ks.unwrap_private_key(slot, vault_id=self.vault_id,
                                  secret=passphrase_bytes(passphrase))
        except WrongPassphrase:
            self._guard.record_failure(guard_name)
            raise

    def remove_user_slot(self, user_id: str) -> None:
        """Delete a user's slot and rotate the data key: the database is rekeyed, and the
        new key sealed to every remaining slot's public key. A copy of the old key (or of
        the old slot file) no longer opens the database."""
        with self._mutex:
            engine = self.engine
            gone = self._file.user_slot(user_id)
            if gone is None:
                raise UnknownUser()
            remaining = [s for s in self._file.slots if s is not gone]
            if not any(s.purpose == ks.PURPOSE_USER for s in remaining):
                raise VaultError(N_("The last user of a vault cannot be removed."))
            pool = engine.pool
            if isinstance(pool, QueuePool) and pool.checkedout():
                raise VaultError(N_("The vault is busy. Wait for other work to finish and retry."))
            generation = self._file.generation + 1
            new_dek = bytearray(secrets.token_bytes(ks.DATA_KEY_BYTES))
            resealed = [ks.seal_data_key(s, vault_id=self.vault_id, generation=generation,
                                         data_key=new_dek) for s in remaining]
            new_file = ks.signed_file(vault_id=self.vault_id, generation=generation,
                                      slots=resealed, data_key=new_dek)
            pending = self.path / KEYSLOT_NEXT_FILE
            write_private_file(pending, ks.serialize(new_file))
            engine.dispose()
            self._engine = None
            self._rotate(new_file, new_dek)

    def _rotate(self, new_file: KeySlotFile, new_dek: bytearray) -> None:
        db_path, pending = self.path / DB_FILE, self.path / KEYSLOT_NEXT_FILE
        try:
            db.rekey_database(db_path, self._dek, new_dek)
        except BaseException:
            try:
                self._engine = db.make_engine(db_path, self._dek, self._anchor)
            except VaultDamaged:
                pass  # the rekey reached the database after all: finish below
            else:
                remove_file(pending)
                _zero(new_dek)
                raise
        engine = db.make_engine(db_path, new_dek, self._anchor)
        # The anchor moves to the new key before the slot file does: a crash in between
        # is finished at the next unlock, which still knows the old key (_open_database).
        self._anchor.arm(new_file.generation, new_dek)
        self._anchor.write(anchor.database_counter(engine))
        os.replace(pending, self.path / KEYSLOT_FILE)
        fsync_dir(self.path)
        _zero(self._dek)
        self._dek, self._file = new_dek, new_file
        self._engine = engine

    # --- checks, backups, locking -----------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Database pages, structure and references, plus the slot file on disk."""
        with self._mutex:
            problems = db.integrity_problems(self.engine)
            try:
                on_disk = ks.read_keyslots(self.path / KEYSLOT_FILE)
                ks.verify_mac(on_disk, self._dek)
                if on_disk != self._file:
                    problems.append("The key slot file on disk differs from the one in use.")
            except VaultError as exc:
                problems.append(f"Key slots: {exc.message}")
            if (self.path / KEYSLOT_NEXT_FILE).exists():
                problems.append("An interrupted key rotation left keyslots.next.json behind.")
            with contextlib.suppress(sa_exc.DBAPIError):  # damage: reported above
                lost = anchor.missing_work(self.path, self.engine, vault_id=self.vault_id,
                                           keys={self.generation: anchor.mac_key(self._dek)})
                if lost is not None:
                    problems.append(lost.message)
            problems += loose_permissions(
                [self.path, *(self.path / n for n in (*_VAULT_FILES, UNLOCK_STATE_FILE))])
            return problems

    def snapshot(self, db_target: Path) -> tuple[bytes, int]:
        """For backups: an encrypted, consistent copy of the database at ``db_target`` and
        the verified slot file that opens it (its bytes and generation), taken together."""
        with self._mutex:
            self.engine  # noqa: B018 - raises if locked
            db.copy_database(self.path / DB_FILE, self._dek, db_target)
            return ks.serialize(self._file), self._file.generation

    def lock(self) -> None:
        """Dispose of the engine and zero the data key. The object is unusable afterwards;
        the folder stays locked by its :class:`Vault` until that is closed."""
        with self._mutex:
            if self._engine is not None:
                _optimize(self._engine)
                self._engine.dispose()
                self._engine = None
            self._anchor.disarm()
            _zero(self._dek)
            self.failed_unlocks = []
            self._unbound = None


def _optimize(engine: Engine) -> None:
    """Refresh the planner's statistics where they went stale (SQLite's advice: run
    ``PRAGMA optimize`` before closing). Bounded, and never a reason to fail a lock."""
    with contextlib.suppress(Exception), engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit = 400")
        conn.exec_driver_sql("PRAGMA optimize")
