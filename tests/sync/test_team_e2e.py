"""Team sync end to end, against the real PostgreSQL fixture: desktops on one machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import (
    add_user,
    client_names,
    fast_kdf,
    found_team,
    join,
    new_client,
)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)


def test_a_client_logged_on_one_desktop_is_seen_on_the_other_after_its_sync(
        tmp_path: Path, pg: PgDatabase) -> None:
    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    new_client(a, "Maria Example")
    assert "Maria Example" not in client_names(b)
    result_a = a.sync()
    assert result_a.pushed >= 1
    result_b = b.sync()
    assert result_b.pulled >= 1 and result_b.refused == 0
    assert "Maria Example" in client_names(b)
    new_client(b, "Jon Example")
    b.sync()
    a.sync()
    assert "Jon Example" in client_names(a)
    assert a.dump() == b.dump()
    a.close()
    b.close()
