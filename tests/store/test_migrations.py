"""An old vault is upgraded (transactionally) when opened; a newer one is refused."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from nap_desktop.domain.errors import VaultTooNew
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import migrations
from nap_desktop.store.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1"
PASSPHRASE = "fixture vault passphrase v1"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(FIXTURE, target)
    os.chmod(target, 0o700)
    for path in target.iterdir():
        os.chmod(path, 0o600)
    return target


def revision(ws: Workspace) -> str | None:
    with ws.unlocked.engine.connect() as conn:
        return migrations.current_revision(conn)


def test_fixture_is_at_the_first_schema(old_vault: Path) -> None:
    with Vault.open(old_vault) as vault:
        unlocked = vault.unlock("admin", PASSPHRASE)
        with unlocked.engine.connect() as conn:
            assert migrations.current_revision(conn) == "0001"
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "case_search" not in tables
        unlocked.lock()


def test_opening_an_old_vault_upgrades_it_and_keeps_the_data(old_vault: Path) -> None:
    with Vault.open(old_vault) as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE)
        assert revision(ws) == migrations.head_revision()
        rows = ws.queries.caseload_page(CaseloadFilter(search="fixturina"))
        assert [r.case_number for r in rows] == ["NAP-26-00001"]
        assert ws.queries.caseload_page(CaseloadFilter(search="TF-2026"))  # external number
        case = ws.cases.get_case(rows[0].client_id)
        assert case.client.personal.legal_name == "Fixturina Old-Schema"
        assert ws.unlocked.integrity_problems() == []
        ws.lock()
    # Upgrading is done once: the second unlock finds nothing to do.
    with Vault.open(old_vault) as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE)
        assert migrations.upgrade(ws.unlocked.engine) is False
        ws.lock()


def test_a_failed_upgrade_changes_nothing(old_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Migrations run in one transaction: a failure half-way leaves revision 0001 intact."""
    from alembic.operations import Operations

    real = Operations.execute
    calls = {"n": 0}

    def flaky(self: Operations, sql: object, *a: object, **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:  # after the FTS table was created, before it was filled
            raise RuntimeError("power cut")
        return real(self, sql, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Operations, "execute", flaky)
    with Vault.open(old_vault) as vault, pytest.raises(RuntimeError):
        Workspace.unlock(vault, "admin", PASSPHRASE)
    monkeypatch.setattr(Operations, "execute", real)
    with Vault.open(old_vault) as vault:
        unlocked = vault.unlock("admin", PASSPHRASE)
        with unlocked.engine.connect() as conn:
            assert migrations.current_revision(conn) == "0001"
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "case_search" not in tables
        unlocked.lock()


def test_a_vault_from_a_newer_version_is_refused(old_vault: Path) -> None:
    with Vault.open(old_vault) as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE)
        with ws.unlocked.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        ws.lock()
    with Vault.open(old_vault) as vault, pytest.raises(VaultTooNew, match="newer version"):
        Workspace.unlock(vault, "admin", PASSPHRASE)


#: Indexes the migrations make with raw SQL (partial or on an expression), which the
#: models cannot declare in a way SQLite would match: the queries name them.
RAW_SQL_INDEXES = {
    "ix_steps_open_due", "ix_referrals_awaiting", "ix_referrals_awaiting_updated_id",
    "ix_client_personal_name", "ix_audit_grants",
    # Tables of raw SQL (store/match_index.py, migration 0015), as case_search is:
    "ix_match_keys_client", "ix_client_merges_keep", "ix_client_merges_other",
    # Partial indexes of the dashboard's housing section (migration 0020).
    "ix_placements_open_exit", "ix_placements_waiting_move_in",
    # Covering indexes the Insights tab asked for (migration 0020).
    "ix_referrals_outcome", "ix_service_records_counted",
}


def test_the_models_declare_the_indexes_the_migrations_make(old_vault: Path) -> None:
    """A vault upgraded to the head has exactly the plain indexes the models declare."""
    from nap_desktop.store import transfer_models  # noqa: F401 - registers its tables
    from nap_desktop.store.models import Base

    declared = {ix.name for table in Base.metadata.tables.values() for ix in table.indexes}
    with Vault.open(old_vault) as vault:
        ws = Workspace.unlock(vault, "admin", PASSPHRASE)
        with ws.unlocked.engine.connect() as conn:
            actual = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                " AND tbl_name NOT LIKE 'case_search%'"))}
        ws.lock()
    assert declared - actual == set()
    assert actual - declared == RAW_SQL_INDEXES


def test_the_head_known_without_alembic_is_alembics() -> None:
    """``migrations.HEAD_REVISION`` lets an up-to-date vault open without Alembic: a new
    migration must move it too."""
    assert migrations.head_revision() == migrations.HEAD_REVISION
