"""No plaintext on the server, nor beside the vaults: a canary name is written on one
desktop and synced to another; then a ``pg_dump`` of the server database, every file of
the server's data folder (WAL included) and every file either desktop wrote outside its
SQLCipher database are searched for it: 0 hits."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import (
    add_user,
    client_names,
    fast_kdf,
    found_team,
    join,
)

CANARY = "Zyxwvut Canarya"
NEEDLES = [CANARY.encode(), CANARY.lower().encode(), CANARY.encode("utf-16-le"),
           b"Zyxwvut", b"Canarya"]
SQLCIPHER = {"vault.db", "vault.db-wal", "vault.db-shm"}


def _hits(data: bytes) -> list[bytes]:
    return [n for n in NEEDLES if n in data]


def test_a_canary_synced_between_two_desktops_is_nowhere_in_plain_text(
        tmp_path: Path, pg: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)
    from nap_desktop.services.cases import PersonalInput

    a = found_team(tmp_path, pg.dsn)
    add_user(a, "cw")
    a.sync()
    b = join(a, tmp_path / "b", pg.dsn, "cw")
    client = a.open().cases.create_client(PersonalInput(
        legal_name=CANARY, preferred_name=CANARY, contact_info=f"{CANARY} street"))
    a.open().cases.add_note(client.id, f"Met {CANARY} at the shelter")
    a.sync()
    b.sync()
    assert CANARY in client_names(b)
    a.open().team.publish_snapshot()  # the snapshot holds it too
    a.close()
    b.close()

    dumped = subprocess.run(
        [shutil.which("pg_dump") or "pg_dump", "--data-only", pg.dsn.replace(
            "user=nap_client", "user=postgres")],
        capture_output=True, check=True).stdout
    assert b"nap_sync" in dumped and len(dumped) > 10_000  # it did dump the log
    assert _hits(dumped) == []

    with pg.cluster.superuser(pg.name) as su:
        su.execute("CHECKPOINT")
    scanned = 0
    for path in pg.cluster.data.rglob("*"):
        if path.is_file():
            scanned += 1
            assert _hits(path.read_bytes()) == [], path
    assert scanned > 100

    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.name not in SQLCIPHER
               and pg.cluster.root not in p.parents]
    assert any(p.name == "keyslots.json" for p in written)
    for path in written:
        assert _hits(path.read_bytes()) == [], path
