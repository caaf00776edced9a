"""An unlocked vault: the data key and the database engine of one session, and the
key-slot operations that need them (adding and removing users, passphrases, rotating the
data key). :class:`~nap_desktop.store.vault.Vault` unlocks it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool

from nap_desktop.domain.errors import (
    UnknownUser,
    ValidationError,
    VaultDamaged,
    VaultError,
    VaultLocked,
    WrongPassphrase,
)
from nap_desktop.domain.messages import N_
from nap_desktop.store import anchor
from nap_desktop.store import engine as db
from nap_desktop.store import keyslots as ks
from nap_desktop.store.atomic import (
    fsync_dir,
    loose_permissions,
    remove_file,
    write_private_file,
)
from nap_desktop.store.kdf import (
    KdfParams,
    passphrase_bytes,
    raised_to_floor,
)
from nap_desktop.store.keyslots import KeySlot, KeySlotFile
from nap_desktop.store.signing import Signer
from nap_desktop.store.unlock_guard import FailedUnlock
from nap_desktop.store.vault_files import (
    DB_FILE,
    KEYSLOT_FILE,
    KEYSLOT_NEXT_FILE,
    UNLOCK_STATE_FILE,
    VAULT_FILES,
    zero,
)

if TYPE_CHECKING:
    from nap_desktop.store.vault import Vault



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
            raise VaultLocked(N_("The vault is locked."))
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
                zero(new_dek)
                raise
        engine = db.make_engine(db_path, new_dek, self._anchor)
        # The anchor moves to the new key before the slot file does: a crash in between
        # is finished at the next unlock, which still knows the old key (_open_database).
        self._anchor.arm(new_file.generation, new_dek)
        self._anchor.write(anchor.database_counter(engine))
        os.replace(pending, self.path / KEYSLOT_FILE)
        fsync_dir(self.path)
        zero(self._dek)
        self._dek, self._file = new_dek, new_file
        self._engine = engine

    # --- team sync (issue #12, nap_desktop/sync/team.py) -------------------------------

    def team_data_key(self) -> bytes:
        """A copy of the data key, for team sync only: sealed to a device an administrator
        approves, and the ikm of the sync key. Never stored or logged by the caller."""
        self.engine  # noqa: B018 - raises if locked
        return bytes(self._dek)

    def slot_file_for(self, user_id: str) -> bytes:
        """A key-slot file holding only this user's slot and the recovery slot, signed
        with the data key: what a device approved for the user unlocks with (their own
        passphrase; the file is handed over sealed to the device)."""
        with self._mutex:
            self.engine  # noqa: B018 - raises if locked
            slot = self._file.user_slot(user_id)
            if slot is None:
                raise UnknownUser()
            kept = [slot, *(s for s in self._file.slots if s.purpose == ks.PURPOSE_RECOVERY)]
            file = ks.signed_file(vault_id=self.vault_id, generation=self._file.generation,
                                  slots=kept, data_key=self._dek)
            return ks.serialize(file)

    def next_slot_file(self, new_key: bytes, *,
                       drop_users: frozenset[str] = frozenset()) -> KeySlotFile:
        """This vault's key-slot file for the next generation under ``new_key`` (without
        the slots of ``drop_users``): what a team rotation hands the other devices."""
        with self._mutex:
            self.engine  # noqa: B018 - raises if locked
            generation = self._file.generation + 1
            dek = bytearray(new_key)
            resealed = [ks.seal_data_key(s, vault_id=self.vault_id, generation=generation,
                                         data_key=dek)
                        for s in self._file.slots if s.user_id not in drop_users]
            return ks.signed_file(vault_id=self.vault_id, generation=generation,
                                  slots=resealed, data_key=dek)

    def adopt_data_key(self, new_key: bytes, generation: int, *,
                       drop_users: frozenset[str] = frozenset()) -> None:
        """A key rotation that came through the team log: rekey the database to
        ``new_key`` (generation ``generation``), reseal the remaining local slots to it and
        drop the slots of ``drop_users``. Crash-safe like ``remove_user_slot``."""
        with self._mutex:
            engine = self.engine
            if generation <= self._file.generation:
                return  # already adopted (a retried sync)
            remaining = [s for s in self._file.slots if s.user_id not in drop_users]
            pool = engine.pool
            if isinstance(pool, QueuePool) and pool.checkedout():
                raise VaultError(N_("The vault is busy. Wait for other work to finish and retry."))
            dek = bytearray(new_key)
            resealed = [ks.seal_data_key(s, vault_id=self.vault_id, generation=generation,
                                         data_key=dek) for s in remaining]
            new_file = ks.signed_file(vault_id=self.vault_id, generation=generation,
                                      slots=resealed, data_key=dek)
            write_private_file(self.path / KEYSLOT_NEXT_FILE, ks.serialize(new_file))
            engine.dispose()
            self._engine = None
            self._rotate(new_file, dek)

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
                [self.path, *(self.path / n for n in (*VAULT_FILES, UNLOCK_STATE_FILE))])
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
            zero(self._dek)
            self.failed_unlocks = []
            self._unbound = None


def _optimize(engine: Engine) -> None:
    """Refresh the planner's statistics where they went stale (SQLite's advice: run
    ``PRAGMA optimize`` before closing). Bounded, and never a reason to fail a lock."""
    with contextlib.suppress(Exception), engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit = 400")
        conn.exec_driver_sql("PRAGMA optimize")
