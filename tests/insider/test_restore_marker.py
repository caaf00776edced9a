"""The restored-from-backup marker in vault.anchor is unauthenticated (a restore has no data
key): anyone who can write the folder could use one to hide lost saved work. Its use is
therefore never silent: a warning at that unlock, an audit event, a fact in `nap check`."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from nap_desktop.store import anchor
from nap_desktop.store import models as m
from tests.insider.conftest import Nap, Office


def test_a_rollback_hidden_behind_a_restore_marker_is_reported(office: Office, nap: Nap) -> None:
    saved = office.path.parent / "saved"
    saved.mkdir()
    for name in ("vault.db", "vault.db-wal"):
        if (office.path / name).exists():
            shutil.copy2(office.path / name, saved / name)
    ws = office.unlock("sofia")
    vault_id = ws.unlocked.vault_id
    try:
        for i in range(3):  # saved work that the rollback below loses
            ws.agencies.add_partner(name=f"Later partner {i}", kind="legal", contacts="")
    finally:
        ws.close()
    (office.path / "vault.db-wal").unlink(missing_ok=True)
    for copy in saved.iterdir():
        shutil.copy2(copy, office.path / copy.name)
    (office.path / anchor.ANCHOR_FILE).write_bytes(anchor.restored_marker(vault_id))

    ws = office.unlock("admin")
    try:
        assert any("restored from a backup" in w and "saved work may be missing" in w
                   for w in ws.integrity_warnings)
        with ws.ctx.read() as s:
            seen = s.scalars(select(m.AuditRow.action)
                             .where(m.AuditRow.action == anchor.RESTORE_SEEN)).all()
        assert seen == [anchor.RESTORE_SEEN]
    finally:
        ws.close()
    code, out, _err = nap("sofia", "check")
    assert code == 0 and "last opened from a restored backup" in out
    assert "at admin's unlock" in out
    ws = office.unlock("sofia")  # the marker was consumed: warned once, then a fact
    try:
        assert not any("restored from a backup" in w for w in ws.integrity_warnings)
    finally:
        ws.close()
