"""The PostgreSQL fixtures of the team-sync tests (``tests/sync/pg.py``).

``pg_cluster`` (session): one throwaway cluster, stopped and removed at the end even when
tests fail. ``pg`` (per test): a fresh database with the server schema installed.

Without PostgreSQL's server binaries the tests that need them are skipped with the
reason; with ``NAP_REQUIRE_POSTGRES=1`` (CI: ``.ci/run``) they fail instead, so a missing
server can never pass CI silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.sync.pg import PgCluster, PgDatabase, find_bindir

if TYPE_CHECKING:
    from tests.sync.team_helpers import Desk

MISSING = ("PostgreSQL's server programs (initdb, pg_ctl) are not installed: install "
           "Debian's postgresql package (bash .ci/run does) or set NAP_PG_BINDIR")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The session's throwaway PostgreSQL cluster."""
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("NAP_REQUIRE_POSTGRES") == "1":
            pytest.fail(MISSING + " (NAP_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(MISSING)
    cluster = PgCluster.create(bindir)
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def pg(pg_cluster: PgCluster) -> Iterator[PgDatabase]:
    """A fresh database for one test (the cluster restarted if a test left it stopped)."""
    database = pg_cluster.new_database()
    try:
        yield database
    finally:
        pg_cluster.ensure_running()
        database.drop()


@pytest.fixture
def pair(tmp_path: Path, pg: PgDatabase) -> Iterator[tuple[Desk, Desk]]:
    """A team of two desktops, both synced: an admin's (a) and a caseworker's (b)."""
    from tests.sync.team_helpers import add_user, found_team, join

    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    b.sync()
    a.sync()
    yield a, b
    a.close()
    b.close()
