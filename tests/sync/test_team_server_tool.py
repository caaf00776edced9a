"""``tools/team-server``: one command starts a throwaway team server, prints the DSN the
desktops use (the desktops' role: read and append only), and Ctrl+C removes it all."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import time
import uuid
from pathlib import Path

import psycopg
import pytest

from nap_desktop.sync.server import LogServer
from tests.sync.pg import find_bindir

ROOT = Path(__file__).resolve().parents[2]


def read_until_ready(process: subprocess.Popen[bytes], deadline: float) -> str:
    """The tool's output up to its "Press Ctrl+C" line (read unbuffered: no hang)."""
    assert process.stdout is not None
    out = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while b"Press Ctrl+C" not in out:
            assert time.monotonic() < deadline and process.poll() is None, out
            if selector.select(timeout=1):
                out += os.read(process.stdout.fileno(), 4096)
    return out.decode()


@pytest.mark.skipif(find_bindir() is None, reason="PostgreSQL's server is not installed")
def test_team_server_prints_a_working_dsn_and_ctrl_c_removes_everything() -> None:
    process = subprocess.Popen(["bash", str(ROOT / "tools" / "team-server")], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        out = read_until_ready(process, time.monotonic() + 120)
        dsn = re.search(r"^DSN: (.+)$", out, re.M)
        folder = re.search(r"throwaway PostgreSQL in (\S+)\)", out)
        assert dsn and folder and Path(folder.group(1)).is_dir()
        assert "password" not in dsn.group(1)
        vault, device = str(uuid.uuid4()), str(uuid.uuid4())
        with LogServer.connect(dsn.group(1)) as server:
            server.create_vault(vault)
            server.register_device(vault, device, b"s" * 32, b"b" * 32)
            assert server.push(vault, [(str(uuid.uuid4()), device, b"hello")]) == [1]
        with psycopg.connect(dsn.group(1)) as raw, pytest.raises(
            psycopg.errors.InsufficientPrivilege
        ):
            raw.execute("DELETE FROM nap_sync.change_sets")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=120) == 0
        assert not Path(folder.group(1)).exists()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(dsn.group(1), connect_timeout=2)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=120)
