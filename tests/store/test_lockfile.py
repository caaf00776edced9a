"""One process, and one Vault object, per vault folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nap_desktop.domain.errors import VaultExists, VaultInUse
from nap_desktop.store.lockfile import VaultLock
from nap_desktop.store.vault import LOCK_FILE, Vault
from tests.store.conftest import ADMIN_PASSPHRASE, MadeVault

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import os, sys, time
from pathlib import Path
from nap_desktop.store.vault import Vault
vault = Vault.open(Path(sys.argv[1]))
print("locked", flush=True)
if sys.argv[2] == "exit":
    os._exit(0)
time.sleep(120)
"""


def start_holder(path: Path, how: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), how], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "locked", proc.stderr.read() if proc.stderr else ""
    return proc


def test_lock_is_exclusive_within_one_process(tmp_path: Path) -> None:
    path = tmp_path / LOCK_FILE
    first = VaultLock(path)
    with first:
        assert f"pid {os.getpid()}" in path.read_text()
        with pytest.raises(VaultInUse, match=f"pid {os.getpid()}"):
            VaultLock(path).acquire()
        with pytest.raises(VaultInUse):
            first.acquire()
    assert path.exists() and path.read_text() == ""  # released: kept, text cleared
    with VaultLock(path):
        pass
    first.release()  # idempotent


def test_second_vault_object_in_the_same_process_is_refused(vault: MadeVault) -> None:
    vault.reopen()
    with pytest.raises(VaultInUse):
        Vault.open(vault.path)
    with pytest.raises((VaultExists, VaultInUse)):
        Vault.create(vault.path, admin_user_id=vault.admin_id, admin_user_name="x",
                     passphrase="p")
    vault.vault.close()
    with Vault.open(vault.path) as again:
        again.unlock("admin", ADMIN_PASSPHRASE)
    vault.vault = Vault.open(vault.path)


def test_another_process_is_refused_until_it_is_killed(vault: MadeVault) -> None:
    vault.vault.close()
    holder = start_holder(vault.path, "sleep")
    try:
        with pytest.raises(VaultInUse, match=f"pid {holder.pid}"):
            Vault.open(vault.path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdout.close()  # type: ignore[union-attr]
        holder.stderr.close()  # type: ignore[union-attr]
    assert holder.returncode == -signal.SIGKILL
    vault.vault = Vault.open(vault.path)  # the OS dropped the dead process's lock
    vault.vault.unlock("admin", ADMIN_PASSPHRASE)


def test_lock_of_a_process_that_exited_without_cleanup_is_free(vault: MadeVault) -> None:
    vault.vault.close()
    holder = start_holder(vault.path, "exit")
    holder.communicate(timeout=30)
    assert holder.returncode == 0
    vault.vault = Vault.open(vault.path)


def test_child_process_sees_our_lock(vault: MadeVault) -> None:
    vault.reopen()
    result = subprocess.run([sys.executable, "-c", HOLDER, str(vault.path), "exit"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0 and "VaultInUse" in result.stderr
    assert f"pid {os.getpid()}" in (vault.path / LOCK_FILE).read_text()
