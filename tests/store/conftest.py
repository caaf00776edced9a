"""Fixtures for the vault tests.

Argon2id at the real floor (64 MiB, t=3) costs ~0.1-0.3 s per slot, so most tests lower the
floor with the ``fast_kdf`` autouse fixture (``kdf.MIN_KDF`` is read at call time) and
create vaults with :data:`TEST_KDF`. Tests that request ``real_kdf`` put the production
floor back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.vault import UnlockedVault, Vault

TEST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
REAL_MIN_KDF = kdf.MIN_KDF
#: Quotes, backslashes, a NUL-free control-free mix of scripts: must survive as-is.
ADMIN_PASSPHRASE = "corr\"ect' h\\orse \\\" bätterý 斯坦 staple'; --"
ANA_PASSPHRASE = "ana's own passphrase"
CANARY = "Zyxwvutsrq Canary"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "MIN_KDF", TEST_KDF)


@pytest.fixture
def real_kdf(fast_kdf: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "MIN_KDF", REAL_MIN_KDF)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@dataclass
class MadeVault:
    path: Path
    vault: Vault
    unlocked: UnlockedVault
    recovery_key: str
    admin_id: str
    clock: FakeClock
    others: dict[str, str] = field(default_factory=dict)  # user name -> user id

    def reopen(self) -> Vault:
        """Close this vault object and open the folder again (as a new session would)."""
        self.vault.close()
        self.vault = Vault.open(self.path, clock=self.clock)
        return self.vault


@pytest.fixture
def make_vault(tmp_path: Path, clock: FakeClock) -> Iterator[Callable[..., MadeVault]]:
    made: list[MadeVault] = []

    def factory(name: str = "vault", *, with_ana: bool = False,
                kdf_params: KdfParams = TEST_KDF) -> MadeVault:
        admin_id = str(uuid.uuid4())
        vault, unlocked, recovery = Vault.create(
            tmp_path / name, admin_user_id=admin_id, admin_user_name="admin",
            passphrase=ADMIN_PASSPHRASE, kdf=kdf_params, clock=clock)
        result = MadeVault(path=tmp_path / name, vault=vault, unlocked=unlocked,
                           recovery_key=recovery, admin_id=admin_id, clock=clock)
        if with_ana:
            ana_id = str(uuid.uuid4())
            unlocked.add_user_slot(user_id=ana_id, user_name="ana", passphrase=ANA_PASSPHRASE)
            result.others["ana"] = ana_id
        made.append(result)
        return result

    yield factory
    for m in made:
        m.vault.close()


@pytest.fixture
def vault(make_vault: Callable[..., MadeVault]) -> MadeVault:
    """A vault with users admin and ana, unlocked as admin."""
    return make_vault(with_ana=True)


# --- helpers shared by the test modules -------------------------------------------


def write_canary(engine: Any, note: str = CANARY) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute(text("INSERT INTO notes (body) VALUES (:b)"), {"b": note})


def read_notes(engine: Any) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT body FROM notes ORDER BY id")]


def assert_no_canary(files: list[Path]) -> None:
    needles = [CANARY.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext found in {path.name}"
