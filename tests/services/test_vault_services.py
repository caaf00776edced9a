"""What the GUI and the CLI use instead of the store: the demo vault made once
(``services.demo_vault``), a vault's backup, check and confirmations (``services.vaults``),
places on disk (``services.locations``) and the CLI's lookups and view audits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, VaultInUse
from nap_desktop.services import vaults
from nap_desktop.services.demo import DEMO_PASSPHRASE, DEMO_USERS, DEMO_VAULT_KEY, DemoGenerator
from nap_desktop.services.demo_vault import (
    DemoCancelled,
    create_demo_vault,
    create_demo_workspace,
    unlock_demo,
)
from nap_desktop.services.locations import has_vault, save_private_file
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store import models as m
from nap_desktop.store.kdf import KdfParams

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    ws = create_demo_workspace(tmp_path / "demo", kdf=FAST)
    yield ws
    ws.close()


def actions(ws: Workspace) -> list[tuple[str, str | None, str]]:
    with ws.ctx.read() as s:
        rows = s.scalars(select(m.AuditRow).order_by(m.AuditRow.seq))
        return [(r.action, r.record_id, r.detail) for r in rows]


def test_the_demo_vault_has_its_users_and_is_marked_as_a_demo(
    demo: Workspace, tmp_path: Path
) -> None:
    assert has_vault(tmp_path / "demo") and not has_vault(tmp_path)
    assert demo.setting(DEMO_VAULT_KEY) == "1"
    assert demo.user is not None and demo.user.name == "admin"
    names = {u.name: u.role for u in demo.users.list()}
    assert names == {"admin": Role.ADMIN, **{n: role for n, _d, role in DEMO_USERS}}
    demo.lock()
    again = unlock_demo(demo.vault)
    assert again.user is not None and again.user.name == "admin"
    again.lock()


def test_a_cancelled_demo_vault_is_closed_and_its_folder_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # after the first demo user

    with pytest.raises(DemoCancelled):
        create_demo_vault(tmp_path / "demo", 10, cancelled=cancelled, kdf=FAST)
    vault = vaults.open_vault(tmp_path / "demo")  # VaultInUse if it had been left open
    try:
        with pytest.raises(VaultInUse):
            vaults.open_vault(tmp_path / "demo")
    finally:
        vault.close()


def test_a_backup_is_for_administrators_and_audited(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "demo.napbackup"
    vaults.backup_vault(demo, out)
    assert out.exists() and ("vault.backup", None, "") in actions(demo)
    demo.lock()
    caseworker = Workspace.unlock(demo.vault, "marcus", DEMO_PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            vaults.backup_vault(caseworker, tmp_path / "again.napbackup")
    finally:
        caseworker.lock()
    assert not (tmp_path / "again.napbackup").exists()


def test_check_confirm_and_accept_on_a_healthy_new_vault(demo: Workspace) -> None:
    assert vaults.check_vault(demo).problems == []
    before = actions(demo)
    assert vaults.confirm_adoption(demo) is False  # nothing was adopted: nothing to confirm
    assert vaults.accept_lost_work(demo) is None  # nothing was lost
    assert actions(demo) == before
    assert not vaults.is_recovery_session(demo)


def test_referral_lookup_by_prefix_and_view_audit(demo: Workspace) -> None:
    DemoGenerator(demo.ctx, seed=3).run(4)
    rows = demo.queries.caseload_page(CaseloadFilter(), limit=10)
    first = rows[0]
    found = demo.queries.referrals_by_id_prefix(first.referral_id[:8])
    assert (first.referral_id, first.client_id) in found
    # LIKE's wildcards in what a person typed are plain characters, not "any".
    assert demo.queries.referrals_by_id_prefix("%") == []
    assert demo.queries.referrals_by_id_prefix("_" * 8) == []
    demo.cases.record_views([r.client_id for r in rows] * 2, detail="test")
    views = [a for a in actions(demo) if a[0] == "client.view"]
    assert sorted(v[1] or "" for v in views) == sorted({r.client_id for r in rows})
    assert {v[2] for v in views} == {"test"}


def test_a_saved_file_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "card.txt"
    save_private_file(target, b"card")
    assert target.read_bytes() == b"card" and target.stat().st_mode & 0o777 == 0o600

