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
