"""Documents leave no plaintext behind on the desktop: a whole session (added through the
dialog, viewed, zoomed, paged, voided, locked) runs in its own process with its own home,
config, cache, runtime and temp folders; afterwards no file it wrote (the vault's own
included) holds the canary that the PDF's text and the photo's EXIF carried."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests import doc_samples

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def test_a_documents_session_leaves_no_plaintext_anywhere(tmp_path: Path) -> None:
    canary = doc_samples.CANARY
    incoming = tmp_path / "incoming"  # outside the session's machine: not scanned
    incoming.mkdir()
    (incoming / "order.pdf").write_bytes(doc_samples.pdf(canary, pages=2))
    (incoming / "photo.jpg").write_bytes(doc_samples.jpeg(canary))
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
    script = Path(__file__).with_name("documents_canary_session.py")
    result = subprocess.run([sys.executable, str(script), str(dirs["data"] / "vault"),
                             str(incoming)], env=env, capture_output=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    written = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" for p in written)
    needles = [canary.encode(enc) for enc in ENCODINGS]
    leaks = [str(p.relative_to(root)) for p in written if any(n in p.read_bytes() for n in needles)]
    assert leaks == []
    for stream in (result.stdout, result.stderr):
        assert not any(n in stream for n in needles)
