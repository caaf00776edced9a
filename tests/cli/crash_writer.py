"""Helper process for test_crash.py: unlock a vault and create clients until killed,
printing each case number after its transaction committed."""

from __future__ import annotations

import sys
from pathlib import Path

from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.vault import Vault

kdf.MIN_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)

vault = Vault.open(Path(sys.argv[1]))
ws = Workspace.unlock(vault, "admin", sys.argv[2])
print("ready", flush=True)
i = 0
while True:
    i += 1
    client = ws.cases.create_client(
        PersonalInput(legal_name=f"Crash Test {i}", languages=["Spanish"])
    )
    ws.cases.add_note(client.id, "written before the crash " * 20)
    print(client.case_number, flush=True)
