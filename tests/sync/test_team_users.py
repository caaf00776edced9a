"""Removing a user of a team vault (the existing users service) rotates the key through the
team log: every other device rekeys and drops the user's key slot, the user's devices are
removed and read nothing written afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.domain.errors import UnknownUser
from nap_desktop.services.vaults import open_vault
from nap_desktop.services.workspace import Workspace
from nap_desktop.sync.session import SyncFailed
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import (
    USER_PASS,
    add_user,
    client_names,
    fast_kdf,
    found_team,
    join,
    new_client,
)


def test_removing_a_user_rotates_through_the_log(
        tmp_path: Path, pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)
    a = found_team(tmp_path, pg.dsn)
    cw = add_user(a, "cw")
    add_user(a, "sv")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    c = join(a, tmp_path / "c", pg.dsn, "sv")
    for desk in (b, c, a):
        desk.sync()
    generation = a.open().unlocked.generation
    a.open().users.deactivate(cw)
    assert a.open().unlocked.generation == generation + 1
    assert "cw" not in a.open().unlocked.user_names()
    new_client(a, "After The Removal")
    a.sync()
    c.sync()
    assert c.open().unlocked.generation == generation + 1
    assert "After The Removal" in client_names(c)
    with pytest.raises(SyncFailed):
        b.sync()
    assert "After The Removal" not in client_names(b)
    b.close()
    c.close()
    a.close()
    # The removed user's own old copy no longer holds a way in on the other desktops.
    vault = open_vault(tmp_path / "c")
    with pytest.raises(UnknownUser):
        Workspace.unlock(vault, "cw", USER_PASS)
    vault.close()
