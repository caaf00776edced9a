"""The database must be this vault's, one process at a time, and restores and key
rotations keep the commit anchor honest."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from nap_desktop.domain.errors import CommittedWorkLost, NotAVaultDatabase, VaultInUse
from nap_desktop.store import engine as db
from nap_desktop.store.anchor import ANCHOR_FILE
from nap_desktop.store.backup import backup_vault, restore_vault
from nap_desktop.store.vault import DB_FILE, LOCK_FILE, Vault
from tests.store.conftest import ADMIN_PASSPHRASE, MadeVault, read_notes, write_canary
from tests.store.test_lockfile import ROOT, start_holder

OPENER = """
import sys
from pathlib import Path
from nap_desktop.domain.errors import VaultInUse
from nap_desktop.store.vault import Vault
try:
    Vault.open(Path(sys.argv[1])).close()
except VaultInUse:
    print("in use")
else:
    print("opened")
"""


def test_an_emptied_database_is_refused_and_gets_no_fresh_schema(
        make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    write_canary(made.unlocked.engine)
    made.vault.close()
    (made.path / DB_FILE).write_bytes(b"")
    with Vault.open(made.path) as vault, pytest.raises(NotAVaultDatabase, match="empty"):
        vault.unlock("admin", ADMIN_PASSPHRASE)
    assert (made.path / DB_FILE).stat().st_size == 0  # nothing was created in it


def test_a_database_with_a_foreign_application_id_is_refused(
        make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    with made.unlocked.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA application_id = 1234")
    made.vault.close()
    with Vault.open(made.path) as vault, pytest.raises(NotAVaultDatabase):
        vault.unlock("admin", ADMIN_PASSPHRASE)


def test_a_vault_from_before_the_application_id_gets_it_on_upgrade(
        make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    with made.unlocked.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num TEXT)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001')")
        conn.exec_driver_sql("PRAGMA application_id = 0")
    made.vault.close()
    with Vault.open(made.path) as vault:
        unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
        with unlocked.engine.connect() as conn:
            found = conn.exec_driver_sql("PRAGMA application_id").scalar()
        assert found == db.APPLICATION_ID
        unlocked.lock()


def test_deleting_the_lock_file_does_not_let_a_second_process_in(vault: MadeVault) -> None:
    vault.vault.close()
    holder = start_holder(vault.path, "sleep")
    try:
        (vault.path / LOCK_FILE).unlink()
        second = subprocess.run([sys.executable, "-c", OPENER, str(vault.path)], cwd=ROOT,
                                capture_output=True, text=True, timeout=60, check=True)
        assert second.stdout.strip() == "in use", second.stderr
        with pytest.raises(VaultInUse):
            Vault.open(vault.path)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    vault.vault = Vault.open(vault.path)  # free again once the holder is gone


def test_a_restored_backup_is_older_than_the_anchor_and_that_is_no_loss(
        make_vault: Callable[..., MadeVault], tmp_path: Path) -> None:
    made = make_vault()
    write_canary(made.unlocked.engine, "kept")
    backup = tmp_path / "vault.napbackup"
    backup_vault(made.unlocked, made.path, backup)
    for i in range(3):
        write_canary(made.unlocked.engine, f"after the backup {i}")
    made.vault.close()
    restore_vault(backup, made.path, overwrite=True)
    with Vault.open(made.path) as vault:
        unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
        assert read_notes(unlocked.engine) == ["kept"]
        assert unlocked.integrity_problems() == []
        unlocked.lock()
    assert b'"mac"' in (made.path / ANCHOR_FILE).read_bytes()  # authenticated again


def test_the_anchor_follows_a_key_rotation(make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault(with_ana=True)
    write_canary(made.unlocked.engine)
    made.unlocked.remove_user_slot(made.others["ana"])
    made.vault.close()
    rotated = (made.path / DB_FILE).read_bytes()
    with Vault.open(made.path) as vault:
        unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
        assert unlocked.generation == 2
        for i in range(2):
            write_canary(unlocked.engine, f"after the rotation {i}")
        unlocked.lock()
    (made.path / DB_FILE).write_bytes(rotated)
    with Vault.open(made.path) as vault, pytest.raises(CommittedWorkLost) as info:
        vault.unlock("admin", ADMIN_PASSPHRASE)
    assert info.value.lost_changes == 2
