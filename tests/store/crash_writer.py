"""Run as a subprocess by ``test_robustness.py``; works on a vault until it is killed.

    python tests/store/crash_writer.py VAULT_DIR write|rotate

The user and passphrase come from ``NAP_TEST_USER`` and ``NAP_TEST_PASSPHRASE``. ``write``
commits batches of ``BATCH_ROWS`` rows into ``batches`` starting at ``NAP_TEST_FIRST_BATCH``;
``rotate`` adds and removes a user over and over (each removal rekeys the database). Every
finished unit (a committed batch id, or the generation after a rotation) is printed on its
own line and flushed, so the parent knows what must survive the kill.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.vault import Vault

#: Must equal tests.store.conftest.TEST_KDF (checked by the tests).
WRITER_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
BATCH_ROWS = 40
CREATE_TABLE = ("CREATE TABLE IF NOT EXISTS batches (batch INTEGER NOT NULL, row INTEGER NOT "
                "NULL, payload TEXT NOT NULL, PRIMARY KEY (batch, row))")


def payload(batch: int, row: int) -> str:
    return hashlib.sha256(f"{batch}:{row}".encode()).hexdigest() * 4


def main() -> None:
    kdf.MIN_KDF = WRITER_KDF
    path, mode = Path(sys.argv[1]), sys.argv[2]
    vault = Vault.open(path)
    unlocked = vault.unlock(os.environ["NAP_TEST_USER"], os.environ["NAP_TEST_PASSPHRASE"])
    print("ready", flush=True)
    if mode == "write":
        for batch in itertools.count(int(os.environ["NAP_TEST_FIRST_BATCH"])):
            rows = [(batch, row, payload(batch, row)) for row in range(BATCH_ROWS)]
            with unlocked.engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO batches (batch, row, payload) VALUES (?, ?, ?)", rows)
            print(batch, flush=True)
    elif mode == "rotate":
        while True:
            user_id = str(uuid.uuid4())
            unlocked.add_user_slot(user_id=user_id, user_name=f"temp-{user_id[:8]}",
                                   passphrase="temporary")
            unlocked.remove_user_slot(user_id)
            print(unlocked.generation, flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
