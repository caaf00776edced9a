"""Run by test_team_faults: sync a vault and stop dead (the parent SIGKILLs this process)
in the middle of applying the pulled change sets.

    python -m tests.sync.kill_while_applying FOLDER USER PASSPHRASE MARKER
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from nap_desktop.services.vaults import open_vault
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.sync import devices
from tests.sync.team_helpers import FAST


def main() -> None:
    folder, user, passphrase, marker = sys.argv[1:5]
    kdf.MIN_KDF = FAST
    real = devices.TeamOpener.on_applied
    calls = {"n": 0}

    def slow(self: devices.TeamOpener, conn: Any, item: Any, applied: bool) -> None:
        real(self, conn, item, applied)
        calls["n"] += 1
        if calls["n"] == 3:  # mid-transaction: some change sets applied, not committed
            Path(marker).write_text("applying")
            time.sleep(120)

    devices.TeamOpener.on_applied = slow  # type: ignore[method-assign]
    ws = Workspace.unlock(open_vault(Path(folder)), user, passphrase)
    ws.team.sync_now()


if __name__ == "__main__":
    main()
