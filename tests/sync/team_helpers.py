"""Desktops of a team on one machine, for the end-to-end tests against the real PostgreSQL
fixture (``pg``): vault folders side by side, made a team, joined, synced."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from nap_desktop.domain.enums import AgencyKind, Role
from nap_desktop.services import team as team_service
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.vaults import open_vault
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.sync.dump import canonical_dump

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASS = "correct horse battery staple 1"
USER_PASS = "another long passphrase 22"


def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its cheapest: key derivation is not what these tests are about."""
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    monkeypatch.setattr(kdf, "DEFAULT_KDF", FAST)


@dataclass
class Desk:
    """One desktop: its vault folder, who works there, their open workspace."""

    folder: Path
    user: str
    passphrase: str
    ws: Workspace | None = None

    def open(self) -> Workspace:
        if self.ws is None:
            self.ws = Workspace.unlock(open_vault(self.folder), self.user, self.passphrase)
        return self.ws

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None

    def sync(self) -> team_service.SyncResult:
        return self.open().team.sync_now()

    def dump(self) -> bytes:
        return canonical_dump(self.open().unlocked.engine)


def found_team(tmp: Path, dsn: str) -> Desk:
    """An administrator's vault made a team vault (``nap team init``)."""
    ws, _recovery = Workspace.create(
        tmp / "a", agency_name="Safe Harbor", agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin", admin_display_name="Ada Admin", passphrase=PASS, kdf=FAST)
    team_service.init_team(ws, dsn)
    return Desk(tmp / "a", "admin", PASS, ws)


def add_user(admin: Desk, name: str, role: Role = Role.CASEWORKER) -> str:
    user = admin.open().users.add(name=name, display_name=name.title(), role=role,
                                  passphrase=USER_PASS)
    return user.id


def join(admin: Desk, folder: Path, dsn: str, user: str) -> Desk:
    """A new desktop asks, the admin approves by fingerprint, the desktop finishes."""
    passphrase = PASS if user == "admin" else USER_PASS
    request = team_service.join_team(folder, dsn, user, passphrase)
    assert not team_service.finish_join(folder, passphrase)  # not approved yet
    ws = admin.open()
    user_id = ws.users.by_name(user).id
    ws.team.approve_device(request.device_id, request.fingerprint, user_id)
    assert team_service.finish_join(folder, passphrase)
    return Desk(folder, user, passphrase)


def new_client(desk: Desk, name: str) -> str:
    client = desk.open().cases.create_client(PersonalInput(legal_name=name))
    return client.id


def client_names(desk: Desk) -> set[str]:
    ws = desk.open()
    with ws.ctx.read() as s:
        from sqlalchemy import text
        return {r[0] for r in s.execute(text("SELECT legal_name FROM client_personal"))}
