"""The Vault API end to end: create, unlock, slots, rotation, lockout, leaks."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from nap_desktop.domain.errors import (
    LockedOut,
    NotAVault,
    RecoveryKeyTypo,
    UnknownUser,
    ValidationError,
    VaultDamaged,
    VaultError,
    VaultExists,
    WeakKeySlot,
    WrongPassphrase,
    WrongRecoveryKey,
)
from nap_desktop.store import engine as db
from nap_desktop.store import unlocked as unlocked_module
from nap_desktop.store.atomic import private_output, write_private_file
from nap_desktop.store.kdf import (
    DEFAULT_KDF,
    KdfParams,
    format_recovery_key,
    parse_recovery_key,
)
from nap_desktop.store.vault import (
    DB_FILE,
    KEYSLOT_FILE,
    KEYSLOT_NEXT_FILE,
    LOCK_FILE,
    UNLOCK_STATE_FILE,
    Vault,
)
from tests.store.conftest import (
    ADMIN_PASSPHRASE,
    ANA_PASSPHRASE,
    CANARY,
    REAL_MIN_KDF,
    MadeVault,
    assert_no_canary,
    read_notes,
    write_canary,
)

ROOT = Path(__file__).resolve().parents[2]


def edit_slots(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    doc = json.loads((path / KEYSLOT_FILE).read_text())
    change(doc)
    (path / KEYSLOT_FILE).write_text(json.dumps(doc, indent=2))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- creation ---------------------------------------------------------------------------


def test_create_makes_a_private_folder_and_refuses_to_overwrite(vault: MadeVault) -> None:
    names = set(os.listdir(vault.path))
    assert {DB_FILE, KEYSLOT_FILE, LOCK_FILE} <= names
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o700
    for name in names:
        assert stat.S_IMODE((vault.path / name).stat().st_mode) == 0o600, name
    with pytest.raises(VaultExists):
        Vault.create(vault.path, admin_user_id=str(uuid.uuid4()), admin_user_name="x",
                     passphrase="p")
    assert vault.unlocked.integrity_problems() == []


def test_private_files_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        write_private_file(tmp_path / "secret", b"one")
        write_private_file(tmp_path / "secret", b"two")
    finally:
        os.umask(previous)
    assert (tmp_path / "secret").read_bytes() == b"two"
    assert stat.S_IMODE((tmp_path / "secret").stat().st_mode) == 0o600
    with pytest.raises(RuntimeError), private_output(tmp_path / "secret") as handle:
        handle.write(b"half")
        raise RuntimeError
    assert (tmp_path / "secret").read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["secret"]  # the temporary file is gone


def test_create_refuses_weak_parameters(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Vault.create(tmp_path / "v", admin_user_id=str(uuid.uuid4()), admin_user_name="a",
                     passphrase="p", kdf=KdfParams(1024, 1, 1))
    assert not (tmp_path / "v" / KEYSLOT_FILE).exists()


def test_write_then_read_back_after_unlock(vault: MadeVault) -> None:
    write_canary(vault.unlocked.engine, "hello")
    vault.unlocked.lock()
    again = vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    assert read_notes(again.engine) == ["hello"]
    assert again.user_id == vault.admin_id and again.purpose == "user"
    assert again.vault_id == vault.vault.vault_id


def test_passphrase_with_quotes_backslashes_and_other_normal_forms(vault: MadeVault) -> None:
    vault.reopen()
    nfd = unicodedata.normalize("NFD", ADMIN_PASSPHRASE)
    assert nfd != ADMIN_PASSPHRASE
    vault.vault.unlock("admin", nfd).lock()
    with pytest.raises(WrongPassphrase):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE.replace("\\", ""))


def test_wrong_passphrase_and_unknown_user(vault: MadeVault) -> None:
    vault.reopen()
    assert vault.vault.user_names() == ["admin", "ana"]
    with pytest.raises(WrongPassphrase):
        vault.vault.unlock("admin", ANA_PASSPHRASE)
    with pytest.raises(UnknownUser):
        vault.vault.unlock("nobody", ADMIN_PASSPHRASE)
    with pytest.raises(UnknownUser):
        vault.vault.unlock("recovery", ADMIN_PASSPHRASE)
    ana = vault.vault.unlock("ana", ANA_PASSPHRASE)
    assert ana.user_id == vault.others["ana"]


def test_only_one_unlocked_view_per_vault_and_lock_drops_the_key(vault: MadeVault) -> None:
    with pytest.raises(VaultError):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    key = vault.unlocked._dek
    vault.unlocked.lock()
    assert key == bytearray(32)
    with pytest.raises(VaultError):
        vault.unlocked.engine  # noqa: B018
    vault.vault.close()
    with pytest.raises(VaultError):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)


# --- recovery key -----------------------------------------------------------------------


def test_recovery_key_unlocks_and_typos_are_reported(vault: MadeVault) -> None:
    vault.reopen()
    key = vault.recovery_key
    with pytest.raises(RecoveryKeyTypo):
        vault.vault.unlock_with_recovery(key[:-1] + ("0" if key[-1] != "0" else "1"))
    other = format_recovery_key(bytes(20))
    with pytest.raises(WrongRecoveryKey) as info:
        vault.vault.unlock_with_recovery(other)
    assert not isinstance(info.value, RecoveryKeyTypo)
    unlocked = vault.vault.unlock_with_recovery(key.lower().replace("-", " "))
    assert unlocked.purpose == "recovery" and unlocked.user_id == "recovery"
    unlocked.change_passphrase(user_id=vault.admin_id, new_passphrase="reset by recovery")
    unlocked.lock()
    vault.vault.unlock("admin", "reset by recovery")
    assert parse_recovery_key(key)  # well-formed


# --- failed unlocks -----------------------------------------------------------------------


def test_five_failures_lock_out_for_ten_minutes_then_are_reported(vault: MadeVault) -> None:
    vault.reopen()
    for _ in range(5):
        vault.clock.advance(seconds=10)
        with pytest.raises(WrongPassphrase):
            vault.vault.unlock("admin", "guess")
    with pytest.raises(LockedOut) as info:
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    assert 590 <= info.value.seconds_left <= 600
    vault.vault.unlock("ana", ANA_PASSPHRASE).lock()  # other users are not affected
    vault.clock.advance(minutes=9, seconds=59)
    with pytest.raises(LockedOut):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    vault.clock.advance(seconds=1)
    unlocked = vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    assert len(unlocked.failed_unlocks) == 5
    assert all(f.user_name == "admin" for f in unlocked.failed_unlocks)
    assert unlocked.failed_unlocks[0].at < unlocked.failed_unlocks[-1].at
    unlocked.lock()
    assert vault.vault.unlock("admin", ADMIN_PASSPHRASE).failed_unlocks == []
    state = (vault.path / UNLOCK_STATE_FILE)
    assert stat.S_IMODE(state.stat().st_mode) == 0o600


def test_failures_are_counted_across_sessions_and_for_the_recovery_key(vault: MadeVault) -> None:
    vault.reopen()
    wrong = format_recovery_key(bytes(20))
    for _ in range(5):
        with pytest.raises(WrongRecoveryKey):
            vault.vault.unlock_with_recovery(wrong)
    vault.reopen()
    with pytest.raises(LockedOut):
        vault.vault.unlock_with_recovery(vault.recovery_key)
    vault.vault.unlock("admin", ADMIN_PASSPHRASE).lock()  # users are keyed separately
    vault.clock.advance(minutes=10)
    failures = vault.vault.unlock_with_recovery(vault.recovery_key).failed_unlocks
    assert [f.user_name for f in failures] == ["recovery"] * 5


def test_typos_do_not_count_as_attempts(vault: MadeVault) -> None:
    vault.reopen()
    for _ in range(6):
        with pytest.raises(RecoveryKeyTypo):
            vault.vault.unlock_with_recovery("1234-5678")
    assert vault.vault.unlock_with_recovery(vault.recovery_key).failed_unlocks == []


# --- leaks --------------------------------------------------------------------------------


def test_canary_never_reaches_the_disk_in_clear(vault: MadeVault) -> None:
    for i in range(300):
        write_canary(vault.unlocked.engine, f"{CANARY} {i} " + "x" * 200)
    assert read_notes(vault.unlocked.engine)[0].startswith(CANARY)
    live = sorted(vault.path.iterdir())
    assert any(p.name.endswith("-wal") for p in live)
    assert_no_canary(live)
    vault.unlocked.lock()
    with pytest.raises(WrongPassphrase):  # so that unlock-state.json exists too
        vault.vault.unlock("admin", "x")
    vault.vault.close()
    assert_no_canary(sorted(vault.path.iterdir()))
    assert {p.name for p in vault.path.iterdir()} >= {DB_FILE, KEYSLOT_FILE, LOCK_FILE,
                                                      UNLOCK_STATE_FILE}


def test_wrong_key_prints_nothing_on_stderr(tmp_path: Path) -> None:
    script = (
        "import os, sys; from pathlib import Path\n"
        "from nap_desktop.store import engine as db\n"
        "from nap_desktop.domain.errors import VaultDamaged\n"
        "p = Path(sys.argv[1]); e = db.make_engine(p, os.urandom(32), new=True)\n"
        "with e.begin() as c: c.exec_driver_sql('CREATE TABLE t (x)')\n"
        "e.dispose()\n"
        "try:\n    db.make_engine(p, os.urandom(32))\nexcept VaultDamaged:\n    print('refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "x.db")],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=True)
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


# --- tampering ----------------------------------------------------------------------------


def test_relabelled_slot_is_refused(vault: MadeVault) -> None:
    vault.reopen()

    def relabel(doc: dict[str, Any]) -> None:
        for slot in doc["slots"]:
            if slot["user_name"] == "ana":
                slot["user_id"] = str(uuid.uuid4())

    edit_slots(vault.path, relabel)
    with pytest.raises((WrongPassphrase, VaultDamaged)):
        vault.vault.unlock("ana", ANA_PASSPHRASE)


def test_copied_slot_with_a_known_passphrase_cannot_impersonate(vault: MadeVault) -> None:
    """Someone who knows ana's passphrase copies her slot over admin's."""
    vault.reopen()

    def take_over(doc: dict[str, Any], *, keep_id: bool) -> None:
        slots = {s["user_name"]: s for s in doc["slots"] if s["purpose"] == "user"}
        forged = dict(slots["ana"], user_name="admin")
        if not keep_id:
            forged["user_id"] = slots["admin"]["user_id"]
            forged["slot_id"] = slots["admin"]["slot_id"]
        doc["slots"] = [forged if s is slots["admin"] else s for s in doc["slots"]
                        if s is not slots["ana"]]

    original = (vault.path / KEYSLOT_FILE).read_bytes()
    edit_slots(vault.path, lambda d: take_over(d, keep_id=False))
    with pytest.raises(WrongPassphrase):  # AAD binds the user id
        vault.vault.unlock("admin", ANA_PASSPHRASE)
    (vault.path / KEYSLOT_FILE).write_bytes(original)
    edit_slots(vault.path, lambda d: take_over(d, keep_id=True))
    with pytest.raises(VaultDamaged, match="key slot file"):  # the file MAC catches it
        vault.vault.unlock("admin", ANA_PASSPHRASE)


def test_weakened_kdf_slot_is_refused(vault: MadeVault) -> None:
    vault.reopen()

    def weaken(doc: dict[str, Any]) -> None:
        doc["slots"][0]["kdf"]["memory_kib"] = 4096

    edit_slots(vault.path, weaken)
    with pytest.raises(WeakKeySlot):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    assert not (vault.path / UNLOCK_STATE_FILE).exists()  # not even counted as an attempt


def test_vault_made_with_lowered_floor_is_refused_at_the_real_floor(
        vault: MadeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.reopen()
    monkeypatch.setattr("nap_desktop.store.kdf.MIN_KDF", REAL_MIN_KDF)
    with pytest.raises(WeakKeySlot):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)


@pytest.mark.parametrize("edit", [
    lambda d: d.update(generation=d["generation"] + 1),
    lambda d: d["slots"][1].update(public_key=d["slots"][2]["public_key"]),
    lambda d: d["slots"][1].update(user_name="anna"),
    lambda d: d["slots"][1]["kdf"].update(iterations=2),
    lambda d: d.update(mac=d["slots"][0]["public_key"]),
    lambda d: d["slots"].pop(1),
])
def test_tampered_slot_file_is_damaged(vault: MadeVault, edit: Any) -> None:
    vault.reopen()
    edit_slots(vault.path, edit)
    with pytest.raises(VaultDamaged):
        vault.vault.unlock("admin", ADMIN_PASSPHRASE)


def test_truncated_garbage_or_missing_slot_file(vault: MadeVault) -> None:
    vault.vault.close()
    slots = vault.path / KEYSLOT_FILE
    original = slots.read_bytes()
    for bad in [original[: len(original) // 2], b"", os.urandom(500), b"\x00" * 2_000_000]:
        slots.write_bytes(bad)
        with pytest.raises(VaultDamaged):
            Vault.open(vault.path)
    slots.unlink()
    with pytest.raises(NotAVault):
        Vault.open(vault.path)
    with pytest.raises(NotAVault):
        Vault.open(vault.path.parent / "nothing-here")


# --- passphrase change, removal and key rotation ---------------------------------------------


def test_passphrase_change_rewrites_one_slot_and_not_the_database(vault: MadeVault) -> None:
    write_canary(vault.unlocked.engine)
    vault.unlocked.lock()
    before = sha256(vault.path / DB_FILE)
    slots_before = json.loads((vault.path / KEYSLOT_FILE).read_text())["slots"]
    unlocked = vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    unlocked.change_passphrase(user_id=vault.others["ana"], new_passphrase="ana's new one")
    unlocked.lock()
    assert sha256(vault.path / DB_FILE) == before
    slots_after = json.loads((vault.path / KEYSLOT_FILE).read_text())["slots"]
    assert slots_after[:2] == slots_before[:2]  # admin and recovery slots untouched
    assert slots_after[2]["user_name"] == "ana" and slots_after[2] != slots_before[2]
    with pytest.raises(WrongPassphrase):
        vault.vault.unlock("ana", ANA_PASSPHRASE)
    ana = vault.vault.unlock("ana", "ana's new one")
    assert read_notes(ana.engine) == [CANARY]


def test_slot_management_rules(vault: MadeVault) -> None:
    u = vault.unlocked
    assert u.has_slot(vault.others["ana"]) and not u.has_slot(str(uuid.uuid4()))
    with pytest.raises(ValidationError):
        u.add_user_slot(user_id=str(uuid.uuid4()), user_name="ana", passphrase="p")
    with pytest.raises(ValidationError):
        u.add_user_slot(user_id=vault.others["ana"], user_name="ana2", passphrase="p")
    with pytest.raises(UnknownUser):
        u.change_passphrase(user_id=str(uuid.uuid4()), new_passphrase="p")
    with pytest.raises(UnknownUser):
        u.remove_user_slot(str(uuid.uuid4()))
    u.remove_user_slot(vault.others["ana"])
    with pytest.raises(VaultError):
        u.remove_user_slot(vault.admin_id)  # the last user
    assert u.user_names() == ["admin"]


def test_removing_a_user_rotates_the_data_key(vault: MadeVault) -> None:
    write_canary(vault.unlocked.engine)
    old_key = bytes(vault.unlocked._dek)  # white box: what a removed user may have kept
    old_slots = (vault.path / KEYSLOT_FILE).read_bytes()
    generation = vault.unlocked.generation
    vault.unlocked.remove_user_slot(vault.others["ana"])
    assert vault.unlocked.generation == generation + 1
    assert bytes(vault.unlocked._dek) != old_key
    assert read_notes(vault.unlocked.engine) == [CANARY]
    vault.unlocked.lock()
    assert not (vault.path / KEYSLOT_NEXT_FILE).exists()
    assert not (vault.path / f"{DB_FILE}-wal").exists() or \
        (vault.path / f"{DB_FILE}-wal").stat().st_size == 0
    with pytest.raises(VaultDamaged):
        db.make_engine(vault.path / DB_FILE, old_key)
    raw = sqlcipher3.connect(str(vault.path / DB_FILE))
    raw.execute("PRAGMA cipher_log_level = NONE")
    raw.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
        raw.execute("SELECT count(*) FROM sqlite_master").fetchall()
    raw.close()
    with pytest.raises(UnknownUser):
        vault.vault.unlock("ana", ANA_PASSPHRASE)
    admin = vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    assert read_notes(admin.engine) == [CANARY] and admin.integrity_problems() == []
    admin.lock()
    assert read_notes(vault.vault.unlock_with_recovery(vault.recovery_key).engine) == [CANARY]
    vault.reopen()
    (vault.path / KEYSLOT_FILE).write_bytes(old_slots)  # putting the old file back is no help
    vault.reopen()
    with pytest.raises(VaultDamaged):
        vault.vault.unlock("ana", ANA_PASSPHRASE)


def test_rotation_refused_while_a_connection_is_checked_out(vault: MadeVault) -> None:
    with vault.unlocked.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        with pytest.raises(VaultError, match="busy"):
            vault.unlocked.remove_user_slot(vault.others["ana"])
    vault.unlocked.remove_user_slot(vault.others["ana"])


def test_a_reader_during_rotation_waits_for_the_new_engine(
    vault: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop rotates on a worker thread; a page fetched meanwhile on the GUI thread
    waits for the rekey instead of failing with "locked"."""
    write_canary(vault.unlocked.engine)
    rekey_started, release = threading.Event(), threading.Event()
    real_rekey = db.rekey_database

    def slow_rekey(*args: Any) -> None:
        rekey_started.set()
        release.wait(10)
        real_rekey(*args)

    monkeypatch.setattr(db, "rekey_database", slow_rekey)
    worker = threading.Thread(
        target=vault.unlocked.remove_user_slot, args=(vault.others["ana"],)
    )
    worker.start()
    assert rekey_started.wait(10)
    threading.Timer(0.2, release.set).start()
    assert read_notes(vault.unlocked.engine) == [CANARY]  # blocks until the rotation ends
    worker.join(10)
    assert not worker.is_alive()
    assert not vault.vault.path.joinpath(KEYSLOT_NEXT_FILE).exists()


class Killed(BaseException):
    """Stands in for the process dying at a chosen point."""


def die_at_promotion(monkeypatch: pytest.MonkeyPatch) -> None:
    """Die when the pending slot file is about to replace keyslots.json (after the rekey)."""
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(src).name == KEYSLOT_NEXT_FILE:
            raise Killed
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def test_crash_between_rekey_and_slot_swap_is_finished_at_next_unlock(
        vault: MadeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    write_canary(vault.unlocked.engine)
    with monkeypatch.context() as patch, pytest.raises(Killed):
        die_at_promotion(patch)
        vault.unlocked.remove_user_slot(vault.others["ana"])
    assert (vault.path / KEYSLOT_NEXT_FILE).exists()
    vault.reopen()
    unlocked = vault.vault.unlock("admin", ADMIN_PASSPHRASE)
    assert unlocked.generation == 2 and not (vault.path / KEYSLOT_NEXT_FILE).exists()
    assert read_notes(unlocked.engine) == [CANARY] and unlocked.integrity_problems() == []
    unlocked.lock()
    with pytest.raises(UnknownUser):
        vault.vault.unlock("ana", ANA_PASSPHRASE)


def test_removed_user_during_unfinished_rotation_is_unknown(
        vault: MadeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch, pytest.raises(Killed):
        die_at_promotion(patch)
        vault.unlocked.remove_user_slot(vault.others["ana"])
    vault.reopen()
    with pytest.raises(UnknownUser):
        vault.vault.unlock("ana", ANA_PASSPHRASE)
    assert vault.vault.unlock("admin", ADMIN_PASSPHRASE).generation == 2


def test_crash_before_rekey_leaves_the_old_key_in_force(
        vault: MadeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    write_canary(vault.unlocked.engine)

    def die(*_args: object) -> None:
        raise Killed

    with monkeypatch.context() as patch, pytest.raises(Killed):
        patch.setattr(db, "rekey_database", die)
        patch.setattr(unlocked_module, "remove_file", lambda _p: None)  # a kill cleans nothing
        vault.unlocked.remove_user_slot(vault.others["ana"])
    assert (vault.path / KEYSLOT_NEXT_FILE).exists()
    vault.reopen()
    unlocked = vault.vault.unlock("ana", ANA_PASSPHRASE)
    assert unlocked.generation == 1 and not (vault.path / KEYSLOT_NEXT_FILE).exists()
    assert read_notes(unlocked.engine) == [CANARY]


def test_failed_rekey_keeps_the_vault_usable(
        vault: MadeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch, pytest.raises(OSError):
        patch.setattr(db, "rekey_database", fail)
        vault.unlocked.remove_user_slot(vault.others["ana"])
    assert not (vault.path / KEYSLOT_NEXT_FILE).exists()
    write_canary(vault.unlocked.engine)
    assert vault.unlocked.has_slot(vault.others["ana"]) and vault.unlocked.generation == 1


# --- engine behaviour ------------------------------------------------------------------------


def test_transactional_ddl_and_savepoints(vault: MadeVault) -> None:
    engine = vault.unlocked.engine
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        raise RuntimeError
    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='t'")
        assert tables.scalar() == 0
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        nested = conn.begin_nested()
        conn.exec_driver_sql("INSERT INTO t VALUES (2)")
        nested.rollback()
        conn.exec_driver_sql("INSERT INTO t VALUES (3)")
    with engine.connect() as conn:
        assert [r[0] for r in conn.exec_driver_sql("SELECT x FROM t ORDER BY x")] == [1, 3]
        pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                   for p in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout",
                             "cipher_memory_security", "application_id", "temp_store")}
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                       "busy_timeout": 5000, "cipher_memory_security": "0",
                       "application_id": db.APPLICATION_ID, "temp_store": 2}


def test_engine_serves_concurrent_worker_threads(vault: MadeVault) -> None:
    engine = vault.unlocked.engine
    write_canary(engine, "seed")
    errors: list[BaseException] = []

    reader = db.read_only(engine)

    def work(n: int) -> None:
        try:
            for i in range(20):
                write_canary(engine, f"t{n}-{i}")  # reads the schema, then writes
                read_notes(reader)
                with reader.begin() as conn:
                    conn.exec_driver_sql("SELECT count(*) FROM notes").scalar()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(read_notes(engine)) == 81


def test_readers_do_not_wait_for_a_writer(vault: MadeVault) -> None:
    engine = vault.unlocked.engine
    write_canary(engine, "before")
    with engine.begin() as writer:
        writer.exec_driver_sql("INSERT INTO notes (body) VALUES ('uncommitted')")
        started = time.perf_counter()
        assert read_notes(db.read_only(engine)) == ["before"]
        assert time.perf_counter() - started < 1.0


def test_translate_db_error() -> None:
    damaged = sqlcipher3.DatabaseError("database disk image is malformed")
    assert isinstance(db.translate_db_error(damaged), VaultDamaged)
    other = sqlcipher3.OperationalError("no such table: x")
    assert db.translate_db_error(other) is other


# --- real parameters -------------------------------------------------------------------------


@pytest.mark.usefixtures("real_kdf")
def test_real_parameters_end_to_end(tmp_path: Path) -> None:
    started = time.perf_counter()
    vault, unlocked, recovery = Vault.create(
        tmp_path / "real", admin_user_id=str(uuid.uuid4()), admin_user_name="admin",
        passphrase=ADMIN_PASSPHRASE, kdf=DEFAULT_KDF)
    created = time.perf_counter() - started
    write_canary(unlocked.engine)
    unlocked.lock()
    doc = json.loads((tmp_path / "real" / KEYSLOT_FILE).read_text())
    assert {(s["kdf"]["memory_kib"], s["kdf"]["iterations"], s["kdf"]["lanes"])
            for s in doc["slots"]} == {(65536, 3, 4)}
    started = time.perf_counter()
    again = vault.unlock("admin", ADMIN_PASSPHRASE)
    unlocked_in = time.perf_counter() - started
    assert read_notes(again.engine) == [CANARY]
    again.lock()
    assert read_notes(vault.unlock_with_recovery(recovery).engine) == [CANARY]
    vault.close()
    print(f"\nreal KDF: create {created:.2f} s, unlock {unlocked_in:.2f} s")
