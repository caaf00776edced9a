"""Backups: one file holding an encrypted, consistent copy of the vault.

The file is a ZIP archive (stored, not compressed: the database is encrypted and would not
shrink) with three members: ``nap-backup.json`` (manifest), ``vault.db`` (a copy made with
SQLite's online backup API into a target keyed with the same data key, so it is encrypted
exactly like the original) and ``keyslots.json``. It unlocks with the same passphrases and
recovery key as the vault it came from.

The manifest's SHA-256 hashes catch accidental damage. They are not a signature: whoever
can write the file can recompute them. Authenticity comes from the vault itself when the
restored copy is unlocked (the slot file's HMAC and SQLCipher's page HMACs).

A restored database is legitimately older than the vault's commit anchor (``vault.anchor``,
``store/anchor.py``): the restore writes a "restored" marker in its place, which the first
unlock replaces with an authenticated anchor.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from nap_desktop.domain.errors import (
    BackupDamaged,
    BackupError,
    RestoreRefused,
    VaultDamaged,
    VaultTooNew,
)
from nap_desktop.domain.messages import N_
from nap_desktop.store import keyslots as ks
from nap_desktop.store.anchor import ANCHOR_FILE, restored_marker
from nap_desktop.store.atomic import (
    create_private_file,
    fsync_dir,
    make_private_dir,
    private_output,
)
from nap_desktop.store.lockfile import VaultLock
from nap_desktop.store.vault import (
    DB_FILE,
    KEYSLOT_FILE,
    KEYSLOT_NEXT_FILE,
    LOCK_FILE,
    UNLOCK_STATE_FILE,
    UnlockedVault,
)

BACKUP_FORMAT = "nap-backup"
BACKUP_VERSION = 1
MANIFEST_NAME = "nap-backup.json"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATABASE_BYTES = 64 * 1024**3
PAGE_BYTES = 4096
_MEMBERS = (DB_FILE, KEYSLOT_FILE)
_LIMITS = {DB_FILE: MAX_DATABASE_BYTES, KEYSLOT_FILE: ks.MAX_FILE_BYTES}
_CHUNK = 1024 * 1024
_KNOWN_VAULT_NAMES = frozenset({DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", KEYSLOT_FILE,
                                KEYSLOT_NEXT_FILE, LOCK_FILE, UNLOCK_STATE_FILE, ANCHOR_FILE})
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def backup_vault(unlocked: UnlockedVault, vault_dir: Path, out: Path) -> None:
    """Write a backup of the unlocked vault in ``vault_dir`` to ``out`` (atomically, 0600)."""
    if vault_dir.resolve() != unlocked.path.resolve():
        raise ValueError("vault_dir is not the folder of this unlocked vault")
    try:
        with tempfile.TemporaryDirectory(prefix=".nap-backup-", dir=out.parent) as tmp:
            copy = Path(tmp) / DB_FILE
            create_private_file(copy).close()
            slot_bytes, generation = unlocked.snapshot(copy)
            db_hash, db_size = _sha256_file(copy)
            manifest = {
                "format": BACKUP_FORMAT, "version": BACKUP_VERSION,
                "vault_id": unlocked.vault_id, "generation": generation,
                "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "members": {
                    DB_FILE: {"sha256": db_hash, "size": db_size},
                    KEYSLOT_FILE: {"sha256": hashlib.sha256(slot_bytes).hexdigest(),
                                   "size": len(slot_bytes)},
                },
            }
            with private_output(out) as handle, zipfile.ZipFile(
                    handle, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, sort_keys=True))
                archive.write(copy, DB_FILE)
                archive.writestr(KEYSLOT_FILE, slot_bytes)
    except OSError as exc:
        raise BackupError(
            N_("The backup could not be written: {reason}."), reason=exc.strerror or "error"
        ) from exc


# --- restore -----------------------------------------------------------------------


def restore_vault(backup: Path, target_dir: Path, *, overwrite: bool = False) -> None:
    """Restore ``backup`` into ``target_dir``.

    :class:`BackupDamaged` if the archive is not exactly what :func:`backup_vault` writes;
    :class:`RestoreRefused` if a vault is there and ``overwrite`` is False (or the folder
    holds other files); :class:`VaultInUse` if that vault is open. The archive is unpacked
    and checked in a folder beside the target, then swapped in with two renames."""
    target_dir = target_dir.absolute()
    if target_dir.exists() and not target_dir.is_dir():
        raise RestoreRefused(N_("The restore target is a file, not a folder."))
    created = not target_dir.exists()
    if not created:
        if any(n not in _KNOWN_VAULT_NAMES and not _is_temp(n) for n in os.listdir(target_dir)):
            raise RestoreRefused(N_("That folder holds other files. Choose an empty folder."))
        if _holds_vault(target_dir) and not overwrite:
            raise RestoreRefused()
    make_private_dir(target_dir)
    lock = VaultLock(target_dir / LOCK_FILE)
    staging: Path | None = None
    done = False
    try:
        lock.acquire()
        if _holds_vault(target_dir) and not overwrite:  # appeared meanwhile
            raise RestoreRefused()
        staging = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}.restore-",
                                        dir=target_dir.parent))
        _extract(backup, staging)
        _swap_in(staging, target_dir, lock)
        done = True
    except OSError as exc:
        raise BackupError(
            N_("The backup could not be restored: {reason}."), reason=exc.strerror or "error"
        ) from exc
    finally:
        lock.release()
        if staging is not None and not done:
            shutil.rmtree(staging, ignore_errors=True)
        if created and not done:
            shutil.rmtree(target_dir, ignore_errors=True)


def _holds_vault(folder: Path) -> bool:
    return (folder / KEYSLOT_FILE).exists() or (folder / DB_FILE).exists()


def _is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")


def _swap_in(staging: Path, target_dir: Path, lock: VaultLock) -> None:
    """Old folder aside, new folder in place, old folder deleted. A crash between the two
    renames leaves the complete restored vault in ``.<name>.restore-*`` (see the docs)."""
    aside = target_dir.with_name(f".{target_dir.name}.old-{secrets.token_hex(4)}")
    os.rename(target_dir, aside)
    os.rename(staging, target_dir)
    fsync_dir(target_dir.parent)
    lock.release()
    shutil.rmtree(aside, ignore_errors=True)


def _damaged() -> BackupDamaged:
    return BackupDamaged()


def _extract(backup: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(backup) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            names = sorted(info.filename for info in archive.infolist())
            if names != sorted([MANIFEST_NAME, *_MEMBERS]):
                raise _damaged()  # also rules out duplicates and any path but these three
            for info in infos.values():
                if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
                    raise _damaged()
            if infos[MANIFEST_NAME].file_size > MAX_MANIFEST_BYTES:
                raise _damaged()
            manifest = _parse_manifest(archive.read(MANIFEST_NAME))
            for name in _MEMBERS:
                expected = manifest["members"][name]
                if infos[name].file_size != expected["size"]:
                    raise _damaged()
                with archive.open(infos[name]) as source:
                    _copy_checked(source, staging / name, expected["size"], expected["sha256"])
        slots = ks.parse((staging / KEYSLOT_FILE).read_bytes())
    except (VaultDamaged, VaultTooNew, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError,
            ValueError, KeyError, TypeError, RecursionError):
        raise _damaged() from None
    if slots.vault_id != manifest["vault_id"] or slots.generation != manifest["generation"]:
        raise _damaged()
    with create_private_file(staging / ANCHOR_FILE) as out:
        out.write(restored_marker(slots.vault_id))
        out.flush()
        os.fsync(out.fileno())
    fsync_dir(staging)


def _copy_checked(source: IO[bytes], dest: Path, size: int, sha256: str) -> None:
    digest, copied = hashlib.sha256(), 0
    with create_private_file(dest) as out:
        while chunk := source.read(_CHUNK):
            copied += len(chunk)
            if copied > size:
                raise _damaged()
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if copied != size or not secrets.compare_digest(digest.hexdigest(), sha256):
        raise _damaged()


def _parse_manifest(raw: bytes) -> dict[str, Any]:
    doc = json.loads(raw.decode("utf-8"))
    keys = {"format", "version", "vault_id", "generation", "created", "members"}
    if not isinstance(doc, dict) or set(doc) != keys:
        raise _damaged()
    if doc["format"] != BACKUP_FORMAT or doc["version"] != BACKUP_VERSION:
        raise _damaged()
    if type(doc["generation"]) is not int or not isinstance(doc["vault_id"], str):
        raise _damaged()
    if not isinstance(doc["created"], str):
        raise _damaged()
    datetime.fromisoformat(doc["created"])  # ValueError -> damaged
    members = doc["members"]
    if not isinstance(members, dict) or set(members) != set(_MEMBERS):
        raise _damaged()
    for name in _MEMBERS:
        entry = members[name]
        if not isinstance(entry, dict) or set(entry) != {"sha256", "size"}:
            raise _damaged()
        size = entry["size"]
        if type(size) is not int or not 0 < size <= _LIMITS[name]:
            raise _damaged()
        if not isinstance(entry["sha256"], str) or not _HEX64.fullmatch(entry["sha256"]):
            raise _damaged()
    if members[DB_FILE]["size"] % PAGE_BYTES:
        raise _damaged()
    return doc
