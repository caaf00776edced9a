"""Backups: one encrypted file; strict, atomic restores."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from nap_desktop.domain.errors import BackupDamaged, RestoreRefused, VaultInUse
from nap_desktop.store.backup import MANIFEST_NAME, backup_vault, restore_vault
from nap_desktop.store.vault import DB_FILE, KEYSLOT_FILE, Vault
from tests.store.conftest import (
    ADMIN_PASSPHRASE,
    ANA_PASSPHRASE,
    CANARY,
    MadeVault,
    assert_no_canary,
    read_notes,
    write_canary,
)


@pytest.fixture
def backed_up(vault: MadeVault, tmp_path: Path) -> tuple[MadeVault, Path]:
    for i in range(50):
        write_canary(vault.unlocked.engine, f"{CANARY} {i}")
    out = tmp_path / "backups" / "vault.napbackup"
    out.parent.mkdir()
    backup_vault(vault.unlocked, vault.path, out)
    return vault, out


def rewrite_zip(source: Path, dest: Path,
                edit: Callable[[dict[str, bytes]], dict[str, bytes]],
                compression: int = zipfile.ZIP_STORED) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(dest, "w", compression=compression) as archive:
        for name, data in edit(members).items():
            archive.writestr(name, data)


def test_backup_is_private_encrypted_and_described(backed_up: tuple[MadeVault, Path]) -> None:
    vault, out = backed_up
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(os.listdir(out.parent)) == [out.name]  # no temporary copy left behind
    assert_no_canary([out])
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted([MANIFEST_NAME, DB_FILE, KEYSLOT_FILE])
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}
        manifest = json.loads(archive.read(MANIFEST_NAME))
        db_bytes = archive.read(DB_FILE)
        assert manifest["vault_id"] == vault.unlocked.vault_id
        assert manifest["generation"] == vault.unlocked.generation
        assert manifest["members"][DB_FILE]["sha256"] == hashlib.sha256(db_bytes).hexdigest()
        assert db_bytes[:16] != b"SQLite format 3\x00"


def test_round_trip_unlocks_with_the_same_secrets(backed_up: tuple[MadeVault, Path],
                                                  tmp_path: Path) -> None:
    vault, out = backed_up
    write_canary(vault.unlocked.engine, "after the backup")
    target = tmp_path / "restored"
    restore_vault(out, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restored")]
    with Vault.open(target, clock=vault.clock) as restored:
        assert restored.vault_id == vault.unlocked.vault_id
        unlocked = restored.unlock("ana", ANA_PASSPHRASE)
        notes = read_notes(unlocked.engine)
        assert len(notes) == 50 and "after the backup" not in notes
        assert unlocked.integrity_problems() == []
        unlocked.lock()
        restored.unlock("admin", ADMIN_PASSPHRASE).lock()
        restored.unlock_with_recovery(vault.recovery_key).lock()


def test_backup_after_key_rotation(vault: MadeVault, tmp_path: Path) -> None:
    write_canary(vault.unlocked.engine)
    vault.unlocked.remove_user_slot(vault.others["ana"])
    out = tmp_path / "rotated.zip"
    backup_vault(vault.unlocked, vault.path, out)
    restore_vault(out, tmp_path / "r")
    with Vault.open(tmp_path / "r") as restored:
        assert restored.user_names() == ["admin"]
        assert read_notes(restored.unlock("admin", ADMIN_PASSPHRASE).engine) == [CANARY]


def test_restore_refuses_to_overwrite_without_consent(backed_up: tuple[MadeVault, Path],
                                                      make_vault: Callable[..., MadeVault]
                                                      ) -> None:
    _, out = backed_up
    other = make_vault("other")
    write_canary(other.unlocked.engine, "the other vault")
    other.vault.close()
    before = (other.path / KEYSLOT_FILE).read_bytes()
    with pytest.raises(RestoreRefused):
        restore_vault(out, other.path)
    assert (other.path / KEYSLOT_FILE).read_bytes() == before
    other.vault = Vault.open(other.path)
    with pytest.raises(VaultInUse):
        restore_vault(out, other.path, overwrite=True)
    other.vault.close()
    restore_vault(out, other.path, overwrite=True)
    other.vault = Vault.open(other.path)
    assert len(read_notes(other.vault.unlock("ana", ANA_PASSPHRASE).engine)) == 50
    assert not [p for p in other.path.parent.iterdir() if p.name.startswith(".other")]


def test_restore_refuses_a_folder_with_other_files(backed_up: tuple[MadeVault, Path],
                                                   tmp_path: Path) -> None:
    _, out = backed_up
    target = tmp_path / "documents"
    target.mkdir()
    (target / "letter.txt").write_text("keep me")
    with pytest.raises(RestoreRefused):
        restore_vault(out, target, overwrite=True)
    assert os.listdir(target) == ["letter.txt"]


def _flip_db_byte(m: dict[str, bytes]) -> dict[str, bytes]:
    db = bytearray(m[DB_FILE])
    db[5000] ^= 1
    return m | {DB_FILE: bytes(db)}


def _fix_manifest(m: dict[str, bytes], **members: bytes) -> dict[str, bytes]:
    manifest = json.loads(m[MANIFEST_NAME])
    for name, data in members.items():
        manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(),
                                     "size": len(data)}
    return m | members | {MANIFEST_NAME: json.dumps(manifest).encode()}


TAMPERS: dict[str, Callable[[dict[str, bytes]], dict[str, bytes]]] = {
    "flipped db byte": _flip_db_byte,
    "manifest hash edited": lambda m: m | {MANIFEST_NAME: m[MANIFEST_NAME].replace(
        json.loads(m[MANIFEST_NAME])["members"][KEYSLOT_FILE]["sha256"].encode(), b"0" * 64)},
    "extra member": lambda m: m | {"extra.txt": b"hello"},
    "path traversal": lambda m: {("../" + k if k == DB_FILE else k): v for k, v in m.items()},
    "absolute path": lambda m: {("/tmp/" + k if k == KEYSLOT_FILE else k): v
                                for k, v in m.items()},
    "missing member": lambda m: {k: v for k, v in m.items() if k != KEYSLOT_FILE},
    "manifest not json": lambda m: m | {MANIFEST_NAME: b"{nope"},
    "wrong vault id": lambda m: m | {MANIFEST_NAME: m[MANIFEST_NAME].replace(
        json.loads(m[MANIFEST_NAME])["vault_id"].encode(),
        b"00000000-0000-4000-8000-000000000000")},
    "slot file swapped, hashes fixed": lambda m: _fix_manifest(m, **{KEYSLOT_FILE: b"{}"}),
    "db cut mid-page, hashes fixed": lambda m: _fix_manifest(m, **{DB_FILE: m[DB_FILE][:4000]}),
}


@pytest.mark.parametrize("name", list(TAMPERS))
def test_tampered_backups_are_refused(backed_up: tuple[MadeVault, Path], tmp_path: Path,
                                      name: str) -> None:
    _, out = backed_up
    bad = tmp_path / "bad.zip"
    rewrite_zip(out, bad, TAMPERS[name])
    with pytest.raises(BackupDamaged):
        restore_vault(bad, tmp_path / "target")
    assert not (tmp_path / "target").exists()
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]


def test_compressed_truncated_and_non_zip_backups_are_refused(
        backed_up: tuple[MadeVault, Path], tmp_path: Path) -> None:
    _, out = backed_up
    deflated = tmp_path / "deflated.zip"
    rewrite_zip(out, deflated, lambda m: m, compression=zipfile.ZIP_DEFLATED)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(os.urandom(10_000))
    for bad in (deflated, truncated, garbage):
        with pytest.raises(BackupDamaged):
            restore_vault(bad, tmp_path / "target")
        assert not (tmp_path / "target").exists()


def test_a_byte_flip_that_survives_the_hashes_is_caught_at_unlock(
        backed_up: tuple[MadeVault, Path], tmp_path: Path) -> None:
    """The manifest hashes are not a signature: the vault's own HMACs are the real check."""
    _vault, out = backed_up
    forged = tmp_path / "forged.zip"
    rewrite_zip(out, forged, lambda m: _fix_manifest(
        m, **{DB_FILE: _flip_db_byte(m)[DB_FILE]}))
    restore_vault(forged, tmp_path / "forged")
    with Vault.open(tmp_path / "forged") as restored:
        unlocked = restored.unlock("admin", ADMIN_PASSPHRASE)
        assert unlocked.integrity_problems() != []
