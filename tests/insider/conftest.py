"""A real vault (SQLCipher, key slots, Argon2id at a test-only low cost) with an
administrator, a caseworker (ana) and a supervisor (sofia), and the `nap` command line."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.vault import Vault

TEST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASES = {
    "admin": "lantern orchard pebble 41",
    "ana": "keeps her own words 7",
    "sofia": "river window chalk 3",
    "bob": "remembers this one 55",
    "evil": "twin passphrase 666",
}


@dataclass
class Office:
    path: Path
    ids: dict[str, str]
    recovery_key: str = ""

    def unlock(self, name: str) -> Workspace:
        vault = Vault.open(self.path)
        try:
            return Workspace.unlock(vault, name, PASSPHRASES[name])
        except BaseException:
            vault.close()
            raise


Nap = Callable[..., tuple[int, str, str]]


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setattr(kdf, "MIN_KDF", TEST_KDF)
    path = tmp_path / "vault"
    ws, recovery = Workspace.create(
        path, agency_name="Casa Demo", agency_kind="victim_service_provider",
        admin_name="admin", admin_display_name="Admin", passphrase=PASSPHRASES["admin"],
        kdf=TEST_KDF)
    ids = {"admin": ws.user.id if ws.user else ""}
    for name, role in (("ana", "caseworker"), ("sofia", "supervisor")):
        ids[name] = ws.users.add(name=name, display_name=name.title(), role=role,
                                 passphrase=PASSPHRASES[name]).id
    for i in range(20):  # the administrator's work: twenty audited events
        ws.agencies.add_partner(name=f"Partner {i}", kind="legal", contacts="")
    ws.close()
    yield Office(path=path, ids=ids, recovery_key=recovery)


@pytest.fixture
def nap(office: Office, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Nap:
    monkeypatch.setenv("NAP_VAULT", str(office.path))
    capsys.readouterr()

    def run(user: str, *argv: str) -> tuple[int, str, str]:
        monkeypatch.setenv("NAP_PASSPHRASE", PASSPHRASES[user])
        monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASSPHRASES["bob"])  # users add bob
        code = main(["--user", user, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def copy_of(path: Path, target: Path) -> Path:
    shutil.copytree(path, target)
    return target
