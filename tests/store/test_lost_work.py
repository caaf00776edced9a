"""Saved work lost from a crash-damaged WAL is reported (store/anchor.py).

A writer is killed with SIGKILL in the middle of committing batches; its WAL is then
deleted, truncated or has bits flipped, on copies of the killed state. Every loss of work
the writer had been told was committed must be refused at unlock with a message that says
how much; when nothing that was in the database is gone, nothing may be reported.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from nap_desktop.domain.errors import CommittedWorkLost, VaultDamaged
from nap_desktop.store import engine as db
from nap_desktop.store.anchor import ANCHOR_FILE
from nap_desktop.store.vault import DB_FILE, Vault
from tests.store.conftest import ADMIN_PASSPHRASE, MadeVault
from tests.store.crash_writer import CREATE_TABLE
from tests.store.test_robustness import run_until_killed

WAL = f"{DB_FILE}-wal"
ROUNDS = 20
DAMAGES_PER_ROUND = 10  # 200 damaged trials in all


def batches(db_path: Path, key: bytes) -> set[int]:
    """The batches a database holds, read with the key alone (the anchor is not touched)."""
    engine = db.make_engine(db_path, key)
    try:
        with engine.connect() as conn:
            return {row[0] for row in conn.exec_driver_sql("SELECT DISTINCT batch FROM batches")}
    finally:
        engine.dispose()


def damage(folder: Path, rng: random.Random, kind: str) -> None:
    wal = folder / WAL
    size = wal.stat().st_size
    if kind == "delete":
        wal.unlink()
    elif kind == "truncate":
        with open(wal, "r+b") as handle:
            handle.truncate(rng.randrange(size))
    else:  # flip: one to three bits anywhere in the WAL, header included
        data = bytearray(wal.read_bytes())
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(size)] ^= 1 << rng.randrange(8)
        wal.write_bytes(bytes(data))


def unlock_reports(folder: Path) -> CommittedWorkLost | VaultDamaged | None:
    """What unlocking says: the loss, or (when the damage makes SQLCipher refuse a page)
    that the database is damaged; either way the person is told, nothing is silent."""
    with Vault.open(folder) as vault:
        try:
            vault.unlock("admin", ADMIN_PASSPHRASE).lock()
        except (CommittedWorkLost, VaultDamaged) as error:
            return error
    return None


def killed_vault(make_vault: Callable[..., MadeVault], name: str, rng: random.Random,
                 ) -> tuple[Path, bytes, set[int]]:
    """A fresh vault whose writer was killed mid-stream: its folder, its key and the
    batches the writer was told were committed."""
    made = make_vault(name)
    key = bytes(made.unlocked._dek)  # white box: read copies without unlocking them
    with made.unlocked.engine.begin() as conn:
        conn.exec_driver_sql(CREATE_TABLE)
    made.vault.close()
    # As in any vault in use: the schema is in vault.db itself, not only in the WAL. (A WAL
    # that still holds everything since creation leaves an empty vault.db when it is lost;
    # that is refused as "not a vault database", a loud report too, but not the case this
    # test measures, and how often a slow writer met it depended on the machine's load.)
    raw = db.connect_raw(made.path / DB_FILE, key)
    try:
        db.checkpoint(raw)
    finally:
        raw.close()
    out = run_until_killed(made.path, "write", rng.uniform(0.1, 0.4),
                           {"NAP_TEST_FIRST_BATCH": "0"})
    return made.path, key, {int(x) for x in out}


def test_every_loss_of_committed_work_in_a_damaged_wal_is_reported(
        make_vault: Callable[..., MadeVault], tmp_path: Path) -> None:
    rng = random.Random(20261207)
    reported = missed = false_reports = trials = damaged = 0
    for round_no in range(ROUNDS):
        path, key, told = killed_vault(make_vault, f"vault{round_no}", rng)
        if not (path / WAL).exists() or (path / WAL).stat().st_size == 0:
            continue
        for trial in range(DAMAGES_PER_ROUND + 1):
            copy = tmp_path / f"copy{round_no}-{trial}"
            shutil.copytree(path, copy, ignore=shutil.ignore_patterns("vault.lock"))
            truth = batches_of_copy(copy, key, tmp_path / f"truth{round_no}-{trial}")
            kind = "none" if trial == 0 else rng.choice(["delete", "truncate", "flip"])
            if kind != "none":
                damage(copy, rng, kind)
                trials += 1
            error = unlock_reports(copy)
            if error is not None and not isinstance(error, CommittedWorkLost):
                # refused outright as damaged: reported, not silent
                damaged += 1
                shutil.rmtree(copy)
                continue
            after = batches(copy / DB_FILE, key)
            assert after <= truth
            lost_told, lost_any = told - after, truth - after
            if lost_told and error is None:
                missed += 1
            if error is not None and not lost_any:
                false_reports += 1
            if error is not None:
                reported += 1
                assert error.lost_changes is not None
                assert len(lost_told) <= error.lost_changes <= len(lost_any)
                assert "missing" in error.message and "backup" in error.message
            shutil.rmtree(copy)
    assert trials >= 190
    assert missed == 0, f"{missed} losses of committed work went unreported"
    assert false_reports == 0, f"{false_reports} reports although nothing was lost"
    assert reported > trials // 2  # the damage really did lose work
    assert damaged < trials // 10  # a page refused outright is the rare case


def batches_of_copy(folder: Path, key: bytes, scratch: Path) -> set[int]:
    """What the intact killed state holds (read from a second copy, which recovery may
    rewrite)."""
    shutil.copytree(folder, scratch)
    try:
        return batches(scratch / DB_FILE, key)
    finally:
        shutil.rmtree(scratch)


def test_a_loss_can_be_accepted_deliberately_and_is_then_anchored_afresh(
        make_vault: Callable[..., MadeVault]) -> None:
    rng = random.Random(7)
    for attempt in range(5):
        # Deleting the WAL loses work only if some told commit is not yet checkpointed;
        # a kill just after an automatic checkpoint (more likely on a fast machine) loses
        # nothing, and then nothing may be reported: draw another kill.
        path, key, told = killed_vault(make_vault, f"vault{attempt}", rng)
        (path / WAL).unlink(missing_ok=True)
        if told - batches_of_copy(path, key, path.parent / f"probe{attempt}"):
            break
    else:
        pytest.fail("five killed writers in a row lost nothing with their WAL")
    with Vault.open(path) as vault, pytest.raises(CommittedWorkLost):
        vault.unlock("admin", ADMIN_PASSPHRASE)
    with Vault.open(path) as vault:
        vault.accept_lost_work = True
        unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
        assert unlocked.lost_work is not None and unlocked.lost_work.changes
        assert unlocked.lost_work.changes >= len(told - batches_in(unlocked))
        assert unlocked.integrity_problems() == []
        unlocked.lock()
    with Vault.open(path) as vault:  # accepted once: the next unlock is clean
        vault.unlock("admin", ADMIN_PASSPHRASE).lock()


def batches_in(unlocked: object) -> set[int]:
    engine = unlocked.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return {row[0] for row in conn.exec_driver_sql("SELECT DISTINCT batch FROM batches")}


def test_a_missing_or_altered_anchor_is_refused_once_work_was_saved(
        make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    with made.unlocked.engine.begin() as conn:
        conn.exec_driver_sql(CREATE_TABLE)
        conn.exec_driver_sql("INSERT INTO batches VALUES (1, 1, 'x')")
    made.vault.close()
    anchor = made.path / ANCHOR_FILE
    original = anchor.read_bytes()
    anchor.write_bytes(original.replace(b'"counter": 1', b'"counter": 0'))
    with Vault.open(made.path) as vault, pytest.raises(CommittedWorkLost, match="damaged"):
        vault.unlock("admin", ADMIN_PASSPHRASE)
    for garbage in (b"", b"{", b"\xff" * 10, b'{"format": "nap-anchor", "version": 1}',
                    b"[" * 100_000):
        anchor.write_bytes(garbage)
        with Vault.open(made.path) as vault, pytest.raises(CommittedWorkLost, match="damaged"):
            vault.unlock("admin", ADMIN_PASSPHRASE)
    anchor.unlink()
    with Vault.open(made.path) as vault, pytest.raises(CommittedWorkLost, match="missing"):
        vault.unlock("admin", ADMIN_PASSPHRASE)
    anchor.write_bytes(original)
    with Vault.open(made.path) as vault:
        vault.unlock("admin", ADMIN_PASSPHRASE).lock()


def test_an_older_copy_of_the_database_is_refused(
        make_vault: Callable[..., MadeVault]) -> None:
    """The database replaced by an earlier copy of itself (same key): a rollback."""
    made = make_vault()
    with made.unlocked.engine.begin() as conn:
        conn.exec_driver_sql(CREATE_TABLE)
        conn.exec_driver_sql("INSERT INTO batches VALUES (1, 1, 'x')")
    made.vault.close()
    older = (made.path / DB_FILE).read_bytes()
    with Vault.open(made.path) as vault:
        unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
        for batch in range(2, 5):
            with unlocked.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO batches VALUES (?, 1, 'x')", (batch,))
        unlocked.lock()
    (made.path / DB_FILE).write_bytes(older)
    with Vault.open(made.path) as vault, pytest.raises(CommittedWorkLost) as info:
        vault.unlock("admin", ADMIN_PASSPHRASE)
    assert info.value.lost_changes == 3


def test_a_new_vault_whose_whole_wal_is_lost_reports_lost_work(
        make_vault: Callable[..., MadeVault], tmp_path: Path) -> None:
    """Before the first checkpoint everything, the application id included, is in the WAL:
    losing it must read as lost work, not as a fresh empty vault."""
    made = make_vault()
    for batch in range(3):
        with made.unlocked.engine.begin() as conn:
            conn.exec_driver_sql(CREATE_TABLE)
            conn.exec_driver_sql("INSERT INTO batches VALUES (?, 1, 'x')", (batch,))
    crashed = tmp_path / "crashed"  # the folder as a kill -9 now would leave it
    shutil.copytree(made.path, crashed, ignore=shutil.ignore_patterns("vault.lock"))
    (crashed / WAL).unlink()
    error = unlock_reports(crashed)
    assert error is not None and error.lost_changes == 3
