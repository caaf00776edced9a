"""Damage and crashes: flipped bytes are detected, kill -9 loses nothing that was committed."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from nap_desktop.domain.errors import VaultDamaged
from nap_desktop.store import engine as db
from nap_desktop.store.vault import DB_FILE, KEYSLOT_NEXT_FILE, Vault
from tests.store.conftest import (
    ADMIN_PASSPHRASE,
    ANA_PASSPHRASE,
    CANARY,
    TEST_KDF,
    MadeVault,
    read_notes,
    write_canary,
)
from tests.store.crash_writer import BATCH_ROWS, CREATE_TABLE, WRITER_KDF, payload

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
PAGE = 4096
RESERVED = 80  # per page: 16-byte IV + 64-byte HMAC-SHA512


def fill(made: MadeVault, notes: int, *, free_pages: bool = False) -> None:
    engine = made.unlocked.engine
    write_canary(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS notes_body ON notes (body)")
        conn.exec_driver_sql("INSERT INTO notes (body) VALUES (?)",
                             [(f"{CANARY} {i} " + "y" * (i % 300),) for i in range(notes)])
        if free_pages:  # pages on the freelist are read only by cipher_integrity_check
            conn.exec_driver_sql("CREATE TABLE scratch (x TEXT)")
            conn.exec_driver_sql("INSERT INTO scratch VALUES (?)", [("z" * 500,)] * 60)
    if free_pages:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE scratch")
            assert (conn.exec_driver_sql("PRAGMA freelist_count").scalar() or 0) > 5


def flip_positions(size: int, rng: random.Random, total: int) -> list[int]:
    """Every byte of the salt, page 1's IV and HMAC, the reserved tail of every page, then
    uniformly random bytes up to ``total``."""
    pages = size // PAGE
    chosen = list(range(16))
    chosen += list(range(PAGE - RESERVED, PAGE, 4))
    chosen += [p * PAGE + PAGE - 1 - rng.randrange(RESERVED) for p in range(1, pages)]
    chosen += [p * PAGE + 16 + rng.randrange(PAGE - RESERVED - 16) for p in range(pages)]
    chosen += [rng.randrange(size) for _ in range(max(0, total - len(chosen)))]
    return chosen


def detected(db_path: Path, key: bytes) -> bool:
    try:
        engine = db.make_engine(db_path, key)
    except VaultDamaged:
        return True
    try:
        return db.integrity_problems(engine) != []
    finally:
        engine.dispose()


@pytest.mark.slow
def test_random_byte_flips_are_always_detected(make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    fill(made, 150, free_pages=True)
    key = bytes(made.unlocked._dek)  # white box: test the engine directly, fast
    made.vault.close()
    db_path = made.path / DB_FILE
    pristine = db_path.read_bytes()
    assert len(pristine) % PAGE == 0 and len(pristine) // PAGE >= 8
    rng = random.Random(20261123)
    positions = flip_positions(len(pristine), rng, total=200)
    assert len(positions) >= 200
    missed = []
    for position in positions:
        damaged = bytearray(pristine)
        damaged[position] ^= rng.randrange(1, 256)
        db_path.write_bytes(damaged)
        if not detected(db_path, key):
            missed.append(position)
    assert missed == []
    db_path.write_bytes(pristine)
    assert not detected(db_path, key)  # the check itself does not cry wolf


def test_damage_through_the_vault_api(make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    fill(made, 150)
    made.vault.close()
    db_path = made.path / DB_FILE
    pristine = db_path.read_bytes()
    for position in (3, 100, PAGE - 1):  # salt, page 1 body, page 1 HMAC
        damaged = bytearray(pristine)
        damaged[position] ^= 0x40
        db_path.write_bytes(damaged)
        with Vault.open(made.path) as vault, pytest.raises(VaultDamaged):
            vault.unlock("admin", ADMIN_PASSPHRASE)
    damaged = bytearray(pristine)
    damaged[len(pristine) - PAGE + 200] ^= 0x01  # a later page: opens, the check finds it
    db_path.write_bytes(damaged)
    with Vault.open(made.path) as vault:
        problems = vault.unlock("admin", ADMIN_PASSPHRASE).integrity_problems()
        assert any("HMAC" in p or "damaged" in p for p in problems)
    made.vault = Vault.open(made.path)


def run_until_killed(path: Path, mode: str, delay: float,
                     extra_env: dict[str, str], *, after: int = 0) -> list[str]:
    """Kill the writer ``delay`` seconds after it has reported ``after`` finished units
    (waiting on its output, not the clock, so a loaded machine cannot make it do less)."""
    env = os.environ | {"NAP_TEST_USER": "admin", "NAP_TEST_PASSPHRASE": ADMIN_PASSPHRASE,
                        **extra_env}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path), mode], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    ready = proc.stdout.readline()
    if ready.strip() != "ready":
        proc.kill()
        pytest.fail(f"writer did not start: {proc.communicate(timeout=30)[1]}")
    finished = [proc.stdout.readline() for _ in range(after)]
    if not all(finished):
        proc.kill()
        pytest.fail(f"writer stopped early: {proc.communicate(timeout=30)[1]}")
    time.sleep(delay)  # where in the next unit the kill lands
    proc.kill()  # SIGKILL: no cleanup of any kind
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -9, err
    return "".join(finished).split() + out.split()


def test_writer_uses_the_test_kdf() -> None:
    assert WRITER_KDF == TEST_KDF


@pytest.mark.slow
def test_kill_9_during_bulk_writes_loses_nothing_committed(
        make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault()
    with made.unlocked.engine.begin() as conn:
        conn.exec_driver_sql(CREATE_TABLE)
    made.vault.close()
    rng = random.Random(4242)
    reported: set[int] = set()
    next_batch = 0
    for _trial in range(20):
        out = run_until_killed(made.path, "write", rng.uniform(0.0, 0.35),
                               {"NAP_TEST_FIRST_BATCH": str(next_batch)})
        reported |= {int(x) for x in out}
        with Vault.open(made.path) as vault:
            unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
            assert unlocked.integrity_problems() == []
            batches: dict[int, dict[int, str]] = defaultdict(dict)
            with unlocked.engine.connect() as conn:
                for batch, row, text in conn.exec_driver_sql(
                        "SELECT batch, row, payload FROM batches"):
                    batches[batch][row] = text
        assert reported <= set(batches), "a batch reported committed is missing"
        for batch, rows in batches.items():  # every batch is whole: all rows or none
            assert rows == {r: payload(batch, r) for r in range(BATCH_ROWS)}, batch
        next_batch = max(batches, default=-1) + 1
    assert len(reported) > 20  # the kills really landed in the middle of writing


@pytest.mark.slow
def test_kill_9_during_key_rotation_never_loses_the_vault(
        make_vault: Callable[..., MadeVault]) -> None:
    made = make_vault(with_ana=True)
    fill(made, 6000)  # a few MB, so that each rekey takes a while
    expected = read_notes(made.unlocked.engine)
    made.vault.close()
    rng = random.Random(777)
    last_generation = 1
    for _trial in range(8):
        # At least one rotation finishes before each kill, however loaded the machine is.
        out = run_until_killed(made.path, "rotate", rng.uniform(0.0, 0.6), {},
                               after=rng.randint(1, 2))
        assert len(out) >= 1
        last_generation = max([last_generation, *(int(x) for x in out)])
        with Vault.open(made.path) as vault:
            unlocked = vault.unlock("admin", ADMIN_PASSPHRASE)
            assert not (made.path / KEYSLOT_NEXT_FILE).exists()
            assert unlocked.generation >= last_generation
            last_generation = unlocked.generation
            assert unlocked.integrity_problems() == []
            assert read_notes(unlocked.engine) == expected
            unlocked.lock()
            vault.unlock("ana", ANA_PASSPHRASE).lock()
            vault.unlock_with_recovery(made.recovery_key).lock()
    assert last_generation > 8  # each trial's rotations built on the ones before
    made.vault = Vault.open(made.path)
