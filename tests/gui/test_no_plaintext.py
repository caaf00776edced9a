"""No plaintext survivor data outside the vault: a whole desktop session runs in its own
process with its own home, config, cache, runtime and temp folders; afterwards not one
file it wrote (the vault's own files included), nor anything it printed, holds the canary
name in any common encoding."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CANARY = "Quillonia Vexcanary"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def needles() -> list[bytes]:
    out = []
    for text in (CANARY, CANARY.upper(), CANARY.lower(), CANARY.split()[1]):
        out += [text.encode(enc) for enc in ENCODINGS]
    return out


def test_a_session_leaves_no_plaintext_anywhere(tmp_path: Path) -> None:
    root = tmp_path / "machine"
    dirs = {
        name: root / name for name in ("home", "config", "data", "cache", "runtime", "tmp")
    }
    for folder in dirs.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {
        **os.environ,
        "HOME": str(dirs["home"]),
        "XDG_CONFIG_HOME": str(dirs["config"]),
        "XDG_DATA_HOME": str(dirs["data"]),
        "XDG_CACHE_HOME": str(dirs["cache"]),
        "XDG_RUNTIME_DIR": str(dirs["runtime"]),
        "TMPDIR": str(dirs["tmp"]),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    vault_dir = dirs["data"] / "vault"
    script = Path(__file__).with_name("canary_session.py")
    result = subprocess.run(
        [sys.executable, str(script), str(vault_dir), CANARY],
        env=env, capture_output=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]

    written = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in written)
    assert any(p.suffix in (".conf", ".ini") for p in written), "QSettings were not written"
    leaks = [
        str(p.relative_to(root))
        for p in written
        if any(n in p.read_bytes() for n in needles())
    ]
    assert leaks == []
    for stream in (result.stdout, result.stderr):
        assert not any(n in stream for n in needles()), stream[-500:]
