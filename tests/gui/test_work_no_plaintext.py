"""No plaintext survivor data outside the vault from services, plans and tasks: a whole
session (work_canary_session.py) types the canary into every new free-text field, exports
the calendar file into its home, and quits; no file it wrote (the calendar file, QSettings
and the vault's own files included), nor anything it printed, holds the canary."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.gui.test_no_plaintext import needles

CANARY = "Quillonia Vexcanary"


def test_a_services_plans_and_tasks_session_leaves_no_plaintext(tmp_path: Path) -> None:
    root = tmp_path / "machine"
    dirs = {n: root / n for n in ("home", "config", "data", "cache", "runtime", "tmp")}
    for folder in dirs.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {
        **os.environ,
        "HOME": str(dirs["home"]), "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_DATA_HOME": str(dirs["data"]), "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_RUNTIME_DIR": str(dirs["runtime"]), "TMPDIR": str(dirs["tmp"]),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    export = dirs["home"] / "my-dates.ics"
    script = Path(__file__).with_name("work_canary_session.py")
    result = subprocess.run([sys.executable, str(script), str(dirs["data"] / "vault"), CANARY,
                             str(export)], env=env, capture_output=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    written = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in written)
    assert any(p.suffix in (".conf", ".ini") for p in written), "QSettings were not written"
    assert b"BEGIN:VCALENDAR" in export.read_bytes()  # the export did happen
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    leaks = [str(p.relative_to(root)) for p in written
             if any(n in p.read_bytes() for n in needles())]
    assert leaks == []
    for stream in (result.stdout, result.stderr):
        assert not any(n in stream for n in needles()), stream[-500:]
