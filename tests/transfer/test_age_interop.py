"""Interoperability with the reference ``age`` CLI, both directions.

Skipped only when the CLI is absent (CI installs Debian's ``age``). The post-quantum
type needs age v1.3.0 or later; older CLIs skip those tests with the version found.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from nap_desktop.transfer import age

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(AGE is None, reason="the age CLI is not installed")

SIZES = [0, 1, 64 * 1024, 64 * 1024 + 1, 300_000]


def _cli(*args: str, data: bytes = b"") -> bytes:
    assert AGE is not None
    done = subprocess.run([AGE, *args], input=data, capture_output=True, check=True, timeout=60)
    return done.stdout


def _cli_version() -> tuple[int, ...]:
    if AGE is None:
        return (0,)
    found = re.search(rb"(\d+)\.(\d+)\.(\d+)", _cli("--version"))
    return tuple(int(x) for x in found.groups()) if found else (0,)


def _needs_pq() -> None:
    version = _cli_version()
    if version < (1, 3, 0):
        shown = ".".join(map(str, version))
        pytest.skip(f"age CLI {shown} predates the mlkem768x25519 (age1pq) type of v1.3.0")


def _key_file(tmp_path: Path, identity: str) -> Path:
    path = tmp_path / "key.txt"
    path.write_text(f"# test key\n{identity}\n")
    os.chmod(path, 0o600)
    return path


def _plain(size: int) -> bytes:
    return os.urandom(size)


@pytest.mark.parametrize("size", SIZES)
def test_ours_to_cli_x25519(size: int, tmp_path: Path) -> None:
    identity = age.generate_x25519_identity()
    plain = _plain(size)
    sealed = age.encrypt(plain, [age.to_recipient(identity)])
    assert _cli("-d", "-i", str(_key_file(tmp_path, identity)), data=sealed) == plain


@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_cli_to_ours_x25519(size: int, armor: bool) -> None:
    identity = age.generate_x25519_identity()
    plain = _plain(size)
    flags = ["-a"] if armor else []
    sealed = _cli(*flags, "-r", age.to_recipient(identity), data=plain)
    assert age.decrypt(sealed, [identity]) == plain


def test_cli_to_ours_many_recipients() -> None:
    ids = [age.generate_x25519_identity() for _ in range(3)]
    args = [arg for i in ids for arg in ("-r", age.to_recipient(i))]
    sealed = _cli(*args, data=b"three")
    assert all(age.decrypt(sealed, [i]) == b"three" for i in ids)


def test_cli_and_ours_agree_on_recipients(tmp_path: Path) -> None:
    identity = age.generate_x25519_identity()
    keygen = shutil.which("age-keygen")
    if keygen is None:
        pytest.skip("age-keygen is not installed")
    done = subprocess.run(
        [keygen, "-y", str(_key_file(tmp_path, identity))],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.decode().strip() == age.to_recipient(identity)


@pytest.mark.parametrize("size", [0, 1, 64 * 1024 + 1])
def test_ours_to_cli_pq(size: int, tmp_path: Path) -> None:
    _needs_pq()
    identity = age.generate_pq_identity()
    plain = _plain(size)
    sealed = age.encrypt(plain, [age.to_recipient(identity)])
    assert _cli("-d", "-i", str(_key_file(tmp_path, identity)), data=sealed) == plain


@pytest.mark.parametrize("size", [0, 1, 64 * 1024 + 1])
def test_cli_to_ours_pq(size: int) -> None:
    _needs_pq()
    identity = age.generate_pq_identity()
    plain = _plain(size)
    sealed = _cli("-r", age.to_recipient(identity), data=plain)
    assert age.decrypt(sealed, [identity]) == plain


def test_cli_refuses_to_open_a_tampered_file_of_ours(tmp_path: Path) -> None:
    identity = age.generate_x25519_identity()
    sealed = bytearray(age.encrypt(b"payload", [age.to_recipient(identity)]))
    sealed[-1] ^= 1
    with pytest.raises(subprocess.CalledProcessError):
        _cli("-d", "-i", str(_key_file(tmp_path, identity)), data=bytes(sealed))


# --- passphrases (scrypt): the CLI asks on its terminal, so it gets a pseudo-terminal ---


def _cli_on_a_terminal(args: list[str], passphrase: str) -> None:
    """Run the CLI with a pseudo-terminal as its controlling terminal and answer every
    passphrase prompt (and its confirmation) with ``passphrase``."""
    import fcntl
    import pty
    import select
    import termios
    import time

    assert AGE is not None
    try:
        master, slave = pty.openpty()
    except OSError as error:  # a container without /dev/ptmx
        pytest.skip(f"no pseudo-terminal for the age CLI's passphrase prompt: {error}")

    def own_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [AGE, *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=own_terminal,  # noqa: PLW1509 - the test runs no threads here
        close_fds=True,
    )
    os.close(slave)
    seen, answered, deadline = b"", 0, time.monotonic() + 60
    try:
        while process.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(master, 4096)
                except OSError:
                    break  # the CLI closed its terminal
            if seen.lower().count(b"passphrase") > answered:
                answered += 1
                os.write(master, passphrase.encode() + b"\n")
        assert process.wait(timeout=60) == 0, seen.decode(errors="replace")
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()


@pytest.mark.parametrize("size", [0, 64 * 1024 + 1])
def test_ours_to_cli_passphrase(size: int, tmp_path: Path) -> None:
    plain = _plain(size)
    sealed = tmp_path / "sealed.age"
    sealed.write_bytes(age.encrypt_with_passphrase(plain, "correct horse ß 電池", work_factor=12))
    out = tmp_path / "plain"
    _cli_on_a_terminal(["-d", "-o", str(out), str(sealed)], "correct horse ß 電池")
    # The CLI creates its output file on the first byte it writes: none for an empty file.
    assert (out.read_bytes() if out.exists() else b"") == plain


@pytest.mark.parametrize("size", [0, 64 * 1024 + 1])
def test_cli_to_ours_passphrase(size: int, tmp_path: Path) -> None:
    plain = _plain(size)
    source, sealed = tmp_path / "plain", tmp_path / "sealed.age"
    source.write_bytes(plain)
    _cli_on_a_terminal(["-p", "-o", str(sealed), str(source)], "correct horse ß 電池")
    data = sealed.read_bytes()
    assert b"\n-> scrypt " in data
    assert age.decrypt(data, passphrase="correct horse ß 電池") == plain
    with pytest.raises(age.NoIdentityMatch):
        age.decrypt(data, passphrase="correct horse ss 電池")
