"""A desktop killed while applying: the replica stays as it was (data, cursor and log
hash commit together) and the next sync resumes from the same cursor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from nap_desktop.services.cases import PersonalInput
from tests.sync.capture_helpers import MemoryLog, plain_team

KILLER = r"""
import hashlib, json, os, sys
from sqlalchemy import create_engine, event
from nap_desktop.sync.apply import SyncEngine
from nap_desktop.sync.changeset import ChangeSetPlain, PulledChangeSet

engine = create_engine("sqlite:///" + sys.argv[1])

@event.listens_for(engine, "connect")
def _connect(dbapi, _rec):
    dbapi.isolation_level = None

@event.listens_for(engine, "begin")
def _begin(conn):
    conn.exec_driver_sql("BEGIN")

class DieMidway:
    seen = 0
    def check(self, author, cs, read_row):
        self.seen += 1
        if self.seen == int(sys.argv[3]):
            os._exit(9)  # killed half-way through the log, inside the transaction
        return None

entries = json.load(open(sys.argv[2]))
items = [PulledChangeSet(seq=i + 1, cs_id=cs_id, device_id=dev,
                         body_sha256=hashlib.sha256(body.encode()).digest(),
                         cs=ChangeSetPlain.from_bytes(body.encode()))
         for i, (cs_id, dev, body) in enumerate(entries)]
SyncEngine(engine, policy=DieMidway()).apply_pulled(items)
"""


def test_killed_while_applying_leaves_the_replica_whole_and_resumable(tmp_path: Path) -> None:
    from tests.transfer.transfer_helpers import Clock

    a, b = plain_team(tmp_path, ["a", "b"], Clock())
    for n in range(6):
        a.side.cases.add_note(a.side.cases.create_client(
            PersonalInput(legal_name=f"Person {n}")).id, "note")
    b.side.cases.create_client(PersonalInput(legal_name="Local to b"))  # pending on b
    log = MemoryLog()
    log.push("a", a.sync)
    before = b.dump()
    pending = [item.cs.id for item in b.sync.outbox()]
    b.side.close()
    log_file = tmp_path / "log.json"
    log_file.write_text(json.dumps([[i, d, body.decode()] for i, d, body in log.entries]))
    done = subprocess.run([sys.executable, "-c", KILLER, str(tmp_path / "b.db"),
                           str(log_file), "7"], capture_output=True, timeout=120, check=False)
    assert done.returncode == 9, done.stderr.decode()[-2000:]
    b.side.ctx.source.engine.dispose()
    assert b.dump() == before  # nothing of the half-applied batch, the pending edit intact
    assert b.sync.state().cursor == 0
    assert [item.cs.id for item in b.sync.outbox()] == pending
    log.sync("b", b.sync)  # resumes from the same cursor
    log.pull(a.sync)
    assert a.dump() == b.dump()
    assert b.sync.state().cursor == len(log.entries) == 13
    assert b.sync.state().log_hash == a.sync.state().log_hash
